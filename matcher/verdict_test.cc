#include "matcher/verdict.h"

#include <vector>

#include "gtest/gtest.h"

namespace xref {
namespace {

// Values are small ints; compatible when equal, or when one is 0 (a vague
// value compatible with everything).
bool Compat(int a, int b) { return a == b || a == 0 || b == 0; }

Verdict Decide(SlotKind kind, std::vector<std::vector<int>> docs) {
  return DecideVerdict(kind, docs, Compat);
}

TEST(CountsForVerdictTest, NegatedAndDeniedClaimsDoNotCount) {
  Claim claim;
  EXPECT_TRUE(CountsForVerdict(claim));
  claim.set_modality(ALLEGED);
  EXPECT_TRUE(CountsForVerdict(claim));
  claim.set_modality(NEGATED);
  EXPECT_FALSE(CountsForVerdict(claim));
  claim.set_modality(DENIED);
  EXPECT_FALSE(CountsForVerdict(claim));
}

TEST(DecideVerdictTest, SingleSourceWhenOneDocument) {
  EXPECT_EQ(Decide(SINGLE, {{1}}), SINGLE_SOURCE);
  EXPECT_EQ(Decide(MULTI, {{1, 2}, {}}), SINGLE_SOURCE);
  EXPECT_EQ(Decide(SINGLE, {{1, 2}}), SINGLE_SOURCE);  // Same document.
}

TEST(DecideVerdictTest, SingleValuedAgreeAndConflict) {
  EXPECT_EQ(Decide(SINGLE, {{1}, {1}, {0}}), AGREE);
  EXPECT_EQ(Decide(SINGLE, {{1}, {2}}), CONFLICT);
  EXPECT_EQ(Decide(SINGLE, {{1}, {1}, {1, 3}}), CONFLICT);
}

TEST(DecideVerdictTest, MultiValuedAgreeWhenOneSetCoversTheOther) {
  EXPECT_EQ(Decide(MULTI, {{1, 2}, {2, 1}}), AGREE);
  EXPECT_EQ(Decide(MULTI, {{1}, {1, 2, 3}}), AGREE);
  EXPECT_EQ(Decide(MULTI, {{1, 2}, {1, 3}}), DIVERGENT);
  EXPECT_EQ(Decide(MULTI, {{1}, {2}}), DIVERGENT);
  EXPECT_EQ(Decide(MULTI, {{1}, {1, 2}, {1, 3}}), DIVERGENT);
}

TEST(VerdictOfPairsTest, OneDocumentThenAgreementThenKind) {
  EXPECT_EQ(VerdictOfPairs(SINGLE, 1, true), SINGLE_SOURCE);
  EXPECT_EQ(VerdictOfPairs(MULTI, 0, true), SINGLE_SOURCE);
  EXPECT_EQ(VerdictOfPairs(SINGLE, 2, true), AGREE);
  EXPECT_EQ(VerdictOfPairs(SINGLE, 3, false), CONFLICT);
  EXPECT_EQ(VerdictOfPairs(MULTI, 2, false), DIVERGENT);
}

TEST(DocumentsAgreeTest, PerKind) {
  EXPECT_TRUE(DocumentsAgree(MULTI, {1}, {1, 2}, Compat));
  EXPECT_FALSE(DocumentsAgree(SINGLE, {1}, {1, 2}, Compat));
}

}  // namespace
}  // namespace xref

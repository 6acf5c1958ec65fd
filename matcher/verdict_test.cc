#include "matcher/verdict.h"

#include <vector>

#include "gtest/gtest.h"

namespace xref {
namespace {

// Values are small ints: the last digit is the value, compatible when equal
// or when one is 0 (a vague value compatible with everything); the tens are
// the source (0: the outlet itself, no attribution).
bool Compat(int a, int b) {
  a %= 10;
  b %= 10;
  return a == b || a == 0 || b == 0;
}
bool RivalSources(int a, int b) { return a / 10 != b / 10 && a >= 10 && b >= 10; }

Verdict Decide(SlotKind kind, std::vector<std::vector<int>> docs) {
  return DecideVerdict(kind, docs, Compat, RivalSources);
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

TEST(DecideVerdictTest, OneDocumentsRivalSourcesConflictWhenTheyDiffer) {
  // Police (source 1) give 2, organisers (source 2) give 3; another
  // document's vague value fits both.
  EXPECT_EQ(Decide(SINGLE, {{12, 23}, {0}}), CONFLICT);
  // The outlet's own 2 against an attributed 3 is not compared.
  EXPECT_EQ(Decide(SINGLE, {{2, 13}, {0}}), AGREE);
  // Compatible values of two sources.
  EXPECT_EQ(Decide(SINGLE, {{12, 20}, {2}}), AGREE);
  // One source's two figures (an update) are not compared.
  EXPECT_EQ(Decide(SINGLE, {{12, 13}, {0}}), AGREE);
  EXPECT_EQ(Decide(SINGLE, {{2, 3}, {0}}), AGREE);
  // One document alone stays single-source.
  EXPECT_EQ(Decide(SINGLE, {{12, 23}}), SINGLE_SOURCE);
  // A multi-valued role lists the sources' items.
  EXPECT_EQ(Decide(MULTI, {{12, 23}, {12, 23}}), AGREE);
}

TEST(DocumentContradictsItselfTest, OnlyAcrossSourcesAndSingleValued) {
  EXPECT_TRUE(DocumentContradictsItselfWith(SINGLE, {11, 22}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(SINGLE, {11, 12}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(SINGLE, {11, 21}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(SINGLE, {11, 20, 1}, Compat, RivalSources));
  EXPECT_TRUE(DocumentContradictsItselfWith(SINGLE, {11, 20, 32}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(SINGLE, {11, 20, 2}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(MULTI, {11, 22}, Compat, RivalSources));
  EXPECT_FALSE(DocumentContradictsItselfWith(SINGLE, {}, Compat, RivalSources));
}

TEST(DecideVerdictTest, MultiValuedAgreeOnlyOnTheSameSet) {
  EXPECT_EQ(Decide(MULTI, {{1, 2}, {2, 1}}), AGREE);
  // The same set up to compatible values (10 is compatible with 0).
  EXPECT_EQ(Decide(MULTI, {{1, 0}, {1, 10}}), AGREE);
  // One outlet giving more is a different set.
  EXPECT_EQ(Decide(MULTI, {{1}, {1, 2, 3}}), DIVERGENT);
  EXPECT_EQ(Decide(MULTI, {{1}, {1}, {1, 2}}), DIVERGENT);
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
  EXPECT_TRUE(DocumentsAgree(MULTI, {1, 2}, {2, 1}, Compat));
  EXPECT_FALSE(DocumentsAgree(MULTI, {1}, {1, 2}, Compat));
  EXPECT_FALSE(DocumentsAgree(SINGLE, {1}, {1, 2}, Compat));
}

}  // namespace
}  // namespace xref

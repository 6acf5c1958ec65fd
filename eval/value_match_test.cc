#include "eval/value_match.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace eval {
namespace {

using ::testing::ElementsAre;

Value Date(const std::string& iso) {
  Value v;
  v.mutable_date()->set_iso(iso);
  return v;
}

Value Number(int64_t low, int64_t high, bool unbounded = false) {
  Value v;
  v.mutable_number()->set_low(low);
  v.mutable_number()->set_high(high);
  v.mutable_number()->set_unbounded(unbounded);
  return v;
}

Value Text(const std::string& text) {
  Value v;
  v.set_text(text);
  return v;
}

TEST(ContentWords, FoldsDropsFunctionWordsAndStems) {
  EXPECT_THAT(ContentWords("The attacks on U.S. Forces"),
              ElementsAre("attack", "forc", "us"));
  EXPECT_THAT(ContentWords("the, of; some"), ElementsAre());
}

TEST(ValueMatches, DatesAtGoldGranularity) {
  EXPECT_TRUE(ValueMatches("2020-06", Date("2020-06-25"), {}));
  EXPECT_TRUE(ValueMatches("2020-06", Date("2020-06"), {}));
  EXPECT_TRUE(ValueMatches("2020", Date("2020-11-02"), {}));
  EXPECT_FALSE(ValueMatches("2020-06-25", Date("2020-06-24"), {}));
  EXPECT_FALSE(ValueMatches("2020-06-25", Date("2020-06"), {}));
  EXPECT_FALSE(ValueMatches("2020-06", Date("2020-07-01"), {}));
  Value normalized_only;
  normalized_only.set_normalized("1999-12-31");
  EXPECT_TRUE(ValueMatches("1999-12", normalized_only, {}));
  EXPECT_FALSE(ValueMatches("1999-12", Text("December 1999"), {}));
}

TEST(ValueMatches, NumbersByContainment) {
  EXPECT_TRUE(ValueMatches("14", Number(14, 14), {}));
  EXPECT_TRUE(ValueMatches("14", Number(10, 20), {}));
  EXPECT_TRUE(ValueMatches("14", Number(13, 0, /*unbounded=*/true), {}));
  EXPECT_FALSE(ValueMatches("14", Number(15, 15), {}));
  Value written;
  written.set_normalized("7");
  EXPECT_TRUE(ValueMatches("7", written, {}));
  EXPECT_FALSE(ValueMatches("8", written, {}));
}

TEST(ValueMatches, MagnitudeWords) {
  EXPECT_TRUE(ValueMatches("hundreds", Number(200, 999), {}));
  EXPECT_TRUE(ValueMatches("Hundreds", Text("hundreds"), {}));
  EXPECT_FALSE(ValueMatches("hundreds", Number(2000, 9999), {}));
  EXPECT_FALSE(ValueMatches("hundreds", Number(200, 0, true), {}));
  EXPECT_TRUE(ValueMatches("thousands", Number(3000, 3000), {}));
}

TEST(ValueMatches, EntitiesByAlias) {
  std::vector<std::string> aliases = {"Bergen", "Bjørgvin"};
  Value v;
  v.mutable_entity()->set_surface("Bjørgvin");
  EXPECT_TRUE(ValueMatches("Bergen", v, aliases));
  EXPECT_TRUE(ValueMatches("Bergen", Text("the port city of bergen"), aliases));
  EXPECT_FALSE(ValueMatches("Bergen", Text("Bergenfield"), aliases));
  EXPECT_FALSE(ValueMatches("Bergen", Text("Oslo"), aliases));
}

TEST(TextsMatch, EqualityOverlapAndContainment) {
  EXPECT_TRUE(TextsMatch("money laundering", "Money  Laundering"));
  // {kill, journalist} vs {kill, journalist}: Jaccard 1.
  EXPECT_TRUE(TextsMatch("killing of journalists", "killing journalists"));
  // {bomb, plot} vs {bomb}: Jaccard 1/2.
  EXPECT_TRUE(TextsMatch("bomb plot", "bombing"));
  // {armi, border, guard} contains {border, guard} (two words).
  EXPECT_TRUE(TextsMatch("border guards", "army border guards"));
  // {fraud} vs {tax, evas}: nothing shared.
  EXPECT_FALSE(TextsMatch("fraud", "tax evasion"));
  // {plan, raid, embassi, us} vs {raid}: Jaccard 1/4, contained set of one.
  EXPECT_FALSE(TextsMatch("planned raid on the US embassy", "raid"));
}

TEST(SourcesMatch, IgnoresArticlesAndAcceptsContainment) {
  EXPECT_TRUE(SourcesMatch("the police", "police"));
  EXPECT_TRUE(SourcesMatch("some witnesses", "witnesses"));
  EXPECT_TRUE(SourcesMatch("a court in Lyon", "the court"));
  EXPECT_TRUE(SourcesMatch("the Interior Ministry’s spokesman",
                           "Interior Ministry's spokesman"));
  EXPECT_FALSE(SourcesMatch("the police", "the mayor"));
  EXPECT_FALSE(SourcesMatch("the police", ""));
}

TEST(ValueMatches, FourDigitsAreACountWhenThePredictionIsOne) {
  // "about 1,500 people": a gold count of four digits is no year.
  EXPECT_TRUE(ValueMatches("1500", Number(1350, 1650), {}));
  EXPECT_FALSE(ValueMatches("1500", Number(1600, 1700), {}));
  DateValue year;
  year.set_iso("1500");
  Value dated;
  *dated.mutable_date() = year;
  EXPECT_TRUE(ValueMatches("1500", dated, {}));
}

TEST(ValueMatches, NumbersWrittenAsTheExtractorWritesRanges) {
  // A value that carries its range only as text, as "lo-hi" or "n+".
  Value about, at_least;
  about.set_normalized("135-165");
  at_least.set_normalized("31+");
  EXPECT_TRUE(ValueMatches("150", about, {}));
  EXPECT_FALSE(ValueMatches("170", about, {}));
  EXPECT_TRUE(ValueMatches("40", at_least, {}));
  EXPECT_FALSE(ValueMatches("30", at_least, {}));
}

}  // namespace
}  // namespace eval
}  // namespace xref

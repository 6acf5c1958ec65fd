#include "claims/sentence_splitter.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

std::vector<std::string> Split(absl::string_view text) {
  std::vector<std::string> out;
  for (const TextRange& r : SplitSentences(text)) {
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

class SplitSentencesTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitSentencesTest, Splits) {
  EXPECT_EQ(Split(GetParam().text), GetParam().sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SplitSentencesTest,
    ::testing::Values(
        SplitCase{"Mr. Lopez arrived. He left.", {"Mr. Lopez arrived.", "He left."}},
        SplitCase{"Gen. Ortiz spoke on Jan. 4 in Lima. Nobody asked.",
                  {"Gen. Ortiz spoke on Jan. 4 in Lima.", "Nobody asked."}},
        SplitCase{"Aid came from the U.S. Army and the U.N. agency.",
                  {"Aid came from the U.S. Army and the U.N. agency."}},
        SplitCase{"The plan was backed by the U.S. The E.U. hesitated.",
                  {"The plan was backed by the U.S.", "The E.U. hesitated."}},
        SplitCase{"John F. Kennedy Airport closed. Flights resumed.",
                  {"John F. Kennedy Airport closed.", "Flights resumed."}},
        // An abbreviated given name.
        SplitCase{"Police named the victim as Mohd. Rafiq Shah. He was 40.",
                  {"Police named the victim as Mohd. Rafiq Shah.", "He was 40."}},
        // Initials of two letters next to initials of one.
        SplitCase{"Judge Ya. P. Orlova and Prof. T. Kh. Umarov signed. Both left.",
                  {"Judge Ya. P. Orlova and Prof. T. Kh. Umarov signed.", "Both left."}},
        // Not before a sentence opener, and not alone.
        SplitCase{"The reply came from J. Yu. The envoy left.",
                  {"The reply came from J. Yu.", "The envoy left."}},
        SplitCase{"Her name was Lin Yu. Police found her.",
                  {"Her name was Lin Yu.", "Police found her."}},
        // The first word of a place written short.
        SplitCase{"Farmers marched in Sto. Niño and Sta. Cruz. Police watched.",
                  {"Farmers marched in Sto. Niño and Sta. Cruz.", "Police watched."}},
        SplitCase{"\"We will stay.\" The crowd cheered.",
                  {"\"We will stay.\"", "The crowd cheered."}},
        SplitCase{"The envoy (who arrived Sunday. Or so it seems.) left.",
                  {"The envoy (who arrived Sunday. Or so it seems.) left."}},
        SplitCase{"Is it over? Yes! It is.", {"Is it over?", "Yes!", "It is."}},
        SplitCase{"Prices rose 3.5 percent. Wages did not.",
                  {"Prices rose 3.5 percent.", "Wages did not."}},
        SplitCase{"First line without stop\n\nSecond paragraph.",
                  {"First line without stop", "Second paragraph."}}));

TEST(SplitSentencesTest, RespectsParagraphRange) {
  std::string text = "Skip me. Take this one. And this.";
  std::vector<TextRange> r = SplitSentences(text, TextRange{9, 33});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(text.substr(r[0].begin, r[0].end - r[0].begin), "Take this one.");
}

TEST(AppendSentencesTest, AppendsWhatSplitSentencesReturns) {
  std::string text = "Gen. Ward left. He came back.\nA new line (see above. really) ends here.";
  const TextRange first{0, 29}, second{30, static_cast<int64_t>(text.size())};
  std::vector<TextRange> all = {TextRange{1, 2}};
  AppendSentences(text, first, &all);
  AppendSentences(text, second, &all);
  std::vector<TextRange> expected = {TextRange{1, 2}};
  for (TextRange p : {first, second}) {
    for (TextRange s : SplitSentences(text, p)) expected.push_back(s);
  }
  EXPECT_EQ(all, expected);
  EXPECT_EQ(all.size(), 4u);
}

}  // namespace
}  // namespace xref

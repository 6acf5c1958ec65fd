#include "claims/word_start_filter.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

bool IsWordStart(absl::string_view text, size_t i) {
  return WordStartFilter::IsWordByte(text[i]) &&
         (i == 0 || !WordStartFilter::IsWordByte(text[i - 1]));
}

// Every word start of `text` whose word is one of `words` or that begins
// with one of `prefixes` (any ASCII case).
std::vector<size_t> StartsOfListed(absl::string_view text,
                                   const std::vector<std::string>& words,
                                   const std::vector<std::string>& prefixes) {
  std::vector<size_t> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsWordStart(text, i)) continue;
    size_t end = i;
    while (end < text.size() && WordStartFilter::IsWordByte(text[end])) ++end;
    bool listed = false;
    for (const std::string& w : words) {
      listed |= absl::EqualsIgnoreCase(text.substr(i, end - i), w);
    }
    for (const std::string& p : prefixes) {
      listed |= absl::StartsWithIgnoreCase(text.substr(i), p);
    }
    if (listed) out.push_back(i);
  }
  return out;
}

std::vector<size_t> AllFrom(const WordStartFilter& f, absl::string_view text) {
  std::vector<size_t> out;
  for (size_t p = f.Next(text, 0); p < text.size(); p = f.Next(text, p + 1)) {
    out.push_back(p);
  }
  return out;
}

TEST(WordStartFilterTest, LetsThroughListedWordsInAnyCase) {
  WordStartFilter f;
  f.AddWord("since");
  f.AddWord("a");
  f.AddPrefix("mid-");
  const std::string text = "Troops left SINCE dawn, a Mid-March a_b and sinces";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{12, 24, 26}));
}

TEST(WordStartFilterTest, WholeWordsNeedTheirLengthPrefixesDoNot) {
  WordStartFilter f;
  f.AddWord("on");
  f.AddPrefix("over");
  const std::string text = "once on over12 ON overt oven onto";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{5, 8, 15, 18, 24}));
}

TEST(WordStartFilterTest, WholeWordsNeedTheirLastByteToo) {
  WordStartFilter f;
  f.AddWord("week");
  // "weak" shares first two bytes, last byte and length: let through.
  const std::string text = "were week WEEK weak";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{5, 10, 15}));
}

TEST(WordStartFilterTest, TurnsAwayWordsWithOtherFirstBytes) {
  WordStartFilter f;
  f.AddWord("since");
  f.AddWord("on");
  const std::string text = "the court ruled in the case of the murder";
  EXPECT_EQ(f.Next(text, 0), text.size());
}

TEST(WordStartFilterTest, DigitPrefixesAndMidWordStarts) {
  WordStartFilter f;
  f.AddPrefix("1");
  f.AddPrefix("2");
  const std::string text = "x12 21 of 1a";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{4, 10}));
  // From inside "21" the rest of that word is skipped.
  EXPECT_EQ(f.Next(text, 5), 10u);
  EXPECT_FALSE(f.MayBeginAt(text, 7));
  EXPECT_TRUE(f.MayBeginAt(text, 10));
}

TEST(WordStartFilterTest, WordsWithOtherBytesAreTakenAsPrefixes) {
  WordStartFilter f;
  f.AddWord("o'clock");
  const std::string text = "five o'clock, of o.";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{5, 17}));
}

TEST(WordStartFilterTest, EmptyFilterFindsNothing) {
  WordStartFilter f;
  f.AddWord("");
  f.AddPrefix("");
  EXPECT_EQ(f.Next("one two", 0), 7u);
  EXPECT_EQ(f.Next("", 0), 0u);
}

// The promise scanners rely on: no word start where a listed word stands or
// a listed prefix begins is skipped, on random texts mixing listed words,
// their prefixes and extensions, case variants and punctuation.
TEST(WordStartFilterTest, NeverSkipsAListedWordOrPrefix) {
  const std::vector<std::string> words = {"at", "a", "dozens", "x", "in", "mid",
                                          "internationalization"};
  const std::vector<std::string> prefixes = {"over", "7", "o'c", "some"};
  WordStartFilter f;
  for (const std::string& w : words) f.AddWord(w);
  for (const std::string& p : prefixes) f.AddPrefix(p);
  const std::vector<std::string> pieces = {
      "at", "AT", "Over", "overt", "a", "A", "ab", "dozen", "DOZENS", "mid-", "mid", "o'",
      "O'CLOCK", "7", "77", "x", "y", " ", "  ", ",", "-", "_", "\xC3\xA9", "the", "In",
      "some", "Somebody", "i", "Internationalization", "internationalizations",
      "\xE2\x80\x9C"};
  std::mt19937 rng(42);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int n = rng() % 16;
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::vector<size_t> want = StartsOfListed(text, words, prefixes);
    const std::vector<size_t> got = AllFrom(f, text);
    size_t g = 0;
    for (size_t p : want) {
      while (g < got.size() && got[g] < p) ++g;
      ASSERT_TRUE(g < got.size() && got[g] == p) << "\"" << text << "\" at " << p;
    }
    for (size_t p : got) ASSERT_TRUE(IsWordStart(text, p)) << "\"" << text << "\" at " << p;
  }
}

}  // namespace
}  // namespace xref

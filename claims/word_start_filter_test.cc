#include "claims/word_start_filter.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

// Every word start of `text` where a listed word begins (any ASCII case).
std::vector<size_t> StartsOfListedWords(absl::string_view text,
                                        const std::vector<std::string>& words) {
  std::vector<size_t> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!WordStartFilter::IsWordByte(text[i])) continue;
    if (i > 0 && WordStartFilter::IsWordByte(text[i - 1])) continue;
    for (const std::string& w : words) {
      if (absl::StartsWithIgnoreCase(text.substr(i), w)) {
        out.push_back(i);
        break;
      }
    }
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
  WordStartFilter f({"since", "a", "mid-"});
  const std::string text = "Troops left SINCE dawn, a Mid-March a_b xsince";
  std::vector<size_t> got = AllFrom(f, text);
  EXPECT_EQ(got, (std::vector<size_t>{12, 24, 26, 36}));
}

TEST(WordStartFilterTest, TurnsAwayWordsWithOtherFirstBytes) {
  WordStartFilter f({"since", "on"});
  const std::string text = "the court ruled in the case of the murder";
  EXPECT_EQ(f.Next(text, 0), text.size());
}

TEST(WordStartFilterTest, DigitWordsAndMidWordStarts) {
  WordStartFilter f({"1", "2"});
  const std::string text = "x12 21 of 1a";
  EXPECT_EQ(AllFrom(f, text), (std::vector<size_t>{4, 10}));
  // From inside "21" the rest of that word is skipped.
  EXPECT_EQ(f.Next(text, 5), 10u);
  EXPECT_FALSE(f.MayBeginAt(text, 7));
}

TEST(WordStartFilterTest, EmptyFilterFindsNothing) {
  WordStartFilter f;
  EXPECT_EQ(f.Next("one two", 0), 7u);
  EXPECT_EQ(f.Next("", 0), 0u);
}

// The promise scanners rely on: no word start where a listed word begins is
// skipped, on random texts mixing listed words, their prefixes, case
// variants and punctuation.
TEST(WordStartFilterTest, NeverSkipsAListedWord) {
  const std::vector<std::string> words = {"at", "over", "a", "dozens", "mid-", "o'clock",
                                          "7", "x"};
  WordStartFilter f;
  for (const std::string& w : words) f.Add(w);
  const std::vector<std::string> pieces = {
      "at", "AT", "Over", "overt", "a", "A", "ab", "dozen", "DOZENS", "mid-", "mid", "o'",
      "O'CLOCK", "7", "77", "x", "y", " ", "  ", ",", "-", "_", "\xC3\xA9", "the", "Tom"};
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = rng() % 12;
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    const std::vector<size_t> want = StartsOfListedWords(text, words);
    const std::vector<size_t> got = AllFrom(f, text);
    size_t g = 0;
    for (size_t p : want) {
      while (g < got.size() && got[g] < p) ++g;
      ASSERT_TRUE(g < got.size() && got[g] == p) << "\"" << text << "\" at " << p;
    }
  }
}

}  // namespace
}  // namespace xref

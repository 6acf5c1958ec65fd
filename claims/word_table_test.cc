#include "claims/word_table.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(WordTableTest, FindsAddedWordsInAnyCase) {
  WordTable t;
  t.Add("since", 1);
  t.Add("Since", 2);
  t.Add("a", 4);
  t.Add("of", 8);
  EXPECT_EQ(t.Find("since"), 3u);
  EXPECT_EQ(t.Find("SINCE"), 3u);
  EXPECT_EQ(t.Find("A"), 4u);
  EXPECT_EQ(t.Find("Of"), 8u);
}

TEST(WordTableTest, MissesOtherWords) {
  WordTable t;
  t.Add("since", 1);
  t.Add("a", 4);
  t.Add("of", 8);
  EXPECT_EQ(t.Find(""), 0u);
  EXPECT_EQ(t.Find("sinc"), 0u);      // Same prefix, other length.
  EXPECT_EQ(t.Find("sincere"), 0u);
  EXPECT_EQ(t.Find("sinew"), 0u);     // Same prefix and length.
  EXPECT_EQ(t.Find("an"), 0u);
  EXPECT_EQ(t.Find("o"), 0u);
  EXPECT_EQ(t.Find(std::string(40, 'a')), 0u);
}

TEST(WordTableTest, IgnoresWordsItCannotHold) {
  WordTable t;
  t.Add("", 1);
  t.Add(std::string(WordTable::kMaxWord + 1, 'x'), 1);
  EXPECT_EQ(t.Find(std::string(WordTable::kMaxWord + 1, 'x')), 0u);
  t.Add(std::string(WordTable::kMaxWord, 'x'), 2);
  EXPECT_EQ(t.Find(std::string(WordTable::kMaxWord, 'X')), 2u);
}

TEST(WordTableTest, DigitsAndPunctuationAreOrdinaryBytes) {
  WordTable t;
  t.Add("4th", 1);
  t.Add("mid-", 2);
  EXPECT_EQ(t.Find("4TH"), 1u);
  EXPECT_EQ(t.Find("Mid-"), 2u);
  EXPECT_EQ(t.Find("4rd"), 0u);
}

}  // namespace
}  // namespace xref

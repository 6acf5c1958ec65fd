#include "claims/pattern_syntax.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(PatternSyntaxTest, SkipEscapeStepsOverWholeEscapes) {
  EXPECT_EQ(SkipEscape("\\w+", 0), 2u);
  EXPECT_EQ(SkipEscape("\\x41b", 0), 4u);
  EXPECT_EQ(SkipEscape("\\x{2013}-", 0), 8u);
  EXPECT_EQ(SkipEscape("\\pLx", 0), 3u);
  EXPECT_EQ(SkipEscape("\\p{Lu}x", 0), 6u);
  // Quoted text, back-references or octal digits, truncation: not read.
  EXPECT_EQ(SkipEscape("\\Q(a|b\\E", 0), kPatternEnd);
  EXPECT_EQ(SkipEscape("\\1", 0), kPatternEnd);
  EXPECT_EQ(SkipEscape("\\", 0), kPatternEnd);
  EXPECT_EQ(SkipEscape("\\x{20", 0), kPatternEnd);
}

TEST(PatternSyntaxTest, SkipClassKeepsSyntaxInsideTheClass) {
  EXPECT_EQ(SkipClass("[a-z]x", 0), 5u);
  EXPECT_EQ(SkipClass("[]|]x", 0), 4u);     // A leading ']' is a member.
  EXPECT_EQ(SkipClass("[^]|(]x", 0), 6u);
  EXPECT_EQ(SkipClass("[\\]|]x", 0), 5u);   // So is an escaped one.
  EXPECT_EQ(SkipClass("[[:alpha:]|]x", 0), 12u);
  EXPECT_EQ(SkipClass("[a-z", 0), kPatternEnd);
  EXPECT_EQ(SkipClass("[[:alpha]", 0), kPatternEnd);
}

TEST(PatternSyntaxTest, SkipGroupFindsTheBarsOfItsOwnLevel) {
  std::vector<size_t> bars;
  const std::string p = "(a|(b|c)|[|]|\\||d)e";
  EXPECT_EQ(SkipGroup(p, 0, &bars), p.size() - 1);
  EXPECT_THAT(bars, ElementsAre(2, 8, 12, 15));
  bars.clear();
  EXPECT_EQ(SkipGroup("(?:abc)", 0, &bars), 7u);
  EXPECT_THAT(bars, IsEmpty());
  EXPECT_EQ(SkipGroup("(a|(b)", 0), kPatternEnd);
  EXPECT_EQ(SkipGroup("(a[)]", 0), kPatternEnd);
}

}  // namespace
}  // namespace xref

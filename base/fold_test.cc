#include "base/fold.h"

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(FoldForMatchingTest, FoldsCaseQuotesDashesAndSpaces) {
  EXPECT_EQ(FoldForMatching("Kata\xE2\x80\x99" "eb  Hezbollah"), "kata'eb hezbollah");
  EXPECT_EQ(FoldForMatching("  \xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 text\n"),
            "\"quoted\" - text");
  EXPECT_EQ(FoldForMatching("Al\xC2\xA0Kadhimi"), "al kadhimi");
  EXPECT_EQ(FoldForMatching(""), "");
}

TEST(FoldForMatchingTest, FoldsEveryAsciiByteTheSameWayInAnyMix) {
  EXPECT_EQ(FoldForMatching("\tMIXED`Case\v\f\r\nWords_09 \x7F"), "mixed'case words_09 \x7F");
  EXPECT_EQ(FoldForMatching("Caf\xC3\xA9 `Bar` \xE2\x80\x98Z\xE2\x80\x99 "), "caf\xC3\xA9 'bar' 'z'");
  EXPECT_EQ(FoldForMatching(" \xC2\xA0 \t"), "");
  EXPECT_EQ(FoldForMatching("A \xC2\xA0\t B\xE2\x80\x83 C\xE3\x80\x80"), "a b c");
}

TEST(FoldForMatchingTest, KeepsNonLatinLettersAndInvalidBytes) {
  EXPECT_EQ(FoldForMatching("\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"),
            "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF");
  EXPECT_EQ(FoldForMatching("A\xFF"), "a\xFF");
}

}  // namespace
TEST(FoldForMatchingIntoTest, MatchesFoldForMatchingAndReusesTheBuffer) {
  std::string out = "left over from before, longer than the inputs";
  for (absl::string_view text :
       {"  Al-Sadr\xE2\x80\x99s  Office ", "", "`X`\tY", "caf\xC3\xA9",
        "A \xC2\xA0\t B\xE2\x80\x83 ", "a much longer name than any folded before it, "
        "in Mixed Case \xE2\x80\x94 and\n\nspaces \xE3\x80\x80"}) {
    FoldForMatchingInto(text, &out);
    EXPECT_EQ(out, FoldForMatching(text)) << text;
  }
}

TEST(FoldAccentsForMatchingTest, SpellingsWithAndWithoutAccentsMeet) {
  EXPECT_EQ(FoldAccentsForMatching("Puerto Alc\xC3\xA1zar"), "puerto alcazar");
  EXPECT_EQ(FoldAccentsForMatching("PUERTO ALC\xC3\x81ZAR"), "puerto alcazar");
  EXPECT_EQ(FoldAccentsForMatching("\xC5\x81\xC3\xB3" "d\xC5\xBA  Stra\xC3\x9F" "e"), "lodz strasse");
  // Other scripts and signs are kept as they are.
  EXPECT_EQ(FoldAccentsForMatching("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  EXPECT_EQ(FoldAccentsForMatching("2\xC3\x97" "3"), "2\xC3\x97" "3");
  EXPECT_EQ(LatinBaseLetters(0xE9), "e");
  EXPECT_EQ(LatinBaseLetters(0x41), "");
}

}  // namespace xref

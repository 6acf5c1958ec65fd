#include "base/fold.h"

#include <cstdint>

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


TEST(IsLatinCapitalTest, CapitalsOfLatin1AndExtendedA) {
  for (uint32_t cp : {0xC0u, 0xD6u, 0xDEu, 0x100u, 0x106u, 0x10Cu, 0x110u, 0x141u, 0x14Au,
                      0x160u, 0x178u, 0x179u, 0x17Du}) {
    EXPECT_TRUE(IsLatinCapital(cp)) << std::hex << cp;
  }
  // Small letters, signs and letters outside the two blocks.
  for (uint32_t cp : {0x41u, 0xD7u, 0xDFu, 0xE9u, 0x101u, 0x107u, 0x111u, 0x138u, 0x142u,
                      0x149u, 0x161u, 0x17Eu, 0x17Fu, 0x410u}) {
    EXPECT_FALSE(IsLatinCapital(cp)) << std::hex << cp;
  }
}

TEST(IsLatinCapitalTest, StartsWithCapital) {
  EXPECT_TRUE(StartsWithCapital("Zdravko"));
  EXPECT_TRUE(StartsWithCapital("\xC5\xBD" "dralovi\xC4\x87"));  // Ždralović
  EXPECT_TRUE(StartsWithCapital("\xC3\x96zt\xC3\xBCrk"));        // Öztürk
  EXPECT_FALSE(StartsWithCapital("\xC5\xBE" "ena"));               // žena
  EXPECT_FALSE(StartsWithCapital("zdravko"));
  EXPECT_FALSE(StartsWithCapital(""));
  EXPECT_FALSE(StartsWithCapital("\xC5"));  // A lone lead byte.
}

}  // namespace xref

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
  // Combining diacritics are dropped (Yoruba "ẹ́": "ẹ" and U+0301), other
  // bytes after them kept.
  EXPECT_EQ(FoldAccentsForMatching("F\xE1\xBA\xB9\xCC\x81mi Jose\xCC\x81"), "femi jose");
  EXPECT_EQ(CombiningMarkLength("e\xCC\x81", 1), 2u);
  EXPECT_EQ(CombiningMarkLength("e\xCD\xB0", 1), 0u);  // U+0370, a Greek letter.
  EXPECT_EQ(CombiningMarkLength("e\xCC", 1), 0u);
  EXPECT_EQ(LatinBaseLetters(0xE9), "e");
  EXPECT_EQ(LatinBaseLetters(0x41), "");
}

TEST(FoldAccentsForMatchingTest, VietnameseAndOtherExtendedLatinLettersMeetTheirBase) {
  // "Nguyễn Hữu Đạt", "Phạm Văn Tường", "Thích Quảng Độ" (Latin Extended-A,
  // -B and Additional), and Romanian "Ștefan" (U+0218, Extended-B).
  EXPECT_EQ(FoldAccentsForMatching("Nguy\xE1\xBB\x85n H\xE1\xBB\xAFu \xC4\x90\xE1\xBA\xA1t"),
            "nguyen huu dat");
  EXPECT_EQ(FoldAccentsForMatching("Ph\xE1\xBA\xA1m V\xC4\x83n T\xC6\xB0\xE1\xBB\x9Dng"),
            "pham van tuong");
  EXPECT_EQ(FoldAccentsForMatching("Th\xC3\xAD" "ch Qu\xE1\xBA\xA3ng \xC4\x90\xE1\xBB\x99"),
            "thich quang do");
  EXPECT_EQ(FoldAccentsForMatching("\xC8\x98tefan"), "stefan");
  // A letter with no decomposition (U+0192, f with hook) and punctuation of
  // the General Punctuation block are kept.
  EXPECT_EQ(FoldAccentsForMatching("\xC6\x92"), "\xC6\x92");
  EXPECT_EQ(LatinBaseLetters(0x1EA1), "a");
  EXPECT_EQ(LatinBaseLetters(0x01B0), "u");
  EXPECT_EQ(LatinBaseLetters(0x0192), "");
  EXPECT_EQ(LatinBaseLetters(0x1F00), "");  // Greek Extended.
}

TEST(LatinBaseLettersCasedTest, KeepsTheCaseOfTheLetter) {
  EXPECT_EQ(LatinBaseLettersCased(0xC1), "A");
  EXPECT_EQ(LatinBaseLettersCased(0xE1), "a");
  EXPECT_EQ(LatinBaseLettersCased(0xC6), "Ae");
  EXPECT_EQ(LatinBaseLettersCased(0xDF), "ss");
  EXPECT_EQ(LatinBaseLettersCased(0x110), "D");
  EXPECT_EQ(LatinBaseLettersCased(0x1EA0), "A");
  EXPECT_EQ(LatinBaseLettersCased(0x1EA1), "a");
  EXPECT_EQ(LatinBaseLettersCased(0x1AF), "U");
  EXPECT_EQ(LatinBaseLettersCased(0x41), "");
}

TEST(FoldLatinLettersTest, WritesBaseLettersInTheirCaseAndKeepsEverythingElse) {
  EXPECT_EQ(FoldLatinLetters("Polic\xC3\xAD" "a"), "Policia");
  EXPECT_EQ(FoldLatinLetters("\xC4\x90\xE1\xBA\xA1t, \xC3\x86r\xC3\xB8"), "Dat, Aero");
  EXPECT_EQ(FoldLatinLetters("(?i:acus\xC3\xB3|detenido)"), "(?i:acuso|detenido)");
  EXPECT_EQ(FoldLatinLetters("\xD0\x9C \xE2\x80\x99 \xC3\x97"), "\xD0\x9C \xE2\x80\x99 \xC3\x97");
  EXPECT_EQ(FoldLatinLetters(""), "");
}

TEST(LatinBaseLettersAtTest, ReadsOneLetterAndItsLength) {
  const std::string text = "a\xE1\xBA\xA1\xC3\x9F\xD0\x9C\xE2\x80\x99";  // a ạ ß М ’
  size_t len = 99;
  EXPECT_EQ(LatinBaseLettersAt(text, 0, &len), "");
  EXPECT_EQ(len, 99u);
  EXPECT_EQ(LatinBaseLettersAt(text, 1, &len), "a");
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(LatinBaseLettersAt(text, 4, &len), "ss");
  EXPECT_EQ(len, 2u);
  len = 99;
  EXPECT_EQ(LatinBaseLettersAt(text, 6, &len), "");  // Cyrillic.
  EXPECT_EQ(LatinBaseLettersAt(text, 8, &len), "");  // Punctuation.
  EXPECT_EQ(LatinBaseLettersAt("\xE1\xBA", 0, &len), "");  // Cut short.
  EXPECT_EQ(len, 99u);
}


TEST(IsLatinCapitalTest, CapitalsOfTheLatinBlocks) {
  for (uint32_t cp : {0xC0u, 0xD6u, 0xDEu, 0x100u, 0x106u, 0x10Cu, 0x110u, 0x141u, 0x14Au,
                      0x160u, 0x178u, 0x179u, 0x17Du, 0x1AFu, 0x218u, 0x1E0Cu, 0x1EA0u, 0x1EDCu}) {
    EXPECT_TRUE(IsLatinCapital(cp)) << std::hex << cp;
  }
  // Small letters, signs and letters of other scripts.
  for (uint32_t cp : {0x41u, 0xD7u, 0xDFu, 0xE9u, 0x101u, 0x107u, 0x111u, 0x138u, 0x142u,
                      0x149u, 0x161u, 0x17Eu, 0x17Fu, 0x1B0u, 0x1EA1u, 0x1EDDu, 0x410u}) {
    EXPECT_FALSE(IsLatinCapital(cp)) << std::hex << cp;
  }
}

TEST(IsLatinCapitalTest, StartsWithCapital) {
  EXPECT_TRUE(StartsWithCapital("Zdravko"));
  EXPECT_TRUE(StartsWithCapital("\xC5\xBD" "dralovi\xC4\x87"));  // Ždralović
  EXPECT_TRUE(StartsWithCapital("\xC3\x96zt\xC3\xBCrk"));        // Öztürk
  EXPECT_TRUE(StartsWithCapital("\xE1\xBA\xA4n"));                  // Ấn
  EXPECT_FALSE(StartsWithCapital("\xC5\xBE" "ena"));               // žena
  EXPECT_FALSE(StartsWithCapital("zdravko"));
  EXPECT_FALSE(StartsWithCapital(""));
  EXPECT_FALSE(StartsWithCapital("\xC5"));  // A lone lead byte.
}

}  // namespace xref

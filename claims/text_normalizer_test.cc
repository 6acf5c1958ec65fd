#include "claims/text_normalizer.h"

#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(OffsetArrayTest, AppendsRunsAndRepeatsAndGrows) {
  OffsetArray a;
  EXPECT_TRUE(a.empty());
  a.Reserve(4);
  a.AppendRun(10, 3);   // 10 11 12
  a.Append(20, 2);      // 20 20
  a.AppendRun(30, 21);  // 30 .. 50, past the reserved room and the 8-entry steps
  a.Append(60);
  ASSERT_EQ(a.size(), 27u);
  std::vector<int64_t> want = {10, 11, 12, 20, 20};
  for (int64_t v = 30; v <= 50; ++v) want.push_back(v);
  want.push_back(60);
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i], want[i]) << "entry " << i;
  EXPECT_EQ(a.back(), 60);
}

TEST(NormalizeForMatchingTest, FoldsTypographyAndKeepsOffsets) {
  // "It’s — “fine”" with a curly apostrophe, an em dash and curly quotes.
  std::string original = "It\xE2\x80\x99s \xE2\x80\x94 \xE2\x80\x9C" "fine\xE2\x80\x9D";
  NormalizedText n = NormalizeForMatching(original);
  EXPECT_EQ(n.text, "It's - \"fine\"");
  ASSERT_EQ(n.offsets.size(), n.text.size() + 1);
  size_t fine = n.text.find("fine");
  EXPECT_EQ(original.substr(n.ToOriginal(fine), 4), "fine");
  TextRange quoted = n.ToOriginal(TextRange{static_cast<int64_t>(fine) - 1,
                                            static_cast<int64_t>(fine) + 5});
  EXPECT_EQ(original.substr(quoted.begin, quoted.end - quoted.begin),
            "\xE2\x80\x9C" "fine\xE2\x80\x9D");
}

TEST(NormalizeForMatchingTest, AppliesNfkc) {
  // Full-width "ＡＢ", the ligature "ﬁ", a non-breaking space and a combining
  // acute accent after "e".
  std::string original = "\xEF\xBC\xA1\xEF\xBC\xA2 \xEF\xAC\x81le\xC2\xA0" "cafe\xCC\x81";
  NormalizedText n = NormalizeForMatching(original);
  // NFKC composes "e" and the accent into U+00E9, which folds to "e".
  EXPECT_EQ(n.text, "AB file cafe");
  EXPECT_EQ(n.ToOriginal(n.text.size()), static_cast<int64_t>(original.size()));
}

TEST(NormalizeForMatchingTest, CompatibilityCharactersAreNormalisedBeforeFolding) {
  // U+2033 (double prime) is two primes under NFKC, each folded to an
  // apostrophe; U+00B4 (acute accent) is a space and a combining acute,
  // which is dropped; the curly apostrophe U+2019 is left alone by NFKC and
  // folded.
  std::string original = "6\xE2\x80\xB3 x\xC2\xB4 it\xE2\x80\x99s";
  NormalizedText n = NormalizeForMatching(original);
  EXPECT_EQ(n.text, "6'' x  it's");
  EXPECT_EQ(n.ToOriginal(1), 1);
  EXPECT_EQ(n.ToOriginal(2), 1);
  EXPECT_EQ(n.ToOriginal(3), 4);
}

TEST(NormalizeForMatchingTest, LatinLettersWithDiacriticsBecomeTheirBaseLettersInTheirCase) {
  // "Colonel Đạt of Bình Định said" (precomposed), "Ærø", and "Lê" written
  // as "e" with a combining circumflex then a combining acute, "ế" after NFKC.
  const std::string original =
      "Colonel \xC4\x90\xE1\xBA\xA1t of B\xC3\xACnh \xC4\x90\xE1\xBB\x8Bnh said; "
      "\xC3\x86r\xC3\xB8; Le\xCC\x82\xCC\x81";
  NormalizedText n = NormalizeForMatching(original);
  EXPECT_EQ(n.text, "Colonel Dat of Binh Dinh said; Aero; Le");
  // "Dat" maps back to the bytes of "Đạt": D to Đ, a to ạ, t to t.
  EXPECT_EQ(n.ToOriginal(8), 8);
  EXPECT_EQ(n.ToOriginal(9), 10);
  EXPECT_EQ(n.ToOriginal(10), 13);
  const TextRange name = n.ToOriginal(TextRange{8, 11});
  EXPECT_EQ(original.substr(name.begin, name.end - name.begin), "\xC4\x90\xE1\xBA\xA1t");
  // Both letters of "Ae" map to the one "Æ"; the end maps to the original end.
  const size_t ae = n.text.find("Ae");
  EXPECT_EQ(n.ToOriginal(ae), n.ToOriginal(ae + 1));
  EXPECT_EQ(n.ToOriginal(n.text.size()), static_cast<int64_t>(original.size()));
  // Letters of other scripts are kept.
  EXPECT_EQ(NormalizeForMatching("\xD0\x9C\xD0\xBE\xD1\x81").text, "\xD0\x9C\xD0\xBE\xD1\x81");
}

TEST(NormalizedTextTest, RestoredLettersKeepTheCombiningMarksNormalisingDropped) {
  // Yoruba "Fẹ́mi" (e with a dot below, U+1EB9, then a combining acute: no
  // one character) and "José" written as "e" and a combining acute.
  const std::string original =
      "Mr F\xE1\xBA\xB9\xCC\x81mi and Jose\xCC\x81 Ruiz; Ad\xC3\xA9.";
  NormalizedText n = NormalizeForMatching(original);
  EXPECT_EQ(n.text, "Mr Femi and Jose Ruiz; Ade.");
  const size_t femi = n.text.find("Femi");
  EXPECT_EQ(n.RestoreLatinLetters(original, {static_cast<int64_t>(femi),
                                             static_cast<int64_t>(femi + 4)}),
            "F\xE1\xBA\xB9\xCC\x81mi");
  const size_t jose = n.text.find("Jose Ruiz");
  EXPECT_EQ(n.RestoreLatinLetters(original, {static_cast<int64_t>(jose),
                                             static_cast<int64_t>(jose + 9)}),
            "Jose\xCC\x81 Ruiz");
  // Must not: add what was not dropped, or more than the range's marks.
  const size_t ade = n.text.find("Ade");
  EXPECT_EQ(n.RestoreLatinLetters(original, {static_cast<int64_t>(ade),
                                             static_cast<int64_t>(ade + 3)}),
            "Ad\xC3\xA9");
  EXPECT_EQ(n.RestoreLatinLetters(original, {static_cast<int64_t>(femi),
                                             static_cast<int64_t>(femi + 1)}),
            "F");
}

TEST(NormalizeForMatchingTest, AsciiIsUnchangedAndCarriageReturnsDropped) {
  NormalizedText n = NormalizeForMatching("one\r\ntwo");
  EXPECT_EQ(n.text, "one\ntwo");
  EXPECT_EQ(n.ToOriginal(4), 5);
}

TEST(NormalizeForMatchingIntoTest, ReusedResultMatchesFreshNormalizationOfEachDocument) {
  // Longer, shorter, empty and non-ASCII documents in turn, so that each
  // reuses storage left longer or shorter by the one before.
  NormalizedText reused;
  reused.text = "left over";
  reused.offsets.AppendRun(0, 40);
  for (absl::string_view original :
       {"A first document, long enough to\r\nleave room behind it for the next ones.",
        "Short.", "", "\xEF\xBC\xA1 caf\xC3\xA9 it\xE2\x80\x99s \xEF\xAC\x81ne", "x\r"}) {
    NormalizeForMatchingInto(original, &reused);
    const NormalizedText fresh = NormalizeForMatching(original);
    EXPECT_EQ(reused.text, fresh.text) << original;
    ASSERT_EQ(reused.offsets.size(), fresh.offsets.size()) << original;
    for (size_t i = 0; i < fresh.offsets.size(); ++i) {
      EXPECT_EQ(reused.offsets[i], fresh.offsets[i]) << original << " entry " << i;
    }
  }
}

TEST(OffsetArrayTest, ClearKeepsNothingButTheStorage) {
  OffsetArray a;
  a.AppendRun(5, 10);
  a.Clear();
  EXPECT_TRUE(a.empty());
  a.Append(7, 2);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0], 7);
  EXPECT_EQ(a.back(), 7);
}

std::vector<std::string> Body(absl::string_view text) {
  std::vector<std::string> out;
  for (const TextRange& r : FindBodyParagraphs(text)) {
    out.emplace_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

TEST(FindBodyParagraphsTest, DropsFurnitureBeforeFirstParagraph) {
  std::string text =
      "Skip to content\nWorld\nFlooding Hits Coastal Towns After Week Of Rain\n\n"
      "Residents of three coastal towns were evacuated on Sunday after a week "
      "of heavy rain swelled the rivers.\n\nMore rain is expected.\n";
  EXPECT_THAT(Body(text),
              ::testing::ElementsAre(::testing::StartsWith("Residents of three"),
                                     "More rain is expected."));
}

TEST(FindBodyParagraphsTest, DropsDuplicatedCaptionsHeadingsAndPrompts) {
  std::string text =
      "The council approved the budget late on Tuesday after a long and heated "
      "debate among members.\n"
      "PHOTO - Council members vote in the chamber, March 2022.\n"
      "Budget fight\n"
      "PHOTO - Council members vote in the chamber, March 2022.\n"
      "Opposition members said they would appeal the decision in court.\n"
      "Did you find this article useful? Tell us what you think.\n"
      "Sign up for our newsletter\n";
  EXPECT_THAT(Body(text),
              ::testing::ElementsAre(::testing::StartsWith("The council"),
                                     ::testing::StartsWith("Opposition")));
}

TEST(IsReaderPromptTest, Pattern) {
  EXPECT_TRUE(IsReaderPrompt("Was this story helpful? Let us know."));
  EXPECT_TRUE(IsReaderPrompt("Click here to subscribe"));
  EXPECT_FALSE(IsReaderPrompt("The minister said he would let the courts decide."));
  EXPECT_FALSE(IsReaderPrompt(
      "Officials told us that the convoy had been stopped at the border "
      "crossing for several hours before it was allowed to continue."));
}

// Words are counted across tabs, runs of blanks and long stretches (the
// count is read sixteen and eight bytes at a time): a prompt has at most 14.
TEST(IsReaderPromptTest, CountsWordsAcrossTabsAndRuns) {
  const std::string fourteen =
      "Please\tdo   subscribe to\t\tthe weekly digest for members who read "
      "our analysis daily";
  ASSERT_TRUE(IsReaderPrompt(fourteen));
  EXPECT_FALSE(IsReaderPrompt(fourteen + " again"));
  EXPECT_FALSE(IsReaderPrompt(fourteen + "\tagain"));
  EXPECT_TRUE(IsReaderPrompt(fourteen + "   \t "));
}

TEST(SectionNumberLengthTest, EndsAtTheFirstWordOfTheParagraph) {
  const std::pair<const char*, const char*> cases[] = {
      {"3.2 Nine nurses were hurt.", "Nine nurses were hurt."},
      {"4.1.7  The tribunal sat.", "The tribunal sat."},
      {"12.4 \"We ran,\" one said.", "\"We ran,\" one said."},
      {"2.1 40 buses were burned.", "40 buses were burned."},
      {"5.3. The guards fled.", "The guards fled."},
  };
  for (const auto& [paragraph, rest] : cases) {
    const size_t n = SectionNumberLength(paragraph);
    EXPECT_EQ(absl::string_view(paragraph).substr(n), rest) << paragraph;
  }
}

TEST(SectionNumberLengthTest, NumbersOfTheStoryAreNoSectionNumbers) {
  for (const char* paragraph : {
           "2.5 million people fled the floods.",  // a quantity
           "7 Police officers were hurt.",         // one number: a count
           "1914 Street was closed.",
           "3.2",                                  // nothing after it
           "Section 3.2 Nine nurses were hurt.",
           "12345.6 Tonnes",
       }) {
    EXPECT_EQ(SectionNumberLength(paragraph), 0u) << paragraph;
  }
}

TEST(DatelineLengthTest, EndsAtTheFirstWordOfTheStory) {
  const std::pair<const char*, const char*> cases[] = {
      {"TARSK, Dravia, May 4 (Harbour Wire) - Two men died.", "Two men died."},
      {"TARSK (AP) - Police said.", "Police said."},
      {"NEW DELHI, Feb. 2 -- The court ruled.", "The court ruled."},
      {"ST. PAUL - A fire broke out.", "A fire broke out."},
      {"PELNO, March 9 (Wire) -  Crowds gathered.", "Crowds gathered."},
  };
  for (const auto& [paragraph, story] : cases) {
    const size_t n = DatelineLength(paragraph);
    EXPECT_EQ(absl::string_view(paragraph).substr(n), story) << paragraph;
  }
}

TEST(DatelineLengthTest, NoDatelineIsZero) {
  for (const char* paragraph : {
           "Police said two men died - one of them a guard.",
           "UN officials, speaking in Geneva - where talks resumed - said so.",
           "NATO said on Monday that it would stay.",
           "TARSK, the capital of a small country with a long history - and more.",
           "TARSK (a city of some size and much history and many stories) - x",
           "The AU - the African Union - met.",
           "AB - too short a place.",
           "TARSK, Dravia, May 4, 2025, Monday (Wire) - More parts than a dateline.",
       }) {
    EXPECT_EQ(DatelineLength(paragraph), 0u) << paragraph;
  }
}

TEST(FindSpeakerLabelTest, ANameAndARoleBeforeAColon) {
  const std::string host = "Amina Diallo (host): Good morning, Tarsk.";
  SpeakerLabel label = FindSpeakerLabel(host);
  EXPECT_EQ(host.substr(0, label.name_length), "Amina Diallo");
  EXPECT_EQ(label.role, "host");
  EXPECT_EQ(host.substr(label.length), "Good morning, Tarsk.");
  const std::string guest = "Mama O'Neill-Baptiste:  We buried ten.";
  label = FindSpeakerLabel(guest);
  EXPECT_EQ(guest.substr(0, label.name_length), "Mama O'Neill-Baptiste");
  EXPECT_TRUE(label.role.empty());
  EXPECT_EQ(guest.substr(label.length), "We buried ten.");
}

TEST(FindSpeakerLabelTest, NoLabel) {
  for (const char* paragraph : {
           "Police said: the road is closed.",
           "Note: this story has been updated.",
           "Update: two more people died.",
           "Q: Where were you?",
           "The Minister Of Works And Housing Of Tarsk: five words before the colon.",
           "Amina Diallo said the road was closed.",
           "Amina Diallo (a long aside that goes on and on past any role): x",
           "Amina Diallo:no space after the colon.",
       }) {
    EXPECT_EQ(FindSpeakerLabel(paragraph).length, 0u) << paragraph;
  }
}

}  // namespace
}  // namespace xref

#include "claims/split_capture.h"

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A word list long enough that a pattern holding it exceeds the backtracker.
std::string LongWordList() {
  return "(?i:engineers?|farmers?|teachers?|nurses?|doctors?|pilots?|drivers?|"
         "bakers?|painters?|singers?|writers?|dancers?|actors?|lawyers?|"
         "builders?|plumbers?|carpenters?|electricians?|gardeners?|butchers?|"
         "tailors?|cleaners?|mechanics?|chemists?|biologists?|physicists?|"
         "historians?|economists?|architects?|surveyors?|librarians?|"
         "fishermen|miners?)";
}

std::string BigPattern() {
  return "(?P<who>(?:[\\w'.-]+\\s+){0,3}?" + LongWordList() +
         ")\\s+(?:(?:also|later|then|often|rarely|openly|quietly)\\s+)*"
         "(?P<verb>complained|agreed|protested|objected|disagreed|hesitated|"
         "voted|refused|insisted|conceded|admitted|apologized|testified|"
         "retorted|explained|announced|told\\s+(?:[A-Z]\\w+|the\\s+\\w+))\\b";
}

// The groups of whole.Match(ANCHOR_BOTH) over text[begin, end), as strings,
// with "<null>" for a group that took no part.
std::vector<std::string> Groups(const RE2& whole, const SplitCapture* split,
                                const std::string& text, size_t begin, size_t end,
                                bool* matched) {
  int n = whole.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(n);
  *matched = split != nullptr
                 ? split->Match(text, begin, end, g.data(), n)
                 : whole.Match(text, begin, end, RE2::ANCHOR_BOTH, g.data(), n);
  std::vector<std::string> out;
  for (const re2::StringPiece& p : g) {
    out.push_back(p.data() == nullptr ? "<null>"
                                      : std::to_string(p.data() - text.data()) + ":" +
                                            std::string(p));
  }
  return out;
}

// Checks that the split gives the whole program's groups on the span the
// whole pattern matches first in `text`.
void ExpectSameGroups(const RE2& whole, const SplitCapture& split, const std::string& text) {
  re2::StringPiece span;
  ASSERT_TRUE(whole.Match(text, 0, text.size(), RE2::UNANCHORED, &span, 1)) << text;
  size_t b = span.data() - text.data();
  bool whole_matched = false, split_matched = false;
  std::vector<std::string> expected =
      Groups(whole, nullptr, text, b, b + span.size(), &whole_matched);
  std::vector<std::string> got = Groups(whole, &split, text, b, b + span.size(), &split_matched);
  EXPECT_TRUE(whole_matched);
  EXPECT_EQ(split_matched, whole_matched) << text;
  EXPECT_EQ(got, expected) << text;
}

TEST(SplitCaptureTest, CutsBetweenTopLevelItemsOnly) {
  EXPECT_THAT(SplitCapture::TopLevelCuts("ab"), ElementsAre(1));
  EXPECT_THAT(SplitCapture::TopLevelCuts("(a|b)+?c{2,3}[]x)]\\pL\\p{Greek}d"),
              ElementsAre(7, 13, 18, 21, 30));
  EXPECT_THAT(SplitCapture::TopLevelCuts("[[:alpha:]]x"), ElementsAre(11));
  EXPECT_THAT(SplitCapture::TopLevelCuts("a{x}"), ElementsAre(1, 2, 3));
  EXPECT_THAT(SplitCapture::TopLevelCuts("\xC3\xA9*x"), ElementsAre(3));
}

TEST(SplitCaptureTest, NoCutsWhereACutWouldChangeTheMeaning) {
  EXPECT_THAT(SplitCapture::TopLevelCuts("ab|cd"), IsEmpty());
  EXPECT_THAT(SplitCapture::TopLevelCuts("a(?i)b"), IsEmpty());
  EXPECT_THAT(SplitCapture::TopLevelCuts("a\\Q(b\\E"), IsEmpty());
  EXPECT_THAT(SplitCapture::TopLevelCuts("a\\012"), IsEmpty());
  EXPECT_THAT(SplitCapture::TopLevelCuts("a(b"), IsEmpty());
}

TEST(SplitCaptureTest, NoSplitForSmallOrLongestMatchPatterns) {
  RE2 small("(?P<a>\\w+)\\s+(?P<b>said)");
  EXPECT_EQ(SplitCapture::Create(small), nullptr);
  RE2::Options longest;
  longest.set_longest_match(true);
  RE2 big(BigPattern(), longest);
  ASSERT_TRUE(big.ok());
  EXPECT_EQ(SplitCapture::Create(big), nullptr);
  RE2 alternation(BigPattern() + "|x");
  ASSERT_TRUE(alternation.ok());
  EXPECT_EQ(SplitCapture::Create(alternation), nullptr);
}

TEST(SplitCaptureTest, GivesTheGroupsOfTheWholePattern) {
  RE2::Options latin1;
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  for (const RE2::Options& options : {RE2::Options(), latin1}) {
    RE2 whole(BigPattern(), options);
    ASSERT_TRUE(whole.ok());
    ASSERT_GT(whole.ProgramSize(), SplitCapture::kBacktrackerMaxInstructions);
    std::unique_ptr<SplitCapture> split = SplitCapture::Create(whole);
    ASSERT_NE(split, nullptr);
    for (const std::string& text : {
             "After the storm, local farmers complained about the roads.",
             "The new pilots later told Reuters they had not been paid.",
             "Three retired Teachers also agreed.",
             // The head's first parse ("pilots") leaves a tail that cannot
             // match ("nurses refused"): the whole program decides.
             "Some pilots nurses refused to fly.",
             "a b c d doctors voted",
             "painters then then hesitated"}) {
      ExpectSameGroups(whole, *split, text);
    }
  }
}

// Heads that are not one capturing group (a group with a group inside, a
// repeated group, a non-capturing group) keep their own groups.
TEST(SplitCaptureTest, GivesTheGroupsWhateverTheFirstItem) {
  const std::string verbs =
      "\\s+(?:(?:also|later|then)\\s+)*(?P<verb>complained|agreed|protested|objected|"
      "disagreed|hesitated|voted|refused|insisted|conceded|admitted|apologized|"
      "testified|retorted|explained|announced|told\\s+(?:[A-Z]\\w+|the\\s+\\w+))\\b";
  for (const std::string& pattern :
       {"(?P<who>(?P<adj>[\\w'.-]+\\s+)?" + LongWordList() + ")" + verbs,
        "(?P<who>[\\w'.-]+\\s+)?" + LongWordList() + verbs,
        "(?:[\\w'.-]+\\s+){0,3}?(?P<who>" + LongWordList() + ")" + verbs}) {
    RE2 whole(pattern);
    ASSERT_TRUE(whole.ok()) << pattern;
    std::unique_ptr<SplitCapture> split = SplitCapture::Create(whole);
    ASSERT_NE(split, nullptr) << pattern;
    for (const std::string& text : {"After the storm, local farmers complained.",
                                    "The new pilots later told Reuters so.",
                                    "nurses refused", "Some pilots nurses refused to fly."}) {
      ExpectSameGroups(whole, *split, text);
    }
  }
}

// A head that is one capturing group needs no capture engine: it may be
// larger than the backtracker takes.
TEST(SplitCaptureTest, AHeadThatIsOneGroupMayBeOfAnySize) {
  const std::string head = "(?P<who>(?:[\\w'.-]+\\s+){0,3}?(?:" + LongWordList() + "|" +
                           "(?i:sailors?|soldiers?|officers?|clerks?|judges?|bankers?|"
                           "brokers?|traders?|porters?|guards?|waiters?|cooks?|"
                           "priests?|monks?|scholars?|students?|tutors?|coaches?)))";
  ASSERT_GT(RE2(head).ProgramSize(), SplitCapture::kBacktrackerMaxInstructions);
  RE2 whole(head + "\\s+(?:(?:also|later)\\s+)*(?P<verb>complained|agreed|voted|refused)\\b");
  std::unique_ptr<SplitCapture> split = SplitCapture::Create(whole);
  ASSERT_NE(split, nullptr);
  for (const std::string& text :
       {"After the storm, local farmers complained about the roads.",
        "The new Clerks later agreed.", "Some pilots judges refused to sit.",
        "a b c d guards voted", "monks also also refused"}) {
    ExpectSameGroups(whole, *split, text);
  }
}

// A tail too large for the backtracker is split in turn; a part without
// groups, or that is one group, may be of any size.
TEST(SplitCaptureTest, SplitsATailTooLargeInTurn) {
  // Made-up words ("bacd", "bace", ...), enough for a program far larger
  // than the backtracker takes, and the words the texts use.
  std::string jobs = "(?i:sailors?|soldiers?|officers?|clerks?|judges?|cooks?";
  for (int i = 0; i < 300; ++i) {
    jobs += '|';
    for (int k = i, letters = 0; letters < 5; k /= 7, ++letters) jobs += static_cast<char>('b' + k % 7);
  }
  jobs += ")";
  for (const std::string& pattern : {
           // who, a large verb group, then a small tail.
           "(?P<who>\\w+)\\s+(?:(?:also|later)\\s+)*(?P<verb>" + LongWordList() + "|" + jobs +
               ")\\s+(?P<object>\\w+)",
           // A large head without groups, a large group that ends the pattern.
           "(?:" + LongWordList() + ")\\s+(?:[a-z]+\\s+)?(?P<whom>" + jobs + "|" +
               LongWordList() + ")"}) {
    RE2 whole(pattern);
    ASSERT_TRUE(whole.ok()) << pattern;
    ASSERT_GT(whole.ProgramSize(), 2 * SplitCapture::kBacktrackerMaxInstructions);
    std::unique_ptr<SplitCapture> split = SplitCapture::Create(whole);
    ASSERT_NE(split, nullptr) << pattern;
    for (const std::string& text :
         {"Yesterday the farmers later Nurses two", "Then bob also also Clerks their wages",
          "the farmers paid cooks", "Pilots Judges", "teachers the teachers",
          "mechanics mechanics mechanics mechanics"}) {
      re2::StringPiece span;
      if (!whole.Match(text, 0, text.size(), RE2::UNANCHORED, &span, 1)) continue;
      ExpectSameGroups(whole, *split, text);
    }
  }
}

TEST(SplitCaptureTest, FailsWhereTheWholePatternFails) {
  RE2 whole(BigPattern());
  std::unique_ptr<SplitCapture> split = SplitCapture::Create(whole);
  ASSERT_NE(split, nullptr);
  std::string text = "farmers complained loudly";
  re2::StringPiece g[3];
  EXPECT_FALSE(split->Match(text, 0, text.size(), g, 3));
  EXPECT_TRUE(split->Match(text, 0, 18, g, 3));
  EXPECT_EQ(std::string(g[1]), "farmers");
  EXPECT_EQ(std::string(g[2]), "complained");
}

}  // namespace
}  // namespace xref

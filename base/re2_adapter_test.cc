#include "base/re2_adapter.h"

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(IsAsciiTest, LooksAtEveryByte) {
  EXPECT_TRUE(IsAscii(""));
  EXPECT_TRUE(IsAscii("plain text, 17 bytes long"));
  for (size_t at = 0; at < 20; ++at) {
    std::string s(20, 'a');
    s[at] = '\xC3';
    EXPECT_FALSE(IsAscii(s)) << at;
  }
}

// Each group as "<offset>:<text>", or "<null>" when it did not take part.
std::vector<std::string> GroupStrings(const std::vector<re2::StringPiece>& groups,
                                      const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : groups) {
    out.push_back(p.data() == nullptr ? "<null>"
                                      : std::to_string(p.data() - text.data()) + ":" +
                                            std::string(p));
  }
  return out;
}

// The groups of re.Match(UNANCHORED) over `text`, as strings.
std::vector<std::string> Expected(const RE2& re, const std::string& text, bool* matched) {
  std::vector<re2::StringPiece> g(re.NumberOfCapturingGroups() + 1);
  *matched = re.Match(text, 0, text.size(), RE2::UNANCHORED, g.data(), g.size());
  return GroupStrings(g, text);
}

std::vector<std::string> Got(const RE2& re, const RE2* ascii, const std::string& text,
                             bool* matched) {
  std::vector<re2::StringPiece> g(re.NumberOfCapturingGroups() + 1);
  *matched = MatchSpanThenGroupsWith(
      re, text, 0, text.size(), g.data(), g.size(),
      [&](size_t b, size_t e, re2::StringPiece* groups, int n) {
        return (ascii != nullptr ? *ascii : re)
            .Match(ToPiece(text), b, e, RE2::ANCHOR_BOTH, groups, n);
      },
      ascii);
  return GroupStrings(g, text);
}

// Each sample gives through MatchSpanThenGroupsWith (with `ascii` as its
// Latin-1 program, or none) the match and groups re.Match gives.
void ExpectSameMatches(const RE2& re, const RE2* ascii, const std::vector<std::string>& samples) {
  for (const std::string& text : samples) {
    bool want_matched = false, got_matched = false;
    std::vector<std::string> want = Expected(re, text, &want_matched);
    std::vector<std::string> got = Got(re, ascii, text, &got_matched);
    EXPECT_EQ(got_matched, want_matched) << text;
    if (want_matched) {
      EXPECT_EQ(got, want) << text;
    }
  }
}

// With the Latin-1 program for ASCII texts, the span and groups are those of
// the UTF-8 program, on ASCII and non-ASCII texts alike.
TEST(MatchSpanThenGroupsTest, AsciiProgramGivesTheSameMatch) {
  RE2 re("(?P<who>(?:[\\w'-]+\\s+){0,2}?(?i:officials?|police))\\s+(?P<cue>said|told\\s+\\w+)\\b"
         "(?:[^,]*,)?");
  ASSERT_TRUE(re.ok());
  std::unique_ptr<RE2> ascii = AsciiGroupsProgram(re);
  ASSERT_NE(ascii, nullptr);
  const std::vector<std::string> samples = {
      "Local police said on Friday, after a delay, that two men were held.",
      "The OFFICIALS told reporters nothing.", "Nobody said anything at all.",
      "Caf\xC3\xA9 owners and police said, \xE2\x80\x9Cno\xE2\x80\x9D, twice.",
      "\xC3\x89lite police told Reuters"};
  ExpectSameMatches(re, ascii.get(), samples);
  ExpectSameMatches(re, nullptr, samples);
}

TEST(CapEscapesAtLatin1Test, CapsOnlyEscapesAboveLatin1) {
  EXPECT_EQ(CapEscapesAtLatin1("[\"\\x{201D}]"), "[\"\\x{FF}]");
  EXPECT_EQ(CapEscapesAtLatin1("[a-\\x{2014}]\\x{e9}\\x41"), "[a-\\x{FF}]\\x{e9}\\x41");
  EXPECT_EQ(CapEscapesAtLatin1("\\\\x{2014}"), "\\\\x{2014}");  // An escaped backslash.
  EXPECT_EQ(CapEscapesAtLatin1("\\Q\\x{2014}\\E\\x{2014}"), "\\Q\\x{2014}\\E\\x{FF}");
  EXPECT_EQ(CapEscapesAtLatin1("\\x{zz}\\x{"), "\\x{zz}\\x{");  // Malformed: as it is.
}

// A pattern with a code point above Latin-1 still gets a Latin-1 program,
// which gives the same match on ASCII text.
TEST(MatchSpanThenGroupsTest, AsciiProgramOfAPatternBeyondLatin1) {
  RE2 re("(?P<who>(?i:police|troops))[\"\\x{201D}]?(?:,\\s+[^,;\\x{2014}]{1,30},)?"
         "\\s+(?P<verb>fired|[a-\\x{2014}]+ed)\\b");
  ASSERT_TRUE(re.ok());
  std::unique_ptr<RE2> ascii = AsciiGroupsProgram(re);
  ASSERT_NE(ascii, nullptr);
  EXPECT_LT(ascii->ProgramSize(), re.ProgramSize());
  ExpectSameMatches(re, ascii.get(),
                    {"Riot police, backed by soldiers, fired on them.",
                     "The \"troops\" stormed in.", "No one fired.",
                     "Police, a \xE2\x80\x94 unit, fired.", "troops, wearing masks, ran."});
}

}  // namespace
}  // namespace xref

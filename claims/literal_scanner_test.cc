#include "claims/literal_scanner.h"

#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<int> All(const LiteralScanner& s, const std::string& text) {
  std::vector<int> found = {42};  // Replaced, not appended to.
  s.FindAll(text, &found);
  return found;
}

TEST(LiteralScannerTest, FindsEveryLiteralOnceIgnoringAsciiCase) {
  LiteralScanner s({"arrest", "rest", "held ", "the", "custody"});
  EXPECT_THAT(All(s, "Police ARRESTED the rest of them."), ElementsAre(0, 1, 3));
  EXPECT_THAT(All(s, "He was held in custody, and held again."), ElementsAre(2, 4));
  EXPECT_THAT(All(s, "Nothing to see."), IsEmpty());
  EXPECT_THAT(All(s, ""), IsEmpty());
}

TEST(LiteralScannerTest, OverlappingAndNestedLiterals) {
  // "she" ends inside "shers"; "he" and "hers" share bytes with both.
  LiteralScanner s({"he", "she", "his", "hers"});
  EXPECT_THAT(All(s, "ushers"), ElementsAre(0, 1, 3));
  EXPECT_THAT(All(s, "this"), ElementsAre(2));
}

TEST(LiteralScannerTest, NonAsciiBytesMatchThemselvesOnly) {
  LiteralScanner s({"caf\xC3\xA9", "\xC3\xA9t\xC3\xA9"});
  EXPECT_THAT(All(s, "Le CAF\xC3\xA9 d'\xC3\xA9t\xC3\xA9"), ElementsAre(0, 1));
  EXPECT_THAT(All(s, "CAF\xC3\x89"), IsEmpty());  // \xC3\x89 is upper-case E acute.
}

TEST(LiteralScannerTest, EmptyLiteralOccursEverywhere) {
  LiteralScanner s({"x", ""});
  EXPECT_THAT(All(s, "abc"), ElementsAre(1));
  EXPECT_EQ(s.FindFirst("abc", 2), 2);
  LiteralScanner none(std::vector<std::string>{});
  EXPECT_THAT(All(none, "abc"), IsEmpty());
  EXPECT_EQ(none.FindFirst("abc", 0), -1);
}

TEST(LiteralScannerTest, FindFirstGivesTheStartOfTheFirstOccurrenceToEnd) {
  LiteralScanner s({"detained", "tain", "fraud"});
  const std::string text = "They detained him for fraud.";
  EXPECT_EQ(s.FindFirst(text, 0), 7);     // "tain" ends before "detained" does.
  EXPECT_EQ(s.FindFirst(text, 8), 22);    // "fraud": "tain" no longer lies wholly after 8.
  EXPECT_EQ(s.FindFirst(text, 23), -1);
  EXPECT_EQ(s.FindFirst(text, -1), -1);
  EXPECT_EQ(s.FindFirst(text, 99), -1);
}

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
  return s;
}

// Checks FindAll and FindFirst from every position against a direct search
// for each literal (given in lower case).
void ExpectAgreesWithADirectSearch(const LiteralScanner& s,
                                   const std::vector<std::string>& literals,
                                   const std::string& text) {
  const std::string folded = Lower(text);
  std::vector<int> expected;
  for (size_t i = 0; i < literals.size(); ++i) {
    if (folded.find(literals[i]) != std::string::npos) expected.push_back(i);
  }
  EXPECT_EQ(All(s, text), expected) << text;
  for (int64_t from = 0; from <= static_cast<int64_t>(text.size()); ++from) {
    // The first end of an occurrence wholly after `from`, and the
    // shortest literal ending there.
    int64_t best_end = -1, best_start = -1;
    for (const std::string& l : literals) {
      const size_t p = folded.find(l, from);  // Later occurrences end later.
      if (p == std::string::npos) continue;
      const int64_t end = p + l.size();
      if (best_end < 0 || end < best_end ||
          (end == best_end && static_cast<int64_t>(p) > best_start)) {
        best_end = end;
        best_start = p;
      }
    }
    EXPECT_EQ(s.FindFirst(text, from), best_start) << text << " from " << from;
  }
}

// The automaton against a direct search, on random texts over a small
// alphabet (so that literals overlap often).
TEST(LiteralScannerTest, AgreesWithADirectSearchOnRandomTexts) {
  std::mt19937 rng(7);
  const std::string alphabet = "abAB ";
  auto random_string = [&](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(alphabet[rng() % alphabet.size()]);
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> literals;
    for (int i = 0; i < 1 + static_cast<int>(rng() % 8); ++i) {
      literals.push_back(Lower(random_string(1 + rng() % 4)));
    }
    LiteralScanner s(literals);
    ExpectAgreesWithADirectSearch(s, literals, random_string(rng() % 30));
  }
}

// An automaton of more states than a 16-bit table holds (8,000 literals of
// nine letters out of ten give about 49,000) scans the same way.
TEST(LiteralScannerTest, AgreesWithADirectSearchWithManyStates) {
  std::mt19937 rng(11);
  const std::string letters = "abcdefghij";
  std::vector<std::string> literals;
  for (int i = 0; i < 8000; ++i) {
    std::string l;
    for (int k = 0; k < 9; ++k) l.push_back(letters[rng() % letters.size()]);
    literals.push_back(l);
  }
  LiteralScanner s(literals);
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int k = 0; k < 60; ++k) text.push_back(letters[rng() % letters.size()]);
    // Plant a few literals, one in upper case.
    for (int k = 0; k < 3; ++k) {
      text.insert(rng() % text.size(), literals[rng() % literals.size()]);
    }
    std::string upper = literals[rng() % literals.size()];
    for (char& c : upper) c = c - 'a' + 'A';
    text += upper;
    ExpectAgreesWithADirectSearch(s, literals, text);
  }
}

}  // namespace
}  // namespace xref

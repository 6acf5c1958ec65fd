#include "claims/rule_set.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "claims/text_normalizer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

RE2::Options CaseInsensitive() {
  RE2::Options options;
  options.set_case_sensitive(false);
  return options;
}

// The shipped rules, loaded once: the tests that only read them share them
// (a load costs seconds under the sanitizers). Null when they fail to load,
// which LoadsShippedRules reports.
const RuleSet* ShippedRules() {
  static const RuleSet* const rules = [] {
    absl::StatusOr<std::unique_ptr<RuleSet>> loaded = RuleSet::Load("claims/rules");
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return rules;
}

TEST(LiteralGuardTest, RejectsTextsWithoutAnyOfThePatternsWords) {
  const RE2 re("\\b(?:not|never|without)\\b\\s*$", CaseInsensitive());
  const LiteralGuard guard(re);
  EXPECT_THAT(guard.words(), ::testing::ElementsAre("never", "not", "without"));
  EXPECT_TRUE(guard.MayMatch("the court did NOT "));
  EXPECT_TRUE(guard.MayMatch("walked out Without "));
  // A word inside another word still passes: the guard only looks for bytes.
  EXPECT_TRUE(guard.MayMatch("a notable "));
  EXPECT_FALSE(guard.MayMatch("the court did "));
  EXPECT_FALSE(guard.MayMatch("he neve"));  // "never" needs all its letters.
  EXPECT_TRUE(guard.MayMatch("nevertheless"));
  EXPECT_FALSE(guard.MayMatch(""));
  EXPECT_FALSE(guard.MayMatch("no"));
  // A word at the very end, and a non-ASCII byte after every ASCII one.
  EXPECT_TRUE(guard.MayMatch("they said it was NEVER"));
  EXPECT_TRUE(guard.MayMatch("the court did \xC3\xA9"));
}

TEST(LiteralGuardTest, PassesEveryTextWithNonAsciiBytes) {
  const LiteralGuard guard(RE2("said", CaseInsensitive()));
  EXPECT_FALSE(guard.MayMatch("the minister spoke"));
  // (?i)s also matches U+017F LATIN SMALL LETTER LONG S.
  EXPECT_TRUE(guard.MayMatch("\xC5\xBF" "aid"));
  EXPECT_TRUE(guard.MayMatch("caf\xC3\xA9"));
}

TEST(LiteralGuardTest, PatternsWithoutWordsAlwaysPass) {
  for (const char* pattern : {"\\w+", "[a-z]x?", "(?:a|bcd)"}) {
    const LiteralGuard guard{RE2(pattern)};
    EXPECT_TRUE(guard.words().empty()) << pattern;
    EXPECT_TRUE(guard.MayMatch("")) << pattern;
    EXPECT_TRUE(guard.MayMatch("zzz")) << pattern;
  }
  EXPECT_TRUE(LiteralGuard().MayMatch("anything"));
}

TEST(LiteralGuardTest, FindsWordsAlternativeByAlternative) {
  // RE2's parser factors the shared "d" out of these alternatives, which
  // leaves FilteredRE2 no atom for the whole; each alternative has one.
  const LiteralGuard guard(
      RE2("\\b(?:died|dies|dead|death toll|lost (?:their|his) lives)\\b", CaseInsensitive()));
  EXPECT_THAT(guard.words(), ::testing::ElementsAre("dead", "death toll", "died", "dies",
                                                    "lost his lives", "lost their lives"));
  EXPECT_TRUE(guard.MayMatch("Two people DIED on Monday"));
  EXPECT_TRUE(guard.MayMatch("they lost their lives"));
  EXPECT_FALSE(guard.MayMatch("the weather was mild"));
  EXPECT_FALSE(guard.MayMatch("the death of"));
  // An alternative without a word of its own leaves the pattern without.
  EXPECT_TRUE(LiteralGuard(RE2("(?:died|dead|\\d+)")).words().empty());
  // A repeated group is not split: a match may mix its alternatives.
  EXPECT_TRUE(LiteralGuard(RE2("x(?:died|dead)*y")).words().empty());
  // Named and flagged groups, and a '|' inside a class, are read as such.
  EXPECT_THAT(LiteralGuard(RE2("(?P<verb>died|dead)[|]")).words(),
              ::testing::ElementsAre("dead|", "died|"));
  EXPECT_THAT(LiteralGuard(RE2("(?i:died|dead)")).words(),
              ::testing::ElementsAre("dead", "died"));
}

TEST(LiteralGuardTest, ATextMustHaveAWordOfEverySetThePatternNeeds) {
  const LiteralGuard guard(
      RE2("\\b(?:police|troops) (?:\\w+ ){0,3}(?:fired|shot)\\b", CaseInsensitive()));
  EXPECT_THAT(guard.words(), ::testing::ElementsAre("police ", "troops "));
  EXPECT_TRUE(guard.MayMatch("Police then fired tear gas"));
  EXPECT_TRUE(guard.MayMatch("troops shot"));
  // One word of each set is not yet a match; the guard only says it may be.
  EXPECT_TRUE(guard.MayMatch("shot by troops who"));
  EXPECT_FALSE(guard.MayMatch("police arrived"));
  EXPECT_FALSE(guard.MayMatch("a shot was fired"));
  EXPECT_FALSE(guard.MayMatch("troops arrived"));
}

TEST(LiteralGuardTest, NeverRejectsATextThePatternMatches) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  std::vector<const RE2*> patterns;
  for (const RuleSet::CompiledModality& m : rules->modalities()) patterns.push_back(m.re.get());
  for (const RuleSet::CompiledCarry& c : rules->carries()) patterns.push_back(c.re.get());
  for (const RuleSet::CompiledTrigger& t : rules->triggers()) patterns.push_back(t.re.get());
  const std::string sentences[] = {
      "Three fishermen died when their boat capsized; the death toll rose to nine.",
      "Gunmen stormed the market and shot dead a guard before troops arrested them.",
      "Prosecutors have not yet charged the two men, who were never formally accused.",
      "The ministry denied reports that the envoy was detained without a warrant.",
      "He was convicted of fraud in March and later cleared of all charges.",
      "Police reportedly seized the documents, citing an allegation of bribery.",
      "None of the detainees had been charged with a crime, due to a lack of evidence.",
      "It wasn't clear whether the suspects had been released."};
  int rejected = 0;
  for (const RE2* re : patterns) {
    const LiteralGuard guard(*re);
    for (const std::string& s : sentences) {
      for (size_t b = 0; b < s.size(); b += 3) {
        for (size_t e = b; e <= s.size(); e += 5) {
          const absl::string_view text = absl::string_view(s).substr(b, e - b);
          if (guard.MayMatch(text)) continue;
          ++rejected;
          EXPECT_FALSE(RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re)) << re->pattern() << " on " << text;
        }
      }
    }
  }
  EXPECT_GT(rejected, 1000);
}

TEST(LiteralGuardTest, CountNounGuardsRejectOnlyWordsTheirPatternRejects) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  int guarded = 0;
  for (const RuleSet::CompiledFrame& frame : rules->frames()) {
    if (frame.count_noun == nullptr) continue;
    if (!frame.count_noun_guard.words().empty()) ++guarded;
    for (const char* word : {"gunmen", "Policemen", "people", "the", "three", "Monday",
                             "students", "STUDENTS", "mention", "men", "women", "trucks"}) {
      if (frame.count_noun_guard.MayMatch(word)) continue;
      EXPECT_FALSE(RE2::FullMatch(word, *frame.count_noun)) << frame.type << " " << word;
    }
  }
  EXPECT_GT(guarded, 0);
}

using Spans = std::vector<std::pair<size_t, size_t>>;

// Every match of `\b(?:x)\b` (case-insensitive) in text[from, end), left to
// right, as the extractor's RE2 loop finds them.
Spans Re2Matches(absl::string_view x, absl::string_view text, size_t from, size_t end) {
  RE2 re(absl::StrCat("\\b(?:", x, ")\\b"), CaseInsensitive());
  EXPECT_TRUE(re.ok()) << x;
  Spans out;
  re2::StringPiece input(text.data(), text.size()), m;
  size_t pos = from;
  while (pos < end && re.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    size_t b = m.data() - text.data();
    size_t e = b + m.size();
    if (e == b) {
      pos = b + 1;
      continue;
    }
    out.emplace_back(b, e);
    pos = e;
  }
  return out;
}

Spans ListMatches(const WordListPattern& list, absl::string_view text, size_t from,
                  size_t end) {
  Spans out;
  size_t b = 0, e = 0;
  while (list.FindNext(text, from, end, &b, &e)) {
    out.emplace_back(b, e);
    from = e;
  }
  return out;
}

// Compares the two over every range [from, end) of `text`.
void ExpectSameMatchesEverywhere(absl::string_view x, absl::string_view text) {
  std::unique_ptr<WordListPattern> list = WordListPattern::Parse(x);
  ASSERT_NE(list, nullptr) << x;
  for (size_t from = 0; from <= text.size(); ++from) {
    for (size_t end = from; end <= text.size(); ++end) {
      ASSERT_EQ(ListMatches(*list, text, from, end), Re2Matches(x, text, from, end))
          << "pattern " << x << " in \"" << text << "\" [" << from << ", " << end << ")";
    }
  }
}

TEST(WordListPatternTest, ListsTheStringsInRe2sOrderOfPreference) {
  std::unique_ptr<WordListPattern> list = WordListPattern::Parse("Seiz(?:ed|es)?|took (?:hold|over)");
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->strings(), (std::vector<std::string>{"seized", "seizes", "seiz",
                                                       "took hold", "took over"}));
}

TEST(WordListPatternTest, LeavesEverythingElseToRe2) {
  for (const char* x : {"charged\\s+with", "[a-z]+ed", "seize.", "arrests*", "arrests+",
                        "arrest(?:ed)??", "(?i:arrest)", "(?-i:Arrest)", "(arrest)",
                        "arrest{1,2}", "^arrest", "arrest$", "-arrest", "arrest-",
                        "arrest(?:ed|)|", "(?:ed)?", "arrest\\b", "arrest)", "(?:arrest",
                        "caf\xc3\xa9", "(?:a|b|c|d|e|f|g|h)(?:a|b|c|d|e|f|g|h)(?:a|b|c)"}) {
    EXPECT_EQ(WordListPattern::Parse(x), nullptr) << x;
  }
}

TEST(WordListPatternTest, FindsWhatRe2FindsOnSentencesWithSeveralTriggers) {
  // Repeated triggers, a trigger at the start and at the end, triggers inside
  // longer words (no match), mixed case, hyphens and apostrophes around them.
  const std::string text =
      "Killed: police said two were kill-ed, Rekilled or KILLINGS later; "
      "killing_ them, kills kill";
  ExpectSameMatchesEverywhere("kill(?:ed|ing|ings|s)?", text);
  ExpectSameMatchesEverywhere("kill|killed", text);
}

TEST(WordListPatternTest, FindsWhatRe2FindsWhereStringsOverlap) {
  // Strings that begin at the same word, one a prefix of another, in both
  // orders of preference; phrases across words; a string with a hyphen.
  const std::string text =
      "The guilty verdict, found guilty verdicts and a not guilty verdict: "
      "guilty. Sit-ins and a sit-in, sit-inside. Air strikes, airstrike strike";
  ExpectSameMatchesEverywhere("guilty|guilty verdict", text);
  ExpectSameMatchesEverywhere("guilty verdict|guilty", text);
  ExpectSameMatchesEverywhere("found guilty|guilty verdict|not guilty verdict", text);
  ExpectSameMatchesEverywhere("sit-ins?", text);
  ExpectSameMatchesEverywhere("(?:air )?strikes?|strike", text);
}

// Checks `list`, parsed from the X of `re` (\b(?:X)\b), against RE2 on a
// text holding each of its strings in several cases and surroundings, and
// glued to letters on either side.
void ExpectShippedListMatchesAsRe2Does(const RE2& re, const WordListPattern& list) {
  std::string text;
  for (const std::string& s : list.strings()) {
    std::string upper = absl::AsciiStrToUpper(s);
    absl::StrAppend(&text, "Then ", s, " and ", upper, ", x", s, " ", s, "s (", s, ") ");
  }
  std::string x = re.pattern();
  ASSERT_TRUE(absl::StartsWith(x, "\\b(?:") && absl::EndsWith(x, ")\\b")) << x;
  x = x.substr(5, x.size() - 5 - 3);
  std::unique_ptr<WordListPattern> parsed = WordListPattern::Parse(x);
  ASSERT_NE(parsed, nullptr) << x;
  EXPECT_EQ(parsed->strings(), list.strings()) << x;
  EXPECT_EQ(ListMatches(list, text, 0, text.size()), Re2Matches(x, text, 0, text.size())) << x;
  EXPECT_FALSE(ListMatches(list, text, 0, text.size()).empty()) << x;
}

// Checks every rule of `compiled` (triggers or categories of the shipped
// rules) that is a word list; returns how many are.
template <typename Compiled>
int ExpectShippedListsMatchAsRe2Does(const std::vector<Compiled>& compiled) {
  int lists = 0;
  for (const Compiled& c : compiled) {
    if (c.words == nullptr) continue;
    ++lists;
    ExpectShippedListMatchesAsRe2Does(*c.re, *c.words);
  }
  return lists;
}

TEST(WordListPatternTest, ShippedTriggersThatAreListsMatchAsRe2Does) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  EXPECT_GE(ExpectShippedListsMatchAsRe2Does(rules->triggers()), 5);
}

TEST(WordListPatternTest, ShippedCategoriesThatAreListsMatchAsRe2Does) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  EXPECT_GE(ExpectShippedListsMatchAsRe2Does(rules->categories()), 1);
}

TEST(RuleSetTest, LoadsShippedRules) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::Load("claims/rules"));
  EXPECT_GE(rules->frames().size(), 9u);
  EXPECT_FALSE(rules->categories().empty());
  EXPECT_FALSE(rules->attributions().empty());
  EXPECT_FALSE(rules->lexicon().titles().empty());
}

TEST(RuleSetTest, TriggerSetPrefilters) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  std::vector<int> hits = rules->MatchTriggers("Soldiers detained the driver.");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(rules->frames()[rules->triggers()[hits[0]].frame].type, "Justice:Arrest-Jail");
  EXPECT_TRUE(rules->MatchTriggers("The orchestra played Mozart.").empty());
}

// MatchSentence(s), after checking each of its lists against the separate
// pass (or the patterns run one by one) that gives it.
RuleSet::SentenceHits ExpectMatchSentenceAsSeparatePasses(const RuleSet& rules,
                                                         absl::string_view s) {
  RuleSet::SentenceHits hits = rules.MatchSentence(s);
  EXPECT_EQ(hits.triggers, rules.MatchTriggers(s)) << s;
  EXPECT_EQ(hits.categories, rules.MatchCategories(s)) << s;
  EXPECT_EQ(hits.attributes, rules.MatchAttributes(s)) << s;
  EXPECT_EQ(hits.attributions, rules.MatchAttributions(s)) << s;
  EXPECT_EQ(hits.carries, rules.MatchCarries(s)) << s;
  EXPECT_EQ(hits.roles, rules.MatchRoles(s)) << s;
  std::vector<int> modalities;
  for (size_t m = 0; m < rules.modalities().size(); ++m) {
    if (rules.modalities()[m].window <= 0 &&
        RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *rules.modalities()[m].re)) {
      modalities.push_back(m);
    }
  }
  EXPECT_EQ(hits.sentence_modalities, modalities) << s;
  return hits;
}

TEST(RuleSetTest, MatchSentenceAgreesWithTheSeparatePasses) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  for (absl::string_view s : {
           "Soldiers detained the driver on bribery charges, a spokesman said.",
           "According to court papers, the mayor was acquitted of fraud.",
           "The choir, which hails from Lyon, sang for an hour.",
           "The orchestra played Mozart.",
           "",
       }) {
    RuleSet::SentenceHits hits = ExpectMatchSentenceAsSeparatePasses(*rules, s);
    EXPECT_EQ(hits.any(), !hits.triggers.empty() || !hits.categories.empty() ||
                              !hits.attributes.empty()) << s;
  }
  RuleSet::SentenceHits hit = rules->MatchSentence("Police arrested him, officials said.");
  EXPECT_TRUE(hit.any());
  EXPECT_FALSE(hit.attributions.empty());
  EXPECT_FALSE(rules->MatchSentence("The orchestra played Mozart.").any());
}

// The word pre-filters drop only rules that cannot match: on every sentence
// of real articles (the bundled example's), and on each sentence upper- and
// lower-cased, MatchSentence gives what the separate passes give.
TEST(RuleSetTest, MatchSentenceAgreesWithTheSeparatePassesOnArticles) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  int sentences = 0, with_hits = 0;
  for (const char* name : {"reuters", "jamestown", "voa", "washingtonpost"}) {
    ASSERT_OK_AND_ASSIGN(std::string text,
                         ReadFile(absl::StrCat("examples/iraq-pmf/", name, ".txt")));
    for (absl::string_view line : absl::StrSplit(text, absl::ByAnyChar(".\n"))) {
      for (const std::string& s : {std::string(line), absl::AsciiStrToUpper(line),
                                   absl::AsciiStrToLower(line)}) {
        ++sentences;
        if (ExpectMatchSentenceAsSeparatePasses(*rules, s).any()) ++with_hits;
      }
    }
  }
  EXPECT_GT(sentences, 500);
  EXPECT_GT(with_hits, 100);
}

TEST(RuleSetTest, MatchSentenceIntoReusedHitsReplacesEveryList) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  RuleSet::SentenceHits reused;
  // A sentence with many hits, then ones with fewer or none: nothing of an
  // earlier sentence may stay behind.
  for (absl::string_view s : {
           "Rebels reportedly attacked a convoy and killed two guards, police said on Sunday.",
           "The orchestra played Mozart.",
           "Officials say the ex-minister was charged with bribery.",
           "He was jailed for embezzlement, the newspaper reported.",
           "",
           "A quiet day in the garden.",
       }) {
    rules->MatchSentence(s, &reused);
    const RuleSet::SentenceHits fresh = rules->MatchSentence(s);
    EXPECT_EQ(reused.triggers, fresh.triggers) << s;
    EXPECT_EQ(reused.categories, fresh.categories) << s;
    EXPECT_EQ(reused.attributes, fresh.attributes) << s;
    EXPECT_EQ(reused.attributions, fresh.attributions) << s;
    EXPECT_EQ(reused.carries, fresh.carries) << s;
    EXPECT_EQ(reused.roles, fresh.roles) << s;
    EXPECT_EQ(reused.sentence_modalities, fresh.sentence_modalities) << s;
    EXPECT_EQ(reused.attributions, rules->MatchAttributions(s)) << s;
    EXPECT_EQ(reused.carries, rules->MatchCarries(s)) << s;
  }
  rules->MatchSentence("The orchestra played Mozart.", &reused);
  EXPECT_FALSE(reused.any());
  EXPECT_TRUE(reused.attributions.empty());
  EXPECT_TRUE(reused.sentence_modalities.empty());
}

TEST(RuleSetTest, MatchSentenceFindsTheSentenceWideModalityRules) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Justice:Fine" triggers { pattern: "fined" lemma: "fine" } roles: "time" }
    modalities { pattern: "\\bsupposedly\\b" modality: 3 }
    modalities { pattern: "\\bnot\\s*$" modality: 5 window: 30 }
    modalities { pattern: "^Rumou?r" modality: 6 }
    modalities { pattern: "\\b(?:refused|rebuffed)$" modality: 4 }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  for (absl::string_view s : {
           "The club was supposedly fined.",
           "SUPPOSEDLY the club was fined, a claim the league rebuffed",
           "Rumours say the club was not fined.",
           "The club said rumours were wrong and it was not fined",
           "The league refused",
           "",
       }) {
    std::vector<int> expected;
    for (size_t i = 0; i < rules->modalities().size(); ++i) {
      if (rules->modalities()[i].window <= 0 &&
          RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *rules->modalities()[i].re)) {
        expected.push_back(i);
      }
    }
    EXPECT_EQ(rules->MatchSentence(s).sentence_modalities, expected) << s;
  }
  EXPECT_THAT(rules->MatchSentence("SUPPOSEDLY the club was fined, a claim the league rebuffed")
                  .sentence_modalities,
              ::testing::ElementsAre(0, 3));
  EXPECT_THAT(rules->MatchSentence("The club was not fined").sentence_modalities,
              ::testing::IsEmpty());
}

TEST(RuleSetTest, FrameHasRoleAgreesWithItsRoles) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames {
      type: "Conflict:Siege"
      triggers { pattern: "besieged" lemma: "besiege" }
      roles: "place"
      roles: "instrument"
      role_patterns { role: "agent" side: BEFORE pattern: "(?P<value>\\w+)\\s+$" }
    }
    frames { type: "Life:Marry" triggers { pattern: "married" lemma: "marry" } roles: "person" roles: "time" roles: "count" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  ASSERT_EQ(rules->frames().size(), 2u);
  for (const RuleSet::CompiledFrame& frame : rules->frames()) {
    for (absl::string_view role :
         {"time", "place", "count", "person", "instrument", "agent", "crime", ""}) {
      EXPECT_EQ(frame.HasRole(role), frame.roles.contains(role)) << frame.type << " " << role;
    }
  }
  const RuleSet::CompiledFrame& siege = rules->frames()[0];
  EXPECT_TRUE(siege.has_place && siege.has_instrument && siege.HasRole("agent"));
  EXPECT_FALSE(siege.has_time || siege.has_count || siege.has_person);
  const RuleSet::CompiledFrame& marry = rules->frames()[1];
  EXPECT_TRUE(marry.has_person && marry.has_time && marry.has_count);
  EXPECT_FALSE(marry.has_place || marry.has_instrument || marry.HasRole("agent"));
}

TEST(RuleSetTest, NextPossibleHitSkipsOnlySentencesWithoutHits) {
  const RuleSet* rules = ShippedRules();
  ASSERT_NE(rules, nullptr);
  std::vector<std::string> sentences = {
      "The orchestra played Mozart.", "Rain is expected on the coast.",
      "Police detained two men.", "The museum reopened.",
      "She was acquitted of fraud.", "Prices rose again."};
  std::string joined;
  std::vector<std::pair<int64_t, int64_t>> ranges;
  for (const std::string& s : sentences) {
    int64_t b = joined.size();
    joined += s + "\n";
    ranges.push_back({b, b + static_cast<int64_t>(s.size())});
  }
  int64_t next_hit = -1;
  std::vector<int> kept;
  for (size_t i = 0; i < ranges.size(); ++i) {
    if (next_hit < ranges[i].first) next_hit = rules->NextPossibleHit(joined, ranges[i].first);
    bool skipped = ranges[i].second < next_hit;
    EXPECT_FALSE(skipped && rules->MatchSentence(sentences[i]).any()) << sentences[i];
    if (!skipped) kept.push_back(i);
  }
  EXPECT_THAT(kept, ::testing::ElementsAre(2, 4));
  EXPECT_EQ(rules->NextPossibleHit(joined, ranges[5].first),
            static_cast<int64_t>(joined.size()) + 1);
}

TEST(RuleSetTest, NextPossibleHitDoesNotSkipWhenAPatternIsAnchored) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Business:Merge-Org" triggers { pattern: "merg(?:e|ed|er)" lemma: "merge" } roles: "time" }
    attributes { attribute: "founded" pattern: "^Founded in (?P<value>\\d{4})" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  std::string joined = "The sun shone.\nFounded in 1901, it grew.\n";
  EXPECT_EQ(rules->NextPossibleHit(joined, 0), 0);
  EXPECT_EQ(rules->NextPossibleHit(joined, 15), 15);
  EXPECT_TRUE(rules->MatchSentence("Founded in 1901, it grew.").any());
}

TEST(RuleSetTest, MatchCarriesListsEveryRuleWhoseWordsAreThere) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    carries { pattern: "\\b(?i:on suspicion of|charged (?:\\w+ ){0,2}with)\\b" roles: "crime" }
    carries { pattern: "\\b(?i:owing to|in protest at)\\b" roles: "reason" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_THAT(rules->MatchCarries("She was held On Suspicion of theft."), testing::ElementsAre(0));
  EXPECT_THAT(rules->MatchCarries("He was charged late on Friday with theft."),
              testing::ElementsAre(0));
  EXPECT_THAT(rules->MatchCarries("The march, in protest at the ruling, was charged with energy."),
              testing::ElementsAre(0, 1));
  EXPECT_THAT(rules->MatchCarries("owing to the weather"), testing::ElementsAre(1));
  EXPECT_TRUE(rules->MatchCarries("The committee met on Friday.").empty());
  EXPECT_TRUE(rules->MatchSentence("The committee met on Friday.").carries.empty());
  EXPECT_THAT(rules->MatchSentence("He was charged with theft.").carries,
              testing::ElementsAre(0));
}

TEST(RuleSetTest, ACountCarryMakesItsSentenceReadAndNeedsAValueGroup) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Conflict:Demonstrate" triggers { pattern: "marched" lemma: "march" } roles: "count" }
    carries { pattern: "\\b(?i:said)\\s+(?P<value>\\d+)\\." roles: "count" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_EQ(rules->carries()[0].value_group, 1);
  EXPECT_TRUE(rules->MatchSentence("The police said 150.").any());
  EXPECT_FALSE(rules->MatchSentence("The police said nothing.").any());
  std::string joined = "The sun shone.\nThe police said 150.\n";
  EXPECT_EQ(rules->NextPossibleHit(joined, 0), static_cast<int64_t>(joined.find("said")));

  rules::RuleFile no_group;
  ASSERT_OK(ParseTextProto(R"pb(
    carries { pattern: "\\b(?i:said)\\s+\\d+\\." roles: "count" }
  )pb", "attribution.textproto", &no_group));
  EXPECT_THAT(RuleSet::FromProto(no_group, "attribution.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("attribution.textproto")));
}

TEST(RuleSetTest, MatchRolesListsEveryPatternWhoseWordsAreThere) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames {
      type: "Justice:Fine"
      triggers { pattern: "fined" lemma: "fine" }
      role_patterns { role: "agent" side: BEFORE
                      pattern: "(?P<value>(?i:regulators?|watchdog))\\s+$" }
      role_patterns { role: "reason" side: AFTER pattern: "^\\s+(?P<value>\\w+)" }
    }
    frames {
      type: "Justice:Sue"
      triggers { pattern: "sued" lemma: "sue" }
      role_patterns { role: "agent" side: BEFORE
                      pattern: "(?P<value>(?:\\w+\\s+)?(?i:plaintiffs?))\\s+$" }
    }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  ASSERT_EQ(rules->frames()[1].role_patterns[0].index, 2);
  // Every pattern that matches the text or a part of it is listed.
  for (absl::string_view s : {"The WATCHDOG fined the bank for lapses.",
                              "Two plaintiffs sued; a regulator fined them.",
                              "The club was fined.", ""}) {
    const std::vector<int> listed = rules->MatchRoles(s);
    EXPECT_EQ(rules->MatchSentence(s).roles, listed) << s;
    for (const RuleSet::CompiledFrame& frame : rules->frames()) {
      for (const RuleSet::CompiledRole& role : frame.role_patterns) {
        for (size_t b = 0; b <= s.size(); ++b) {
          for (size_t e = b; e <= s.size(); ++e) {
            if (RE2::PartialMatch(re2::StringPiece(s.data() + b, e - b), *role.re)) {
              EXPECT_THAT(listed, testing::Contains(role.index)) << s << " " << role.index;
            }
          }
        }
      }
    }
  }
  // A pattern whose words are all missing is not listed; one without words
  // (the "reason" pattern, any word after the trigger) always is.
  EXPECT_THAT(rules->MatchRoles("The club was fined for doping."), testing::ElementsAre(1));
  EXPECT_THAT(rules->MatchRoles("Plaintiffs sued."), testing::ElementsAre(1, 2));
}

TEST(RuleSetTest, AddingAFrameIsData) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Business:Merge-Org" triggers { pattern: "merg(?:e|ed|er)" lemma: "merge" } roles: "time" }
    categories { key: "antitrust" role: "reason" patterns: "antitrust|competition concerns" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_EQ(rules->MatchTriggers("The banks merged.").size(), 1u);
  EXPECT_EQ(rules->MatchCategories("citing competition concerns").size(), 1u);
}

TEST(RuleSetTest, RulesWithAccentedLettersMatchTheNormalisedText) {
  // The text rules match has its Latin letters folded (NormalizeForMatching);
  // a rule file written with accents is read the same way.
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Justice:Arrest-Jail" triggers { pattern: "arrest\u00f3|detuvo" lemma: "arrest" } roles: "time" }
    categories { key: "extortion" role: "crime" patterns: "extorsi\u00f3n" }
    lexicon { org_heads: "Gendarmer\u00eda" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  const std::string article = "La polic\xC3\xAD" "a arrest\xC3\xB3 a dos hombres por extorsi\xC3\xB3n.";
  const std::string text = NormalizeForMatching(article).text;
  EXPECT_EQ(rules->MatchTriggers(text).size(), 1u);
  EXPECT_EQ(rules->MatchCategories(text).size(), 1u);
  EXPECT_THAT(rules->lexicon().org_heads(), ::testing::ElementsAre("Gendarmeria"));
  // Without the accent the rule still matches what it matched before.
  EXPECT_EQ(rules->MatchTriggers("Police detuvo two men.").size(), 1u);
}

TEST(RuleSetTest, BroaderCategoriesResolvedTransitively) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    categories { key: "fine" role: "penalty" patterns: "fined" broader: "monetary penalty" }
    categories { key: "monetary penalty" role: "penalty" patterns: "penalty" broader: "sanction" }
    categories { key: "sanction" role: "penalty" patterns: "sanctioned" }
    categories { key: "warning" role: "penalty" patterns: "warned" broader: "sanction" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_THAT(rules->categories()[0].broader,
              ::testing::UnorderedElementsAre("monetary penalty", "sanction"));
  EXPECT_THAT(rules->categories()[2].broader, ::testing::IsEmpty());
  EXPECT_THAT(rules->categories()[3].broader, ::testing::ElementsAre("sanction"));
}

TEST(RuleSetTest, BroaderMustNameACategoryOfTheSameRole) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    categories { key: "fine" role: "penalty" patterns: "fined" broader: "sanction" }
    categories { key: "sanction" role: "crime" patterns: "sanctioned" }
  )pb", "tax.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "tax.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("tax.textproto: category \"fine\" has broader \"sanction\", "
                                 "which is no penalty category")));
}

TEST(RuleSetTest, BroaderCycleIsAnError) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    categories { key: "a" role: "reason" patterns: "aa" broader: "b" }
    categories { key: "b" role: "reason" patterns: "bb" broader: "a" }
  )pb", "tax.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "tax.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("category \"a\" is broader than itself")));
}

TEST(RuleSetTest, CueRulesSayWhatWordsAfterACueMakeNoSpeech) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    cues { cue: "Noted" not_before: "\\s+(?:a|the)\\s+(?:rise|fall)\\b" }
  )pb", "attribution.textproto", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "attribution.textproto"));
  EXPECT_TRUE(rules->CueIsNoSpeech("noted", " a rise in arrests"));
  EXPECT_TRUE(rules->CueIsNoSpeech("NOTED", " the fall of the town"));
  EXPECT_FALSE(rules->CueIsNoSpeech("noted", " that the arrests rose"));
  EXPECT_FALSE(rules->CueIsNoSpeech("said", " a rise in arrests"));
}

TEST(RuleSetTest, ACueRuleNeedsACueAndNotBefore) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(cues { cue: "added" })pb", "attribution.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "attribution.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("attribution.textproto: cue rule \"added\" needs a cue and "
                                 "not_before")));
  rules::RuleFile bad;
  ASSERT_OK(ParseTextProto(R"pb(cues { cue: "added" not_before: "(" })pb",
                           "attribution.textproto", &bad));
  EXPECT_THAT(RuleSet::FromProto(bad, "attribution.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("attribution.textproto")));
}

TEST(RuleSetTest, ParticipantTypesSayWhatMayBeAParticipant) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Life:Die" triggers { pattern: "died" } participant_types: "person" }
    frames { type: "Justice:Arrest-Jail" triggers { pattern: "arrested" } }
  )pb", "frames.textproto", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "frames.textproto"));
  EXPECT_TRUE(rules->frames()[0].TakesParticipant(PERSON));
  EXPECT_FALSE(rules->frames()[0].TakesParticipant(ORGANIZATION));
  EXPECT_FALSE(rules->frames()[0].TakesParticipant(LOCATION));
  EXPECT_TRUE(rules->frames()[1].TakesParticipant(PERSON));
  EXPECT_TRUE(rules->frames()[1].TakesParticipant(ORGANIZATION));
  EXPECT_FALSE(rules->frames()[1].TakesParticipant(LOCATION));
}

TEST(RuleSetTest, UnknownParticipantTypeIsAnError) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Life:Die" triggers { pattern: "died" } participant_types: "animal" }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame Life:Die has participant type "
                                 "\"animal\"; expected \"person\" or \"organization\"")));
}

TEST(RuleSetTest, RefersToMustNameAFrameType) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Justice:Trial-Hearing" triggers { pattern: "trial" } refers_to: "Justice:Convict" }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame Justice:Trial-Hearing refers to "
                                 "\"Justice:Convict\", which is the type of no frame")));
  rules::RuleFile more;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Justice:Convict" triggers { pattern: "convicted" } }
  )pb", "more.textproto", &more));
  file.MergeFrom(more);
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_THAT(rules->frames()[0].refers_to, ::testing::ElementsAre("Justice:Convict"));
  EXPECT_TRUE(rules->frames()[0].RefersTo(rules->frames()[1]));
  EXPECT_FALSE(rules->frames()[1].RefersTo(rules->frames()[0]));
  EXPECT_FALSE(rules->frames()[0].RefersTo(rules->frames()[0]));
}

TEST(RuleSetTest, CategoriesOfPatternRolesClassifyPhrases) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Conflict:Attack" triggers { pattern: "attacked" }
             role_patterns { role: "agent" side: BEFORE pattern: "(?P<value>\\w+)\\s+$" } }
    categories { key: "gunfire" role: "instrument" patterns: "gunfire" }
    categories { key: "force" role: "agent" patterns: "troops|forces" }
    categories { key: "police" role: "agent" broader: "force" patterns: "police(?: officers)?" }
  )pb", "rules.textproto", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "rules.textproto"));
  // Agent categories are not looked for in sentences.
  ASSERT_EQ(rules->categories().size(), 1u);
  EXPECT_EQ(rules->categories()[0].key, "gunfire");
  EXPECT_TRUE(rules->MatchCategories("the police came").empty());
  // They classify a phrase by its last words.
  const RuleSet::CompiledCategory* police =
      rules->PhraseCategory("agent", "plainclothes police officers");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->key, "police");
  EXPECT_THAT(police->broader, ::testing::ElementsAre("force"));
  EXPECT_EQ(rules->PhraseCategory("agent", "police"), police);
  EXPECT_EQ(rules->PhraseCategory("agent", "police chiefs"), nullptr);
  EXPECT_EQ(rules->PhraseCategory("agent", "the militia"), nullptr);
  EXPECT_EQ(rules->PhraseCategory("instrument", "gunfire"), nullptr);
}

TEST(RuleSetTest, ACarrysTypesMustBeFrameTypes) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Conflict:Demonstrate" triggers { pattern: "marched" } }
    carries { pattern: "(?P<value>\\d+) took part" roles: "count" types: "Conflict:Rally" }
  )pb", "rules.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "rules.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("rules.textproto: a carry names type \"Conflict:Rally\", "
                                 "which is the type of no frame")));
  file.mutable_carries(0)->set_types(0, "Conflict:Demonstrate");
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "rules.textproto"));
  EXPECT_TRUE(rules->carries()[0].CarriesTo("Conflict:Demonstrate"));
  EXPECT_FALSE(rules->carries()[0].CarriesTo("Justice:Arrest-Jail"));
}

TEST(RuleSetTest, OccasionOfMustNameAFrameType) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Conflict:Attack"
             triggers { pattern: "fired tear gas" occasion_of: "Conflict:Riot" } }
    frames { type: "Conflict:Demonstrate" triggers { pattern: "marched" } }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: a trigger of frame Conflict:Attack names "
                                 "occasion_of \"Conflict:Riot\", which is the type of no frame")));
  file.mutable_frames(0)->mutable_triggers(0)->set_occasion_of(0, "Conflict:Demonstrate");
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "frames.textproto"));
  EXPECT_THAT(rules->triggers()[0].occasion_of, ::testing::ElementsAre("Conflict:Demonstrate"));
  EXPECT_TRUE(rules->triggers()[1].occasion_of.empty());
}

TEST(RuleSetTest, RequiresReferentNeedsRefersTo) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Conflict:Demonstrate" triggers { pattern: "put the crowd at" }
             requires_referent: true }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame Conflict:Demonstrate requires a "
                                 "referent but refers to no type")));
}

TEST(RuleSetTest, ReportsBadPatternWithFileAndRule) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "(unclosed" } }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame X:Y trigger: bad pattern")));
}

TEST(RuleSetTest, ReportsBadNotAfterPatternWithFileAndRule) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "charged" not_after: "mood(" } }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame X:Y trigger not_after: bad pattern")));
}

TEST(RuleSetTest, RolePatternNeedsValueGroup) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "go" }
             role_patterns { role: "agent" side: BEFORE pattern: "(\\w+)$" } }
  )pb", "f.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "f.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("has no (?P<value>...) group")));
}

TEST(RuleSetTest, ARolePatternsLemmasMustBeLemmasOfTheFramesTriggers) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Life:Die" triggers { pattern: "killed" lemma: "kill" }
             triggers { pattern: "died" lemma: "die" }
             role_patterns { role: "agent" side: BEFORE lemmas: "kill"
                             pattern: "(?P<value>\\w+) $" } }
  )pb", "f.textproto", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "f.textproto"));
  EXPECT_THAT(rules->frames()[0].role_patterns[0].lemmas, ::testing::ElementsAre("kill"));
  file.mutable_frames(0)->mutable_role_patterns(0)->add_lemmas("murder");
  EXPECT_THAT(RuleSet::FromProto(file, "f.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("f.textproto: frame Life:Die role agent: lemma \"murder\" is "
                                 "the lemma of none of the frame's triggers")));
}

TEST(RuleSetTest, LoadNamesFileAndLineOfBadPattern) {
  std::string dir = JoinPath(::testing::TempDir(), "bad_pattern_rules");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "frames.textproto"),
                                "frames {\n"
                                "  type: \"X:Y\"\n"
                                "  triggers { pattern: \"go\" }\n"
                                "  triggers { pattern: \"(unclosed\" }\n"
                                "}\n"));
  EXPECT_THAT(RuleSet::Load(dir),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto:4: pattern: bad pattern \"(unclosed\"")));
}

TEST(RuleSetTest, ReportsBadFollowedByPatternWithFileAndRule) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "booked" followed_by: " under(" } }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame X:Y trigger followed_by: bad pattern")));
}

TEST(RuleSetTest, ReportsATriggerTakingARoleItsFrameHasNot) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames {
      type: "X:Y"
      roles: "agent"
      triggers { pattern: "drone" only_roles: "agent" only_roles: "crime" }
    }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame X:Y trigger \"drone\" takes only "
                                 "role \"crime\", which is no role of the frame")));
}

// A document pattern given by several triggers is one RE2, so that a
// document is searched once for it.
TEST(RuleSetTest, TriggersShareEachDistinctDocumentPattern) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames {
      type: "X:Y"
      triggers { pattern: "the strike" after_in_document: "air strike" }
      triggers { pattern: "the drone" after_in_document: "air strike" }
    }
    frames {
      type: "X:Z"
      triggers { pattern: "the strike" not_after_in_document: "air strike" }
      triggers { pattern: "the raid" not_after_in_document: "police raid" }
    }
  )pb", "frames.textproto", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules,
                       RuleSet::FromProto(file, "frames.textproto"));
  ASSERT_EQ(rules->triggers().size(), 4u);
  const RE2* air = rules->triggers()[0].after_in_document;
  ASSERT_NE(air, nullptr);
  EXPECT_EQ(air->pattern(), "air strike");
  EXPECT_EQ(rules->triggers()[1].after_in_document, air);
  EXPECT_EQ(rules->triggers()[2].not_after_in_document, air);
  ASSERT_NE(rules->triggers()[3].not_after_in_document, nullptr);
  EXPECT_NE(rules->triggers()[3].not_after_in_document, air);
  EXPECT_EQ(rules->triggers()[3].after_in_document, nullptr);
}

TEST(RuleSetTest, ReportsBadDocumentPatternsWithFileAndRule) {
  for (const char* field : {"after_in_document", "not_after_in_document"}) {
    rules::RuleFile file;
    ASSERT_OK(ParseTextProto(
        absl::StrCat("frames { type: \"X:Y\" triggers { pattern: \"strike\" ", field,
                     ": \"air(\" } }"),
        "frames.textproto", &file));
    EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         HasSubstr(absl::StrCat("frames.textproto: frame X:Y trigger ", field,
                                                ": bad pattern"))));
  }
}

TEST(RuleSetTest, WordListsStandForTheirWordsInEveryPatternField) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    word_lists { name: "crowd" words: [ "protesters", "march(?:ers|es)" ] }
    frames {
      type: "Conflict:Attack"
      triggers { pattern: "fired on (?:the )?{{crowd}}" lemma: "attack"
                 not_after: "{{crowd}} $" followed_by: " {{crowd}}" }
      count_noun: "{{crowd}}|people"
    }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_EQ(rules->MatchTriggers("Troops fired on the marchers.").size(), 1u);
  EXPECT_EQ(rules->MatchTriggers("Troops fired on protesters.").size(), 1u);
  EXPECT_EQ(rules->MatchTriggers("Troops fired on the workers.").size(), 0u);
  const RE2& count_noun = *rules->frames()[0].count_noun;
  EXPECT_TRUE(RE2::FullMatch("marchers", count_noun));
  EXPECT_TRUE(RE2::FullMatch("people", count_noun));
  EXPECT_FALSE(RE2::FullMatch("workers", count_noun));
  const RE2& not_after = *rules->triggers()[0].not_after;
  EXPECT_TRUE(RE2::PartialMatch("the protesters ", not_after));
  EXPECT_FALSE(RE2::PartialMatch("the {{crowd}} ", not_after));
  const RE2& followed_by = *rules->triggers()[0].followed_by;
  EXPECT_TRUE(RE2::PartialMatch(" marches", followed_by));
}

TEST(RuleSetTest, CountedKindsNameTheKindOfTheirCountedNouns) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    word_lists { name: "forces" words: [ "officers", "soldiers" ] }
    frames {
      type: "Life:Injure"
      triggers { pattern: "injured" lemma: "injure" }
      counted_kinds { kind: "force injuries" count_noun: "(?:[a-z]+ )?{{forces}}" }
      counted_kinds { kind: "civilian injuries" count_noun: "villagers|residents" }
    }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  const RuleSet::CompiledFrame& frame = rules->frames()[0];
  EXPECT_EQ(frame.KindOfCounted("officers"), "force injuries");
  EXPECT_EQ(frame.KindOfCounted("police officers"), "force injuries");
  EXPECT_EQ(frame.KindOfCounted("villagers"), "civilian injuries");
  // Matched whole: neither a part of a word nor a noun of no kind.
  EXPECT_EQ(frame.KindOfCounted("residents'"), "");
  EXPECT_EQ(frame.KindOfCounted("people"), "");
  EXPECT_EQ(frame.KindOfCounted(""), "");

  rules::RuleFile bad;
  ASSERT_OK(ParseTextProto(R"pb(
    frames {
      type: "Life:Injure"
      triggers { pattern: "injured" }
      counted_kinds { count_noun: "officers" }
    }
  )pb", "frames.textproto", &bad));
  EXPECT_THAT(RuleSet::FromProto(bad, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame Life:Injure has a counted kind "
                                 "without a kind")));
  bad.mutable_frames(0)->mutable_counted_kinds(0)->set_kind("force injuries");
  bad.mutable_frames(0)->mutable_counted_kinds(0)->set_count_noun("officers(");
  EXPECT_THAT(RuleSet::FromProto(bad, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("counted kind force injuries")));
}

TEST(RuleSetTest, ACarryCueFollowedByItsNotBeforeIsInAnotherSense) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    word_lists { name: "force" words: [ "batons", "tear gas" ] }
    carries { pattern: "\\bcharged with\\b" roles: "crime" not_before: "\\s*(?:{{force}})\\b" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  const RuleSet::CompiledCarry& carry = rules->carries()[0];
  EXPECT_FALSE(carry.CueBefore(" batons on Monday"));
  EXPECT_FALSE(carry.CueBefore(" Tear gas"));
  EXPECT_TRUE(carry.CueBefore(" rioting"));
  EXPECT_TRUE(carry.CueBefore(" assault with batons"));

  file.mutable_carries(0)->set_not_before("(batons");
  EXPECT_THAT(RuleSet::FromProto(file, "attribution.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("attribution.textproto: carry not_before")));
}

TEST(RuleSetTest, AWordListServesThePatternsOfEveryFileOfTheDirectory) {
  std::string dir = JoinPath(::testing::TempDir(), "word_list_rules");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "words.textproto"),
                                "word_lists { name: \"held\" words: \"detainees\" "
                                "words: \"inmates\" }\n"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "frames.textproto"),
                                "frames {\n"
                                "  type: \"Justice:Release-Parole\"\n"
                                "  triggers { pattern: \"freed (?:\\\\d+ )?{{held}}\" }\n"
                                "}\n"));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::Load(dir));
  EXPECT_EQ(rules->MatchTriggers("The army freed 12 inmates.").size(), 1u);
  EXPECT_EQ(rules->MatchTriggers("The army freed the town.").size(), 0u);
}

TEST(RuleSetTest, LoadNamesFileAndLineOfAnUnknownWordList) {
  std::string dir = JoinPath(::testing::TempDir(), "unknown_word_list_rules");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "frames.textproto"),
                                "word_lists { name: \"people\" words: \"men\" }\n"
                                "frames {\n"
                                "  type: \"X:Y\"\n"
                                "  triggers { pattern: \"shot {{peple}}\" }\n"
                                "}\n"));
  EXPECT_THAT(RuleSet::Load(dir),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto:4: pattern: no word list is named \"peple\"")));
}

TEST(RuleSetTest, BadWordListsAreErrorsNamingTheList) {
  struct Case {
    std::string text;
    std::string error;
  };
  const std::vector<Case> cases = {
      {R"pb(word_lists { name: "people" words: "men" }
            word_lists { name: "people" words: "women" })pb",
       "inline: word list \"people\" is defined twice"},
      {R"pb(word_lists { name: "People" words: "men" })pb",
       "inline: word list \"People\": a name is lower-case letters, digits and '_'"},
      {R"pb(word_lists { name: "people" })pb", "inline: word list \"people\" has no words"},
      {R"pb(word_lists { name: "people" words: "m(en" })pb",
       "inline: word list \"people\": bad word \"m(en\""},
      {R"pb(word_lists { name: "people" words: "men" }
            frames { type: "X:Y" triggers { pattern: "shot {{people" } })pb",
       "inline: pattern: \"{{\" without \"}}\""},
  };
  for (const Case& c : cases) {
    rules::RuleFile file;
    ASSERT_OK(ParseTextProto(c.text, "inline", &file));
    EXPECT_THAT(RuleSet::FromProto(file, "inline"),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(c.error)))
        << c.text;
  }
}

TEST(RuleSetTest, MissingDirectoryIsNotFound) {
  EXPECT_THAT(RuleSet::Load("claims/no_rules_here"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("claims/no_rules_here")));
}

}  // namespace
}  // namespace xref

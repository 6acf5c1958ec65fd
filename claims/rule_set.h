// The compiled rule set of the extractor: frames, taxonomy, attribution,
// modality, carry and attribute rules and the entity lexicon, loaded from
// every `*.textproto` of a rules directory except `gazetteer.textproto`.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<RuleSet> rules, RuleSet::Load("claims/rules"));
//   std::vector<int> hits = rules->MatchTriggers(sentence);   // one RE2::Set pass
//
// All patterns are compiled once; the object is immutable and safe to share
// across threads.

#ifndef XREF_CLAIMS_RULE_SET_H_
#define XREF_CLAIMS_RULE_SET_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/anchor_noun.h"
#include "claims/literal_scanner.h"
#include "claims/split_capture.h"
#include "claims/word_start_filter.h"
#include "proto/claim.pb.h"
#include "proto/rules.pb.h"
#include "re2/filtered_re2.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace xref {

// A cheap necessary condition for one compiled pattern to match somewhere in
// a text: the words (re2::FilteredRE2 atoms, at least 2 bytes) of which
// every match contains one, and up to three further such sets when a match
// needs several words together ("police ... fired"). MayMatch(text) is false
// only when `text` is all ASCII and lacks every word of one of the sets
// (compared ASCII case-insensitively), which proves that the pattern has no
// match inside `text`, whatever surrounds it; true proves nothing. Lets a
// caller skip an RE2 call, which costs several hundred instructions even on
// a short text, where the pattern cannot match.
// A pattern without such words (FilteredRE2 cannot filter it) gets a guard
// that always answers true. Immutable; safe to share across threads.
class LiteralGuard {
 public:
  // Always true.
  LiteralGuard() = default;
  // The guard of `re` (its pattern and options).
  explicit LiteralGuard(const RE2& re);

  bool MayMatch(absl::string_view text) const;

  // The first set of words, lower-case, sorted; empty when the guard always
  // answers true.
  const std::vector<std::string>& words() const { return words_; }

 private:
  // The guard of `words` alone.
  static LiteralGuard OfWords(std::vector<std::string> words);
  // Whether `text` has one of words_ (or a non-ASCII byte), or words_ is empty.
  bool HasAWord(absl::string_view text) const;

  // The bit of the pair of lower-case bytes (a, b) in `pairs_`; pairs that
  // share a bit only cost a comparison.
  static size_t PairBit(unsigned char a, unsigned char b) {
    return (static_cast<size_t>(a & 0x3F) << 6) | (b & 0x3F);
  }

  std::vector<std::string> words_;
  // 1 for the bytes at which the scan must stop and look: every byte >= 0x80
  // and both cases of the first byte of every word; 0 for the rest, which
  // the scan skips at a table lookup each.
  std::array<uint8_t, 256> stop_{};
  // words_[first_[c], first_[c + 1]) are the words starting with byte c.
  std::vector<uint16_t> first_;
  // The PairBit of the first two bytes of every word.
  std::bitset<4096> pairs_;
  // The guards of the further sets.
  std::vector<LiteralGuard> also_;
  // Beyond this many words, they are looked for by scanner_ (one automaton
  // step a byte) rather than compared where each may start.
  static constexpr size_t kMaxCompared = 12;
  LiteralScanner scanner_;
};

// A pattern `\b(?:X)\b`, case-insensitive, whose X is a short list of
// literal strings (e.g. "kill(?:ed|ing|s)?", "found guilty|cleared of"),
// matched by comparing words instead of running RE2: the list is spelled
// with literal bytes, (?:...) groups, | and a greedy ?, and every string it
// stands for is ASCII, begins and ends with a word byte [A-Za-z0-9_].
// On ASCII text, such a match is a string of the list (in any ASCII case)
// that begins at a word start and ends at a word end, and RE2's
// leftmost-first choice among the strings at one start is the first of them
// in the pattern's order of preference, which strings() keeps. So FindNext
// gives exactly what RE2 gives for `\b(?:X)\b` with UNANCHORED from `from`
// to `end` (the text around them counting for the word boundaries), on every
// text whose bytes in [from, end) are all ASCII (RE2's case folding maps
// some non-ASCII letters to ASCII ones, e.g. U+212A KELVIN SIGN to 'k').
// Immutable; safe to share across threads.
class WordListPattern {
 public:
  // Strings beyond this make Parse give up (the pattern stays with RE2).
  static constexpr size_t kMaxStrings = 128;

  // The word list of `x`, or null when `x` uses any other syntax, stands for
  // more than kMaxStrings strings, or for a string that is empty, non-ASCII
  // or does not begin and end with a word byte.
  static std::unique_ptr<WordListPattern> Parse(absl::string_view x);

  // The leftmost match in text[from, end) as RE2 finds it (see above):
  // true and [*begin, *end_out) when there is one. Requires
  // from <= end <= text.size() and text[from, end) all ASCII.
  bool FindNext(absl::string_view text, size_t from, size_t end, size_t* begin,
                size_t* end_out) const;

  // The strings, lower-case, in order of preference.
  const std::vector<std::string>& strings() const { return strings_; }

 private:
  WordListPattern() = default;

  std::vector<std::string> strings_;
  // strings_ indices by first byte (lower-case), in order of preference.
  std::array<std::vector<uint8_t>, 128> by_first_;
  // Lets through the word starts where a string may begin, so that only
  // those are compared.
  WordStartFilter starts_;
};

class RuleSet {
 public:
  struct CompiledTrigger {
    int frame = 0;                 // Index into frames().
    std::string lemma;
    bool nominal = false;
    bool continues = false;        // Trigger.continues.
    std::string kind;              // Trigger.kind.
    std::vector<std::string> only_roles;  // Trigger.only_roles.
    // Frame types of the events this one happens during (Trigger.occasion_of).
    std::vector<std::string> occasion_of;
    std::unique_ptr<RE2> re;
    std::unique_ptr<RE2> not_before;   // Match with ANCHOR_START; may be null.
    std::unique_ptr<RE2> followed_by;  // Match with ANCHOR_START; may be null.
    // Trigger.not_after with a `$` after it: search the sentence up to the
    // trigger as a text of its own (RE2's `$` matches at the end of the text
    // searched, not at an endpos before it); may be null.
    std::unique_ptr<RE2> not_after;
    // Trigger.after_in_document and not_after_in_document, or null; one
    // RE2 (in document_patterns_) for each distinct pattern of the rule set,
    // so that a document is searched once for each.
    const RE2* after_in_document = nullptr;
    const RE2* not_after_in_document = nullptr;
    // LiteralGuard(*re): after one match in a sentence, tells whether the
    // rest of it may hold another before a search for one is paid.
    LiteralGuard guard;
    // WordListPattern::Parse of the trigger's pattern: when not null, finds
    // the matches of `re` in ASCII text without RE2.
    std::unique_ptr<WordListPattern> words;
  };
  struct CompiledRole {
    std::string role;
    rules::RolePattern::Side side = rules::RolePattern::SENTENCE;
    std::unique_ptr<RE2> re;       // Has a `value` group.
    int value_group = 0;           // Index of `value` among re's groups.
    std::unique_ptr<RE2> ascii_groups;  // AsciiGroupsProgram(*re); may be null.
    // SplitCapture of ascii_groups; null when it has none or needs none.
    std::unique_ptr<SplitCapture> ascii_split;
    std::unique_ptr<RE2> reject;   // May be null.
    // The trigger lemmas the pattern serves; empty: every trigger of the
    // frame.
    std::vector<std::string> lemmas;
    // RolePattern.another_value.
    bool another_value = false;
    // RolePattern.organization_only.
    bool organization_only = false;
    // Position among the role patterns of all frames, in file order: the
    // numbering of MatchRoles and SentenceHits::roles.
    int index = 0;
  };
  struct CompiledFrame {
    std::string type;
    absl::flat_hash_set<std::string> roles;
    // Whether roles holds the roles the extractor asks about for every
    // trigger, looked up once at load time.
    bool has_time = false;
    bool has_place = false;
    bool has_count = false;
    bool has_person = false;
    bool has_instrument = false;
    // roles.contains(role), without hashing for the roles above.
    bool HasRole(absl::string_view role) const;
    std::vector<CompiledRole> role_patterns;
    std::unique_ptr<RE2> count_noun;   // May be null: any noun.
    // Unique among the count_noun patterns of all RuleSets of the process,
    // for caches of count_noun's answers that outlive one RuleSet.
    uint64_t count_noun_id = 0;
    LiteralGuard count_noun_guard;     // LiteralGuard(*count_noun), if any.
    // Frame.counted_kinds: each kind and its count_noun, anchored at both ends.
    std::vector<std::pair<std::string, std::unique_ptr<RE2>>> counted_kinds;
    // The kind of the first of counted_kinds whose noun matches `counted`
    // (lower case), or empty.
    absl::string_view KindOfCounted(absl::string_view counted) const;
    std::vector<std::string> refers_to;  // Frame.refers_to.
    bool requires_referent = false;      // Frame.requires_referent.
    bool participant_after_preposition = false;  // Frame.participant_after_preposition.
    // Frame.participant_types.
    bool takes_person = true;
    bool takes_organization = true;
    // Whether a name of `type` may be this frame's participant.
    bool TakesParticipant(EntityType type) const {
      return type == PERSON ? takes_person : type == ORGANIZATION && takes_organization;
    }
    // True when a mention of this frame may refer back to a mention of
    // `other`: `other` refers to nothing itself and its type is one of
    // refers_to.
    bool RefersTo(const CompiledFrame& other) const;
  };
  struct CompiledCategory {
    std::string key;
    std::string role;
    std::unique_ptr<RE2> re;       // Alternation of the category's phrases.
    // WordListPattern::Parse of that alternation: when not null, finds the
    // matches of `re` in ASCII text without RE2.
    std::unique_ptr<WordListPattern> words;
    std::vector<std::string> broader;  // Every broader key, transitively.
  };
  struct CompiledAttribution {
    std::unique_ptr<RE2> re;       // Groups `source`, optionally `cue`.
    int source_group = 0;          // Group indices; -1 when there is no `cue`.
    int cue_group = -1;
    std::unique_ptr<RE2> ascii_groups;  // AsciiGroupsProgram(*re); may be null.
    // SplitCapture of ascii_groups; null when it has none or needs none.
    std::unique_ptr<SplitCapture> ascii_split;
    std::string cue;
    int modality = 2;
    bool source_acts = false;
  };
  struct CompiledModality {
    std::unique_ptr<RE2> re;
    // LiteralGuard(*re), for the rules with a window: run on many short
    // windows that rarely hold one of the rule's words.
    LiteralGuard guard;
    int modality = 0;
    int window = 0;
  };
  struct CompiledCarry {
    std::unique_ptr<RE2> re;
    absl::flat_hash_set<std::string> roles;
    // The group `value` of a rule carrying a count (role "count"), else -1.
    int value_group = -1;
    int max_sentences = 6;
    // The event types it carries to; empty: any.
    absl::flat_hash_set<std::string> types;
    bool CarriesTo(const std::string& type) const { return types.empty() || types.contains(type); }
    // CarryRule.not_before; may be null.
    std::unique_ptr<RE2> not_before;
    // Whether a cue followed by `after` is in the carry's sense (not_before
    // does not match at its start).
    bool CueBefore(absl::string_view after) const;
    // LiteralGuard(*re), for the short windows before each trigger that are
    // searched for the cue and rarely hold one of its words.
    LiteralGuard guard;
  };
  struct CompiledAttribute {
    std::string attribute;
    std::unique_ptr<RE2> re;       // Groups `value`, optionally `subject`.
    int value_group = 0;           // Group indices; -1 when there is no `subject`.
    int subject_group = -1;
    std::unique_ptr<RE2> ascii_groups;  // AsciiGroupsProgram(*re); may be null.
    // SplitCapture of ascii_groups; null when it has none or needs none.
    std::unique_ptr<SplitCapture> ascii_split;
  };

  // Loads and merges every RuleFile in `dir`. kNotFound when `dir` has no
  // rule file; kInvalidArgument naming the file (and line) for a parse
  // error, and naming the file and rule for a pattern RE2 rejects.
  static absl::StatusOr<std::unique_ptr<RuleSet>> Load(absl::string_view dir);

  // Compiles an already merged file; `name` is used in errors. Its strings
  // (patterns and lexicon words) are read with their Latin letters folded
  // (FoldLatinLetters), as the text they match is (NormalizeForMatching):
  // "Policía" or "acusó" in a rule matches the word as articles write it.
  static absl::StatusOr<std::unique_ptr<RuleSet>> FromProto(
      const rules::RuleFile& file, absl::string_view name);

  // Indices into triggers() whose pattern occurs in `text` (one RE2::Set
  // pass), ascending.
  std::vector<int> MatchTriggers(absl::string_view text) const;
  // Indices into categories() occurring in `text` (one RE2::Set pass).
  std::vector<int> MatchCategories(absl::string_view text) const;
  // Indices into attributions() whose pattern may occur in `text`,
  // ascending: every rule that matches is listed, and a listed rule may
  // still fail to match (the filter looks for the literal words each rule
  // needs, e.g. its cue verbs, in one pass; callers confirm with the rule).
  std::vector<int> MatchAttributions(absl::string_view text) const;
  // Indices into carries() whose pattern may occur in `text` or in any part
  // of it, ascending: as MatchAttributions, a literal filter that lists
  // every rule that matches (callers confirm with the rule).
  std::vector<int> MatchCarries(absl::string_view text) const;
  // Indices into attributes() whose pattern may occur in `text`.
  std::vector<int> MatchAttributes(absl::string_view text) const;
  // The CompiledRole::index of the role patterns that may match in `text` or
  // in any part of it, ascending: as MatchCarries, a literal filter that
  // lists every pattern that matches (callers confirm with the pattern).
  std::vector<int> MatchRoles(absl::string_view text) const;

  const std::vector<CompiledTrigger>& triggers() const { return triggers_; }
  const std::vector<CompiledFrame>& frames() const { return frames_; }
  const std::vector<CompiledCategory>& categories() const { return categories_; }
  // The first category of `role` whose phrases end `phrase` ("plainclothes
  // police officers" ends with a phrase of "police"), or with `whole`, are
  // all of it ("officers of the State Security Bureau"; not "the Northern
  // Liberation Army", which only ends with "army"); or null. Only roles
  // that role patterns fill (agent) have such categories: a role pattern
  // finds the phrase, the category says what it names. Categories of other
  // roles are in categories() and looked for in sentences.
  const CompiledCategory* PhraseCategory(absl::string_view role, absl::string_view phrase,
                                         bool whole = false) const;
  const std::vector<CompiledAttribution>& attributions() const { return attributions_; }
  // True when the speech cue `cue` (as matched) followed by `after` is no
  // speech: a CueRule of the rule file for that cue (case-insensitive) whose
  // not_before `after` starts with.
  bool CueIsNoSpeech(absl::string_view cue, absl::string_view after) const;
  const std::vector<CompiledModality>& modalities() const { return modalities_; }
  const std::vector<CompiledCarry>& carries() const { return carries_; }
  const std::vector<CompiledAttribute>& attributes() const { return attributes_; }
  const rules::EntityLexicon& lexicon() const { return lexicon_; }
  // Nouns of events no frame describes, for day relations ("the day after
  // the fire").
  const AnchorNouns& anchor_nouns() const { return anchor_nouns_; }

  // What MatchSentence finds in one text; every list is ascending.
  struct SentenceHits {
    std::vector<int> triggers;      // As MatchTriggers.
    std::vector<int> categories;    // As MatchCategories.
    std::vector<int> attributes;    // As MatchAttributes.
    std::vector<int> attributions;  // As MatchAttributions.
    std::vector<int> carries;       // As MatchCarries.
    // A carry of `carries` restates a count (CompiledCarry::value_group) and
    // its pattern occurs: a sentence without triggers may give that count.
    bool count_carry = false;
    std::vector<int> roles;         // As MatchRoles.
    // Indices into modalities() of the rules without a window (window <= 0)
    // whose pattern occurs in the text.
    std::vector<int> sentence_modalities;

    // False when there are no triggers, categories or attributes: the text
    // needs no further rule work (attribution alone makes no claim).
    bool any() const {
      return !triggers.empty() || !categories.empty() || !attributes.empty() || count_carry;
    }
  };

  // MatchTriggers, MatchCategories, MatchAttributes, MatchAttributions,
  // MatchCarries and MatchRoles of `text` at once, with the same results, and
  // the sentence-wide modality rules that match it. One LiteralScanner pass
  // finds the words (re2::FilteredRE2 atoms) the rules need; only the
  // trigger, category and attribute patterns whose words are there are run.
  SentenceHits MatchSentence(absl::string_view text) const;
  // As above, into `*hits` (every list replaced), reusing the lists' storage:
  // a caller matching many sentences keeps one SentenceHits and allocates
  // only while its lists still grow.
  void MatchSentence(absl::string_view text, SentenceHits* hits) const;

  // Lets a caller skip, with one search over many sentences, the sentences
  // whose MatchSentence(...).any() is false. Join the sentences into one
  // text, each followed by '\n' (so that every sentence has a non-word byte
  // or an end of the text on both sides). Then for any `from` at or before
  // the start `b` of a sentence ending at `e`, the sentence can have hits
  // only if NextPossibleHit(joined, from) <= e. Returns a position p >= from
  // such that every match of a trigger, category, attribute or count carry
  // pattern starting at or after `from` ends after p (where the first of the
  // words one of which such a match needs occurs, or a match of a pattern
  // without such words starts), text.size() + 1 when there is no such
  // match, and `from` itself (no skipping) when some pattern uses a ^, $, \A
  // or \z anchor, whose meaning differs between a sentence and the joined
  // text, or when the patterns cannot be compiled together.
  int64_t NextPossibleHit(absl::string_view text, int64_t from) const;

  // Whether one of `carries` (indices into carries()) restates a count in
  // `text`: its pattern, not only its words, occurs there.
  bool HasCountCarry(absl::string_view text, const std::vector<int>& carries) const;

  // The trigger patterns as one RE2::Set, for measuring the floor cost of a
  // rule engine.
  const RE2::Set& trigger_set() const { return *trigger_set_; }

 private:
  RuleSet() = default;

  // Rules behind a literal pre-filter: `filter` knows the words (atoms) each
  // rule needs, `atoms` are their texts in the filter's numbering, and
  // `scanner` finds `scanned` in their place: the atom itself, or nothing
  // (found in every text) for an atom with a non-ASCII byte (the filter
  // folds Unicode case, the scanner ASCII only) and for one of one or two
  // bytes (in nearly every sentence, such atoms would make each sentence's
  // set of atoms new to the memo below): more rules pass, none is missed.
  // MatchSentence looks for the same `scanned` words. What the filter passes
  // given the atoms found (ascending rule indices) is computed at load time
  // for no atom and for each single atom, and remembered per thread (keyed
  // by `id`, unique to this filter) for other atom sets, of which a text has
  // few; the filter's own evaluation costs more than the rest of
  // MatchSentence. Built from no pattern, it passes nothing.
  struct LiteralFilter {
    std::unique_ptr<re2::FilteredRE2> filter;
    std::vector<std::string> atoms;
    std::vector<std::string> scanned;
    LiteralScanner scanner;
    uint64_t id = 0;
    std::vector<int> given_none;
    std::vector<std::vector<int>> given_one;  // Indexed by atom.

    // Builds the filter over `patterns` (compiled as the rules are); the
    // error names `name` and `what` and the bad pattern.
    absl::Status Build(const std::vector<std::string>& patterns, absl::string_view name,
                       absl::string_view what);
    // The rules passed given the atom indices `found`; the reference is
    // valid until the next call of Given of any LiteralFilter on this thread.
    const std::vector<int>& Given(const std::vector<int>& found) const;
    // The rules passed given the atoms in `text`.
    std::vector<int> Match(absl::string_view text) const;
  };

  std::vector<CompiledTrigger> triggers_;
  // The distinct patterns of the triggers' after_in_document and
  // not_after_in_document.
  std::vector<std::unique_ptr<RE2>> document_patterns_;
  std::vector<CompiledFrame> frames_;
  std::vector<CompiledCategory> categories_;
  std::vector<CompiledCategory> phrase_categories_;  // See PhraseCategory.
  std::vector<CompiledAttribution> attributions_;
  std::vector<CompiledModality> modalities_;
  // CueRules: the cue lower-cased, its not_before.
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> cue_rules_;
  std::vector<CompiledCarry> carries_;
  std::vector<CompiledAttribute> attributes_;
  rules::EntityLexicon lexicon_;
  AnchorNouns anchor_nouns_;
  std::unique_ptr<RE2::Set> trigger_set_;
  std::unique_ptr<RE2::Set> category_set_;
  std::unique_ptr<RE2::Set> attribute_set_;
  // Rules behind the words one of which each of their matches contains: a
  // rule is a candidate in a text where one of its words occurs (and one of
  // each of its further sets), and in every text when it has no such words
  // (or one with a non-ASCII byte). Coarser than a LiteralFilter, and
  // cheaper: a candidate's pattern is run anyway.
  struct WordCover {
    std::vector<std::string> words;  // Lower case, ASCII.
    std::vector<std::vector<int>> rules_of;  // For each word, ascending.
    std::vector<int> always;  // Ascending.
    // For each rule, further sets of words (indices into words) each of
    // which its matches also need one of ("police ... fired"): a candidate
    // must have a word of every set too.
    std::vector<std::vector<std::vector<int>>> also_needed;

    // Builds the cover of `patterns` (compiled as CaseSensitive()).
    void Build(const std::vector<std::string>& patterns);
    // Into `*out` (replaced), ascending: the candidates when the words
    // `found` (indices into words, ascending) occur.
    void Candidates(const std::vector<int>& found, std::vector<int>* out) const;
  };
  WordCover trigger_cover_;
  WordCover category_cover_;
  WordCover attribute_cover_;
  // The attribution rules, the carry rules and the role patterns of all
  // frames (by CompiledRole::index) behind literal pre-filters.
  LiteralFilter attribution_filter_;
  LiteralFilter carry_filter_;
  LiteralFilter role_filter_;
  // The words MatchSentence looks for, in one scanner: those of the trigger,
  // category, attribute and sentence-modality covers, then the `scanned`
  // words of the attribution, carry and role filters; each group's from
  // sentence_groups_[g] to sentence_groups_[g + 1] (the last is the total).
  static constexpr int kWordGroups = 7;
  LiteralScanner sentence_words_;
  std::vector<int> sentence_groups_;
  // The sentence-wide modality patterns (those without a window), by their
  // index into sentence_modality_rules_.
  WordCover sentence_modality_cover_;
  // NextPossibleHit's search: words one of which each match of most
  // patterns contains, and the other patterns as one alternation without
  // captures (null when there are none). skip_ is false when some pattern
  // is anchored or the alternation cannot be compiled.
  bool skip_ = false;
  LiteralScanner skip_words_;
  std::unique_ptr<RE2> skip_rest_;
  // For each sentence-wide modality pattern, its index into modalities_.
  std::vector<int> sentence_modality_rules_;
};

}  // namespace xref

#endif  // XREF_CLAIMS_RULE_SET_H_

#include "claims/coreference.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "base/re2_adapter.h"
#include "re2/re2.h"

namespace xref {
namespace {

// Words that may follow an object "her" but never a noun she possesses:
// prepositions, conjunctions, time words, punctuation or the sentence end.
constexpr char kObjectHerPattern[] =
    "^\\s+her(?:\\s*(?:[,.;:)\"!?]|$)|\\s+(?:on|in|at|for|after|before|with|without|"
    "over|from|as|and|but|when|while|until|during|since|last|this|yesterday|today|"
    "tonight|under|into|to|of|overnight|early|late|again|briefly|outside|near|"
    "because|despite|amid|following|earlier|later|twice|days|hours|weeks|months)\\b)";

// "he"/"she" ending the text, with auxiliaries and one adverb between.
constexpr char kSubjectPattern[] =
    "(?i)\\b(?:he|she)\\s+(?:(?:was|were|is|are|has|had|will|would|could|may|might|"
    "must)\\s+)?(?:(?:\\w+ly|later|also|then|again|first|once|never|not|soon|twice)\\s+)?"
    "(?:(?:been|being|be)\\s+)?$";

// A comma-separated noun phrase of an apposition: a number (an age), or words
// from a determiner, a possessive name or a role of something ("president
// of", "spokeswoman for") on, with at most one parenthesised acronym, then
// the next comma.
constexpr char kAppositionPattern[] =
    "(?:,\\s+(?:\\d{1,3}|(?:(?i:the|a|an|his|her|its|their|who|whose|whom)\\s|"
    "[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*'s\\s|"
    "[A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*){0,3}\\s+(?:of|for|at|with)\\s)"
    "[^,;:\"()]*(?:\\([^()]*\\)[^,;:\"()]*)?))+"
    ",\\s+(?:(?:was|were|is|are|has|had|will|would)\\s+)?(?:(?:\\w+ly|later|also|then|"
    "again|first|once|never|not|soon)\\s+)?(?:(?:been|being|be)\\s+)?";

bool IsWordByte(char c) {
  return absl::ascii_isalnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// Whether `w` stands in `s` at `at` as a whole word.
bool IsWordAt(absl::string_view s, size_t at, absl::string_view w) {
  return s.substr(at, w.size()) == w && (at == 0 || !IsWordByte(s[at - 1])) &&
         (at + w.size() == s.size() || !IsWordByte(s[at + w.size()]));
}

// The start of the whole word "him" or "her" in `s`, or npos.
size_t FindObjectWord(absl::string_view s) {
  for (absl::string_view w : {"him", "her"}) {
    for (size_t at = s.find(w); at != absl::string_view::npos; at = s.find(w, at + 1)) {
      if (IsWordAt(s, at, w)) return at;
    }
  }
  return absl::string_view::npos;
}

// True when the name at `m` speaks in its sentence: "X said", "X, ... told",
// "said X".
bool IsSpeaker(absl::string_view text, const EntityMentionSpan& m) {
  static const RE2* const kAfter = new RE2(
      "^\\s*(?:,\\s*)?(?:said|says|told|tells|added|adds|stated|explained|wrote|"
      "writes)\\b");
  static const RE2* const kBefore = new RE2("\\b(?:said|says|added|adds)\\s+$");
  absl::string_view after = text.substr(m.range.end, 24);
  if (RE2::PartialMatch(ToPiece(after), *kAfter)) return true;
  const int64_t from = std::max<int64_t>(0, m.range.begin - 12);
  absl::string_view before = text.substr(from, m.range.begin - from);
  return RE2::PartialMatch(ToPiece(before), *kBefore);
}

// The mentions that start inside `range`, in order.
std::pair<const EntityMentionSpan*, const EntityMentionSpan*> MentionsIn(
    const EntityResult& entities, TextRange range) {
  auto first = std::lower_bound(
      entities.mentions.begin(), entities.mentions.end(), range.begin,
      [](const EntityMentionSpan& m, int64_t b) { return m.range.begin < b; });
  auto last = std::lower_bound(
      first, entities.mentions.end(), range.end,
      [](const EntityMentionSpan& m, int64_t e) { return m.range.begin < e; });
  const EntityMentionSpan* base = entities.mentions.data();
  return {base + (first - entities.mentions.begin()), base + (last - entities.mentions.begin())};
}

// True when mention `m`, before a pronoun at `pronoun` in the sentence
// beginning at `sentence_begin`, is not what the pronoun stands for though
// nearest: the subject of the verb an object pronoun follows ("X freed
// him"), the agent after "by" ("an examination by Dr X found that he had
// died", "was questioned by X until he fainted"), or a name inside a
// relative clause the pronoun's clause follows ("the report, which his
// lawyer, X, shared with us, says he died").
bool OutOfReachInSentence(absl::string_view text, int64_t sentence_begin,
                          const EntityMentionSpan& m, int64_t pronoun) {
  absl::string_view before = text.substr(sentence_begin, m.range.begin - sentence_begin);
  if (!m.title.empty()) {  // "by Dr X": the text before the title.
    const std::string titled = absl::StrCat(m.title, " ");
    absl::ConsumeSuffix(&before, titled);
  }
  // An object pronoun is not the subject of its own verb ("Judge X granted
  // him bail", "X freed them", "the prosecutor, X, charged him"; "X said
  // police beat him", "police held X, beat him" may be X).
  if (IsWordAt(text, pronoun, "him") || IsWordAt(text, pronoun, "them")) {
    static const RE2* const kOneVerb =
        new RE2("\\s+(?:(?:\\w+ly|has|had|have|then|also|later)\\s+)*[a-z]+\\s+");
    absl::string_view gap = text.substr(m.range.end, pronoun - m.range.end);
    if (absl::EndsWith(before, ", ")) absl::ConsumePrefix(&gap, ",");
    if (RE2::FullMatch(ToPiece(gap), *kOneVerb)) return true;
  }
  if (absl::EndsWith(before, " by ") || absl::EndsWith(before, " by the ")) return true;
  static const RE2* const kRelative = new RE2(", (?:which|who|whom|whose|where) ");
  if (!RE2::PartialMatch(ToPiece(before), *kRelative)) return false;
  // The pronoun opens the clause after the one the name is in: right after
  // a comma, with no other relative clause opening between.
  const absl::string_view after = text.substr(m.range.end, pronoun - m.range.end);
  return absl::EndsWith(after, ", ") && !RE2::PartialMatch(ToPiece(after), *kRelative);
}

}  // namespace

ParticipantPronoun FindParticipantPronoun(absl::string_view text, TextRange sentence,
                                          TextRange trigger) {
  static const RE2* const kObjectHer = new RE2(kObjectHerPattern);
  static const RE2* const kSubject = new RE2(kSubjectPattern);
  static const RE2* const kPossessive = new RE2("(?i)\\b(?:his|her)\\s+$");
  ParticipantPronoun result;
  absl::string_view inside = text.substr(trigger.begin, trigger.end - trigger.begin);
  if (size_t at = FindObjectWord(inside); at != absl::string_view::npos) {
    result.role = ParticipantPronoun::kObject;
    result.begin = trigger.begin + static_cast<int64_t>(at);
    return result;
  }
  absl::string_view after = text.substr(trigger.end, sentence.end - trigger.end);
  size_t space = 0;
  while (space < after.size() && after[space] == ' ') ++space;
  if (space > 0 && IsWordAt(after, space, "him")) {
    result.role = ParticipantPronoun::kObject;
    result.begin = trigger.end + static_cast<int64_t>(space);
    return result;
  }
  if (absl::StartsWith(after.substr(space), "her") &&
      RE2::PartialMatch(ToPiece(after), *kObjectHer)) {
    result.role = ParticipantPronoun::kObject;
    result.begin = trigger.end + static_cast<int64_t>(space);
    return result;
  }
  absl::string_view before = text.substr(sentence.begin, trigger.begin - sentence.begin);
  // Look at the last few words only: both patterns end the text.
  const size_t tail = before.size() > 64 ? before.size() - 64 : 0;
  absl::string_view last = before.substr(tail);
  // Both patterns need "he" (in "he", "she", "her") or "his" as a word: most
  // texts have none, and are answered without RE2.
  bool candidate = false;
  for (size_t at = 0; at + 1 < last.size() && !candidate; ++at) {
    if ((last[at] | 0x20) != 'h') continue;
    const bool starts = at == 0 || !IsWordByte(last[at - 1]) ||
                        ((last[at - 1] | 0x20) == 's' && (at == 1 || !IsWordByte(last[at - 2])));
    const char next = last[at + 1] | 0x20;
    candidate = starts && (next == 'e' || next == 'i');
  }
  re2::StringPiece match;
  if (candidate &&
      (kSubject->Match(ToPiece(last), 0, last.size(), RE2::UNANCHORED, &match, 1) ||
       kPossessive->Match(ToPiece(last), 0, last.size(), RE2::UNANCHORED, &match, 1))) {
    const absl::string_view word(match.data(), std::min<size_t>(3, match.size()));
    const bool possessive = absl::EqualsIgnoreCase(word, "his") ||
                            absl::EqualsIgnoreCase(word, "her");
    result.role = possessive ? ParticipantPronoun::kPossessive : ParticipantPronoun::kSubject;
    result.begin = sentence.begin + static_cast<int64_t>(tail) +
                   static_cast<int64_t>(match.data() - last.data());
    return result;
  }
  // An age that opens the sentence stands for a person named before, as
  // "he" does: "The 47-year-old was detained", "The 26-year-old student
  // leader, a law graduate, had been held". Its words before the aside hold
  // no verb of speech, conjunction or possessive ("The 30-year-old said his
  // brother was held" is about the brother).
  static const RE2* const kAgeSubject = new RE2(
      "^(?:The|the)\\s+\\d{1,3}-year-old((?:\\s+[\\w()'-]+){0,8}?)(?:,[^;:]{1,150}?,)?\\s+"
      "(?:was|were|is|has\\s+been|had\\s+been)\\s+(?:[a-z]+ly\\s+)?$");
  static const RE2* const kNotOfTheSubject =
      new RE2("\\b(?:said|says|told|tells|and|but|his|her|their|its|who|whose|whom)\\b");
  re2::StringPiece words;
  if (absl::StartsWithIgnoreCase(before, "the ") &&
      before.find("-year-old") != absl::string_view::npos &&
      RE2::FullMatch(ToPiece(before), *kAgeSubject, &words) &&
      !RE2::PartialMatch(words, *kNotOfTheSubject)) {
    result.role = ParticipantPronoun::kSubject;
    result.begin = sentence.begin;
  }
  return result;
}

bool IsAppositionGap(absl::string_view gap) {
  static const RE2* const kApposition = new RE2(kAppositionPattern);
  // A relative clause on a person is about the person ("X, 16, whom
  // everyone in the street knew as Tuca, was shot", "X, whom police held
  // for a week, was freed"); one on a thing, or a telling, is not.
  static const RE2* const kClause = new RE2("(?i)\\b(?:which|that|said|says)\\b");
  if (gap.size() > 160 || gap.empty() || gap[0] != ',') return false;
  return RE2::FullMatch(ToPiece(gap), *kApposition) &&
         !RE2::PartialMatch(ToPiece(gap), *kClause);
}

const EntityMentionSpan* PronounAntecedent(
    const EntityResult& entities, absl::string_view text,
    const std::vector<TextRange>& sentences, int index, int64_t pronoun,
    absl::FunctionRef<bool(const EntityMentionSpan&)> eligible) {
  auto [first, last] = MentionsIn(entities, {sentences[index].begin, pronoun});
  for (const EntityMentionSpan* m = last; m != first;) {
    --m;
    if (m->range.end <= pronoun && eligible(*m) &&
        !OutOfReachInSentence(text, sentences[index].begin, *m, pronoun)) {
      return m;
    }
  }
  for (int k = index - 1; k >= 0 && k >= index - 2; --k) {
    auto [begin, end] = MentionsIn(entities, sentences[k]);
    for (const EntityMentionSpan* m = begin; m != end; ++m) {
      if (m->range.end <= sentences[k].end && eligible(*m) && !IsSpeaker(text, *m)) return m;
    }
  }
  return nullptr;
}

}  // namespace xref

#include "claims/extractor.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <memory>
#include <optional>
#include <string>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "absl/types/span.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/bounded_memo.h"
#include "base/re2_adapter.h"
#include "base/status_macros.h"
#include "base/utf8.h"
#include "claims/attribution.h"
#include "claims/byte_set.h"
#include "claims/coreference.h"
#include "claims/date_parser.h"
#include "claims/entity_extractor.h"
#include "claims/quantity_parser.h"
#include "claims/rule_set.h"
#include "claims/sentence_splitter.h"
#include "claims/split_capture.h"
#include "claims/text_normalizer.h"
#include "google/protobuf/arena.h"

namespace xref {
namespace {

constexpr char kExtractorName[] = "xref-rules/1";

// `prefix` followed by the decimal digits of `n`: "c12", the id of the
// twelfth claim. As absl::StrCat(prefix, n), in one allocation of the final
// size.
std::string NumberedId(char prefix, int64_t n) {
  const absl::AlphaNum digits(n);  // At most 20 digits and a sign.
  char id[1 + 21];
  id[0] = prefix;
  std::memcpy(id + 1, digits.data(), digits.size());
  return std::string(id, 1 + digits.size());
}

// The most bytes between a relative expression and the trigger of the event
// it is relative to ("two days after [a court in Tamsk] acquitted").
constexpr int64_t kAnchorGap = 32;
// The most bytes between a possessive time and the start of the trigger it
// dates ("Monday's [deadly] clashes": one word at most).
constexpr int64_t kPossessedNounReach = 16;

int64_t Distance(TextRange a, TextRange b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

// The people named in the list that a count of others ends ("arrested Kim
// Ho and two others", "indicted Ana Lima, the union's leader, and six other
// members", "Lee, Park and three other officials were held", "detained him
// and four others"): the names right before "and", joined by commas, each
// a person's mention, the last one possibly followed by an apposition, or
// else one personal pronoun. `quantity` is the count of others; 0 when
// it is not one or no one is named before it.
int NamedBeforeOthers(absl::string_view text, TextRange sentence, TextRange quantity,
                      const EntityResult& entities) {
  static const RE2* const kOthers = new RE2("^\\S+\\s+others?\\b");
  static const RE2* const kAndBefore = new RE2("(?:,\\s*)?\\band\\s+$");
  if (!RE2::PartialMatch(ToPiece(text.substr(quantity.begin, quantity.end - quantity.begin)),
                         *kOthers)) {
    return 0;
  }
  const int64_t from = std::max<int64_t>(sentence.begin, quantity.begin - 200);
  re2::StringPiece before = ToPiece(text.substr(from, quantity.begin - from));
  re2::StringPiece and_match;
  if (!kAndBefore->Match(before, 0, before.size(), RE2::UNANCHORED, &and_match, 1)) return 0;
  int64_t at = and_match.data() - text.data();  // End of the list.
  while (at > from && text[at - 1] == ' ') --at;
  auto person_ending_at = [&](int64_t end) -> const EntityMentionSpan* {
    const EntityMentionSpan* m = entities.Overlapping(end - 1, end);
    return m != nullptr && m->range.end == end && m->range.begin >= from &&
                   entities.clusters[m->cluster].type == PERSON
               ? m
               : nullptr;
  };
  int named = 0;
  bool apposition_passed = false;
  while (at > from) {
    if (const EntityMentionSpan* m = person_ending_at(at)) {
      ++named;
      at = m->range.begin;
      if (at - from >= 2 && text.substr(at - 2, 2) == ", ") {
        at -= 2;
        continue;
      }
      break;
    }
    if (named > 0 || apposition_passed) break;
    // One apposition after the last name: ", the leader of the union,".
    const absl::string_view list = text.substr(from, at - from);
    const size_t comma = list.rfind(", ");
    if (comma == absl::string_view::npos || comma == 0) break;
    const absl::string_view appositive = list.substr(comma + 2);
    if (!absl::StartsWith(appositive, "the ") && !absl::StartsWith(appositive, "a ") &&
        !absl::StartsWith(appositive, "an ") && !absl::StartsWith(appositive, "his ") &&
        !absl::StartsWith(appositive, "her ")) {
      break;
    }
    apposition_passed = true;
    at = from + static_cast<int64_t>(comma);
  }
  if (named > 0) return named;
  const absl::string_view last = text.substr(from, at - from);
  for (absl::string_view pronoun : {" him", " her", "Him", "Her"}) {
    if (!apposition_passed && absl::EndsWith(last, pronoun)) return 1;
  }
  return 0;
}

// The phrase breaks of one sentence: dash interjections (" - ", "--") and
// parentheses, found once so that AcrossInterjection needs no search of each
// gap. Ranges passed to AcrossInterjection must lie inside the sentence.
class InterjectionMarks {
 public:
  InterjectionMarks(absl::string_view text, TextRange sentence) {
    const absl::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
    static const ByteSet kMarks({'(', ')', '-'});
    for (size_t j = kMarks.FindFirst(s, 0, s.size()); j < s.size();
         j = kMarks.FindFirst(s, j + 1, s.size())) {
      const int64_t i = sentence.begin + static_cast<int64_t>(j);
      if (s[j] != '-') {
        marks_.push_back({i, i + 1});
      } else if (j + 1 < s.size() && s[j + 1] == '-') {
        marks_.push_back({i, i + 2});
      } else if (j > 0 && s[j - 1] == ' ' && j + 1 < s.size() && s[j + 1] == ' ') {
        marks_.push_back({i - 1, i + 2});
      }
    }
  }

  // True when a dash interjection or a parenthesis lies between `a` and `b`:
  // they are in different phrases of the sentence.
  bool AcrossInterjection(TextRange a, TextRange b) const {
    int64_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
    if (to <= from) return false;
    for (const TextRange& m : marks_) {
      if (m.begin >= from && m.end <= to) return true;
    }
    return false;
  }

 private:
  absl::InlinedVector<TextRange, 4> marks_;
};

// Whether `rest` (after ", and ") starts a clause of its own, with a
// subject: a capitalised word, a determiner or a pronoun ("..., and police
// say", "..., and the army denied"), not a verb sharing the subject before
// ("raided X, and took six students").
bool StartsClause(absl::string_view rest) {
  if (rest.empty()) return false;
  if (absl::ascii_isupper(rest[0])) return true;
  static const char* const kSubjects[] = {
      "the ", "a ", "an ", "he ", "she ", "they ", "it ", "we ", "his ", "her ", "their ",
      "its ", "this ", "that ", "some ", "many ", "police ", "officials ", "witnesses "};
  for (const char* w : kSubjects) {
    if (absl::StartsWith(rest, w)) return true;
  }
  return false;
}

// True when `clause` says what something was not with "not" and the
// preposition that `rest` (after "but ") starts with: "not with X, ...,
// but with Y", "not on Monday, ..., but on Sunday" are one phrase of the
// clause ("did not convict them of X, but in May it acquitted": the "but"
// opens a clause).
bool CorrectsNegatedPhrase(absl::string_view clause, absl::string_view rest) {
  static constexpr absl::string_view kPrepositions[] = {"with", "of", "by", "for",
                                                        "on",   "in", "at"};
  const absl::string_view preposition = rest.substr(0, rest.find(' '));
  if (preposition.size() == rest.size() ||
      std::find(std::begin(kPrepositions), std::end(kPrepositions), preposition) ==
          std::end(kPrepositions)) {
    return false;
  }
  const std::string negated = absl::StrCat("not ", preposition, " ");
  for (size_t at = clause.find(negated); at != absl::string_view::npos;
       at = clause.find(negated, at + 1)) {
    if (at == 0 || !absl::ascii_isalpha(clause[at - 1])) return true;
  }
  return false;
}

// Where a sentence's clauses of contrast start: "; " and ", but", ",
// while", ", whereas", ", although", and ", and" before a clause with its own
// subject (StartsClause) ("convicted 12 of espionage, but acquitted X": the
// charge is the conviction's, though nearer the acquittal). Not ", but"
// before a preposition after a "not" in the clause ("charged not with X,
// ..., but with Y").
class ClauseBreaks {
 public:
  ClauseBreaks(absl::string_view text, TextRange sentence) {
    const absl::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
    static const ByteSet kMarks({',', ';'});
    static const char* const kContrast[] = {" but ", " while ", " whereas ", " although "};
    size_t clause_begin = 0;
    for (size_t j = kMarks.FindFirst(s, 0, s.size()); j < s.size();
         j = kMarks.FindFirst(s, j + 1, s.size())) {
      bool contrast = s[j] == ';';
      for (const char* c : kContrast) {
        if (contrast) break;
        contrast = absl::StartsWith(s.substr(j + 1), c);
      }
      if (contrast && absl::StartsWith(s.substr(j + 1), " but ") &&
          CorrectsNegatedPhrase(s.substr(clause_begin, j - clause_begin), s.substr(j + 6))) {
        contrast = false;
      }
      if (!contrast && absl::StartsWith(s.substr(j + 1), " and ")) {
        contrast = StartsClause(s.substr(j + 6));
      }
      if (contrast) {
        breaks_.push_back(sentence.begin + static_cast<int64_t>(j));
        clause_begin = j + 1;
      }
    }
  }

  // True when a clause of contrast starts between `a` and `b`.
  bool Between(TextRange a, TextRange b) const {
    const int64_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
    for (int64_t m : breaks_) {
      if (m >= from && m < to) return true;
    }
    return false;
  }

 private:
  absl::InlinedVector<int64_t, 4> breaks_;
};

// The relative clauses of a sentence that a value and a trigger should not
// straddle. Those that tell of its subject before its verb, without commas:
// "an officer who shot a man on Friday was charged on Sunday", "the man who
// was arrested in May has been released"; each runs from "who" or "which"
// to the auxiliary that starts the main predicate (the first one after a
// word of the clause that is no auxiliary), or to a comma; a clause with no
// such auxiliary is not one. And those set off by a comma ("convicted the
// driver, who had been detained at the border, of arson"), from the
// pronoun to the next comma, semicolon or colon, or the end of the sentence.
class RelativeClauses {
 public:
  RelativeClauses(absl::string_view text, TextRange sentence) {
    static const RE2* const kPronoun = new RE2("(?i)\\b(?:who|whom|whose|which)\\s");
    static const RE2* const kWord = new RE2("([\\w'-]+)|([,;:])");
    const re2::StringPiece input = ToPiece(text);
    re2::StringPiece m;
    int64_t pos = sentence.begin;
    while (pos < sentence.end &&
           kPronoun->Match(input, pos, sentence.end, RE2::UNANCHORED, &m, 1)) {
      const int64_t begin = m.data() - text.data();
      pos = begin + static_cast<int64_t>(m.size());
      int64_t before = begin;
      while (before > sentence.begin && text[before - 1] == ' ') --before;
      const bool aside = before > sentence.begin && before < begin && text[before - 1] == ',';
      const absl::string_view pronoun = ToView(m).substr(0, m.size() - 1);
      if (!aside && (absl::EqualsIgnoreCase(pronoun, "whom") ||
                     absl::EqualsIgnoreCase(pronoun, "whose"))) {
        continue;  // Only after a comma.
      }
      // The words after the pronoun, to the main predicate's auxiliary or,
      // in an aside, to its end.
      re2::StringPiece w[3];
      int64_t at = pos;
      bool content = false;
      bool closed = false;
      while (at < sentence.end && kWord->Match(input, at, sentence.end, RE2::UNANCHORED, w, 3)) {
        if (!w[2].empty()) {
          if (aside) {
            spans_.push_back({begin, w[2].data() - text.data()});
            pos = w[2].data() - text.data();
            closed = true;
          }
          break;
        }
        const int64_t word_begin = w[1].data() - text.data();
        at = word_begin + static_cast<int64_t>(w[1].size());
        if (aside) continue;
        const absl::string_view word = ToView(w[1]);
        bool aux = false;
        for (const char* a : {"was", "were", "is", "are", "has", "have", "had", "been"}) {
          aux = aux || absl::EqualsIgnoreCase(word, a);
        }
        if (aux && content) {
          spans_.push_back({begin, word_begin});
          pos = word_begin;
          break;
        }
        if (!aux && !absl::EndsWithIgnoreCase(word, "ly")) content = true;
      }
      if (aside && !closed) spans_.push_back({begin, sentence.end});
    }
  }

  // True when one of `a`, `b` lies in such a clause and the other outside it.
  bool Separates(TextRange a, TextRange b) const {
    for (const TextRange& span : spans_) {
      const bool in_a = a.begin >= span.begin && a.end <= span.end;
      const bool in_b = b.begin >= span.begin && b.end <= span.end;
      if (in_a != in_b) return true;
    }
    return false;
  }

  // True when `inside` lies in such a clause and `outside` after its end:
  // what the main clause tells after it ("the leader, who was injured in the
  // attack, was in court on Monday": Monday is no day of the injury).
  bool EndsBefore(TextRange inside, TextRange outside) const {
    for (const TextRange& span : spans_) {
      if (inside.begin >= span.begin && inside.end <= span.end && outside.begin >= span.end) {
        return true;
      }
    }
    return false;
  }

 private:
  absl::InlinedVector<TextRange, 2> spans_;
};

// Matches of one pattern in one sentence: mostly a few, kept without a heap
// allocation.
using MatchRanges = absl::InlinedVector<TextRange, 4>;

// All non-overlapping matches of `re` in text[range), left to right; only
// the first `limit` of them when `limit` >= 0. `after_match`, when given, is
// a LiteralGuard of `re`: after a match, the rest of the range is searched
// only when the guard says it may hold another (same result, one RE2 call
// fewer where it cannot).
MatchRanges FindAll(const RE2& re, absl::string_view text, TextRange range, int limit = -1,
                    const LiteralGuard* after_match = nullptr) {
  MatchRanges out;
  re2::StringPiece input = ToPiece(text);
  re2::StringPiece m;
  int64_t pos = range.begin;
  while (pos < range.end && (limit < 0 || static_cast<int>(out.size()) < limit) &&
         (after_match == nullptr || out.empty() ||
          after_match->MayMatch(text.substr(pos, range.end - pos))) &&
         re.Match(input, pos, range.end, RE2::UNANCHORED, &m, 1)) {
    int64_t b = m.data() - text.data();
    int64_t e = b + m.size();
    if (e == b) {
      pos = b + 1;
      continue;
    }
    out.push_back({b, e});
    pos = e;
  }
  return out;
}

// FindAll(re, text, range, limit, after_match), by `words` (a
// WordListPattern of `re`'s pattern) when not null and `ascii` says
// text[range) is all ASCII.
MatchRanges FindAllByList(const RE2& re, const WordListPattern* words, absl::string_view text,
                          TextRange range, bool ascii, int limit = -1,
                          const LiteralGuard* after_match = nullptr) {
  if (words == nullptr || !ascii) return FindAll(re, text, range, limit, after_match);
  MatchRanges out;
  size_t pos = range.begin, b = 0, e = 0;
  while ((limit < 0 || static_cast<int>(out.size()) < limit) &&
         words->FindNext(text, pos, range.end, &b, &e)) {
    out.push_back({static_cast<int64_t>(b), static_cast<int64_t>(e)});
    pos = e;
  }
  return out;
}

// True when `re` matches somewhere in `text`: RE2::PartialMatch without the
// argument handling it does not need here.
bool Occurs(const RE2& re, absl::string_view text) {
  return re.Match(ToPiece(text), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

// True when a noun phrase before a role's value ends at `w` (any case):
// prepositions, conjunctions, auxiliaries, time nouns, months, numbers
// (years), dashes and time stamps, and verbs of speech ("In June security
// forces", "In 2019 a soldier", "says riot police", "14:35 - Riot
// police"). CleanPhrase keeps the words after the last of them.
bool IsPhraseBreak(absl::string_view w) {
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return absl::ascii_isdigit(c) || c == ':' || c == '-';
      })) {
    return true;
  }
  static const char* const kWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december",
      "on", "in", "at", "after", "before", "when", "that", "which", "who",
      "while", "as", "since", "then", "later", "also", "and", "but", "year",
      "month", "week", "day", "night", "morning", "afternoon", "evening", "weekend",
      "today", "yesterday", "tonight", "had", "have", "has", "where", "whom", "once",
      "because", "if", "ago", "earlier", "was", "were", "is", "are",
      // Verbs of speech: what follows is the reported clause.
      "says", "said", "say", "claims", "claimed"};
  for (const char* k : kWords) {
    if (absl::EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

// "In June security forces" -> "security forces"; "A judge with the X (ACR)"
// -> "judge with the x".
std::string CleanPhrase(absl::string_view phrase) {
  std::vector<absl::string_view> words = absl::StrSplit(phrase, ' ', absl::SkipEmpty());
  size_t start = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (IsPhraseBreak(words[i])) start = i + 1;
  }
  while (start < words.size() &&
         (absl::EqualsIgnoreCase(words[start], "the") ||
          absl::EqualsIgnoreCase(words[start], "a") ||
          absl::EqualsIgnoreCase(words[start], "an"))) {
    ++start;
  }
  std::string out;
  for (size_t i = start; i < words.size(); ++i) {
    if (words[i].front() == '(' && words[i].back() == ')') continue;
    if (!out.empty()) out.push_back(' ');
    out.append(words[i].data(), words[i].size());
  }
  absl::AsciiStrToLower(&out);
  return out;
}

// True when the phrase's last word, not its first, begins with a capital:
// it ends with a name ("a cell of the Liberation Army"), not with a common
// noun capitalised at a sentence start ("Soldiers").
bool EndsWithName(absl::string_view phrase) {
  phrase = absl::StripTrailingAsciiWhitespace(phrase);
  const size_t space = phrase.find_last_of(' ');
  return space != absl::string_view::npos && space + 1 < phrase.size() &&
         absl::ascii_isupper(phrase[space + 1]);
}

// The lower-case word after the space at `from` (letters up to the first
// other byte), or an empty view when there is no such space or word before
// `limit`.
absl::string_view LowerWordAfterSpace(absl::string_view text, int64_t from, int64_t limit) {
  if (from >= limit || text[from] != ' ') return absl::string_view();
  int64_t e = from + 1;
  while (e < limit && absl::ascii_isalpha(text[e])) ++e;
  if (e == from + 1 || !absl::ascii_islower(text[from + 1])) return absl::string_view();
  return text.substr(from + 1, e - from - 1);
}

// True when a speaker's role in a transcript ("host", "Presenter") makes
// the speaker the outlet's own voice.
bool IsHostRole(absl::string_view role) {
  for (absl::string_view host :
       {"host", "presenter", "anchor", "moderator", "interviewer", "editor", "narrator"}) {
    if (absl::EqualsIgnoreCase(role, host)) return true;
  }
  return false;
}

// True when the name ending at `end` is a possessive whose noun, at most
// three words on, is a place noun (EntityExtractor::IsPlaceNoun): "X's Y
// district", "X's northern suburbs", a part of the place, so the place
// itself is where the event happened (not "X's war", "X's police").
bool IsFollowedByPartOfPlace(absl::string_view text, int64_t end, int64_t limit,
                             const EntityExtractor& entities) {
  if (end + 1 >= limit || text[end] != '\'' || text[end + 1] != 's') return false;
  int64_t pos = end + 2;
  for (int words = 0; words < 3; ++words) {
    if (pos >= limit || text[pos] != ' ') return false;
    if (entities.IsPlaceNoun(LowerWordAfterSpace(text, pos, limit))) return true;
    const int64_t b = ++pos;
    while (pos < limit && (absl::ascii_isalpha(text[pos]) || text[pos] == '-')) ++pos;
    if (pos == b) return false;
  }
  return false;
}

// True when the event at `trigger` happens at the venue named at `venue`:
// the venue acts right before it ("the X Court on Friday sentenced", "the X
// Court, with Y presiding, sentenced"), or follows it after "at", "in",
// "by", "before", "outside" or "in front of" in the same clause ("convicted
// of fraud at the X Court", "gathered outside the X Court").
bool SitsAtVenue(absl::string_view text, TextRange trigger, TextRange venue) {
  static const RE2* const kLink = new RE2(
      "(?i)\\b(?:at|in|by|before|outside|(?:in\\s+)?front\\s+of)\\s+(?:the\\s+)?$");
  if (venue.end <= trigger.begin) {
    // An aside between two commas may come between ("the X Court, with Y
    // presiding, sentenced").
    const absl::string_view gap = text.substr(venue.end, trigger.begin - venue.end);
    const auto commas = std::count(gap.begin(), gap.end(), ',');
    return gap.size() <= 30 && gap.find_first_of(";:") == absl::string_view::npos &&
           (commas == 0 || commas == 2);
  }
  if (venue.begin < trigger.end) return false;
  const absl::string_view gap = text.substr(trigger.end, venue.begin - trigger.end);
  if (gap.size() > 60 || gap.find_first_of(";:") != absl::string_view::npos) return false;
  // The link may end the trigger ("gathered outside").
  return Occurs(*kLink, text.substr(trigger.begin, venue.begin - trigger.begin));
}

// The cluster of the town an organisation's name at `name` begins with when
// the name ends in a venue noun ("Tarnovets Regional Court", "Basra Central
// Prison"): the longest run of its leading words that is the canonical name
// of a place cluster (LOCATION with a place key), with `*town` set to where
// that run is; or the town it ends with after a venue noun and "of"
// ("Revolutionary Court of Valmar"); -1 when there is none.
int VenueTown(absl::string_view text, TextRange name,
              const std::vector<EntityCluster>& clusters,
              const EntityExtractor& entities, TextRange* town) {
  const absl::string_view s = text.substr(name.begin, name.end - name.begin);
  auto place_named = [&](absl::string_view words) {
    for (size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].type == LOCATION && !clusters[c].place_key.empty() &&
          clusters[c].canonical == words) {
        return static_cast<int>(c);
      }
    }
    return -1;
  };
  if (const size_t of = s.rfind(" of "); of != absl::string_view::npos) {
    const absl::string_view before = s.substr(0, of);
    const size_t space = before.rfind(' ');
    const absl::string_view venue =
        space == absl::string_view::npos ? before : before.substr(space + 1);
    const int c = place_named(s.substr(of + 4));
    if (c >= 0 && entities.IsVenueNoun(absl::AsciiStrToLower(venue))) {
      *town = {name.begin + static_cast<int64_t>(of) + 4, name.end};
      return c;
    }
  }
  const size_t last_space = s.rfind(' ');
  if (last_space == absl::string_view::npos ||
      !entities.IsVenueNoun(absl::AsciiStrToLower(s.substr(last_space + 1)))) {
    return -1;
  }
  int found = -1;
  for (size_t space = s.find(' '); space != absl::string_view::npos && space <= last_space;
       space = s.find(' ', space + 1)) {
    if (const int c = place_named(s.substr(0, space)); c >= 0) {
      found = c;
      *town = {name.begin, name.begin + static_cast<int64_t>(space)};
    }
  }
  return found;
}

// True when the name ending at `end` modifies what follows ("U.S. forces",
// "Iraq's western province") rather than naming a location. A name before a
// verb in the past tense ("a court in X remanded him", "a march in X led by")
// names a location; so
// does one before a venue (VenueAfter), which callers check first.
bool IsModifier(absl::string_view text, int64_t end, int64_t limit) {
  if (end + 1 < limit && text[end] == '\'' && text[end + 1] == 's') return true;
  const absl::string_view w = LowerWordAfterSpace(text, end, limit);
  if (w.empty()) return false;
  static const char* const kFollowers[] = {
      "and", "or", "in", "on", "at", "to", "for", "with", "where", "which",
      "who", "that", "was", "were", "is", "are", "has", "had", "have",
      "province", "city", "after", "before", "since", "when", "as", "by",
      "from", "of", "the", "last", "this", "earlier", "later", "until",
      "over", "under", "near", "during", "but", "while", "said", "say",
      "overnight", "today", "yesterday", "late", "early", "again", "too",
      // Short verbs in the past tense ("a procession in X led by the abbot").
      "led", "held", "left", "met", "saw", "took", "began", "came", "went", "fell",
      "stood", "ran", "won", "lost", "got", "put", "set", "hit", "shot", "told"};
  if (absl::EndsWith(w, "ly")) return false;
  if (w.size() > 4 && absl::EndsWith(w, "ed")) return false;
  for (const char* f : kFollowers) {
    if (w == f) return false;
  }
  return true;
}

// The longest run of letters and bytes of non-ASCII characters that ends
// where the run of RE2 \s bytes ending at s[end) begins, when neither run is
// empty; a view with no data otherwise. "said to  " -> "to"; "said to" and
// "said,  " -> none.
absl::string_view WordBeforeSpaces(absl::string_view s, size_t end) {
  size_t e = end;
  while (e > 0 && IsRe2Space(s[e - 1])) --e;
  if (e == end) return absl::string_view();
  size_t b = e;
  while (b > 0 && (absl::ascii_isalpha(s[b - 1]) || static_cast<unsigned char>(s[b - 1]) >= 0x80)) {
    --b;
  }
  if (b == e) return absl::string_view();
  return s.substr(b, e - b);
}

// True when the name starting at `begin` is the addressee or source of a
// speech verb ("told Reuters", "according to AP", "in an interview with X"):
// the outlet or speaker, not a participant of the event.
bool IsAddressee(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kSpeech = new RE2(
      "(?i)\\b(?:told|tell|tells|telling|according to|interview with|"
      "speaking to|spoke to|said to|quoted by|reported by)\\s+(?:the\\s+)?$");
  int64_t from = std::max<int64_t>(sentence_begin, begin - 30);
  absl::string_view before = text.substr(from, begin - from);
  // The pattern ends in one of these words, \s+ and an optional "the\s+":
  // test that first, without RE2.
  static constexpr absl::string_view kLastWords[] = {"told", "tell", "tells", "telling",
                                                     "to", "with", "by"};
  absl::string_view last = WordBeforeSpaces(before, before.size());
  if (last.data() != nullptr && absl::EqualsIgnoreCase(last, "the")) {
    // Either "the" ends the speech words' \s+ or the pattern cannot match.
    last = WordBeforeSpaces(before, last.data() - before.data());
  }
  if (last.data() == nullptr) return false;
  if (std::none_of(std::begin(kLastWords), std::end(kLastWords), [&](absl::string_view w) {
        return absl::EqualsIgnoreCase(last, w);
      }) &&
      IsAscii(last)) {
    return false;
  }
  return kSpeech->Match(ToPiece(before), 0, before.size(), RE2::UNANCHORED, nullptr, 0);
}

// An unnamed group as the object of a trigger: "detained dozens of fighters",
// "the detention in June of fighters", "arrested a group of militia members
// from X", "arrested the group"; or one unnamed person, told of as someone
// new by a short indefinite noun phrase ("arrested a student", "detained an
// elderly man"; not a lede's "released an Iran-aligned militia commander",
// whose name follows later). `of_begin` is where a following "of"/"from"
// phrase starts (the group named after it), or -1.
struct GroupObject {
  bool found = false;
  int64_t of_begin = -1;
};

// Whether a word, lower-cased, fully matches a frame's count-noun pattern
// (RuleSet::CompiledFrame::count_noun, case-insensitive, so the answer is
// that of the word as written), remembered per thread across documents: the
// words after triggers and the counted nouns repeat. Patterns are told apart
// by their count_noun_id, unique in the process. At most 2^16 answers
// are kept per thread. Words without any of the pattern's literal words
// (count_noun_guard), most of them, are answered without the memo.
class GroupNounCache {
 public:
  // Requires frame.count_noun.
  bool Matches(const RuleSet::CompiledFrame& frame, absl::string_view word) {
    if (!frame.count_noun_guard.MayMatch(word)) return false;
    thread_local BoundedMemo<std::pair<uint64_t, std::string>, bool> seen(1 << 16);
    key_.first = frame.count_noun_id;
    key_.second.assign(word.data(), word.size());
    absl::AsciiStrToLower(&key_.second);
    return seen.Get(key_, [&] {
      return frame.count_noun->Match(ToPiece(key_.second), 0, key_.second.size(),
                                     RE2::ANCHOR_BOTH, nullptr, 0);
    });
  }

 private:
  std::pair<uint64_t, std::string> key_;
};

GroupObject FindGroupObject(absl::string_view text, int64_t begin, int64_t end,
                            const RuleSet::CompiledFrame& frame, GroupNounCache* cache,
                            absl::FunctionRef<bool(int64_t, int64_t)> is_name) {
  GroupObject out;
  if (frame.count_noun == nullptr) return out;
  int64_t pos = begin;
  bool indefinite = false;  // After "a" or "an".
  std::string plural;
  for (int words = 0; words < 8 && pos < end; ++words) {
    while (pos < end && text[pos] == ' ') ++pos;
    int64_t b = pos;
    while (pos < end && (absl::ascii_isalnum(text[pos]) || text[pos] == '-' ||
                         text[pos] == '\'')) {
      ++pos;
    }
    if (pos == b) return out;  // Punctuation ends the object.
    absl::string_view w = text.substr(b, pos - b);
    // "killed by gunmen", "arrested on Monday by police": the agent of a
    // passive, not the object.
    if (w == "by") return out;
    // "freed on Monday after talks between party leaders": an adjunct
    // clause, past any object.
    static constexpr absl::string_view kAdjunct[] = {
        "after", "following", "because", "amid", "since", "before",
        "during", "between", "despite", "when", "while", "until"};
    for (absl::string_view a : kAdjunct) {
      if (w.size() == a.size() && absl::ascii_tolower(w[0]) == a[0] &&
          absl::EqualsIgnoreCase(w, a)) {
        return out;
      }
    }
    // A person or organisation before any group noun: a named object.
    if (is_name(b, pos)) return out;
    if (words == 0 && (w == "a" || w == "an")) indefinite = true;
    // One person, by the plural of the noun ("a student": "students").
    bool one = false;
    if (indefinite && words > 0 && words <= 2) {
      if (absl::EndsWith(w, "man")) {
        plural.assign(w.data(), w.size() - 2);
        plural += "en";
      } else {
        plural.assign(w.data(), w.size());
        plural += 's';
      }
      one = cache->Matches(frame, plural);
      // "a man named X", "a student, X,": the person is named.
      if (one) {
        int64_t p = pos;
        while (p < end && (text[p] == ' ' || text[p] == ',')) ++p;
        int64_t q = p;
        while (q < end && absl::ascii_isalpha(text[q])) ++q;
        const absl::string_view next = text.substr(p, q - p);
        if (next == "named" || next == "called" || next == "identified" ||
            (q > p && is_name(p, q))) {
          return out;
        }
      }
    }
    // "arrested the group": the people the story counted before.
    const bool group = words == 1 && (w == "group" || w == "groups") &&
                       !absl::StartsWith(text.substr(pos, end - pos), " of ");
    if (one || group || cache->Matches(frame, w)) {
      out.found = true;
      int64_t p = pos;
      while (p < end && text[p] == ' ') ++p;
      absl::string_view rest = text.substr(p, end - p);
      if (absl::StartsWith(rest, "of ") || absl::StartsWith(rest, "from ")) {
        out.of_begin = p;
      }
      return out;
    }
  }
  return out;
}

// `range` with the word "the" or "that" (any case) right before it, when
// there is one in `sentence`: the evidence of "the next day", "that same
// night", whose expressions begin at "next" and "same".
TextRange WithArticle(absl::string_view text, TextRange sentence, TextRange range) {
  for (absl::string_view article : {"the ", "that "}) {
    const int64_t b = range.begin - static_cast<int64_t>(article.size());
    if (b < sentence.begin) continue;
    if (b > sentence.begin && absl::ascii_isalnum(static_cast<unsigned char>(text[b - 1]))) {
      continue;
    }
    if (absl::EqualsIgnoreCase(text.substr(b, article.size()), article)) {
      return TextRange{b, range.end};
    }
  }
  return range;
}

// The apposition that tells of a name and holds the time at `range` ("X,
// a militant group banned in 2019, claimed the killing", "Y (YB), an agency
// founded in 2003, said"): from ", a" or ", an" right after a capitalised
// word or a closing bracket to the next comma. Empty when there is none.
// A time there is the named thing's, unless the apposition tells of an
// event itself ("Z, an activist killed last month,").
TextRange NameAppositionAround(absl::string_view text, TextRange sentence, TextRange range) {
  const absl::string_view before = text.substr(sentence.begin, range.begin - sentence.begin);
  size_t open = absl::string_view::npos;
  for (absl::string_view article : {", a ", ", an "}) {
    const size_t at = before.rfind(article);
    if (at != absl::string_view::npos && (open == absl::string_view::npos || at > open)) open = at;
  }
  if (open == absl::string_view::npos || open == 0) return TextRange();
  if (before.find(',', open + 1) != absl::string_view::npos) return TextRange();
  const char last = before[open - 1];
  size_t word = open;
  while (word > 0 && absl::ascii_isalpha(static_cast<unsigned char>(before[word - 1]))) --word;
  if (last != ')' && !(word < open && absl::ascii_isupper(static_cast<unsigned char>(before[word])))) {
    return TextRange();
  }
  const absl::string_view after = text.substr(range.end, sentence.end - range.end);
  const size_t close = after.find(',');
  if (close == absl::string_view::npos ||
      after.substr(0, close).find_first_of(";:()") != absl::string_view::npos) {
    return TextRange();
  }
  return TextRange{sentence.begin + static_cast<int64_t>(open),
                   range.end + static_cast<int64_t>(close)};
}

// True when the date at `range` is a source citation, "(Reuters, June 25,
// 2020)" or "(, May 4)" (a link whose text was stripped): a comma before the
// date inside parentheses and the closing parenthesis right after it. The
// date is when the source was published, not when the event happened.
bool IsCitationDate(absl::string_view text, TextRange sentence, TextRange range) {
  int64_t e = range.end;
  while (e < sentence.end && (text[e] == ' ' || text[e] == '.')) ++e;
  if (e >= sentence.end || text[e] != ')') return false;
  int64_t b = range.begin;
  while (b > sentence.begin && text[b - 1] == ' ') --b;
  if (b <= sentence.begin || text[b - 1] != ',') return false;
  for (int64_t i = b - 1; i > sentence.begin && range.begin - i <= 80; --i) {
    char c = text[i - 1];
    if (c == '(') return true;
    if (c == ')' || c == '.' || c == '"' || c == ';') return false;
  }
  return false;
}

// Which relative clauses that close before a trigger hold a value away from
// it: kParticipants, those about people ("Hassan, who was born in 1980, was
// arrested", "X, a farmer who moved to Y in 2019, was arrested") or about a
// name ("Radio X, which broadcasts into Y, says"), while a clause about a
// common noun may tell when and where the event happened ("the blaze, which
// broke out on Tuesday, killed"); or kAny (for a count: "the union, which
// has 4,000 members, said soldiers detained").
enum class ClausesBefore { kParticipants, kAny };

// True when `value` sits in a relative clause that does not hold `trigger`:
// one that opens after it (", who operates in X,", ", a rebel group that
// signed a truce in 2016"), or one of `before` that opens before `value` and
// closes before the trigger. The clause describes a participant, not the
// event.
bool InsideRelativeClause(absl::string_view text, TextRange sentence, TextRange trigger,
                          TextRange value, ClausesBefore before = ClausesBefore::kParticipants) {
  static const RE2* const kOpener = new RE2(
      "^,\\s+(?:who|whose|which|whom)\\b"
      "|^,\\s+(?:an?|the)\\s+(?:[\\w'-]+\\s+){0,4}?(?:that|which|who|whose)\\s");
  static const RE2* const kAboutPeople = new RE2(
      "^,\\s+(?:who|whose|whom)\\b"
      "|^,\\s+(?:an?|the)\\s+(?:[\\w'-]+\\s+){0,4}?(?:who|whose)\\s");
  const bool after = value.begin >= trigger.end;
  for (int64_t i = value.begin - 1; i >= sentence.begin && (!after || i >= trigger.end); --i) {
    if (text[i] != ',') continue;
    const absl::string_view clause = text.substr(i, value.begin - i);
    if (after) return Occurs(*kOpener, clause);
    if (value.end >= trigger.begin ||
        text.substr(value.end, trigger.begin - value.end).find(',') == absl::string_view::npos ||
        !Occurs(*kOpener, clause)) {
      return false;
    }
    if (before == ClausesBefore::kAny || Occurs(*kAboutPeople, clause)) return true;
    // The head before the comma: a name, or a common noun.
    int64_t head = i;
    while (head > sentence.begin && absl::ascii_isalnum(text[head - 1])) --head;
    return head < i && absl::ascii_isupper(text[head]);
  }
  return false;
}

// True when the trigger at `begin` names an event that has not happened but
// is wanted, attempted or lacked: "evidence to convict him", "failed to
// arrest", "ordering him to release", "plans to attack". Such a mention is no
// event; the categories of its sentence go to the event it is about.
bool IsUnrealised(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kUnrealised = new RE2(
      "(?i)\\b(?:evidence|enough|grounds|basis|fail(?:ed|s|ing)?|unable|refus(?:ed|es|ing)|"
      "attempt(?:s|ed|ing)?|tr(?:y|ied|ies|ying)|plan(?:s|ned|ning)?|threat(?:en|ened|ening|ens)|"
      "s(?:eek|eeks|ought|eeking)|vow(?:ed|s)?|wan(?:t|ts|ted)|demand(?:ed|s|ing)?|"
      "order(?:ed|s|ing)?|urg(?:e|ed|es|ing)|call(?:ed|s|ing)? on|pressure)"
      "(?:\\s+(?:him|her|them|it|us|the \\w+))?\\s+to\\s+$");
  int64_t from = std::max<int64_t>(sentence_begin, begin - 40);
  absl::string_view before = text.substr(from, begin - from);
  // The pattern ends in \s+to\s+$: test that first, without RE2.
  absl::string_view last = WordBeforeSpaces(before, before.size());
  if (last.data() == nullptr || last.data() == before.data() ||
      !IsRe2Space(last.data()[-1]) || !absl::EqualsIgnoreCase(last, "to")) {
    return false;
  }
  return kUnrealised->Match(ToPiece(before), 0, before.size(), RE2::UNANCHORED, nullptr, 0);
}

// True when the trigger is a noun that a verb of telling takes as its
// object, a determiner between: "police confirmed the arrest on Thursday",
// "the army announced his death", "officials denied the killings". A time
// in its sentence dates the telling, not the event.
bool IsToldOf(absl::string_view text, TextRange sentence, TextRange trigger) {
  static const RE2* const kTellingBefore = new RE2(
      "(?i)\\b(?:confirm(?:ed|s)?|announc(?:ed|es|e)|report(?:ed|s)?|disclos(?:ed|es|e)|"
      "reveal(?:ed|s)?|acknowledg(?:ed|es|e)|den(?:ied|ies|y))\\s+"
      "(?:the|his|her|their|its|an?)\\s+(?:[a-z-]+\\s+)?$");
  const int64_t from = std::max<int64_t>(sentence.begin, trigger.begin - 40);
  const absl::string_view before = text.substr(from, trigger.begin - from);
  // Most triggers have no telling verb before them: test for one of the
  // verbs' stems (their letters after the first, of any case) first,
  // without RE2.
  constexpr absl::string_view kStems[] = {"onfirm", "nnounc", "eport", "isclos",
                                          "eveal",  "cknowledg", "den"};
  if (std::none_of(std::begin(kStems), std::end(kStems),
                   [&](absl::string_view stem) { return absl::StrContains(before, stem); })) {
    return false;
  }
  return Occurs(*kTellingBefore, before);
}

// True when the trigger counts its event among others of a period: an
// ordinal, past the first, and the one counted before it, and the period
// after it ("the third journalist killed in X this year",
// "the fifth activist to be arrested since March").
bool IsTallied(absl::string_view text, TextRange sentence, TextRange trigger) {
  static const RE2* const kOrdinalBefore = new RE2(
      "(?i)\\bthe\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
      "\\d+(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){1,2}(?:to\\s+(?:be|have\\s+been)\\s+)?$");
  static const RE2* const kPeriodAfter = new RE2(
      "(?i)\\b(?:(?:this|last|that)\\s+(?:year|month|decade)|since|so\\s+far|"
      "in\\s+(?:the\\s+)?(?:past|last)\\s+\\w+)\\b");
  const int64_t from = std::max<int64_t>(sentence.begin, trigger.begin - 50);
  const absl::string_view before = text.substr(from, trigger.begin - from);
  // Most triggers have no "the" before them: test that first, without RE2.
  if (before.find("he ") == absl::string_view::npos) return false;
  return Occurs(*kOrdinalBefore, before) &&
         Occurs(*kPeriodAfter, text.substr(trigger.end, sentence.end - trigger.end));
}

// True when the trigger at `begin` is a noun of what someone demands
// ("demanding the release of", "called for his immediate release",
// "demanded Ali's release", "sought the arrest of"): an event wanted, not
// one that happened (the caller leaves out demonstrations "called for",
// which are held).
bool IsDemanded(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kDemanded = new RE2(
      "(?i:\\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\\s+for|seek(?:s|ing)?|sought|"
      "urg(?:e|ed|es|ing)|press(?:ed|es|ing)?\\s+for|push(?:ed|es|ing)?\\s+for)\\s+)"
      "(?:(?i:the|his|her|their|its|an?)\\s+|(?:\\p{Lu}[\\w-]*\\s+){0,3}?\\p{Lu}[\\w-]*'s\\s+)?"
      "(?i:(?:immediate|swift|unconditional|speedy|prompt)\\s+)?$");
  const int64_t from = std::max<int64_t>(sentence_begin, begin - 60);
  return Occurs(*kDemanded, text.substr(from, begin - from));
}

// True when the phrase at `begin` follows "the same", "that very same"
// ("killed in the same airstrike"): it names an event told before.
bool FollowsSame(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kSame =
      new RE2("(?i)\\b(?:the|that|this)\\s+(?:very\\s+)?same\\s+$");
  int64_t from = std::max<int64_t>(sentence_begin, begin - 20);
  absl::string_view before = text.substr(from, begin - from);
  // The pattern ends in white space, "same" and \s+: test that first, without
  // RE2 (an ASCII word other than "same" there cannot be it).
  absl::string_view last = WordBeforeSpaces(before, before.size());
  if (last.data() == nullptr || (IsAscii(last) && !absl::EqualsIgnoreCase(last, "same"))) {
    return false;
  }
  return Occurs(*kSame, before);
}

// True when the value at `begin` is named as what the event was not:
// "charged, but not with fraud", "convicted not of murder but of
// manslaughter", "not, at first, with espionage".
bool FollowsNegatedPreposition(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kNegated =
      new RE2("\\bnot\\b[^.;:]{0,20}?\\b(?:with|of|for)\\s+$");
  const int64_t from = std::max(sentence_begin, begin - 40);
  const absl::string_view before = text.substr(from, begin - from);
  if (before.find("not") == absl::string_view::npos) return false;
  re2::StringPiece m;
  // Not the second half of "not with X but with Y".
  return kNegated->Match(ToPiece(before), 0, before.size(), RE2::UNANCHORED, &m, 1) &&
         ToView(m).find(" but ") == absl::string_view::npos;
}

// True when `words` is white space and auxiliaries only (" were ", " had
// been "), or empty.
bool IsAuxiliaryRun(absl::string_view words) {
  for (absl::string_view w : absl::StrSplit(words, ' ', absl::SkipEmpty())) {
    bool aux = false;
    for (absl::string_view a : {"was", "were", "had", "have", "has", "been", "being", "are",
                                "is"}) {
      aux = aux || w == a;
    }
    if (!aux) return false;
  }
  return true;
}

// True when `expression` holds a year written in full ("May 3, 2021").
bool NamesAYear(absl::string_view expression) {
  int digits = 0;
  for (char c : expression) {
    digits = absl::ascii_isdigit(c) ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

// True when the time expression at `range` ends a period ("remanded until
// May 12", "held till Friday"): when something stopped, not when the event
// happened; unless a "not" before says it happened then ("was not released
// until Monday").
bool EndsAPeriod(absl::string_view text, int64_t sentence_begin, TextRange range) {
  static const RE2* const kUntil = new RE2("(?i)^(?:until|till)\\b");
  static const RE2* const kAfterUntil = new RE2("(?i)\\b(?:until|till)\\s+$");
  const int64_t from = std::max(sentence_begin, range.begin - 8);
  const absl::string_view expression = text.substr(range.begin, range.end - range.begin);
  if (!Occurs(*kUntil, expression) &&
      !Occurs(*kAfterUntil, text.substr(from, range.begin - from))) {
    return false;
  }
  static const RE2* const kNot = new RE2("(?i)\\b(?:not|never)\\b|n't\\b");
  const int64_t not_from = std::max(sentence_begin, range.begin - 60);
  return !Occurs(*kNot, text.substr(not_from, range.begin - not_from));
}

// True when the time expression at `range` bounds a comparison with
// earlier events ("the largest swap since December 2025", "the exchange,
// the first since August", "the deadliest attack since 2014"): the time of
// the last one like it, not of this one ("held since May" still dates it),
// unless a clause on that one follows ("the deadliest since May 2021, when
// six people were killed").
bool BoundsAComparison(absl::string_view text, int64_t sentence_begin, TextRange range) {
  static const RE2* const kSince = new RE2("(?i)^since\\b");
  static const RE2* const kAfterSince = new RE2("(?i)\\bsince\\s+$");
  const int64_t from = std::max(sentence_begin, range.begin - 80);
  const absl::string_view before = text.substr(from, range.begin - from);
  if ((!Occurs(*kSince, text.substr(range.begin, range.end - range.begin)) &&
       !Occurs(*kAfterSince, before)) ||
      absl::StartsWith(text.substr(range.end), ", when ")) {
    return false;
  }
  static const RE2* const kComparison = new RE2(
      "(?i)\\b(?:first|only|best|worst|largest|biggest|greatest|smallest|highest|"
      "lowest|deadliest|bloodiest|heaviest|fiercest|strongest|longest|busiest|sharpest)"
      "\\b(?:\\s+[\\w'-]+){0,4}?\\s+(?:since\\s+)?$");
  return Occurs(*kComparison, before);
}

// True when the time expression at `begin` is named as when the event did
// not happen: "not on Monday", "in March, not in February" (not "not
// until Monday", which says when it did).
bool FollowsNegation(absl::string_view text, int64_t sentence_begin, int64_t begin) {
  static const RE2* const kNegated =
      new RE2("(?i)\\bnot\\s+(?:(?:on|in|at|during)\\s+)?$");
  const int64_t from = std::max(sentence_begin, begin - 16);
  const absl::string_view before = text.substr(from, begin - from);
  return before.find("not") != absl::string_view::npos && Occurs(*kNegated, before);
}

// Frames with an instrument: an attack has no person role ("an airstrike"),
// a death or injury has one (the victim).
bool IsAttackFrame(const RuleSet::CompiledFrame& f) {
  return f.has_instrument && !f.has_person;
}
bool IsHarmFrame(const RuleSet::CompiledFrame& f) {
  return f.has_instrument && f.has_person;
}

// True when the text of `text` from `at` (right after a verb) to `end`
// starts with the verb's object: a determiner, a pronoun, a number or a
// name ("shot dead a councillor", "arrested him", "raided Velikoye").
bool StartsWithObject(absl::string_view text, int64_t at, int64_t end) {
  static const RE2* const kObjectStart = new RE2(
      "\\s+(?:(?i:an?|the|his|her|their|its|him|them|one|two|three|four|five|six|seven|"
      "eight|nine|ten|several|dozens|scores|hundreds|some|many|at\\s+least|more\\s+than)\\b|"
      "\\d|\\p{Lu})");
  return kObjectStart->Match(ToPiece(text), at, end, RE2::ANCHOR_START, nullptr, 0);
}

// True when the trigger at `trigger` in `text` is several words whose
// second starts the first's object ("pushed Tsegai into a car", "found the
// clerk guilty", "took him from his flat"); with `after_particle`, also
// whose third does after a particle ("took away Mr X").
bool HasObjectInside(absl::string_view text, TextRange trigger, bool after_particle = false) {
  const absl::string_view words = text.substr(trigger.begin, trigger.end - trigger.begin);
  size_t space = words.find(' ');
  if (space == absl::string_view::npos) return false;
  if (after_particle) {
    for (absl::string_view particle : {" away ", " up ", " off ", " out ", " down "}) {
      if (words.substr(space, particle.size()) == particle) {
        space += particle.size() - 1;
        break;
      }
    }
  }
  return StartsWithObject(text, trigger.begin + static_cast<int64_t>(space), trigger.end);
}

// True when `gap`, the text after a verb, begins with a preposition: what
// follows is not the verb's object ("killed at a rally for X").
bool StartsWithPreposition(absl::string_view gap) {
  static const RE2* const kPreposition = new RE2(
      "\\s*(?i:at|in|on|for|during|near|outside|inside|after|before|from|since|under|"
      "into|across|through|along|around|amid|following|beside|behind|towards?|while|without|"
      "despite)\\b");
  return kPreposition->Match(ToPiece(gap), 0, gap.size(), RE2::ANCHOR_START, nullptr, 0);
}

// True when `phrase` begins with a verb in the past or a past participle,
// in -ed or one of the irregular forms of verbs that tell events ("took",
// "shot", "beaten").
bool IsPastVerb(absl::string_view phrase) {
  // English verbs of events whose past or participle does not end in -ed.
  static const auto* const kIrregularPast = new absl::flat_hash_set<absl::string_view>{
      "took",   "taken",  "shot",   "held",  "beat",   "beaten", "struck", "hit",
      "threw",  "thrown", "caught", "sent",  "led",    "drove",  "driven", "brought",
      "kept",   "fought", "broke",  "broken", "tore",  "torn",   "stole",  "stolen",
      "slew",   "slain",  "fled",   "bound", "put",    "set",    "let",    "found"};
  const absl::string_view first_word = phrase.substr(0, phrase.find(' '));
  if (absl::EndsWith(first_word, "ed")) return true;
  char lower[8];  // The longest irregular form has 7 letters.
  if (first_word.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < first_word.size(); ++i) lower[i] = absl::ascii_tolower(first_word[i]);
  return kIrregularPast->contains(absl::string_view(lower, first_word.size()));
}

// Appends to (*times)[0, n), the time expressions FindTimeExpressions found
// in `sentence`, the year that names an occasion after "during", "in",
// "since", "after" or "before" and "the" ("during the 2021 strike", "since
// the 2003 invasion"), which the finder does not read as a date (the year
// before a noun may be a count: "the 2000 workers"; a word of time comes
// first here), as "in YYYY" is read; keeps them in text order and returns
// their number.
size_t AddYearsOfOccasions(absl::string_view sentence, absl::string_view published, size_t n,
                           std::vector<TimeExpression>* times) {
  static const RE2* const kOccasionYear = new RE2(
      "(?i)\\b(?:during|in|since|after|before)\\s+the\\s+((?:19|20)\\d\\d)\\s+[a-z]");
  if (sentence.find(" the 19") == absl::string_view::npos &&
      sentence.find(" the 20") == absl::string_view::npos) {
    return n;
  }
  re2::StringPiece rest = ToPiece(sentence);
  re2::StringPiece year;
  const size_t before = n;
  while (RE2::FindAndConsume(&rest, *kOccasionYear, &year)) {
    absl::StatusOr<DateValue> value =
        NormalizeDate(absl::StrCat("in ", ToView(year)), published);
    if (!value.ok()) continue;
    const int64_t b = year.data() - sentence.data();
    const TextRange range{b, b + static_cast<int64_t>(year.size())};
    if (std::any_of(times->begin(), times->begin() + before, [&](const TimeExpression& t) {
          return t.range.begin < range.end && range.begin < t.range.end;
        })) {
      continue;
    }
    if (times->size() <= n) times->resize(n + 1);
    (*times)[n].range = range;
    (*times)[n].value = *std::move(value);
    ++n;
  }
  if (n > before) {
    std::sort(times->begin(), times->begin() + n,
              [](const TimeExpression& a, const TimeExpression& b) {
                return a.range.begin < b.range.begin;
              });
  }
  return n;
}

// The people listed with `best`, a person among `mentions` (a sentence's
// mentions, in text order): "X and Y were arrested", "killed: X, 34; Y, a
// teacher; and Dr. Z", "X, his deputy Y and board member Z". A list ends in
// "and": "after the arrest of X, Y appeared" lists no one. Only mentions
// `may_list` accepts are listed.
absl::InlinedVector<const EntityMentionSpan*, 4> PeopleListedWith(
    absl::string_view text, absl::Span<const EntityMentionSpan> mentions,
    const EntityMentionSpan* best, const EntityExtractor& entities,
    absl::FunctionRef<bool(const EntityMentionSpan&)> may_list) {
  // Between two listed names: an age or an apposition, then a comma, a
  // semicolon or "and", then a title.
  static const RE2* const kListGap =
      new RE2("(?:,\\s*(?:\\d{1,3}|(?:a|an|the|who)\\s[^,;:()]{1,60}))?"
              "(?:[,;]\\s*(?:and\\s+)?|\\s+and\\s+)(?:[A-Z][\\w.'-]*\\s+)?");
  static const RE2* const kAnd = new RE2("\\band\\s+(?:[A-Z][\\w.'-]*\\s+)?$");
  // The separator part of the gap [from, to) before a listed name: the gap,
  // or the gap without the role before the name ("and board member Y", ",
  // his deputy Y", "and fellow DSF leader Y"); empty when it lists none.
  auto list_gap = [&](int64_t from, int64_t to) -> absl::string_view {
    if (from >= to) return {};
    absl::string_view gap = text.substr(from, to - from);
    if (RE2::FullMatch(ToPiece(gap), *kListGap)) return gap;
    if (!entities.IsAfterPersonRole(text, to)) return {};
    for (int words = 0; words < 3; ++words) {
      const size_t space = gap.find_last_not_of(' ');
      if (space == absl::string_view::npos) return {};
      size_t b = space + 1;
      while (b > 0 && (absl::ascii_islower(gap[b - 1]) || gap[b - 1] == '-')) --b;
      // Or an acronym of the body the role is in ("fellow DSF leader Y").
      if (b == space + 1 && words > 0) {
        while (b > 0 && absl::ascii_isupper(gap[b - 1])) --b;
        if (space + 1 - b < 2 || space + 1 - b > 6) return {};
      }
      if (b == space + 1 || b == 0 || gap[b - 1] != ' ') return {};
      gap = gap.substr(0, b);
      if (RE2::FullMatch(ToPiece(gap), *kListGap)) return gap;
    }
    return {};
  };
  absl::InlinedVector<const EntityMentionSpan*, 4> listed;
  const EntityMentionSpan* const first = mentions.data();
  const EntityMentionSpan* const last = first + mentions.size();
  // Forward, then back, from `best`.
  int64_t end = best->range.end;
  bool closed = false;  // Whether the last gap taken ends in "and".
  for (const EntityMentionSpan* m = best + 1; m < last && m->range.begin >= end; ++m) {
    if (!may_list(*m)) break;
    const absl::string_view gap = list_gap(end, m->range.begin);
    if (gap.empty()) break;
    closed = Occurs(*kAnd, gap);
    listed.push_back(m);
    end = m->range.end;
  }
  if (!closed) listed.clear();
  int64_t begin = best->range.begin;
  for (const EntityMentionSpan* m = best; m-- > first && m->range.end <= begin;) {
    if (!may_list(*m)) break;
    const absl::string_view gap = list_gap(m->range.end, begin);
    if (gap.empty()) break;
    if (begin == best->range.begin && listed.empty() && !Occurs(*kAnd, gap)) break;
    listed.push_back(m);
    begin = m->range.begin;
  }
  return listed;
}

// True when `trigger` (its surface) is a verb in the past (IsPastVerb)
// that `gap`, the text before it, joins to an earlier predicate with "and"
// or "then": "charged with fraud and released",
// "raided the office on Monday and later detained", "raided the village and
// took five men from their homes", "was attacked and has died" (not "and
// the killing of", "and arrests followed", nor "accused of having detained
// and tortured").
bool IsCoordinatedPredicate(absl::string_view gap, absl::string_view trigger) {
  static const RE2* const kAndTail = new RE2(
      "(?i)\\b(?:and|then)\\s+(?:(?:later|then|subsequently|also|was|were|has|have|had|been|"
      "briefly|quickly|immediately|eventually)\\s+)*$");
  return IsPastVerb(trigger) && !absl::StrContains(gap, "having ") &&
         RE2::PartialMatch(ToPiece(gap), *kAndTail);
}

// True when the time at `time_begin` dates a telling in the sentence, told
// to someone or said: "contrary to what the prosecutor told state media on
// 11 February", "as the minister said on Monday" (not "told reporters the
// arrests happened on Monday": a clause of what was told between; nor a
// possessive: "said Sunday's protest drew 3,000").
bool DatesATelling(absl::string_view text, int64_t sentence_begin, TextRange time) {
  static const RE2* const kTelling = new RE2(
      "(?i)\\b(?:(?:told|tells)\\s+(?:[\\w'-]+\\s+){1,3}?|(?:said|says|stated|announced)\\s+)"
      "(?:on\\s+|in\\s+|last\\s+)?$");
  if (absl::StartsWith(text.substr(time.end), "'s ")) return false;
  const int64_t from = std::max(sentence_begin, time.begin - 60);
  return Occurs(*kTelling, text.substr(from, time.begin - from));
}

// True when a name right after the comma that follows the noun trigger at
// `trigger_begin` belongs to it: the trigger's phrase does not open the
// sentence as an adjunct ("after the blast, X wrote"), or the adjunct holds
// a possessive the name stands for ("under the terms of his release, X").
bool NamedAfterNounComma(absl::string_view text, int64_t sentence_begin, int64_t trigger_begin) {
  static const RE2* const kOpeningAdjunct = new RE2(
      "(?i)^(?:[\\w'-]+\\s+){0,3}?(?:after|before|since|under|during|following|despite|"
      "upon|on|in|at|until|amid|over)\\s[^,]*$");
  static const RE2* const kPossessive = new RE2("(?i)\\b(?:his|her|their)\\s");
  const absl::string_view before = text.substr(sentence_begin, trigger_begin - sentence_begin);
  if (!Occurs(*kOpeningAdjunct, before)) return true;
  return Occurs(*kPossessive, before);
}

// Where the name that a sentence opening with a group of those the trigger
// at `trigger` happened to names among them begins: "Among those detained on
// Monday was X", "Among the four men arrested in the raid were trader X and
// Y", "Among the dead was a nurse, X" (the first name; a few words, and a
// comma, may describe it). -1 when the sentence does not open so, or names
// no one right after its "was"/"were".
int64_t NamedAmongThose(absl::string_view text, TextRange sentence, TextRange trigger) {
  static const RE2* const kAmongThose = new RE2(
      "(?i)^among\\s+(?:those|the\\s+(?:[\\w'-]+\\s+){0,3}?(?:people|men|women|"
      "[a-z]+s)|the)\\s+(?:(?:who|that)\\s+(?:(?:were|had\\s+been)\\s+)?)?$");
  static const RE2* const kThenWas = new RE2(
      "^[^.;:!?]{0,120}?\\s(?:was|were)\\s+((?:[a-z][\\w'-]*,?\\s+){0,4}?)[[:upper:]]");
  if (!Occurs(*kAmongThose, text.substr(sentence.begin, trigger.begin - sentence.begin))) {
    return -1;
  }
  const absl::string_view after = text.substr(trigger.end, sentence.end - trigger.end);
  re2::StringPiece description;
  if (!RE2::PartialMatch(ToPiece(after), *kThenWas, &description)) return -1;
  return static_cast<int64_t>(description.data() + description.size() - text.data());
}

// True when `gap`, the text between an accusation cue ("convicted of",
// "charged X with") and a trigger, keeps the trigger inside the accusation:
// short, or a list without a clause break or a passive agent ("convicted of
// forging documents and the killing of an official", not "accused of fraud,
// and gunmen killed ...", "blamed for the blast by police who ..."), and not
// a coordinated predicate ("charged with fraud and released"), nor the
// predicate of the clause the accusation is in ("a man accused of the
// killing was freed": a finite verb between). `trigger` is the trigger's
// surface.
bool IsInsideCharge(absl::string_view gap, absl::string_view trigger) {
  if (IsCoordinatedPredicate(gap, trigger)) return false;
  static const RE2* const kFiniteVerb =
      new RE2("\\b(?:was|were|is|are|has|have|had|will|would)\\s");
  if (RE2::PartialMatch(ToPiece(gap), *kFiniteVerb)) return false;
  if (gap.size() <= 25) return true;
  return gap.size() <= 70 && gap.find_first_of(",;:()\"") == absl::string_view::npos &&
         !absl::StrContains(gap, " by ");
}

// Spells the names of `entities` (canonical and aliases, surfaces of the
// normalised text) with the Latin letters of `original`, as its first
// mention of each surface writes them.
void RestoreLatinLetters(const NormalizedText& norm, absl::string_view original,
                         EntityResult* entities) {
  absl::flat_hash_map<absl::string_view, std::string> written;
  for (const EntityMentionSpan& m : entities->mentions) {
    const absl::string_view surface =
        absl::string_view(norm.text).substr(m.range.begin, m.range.end - m.range.begin);
    auto [it, fresh] = written.try_emplace(surface);
    if (fresh) it->second = norm.RestoreLatinLetters(original, m.range);
  }
  auto restore = [&](std::string* name) {
    auto it = written.find(*name);
    if (it != written.end()) *name = it->second;
  };
  for (EntityCluster& cl : entities->clusters) {
    restore(&cl.canonical);
    for (std::string& alias : cl.aliases) restore(&alias);
  }
}

// "Jamal Ibrahim, who is better known as Abu Mahdi", "X (also known as Y)", "X,
// 16, known to everyone on the hill as Y", "X, a student known as Y", "X,
// nicknamed \"Y\"", "X, a.k.a. Y", "X alias Y", "X, dit Y", and a former name
// ("X, formerly Y", "X (the former Y)", "X, once called Y"): two names of one
// person or group. Joins Y's cluster into X's when both are people or both
// organisations (or X an organisation "known ... as the Y"); and when X is a
// place and Y a name the gazetteer does not know, typed a place or a person,
// after any of these but "known to <someone> as" ("the town of X, known in
// Kurdish as Y", "X (also known as Y)", "X (formerly Y)"). And "we know him as
// Y", "friends call her Y": Y, a person, is the last person named before it in
// its paragraph, at most 300 bytes back; with none, the person named next, in
// the sentence after ("Everyone calls him Y. X, the union's president, ...");
// "known by his nom de guerre, Y" is such a cue, and a title before Y ("calls
// Comrade Y") is read past. Two people are one in "X, Y to almost everyone in
// Z" and "X (\"Y\")"; two bodies in "X (Y)" and "X (Y, ACR)", the acronym's
// mention with them. The clusters left without mentions are removed (the others
// keep their order).
void MergeKnownAs(absl::string_view text, EntityResult* entities) {
  static const RE2* const kKnownAs = new RE2(
      "^\\s*[,(]?\\s*(?:[0-9]{1,3},\\s*)?(?:(?:who|which)\\s+(?:is|was|are|were)\\s+|"
      // An apposition before it: "X, a 26-year-old activist known as Y".
      "(?:an?|the)\\s+(?:[\\w'-]+\\s+){1,5}?)?"
      "(?:(?:also|better|more commonly|widely|popularly|commonly|locally)\\s+)?"
      "(?:(?:known|referred to)(?:\\s+(?:locally|here|there|officially|informally|widely)|"
      "\\s+(to|in)(?:\\s+[\\w'-]+){1,5}?)?\\s+as|"
      "nicknamed)\\s+(?:the\\s+)?[\"\\x{201C}\\x{AB}]?\\s*$|"
      // "X alias Y", and the French "X, dit Y" kept in translations, the name
      // in quotes or guillemets or not ("dit « Ti Jean »").
      "^\\s*[,(]?\\s*(?:a\\.k\\.a\\.|aka|alias|dit|dite)\\s+[\"\\x{201C}\\x{AB}]?\\s*$|"
      // Its name before: "Yangon, formerly Rangoon,", "X (the former Y)",
      // "X, previously called Y".
      "^\\s*[,(]?\\s*(?:formerly|(?:formerly|previously|once|originally)\\s+"
      "(?:known\\s+as|called|named))\\s+(?:the\\s+)?$|^\\s*\\(\\s*the\\s+former\\s+$");
  constexpr int64_t kPronounReach = 300;
  // A person named after the cue with a title ("whom everyone calls Comrade
  // X"), a name after its title and a comma, or a name in quotes in
  // brackets: "X, Comrade Y to almost everyone in Z,", "X, Y to his
  // friends,", "X (\"Y\")".
  static const RE2* const kNameToEveryone = new RE2(
      "^\\s+to\\s+(?:almost\\s+|nearly\\s+|just\\s+about\\s+)?(?:everyone|everybody|all|"
      "most|many|friends|followers|supporters|(?:his|her|their)\\s+(?:friends|followers|"
      "supporters|comrades|fans|colleagues))\\b");
  static const RE2* const kQuotedInBrackets = new RE2("^\\s*\\(\\s*[\"\\x{201C}]$");
  static const RE2* const kAsThe = new RE2("\\bas\\s+the\\s+$");
  static const RE2* const kBracketClose = new RE2("^(?:,\\s*([A-Z][A-Za-z.]{1,8}))?\\)");
  std::vector<EntityMentionSpan>& ms = entities->mentions;
  // Where the mention's title begins, or the mention when it has none.
  auto begin_with_title = [&](const EntityMentionSpan& m) {
    const int64_t b = m.range.begin - static_cast<int64_t>(m.title.size()) - 1;
    return !m.title.empty() && b >= 0 && text.substr(b, m.title.size()) == m.title
               ? b
               : m.range.begin;
  };
  // Whether `cluster` has one mention only.
  auto named_once = [&](int cluster) {
    return absl::c_count_if(ms, [&](const EntityMentionSpan& m) {
             return m.cluster == cluster;
           }) == 1;
  };
  bool merged = false;
  auto merge = [&](int into, int from) {
    entities->MergeCluster(into, from);
    merged = true;
  };
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const EntityMentionSpan& a = ms[i];
    const EntityMentionSpan& b = ms[i + 1];
    if (a.cluster == b.cluster) continue;
    EntityType ta = entities->clusters[a.cluster].type;
    EntityType tb = entities->clusters[b.cluster].type;
    if (tb == PERSON) {
      if (EntityExtractor::FollowsNicknameCue(text, begin_with_title(b))) {
        auto same_paragraph = [&](int64_t from, int64_t to) {
          return text.substr(from, to - from).find('\n') == absl::string_view::npos;
        };
        // The last person named before it in its paragraph; before "whom"
        // when a relative clause gives the name ("X, whom everyone in Y
        // calls Z": not Y).
        const int64_t window = std::max<int64_t>(0, b.range.begin - 60);
        const size_t whom = text.substr(window, b.range.begin - window).rfind("whom ");
        const int64_t before = whom != absl::string_view::npos
                                   ? window + static_cast<int64_t>(whom)
                                   : b.range.begin;
        bool found = false;
        for (size_t k = i + 1; k-- > 0 && !found;) {
          if (b.range.begin - ms[k].range.end > kPronounReach ||
              !same_paragraph(ms[k].range.end, b.range.begin)) {
            break;
          }
          if (ms[k].range.end > before) continue;
          // The nearest person; already one with the name, nothing to join.
          if (entities->clusters[ms[k].cluster].type == PERSON) {
            if (ms[k].cluster != b.cluster) merge(ms[k].cluster, b.cluster);
            found = true;
          }
        }
        // Else the person named right after, opening the next sentence.
        if (!found && i + 2 < ms.size()) {
          const EntityMentionSpan& next = ms[i + 2];
          const absl::string_view gap = text.substr(b.range.end, next.range.begin - b.range.end);
          if (next.cluster != b.cluster && entities->clusters[next.cluster].type == PERSON &&
              gap.size() <= 8 && absl::StartsWith(gap, ".") &&
              same_paragraph(b.range.end, next.range.begin)) {
            merge(next.cluster, b.cluster);
          }
        }
        continue;
      }
    }
    // Longer gaps are not tried: kKnownAs takes at most an age, "who is",
    // an adverb, "known to" and five words, "as" and a quote.
    if (b.range.begin - a.range.end > 80) continue;
    const bool place = ta == LOCATION && (tb == PERSON || tb == LOCATION) &&
                       (tb == PERSON || IsLocalPlaceKey(entities->clusters[b.cluster].place_key));
    if (!place && (ta != tb || (ta != PERSON && ta != ORGANIZATION)) &&
        !(ta == ORGANIZATION && tb == PERSON)) {
      continue;
    }
    absl::string_view gap = text.substr(a.range.end, b.range.begin - a.range.end);
    if (ta == PERSON && tb == PERSON) {
      const absl::string_view to_title =
          text.substr(a.range.end, begin_with_title(b) - a.range.end);
      if ((to_title == ", " && absl::StartsWith(text.substr(b.range.end), " to ") &&
           Occurs(*kNameToEveryone, text.substr(b.range.end, 40))) ||
          (absl::StrContains(to_title, "(") && Occurs(*kQuotedInBrackets, to_title))) {
        merge(a.cluster, b.cluster);
        continue;
      }
    }
    // A body named again in brackets after its name, alone or with its
    // acronym: "Sashastra Suraksha Bal (Armed Security Force, ASF)",
    // "Sajha Adhikar Manch (Common Rights Forum)" (in another language). The
    // name in brackets may have been read as a person's, untitled, when no
    // word of it tells a body and the text names it nowhere else ("Senk
    // Zetwal (Cinq Etoiles)").
    re2::StringPiece acronym;
    if (gap == " (" && ta == ORGANIZATION &&
        (tb == ORGANIZATION || (tb == PERSON && b.title.empty() && named_once(b.cluster))) &&
        RE2::PartialMatch(ToPiece(text.substr(b.range.end, 12)), *kBracketClose, &acronym)) {
      merge(a.cluster, b.cluster);
      // The acronym after it, a mention of its own, names it too.
      if (!acronym.empty() && i + 2 < ms.size() &&
          ms[i + 2].range.begin == acronym.data() - text.data() &&
          ms[i + 2].cluster != a.cluster) {
        merge(a.cluster, ms[i + 2].cluster);
      }
      continue;
    }
    re2::StringPiece known_to_or_in;
    if (!RE2::FullMatch(ToPiece(gap), *kKnownAs, &known_to_or_in)) continue;
    // An organisation "known here as the Y": Y, with its article, names no
    // person.
    if (ta == ORGANIZATION && tb == PERSON && !Occurs(*kAsThe, gap)) continue;
    if (place && known_to_or_in == "to") continue;
    merge(a.cluster, b.cluster);
  }
  if (merged) entities->RemoveClustersWithoutMentions();
}

// `name` without white space around it and a leading "The".
absl::string_view WithoutLeadingThe(absl::string_view name) {
  name = absl::StripAsciiWhitespace(name);
  if (name.size() > 4 && absl::StartsWithIgnoreCase(name, "the ")) name.remove_prefix(4);
  return name;
}

// The document's own outlet named in its text ("a fire official told Delta
// Wire", "The Coastal Echo has learned") reports the events and takes no
// part in them: its mentions and cluster are removed (names compared
// ignoring case and a leading "The"; `outlet` normalised as the text is,
// NormalizeForMatching). Appends the acronyms of the removed
// clusters to `*acronyms` (the outlet by its acronym: "RKDH also recorded").
void DropOutletMentions(absl::string_view outlet, EntityResult* entities,
                        std::vector<std::string>* acronyms) {
  outlet = WithoutLeadingThe(outlet);
  if (outlet.empty()) return;
  absl::InlinedVector<int, 2> drop;
  for (size_t c = 0; c < entities->clusters.size(); ++c) {
    if (absl::EqualsIgnoreCase(WithoutLeadingThe(entities->clusters[c].canonical), outlet)) {
      drop.push_back(static_cast<int>(c));
      if (!entities->clusters[c].acronym.empty()) {
        acronyms->push_back(entities->clusters[c].acronym);
      }
    }
  }
  if (drop.empty()) return;
  std::vector<EntityMentionSpan>& ms = entities->mentions;
  ms.erase(std::remove_if(ms.begin(), ms.end(),
                          [&](const EntityMentionSpan& m) {
                            return absl::c_linear_search(drop, m.cluster);
                          }),
           ms.end());
  entities->RemoveClustersWithoutMentions();
}

// The starts of the words that may begin a "members of the group" anaphor,
// ascending: for each "of" (any case) with RE2 white space ([\t\n\f\r ])
// on both sides and "the" (any case) and white space after that, the run of
// ASCII word bytes before the white space before it, when that run starts
// with a letter the anaphor's first words start with. Every match of the
// anaphor pattern starts at one of them (the pattern is
// `\bWORD\s+of\s+the\s+...`). `*literal` tells whether " of the " or
// " of The " occurs in `text`.
std::vector<int64_t> AnaphorCandidates(absl::string_view text, bool* literal) {
  auto is_word = [](char c) { return absl::ascii_isalnum(c) || c == '_'; };
  std::vector<int64_t> starts;
  *literal = false;
  const char* s = text.data();
  const size_t n = text.size();
  static const ByteSet kF({'f', 'F'});
  for (size_t i = 2; i + 1 < n; ++i) {
    i = kF.FindFirst(text, i, n - 1);
    if (i + 1 >= n) break;
    if ((s[i - 1] | 0x20) != 'o' || !IsRe2Space(s[i - 2]) || !IsRe2Space(s[i + 1])) continue;
    const size_t of = i - 1;
    if (s[of - 1] == ' ' && (text.compare(of, 7, "of the ") == 0 ||
                             text.compare(of, 7, "of The ") == 0)) {
      *literal = true;
    }
    size_t the = i + 1;
    while (the < n && IsRe2Space(s[the])) ++the;
    if (n - the < 4 || (s[the] | 0x20) != 't' || (s[the + 1] | 0x20) != 'h' ||
        (s[the + 2] | 0x20) != 'e' || !IsRe2Space(s[the + 3])) {
      continue;
    }
    size_t end = of;
    while (end > 0 && IsRe2Space(s[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && is_word(s[begin - 1])) --begin;
    if (begin == end) continue;
    switch (s[begin] | 0x20) {
      case 'm': case 'l': case 's': case 'f': case 'a': case 'c': case 'h':
        starts.push_back(begin);
        break;
      default:
        break;
    }
  }
  return starts;
}

// "Suspected members of the group", "leaders of the movement": a definite
// group noun after "members of" names the organisation mentioned last before
// it in the document. Adds a mention of that organisation over "the group"
// so that events take it as their participant; such mentions are internal
// (never written out: "the group" is no name of the organisation).
void AddGroupAnaphora(absl::string_view text, EntityResult* entities) {
  static const RE2* const kAnaphor = new RE2(
      "(?i)\\b(?:members?|leaders?|supporters|fighters|militants|activists|founders?|"
      "commanders?|heads?|chiefs?|followers)\\s+of\\s+(the\\s+(?:group|movement|"
      "organi[sz]ation|militia|faction|network))\\b");
  bool literal;
  const std::vector<int64_t> starts = AnaphorCandidates(text, &literal);
  if (!literal) return;
  std::vector<EntityMentionSpan> added;
  re2::StringPiece input = ToPiece(text);
  re2::StringPiece groups[2];
  size_t next = 0;  // First mention not yet known to start before the anaphor.
  int last_org = -1;
  int64_t pos = 0;
  for (int64_t start : starts) {
    if (start < pos ||
        !kAnaphor->Match(input, start, text.size(), RE2::ANCHOR_START, groups, 2)) {
      continue;
    }
    TextRange r{groups[1].data() - text.data(),
                groups[1].data() - text.data() + static_cast<int64_t>(groups[1].size())};
    pos = r.end;
    while (next < entities->mentions.size() &&
           entities->mentions[next].range.end <= r.begin) {
      const EntityMentionSpan& m = entities->mentions[next++];
      if (entities->clusters[m.cluster].type == ORGANIZATION) last_org = m.cluster;
    }
    if (last_org < 0 || entities->Overlapping(r.begin, r.end) != nullptr) continue;
    added.push_back({r, "", last_org});
  }
  if (added.empty()) return;
  std::vector<EntityMentionSpan>& ms = entities->mentions;
  ms.insert(ms.end(), added.begin(), added.end());
  std::stable_sort(ms.begin(), ms.end(), [](const EntityMentionSpan& a, const EntityMentionSpan& b) {
    return a.range.begin < b.range.begin;
  });
}

class RuleExtractor : public Extractor {
 public:
  RuleExtractor(ExtractorOptions options, Gazetteer gazetteer,
                std::unique_ptr<RuleSet> rules)
      : options_(std::move(options)),
        gazetteer_(std::move(gazetteer)),
        rules_(std::move(rules)),
        entities_(&rules_->lexicon(), &gazetteer_) {}

  absl::Status ExtractInto(const Document& document, ClaimSet* out) const override;
  std::vector<absl::Status> ExtractEach(absl::Span<const Document* const> documents,
                                        absl::Span<ClaimSet* const> outs) const override;
  const Gazetteer& gazetteer() const override { return gazetteer_; }

 private:
  struct Context;
  // The stages of ExtractEach, in order. Prepare checks the text and finds
  // the sentences and entities (the entities go to the output); fails with
  // kInvalidArgument on invalid UTF-8.
  absl::Status Prepare(Context* ctx) const;
  // The sentences that can have hits (RuleSet::NextPossibleHit).
  void FindCandidates(Context* ctx) const;
  // The candidates' hits (RuleSet::MatchSentence).
  void MatchCandidates(Context* ctx) const;
  // The attribution of each sentence with hits (FindAttribution).
  void FindAttributions(Context* ctx) const;
  // Replaces the pronoun source of attributions[k] ("..., he said", "It
  // said") by the earlier source it stands for: for he or she, the nearest
  // source of the three sentences before that holds a person's name; for it
  // or they, the nearest source of the two sentences before that holds none
  // ("it" not taking a plural: "officials"). Left as written when there is
  // none. attributions[0, k) must be final.
  void ResolvePronounSource(Context* ctx, size_t k) const;
  // The taxonomy's category of `phrase`, a role value as written, or null:
  // "riot police", "gendarmerie units" (not "the Northern Liberation Army",
  // a name that only ends in one of its words). An acronym the document
  // expands is read as its expansion ("NSB officers": "National Security
  // Bureau officers"); a phrase no category takes whole may be one by its
  // head before "of" or "from" ("police from Dorvik").
  // `cleaned` is CleanPhrase(phrase).
  const RuleSet::CompiledCategory* PhraseCategoryOf(const Context& ctx, const std::string& role,
                                                    re2::StringPiece phrase,
                                                    const std::string& cleaned) const;
  // FindAttribution of sentence `sentence`, trying only `candidates` when
  // given (RuleSet::SentenceHits::attributions), with the source as the
  // document writes it.
  AttributionMatch AttributionOf(const Context& ctx, int sentence,
                                 const std::vector<int>* candidates) const;
  // The event mentions, claims and attributes of the sentences with hits.
  absl::Status ExtractFrames(Context* ctx) const;
  // The event mentions and claims (ProcessSentence) and the attribute
  // claims (AddAttributes) of sentence `index`, given its `hits` and its
  // `attribution` (FindAttributions).
  absl::Status ProcessSentence(Context* ctx, int index, const RuleSet::SentenceHits& hits,
                               const AttributionMatch& attribution) const;
  absl::Status AddAttributes(Context* ctx, int index, const RuleSet::SentenceHits& hits,
                             const AttributionMatch& attribution) const;
  // ResourceExhausted, naming the document, when `ctx` already holds
  // options_.max_claims_per_document claims: checked before each claim.
  absl::Status CheckClaimLimit(const Context& ctx) const;
  // Gives each event mention of a frame with `refers_to` the type of the
  // nearest event mention of one of those types in the document, on the
  // mention and its claims.
  void ResolveReferences(const Context& ctx) const;

  ExtractorOptions options_;
  Gazetteer gazetteer_;
  std::unique_ptr<RuleSet> rules_;
  EntityExtractor entities_;
};

// Whether an event of trigger `t` takes a value of `role` from its sentence
// (Trigger.only_roles).
bool TriggerTakesRole(const RuleSet::CompiledTrigger& t, absl::string_view role) {
  return t.only_roles.empty() ||
         std::find(t.only_roles.begin(), t.only_roles.end(), role) != t.only_roles.end();
}

struct RuleExtractor::Context {
  const Document* document;
  NormalizedText norm;
  std::vector<TextRange> sentences;
  // The turns of a transcript (two or more paragraphs opened by a speaker's
  // label), in text order: what the speaker says, and the speaker's name.
  // A host's turns are the outlet's own words and are not listed.
  struct SpeakerTurn {
    TextRange speech;
    TextRange name;
  };
  std::vector<SpeakerTurn> turns;
  // The turn whose speech holds `at`, or null.
  const SpeakerTurn* TurnAt(int64_t at) const {
    auto it = std::upper_bound(
        turns.begin(), turns.end(), at,
        [](int64_t x, const SpeakerTurn& t) { return x < t.speech.begin; });
    if (it == turns.begin()) return nullptr;
    --it;
    return at < it->speech.end ? &*it : nullptr;
  }
  EntityResult entities;
  // The document's outlet as the text is matched: NormalizeForMatching, its
  // letters with diacritics folded as the text's are.
  std::string outlet;
  // The acronyms of the document's outlet named in its text
  // (DropOutletMentions).
  std::vector<std::string> outlet_acronyms;
  // Where the first match of a pattern in the text ends (-1: none), for the
  // patterns asked about so far (FirstMatchEnd).
  absl::flat_hash_map<const RE2*, int64_t> first_match_end;
  int64_t FirstMatchEnd(const RE2& re, absl::string_view text) {
    auto [it, added] = first_match_end.try_emplace(&re, -1);
    re2::StringPiece m;
    if (added && re.Match(ToPiece(text), 0, text.size(), RE2::UNANCHORED, &m, 1)) {
      it->second = m.data() - text.data() + m.size();
    }
    return it->second;
  }
  ClaimSet* out = nullptr;
  // Scratch values when `out` is on no arena.
  std::vector<std::unique_ptr<Value>> scratch;
  struct Recent {
    int event;      // Index into out.events.
    int frame;
    int sentence;
  };
  std::vector<Recent> recent;
  // The calendar days of the time claims so far: the event's type, the day,
  // where the expression that gave it begins and its sentence.
  struct NotedDay {
    std::string type;
    DateValue value;
    int64_t at;
    int sentence;
  };
  std::vector<NotedDay> days;
  // The coarser calendar intervals of the time claims so far ("last month",
  // "in 2019"), as `days`.
  std::vector<NotedDay> periods;
  // The year of the last time expression so far that writes its year ("in
  // 2023", "June 9, 2021"), 0 before one: the year of "in September that
  // year".
  int stated_year = 0;
  // The calendar days noted for anchor nouns (AnchorNouns).
  struct AnchorDay {
    int noun;
    DateValue value;
  };
  std::vector<AnchorDay> anchor_days;
  GroupNounCache group_nouns;
  // The sentences joined by newlines (FindCandidates); the indices of the
  // sentences that can have hits (FindCandidates); those that have, and
  // their hits (MatchCandidates).
  std::string joined;
  std::vector<int> candidates;
  std::vector<int> hit_sentences;
  std::vector<RuleSet::SentenceHits> hits_of;  // Of hit_sentences; may be longer.
  std::vector<AttributionMatch> attributions;  // Of hit_sentences (FindAttributions).

  absl::string_view text() const { return norm.text; }

  // Readies this context for `document`, whose result goes to `out`: every
  // per-document member is emptied (lists keep their storage, so a context
  // reused across the documents of a thread stops allocating them).
  void Reset(const Document* doc, ClaimSet* result) {
    document = doc;
    out = result;
    sentences.clear();
    turns.clear();
    scratch.clear();
    recent.clear();
    days.clear();
    periods.clear();
    anchor_days.clear();
    stated_year = 0;
    candidates.clear();
    hit_sentences.clear();
    first_match_end.clear();
    outlet.clear();
    outlet_acronyms.clear();
  }

  // Notes `value`, a time claim of an event of `type` given by an expression
  // beginning at `at` in sentence `sentence`, for DayOf and DayToldBefore.
  void NoteDay(const std::string& type, const DateValue& value, int64_t at, int sentence) {
    if (value.granularity() == DAY) {
      days.push_back({type, value, at, sentence});
    } else if (!value.first_day().empty() && !value.last_day().empty()) {
      periods.push_back({type, value, at, sentence});
    }
  }
  // The one calendar day the time claims so far give events of `type`;
  // null when they give none or several.
  const DateValue* DayOf(const std::string& type) const {
    return OneDay(days, [&](const NotedDay& d) { return d.type == type; });
  }
  // Notes `value` as a day of anchor noun `noun` (a day only).
  void NoteAnchorDay(int noun, const DateValue& value) {
    if (value.granularity() == DAY) anchor_days.push_back({noun, value});
  }
  // The one calendar day noted so far for anchor noun `noun`; null when
  // none or several.
  const DateValue* AnchorDayOf(int noun) const {
    return OneDay(anchor_days, [&](const AnchorDay& d) { return d.noun == noun; });
  }
  // The one day (`value`) of the entries of `noted` that `match`; null when
  // none match or they give several days.
  template <typename Noted, typename Match>
  static const DateValue* OneDay(const std::vector<Noted>& noted, const Match& match) {
    const DateValue* found = nullptr;
    for (const Noted& d : noted) {
      if (!match(d)) continue;
      if (found != nullptr && found->iso() != d.value.iso()) return nullptr;
      found = &d.value;
    }
    return found;
  }
  // The day of the event told last before `at`, in sentence `sentence`:
  // the day of the time claim whose expression begins last before `at`,
  // when it is in this sentence or one of the `reach` before; null
  // otherwise.
  static constexpr int kToldBeforeSentences = 2;
  const DateValue* DayToldBefore(int64_t at, int sentence, int reach) const {
    const NotedDay* found = ToldLastBefore(days, at, sentence, reach);
    return found == nullptr ? nullptr : &found->value;
  }
  // The period (a time claim coarser than a day: "last month") told last
  // before `at` and after the day DayToldBefore(at, sentence, reach) gives,
  // if any: the story has moved to that period since. Null when none.
  const DateValue* PeriodToldSinceDay(int64_t at, int sentence, int reach) const {
    const NotedDay* day = ToldLastBefore(days, at, sentence, reach);
    const NotedDay* period = ToldLastBefore(periods, at, sentence, reach);
    if (period == nullptr || (day != nullptr && day->at > period->at)) return nullptr;
    return &period->value;
  }
  // The entry of `noted` whose expression begins last before `at`, in
  // sentence `sentence` or one of the `reach` before; null when none.
  static const NotedDay* ToldLastBefore(const std::vector<NotedDay>& noted, int64_t at,
                                        int sentence, int reach) {
    const NotedDay* found = nullptr;
    for (const NotedDay& d : noted) {
      if (d.at < at && sentence - d.sentence <= reach &&
          (found == nullptr || d.at > found->at)) {
        found = &d;
      }
    }
    return found;
  }

  // Sets `*span` to the original byte range of `r`.
  void SetSpan(TextRange r, Span* span) const { SetOriginalSpan(norm.ToOriginal(r), span); }
  // Sets `*span` to `original`, a range of the original text.
  static void SetOriginalSpan(TextRange original, Span* span) {
    span->set_begin(original.begin);
    span->set_end(original.end);
  }
  // The bytes of the original text at `r`, a range of the normalised text.
  std::string Original(TextRange r) const {
    return std::string(OriginalBytes(norm.ToOriginal(r)));
  }
  // `r`, a range of the normalised text, spelled as the document spells
  // its Latin letters (NormalizedText::RestoreLatinLetters): for names and
  // sources found by the rules.
  std::string Written(TextRange r) const {
    return norm.RestoreLatinLetters(document->text(), r);
  }
  // The bytes of the original text at `original`, a range of it.
  absl::string_view OriginalBytes(TextRange original) const {
    return absl::string_view(document->text()).substr(original.begin, original.end - original.begin);
  }
  // Sets `*out` to the bytes of the original text at `r`, a range of the
  // normalised text, and returns their range in the original.
  TextRange CopyOriginal(TextRange r, std::string* out) const {
    const TextRange original = norm.ToOriginal(r);
    const absl::string_view bytes = OriginalBytes(original);
    out->assign(bytes.data(), bytes.size());
    return original;
  }
  // The id of the entity of cluster `cluster` ("n<cluster + 1>"), once the
  // entities are in `out`.
  const std::string& EntityId(int cluster) const { return out->entities(cluster).id(); }
  // An empty Value on the arena of `out` (so that moving it into `out` is a
  // swap, not a copy); owned by the arena or by this context.
  Value* NewValue() {
    google::protobuf::Arena* arena = out->GetArena();
    if (arena != nullptr) return google::protobuf::Arena::CreateMessage<Value>(arena);
    scratch.push_back(std::make_unique<Value>());
    return scratch.back().get();
  }
};

absl::Status RuleExtractor::ExtractInto(const Document& document, ClaimSet* out) const {
  const Document* documents[] = {&document};
  ClaimSet* outs[] = {out};
  std::vector<absl::Status> status = ExtractEach(documents, outs);
  return status[0];
}

std::vector<absl::Status> RuleExtractor::ExtractEach(
    absl::Span<const Document* const> documents, absl::Span<ClaimSet* const> outs) const {
  std::vector<absl::Status> status(documents.size());
  if (documents.size() != outs.size()) {
    status.assign(documents.size(), absl::InvalidArgumentError(absl::StrCat(
        "ExtractEach: ", documents.size(), " documents but ", outs.size(), " outputs")));
    return status;
  }
  // One context per document of a slice; the contexts of a thread are kept
  // and reset per slice (see Context::Reset). Slices bound their memory.
  constexpr size_t kSlice = 64;
  thread_local std::vector<std::unique_ptr<Context>> contexts;
  thread_local std::vector<Context*> live;
  for (size_t first = 0; first < documents.size(); first += kSlice) {
    const size_t n = std::min(kSlice, documents.size() - first);
    while (contexts.size() < n) contexts.push_back(std::make_unique<Context>());
    // Each stage runs over every document of the slice before the next
    // stage starts, so that a stage finds its tables (RE2's DFA states above
    // all) still in the caches: run one document at a time, the stages
    // evicted each other's tables, and MatchCandidates' first pass over each
    // document cost about five times a second pass.
    live.clear();
    for (size_t i = 0; i < n; ++i) {
      outs[first + i]->Clear();
      Context& ctx = *contexts[i];
      ctx.Reset(documents[first + i], outs[first + i]);
      status[first + i] = Prepare(&ctx);
      if (status[first + i].ok()) live.push_back(&ctx);
    }
    for (Context* ctx : live) FindCandidates(ctx);
    for (Context* ctx : live) MatchCandidates(ctx);
    for (Context* ctx : live) FindAttributions(ctx);
    for (size_t i = 0; i < n; ++i) {
      absl::Status& st = status[first + i];
      if (st.ok()) st = ExtractFrames(contexts[i].get());
      if (!st.ok()) outs[first + i]->Clear();
    }
  }
  return status;
}

absl::Status RuleExtractor::Prepare(Context* ctx_ptr) const {
  Context& ctx = *ctx_ptr;
  const Document& document = *ctx.document;
  int64_t bad = FindInvalidUtf8(document.text());
  if (bad >= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "document \"", document.id(), "\": invalid UTF-8 at byte ", bad));
  }
  NormalizeForMatchingInto(document.text(), &ctx.norm);
  absl::string_view text = ctx.norm.text;
  const std::vector<TextRange> paragraphs = FindBodyParagraphs(text);
  // A transcript: two or more paragraphs opened by a speaker's label.
  std::vector<SpeakerLabel> labels(paragraphs.size());
  int labelled = 0;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    labels[p] = FindSpeakerLabel(
        text.substr(paragraphs[p].begin, paragraphs[p].end - paragraphs[p].begin));
    labelled += labels[p].length > 0 ? 1 : 0;
  }
  if (labelled < 2) labels.assign(paragraphs.size(), SpeakerLabel());
  // The host's name and its first word: their turns are the outlet's.
  std::vector<absl::string_view> hosts;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    TextRange paragraph = paragraphs[p];
    // A report's section number is no part of the paragraph's text.
    paragraph.begin += static_cast<int64_t>(SectionNumberLength(
        text.substr(paragraph.begin, paragraph.end - paragraph.begin)));
    // A dateline or a speaker's label is a sentence of its own, not part of
    // the first sentence: a dateline's place and a speaker are mentions, a
    // dateline's date is no event's.
    const int64_t dateline = static_cast<int64_t>(
        DatelineLength(text.substr(paragraph.begin, paragraph.end - paragraph.begin)));
    if (dateline > 0) {
      ctx.sentences.push_back({paragraph.begin, paragraph.begin + dateline});
      paragraph.begin += dateline;
    } else if (labels[p].length > 0) {
      const SpeakerLabel& label = labels[p];
      const TextRange name{paragraph.begin,
                           paragraph.begin + static_cast<int64_t>(label.name_length)};
      const absl::string_view spelled = text.substr(name.begin, name.end - name.begin);
      ctx.sentences.push_back(name);
      paragraph.begin += static_cast<int64_t>(label.length);
      // "Amina Diallo (host):", or the role as the label ("HOST:").
      if (IsHostRole(label.role) || IsHostRole(spelled)) {
        hosts.push_back(spelled);
        hosts.push_back(spelled.substr(0, spelled.find(' ')));
      } else if (std::find(hosts.begin(), hosts.end(), spelled) == hosts.end()) {
        ctx.turns.push_back({paragraph, name});
      }
    }
    AppendSentences(text, paragraph, &ctx.sentences);
  }
  // Long sentences are cut at a character boundary; a cut that leaves
  // nothing drops the sentence.
  size_t kept = 0;
  for (TextRange s : ctx.sentences) {
    if (s.end - s.begin > options_.max_sentence_bytes) {
      int64_t end = s.begin + options_.max_sentence_bytes;
      while (end > s.begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
      s.end = end;
    }
    if (s.end > s.begin) ctx.sentences[kept++] = s;
  }
  ctx.sentences.resize(kept);
  ctx.entities = entities_.Extract(text, ctx.sentences);
  ctx.outlet = NormalizeForMatching(document.outlet()).text;
  DropOutletMentions(ctx.outlet, &ctx.entities, &ctx.outlet_acronyms);
  MergeKnownAs(text, &ctx.entities);
  *ctx.out->mutable_document() = document;
  ctx.out->set_extractor(kExtractorName);
  if (ctx.norm.folded_letters) RestoreLatinLetters(ctx.norm, document.text(), &ctx.entities);
  ctx.out->mutable_entities()->Reserve(static_cast<int>(ctx.entities.clusters.size()));
  for (size_t c = 0; c < ctx.entities.clusters.size(); ++c) {
    const EntityCluster& cl = ctx.entities.clusters[c];
    Entity* e = ctx.out->add_entities();
    e->set_id(NumberedId('n', c + 1));
    e->set_type(cl.type);
    e->set_canonical(cl.canonical);
    for (const std::string& a : cl.aliases) e->add_aliases(a);
    if (!cl.acronym.empty()) e->set_acronym(cl.acronym);
    if (!cl.place_key.empty()) e->set_gazetteer_key(cl.place_key);
    for (const std::string& w : cl.within) e->add_within(w);
  }
  for (const EntityMentionSpan& m : ctx.entities.mentions) {
    Mention* mention = ctx.out->mutable_entities(m.cluster)->add_mentions();
    Context::SetOriginalSpan(ctx.CopyOriginal(m.range, mention->mutable_text()),
                             mention->mutable_span());
    if (!m.title.empty()) mention->set_title(m.title);
    if (!m.honorific.empty()) mention->set_honorific(m.honorific);
  }
  AddGroupAnaphora(text, &ctx.entities);
  return absl::OkStatus();
}

void RuleExtractor::FindCandidates(Context* ctx) const {
  // The sentences, one per line, searched as one text.
  std::string& joined = ctx->joined;
  joined.clear();
  joined.reserve(ctx->text().size() + ctx->sentences.size());
  for (const TextRange& s : ctx->sentences) {
    joined.append(ctx->text().data() + s.begin, s.end - s.begin);
    joined.push_back('\n');
  }
  int64_t joined_begin = 0;
  int64_t next_hit = -1;
  for (size_t i = 0; i < ctx->sentences.size(); ++i) {
    const TextRange s = ctx->sentences[i];
    const int64_t joined_end = joined_begin + (s.end - s.begin);
    if (next_hit < joined_begin) next_hit = rules_->NextPossibleHit(joined, joined_begin);
    joined_begin = joined_end + 1;
    if (joined_end >= next_hit) ctx->candidates.push_back(static_cast<int>(i));
  }
}

void RuleExtractor::MatchCandidates(Context* ctx) const {
  for (int i : ctx->candidates) {
    if (ctx->hits_of.size() <= ctx->hit_sentences.size()) {
      ctx->hits_of.resize(ctx->hit_sentences.size() + 1);
    }
    RuleSet::SentenceHits& hits = ctx->hits_of[ctx->hit_sentences.size()];
    const TextRange s = ctx->sentences[i];
    rules_->MatchSentence(ctx->text().substr(s.begin, s.end - s.begin), &hits);
    if (hits.any()) ctx->hit_sentences.push_back(i);
  }
}

void RuleExtractor::FindAttributions(Context* ctx) const {
  ctx->attributions.resize(ctx->hit_sentences.size());
  for (size_t k = 0; k < ctx->hit_sentences.size(); ++k) {
    AttributionMatch& a = ctx->attributions[k];
    a = AttributionOf(*ctx, ctx->hit_sentences[k], &ctx->hits_of[k].attributions);
    if (SourcePronounOf(a.source_text) != SourcePronoun::kNone) ResolvePronounSource(ctx, k);
    // In a transcript, what a speaker says with no other source is theirs.
    const Context::SpeakerTurn* turn =
        a.found ? nullptr : ctx->TurnAt(ctx->sentences[ctx->hit_sentences[k]].begin);
    if (turn != nullptr) {
      a.found = true;
      a.source = turn->name;
      a.source_text = CleanAttributionSource(ctx->Written(turn->name));
      a.cue = "said";
      a.modality = REPORTED;
    }
  }
}

AttributionMatch RuleExtractor::AttributionOf(const Context& ctx, int sentence,
                                              const std::vector<int>* candidates) const {
  AttributionMatch a =
      candidates != nullptr
          ? FindAttribution(*rules_, ctx.text(), ctx.sentences[sentence], *candidates)
          : FindAttribution(*rules_, ctx.text(), ctx.sentences[sentence]);
  // The outlet itself, by its name or its acronym ("RKDH also recorded" in
  // the RKDH's own report): what it says it asserts. The source is here as
  // the text is matched, letters folded, as ctx.outlet is.
  if (a.found && !a.source_text.empty()) {
    const absl::string_view source = WithoutLeadingThe(a.source_text);
    if (absl::EqualsIgnoreCase(source, WithoutLeadingThe(ctx.outlet)) ||
        absl::c_any_of(ctx.outlet_acronyms,
                       [&](const std::string& acronym) { return source == acronym; })) {
      return AttributionMatch();
    }
  }
  // The source as the document writes it, when letters were folded.
  if (ctx.norm.folded_letters && !a.source_text.empty()) {
    a.source_text = CleanAttributionSource(ctx.Written(a.source));
  }
  return a;
}

// The last word of `phrase` (after its last space).
absl::string_view LastWordOf(absl::string_view phrase) {
  const size_t space = phrase.rfind(' ');
  return space == absl::string_view::npos ? phrase : phrase.substr(space + 1);
}

// The last word of the name at `name` in `text`, lower-cased ("prison" of
// "Velmar Central Prison"), for the lexicon's noun lists.
std::string LowerLastWordOf(absl::string_view text, TextRange name) {
  return absl::AsciiStrToLower(LastWordOf(text.substr(name.begin, name.end - name.begin)));
}

// Whether a count's words name a part of a group told before it by a
// pronoun ("14 of them", "four of whom").
bool CountsAPartOfThem(absl::string_view count) {
  return absl::EndsWith(count, " of them") || absl::EndsWith(count, " of whom");
}

const RuleSet::CompiledCategory* RuleExtractor::PhraseCategoryOf(
    const Context& ctx, const std::string& role, re2::StringPiece phrase,
    const std::string& cleaned) const {
  const absl::string_view written = ToView(phrase);
  std::string expanded;
  bool any_expanded = false;
  for (absl::string_view word : absl::StrSplit(written, ' ', absl::SkipEmpty())) {
    absl::string_view replacement = word;
    if (word.size() >= 2 && word.size() <= 8 &&
        std::all_of(word.begin(), word.end(), [](char c) { return absl::ascii_isupper(c); })) {
      for (const EntityCluster& cl : ctx.entities.clusters) {
        if (cl.acronym == word && cl.canonical != word) {
          replacement = cl.canonical;
          any_expanded = true;
          break;
        }
      }
    }
    if (!expanded.empty()) expanded.push_back(' ');
    absl::StrAppend(&expanded, replacement);
  }
  // Without an acronym to expand, the phrase is the caller's, cleaned once.
  const std::string expanded_cleaned = any_expanded ? CleanPhrase(expanded) : std::string();
  const absl::string_view words = any_expanded ? expanded_cleaned : cleaned;
  const bool ends_with_name = EndsWithName(expanded);
  const RuleSet::CompiledCategory* cat = rules_->PhraseCategory(role, words, ends_with_name);
  if (cat != nullptr) return cat;
  // Lower-case words before a name qualify it ("a similar Military Police
  // raid", "the same Border Police unit"): the name is classified alone.
  if (ends_with_name) {
    size_t name_begin = expanded.size();
    while (name_begin > 0) {
      const size_t space = expanded.rfind(' ', name_begin - 1);
      const size_t word = space == std::string::npos ? 0 : space + 1;
      if (!absl::ascii_isupper(expanded[word])) break;
      name_begin = word == 0 ? 0 : space;
      if (word == 0) break;
    }
    if (name_begin > 0 && name_begin < expanded.size()) {
      cat = rules_->PhraseCategory(role, CleanPhrase(expanded.substr(name_begin)), true);
      if (cat != nullptr) return cat;
    }
  }
  for (absl::string_view joint : {" of ", " from "}) {
    const size_t at = words.find(joint);
    if (at != absl::string_view::npos && at > 0) {
      return rules_->PhraseCategory(role, words.substr(0, at), true);
    }
  }
  return nullptr;
}

void RuleExtractor::ResolvePronounSource(Context* ctx, size_t k) const {
  AttributionMatch& a = ctx->attributions[k];
  const SourcePronoun kind = SourcePronounOf(a.source_text);
  const std::vector<EntityMentionSpan>& mentions = ctx->entities.mentions;
  auto holds_person = [&](TextRange r) {
    auto m = std::lower_bound(
        mentions.begin(), mentions.end(), r.begin,
        [](const EntityMentionSpan& x, int64_t at) { return x.range.begin < at; });
    for (; m != mentions.end() && m->range.begin < r.end; ++m) {
      if (ctx->entities.clusters[m->cluster].type == PERSON) return true;
    }
    return false;
  };
  // "officials", "residents": a group, not what "it" stands for.
  auto ends_plural = [](absl::string_view source) {
    const size_t space = source.rfind(' ');
    absl::string_view last = space == absl::string_view::npos ? source : source.substr(space + 1);
    return last.size() > 2 && absl::ascii_islower(last[0]) && last.back() == 's' &&
           last[last.size() - 2] != 's';
  };
  const int index = ctx->hit_sentences[k];
  const int reach = kind == SourcePronoun::kPerson ? 3 : 2;
  const auto hits_before = ctx->hit_sentences.begin() + k;
  for (int j = index - 1; j >= 0 && j >= index - reach; --j) {
    AttributionMatch computed;
    const AttributionMatch* earlier = &computed;
    auto hit = std::lower_bound(ctx->hit_sentences.begin(), hits_before, j);
    if (hit != hits_before && *hit == j) {
      earlier = &ctx->attributions[hit - ctx->hit_sentences.begin()];
    } else {
      computed = AttributionOf(*ctx, j, nullptr);
    }
    if (!earlier->found || earlier->source_text.empty() ||
        SourcePronounOf(earlier->source_text) != SourcePronoun::kNone) {
      continue;
    }
    const bool person = holds_person(earlier->source);
    if (kind == SourcePronoun::kPerson ? !person : person) continue;
    if (kind == SourcePronoun::kBody && ends_plural(earlier->source_text)) continue;
    a.source_text = earlier->source_text;
    return;
  }
}

absl::Status RuleExtractor::ExtractFrames(Context* ctx) const {
  for (size_t k = 0; k < ctx->hit_sentences.size(); ++k) {
    const int index = ctx->hit_sentences[k];
    RETURN_IF_ERROR(ProcessSentence(ctx, index, ctx->hits_of[k], ctx->attributions[k]));
    RETURN_IF_ERROR(AddAttributes(ctx, index, ctx->hits_of[k], ctx->attributions[k]));
  }
  ResolveReferences(*ctx);
  return absl::OkStatus();
}

void RuleExtractor::ResolveReferences(const Context& ctx) const {
  ClaimSet& out = *ctx.out;
  const std::vector<Context::Recent>& events = ctx.recent;
  std::vector<std::pair<const std::string*, const std::string*>> retyped;  // id, type
  for (size_t i = 0; i < events.size(); ++i) {
    const RuleSet::CompiledFrame& frame = rules_->frames()[events[i].frame];
    if (frame.refers_to.empty()) continue;
    int best = -1, best_distance = 0;
    for (size_t j = 0; j < events.size(); ++j) {
      if (!frame.RefersTo(rules_->frames()[events[j].frame])) continue;
      int distance = std::abs(events[j].sentence - events[i].sentence);
      if (best < 0 || distance < best_distance) {
        best = static_cast<int>(j);
        best_distance = distance;
      }
    }
    if (best < 0) continue;
    EventMention* ev = out.mutable_events(events[i].event);
    ev->set_type(rules_->frames()[events[best].frame].type);
    retyped.emplace_back(&ev->id(), &ev->type());
  }
  if (retyped.empty()) return;
  for (Claim& c : *out.mutable_claims()) {
    for (const auto& [id, type] : retyped) {
      if (c.event_id() == *id) c.set_event_type(*type);
    }
  }
}

absl::Status RuleExtractor::ProcessSentence(Context* ctx, int index,
                                            const RuleSet::SentenceHits& hits,
                                            const AttributionMatch& attribution) const {
  const TextRange sentence = ctx->sentences[index];
  absl::string_view text = ctx->text();
  absl::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  ClaimSet& out = *ctx->out;
  const std::string& published = ctx->document->published();
  // An auxiliary that makes a verb after it passive.
  static const RE2* const kPassive = new RE2("\\b(?:was|were|been|being|is|are)\\s");

  // Fields every claim and event of the sentence shares, built once.
  const TextRange original_sentence = ctx->norm.ToOriginal(sentence);
  std::string quote_of_sentence;
  bool quoted = false;
  auto quote = [&]() -> const std::string& {
    if (!quoted) {
      quote_of_sentence = std::string(ctx->OriginalBytes(original_sentence));
      quoted = true;
    }
    return quote_of_sentence;
  };
  SentenceModality modality(*rules_, text, sentence, &hits.sentence_modalities);
  const AttributionMatch& a = attribution;

  // The original range of the attribution's source, mapped once.
  TextRange original_source;
  bool source_mapped = false;
  auto source_span = [&]() {
    if (!source_mapped) {
      original_source = ctx->norm.ToOriginal(a.source);
      source_mapped = true;
    }
    return original_source;
  };

  // True when the attribution's source and cue come after a semicolon that
  // follows `r`, or open a clause joined after `r` by ", and", ", but" or
  // ", while": "X was pronounced dead at 1 a.m.; his neighbours say he was
  // dead long before", "A judge freed 27 of them, and the party says the
  // rest were freed later" attribute only the clause after it.
  auto before_attributed_clause = [&](TextRange r) {
    if (!a.found) return false;
    int64_t from = a.source.end > a.source.begin ? a.source.begin : sentence.end;
    if (a.cue_range.end > a.cue_range.begin) from = std::min(from, a.cue_range.begin);
    if (from <= r.end) return false;
    const absl::string_view gap = text.substr(r.end, from - r.end);
    if (gap.find(';') != absl::string_view::npos) return true;
    for (absl::string_view joint : {", and ", ", but ", ", while "}) {
      if (gap.size() >= joint.size() && absl::EndsWith(gap, joint)) return true;
    }
    return false;
  };
  // True when a time right after the cue dates the saying, not what is
  // said: "police arrested 40 people, officials said on Monday", "the
  // ministry said in a statement on Tuesday" (not when the source acts:
  // "a judge freed them on Monday, citing ...", nor a possessive: "police
  // said Sunday's protest drew 3,000").
  static const RE2* const kToTheSaying =
      new RE2("^\\s+(?:(?:in|at|during) (?:a|an|the|its|his|her|their) (?:[a-z-]+ ){0,2}?"
              "(?:statement|interview|briefing|speech|conference|post|message|address)\\s+)?$");
  auto dates_the_saying = [&](TextRange time) {
    if (!a.found || a.source_acts || a.cue_range.end <= a.cue_range.begin ||
        time.begin < a.cue_range.end || absl::StartsWith(text.substr(time.end), "'s ")) {
      return false;
    }
    return time.begin == a.cue_range.end ||
           Occurs(*kToTheSaying, text.substr(a.cue_range.end, time.begin - a.cue_range.end));
  };
  // The events of the sentence whose triggers take only some roles
  // (Trigger.only_roles), and their triggers.
  absl::InlinedVector<std::pair<int, const RuleSet::CompiledTrigger*>, 2>
      events_taking_some_roles;
  // `own_modality`, when set, replaces the event's modality (a value carried
  // from another sentence has the modality of its own sentence).
  // `by_own_word`: the value is the source, given as the agent of what it
  // tells it did ("Police said they had arrested"), as when it claims the
  // event.
  auto add_claim = [&](int event, const std::string& role, Value* value,
                       TextRange value_range, Modality own_modality = MODALITY_UNSPECIFIED,
                       bool by_own_word = false) -> absl::Status {
    RETURN_IF_ERROR(CheckClaimLimit(*ctx));
    for (const auto& [e, trigger] : events_taking_some_roles) {
      if (e == event && !TriggerTakesRole(*trigger, role)) return absl::OkStatus();
    }
    // The source and the words to its cue: "a police statement issued on
    // Wednesday said", "X, the governor of Y province, told reporters"
    // (not when the source acts: "A judge freed 14 men, citing ...").
    TextRange speech = a.source;
    if (!a.source_acts && a.cue_range.end > a.cue_range.begin) {
      speech.begin = std::min(speech.begin, a.cue_range.begin);
      speech.end = std::max(speech.end, a.cue_range.begin);
    }
    const bool value_is_source = a.found && a.source.end > a.source.begin &&
                                 speech.begin <= value_range.begin &&
                                 value_range.end <= speech.end;
    // A speaker, or what the words that bring it in say of it, is not a
    // value of what it says; a source that acts (the subject of "freed them,
    // citing ...") is, asserted by the outlet; a source that claims the
    // event ("X claimed responsibility for the killing") is its agent by its
    // own word, attributed to it.
    const bool claims_it =
        value_is_source && role == "agent" && (a.source_claims || by_own_word);
    if (value_is_source && !a.source_acts && !claims_it) return absl::OkStatus();
    Claim* c = out.add_claims();
    c->set_id(NumberedId('c', out.claims_size()));
    const TextRange original_value = ctx->CopyOriginal(value_range, value->mutable_raw());
    if (event >= 0) {
      const EventMention& ev = out.events(event);
      c->set_event_id(ev.id());
      c->set_event_type(ev.type());
      *c->mutable_participants() = ev.participants();
      c->set_modality(ev.modality());
    }
    if (own_modality != MODALITY_UNSPECIFIED) c->set_modality(own_modality);
    c->set_role(role);
    c->mutable_value()->Swap(value);
    Evidence* evidence = c->mutable_evidence();
    evidence->set_doc_id(ctx->document->id());
    Context::SetOriginalSpan(original_sentence, evidence->mutable_sentence());
    Context::SetOriginalSpan(original_value, evidence->mutable_value());
    evidence->set_quote(quote());
    if (a.found && (!value_is_source || claims_it) && !before_attributed_clause(value_range)) {
      Attribution* at = c->mutable_attribution();
      if (!a.source_text.empty()) at->set_source(a.source_text);
      if (!a.cue.empty()) at->set_cue(a.cue);
      Context::SetOriginalSpan(source_span(), at->mutable_span());
      if (c->modality() == ASSERTED || c->modality() == MODALITY_UNSPECIFIED) {
        c->set_modality(a.modality);
      }
    } else if (c->modality() == MODALITY_UNSPECIFIED ||
               (value_is_source && c->modality() == REPORTED)) {
      c->set_modality(ASSERTED);
    }
    return absl::OkStatus();
  };

  auto category_value = [&](const RuleSet::CompiledCategory& cat) {
    Value* v = ctx->NewValue();
    v->set_category(cat.key);
    v->set_normalized(cat.key);
    for (const std::string& b : cat.broader) v->add_broader(b);
    return v;
  };

  // Triggers (RE2::Set pre-filter, then the matching trigger patterns only).
  struct Trig {
    int trigger;
    TextRange range;
    int event = -1;
    // Named as the content of an accusation ("accused of killings"): an
    // earlier event that takes no time, place or count from this sentence.
    bool embedded = false;
    // The means of a death or injury told before it ("killed in a drone
    // strike"): an event that takes no role of its own from this sentence
    // (the instrument is the death's) and shares the death's time and place.
    bool means = false;
    // A participle between a determiner and a noun ("free the detained
    // militiamen"): people named by an earlier event, which takes no time,
    // place or count from this sentence; so does an event counted among
    // others (IsTallied).
    bool attributive = false;
    // The object of a telling ("police confirmed the arrest on Thursday"):
    // an event whose time in the sentence is the telling's (IsToldOf).
    bool told_of = false;
    // The trigger before it, when this one is an active predicate joined
    // to it by "and" ("police raided the office and detained 12"): the
    // agent of both.
    int shares_agent_of = -1;
    // Into out.claims: the agent claim the role patterns gave it, or -1,
    // and where its value is.
    int agent_claim = -1;
    TextRange agent_range;
    // The participant chosen before the trigger (its subject), or null.
    const EntityMentionSpan* subject = nullptr;
  };
  // Per-trigger arrays hold a sentence's few triggers without a heap allocation.
  using TrigVector = absl::InlinedVector<Trig, 8>;
  TrigVector trigs;
  const bool ascii = IsAscii(s);
  for (int t : hits.triggers) {
    const RuleSet::CompiledTrigger& ct = rules_->triggers()[t];
    for (const TextRange& r :
         FindAllByList(*ct.re, ct.words.get(), text, sentence, ascii, -1, &ct.guard)) {
      if (ct.not_before != nullptr &&
          ct.not_before->Match(ToPiece(text), r.end, sentence.end, RE2::ANCHOR_START,
                               nullptr, 0)) {
        continue;
      }
      if (ct.followed_by != nullptr &&
          !ct.followed_by->Match(ToPiece(text), r.end, sentence.end, RE2::ANCHOR_START,
                                 nullptr, 0)) {
        continue;
      }
      if (ct.not_after != nullptr &&
          Occurs(*ct.not_after, text.substr(sentence.begin, r.begin - sentence.begin))) {
        continue;
      }
      // Whether the document told of `re` before the trigger.
      auto told_before = [&](const RE2& re) {
        const int64_t end = ctx->FirstMatchEnd(re, text);
        return end >= 0 && end <= r.begin;
      };
      if (ct.after_in_document != nullptr && !told_before(*ct.after_in_document)) continue;
      if (ct.not_after_in_document != nullptr && told_before(*ct.not_after_in_document)) {
        continue;
      }
      trigs.push_back({t, r});
    }
  }
  std::sort(trigs.begin(), trigs.end(), [](const Trig& a, const Trig& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin
                                          : a.range.end > b.range.end;
  });
  {
    // Two verbs of one frame joined by "and", with at most a few words and
    // no number between, tell one event: "was convicted of fraud and
    // sentenced", "were arrested and jailed" (not "arrested in 2019 and
    // detained again", "the arrest of X in May and the detention of Y").
    static const RE2* const kJoinedVerb = new RE2(
        "(?i)(?:\\s+[a-z'-]+){0,5}\\s+and\\s+(?:(?:was|were|been|then|later|also)\\s+)?");
    auto same_event = [&](const Trig& first, const Trig& next) {
      if (rules_->triggers()[first.trigger].frame != rules_->triggers()[next.trigger].frame) {
        return false;
      }
      absl::string_view gap = text.substr(first.range.end, next.range.begin - first.range.end);
      return gap.size() <= 40 && !absl::StrContains(gap, "again") &&
             kJoinedVerb->Match(ToPiece(gap), 0, gap.size(), RE2::ANCHOR_BOTH, nullptr, 0);
    };
    // The stay after an event told before it ("was arrested in May and
    // spent six weeks in a cell") is that event.
    auto continues_kept = [&](const TrigVector& kept, const Trig& next) {
      const RuleSet::CompiledTrigger& ct = rules_->triggers()[next.trigger];
      return ct.continues && std::any_of(kept.begin(), kept.end(), [&](const Trig& k) {
               return rules_->triggers()[k.trigger].frame == ct.frame;
             });
    };
    // A trigger inside the one before it that names the event that one
    // happens during (Trigger.occasion_of: "broke up a rally", "dispersed
    // the march") tells of that event too.
    auto names_occasion = [&](const Trig& outer, const Trig& inner) {
      const std::vector<std::string>& occasions =
          rules_->triggers()[outer.trigger].occasion_of;
      return inner.range.end <= outer.range.end && !occasions.empty() &&
             absl::c_linear_search(
                 occasions, rules_->frames()[rules_->triggers()[inner.trigger].frame].type);
    };
    TrigVector kept;
    // The end of the last trigger dropped as telling more of a kept one: the
    // words inside it ("jail" in "spent six weeks in jail") tell nothing new.
    int64_t told_until = -1;
    for (const Trig& t : trigs) {
      if (!kept.empty() && t.range.begin < kept.back().range.end &&
          !names_occasion(kept.back(), t)) {
        continue;
      }
      if (t.range.begin < told_until) continue;
      if (IsUnrealised(text, sentence.begin, t.range.begin) ||
          (IsDemanded(text, sentence.begin, t.range.begin) &&
           rules_->frames()[rules_->triggers()[t.trigger].frame].type !=
               "Conflict:Demonstrate")) {
        continue;
      }
      if (!kept.empty() && (same_event(kept.back(), t) || continues_kept(kept, t))) {
        told_until = std::max(told_until, t.range.end);
        continue;
      }
      kept.push_back(t);
    }
    trigs.swap(kept);
  }
  // A mention that only tells more of an event reported elsewhere ("put the
  // crowd at") needs that event before it in the document or in its sentence.
  {
    const auto frame_of_trig = [&](const Trig& t) -> const RuleSet::CompiledFrame& {
      return rules_->frames()[rules_->triggers()[t.trigger].frame];
    };
    const auto needs_referent = [&](const Trig& t) {
      const RuleSet::CompiledFrame& frame = frame_of_trig(t);
      return frame.requires_referent &&
             std::none_of(ctx->recent.begin(), ctx->recent.end(),
                          [&](const Context::Recent& r) {
                            return frame.RefersTo(rules_->frames()[r.frame]);
                          }) &&
             std::none_of(trigs.begin(), trigs.end(),
                          [&](const Trig& k) { return frame.RefersTo(frame_of_trig(k)); });
    };
    if (std::any_of(trigs.begin(), trigs.end(), needs_referent)) {
      TrigVector kept;
      for (const Trig& t : trigs) {
        if (!needs_referent(t)) kept.push_back(t);
      }
      trigs.swap(kept);
    }
  }
  // An attack named as the means of a death or injury told before it
  // ("killed in a drone strike", "assassinated him in an airstrike", "died
  // after being attacked") is that event's instrument or cause, not an event
  // of its own.
  {
    static const RE2* const kMeans = new RE2(
        "(?i)\\b(?:(?:in|by|with)\\s+(?:a|an|the)\\s+(?:[\\w'-]+\\s+){0,2}|"
        "after\\s+(?:being|having\\s+been|(?:he|she|they)\\s+(?:was|were|had\\s+been))\\s+)$");
    for (Trig& t : trigs) {
      const RuleSet::CompiledFrame& frame =
          rules_->frames()[rules_->triggers()[t.trigger].frame];
      bool means = false;
      for (const Trig& k : trigs) {
        if (&k == &t) break;
        const RuleSet::CompiledFrame& other =
            rules_->frames()[rules_->triggers()[k.trigger].frame];
        if (other.type != frame.type && IsHarmFrame(other) &&
            frame.has_instrument) {
          means = true;
        }
      }
      int64_t from = std::max<int64_t>(sentence.begin, t.range.begin - 30);
      t.means = means && Occurs(*kMeans, text.substr(from, t.range.begin - from));
    }
  }

  const std::vector<int>& categories = hits.categories;
  for (Trig& t : trigs) {
    int64_t from = std::max<int64_t>(sentence.begin, t.range.begin - 100);
    absl::string_view before = text.substr(from, t.range.begin - from);
    for (int ci : hits.carries) {
      const RuleSet::CompiledCarry& carry = rules_->carries()[ci];
      if (t.embedded) break;
      if (carry.value_group >= 0) continue;  // A restated count embeds no event.
      // A charge spans a list ("convicted of fraud and the killing of");
      // other cues ("because of") only the words right after them.
      const bool charge = carry.roles.contains("crime");
      if (!carry.guard.MayMatch(before)) continue;
      for (const TextRange& cue : FindAll(*carry.re, before, {0, static_cast<int64_t>(before.size())})) {
        if (!carry.CueBefore(text.substr(from + cue.end))) continue;
        absl::string_view gap = before.substr(cue.end);
        if (charge ? IsInsideCharge(gap, text.substr(t.range.begin, t.range.end - t.range.begin))
                   : gap.size() <= 25) {
          t.embedded = true;
        }
      }
    }
  }
  // A participle after "those" that ends its phrase names people by an
  // event told before ("12 of those detained were freed", "those arrested,
  // he said"): the sentence's time, place and count are another event's.
  // So does one between a determiner and a noun ("ordered him to free the
  // detained militiamen", "their arrested colleagues"), which takes none of
  // them even when no other event does.
  for (Trig& t : trigs) {
    if (t.embedded) continue;
    const absl::string_view surface = text.substr(t.range.begin, t.range.end - t.range.begin);
    if (surface.find(' ') != absl::string_view::npos || !IsPastVerb(surface)) continue;
    const int64_t from = std::max<int64_t>(sentence.begin, t.range.begin - 8);
    const absl::string_view before = text.substr(from, t.range.begin - from);
    if (absl::EndsWithIgnoreCase(before, "those ")) {
      static const RE2* const kPhraseEnd =
          new RE2("(?i)(?:[,;:.)]|\\s+(?:were|was|are|is|have|had|has|will|would)\\b)");
      t.embedded = kPhraseEnd->Match(ToPiece(text), t.range.end, sentence.end,
                                     RE2::ANCHOR_START, nullptr, 0);
      continue;
    }
    static const RE2* const kDeterminer =
        new RE2("(?i)(?:^|\\s)(?:the|these|their|his|her|its|our)\\s$");
    static const RE2* const kNounAfter = new RE2("^ ([a-z][a-z-]*[a-z])\\b");
    re2::StringPiece next;
    if (!Occurs(*kDeterminer, before) ||
        !RE2::PartialMatch(ToPiece(text.substr(t.range.end, sentence.end - t.range.end)),
                           *kNounAfter, &next)) {
      continue;
    }
    static const auto* const kNoNoun = new absl::flat_hash_set<absl::string_view>{
        "were", "was", "are", "is", "be", "been", "have", "had", "has", "will", "would", "and",
        "or", "but", "in", "on", "at", "by", "for", "with", "to", "from", "after", "before",
        "since", "during", "without", "under", "over", "as", "into", "last", "this", "that",
        "who", "which", "earlier", "later", "yesterday", "today", "so", "far"};
    t.attributive = !kNoNoun->contains(absl::string_view(next.data(), next.size()));
  }
  // An event counted among others of a period ("the third journalist killed
  // in X this year") takes none of them either: the period and the place
  // are the count's.
  for (Trig& t : trigs) {
    t.attributive = t.attributive || IsTallied(text, sentence, t.range);
    t.told_of = IsToldOf(text, sentence, t.range);
  }
  // An attack named as the setting of an arrest or another justice event of
  // the sentence ("In a raid in X on Monday, police detained Y") gives that
  // event its time and place.
  {
    static const RE2* const kSetting =
        new RE2("(?i)\\b(?:in|during)\\s+(?:a|an|the)\\s+(?:[\\w'-]+\\s+){0,2}$");
    auto is_attack = [&](const Trig& t) {
      return IsAttackFrame(rules_->frames()[rules_->triggers()[t.trigger].frame]);
    };
    auto is_justice = [&](const Trig& t) {
      const RuleSet::CompiledFrame& f = rules_->frames()[rules_->triggers()[t.trigger].frame];
      return absl::StartsWith(f.type, "Justice:");
    };
    if (std::any_of(trigs.begin(), trigs.end(), is_justice)) {
      for (Trig& t : trigs) {
        if (t.embedded || !is_attack(t)) continue;
        int64_t from = std::max<int64_t>(sentence.begin, t.range.begin - 30);
        if (Occurs(*kSetting, text.substr(from, t.range.begin - from))) {
          t.embedded = true;
        }
      }
    }
  }

  // The latest event mention, at most `max_sentences` back, whose frame
  // `fits`; -1 when none.
  auto latest_event = [&](int max_sentences, auto fits) {
    for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it) {
      if (index - it->sentence > max_sentences) break;
      if (fits(rules_->frames()[it->frame])) return it->event;
    }
    return -1;
  };

  // A count restated in a sentence of its own ("The police put the crowd at
  // 3,000.") goes to the latest event mention that takes a count.
  auto carry_count = [&](const RuleSet::CompiledCarry& rule) -> absl::Status {
    const int n = rule.re->NumberOfCapturingGroups() + 1;
    absl::InlinedVector<re2::StringPiece, 4> groups(n);
    if (!rule.re->Match(ToPiece(s), 0, s.size(), RE2::UNANCHORED, groups.data(), n)) {
      return absl::OkStatus();
    }
    const re2::StringPiece value = groups[rule.value_group];
    if (value.data() == nullptr || value.empty()) return absl::OkStatus();
    const int target = latest_event(rule.max_sentences, [&](const RuleSet::CompiledFrame& f) {
      return f.HasRole("count") && rule.CarriesTo(f.type);
    });
    if (target < 0) return absl::OkStatus();
    // The count stands without its noun: it counts people, as a number
    // standing for its group does ("nine died").
    std::vector<Quantity> found = FindQuantities(absl::StrCat(ToView(value), " people"));
    if (found.empty() || found[0].range.begin != 0) return absl::OkStatus();
    const int64_t at = value.data() - text.data();
    const TextRange range{at, at + static_cast<int64_t>(value.size())};
    Value& v = *ctx->NewValue();
    *v.mutable_number() = found[0].value;
    v.set_normalized(std::move(found[0].key));
    return add_claim(target, "count", &v, range, modality.For(range, attribution.found));
  };

  // Carries taxonomy values that no trigger of this sentence takes to the
  // latest event mention that does, when a carry cue is present, and, in a
  // sentence with no event that may take them, restated counts
  // (carry_count).
  auto carry = [&](absl::Span<const int> cats) -> absl::Status {
    if (ctx->recent.empty()) return absl::OkStatus();
    for (int ri : hits.carries) {
      const RuleSet::CompiledCarry& rule = rules_->carries()[ri];
      if (rule.value_group >= 0) {
        // Not when an event of this sentence may take the count itself.
        const bool taken_here = std::any_of(trigs.begin(), trigs.end(), [&](const Trig& t) {
          const RuleSet::CompiledFrame& f = rules_->frames()[rules_->triggers()[t.trigger].frame];
          return f.HasRole("count") && rule.CarriesTo(f.type);
        });
        if (!taken_here) RETURN_IF_ERROR(carry_count(rule));
        continue;
      }
      if (cats.empty() || !Occurs(*rule.re, s)) continue;
      if (rule.not_before != nullptr) {
        const MatchRanges cues = FindAll(*rule.re, s, {0, static_cast<int64_t>(s.size())});
        if (std::none_of(cues.begin(), cues.end(),
                         [&](const TextRange& cue) { return rule.CueBefore(s.substr(cue.end)); })) {
          continue;
        }
      }
      for (int ci : cats) {
        const RuleSet::CompiledCategory& cat = rules_->categories()[ci];
        if (!rule.roles.contains(cat.role)) continue;
        const int target =
            latest_event(rule.max_sentences, [&](const RuleSet::CompiledFrame& f) {
              return f.HasRole(cat.role) && f.type.rfind("Justice:", 0) == 0 &&
                     rule.CarriesTo(f.type);
            });
        if (target < 0) continue;
        MatchRanges hits = FindAllByList(*cat.re, cat.words.get(), text, sentence, ascii);
        if (hits.empty()) continue;
        bool dup = false;
        int64_t sentence_begin = original_sentence.begin;
        for (const Claim& c : out.claims()) {
          if (c.event_id() == out.events(target).id() && c.role() == cat.role &&
              c.value().normalized() == cat.key &&
              c.evidence().sentence().begin() == sentence_begin) {
            dup = true;
          }
        }
        if (!dup) {
          RETURN_IF_ERROR(add_claim(target, cat.role, category_value(cat), hits[0],
                                    modality.For(hits[0], attribution.found)));
        }
      }
    }
    return absl::OkStatus();
  };

  if (trigs.empty()) return carry(categories);

  // The entity mentions of this sentence.
  auto first_mention = std::lower_bound(
      ctx->entities.mentions.begin(), ctx->entities.mentions.end(), sentence.begin,
      [](const EntityMentionSpan& m, int64_t b) { return m.range.begin < b; });
  auto last_mention = std::lower_bound(
      first_mention, ctx->entities.mentions.end(), sentence.end,
      [](const EntityMentionSpan& m, int64_t e) { return m.range.begin < e; });
  const absl::Span<const EntityMentionSpan> sentence_mentions(
      ctx->entities.mentions.data() + (first_mention - ctx->entities.mentions.begin()),
      last_mention - first_mention);

  // True when trigger t is a verb in the past ("arrested", "took him"), not a
  // noun ("the arrest") or a passive ("was detained").
  auto is_past_verb = [&](const Trig& t) {
    return !rules_->triggers()[t.trigger].nominal &&
           IsPastVerb(text.substr(t.range.begin, t.range.end - t.range.begin));
  };

  // Event mentions.
  int64_t taken_until = sentence.begin;  // End of the last object taken.
  for (Trig& t : trigs) {
    const RuleSet::CompiledTrigger& ct = rules_->triggers()[t.trigger];
    const RuleSet::CompiledFrame& frame = rules_->frames()[ct.frame];
    EventMention* ev = out.add_events();
    ev->set_id(NumberedId('e', out.events_size()));
    ev->set_type(frame.type);
    const TextRange original_trigger = ctx->CopyOriginal(t.range, ev->mutable_trigger());
    if (!ct.lemma.empty()) ev->set_lemma(ct.lemma);
    if (!ct.kind.empty()) ev->set_kind(ct.kind);
    Context::SetOriginalSpan(original_trigger, ev->mutable_trigger_span());
    Context::SetOriginalSpan(original_sentence, ev->mutable_sentence());
    ev->set_modality(modality.For(t.range, a.found && !before_attributed_clause(t.range)));
    t.event = out.events_size() - 1;
    if (!ct.only_roles.empty()) events_taking_some_roles.push_back({t.event, &ct});

    // Participants: a person or organisation inside a trigger that encloses
    // its object ("charged X with", "found X guilty"), else the person an
    // object pronoun right after it stands for ("detained him"), else the
    // nearest name after the trigger (object, "the arrest of X"), else a
    // subject set off by an apposition ("X, the party's leader, was
    // detained"), else the person a subject or possessive pronoun stands for
    // ("he was freed", "his release"), else the nearest name before it
    // (passive subject, "X's release"); never the addressee of a speech verb
    // ("told Reuters"), the source of the sentence's attribution ("the union
    // said"), a name of a type the frame does not take, nor a name that
    // belongs to the previous trigger. An unnamed group object ("a group of
    // militia members from X") takes the group X.
    const int64_t previous_end =
        std::max(taken_until, &t == &trigs.front() ? sentence.begin : (&t - 1)->range.end);
    auto in_source = [&](const EntityMentionSpan& m) {
      return a.found && !a.source_acts && m.range.begin >= a.source.begin &&
             m.range.end <= a.source.end;
    };
    auto can_participate = [&](const EntityMentionSpan& m) {
      // The means of a death has the death's participants, not its own.
      if (t.means) return false;
      if (m.range.begin < sentence.begin || m.range.end > sentence.end) return false;
      if (!frame.TakesParticipant(ctx->entities.clusters[m.cluster].type)) return false;
      return !in_source(m) && !IsAddressee(text, sentence.begin, m.range.begin);
    };
    // A person a pronoun may stand for, in this sentence or an earlier one.
    auto can_be_antecedent = [&](const EntityMentionSpan& m) {
      if (ctx->entities.clusters[m.cluster].type != PERSON) return false;
      return !in_source(m) && !IsAddressee(text, 0, m.range.begin);
    };
    const ParticipantPronoun pronoun =
        t.means ? ParticipantPronoun() : FindParticipantPronoun(text, sentence, t.range);
    auto antecedent = [&]() {
      return PronounAntecedent(ctx->entities, text, ctx->sentences, index, pronoun.begin,
                               can_be_antecedent);
    };
    const EntityMentionSpan* best = nullptr;
    // A trigger that ends in its preposition ("charged with", "cleared him
    // of") is followed by what it is about, and a passive one ("was
    // charged on Thursday with the murder of officers") by no object: not
    // by those it happens to.
    static const RE2* const kNoObjectAfter =
        new RE2("(?i)^(?:was|were|is|are|been|being)\\s|\\s(?:with|for|of|over)$");
    const bool object_follows =
        !t.means && !Occurs(*kNoObjectAfter, text.substr(t.range.begin, t.range.end - t.range.begin));
    GroupObject group = !object_follows ? GroupObject() : FindGroupObject(
        text, t.range.end, sentence.end, frame, &ctx->group_nouns,
        [&](int64_t b, int64_t e) {
          const EntityMentionSpan* m = ctx->entities.Overlapping(b, e);
          if (m == nullptr) return false;
          EntityType type = ctx->entities.clusters[m->cluster].type;
          return type == PERSON || type == ORGANIZATION;
        });
    if (group.found) {
      ev->set_unnamed_participant(true);
      for (const EntityMentionSpan& m : sentence_mentions) {
        if (group.of_begin < 0) break;
        if (!can_participate(m) || m.range.begin < group.of_begin) continue;
        if (m.range.begin - group.of_begin <= 30) best = &m;
        break;
      }
      // "detained two people in X on Monday: Y and his driver": the people
      // a colon lists after the group.
      const size_t colon = text.substr(t.range.end, sentence.end - t.range.end).find(": ");
      if (best == nullptr && colon != absl::string_view::npos && colon <= 150) {
        const int64_t at = t.range.end + static_cast<int64_t>(colon) + 2;
        const EntityMentionSpan* m = ctx->entities.Overlapping(at, at + 1);
        if (m != nullptr && m->range.begin == at &&
            ctx->entities.clusters[m->cluster].type == PERSON && can_participate(*m)) {
          best = m;
        }
      }
      if (best != nullptr) ev->set_unnamed_participant(false);
    }
    // Not a name after a preposition inside it: where, not whom ("charged
    // him before the Kano High Court with").
    static const RE2* const kAfterPreposition = new RE2(
        "(?i)\\b(?:before|at|in|of|from|to|by)\\s+(?:(?:the|an?)\\s+)?(?:[\\w'-]+\\s+){0,2}$");
    for (const EntityMentionSpan& m : sentence_mentions) {
      if (group.found || best != nullptr) break;
      if (m.range.begin > t.range.begin && m.range.begin < t.range.end && can_participate(m) &&
          !Occurs(*kAfterPreposition, text.substr(t.range.begin, m.range.begin - t.range.begin))) {
        best = &m;
      }
    }
    if (best == nullptr && !group.found && pronoun.role == ParticipantPronoun::kObject) {
      best = antecedent();
    }
    // A verb's object follows it; a name after a preposition ("was killed
    // at a rally for X", "died in a X street") is not its object, unless a
    // trigger that ends in a noun of its own gives it to X ("granted bail
    // to X", "accepted bail for X").
    const absl::string_view trigger_text = text.substr(t.range.begin, t.range.end - t.range.begin);
    const bool verb_trigger = is_past_verb(t);
    const bool ends_in_noun = !IsPastVerb(trigger_text.substr(trigger_text.rfind(' ') + 1));
    auto to_whom = [&](absl::string_view gap) {
      return ends_in_noun && (absl::StartsWith(gap, " to ") || absl::StartsWith(gap, " for "));
    };
    // A colon after the trigger may list those it happened to, each
    // described first ("Two men were arrested on Tuesday at its office:
    // state councillor X, 52, and developer Y"): the first name within a
    // few words after it, with no comma before it.
    const size_t list_colon = text.substr(t.range.end, sentence.end - t.range.end).find(": ");
    // The words before the name describe it: a few, no verb nor
    // preposition ("sitting in front of a photograph of X" is no list).
    static const RE2* const kDescription =
        new RE2("(?:(?:[A-Za-z][\\w'-]*|'s) ){0,6}");
    static const RE2* const kNotDescription =
        new RE2("(?i)\\b(?:[a-z]+(?:ing|ed)|of|in|at|to|from|with|on|for|by)\\b");
    auto listed_after_colon = [&](const EntityMentionSpan& m) {
      if (list_colon == absl::string_view::npos || list_colon > 150) return false;
      const int64_t at = t.range.end + static_cast<int64_t>(list_colon) + 2;
      if (m.range.begin < at || m.range.begin - at > 50) return false;
      const absl::string_view words = text.substr(at, m.range.begin - at);
      return RE2::FullMatch(ToPiece(words), *kDescription) && !Occurs(*kNotDescription, words);
    };
    for (const EntityMentionSpan& m : sentence_mentions) {
      if (group.found || best != nullptr) break;
      if (!can_participate(m)) continue;
      const bool listed = m.range.begin >= t.range.end && listed_after_colon(m);
      if (m.range.begin >= t.range.end && (m.range.begin - t.range.end <= 40 || listed)) {
        absl::string_view gap = text.substr(t.range.end, m.range.begin - t.range.end);
        // A name past a semicolon is in a clause of its own ("was released
        // the next day; the police never named her").
        if (gap.find(';') != absl::string_view::npos) break;
        // Who did it follows "by" (not before a colon that lists whom).
        const absl::string_view by_gap = listed ? gap.substr(list_colon + 1) : gap;
        if (by_gap.find(" by ") != absl::string_view::npos || absl::StartsWith(by_gap, " by")) {
          continue;
        }
        // A noun's participant is in its own phrase, before any comma ("the
        // invasion of Iraq in 2003, as the Commission ...": not the
        // Commission; "after the attack, among them X": the people of a
        // group before), or a name right after the comma that is the noun's
        // apposition ("one of the dead, X,") or, after a possessive in an
        // opening adjunct, the subject it stands for ("under the terms of
        // his release, X must"; not "two days after the blast, X wrote").
        if ((rules_->triggers()[t.trigger].nominal || !verb_trigger) &&
            gap.find(", ") != absl::string_view::npos &&
            (gap != ", " || !NamedAfterNounComma(text, sentence.begin, t.range.begin))) {
          break;
        }
        if ((verb_trigger || (!object_follows && !rules_->triggers()[t.trigger].nominal)) &&
            !frame.participant_after_preposition && gap.find(':') == absl::string_view::npos &&
            (!object_follows || StartsWithPreposition(gap)) && !to_whom(gap)) {
          break;
        }
        // For a frame whose participant may follow a preposition, a name
        // before a building, or of one, says where, not whom ("gathered
        // outside the commission's office", "in front of the party
        // headquarters", "outside the Regional Court"; "rallied outside the
        // election commission" is held at the commission).
        if (frame.participant_after_preposition &&
            (entities_.BuildingAfter(text, m.range.end, sentence.end) >= 0 ||
             entities_.IsBuildingNoun(LowerLastWordOf(text, m.range)))) {
          break;
        }
        best = &m;
        break;
      }
    }
    for (const EntityMentionSpan& m : sentence_mentions) {
      if (group.found || best != nullptr) break;
      if (m.range.end > t.range.begin) break;
      if (m.range.begin < previous_end) continue;
      if (ctx->entities.clusters[m.cluster].type == PERSON && can_participate(m) &&
          IsAppositionGap(text.substr(m.range.end, t.range.begin - m.range.end))) {
        best = &m;
      }
    }
    if (const int64_t named = best == nullptr ? NamedAmongThose(text, sentence, t.range) : -1;
        named >= 0) {
      for (const EntityMentionSpan& m : sentence_mentions) {
        if (m.range.begin == named && ctx->entities.clusters[m.cluster].type == PERSON &&
            can_participate(m)) {
          best = &m;
          ev->set_unnamed_participant(false);
          break;
        }
      }
    }
    if (best == nullptr && !group.found &&
        (pronoun.role == ParticipantPronoun::kSubject ||
         pronoun.role == ParticipantPronoun::kPossessive)) {
      best = antecedent();
    }
    // A verb joined by "and" to the one before it has that one's subject:
    // "X, a student, was struck by a bullet and died", "X was detained and
    // later released".
    if (best == nullptr && !group.found && pronoun.role == ParticipantPronoun::kNone &&
        verb_trigger && &t != &trigs.front()) {
      const Trig& before = *(&t - 1);
      if (before.subject != nullptr && before.range.end <= t.range.begin &&
          t.range.begin - before.range.end <= 120) {
        const absl::string_view gap =
            text.substr(before.range.end, t.range.begin - before.range.end);
        if (gap.find_first_of(";:") == absl::string_view::npos &&
            IsCoordinatedPredicate(gap, trigger_text) &&
            frame.TakesParticipant(ctx->entities.clusters[before.subject->cluster].type)) {
          best = before.subject;
        }
      }
    }
    if (best == nullptr && !group.found) {
      // The subject of an active verb in the past, with its object after
      // it or inside the trigger ("found the editor guilty"), or, in a frame
      // with an agent, a trigger of several words that starts with it
      // ("fired live rounds"), is who does it, not whom it is done to:
      // "police in riot gear raided X" (not a passive, "X was raided", "X
      // was found guilty", nor a participle, "an activist killed outside his
      // home"; in a frame without an agent, who does it is the participant:
      // "the union set up a barricade").
      const bool active_verb =
          verb_trigger &&
          (StartsWithObject(text, t.range.end, sentence.end) || HasObjectInside(text, t.range) ||
           (trigger_text.find(' ') != absl::string_view::npos && frame.HasRole("agent")));
      // "X is the second journalist to be killed", "X became the third
      // activist to be detained this year": the subject, however far.
      static const RE2* const kSubjectOfAVerb = new RE2(
          "\\s+(?:\\w+ly\\s+)?[a-z]+ed\\s+(?:its|his|her|their|the|a|an)\\s+(?:[\\w-]+\\s+)?");
      static const RE2* const kNthToBe = new RE2(
          "\\s+(?:is|was|became|becomes|has become)\\s+(?:the|a|an)\\s+(?:[\\w'-]+\\s+){1,4}?"
          "to\\s+(?:be|have\\s+been)\\s+");
      for (const EntityMentionSpan& m : sentence_mentions) {
        if (m.range.begin < previous_end || m.range.end > t.range.begin) continue;
        if (!can_participate(m)) continue;
        if (t.range.begin - m.range.end > 30 &&
            !RE2::FullMatch(ToPiece(text.substr(m.range.end, t.range.begin - m.range.end)),
                            *kNthToBe)) {
          continue;
        }
        if (active_verb &&
            !Occurs(*kPassive, text.substr(m.range.end, t.range.begin - m.range.end))) {
          continue;
        }
        // Whom a gerund is told of does it ("accused the owner of X of
        // attacking pickets"): no participant.
        static const RE2* const kOfGerund = new RE2(",?\\s+of\\s+(?:having\\s+)?");
        if (absl::EndsWith(trigger_text.substr(0, trigger_text.find(' ')), "ing") &&
            RE2::FullMatch(ToPiece(text.substr(m.range.end, t.range.begin - m.range.end)),
                           *kOfGerund)) {
          continue;
        }
        // The subject of another verb whose object the noun is ("the
        // prosecutor's office filed its indictment") does not undergo it.
        if (!verb_trigger &&
            RE2::FullMatch(ToPiece(text.substr(m.range.end, t.range.begin - m.range.end)),
                           *kSubjectOfAVerb)) {
          continue;
        }
        best = &m;
      }
    }
    // "the murder of X journalist Y", "abducted Daily Star reporter Y": the
    // name before the role is whose the person is; the person is the
    // participant.
    if (best != nullptr) {
      const auto next = std::find_if(
          sentence_mentions.begin(), sentence_mentions.end(),
          [&](const EntityMentionSpan& m) { return m.range.begin > best->range.end; });
      if (next != sentence_mentions.end() &&
          ctx->entities.clusters[next->cluster].type == PERSON && can_participate(*next)) {
        absl::string_view gap = text.substr(best->range.end, next->range.begin - best->range.end);
        if (absl::ConsumePrefix(&gap, " ") && absl::ConsumeSuffix(&gap, " ") &&
            entities_.IsRoleWord(gap)) {
          best = &*next;
        }
      }
    }
    if (best != nullptr && best->range.begin >= t.range.end) {
      taken_until = std::max(taken_until, best->range.end);
    }
    if (best != nullptr && best->range.end <= t.range.begin) t.subject = best;
    // The people listed with the participant ("X and Y were arrested").
    absl::InlinedVector<const EntityMentionSpan*, 4> listed;
    if (best != nullptr && best >= sentence_mentions.data() &&
        best < sentence_mentions.data() + sentence_mentions.size() &&
        ctx->entities.clusters[best->cluster].type == PERSON) {
      listed = PeopleListedWith(text, sentence_mentions, best, entities_,
                                [&](const EntityMentionSpan& m) {
                                  return ctx->entities.clusters[m.cluster].type == PERSON &&
                                         m.cluster != best->cluster && can_participate(m);
                                });
    }
    if (best != nullptr) {
      EntityRef* ref = ev->add_participants();
      ref->set_entity_id(ctx->EntityId(best->cluster));
      ref->set_surface(ctx->Original(best->range));
      for (const EntityMentionSpan* m : listed) {
        EntityRef* more = ev->add_participants();
        more->set_entity_id(ctx->EntityId(m->cluster));
        more->set_surface(ctx->Original(m->range));
      }
    } else if (!rules_->triggers()[t.trigger].occasion_of.empty()) {
      // Force used on a crowd ("fired tear gas", "broke up the march").
      ev->set_unnamed_participant(true);
    }
    for (const EntityMentionSpan& m : sentence_mentions) {
      if (m.range.end > sentence.end || &m == best ||
          std::find(listed.begin(), listed.end(), &m) != listed.end()) {
        continue;
      }
      EntityRef* ref = ev->add_arguments();
      ref->set_entity_id(ctx->EntityId(m.cluster));
      ref->set_surface(ctx->Original(m.range));
    }
  }

  // An embedded event gives up time, place and count to an event of the
  // sentence that takes the role; when none does ("X was blamed for an
  // attack in Y on Monday"), they are the embedded event's own.
  auto embedded_yields = [&](size_t i, absl::string_view role) {
    if (!trigs[i].embedded) return false;
    for (const Trig& other : trigs) {
      if (!other.embedded && !other.means &&
          rules_->frames()[rules_->triggers()[other.trigger].frame].HasRole(role)) {
        return true;
      }
    }
    return false;
  };
  const InterjectionMarks interjections(text, sentence);
  const ClauseBreaks clause_breaks(text, sentence);
  const RelativeClauses relative_clauses(text, sentence);
  auto frame_of = [&](size_t i) -> const RuleSet::CompiledFrame& {
    return rules_->frames()[rules_->triggers()[trigs[i].trigger].frame];
  };
  // The trigger nearest to `range` among those `eligible` accepts (the
  // first of equally near ones), or -1.
  auto nearest_trigger = [&](TextRange range, absl::FunctionRef<bool(size_t)> eligible) {
    int best = -1;
    int64_t best_d = 0;
    for (size_t j = 0; j < trigs.size(); ++j) {
      if (!eligible(j)) continue;
      const int64_t d = Distance(range, trigs[j].range);
      if (best < 0 || d < best_d) {
        best = static_cast<int>(j);
        best_d = d;
      }
    }
    return best;
  };
  // True when nearest() may give a value of `role` to trigger i.
  auto takes_role = [&](size_t i, absl::string_view role) {
    bool circumstantial = role == "time" || role == "place" || role == "count";
    if (!TriggerTakesRole(rules_->triggers()[trigs[i].trigger], role) || trigs[i].means ||
        (circumstantial && (trigs[i].attributive || embedded_yields(i, role))) ||
        (role == "time" && trigs[i].told_of)) {
      return false;
    }
    return frame_of(i).HasRole(role);
  };
  // takes_role of the circumstantial roles, worked out once per trigger:
  // nearest() asks it of every trigger for every time, place and count.
  absl::InlinedVector<bool, 8> takes_time(trigs.size()), takes_place(trigs.size()),
      takes_count(trigs.size());
  for (size_t i = 0; i < trigs.size(); ++i) {
    takes_time[i] = takes_role(i, "time");
    takes_place[i] = takes_role(i, "place");
    takes_count[i] = takes_role(i, "count");
  }
  auto takes = [&](size_t i, absl::string_view role) -> bool {
    if (role == "time") return takes_time[i];
    if (role == "place") return takes_place[i];
    if (role == "count") return takes_count[i];
    return takes_role(i, role);
  };
  auto surface = [&](TextRange r) { return text.substr(r.begin, r.end - r.begin); };
  // True when `value` ends the predicate before trigger i, a verb joined to
  // it by "and": "was attacked in X on Friday and died in hospital" (Friday
  // and X are the attack's, though nearer the death).
  auto after_coordinated_value = [&](TextRange value, size_t i) {
    const TextRange t = trigs[i].range;
    return value.end <= t.begin && t.begin - value.end <= 40 &&
           IsCoordinatedPredicate(text.substr(value.end, t.begin - value.end), surface(t));
  };
  auto nearest = [&](TextRange value, absl::string_view role) {
    int best = -1;
    int64_t best_d = 0;
    for (size_t i = 0; i < trigs.size(); ++i) {
      if (!takes(i, role)) continue;
      int64_t d = Distance(value, trigs[i].range) +
                  (interjections.AcrossInterjection(value, trigs[i].range) ? int64_t{1} << 32 : 0) +
                  (clause_breaks.Between(value, trigs[i].range) ? int64_t{1} << 16 : 0) +
                  (relative_clauses.Separates(value, trigs[i].range) ? int64_t{1} << 16 : 0) +
                  (after_coordinated_value(value, i) ? int64_t{1} << 16 : 0);
      if (best < 0 || d < best_d) {
        best = i;
        best_d = d;
      }
    }
    return best;
  };

  // True when trigger i is a verb in the past or a passive ("convicted",
  // "was detained", "had fled"), not a noun ("the bombing", "the arrest"),
  // which tells no tense.
  auto told_as_verb = [&](size_t i) {
    const absl::string_view t = surface(trigs[i].range);
    const absl::string_view first = t.substr(0, t.find(' '));
    for (absl::string_view aux : {"was", "were", "had", "has", "have", "been"}) {
      if (absl::EqualsIgnoreCase(first, aux)) return true;
    }
    return is_past_verb(trigs[i]);
  };

  // Events of one occasion, each taking the other's time and place when it
  // has none of its own: an attack and the deaths or injuries it causes
  // told in one clause ("an attack killed 12 people in X on Monday",
  // "rockets hit a market in X, killing 23", "12 were killed in X in an
  // attack"; not across a semicolon, an interjection or a coordinated
  // clause: "was attacked in X and died on Friday"), and an event and the
  // one it happens during (below).
  absl::InlinedVector<int, 8> partner(trigs.size(), -1);
  // The event a trigger names inside it ("broke up a rally"), and the other
  // way: one occasion, besides the partners.
  absl::InlinedVector<int, 8> nested_with(trigs.size(), -1);
  for (size_t i = 0; i + 1 < trigs.size(); ++i) {
    if (trigs[i + 1].range.begin < trigs[i].range.end) {
      nested_with[i] = static_cast<int>(i + 1);
      nested_with[i + 1] = static_cast<int>(i);
    }
  }
  // So is a demonstration named as what force was used on, right after
  // the trigger ("opened fire on the march", "fired into the rally").
  static const RE2* const kOnTheOccasion =
      new RE2("\\s+(?:on|upon|at|into)\\s+(?:(?:the|a|an|their)\\s+)?");
  for (size_t i = 0; i + 1 < trigs.size(); ++i) {
    const size_t j = i + 1;
    if (nested_with[i] >= 0 || nested_with[j] >= 0 || !IsAttackFrame(frame_of(i)) ||
        frame_of(j).type != "Conflict:Demonstrate" || trigs[i].range.end > trigs[j].range.begin) {
      continue;
    }
    if (RE2::FullMatch(ToPiece(text.substr(trigs[i].range.end,
                                           trigs[j].range.begin - trigs[i].range.end)),
                       *kOnTheOccasion)) {
      nested_with[i] = static_cast<int>(j);
      nested_with[j] = static_cast<int>(i);
    }
  }
  {
    auto is_attack = [&](size_t i) { return IsAttackFrame(frame_of(i)); };
    auto is_harm = [&](size_t i) { return IsHarmFrame(frame_of(i)); };
    for (size_t i = 0; i < trigs.size(); ++i) {
      if (!is_attack(i) && !is_harm(i)) continue;
      partner[i] = nearest_trigger(trigs[i].range, [&](size_t j) {
        if (!(is_attack(i) ? is_harm(j) : is_attack(j))) return false;
        TextRange a = trigs[i].range, b = trigs[j].range;
        int64_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
        absl::string_view gap = to > from ? text.substr(from, to - from) : "";
        return gap.size() <= 150 && gap.find(';') == absl::string_view::npos &&
               !absl::StrContains(gap, " and ") && !interjections.AcrossInterjection(a, b);
      });
    }
    // Deaths or injuries told by a participle after the attack's clause
    // ("police opened fire on the crowd, killing seven") have the attack's
    // subject as their agent.
    // So do deaths or injuries told before the attack that caused them,
    // in a "when" clause ("two farmers were killed when the policemen
    // returned fire"; not "when the farmers were shot", a passive).
    for (size_t j = 0; j < trigs.size(); ++j) {
      const int i = partner[j];
      if (i < 0 || !is_harm(j)) continue;
      if (trigs[i].range.end <= trigs[j].range.begin) {
        const absl::string_view verb = surface(trigs[j].range);
        if (absl::EndsWith(verb, "ing") && trigs[j].range.begin >= 2 &&
            text.substr(trigs[j].range.begin - 2, 2) == ", ") {
          trigs[j].shares_agent_of = i;
        }
      } else if (trigs[j].range.end <= trigs[i].range.begin) {
        const absl::string_view gap =
            text.substr(trigs[j].range.end, trigs[i].range.begin - trigs[j].range.end);
        if (absl::StrContains(gap, " when ") && gap.find(';') == absl::string_view::npos &&
            !Occurs(*kPassive, gap.substr(gap.find(" when "))) &&
            IsPastVerb(surface(trigs[i].range))) {
          trigs[j].shares_agent_of = i;
        }
      }
    }
    // A predicate joined by "and" to the one before it, with the same
    // subject, takes that one's time and place when it has none of its own:
    // "police raided the office in X on Monday and detained 12 people", "the
    // court convicted ten of the defendants of fraud and acquitted two". Not
    // a death, which may come days later ("was attacked on Friday and
    // died"), unless a killing with its object, nor a predicate of a
    // relative clause in between ("police dispersed youths who had burned
    // cars and attacked a station": the youths attacked).
    static const RE2* const kRelativePronoun = new RE2("(?i)\\b(?:who|whom|whose|which)\\b");
    // A killing told by an active verb and its object ("raided the camp on
    // Monday and killed six militants") is no later death: it is done then.
    static const RE2* const kObjectAfter = new RE2(
        "\\s+(?:\\d|(?i:an?|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|"
        "ten|eleven|twelve|several|dozens|scores|many|at\\s+least|more\\s+than)\\b|\\p{Lu})");
    auto killed_with_object = [&](size_t j) {
      const absl::string_view verb = surface(trigs[j].range);
      re2::StringPiece after = ToPiece(text.substr(trigs[j].range.end));
      return IsPastVerb(verb) && !absl::EndsWith(verb, "died") &&
             RE2::Consume(&after, *kObjectAfter);
    };
    for (size_t j = 1; j < trigs.size(); ++j) {
      if (partner[j] >= 0 || (frame_of(j).type == "Life:Die" && !killed_with_object(j))) continue;
      // The predicate before, past the nouns of events inside it ("convicted
      // four men over a bombing in June and acquitted three": the acquittal
      // is the conviction's partner, not the bombing's).
      size_t i = j - 1;
      while (i > 0 && !told_as_verb(i)) --i;
      if (!told_as_verb(i)) i = j - 1;
      const TextRange a = trigs[i].range, b = trigs[j].range;
      if (trigs[i].event == trigs[j].event || a.end > b.begin || b.begin - a.end > 160 ||
          interjections.AcrossInterjection(a, b) || clause_breaks.Between(a, b)) {
        continue;
      }
      const absl::string_view gap = text.substr(a.end, b.begin - a.end);
      if (gap.find_first_of(";:") == absl::string_view::npos &&
          !Occurs(*kRelativePronoun, gap) && IsCoordinatedPredicate(gap, surface(b))) {
        partner[j] = static_cast<int>(i);
        // Active ("and detained"), it has that one's subject, its agent.
        if (!Occurs(*kPassive, gap)) trigs[j].shares_agent_of = static_cast<int>(i);
      }
    }
    // An event and the one a "when" clause right after it tells: "was
    // arrested at his home on Tuesday, when riot police stormed the village".
    for (size_t j = 1; j < trigs.size(); ++j) {
      const size_t i = j - 1;
      const TextRange a = trigs[i].range, b = trigs[j].range;
      if (trigs[i].event == trigs[j].event || a.end > b.begin || b.begin - a.end > 120 ||
          (partner[i] >= 0 && partner[j] >= 0)) {
        continue;
      }
      const absl::string_view gap = text.substr(a.end, b.begin - a.end);
      const size_t when = gap.find(", when ");
      if (when == absl::string_view::npos || gap.find_first_of(";:") != absl::string_view::npos ||
          gap.find(',', when + 1) != absl::string_view::npos) {
        continue;
      }
      if (partner[i] < 0) partner[i] = static_cast<int>(j);
      if (partner[j] < 0) partner[j] = static_cast<int>(i);
    }
    // An event and the demonstration it happened at, named right after it
    // as a noun ("detained him at a rally in X", "was arrested in 2021
    // during a protest", "while covering a march"): one occasion.
    static const RE2* const kAtTheOccasion = new RE2(
        "(?i)(?:\\s+[\\w'-]+){0,3}?\\s+(?:at|during|while covering|while "
        "attending)\\s+(?:(?:a|an|the|their|his|her)\\s+(?:[\\w'-]+\\s+)?)?");
    for (size_t j = 1; j < trigs.size(); ++j) {
      if (partner[j] >= 0 || frame_of(j).type != "Conflict:Demonstrate") continue;
      const size_t i = j - 1;
      if (partner[i] >= 0 || trigs[i].range.end > trigs[j].range.begin ||
          frame_of(i).type == "Conflict:Demonstrate") {
        continue;
      }
      // Not a comparison ("the death is the first at a protest this year").
      static const RE2* const kNotOccasion =
          new RE2("(?i)\\b(?:is|was|are|were|be|been|first|last|only|second)\\b");
      const absl::string_view gap =
          text.substr(trigs[i].range.end, trigs[j].range.begin - trigs[i].range.end);
      if (RE2::FullMatch(ToPiece(gap), *kAtTheOccasion) && !Occurs(*kNotOccasion, gap)) {
        partner[i] = static_cast<int>(j);
        partner[j] = static_cast<int>(i);
      }
    }
    // An event and the nearest event of a type it happens during
    // (Trigger.occasion_of), in any clause of the sentence: "workers marched
    // through X on Monday, and police broke up the march".
    for (size_t i = 0; i < trigs.size(); ++i) {
      const std::vector<std::string>& occasions =
          rules_->triggers()[trigs[i].trigger].occasion_of;
      if (occasions.empty() || partner[i] >= 0) continue;
      const int best = nearest_trigger(trigs[i].range, [&](size_t j) {
        return j != i && static_cast<int>(j) != nested_with[i] &&
               absl::c_linear_search(occasions, frame_of(j).type);
      });
      if (best < 0) continue;
      partner[i] = best;
      if (partner[best] < 0) partner[best] = static_cast<int>(i);
    }
  }

  // True when some trigger may take a value of the circumstantial `role`
  // (time, place or count): otherwise nearest() finds none for it.
  auto any_takes = [&](absl::string_view role) {
    for (size_t i = 0; i < trigs.size(); ++i) {
      if (takes(i, role)) return true;
    }
    return false;
  };

  // Time. time_for[i]: the rank (lower wins) and index into `times` of the
  // expression trigger i takes, {-1, -1} for none.
  // The first `time_count` elements of `times` are this sentence's; the
  // vector keeps its elements' storage across the sentences of this thread.
  thread_local std::vector<TimeExpression> times;
  size_t time_count = 0;
  if (any_takes("time")) {
    time_count = AddYearsOfOccasions(s, published, FindTimeExpressions(s, published, &times),
                                     &times);
  }
  absl::InlinedVector<std::pair<int64_t, int>, 8> time_for(trigs.size(), {-1, -1});
  // A relation exact to the day ("arrested the day after the attack", "two
  // days after the bombing, residents marched"): the trigger named right
  // after the expression is the other event (the anchor); the nearest
  // trigger of another event is the one the relation dates (the subject).
  struct DayRelation {
    int k;        // Into `times`.
    int subject;  // Into `trigs`.
    int anchor;
    int offset;   // Days from the anchor to the subject.
  };
  absl::InlinedVector<DayRelation, 2> day_relations;
  // A relation to the day of the event told before ("the next day, police
  // charged him"): `k` into `times`, the trigger it dates, the offset.
  struct ToldBefore {
    enum Kind {
      kOffset,     // `offset` days from that event's day;
      kFollowing,  // the weekday after it ("the following Monday");
      kNearest,    // the weekday nearest it ("on the Tuesday", "that Friday").
    };
    int k;
    int trigger;
    int offset;
    Kind kind = kOffset;
  };
  absl::InlinedVector<ToldBefore, 1> told_before;
  // A relation exact to the day whose other event is an anchor noun ("the
  // day after the fire"), the noun dated by an earlier sentence: `k` into
  // `times`, the trigger it dates (the nearest), the noun, the offset, and
  // where the noun is.
  struct ToNoun {
    int k;
    int trigger;
    int noun;
    int offset;
    TextRange range;
  };
  absl::InlinedVector<ToNoun, 1> to_noun;
  // Where this sentence names an anchor noun as the other event of a
  // relation (with or without a day): such a mention dates no noun.
  absl::InlinedVector<TextRange, 1> relation_nouns;
  // The anchor nouns the sentence names, found once when first needed.
  std::optional<std::vector<AnchorNouns::Hit>> sentence_nouns;
  const AnchorNouns& anchor_nouns = rules_->anchor_nouns();
  // A calendar day and a day relation apposed to it, either first
  // ("arrested on 9 June, two days after the attack", "three days after the
  // shooting, on 9 June, police arrested"): the relation restates the day,
  // which is its subject's. apposed_day[k] of the relation: the day's index.
  absl::InlinedVector<int, 8> apposed_day(time_count, -1);
  auto is_day = [&](size_t k) {
    return times[k].value.granularity() == DAY && !times[k].value.iso().empty();
  };
  for (size_t k = 0; k + 1 < time_count; ++k) {
    const absl::string_view gap =
        s.substr(times[k].range.end, times[k + 1].range.begin - times[k].range.end);
    if (is_day(k) && ExactDayOffset(times[k + 1].value).has_value() &&
        (gap == ", " || gap == " - " || gap == ", just ")) {
      apposed_day[k + 1] = static_cast<int>(k);
    } else if (is_day(k + 1) && ExactDayOffset(times[k].value).has_value()) {
      // After the relation's other event, without a break of its own.
      absl::string_view other = gap;
      if ((absl::ConsumeSuffix(&other, ", ") || absl::ConsumeSuffix(&other, ", on ")) &&
          static_cast<int64_t>(other.size()) <= kAnchorGap &&
          other.find_first_of(",;:()") == absl::string_view::npos) {
        apposed_day[k] = static_cast<int>(k + 1);
      }
    }
  }
  for (size_t k = 0; k < time_count; ++k) {
    TimeExpression& te = times[k];
    te.range.begin += sentence.begin;
    te.range.end += sentence.begin;
    // A day apposed to a relation is given through the relation.
    if (k + 1 < time_count && apposed_day[k + 1] == static_cast<int>(k)) continue;
    if (k > 0 && apposed_day[k - 1] == static_cast<int>(k)) continue;
    if (IsCitationDate(text, sentence, te.range) || dates_the_saying(te.range) ||
        DatesATelling(text, sentence.begin, te.range) ||
        IsMonthOfAName(text, te.range) || FollowsNegation(text, sentence.begin, te.range.begin) ||
        EndsAPeriod(text, sentence.begin, te.range) ||
        BoundsAComparison(text, sentence.begin, te.range)) {
      continue;
    }
    // "in September that year": the month in the year the text stated
    // last.
    if (NamesAYear(text.substr(te.range.begin, te.range.end - te.range.begin))) {
      int year = 0;
      if (te.value.first_day().size() >= 4 &&
          absl::SimpleAtoi(te.value.first_day().substr(0, 4), &year)) {
        ctx->stated_year = year;
      }
    } else if (ctx->stated_year > 0 && IsFollowedByThatYear(text, te.range.end)) {
      if (absl::StatusOr<DateValue> in_year = InYear(te.value, ctx->stated_year); in_year.ok()) {
        te.value = *std::move(in_year);
      }
    }
    if (const TextRange apposition = NameAppositionAround(text, sentence, te.range);
        apposition.end > apposition.begin &&
        std::none_of(trigs.begin(), trigs.end(), [&](const Trig& t) {
          return apposition.begin <= t.range.begin && t.range.end <= apposition.end;
        })) {
      continue;
    }
    const std::optional<int> offset = PreviousEventDayOffset(te.value);
    std::optional<ToldBefore::Kind> kind;
    if (offset.has_value()) {
      kind = ToldBefore::kOffset;
    } else if (IsFollowingWeekday(te.value)) {
      kind = ToldBefore::kFollowing;
    } else if (IsNarrativeWeekday(text, te.range)) {
      kind = ToldBefore::kNearest;
    }
    if (kind.has_value()) {
      const int i = nearest(te.range, "time");
      if (i >= 0 && !InsideRelativeClause(text, sentence, trigs[i].range, te.range)) {
        told_before.push_back({static_cast<int>(k), i, offset.value_or(0), *kind});
      }
      continue;
    }
    if (std::optional<int> offset = ExactDayOffset(te.value)) {
      int anchor = -1;
      // Not an event whose announcement is the other one ("a day before the
      // arrests were announced").
      static const RE2* const kAnnounced = new RE2(
          "^\\s+(?:was|were|had been|has been|have been)\\s+(?:officially\\s+)?"
          "(?:announced|reported|confirmed|made public|disclosed|revealed)\\b");
      for (size_t j = 0; j < trigs.size(); ++j) {
        const TextRange r = trigs[j].range;
        if (r.begin < te.range.end || r.begin - te.range.end > kAnchorGap) continue;
        absl::string_view gap = text.substr(te.range.end, r.begin - te.range.end);
        if (gap.find_first_of(",;:()") != absl::string_view::npos) continue;
        if (RE2::PartialMatch(ToPiece(text.substr(r.end, sentence.end - r.end)), *kAnnounced)) {
          continue;
        }
        if (frame_of(j).HasRole("time") && (anchor < 0 || r.begin < trigs[anchor].range.begin)) {
          anchor = static_cast<int>(j);
        }
      }
      // An anchor noun named first is the other event ("the day after the
      // fire and charged on May 3": not the charge).
      std::optional<AnchorNouns::Hit> noun;
      if (anchor_nouns.size() > 0) {
        noun = anchor_nouns.NamedAfter(text, sentence.begin, te.range.end,
                                       std::min(sentence.end, te.range.end + kAnchorGap));
      }
      if (noun && (anchor < 0 || noun->range.begin < trigs[anchor].range.begin)) {
        relation_nouns.push_back(noun->range);
        const int i = nearest(te.range, "time");
        if (i >= 0 && apposed_day[k] >= 0) {
          time_for[i] = {0, apposed_day[k]};
          continue;
        }
        if (i >= 0 && ctx->AnchorDayOf(noun->noun) != nullptr &&
            !InsideRelativeClause(text, sentence, trigs[i].range, te.range)) {
          to_noun.push_back({static_cast<int>(k), i, noun->noun, *offset, noun->range});
          continue;
        }
        anchor = -1;  // Undated: the relation stays on the mention.
      }
      const int subject =
          anchor < 0 ? -1 : nearest_trigger(te.range, [&](size_t j) {
            return takes(j, "time") && trigs[j].event != trigs[anchor].event;
          });
      if (subject >= 0) {
        // Apposed to a day, the subject has the day and the relation dates
        // the anchor from it.
        if (apposed_day[k] >= 0) time_for[subject] = {0, apposed_day[k]};
        day_relations.push_back({static_cast<int>(k), subject, anchor, *offset});
        continue;
      }
    }
    int i = -1;
    if (absl::StartsWith(text.substr(te.range.end), "'s ")) {
      // "last Thursday's unrest": the time of the noun it modifies, and of
      // no other trigger ("appeared in court on Monday over last
      // Thursday's unrest").
      const int64_t noun = te.range.end + 3;
      for (size_t j = 0; j < trigs.size() && i < 0; ++j) {
        const int64_t b = trigs[j].range.begin;
        if (b < noun || b > noun + kPossessedNounReach || !takes(j, "time")) continue;
        // Right after it, or after one word ("Monday's deadly clashes").
        const absl::string_view gap = text.substr(noun, b - noun);
        if (gap.empty() || (gap.back() == ' ' &&
                            std::all_of(gap.begin(), gap.end() - 1, [](char c) {
                              return absl::ascii_isalpha(c) || c == '-';
                            }))) {
          i = static_cast<int>(j);
        }
      }
      // "were killed in Tuesday's violence": when what it modifies is no
      // event, it is the occasion the event before it happened in, and its
      // day is that event's.
      static const RE2* const kInOccasion = new RE2("(?i)\\b(?:in|during)\\s+$");
      if (i < 0 && Occurs(*kInOccasion, text.substr(sentence.begin,
                                                    te.range.begin - sentence.begin))) {
        i = nearest_trigger(te.range, [&](size_t j) {
          return takes(j, "time") && trigs[j].range.end <= te.range.begin &&
                 !clause_breaks.Between(trigs[j].range, te.range);
        });
      }
      if (i < 0) continue;
    } else if (apposed_day[k] >= 0) {
      // The predicate the day and its relation follow.
      const TextRange day = times[apposed_day[k]].range;
      i = nearest_trigger(day, [&](size_t j) {
        return takes(j, "time") && trigs[j].range.end <= day.begin;
      });
      if (i < 0) i = nearest(te.range, "time");
    } else {
      i = nearest(te.range, "time");
    }
    if (i < 0 || InsideRelativeClause(text, sentence, trigs[i].range, te.range) ||
        relative_clauses.EndsBefore(trigs[i].range, te.range)) {
      continue;
    }
    // A relation apposed to a day gives the day. Calendar dates win over
    // relative expressions, then the nearest wins.
    const int given = apposed_day[k] >= 0 ? apposed_day[k] : static_cast<int>(k);
    const int64_t d = Distance(te.range, trigs[i].range) +
                      (times[given].value.iso().empty() ? int64_t{1} << 20 : 0);
    if (time_for[i].first < 0 || d < time_for[i].first) time_for[i] = {d, given};
  }
  // A partner's time, and along a chain of partners ("the attack killed
  // four and wounded 23": the injuries are the deaths' partner, the deaths
  // the attack's); the same between a trigger and the event named inside it.
  for (size_t round = 0; round < trigs.size(); ++round) {
    const absl::InlinedVector<std::pair<int64_t, int>, 8> own = time_for;
    bool more = false;
    for (size_t i = 0; i < trigs.size(); ++i) {
      if (own[i].first >= 0) continue;
      for (const int j : {nested_with[i], partner[i]}) {
        if (j >= 0 && own[j].first >= 0) {
          time_for[i] = own[j];
          more = true;
          break;
        }
      }
    }
    if (!more) break;
  }
  const absl::string_view published_day = absl::string_view(published).substr(0, 10);
  for (size_t i = 0; i < trigs.size(); ++i) {
    if (time_for[i].first < 0) continue;
    TimeExpression& te = times[time_for[i].second];
    // A day or month more than two days after publication (time zones and
    // late updates aside), without its year, told of an event in the past
    // ("police arrested him on May 3" in an article of March) is the year
    // before's.
    if (te.value.granularity() >= MONTH && !published_day.empty() &&
        te.value.first_day() > published_day && told_as_verb(i) &&
        !NamesAYear(text.substr(te.range.begin, te.range.end - te.range.begin))) {
      DateValue published_date;
      published_date.set_iso(std::string(published_day));
      published_date.set_granularity(DAY);
      const absl::StatusOr<DateValue> grace = ShiftDay(published_date, 2, "");
      if (grace.ok() && te.value.first_day() > grace->iso()) {
        if (absl::StatusOr<DateValue> before = YearBefore(te.value); before.ok()) {
          te.value = *std::move(before);
        }
      }
    }
    *out.mutable_events(trigs[i].event)->mutable_time() = te.value;
    // A time relative to another event stays on the event mention; it is
    // not a calendar claim.
    if (te.value.iso().empty()) continue;
    Value& v = *ctx->NewValue();
    *v.mutable_date() = te.value;
    v.set_normalized(DateKey(te.value));
    RETURN_IF_ERROR(add_claim(trigs[i].event, "time", &v, te.range));
    ctx->NoteDay(frame_of(i).type, te.value, te.range.begin, index);
    // The day of an event of a type that dates an anchor noun the sentence
    // names ("fire swept through the mill on May 3 and killed 12").
    if (te.value.granularity() != DAY || anchor_nouns.size() == 0) continue;
    if (!sentence_nouns) sentence_nouns = anchor_nouns.Mentions(text, sentence);
    for (const AnchorNouns::Hit& m : *sentence_nouns) {
      if (anchor_nouns.DayFrom(m.noun, frame_of(i).type) &&
          std::find(relation_nouns.begin(), relation_nouns.end(), m.range) ==
              relation_nouns.end()) {
        ctx->NoteAnchorDay(m.noun, te.value);
      }
    }
  }
  // Each relation dates the subject from the anchor's day, or else the
  // anchor from the subject's ("the attack came six days after a court
  // acquitted him": the attack dated earlier in the document); a trigger
  // with a calendar time of its own in the sentence keeps it. The day is the
  // sentence's own or the one day the document gives events of that type.
  auto own_time = [&](int i) {
    return time_for[i].first >= 0 && !times[time_for[i].second].value.iso().empty();
  };
  auto day_of = [&](int i) -> const DateValue* {
    if (own_time(i)) {
      const DateValue& v = times[time_for[i].second].value;
      return v.granularity() == DAY ? &v : nullptr;
    }
    return ctx->DayOf(frame_of(i).type);
  };
  // Dates trigger i `days` days from `from`, by the relation `te` states,
  // on the mention and in a time claim with evidence `evidence`.
  auto date_by_relation = [&](int i, const DateValue& from, int days,
                              const TimeExpression& te, TextRange evidence) -> absl::Status {
    ASSIGN_OR_RETURN(DateValue day, ShiftDay(from, days, te.value.relative()));
    *out.mutable_events(trigs[i].event)->mutable_time() = day;
    ctx->NoteDay(frame_of(i).type, day, te.range.begin, index);
    Value& v = *ctx->NewValue();
    v.set_normalized(DateKey(day));
    *v.mutable_date() = std::move(day);
    return add_claim(trigs[i].event, "time", &v, evidence);
  };
  for (const DayRelation& r : day_relations) {
    const TimeExpression& te = times[r.k];
    int dated = -1, days = 0;
    const DateValue* from = nullptr;
    if (!own_time(r.subject) && (from = day_of(r.anchor)) != nullptr) {
      dated = r.subject;
      days = r.offset;
    } else if (!own_time(r.anchor) && (from = day_of(r.subject)) != nullptr) {
      dated = r.anchor;
      days = -r.offset;
    }
    if (dated < 0) {
      if (time_for[r.subject].first < 0) {
        *out.mutable_events(trigs[r.subject].event)->mutable_time() = te.value;
      }
      continue;
    }
    RETURN_IF_ERROR(date_by_relation(dated, *from, days, te,
                                     TextRange{te.range.begin, trigs[r.anchor].range.end}));
  }
  // A relation to an anchor noun dates its trigger from the noun's day (if
  // this sentence gave the noun no other), unless the trigger has a
  // calendar time of its own.
  for (const ToNoun& r : to_noun) {
    if (own_time(r.trigger)) continue;
    const DateValue* day = ctx->AnchorDayOf(r.noun);
    if (day == nullptr) continue;
    RETURN_IF_ERROR(date_by_relation(r.trigger, *day, r.offset, times[r.k],
                                     TextRange{times[r.k].range.begin, r.range.end}));
  }
  // A relation to the event told before dates its trigger from the day of
  // that event (the last time claim before it, in this sentence or the two
  // before; for a weekday of the story's week, anywhere before), unless the
  // trigger has a calendar time of its own; with no such day the trigger
  // keeps the relation, as "days later" is kept, and a weekday of the
  // story's week its day back from publication.
  for (const ToldBefore& r : told_before) {
    const TimeExpression& te = times[r.k];
    if (own_time(r.trigger)) continue;
    const int reach = r.kind == ToldBefore::kNearest ? index : Context::kToldBeforeSentences;
    const DateValue* from = ctx->DayToldBefore(te.range.begin, index, reach);
    std::optional<int> days;
    if (from != nullptr) {
      switch (r.kind) {
        case ToldBefore::kOffset: days = r.offset; break;
        case ToldBefore::kFollowing: days = DaysToFollowingWeekday(te.value, *from); break;
        case ToldBefore::kNearest: days = DaysToNearestWeekday(te.value, *from); break;
      }
    } else if (r.kind == ToldBefore::kNearest && te.value.granularity() == DAY) {
      from = &te.value;
      days = 0;
    }
    // A weekday of the story's week after the story has moved to a period
    // ("marched last month ... died that Saturday"): the day found is
    // another week's unless it lies in that period; else the weekday keeps
    // its relation, with no date.
    if (days.has_value() && r.kind == ToldBefore::kNearest) {
      if (const DateValue* period = ctx->PeriodToldSinceDay(te.range.begin, index, reach)) {
        absl::StatusOr<DateValue> day = ShiftDay(*from, *days, "");
        if (!day.ok() || day->iso() < period->first_day() || day->iso() > period->last_day()) {
          if (time_for[r.trigger].first < 0) {
            DateValue* time = out.mutable_events(trigs[r.trigger].event)->mutable_time();
            time->Clear();
            const TextRange said = WithArticle(text, sentence, te.range);
            time->set_relative(
                absl::AsciiStrToLower(text.substr(said.begin, said.end - said.begin)));
          }
          continue;
        }
      }
    }
    if (!days.has_value()) {
      if (time_for[r.trigger].first < 0) {
        *out.mutable_events(trigs[r.trigger].event)->mutable_time() = te.value;
      }
      continue;
    }
    RETURN_IF_ERROR(
        date_by_relation(r.trigger, *from, *days, te, WithArticle(text, sentence, te.range)));
  }

  // Counts.
  absl::InlinedVector<bool, 8> has_count(trigs.size(), false);
  std::vector<Quantity> quantities;
  if (any_takes("count")) quantities = FindQuantities(s);
  // A count right after an act of harm ("the murder of two inmates", "of
  // killing three people") counts its victims: the count of a frame that
  // takes a crime (an arrest, a charge, a verdict) only when it has none.
  static const RE2* const kVictimsOf = new RE2(
      "(?i)\\b(?:(?:murders?|killings?|deaths|kidnappings?|abductions?|rapes?|torture|"
      "assaults?|beatings?|shootings?|stabbings?|massacre|manslaughter)\\s+of|"
      "(?:murdering|killing|kidnapping|abducting|attacking|injuring|wounding|raping|"
      "torturing|assaulting|beating|shooting|stabbing))\\s+$");
  // Whether the text after trigger i starts with its object ("shot dead a
  // councillor", "arrested him", "killed Omar Faleh"): the verb is active.
  // A trigger that ends in a preposition or a word of time ("left custody
  // in", "charged under") has its object inside it, if any.
  static const RE2* const kEndsInPreposition = new RE2(
      "(?i)\\b(?:in|on|at|of|for|to|by|from|with|without|after|before|following|under|"
      "last|this|yesterday|today|earlier|late|early)$");
  auto takes_object = [&](size_t i) {
    const int64_t at = trigs[i].range.end;
    if (Occurs(*kEndsInPreposition, text.substr(trigs[i].range.begin, at - trigs[i].range.begin)) ||
        !StartsWithObject(text, at, sentence.end)) {
      return false;
    }
    // Not a date: "died Sunday", "killed on Monday".
    const int64_t word = static_cast<int64_t>(text.find_first_not_of(' ', at));
    return std::none_of(times.begin(), times.begin() + time_count,
                        [&](const TimeExpression& te) { return te.range.begin == word; });
  };
  // Whether trigger i is a verb in the past with its object inside it
  // ("pushed Tsegai into a car", "took him into custody") and `value` is in
  // its clause, before it: the verb is active, and the value may be its
  // subject ("four men pushed him", not "four men stood in the dock, and
  // the state charged them").
  auto has_object_inside = [&](size_t i, TextRange value) {
    const TextRange t = trigs[i].range;
    if (value.end > t.begin ||
        text.substr(value.end, t.begin - value.end).find_first_of(",;") !=
            absl::string_view::npos) {
      return false;
    }
    return IsPastVerb(text.substr(t.begin, t.end - t.begin)) &&
           HasObjectInside(text, t, /*after_particle=*/true);
  };
  // The counts that are a trigger's subject go first ("according to 14
  // witnesses, about 2,500 people gathered": 2,500 is the crowd's), then
  // the others in text order.
  for (Quantity& q : quantities) {
    q.range.begin += sentence.begin;
    q.range.end += sentence.begin;
  }
  // The trigger a count is the subject of, right before it; with
  // `or_inside`, also one that begins inside it ("2,500 people gathered"
  // found as the trigger "people gathered").
  auto subject_of_trigger = [&](const Quantity& q, bool or_inside) {
    int subject = -1;
    for (size_t i = 0; i < trigs.size(); ++i) {
      const TextRange t = trigs[i].range;
      if ((t.begin == q.range.end + 1 && text[q.range.end] == ' ') ||
          (or_inside && t.begin > q.range.begin && t.begin < q.range.end)) {
        subject = static_cast<int>(i);
      }
    }
    return subject;
  };
  std::stable_partition(quantities.begin(), quantities.end(),
                        [&](const Quantity& q) { return subject_of_trigger(q, true) >= 0; });
  for (Quantity& q : quantities) {
    // A count inside the sentence's source counts the source ("according
    // to 14 witnesses").
    if (a.found && !a.source_acts && q.range.begin >= a.source.begin &&
        q.range.end <= a.source.end) {
      continue;
    }
    // A part of the count right before it, set off by a comma ("nine
    // people, four of them police officers, were hurt", "nine civilians,
    // including two children, died"): said of that count, no count of its
    // own.
    const bool part_of_them =
        CountsAPartOfThem(text.substr(q.range.begin, q.range.end - q.range.begin));
    if (std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& p) {
          if (p.range.end >= q.range.begin) return false;
          const absl::string_view gap = absl::StripAsciiWhitespace(
              text.substr(p.range.end, q.range.begin - p.range.end));
          return part_of_them ? gap == ","
                              : gap == ", including" || gap == ", among them" ||
                                    gap == ", among whom";
        })) {
      continue;
    }
    // "Two days after the vote": a span of time, not a count of anything.
    if (std::any_of(times.begin(), times.begin() + time_count, [&](const TimeExpression& te) {
          return te.range.end > q.range.begin && q.range.end > te.range.begin;
        })) {
      continue;
    }
    const int64_t act_from = std::max<int64_t>(sentence.begin, q.range.begin - 40);
    const bool victims =
        Occurs(*kVictimsOf, text.substr(act_from, q.range.begin - act_from));
    // The counted right before a trigger are its subject ("hundreds of riot
    // police stormed the village"): no other trigger's count.
    const int subject_of = subject_of_trigger(q, false);
    // A later number that is the subject of its own verb ("30 people were
    // taken away and dozens were hurt"; not a part, "four of whom were"), or
    // that opens a clause after this count's own ("said 600 people took
    // part, that nine people were hurt"; not "40 people and 12 journalists"),
    // counts the triggers after it: this count is not theirs.
    static const RE2* const kVerbThenClause = new RE2(
        "(?i).*?\\b(?:were|was|are|is|had|have|has|took|said|says|told|[a-z]{2,}ed)\\b.*"
        "(?:\\bthat|\\band|\\bbut|\\bwhile|\\bwhereas|;)\\s+");
    int64_t later_subject_end = -1;
    for (const Quantity& o : quantities) {
      if (o.range.begin < q.range.end ||
          text.substr(o.range.begin, o.range.end - o.range.begin).find(" of ") !=
              absl::string_view::npos) {
        continue;
      }
      if (!o.subject &&
          !kVerbThenClause->Match(ToPiece(text), q.range.end, o.range.begin, RE2::ANCHOR_BOTH,
                                  nullptr, 0)) {
        continue;
      }
      if (later_subject_end < 0 || o.range.end < later_subject_end) {
        later_subject_end = o.range.end;
      }
    }
    static const RE2* const kOfThoseItHappenedTo =
        new RE2("(?i)\\s+of\\s+(?:the|those|them|their|his|her)\\s+(?:[\\w'-]+\\s+)?");
    int best = -1;
    int64_t best_d = 0;
    for (size_t i = 0; i < trigs.size(); ++i) {
      const RuleSet::CompiledFrame& frame = frame_of(i);
      if (!takes_count[i] || has_count[i]) continue;
      if (subject_of >= 0 && subject_of != static_cast<int>(i)) continue;
      if (later_subject_end >= 0 && trigs[i].range.begin >= later_subject_end) continue;
      if (victims && frame.HasRole("crime")) continue;
      if (frame.count_noun != nullptr &&
          !ctx->group_nouns.Matches(frame, q.value.counted())) {
        continue;
      }
      // A number as a verb's subject counts what the verb tells.
      if (q.subject && trigs[i].range.begin < q.range.end) continue;
      // Not the count of a passive verb joined after it: "attacked two
      // officers and was detained" (the officers are not the detained).
      if (after_coordinated_value(q.range, i) &&
          Occurs(*kPassive, text.substr(q.range.end, trigs[i].range.begin - q.range.end))) {
        continue;
      }
      if (InsideRelativeClause(text, sentence, trigs[i].range, q.range, ClausesBefore::kAny)) {
        continue;
      }
      // Those counted are of the event's people, not them: "30 relatives of
      // the dead", "the families of those killed".
      if (q.range.end <= trigs[i].range.begin &&
          kOfThoseItHappenedTo->Match(ToPiece(text), q.range.end, trigs[i].range.begin,
                                      RE2::ANCHOR_BOTH, nullptr, 0)) {
        continue;
      }
      // The counted before an active verb with its object are who does it,
      // not whom it is done to: "two gunmen on a motorcycle shot dead a
      // councillor", "three policemen arrested him", "four men pushed him
      // into a car" (not "two guards were killed", "two guards died on
      // Monday"). For frames whose count is of the people the event happens
      // to (those with a person role).
      if (frame.HasRole("person") && q.range.end <= trigs[i].range.begin &&
          !rules_->triggers()[trigs[i].trigger].nominal &&
          !Occurs(*kPassive, text.substr(q.range.end, trigs[i].range.end - q.range.end)) &&
          (takes_object(i) || has_object_inside(i, q.range))) {
        continue;
      }
      int64_t d = Distance(q.range, trigs[i].range);
      // A subject set off from its verb by an apposition ("Two guards,
      // identified as X, 34, and Y, 52, were killed"): as near as the verb
      // after it.
      if (d > 80 && q.range.end <= trigs[i].range.begin && text[q.range.end] == ',') {
        const absl::string_view gap =
            text.substr(q.range.end, trigs[i].range.begin - q.range.end);
        const size_t last_comma = gap.rfind(',');
        if (last_comma > 0 && IsAuxiliaryRun(gap.substr(last_comma + 1))) {
          d = static_cast<int64_t>(gap.size() - last_comma);
        }
      }
      if (d > 80) continue;
      if (best < 0 || d < best_d) {
        best = i;
        best_d = d;
      }
    }
    if (best < 0) continue;
    has_count[best] = true;
    EventMention* counted = out.mutable_events(trigs[best].event);
    if (counted->participants().empty()) counted->set_unnamed_participant(true);
    if (counted->kind().empty()) {
      const RuleSet::CompiledFrame& frame = frame_of(best);
      absl::string_view kind = frame.KindOfCounted(q.value.counted());
      // A part of a group told just before ("attacked the officers,
      // injuring 14 of them"): the group's noun, the nearest before it that
      // names a kind, is who is counted.
      if (kind.empty() && !frame.counted_kinds.empty() &&
          CountsAPartOfThem(text.substr(q.range.begin, q.range.end - q.range.begin))) {
        const int64_t from = std::max<int64_t>(sentence.begin, q.range.begin - 60);
        const std::vector<absl::string_view> words = absl::StrSplit(
            text.substr(from, q.range.begin - from), absl::ByAnyChar(" ,;"), absl::SkipEmpty());
        for (auto w = words.rbegin(); w != words.rend() && kind.empty(); ++w) {
          kind = frame.KindOfCounted(absl::AsciiStrToLower(*w));
        }
      }
      if (!kind.empty()) counted->set_kind(std::string(kind));
    }
    // The people named before a count of others count too.
    if (!q.value.unbounded() && q.value.low() == q.value.high()) {
      if (const int named = NamedBeforeOthers(text, sentence, q.range, ctx->entities);
          named > 0) {
        q.value.set_low(q.value.low() + named);
        q.value.set_high(q.value.low());
        q.key = QuantityKey(q.value, "");
      }
    }
    Value& v = *ctx->NewValue();
    *v.mutable_number() = q.value;
    v.set_normalized(std::move(q.key));
    RETURN_IF_ERROR(add_claim(trigs[best].event, "count", &v, q.range));
  }

  // Places: gazetteer places introduced by a locative preposition. A name
  // right after the preposition (or "in the city of") and right before a
  // trigger is the event's place ("a court in X convicted"), not a modifier
  // of the trigger ("the U.S. airstrike": whose, not where).
  static const RE2* const kBarePreposition =
      new RE2("(?i)\\b(?:in|at|near|outside|inside)\\s+"
              "(?:the\\s+(?:city|town|village|province|district|region|capital)\\s+of\\s+)?$");
  auto place_of_next_trigger = [&](TextRange name, int64_t from) {
    if (!Occurs(*kBarePreposition, text.substr(from, name.begin - from))) {
      return false;
    }
    for (const Trig& t : trigs) {
      if (t.range.begin == name.end + 1 && text[name.end] == ' ') return true;
    }
    return false;
  };
  static const RE2* const kLocative =
      new RE2("(?i)(?:\\b(?:in|at|near|outside|inside|across|through|into|from|of)\\s+(?:the\\s+)?"
              "(?:[\\w'-]+\\s+){0,2})$");
  // "on X", "off X", "along the X" right before a place below the level of a
  // country: where ("fired on marchers on X hill", "a tanker seized off
  // X"). Before a country "on" reads as a target of words that are no event
  // ("sanctions on X", "pressure on X"). A place "in Y" or ", Y" right after
  // it is the one told ("on X Road in Y", "on X Road, Y": Y).
  static const RE2* const kSurfaceLocative =
      new RE2("(?i)\\b(?:on|off|along)\\s+(?:the\\s+)?$");
  auto is_surface_place = [&](const EntityCluster& cl, TextRange name, int64_t from) {
    if (!Occurs(*kSurfaceLocative, text.substr(from, name.begin - from))) return false;
    const Place* place = gazetteer_.FindKey(cl.place_key);
    return place == nullptr || place->kind() != "country";
  };
  // A place in an apposition that says where the place before it lies ("on
  // X, a hill outside the town of Y"): the place told is X, not Y.
  static const RE2* const kWhereAppositionGap = new RE2(
      "^, an? (?:[a-z'-]+ ){0,4}(?:outside|near|in|(?:north|south|east|west) of)"
      "(?: the(?: [\\w'-]+){0,3} of)?(?: the)? $");
  const EntityMentionSpan* previous_place = nullptr;
  const EntityMentionSpan* surface_street = nullptr;  // "on X Road" before ", Y".
  // "a commander from the city of X": where someone comes from.
  static const RE2* const kOrigin =
      new RE2("(?i)\\b(?:from|native of|hails from|born in)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,4}$");
  static const LiteralGuard* const kOriginWords = new LiteralGuard(*kOrigin);
  // The attack or blockade trigger, a verb in the past or ending in one,
  // whose object is the name at `name` ("stormed X", "shelled the X", "a
  // missile hit the X plant", "residents blocked X"), or -1.
  auto place_object_of = [&](TextRange name) {
    for (size_t i = 0; i < trigs.size(); ++i) {
      const TextRange t = trigs[i].range;
      if (t.end > name.begin || name.begin - t.end > 5 || !takes(i, "place") ||
          rules_->triggers()[trigs[i].trigger].nominal) {
        continue;
      }
      const absl::string_view words = surface(t);
      const bool ends_in_past = IsPastVerb(words.substr(words.rfind(' ') + 1));
      const bool attack = IsAttackFrame(frame_of(i)) && (IsPastVerb(words) || ends_in_past);
      const bool blockade =
          rules_->triggers()[trigs[i].trigger].kind == "blockade" && ends_in_past;
      if (!attack && !blockade) continue;
      const absl::string_view gap = text.substr(t.end, name.begin - t.end);
      if (gap == " " || gap == " the ") return static_cast<int>(i);
    }
    return -1;
  };
  // Whether `joint` (" in ", ", ") and a place the gazetteer or the
  // document knows come right at `at`.
  auto is_place_after = [&](int64_t at, absl::string_view joint) {
    if (!absl::StartsWith(text.substr(at), joint)) return false;
    const int64_t name = at + static_cast<int64_t>(joint.size());
    return std::any_of(sentence_mentions.begin(), sentence_mentions.end(),
                       [&](const EntityMentionSpan& m) {
                         const EntityCluster& cl = ctx->entities.clusters[m.cluster];
                         return m.range.begin == name && cl.type == LOCATION &&
                                !cl.place_key.empty();
                       });
  };
  absl::InlinedVector<bool, 8> has_place(trigs.size(), false);
  absl::InlinedVector<const EntityMentionSpan*, 8> place_for(trigs.size(), nullptr);
  absl::InlinedVector<int, 8> placed;  // Trigger indices in the order their place was found.
  for (const EntityMentionSpan& m : sentence_mentions) {
    if (m.range.begin < sentence.begin || m.range.end > sentence.end) continue;
    const EntityCluster& cl = ctx->entities.clusters[m.cluster];
    if (cl.type != LOCATION || cl.place_key.empty()) continue;
    const EntityMentionSpan* before = std::exchange(previous_place, &m);
    if (before != nullptr &&
        RE2::FullMatch(ToPiece(text.substr(before->range.end, m.range.begin - before->range.end)),
                       *kWhereAppositionGap)) {
      continue;
    }
    // The place an attack's or a blockade's verb takes as its object is
    // where it happened: "troops raided X", "rebels shelled the X at dawn",
    // "residents blocked X Avenue".
    const int attacked = place_object_of(m.range);
    if (attacked >= 0) {
      if (!has_place[attacked]) {
        has_place[attacked] = true;
        place_for[attacked] = &m;
        placed.push_back(attacked);
      }
      continue;
    }
    int64_t from = std::max<int64_t>(sentence.begin, m.range.begin - 40);
    // The town of an address after a street told with "on" ("on X Road,
    // Y"): Y is where.
    const bool address_town = before != nullptr && before == surface_street &&
                              text.substr(before->range.end, m.range.begin - before->range.end) == ", ";
    // A name before a venue says where it is ("a Nurabad magistrate's
    // court"), also after "from" ("freed from X prison": no origin), and
    // with no preposition before it ("the Basra magistrate discharged him").
    const int64_t venue_end = entities_.VenueAfter(text, m.range.end, sentence.end);
    const bool at_venue = venue_end >= 0;
    if (!address_town && !at_venue &&
        !Occurs(*kLocative, text.substr(from, m.range.begin - from)) &&
        !entities_.IsAfterPlaceApposition(text, m.range.begin, m.range.end)) {
      if (!is_surface_place(cl, m.range, from)) continue;
      if (is_place_after(m.range.end, " in ")) continue;
      if (is_place_after(m.range.end, ", ")) {
        surface_street = &m;
        continue;
      }
    }
    // A venue named after one place and sited in another ("the X district
    // court in Y", "the X Provincial Jail in Y"): the event is in the other.
    const bool named_venue = entities_.IsVenueNoun(LowerLastWordOf(text, m.range));
    if ((at_venue && is_place_after(venue_end, " in ")) ||
        (named_venue && is_place_after(m.range.end, " in "))) {
      continue;
    }
    // A place noun after the name is the place it names ("at the X
    // crossing", "in the X district").
    if (!at_venue && IsModifier(text, m.range.end, sentence.end) &&
        !entities_.IsBeforePlaceNoun(text, m.range.end, sentence.end) &&
        !IsFollowedByPartOfPlace(text, m.range.end, sentence.end, entities_) &&
        !place_of_next_trigger(m.range, from)) {
      continue;
    }
    // Words of a trigger are no origin ("was taken from her flat in X").
    int64_t origin_from = from;
    for (const Trig& t : trigs) {
      if (t.range.end <= m.range.begin && t.range.end > origin_from) origin_from = t.range.end;
    }
    const absl::string_view before_place =
        text.substr(origin_from, m.range.begin - origin_from);
    // Not from a venue in the place ("released from the remand prison in
    // X": the release was in X).
    const absl::string_view venue_word =
        absl::EndsWith(before_place, " in ")
            ? WordBeforeSpaces(before_place, before_place.size() - 3)
            : absl::string_view();
    // Nor from a venue that is the place named ("released from Velmar
    // Central Prison").
    // Nor, after a trigger, from a building or a spot named by a noun with
    // an article or a possessive ("seized 43 pupils from a school in X",
    // "taken from his shop in X": it happened in X; not "refugees from a
    // camp in X marched").
    static const RE2* const kFromASpotIn = new RE2(
        "(?i)\\bfrom\\s+(?:an?|the|his|her|their|its|our)\\s+(?:[\\w'-]+\\s+){0,3}?in\\s+$");
    auto from_a_spot_after_trigger = [&] {
      return std::any_of(trigs.begin(), trigs.end(),
                         [&](const Trig& t) { return t.range.end <= m.range.begin; }) &&
             Occurs(*kFromASpotIn, before_place);
    };
    if (!at_venue && !entities_.IsVenueNoun(absl::AsciiStrToLower(venue_word)) && !named_venue &&
        kOriginWords->MayMatch(before_place) &&
        Occurs(*kOrigin, before_place) && !from_a_spot_after_trigger()) {
      continue;
    }
    int i = nearest(m.range, "place");
    if (i < 0 || has_place[i]) continue;
    if (InsideRelativeClause(text, sentence, trigs[i].range, m.range)) continue;
    has_place[i] = true;
    place_for[i] = &m;
    placed.push_back(i);
  }
  // A court or other venue named after its town ("the Tarnovets Regional
  // Court sentenced him", "at the Moscow City Court"): the town, when the
  // document names it as a place, is where the event happened.
  absl::InlinedVector<EntityMentionSpan, 8> venue_towns(trigs.size());
  for (const EntityMentionSpan& m : sentence_mentions) {
    if (m.range.begin < sentence.begin || m.range.end > sentence.end) continue;
    if (ctx->entities.clusters[m.cluster].type != ORGANIZATION) continue;
    TextRange town_range;
    const int town =
        VenueTown(text, m.range, ctx->entities.clusters, entities_, &town_range);
    if (town < 0) continue;
    const int i = nearest(m.range, "place");
    if (i < 0 || has_place[i] || !SitsAtVenue(text, trigs[i].range, m.range)) continue;
    venue_towns[i] = {town_range, "", town};
    has_place[i] = true;
    place_for[i] = &venue_towns[i];
    placed.push_back(i);
  }
  // A partner's place, unless the two are told on different days ("was
  // arrested at her home in X in 2024, and was freed on bail in 2025").
  auto other_days = [&](size_t i, size_t j) {
    return time_for[i].second >= 0 && time_for[j].second >= 0 &&
           time_for[i].second != time_for[j].second;
  };
  for (size_t round = 0; round < trigs.size(); ++round) {
    const absl::InlinedVector<bool, 8> had_place = has_place;
    bool more = false;
    for (size_t i = 0; i < trigs.size(); ++i) {
      if (had_place[i]) continue;
      for (const int j : {nested_with[i], partner[i]}) {
        if (j >= 0 && had_place[j] && !other_days(i, j)) {
          place_for[i] = place_for[j];
          has_place[i] = true;
          placed.push_back(i);
          more = true;
          break;
        }
      }
    }
    if (!more) break;
  }
  for (int i : placed) {
    const EntityMentionSpan& m = *place_for[i];
    const EntityCluster& cl = ctx->entities.clusters[m.cluster];
    const Place* place = gazetteer_.FindKey(cl.place_key);
    Value& v = *ctx->NewValue();
    v.mutable_entity()->set_entity_id(ctx->EntityId(m.cluster));
    v.mutable_entity()->set_surface(ctx->Original(m.range));
    v.set_place_key(cl.place_key);
    v.set_normalized(place != nullptr ? place->name() : cl.canonical);
    out.mutable_events(trigs[i].event)->set_place_key(cl.place_key);
    RETURN_IF_ERROR(add_claim(trigs[i].event, "place", &v, m.range));
  }

  // "killed in the same airstrike": the category also holds for the latest
  // earlier event of the frame, up to 3 sentences back.
  auto same_event_antecedent = [&](TextRange hit, int frame) -> int {
    if (!FollowsSame(text, sentence.begin, hit.begin)) return -1;
    for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it) {
      if (it->sentence == index) continue;
      if (index - it->sentence > 3) break;
      if (it->frame == frame) return it->event;
    }
    return -1;
  };

  // Taxonomy categories (crime, reason, instrument).
  absl::InlinedVector<int, 8> unplaced;
  for (int ci : categories) {
    const RuleSet::CompiledCategory& cat = rules_->categories()[ci];
    int takers = 0;
    for (size_t i = 0; i < trigs.size(); ++i) takers += takes(i, cat.role);
    if (takers == 0) {
      unplaced.push_back(ci);
      continue;
    }
    // Each occurrence goes to its nearest trigger, which keeps the first it
    // gets: with one trigger to take them, only the first occurrence counts.
    // An occurrence named as what it was not ("not with X but with Y") is
    // kept, negated, and takes no trigger's place.
    MatchRanges hits = FindAllByList(*cat.re, cat.words.get(), text, sentence, ascii,
                                      takers == 1 ? 1 : -1);
    if (takers == 1 && hits.size() == 1 &&
        FollowsNegatedPreposition(text, sentence.begin, hits[0].begin)) {
      hits = FindAllByList(*cat.re, cat.words.get(), text, sentence, ascii, -1);
    }
    absl::InlinedVector<bool, 8> done(trigs.size(), false);
    for (const TextRange& h : hits) {
      int i = nearest(h, cat.role);
      if (i < 0) continue;
      const bool negated = FollowsNegatedPreposition(text, sentence.begin, h.begin);
      if (!negated) {
        if (done[i]) continue;
        done[i] = true;
      }
      const Modality own = negated ? NEGATED : MODALITY_UNSPECIFIED;
      RETURN_IF_ERROR(add_claim(trigs[i].event, cat.role, category_value(cat), h, own));
      int antecedent = same_event_antecedent(
          h, rules_->triggers()[trigs[i].trigger].frame);
      if (antecedent >= 0 && antecedent != trigs[i].event) {
        RETURN_IF_ERROR(add_claim(antecedent, cat.role, category_value(cat), h));
      }
    }
  }

  RETURN_IF_ERROR(carry(unplaced));
  for (const Trig& t : trigs) {
    ctx->recent.push_back({t.event, rules_->triggers()[t.trigger].frame, index});
  }

  // Trigger t takes the agent of the trigger it shares its agent with
  // (Trig::shares_agent_of), when it has none and that one has one.
  auto share_agent = [&](Trig& t) -> absl::Status {
    const RuleSet::CompiledFrame& frame =
        rules_->frames()[rules_->triggers()[t.trigger].frame];
    if (t.agent_claim >= 0 || t.shares_agent_of < 0 || !frame.HasRole("agent") ||
        trigs[t.shares_agent_of].agent_claim < 0) {
      return absl::OkStatus();
    }
    const Trig& first = trigs[t.shares_agent_of];
    Value* v = ctx->NewValue();
    *v = out.claims(first.agent_claim).value();
    const int before = out.claims_size();
    RETURN_IF_ERROR(add_claim(t.event, "agent", v, first.agent_range));
    if (out.claims_size() > before) {
      t.agent_claim = before;
      t.agent_range = first.agent_range;
    }
    return absl::OkStatus();
  };
  // Agents and other role patterns.
  for (Trig& t : trigs) {
    if (t.means) continue;
    const RuleSet::CompiledFrame& frame =
        rules_->frames()[rules_->triggers()[t.trigger].frame];
    absl::InlinedVector<const std::string*, 4> filled;
    const std::string& lemma = rules_->triggers()[t.trigger].lemma;
    for (const RuleSet::CompiledRole& rp : frame.role_patterns) {
      if ((!rp.another_value &&
           std::any_of(filled.begin(), filled.end(),
                       [&](const std::string* r) { return *r == rp.role; })) ||
          !std::binary_search(hits.roles.begin(), hits.roles.end(), rp.index) ||
          (!rp.lemmas.empty() &&
           std::find(rp.lemmas.begin(), rp.lemmas.end(), lemma) == rp.lemmas.end())) {
        continue;
      }
      TextRange window = sentence;
      if (rp.side == rules::RolePattern::BEFORE) {
        window.end = t.range.begin;
        // Not the speaker and its verb ("Police said [gunmen] attacked"),
        // unless the source is the one acting ("A judge freed them, citing")
        // or claiming the event ("X claimed responsibility for the attack").
        if (a.found && !a.source_acts && !a.source_claims &&
            a.source.end > window.begin && a.source.end <= window.end) {
          // After the cue, which may follow an aside ("X, which airs
          // abroad, says [police] detained").
          // A cue that blames stays in the window: "officials blamed
          // [rebels] for the bombing".
          const int64_t cue = a.source_accuses ? a.cue_range.begin : a.cue_range.end;
          const int64_t from = cue > a.source.end ? cue : a.source.end;
          window.begin = std::min(from, window.end);
        }
      }
      if (rp.side == rules::RolePattern::AFTER) window.begin = t.range.end;
      absl::string_view w = text.substr(window.begin, window.end - window.begin);
      int n = rp.re->NumberOfCapturingGroups() + 1;
      absl::InlinedVector<re2::StringPiece, 8> groups(n);
      if (!MatchGroups(*rp.re, rp.ascii_groups.get(), rp.ascii_split.get(), w, 0, w.size(),
                       groups.data(), n)) {
        continue;
      }
      // The value a match's value group gives, with its range in
      // `*out_range`; null when the group is empty or rejected. When set,
      // `*phrase_begin` is where the value's phrase begins, past any words
      // the phrase cleaning dropped ("riot police and [militiamen]").
      auto value_of = [&](re2::StringPiece g, TextRange* out_range,
                          int64_t* phrase_begin = nullptr) -> Value* {
        if (g.data() != nullptr) g = ToPiece(absl::StripTrailingAsciiWhitespace(ToView(g)));
        if (g.data() == nullptr || g.empty()) return nullptr;
        // An agent after what it used: "struck by a rock thrown by
        // [rioters]", "a bomb planted by [militants]".
        if (rp.role == "agent") {
          const size_t by = ToView(g).rfind(" by ");
          if (by != absl::string_view::npos) g.remove_prefix(by + 4);
        }
        if (rp.reject != nullptr && Occurs(*rp.reject, ToView(g))) return nullptr;
        TextRange& vr = *out_range;
        vr = {g.data() - text.data(), g.data() - text.data() + static_cast<int64_t>(g.size())};
        // The value as the name of `m`'s entity.
        auto entity_value = [&](const EntityMentionSpan& m) {
          Value* v = ctx->NewValue();
          v->mutable_entity()->set_entity_id(ctx->EntityId(m.cluster));
          v->mutable_entity()->set_surface(ctx->Original(m.range));
          v->set_normalized(ctx->entities.clusters[m.cluster].canonical);
          return v;
        };
        // An agent in a clause on whose it is acts for its owner: "a gang
        // whose fighters raided" is the gang's, and "Kaita, whose men
        // raided" is Kaita's, the name before the clause; without one
        // there, no agent.
        if (rp.role == "agent") {
          const absl::string_view phrase = ToView(g);
          if (absl::StartsWith(phrase, "whose ")) {
            const int64_t comma = vr.begin - 2;
            const EntityMentionSpan* m =
                comma > 0 && text[comma] == ',' ? ctx->entities.Overlapping(comma - 1, comma)
                                                : nullptr;
            if (m == nullptr || m->range.end != comma ||
                ctx->entities.clusters[m->cluster].type == LOCATION) {
              return nullptr;
            }
            vr = m->range;
            if (phrase_begin != nullptr) *phrase_begin = vr.begin;
            return entity_value(*m);
          }
          const size_t whose = phrase.find(" whose ");
          if (whose != absl::string_view::npos) {
            g = re2::StringPiece(g.data(), whose);
            vr.end = vr.begin + static_cast<int64_t>(whose);
          }
        }
        if (rp.organization_only) {
          const EntityMentionSpan* m = ctx->entities.Overlapping(vr.end - 1, vr.end);
          // Before the trigger, the organisation is its subject only when
          // it is a verb in the past; after it, "by" names it.
          if ((rp.side == rules::RolePattern::BEFORE && !is_past_verb(t)) || m == nullptr ||
              m->range.end != vr.end || ctx->entities.clusters[m->cluster].type != ORGANIZATION) {
            return nullptr;
          }
          vr = m->range;
          if (phrase_begin != nullptr) *phrase_begin = vr.begin;
          return entity_value(*m);
        }
        std::string cleaned = CleanPhrase(ToView(g));
        if (cleaned.empty()) return nullptr;
        // Trim the value range to the cleaned phrase's first word.
        const absl::string_view first_word = absl::string_view(cleaned).substr(0, cleaned.find(' '));
        size_t off =
            absl::AsciiStrToLower(ToView(g)).find(first_word.data(), 0, first_word.size());
        if (off != std::string::npos) vr.begin += off;
        if (phrase_begin != nullptr) *phrase_begin = vr.begin;
        // "members of the X", "a member of the X", "militiamen of the X",
        // "elements of the X", "X members", "X supporters", "X gunmen", "the
        // X gang" are X's: the value is X when X is a name (and the phrase
        // names no kind of force: "National Security Bureau officers" are
        // security forces).
        static const RE2* const kMembersOf = new RE2(
            "(?i)(?:(?:an?|one)\\s+)?(?:members?|militiam[ae]n|fighters?|gunm[ae]n|supporters?|"
            "activists?|elements)\\s+of\\s+(?:the\\s+|an?\\s+)?['\"]?");
        // "officers of the X", "investigators of the X", "guards hired from
        // X" are X's when X names no kind of force, whole or by its last word
        // ("officers of the Harbour Police" are police).
        static const RE2* const kStaffOf = new RE2(
            "(?i)(?:(?:an?|one)\\s+)?(?:officers?|agents?|investigators?|officials?|personnel|"
            "guards?)\\s+(?:of|(?:(?:hired|employed|contracted)\\s+)?(?:from|by))\\s+(?:the\\s+)?");
        static const RE2* const kMembersAfter = new RE2(
            "(?i)\\s+(?:members|supporters|officers|personnel|men|gunm[ae]n|fighters|"
            "militiam[ae]n|gang)");
        // "men loyal to X", "thugs sent by X", "rioters linked to the X" act
        // for X, a person or an organisation: the value is X.
        static const RE2* const kProxiesOf = new RE2(
            "(?i)(?:[\\w'.-]+\\s+){0,3}?(?:armed\\s+)?(?:men|youths|thugs|goons|guards|loyalists|"
            "supporters|followers|rioters|gunm[ae]n|mobs?|gangs?|groups?\\s+of\\s+\\w+)\\s+"
            "(?:(?:sent|hired|paid|employed|backed|organi[sz]ed)\\s+by|loyal\\s+to|working\\s+for|"
            "linked\\s+to|in\\s+the\\s+pay\\s+of)\\s+(?:the\\s+|Mr\\.?\\s+|Ms\\.?\\s+|Mrs\\.?\\s+)?"
            "(?:illegal\\s+|banned\\s+|outlawed\\s+)?");
        re2::StringPiece members(text.data() + vr.begin, vr.end - vr.begin);
        re2::StringPiece staff = members;
        re2::StringPiece proxies = members;
        if (const EntityMentionSpan* named = nullptr;
            RE2::Consume(&proxies, *kProxiesOf) && !proxies.empty() &&
            (named = ctx->entities.Overlapping(proxies.data() - text.data(), vr.end)) != nullptr &&
            named->range.begin == proxies.data() - text.data() &&
            ctx->entities.clusters[named->cluster].type != LOCATION) {
          vr = named->range;
        } else if (RE2::Consume(&members, *kMembersOf) && !members.empty() &&
            ctx->entities.Overlapping(members.data() - text.data(), vr.end) != nullptr) {
          vr.begin = members.data() - text.data();
        } else if (const EntityMentionSpan* named = nullptr;
                   RE2::Consume(&staff, *kStaffOf) && !staff.empty() &&
                   (named = ctx->entities.Overlapping(staff.data() - text.data(), vr.end)) !=
                       nullptr &&
                   ctx->entities.clusters[named->cluster].type == ORGANIZATION &&
                   PhraseCategoryOf(*ctx, rp.role, staff,
                                    CleanPhrase(std::string(ToView(staff)))) == nullptr &&
                   rules_->PhraseCategory(
                       rp.role, CleanPhrase(absl::AsciiStrToLower(LastWordOf(ToView(staff)))),
                       false) == nullptr) {
          vr.begin = staff.data() - text.data();
        } else if (const EntityMentionSpan* named = ctx->entities.Overlapping(vr.begin, vr.end);
                   named != nullptr && named->range.end < vr.end &&
                   ctx->entities.clusters[named->cluster].type == ORGANIZATION &&
                   RE2::FullMatch(ToPiece(text.substr(named->range.end, vr.end - named->range.end)),
                                  *kMembersAfter) &&
                   PhraseCategoryOf(*ctx, rp.role, g, cleaned) == nullptr) {
          vr = named->range;
        } else if (const EntityMentionSpan* last = ctx->entities.Overlapping(vr.end - 1, vr.end);
                   last != nullptr && last->range.begin > vr.begin && last->range.end == vr.end &&
                   ctx->entities.clusters[last->cluster].type != LOCATION) {
          // A name after words that only describe it ("the bandit leader
          // X", "the notorious militia commander X"): the name (an
          // organisation's when the words name no kind of agent: "a
          // similar Border Police raid" is police's).
          static const RE2* const kDescription = new RE2(
              "(?:(?:the|a|an)\\s+)?(?:(?:[a-z][a-z'-]*)\\s+){1,4}");
          static const RE2* const kNotDescription =
              new RE2("\\b(?:of|for|by|and|or|with|from|to|in|on|at|who|which|that)\\s");
          const absl::string_view lead = text.substr(vr.begin, last->range.begin - vr.begin);
          if (RE2::FullMatch(ToPiece(lead), *kDescription) &&
              !RE2::PartialMatch(ToPiece(lead), *kNotDescription) &&
              (ctx->entities.clusters[last->cluster].type == PERSON ||
               PhraseCategoryOf(*ctx, rp.role, g, cleaned) == nullptr)) {
            vr = last->range;
          }
        }
        const EntityMentionSpan* m = ctx->entities.Overlapping(vr.begin, vr.end);
        Value* v = nullptr;
        // The name may be followed by its acronym ("the Audit Office (NAO)").
        static const RE2* const kAcronymAfter = new RE2("\\s*\\([A-Z]{2,8}\\)");
        if (m != nullptr && m->range.begin <= vr.begin + 4 &&
            (m->range.end >= vr.end - 4 ||
             RE2::FullMatch(ToPiece(text.substr(m->range.end, vr.end - m->range.end)),
                            *kAcronymAfter))) {
          v = entity_value(*m);
        } else if (const RuleSet::CompiledCategory* cat = PhraseCategoryOf(*ctx, rp.role, g, cleaned);
                   cat != nullptr) {
          v = category_value(*cat);
        } else {
          v = ctx->NewValue();
          v->set_text(cleaned);
          v->set_normalized(cleaned);
        }
        return v;
      };
      TextRange vr;
      int64_t phrase_begin = 0;
      Value* v = value_of(groups[rp.value_group], &vr, &phrase_begin);
      if (v == nullptr) continue;
      filled.push_back(&rp.role);
      const int before = out.claims_size();
      RETURN_IF_ERROR(add_claim(t.event, rp.role, v, vr));
      if (rp.role == "agent" && out.claims_size() > before) {
        t.agent_claim = before;
        t.agent_range = vr;
        // The agent is not whom the event is done to ("blamed the
        // kidnapping on X": no kidnapping "on X").
        if (const Value& agent = out.claims(before).value(); agent.has_entity()) {
          auto drop = [&](google::protobuf::RepeatedPtrField<EntityRef>* parts) {
            const int size = parts->size();
            for (int p = size; p-- > 0;) {
              if (parts->Get(p).entity_id() == agent.entity().entity_id()) {
                parts->DeleteSubrange(p, 1);
              }
            }
            return parts->size() < size;
          };
          EventMention* ev = out.mutable_events(t.event);
          if (drop(ev->mutable_participants())) {
            for (Claim& claim : *out.mutable_claims()) {
              if (claim.event_id() == ev->id()) drop(claim.mutable_participants());
            }
          }
        }
      }
      // Two agents joined by "and" before the verb ("riot police and
      // militiamen fired"): the pattern read again on the words before "and"
      // gives the first.
      absl::string_view lead = text.substr(window.begin, phrase_begin - window.begin);
      if (rp.side == rules::RolePattern::BEFORE && rp.role == "agent" &&
          absl::ConsumeSuffix(&lead, "and ") && absl::EndsWith(lead, " ")) {
        absl::InlinedVector<re2::StringPiece, 8> first_groups(n);
        TextRange first_range;
        Value* first = nullptr;
        if (MatchGroups(*rp.re, rp.ascii_groups.get(), rp.ascii_split.get(), lead, 0,
                        lead.size(), first_groups.data(), n) &&
            (first = value_of(first_groups[rp.value_group], &first_range)) != nullptr &&
            first->normalized() != v->normalized()) {
          RETURN_IF_ERROR(add_claim(t.event, rp.role, first, first_range));
        }
      }
    }
    RETURN_IF_ERROR(share_agent(t));
    // A force that tells what it did ("Police said on Wednesday they had
    // arrested three men", "the army says it shelled the camp"): the source
    // is the agent, by its own word.
    static const RE2* const kSourceIsSubject = new RE2(
        "(?i)\\s*(?:(?:on|last|this|late on|earlier on)\\s+[\\w-]+\\s+)?(?:that\\s+)?(?:they|it)\\s+"
        "(?:(?:had|have|has|then|also)\\s+){0,2}");
    if (t.agent_claim < 0 && a.found && a.source.end > a.source.begin &&
        a.cue_range.end <= t.range.begin && frame.HasRole("agent") &&
        RE2::FullMatch(ToPiece(text.substr(a.cue_range.end, t.range.begin - a.cue_range.end)),
                       *kSourceIsSubject)) {
      re2::StringPiece source(text.data() + a.source.begin, a.source.end - a.source.begin);
      std::string cleaned = CleanPhrase(ToView(source));
      const RuleSet::CompiledCategory* cat =
          cleaned.empty() ? nullptr : PhraseCategoryOf(*ctx, "agent", source, cleaned);
      // The force before where it is ("Police in X State said they had").
      static const RE2* const kWhereAfter = new RE2("(\\s+(?:in|at|from|of)\\s)");
      if (re2::StringPiece where;
          cat == nullptr && RE2::PartialMatch(source, *kWhereAfter, &where)) {
        const re2::StringPiece head(source.data(), where.data() - source.data());
        cleaned = CleanPhrase(ToView(head));
        cat = cleaned.empty() ? nullptr : PhraseCategoryOf(*ctx, "agent", head, cleaned);
      }
      if (cat != nullptr) {
        RETURN_IF_ERROR(add_claim(t.event, "agent", category_value(*cat), a.source,
                                  MODALITY_UNSPECIFIED, /*by_own_word=*/true));
      }
    }
  }
  // A trigger that shares the agent of one after it ("were killed when the
  // police returned fire") takes it once that one has its own.
  for (Trig& t : trigs) {
    if (t.shares_agent_of > static_cast<int>(&t - trigs.data())) {
      RETURN_IF_ERROR(share_agent(t));
    }
  }
  return absl::OkStatus();
}

absl::Status RuleExtractor::CheckClaimLimit(const Context& ctx) const {
  if (ctx.out->claims_size() >= options_.max_claims_per_document) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "document \"", ctx.document->id(), "\": more than ",
        options_.max_claims_per_document, " claims"));
  }
  return absl::OkStatus();
}

absl::Status RuleExtractor::AddAttributes(Context* ctx, int index,
                                          const RuleSet::SentenceHits& hits,
                                          const AttributionMatch& attribution) const {
  const TextRange sentence = ctx->sentences[index];
  absl::string_view text = ctx->text();
  ClaimSet& out = *ctx->out;
  for (int ai : hits.attributes) {
    const RuleSet::CompiledAttribute& attr = rules_->attributes()[ai];
    int n = attr.re->NumberOfCapturingGroups() + 1;
    absl::InlinedVector<re2::StringPiece, 8> groups(n);
    if (!MatchGroups(*attr.re, attr.ascii_groups.get(), attr.ascii_split.get(), text,
                     sentence.begin, sentence.end, groups.data(), n)) {
      continue;
    }
    re2::StringPiece value = groups[attr.value_group];
    if (value.data() == nullptr || value.empty()) continue;
    TextRange vr{value.data() - text.data(),
                 value.data() - text.data() + static_cast<int64_t>(value.size())};
    int subject = -1;
    if (attr.subject_group >= 0 && groups[attr.subject_group].data() != nullptr) {
      re2::StringPiece g = groups[attr.subject_group];
      int64_t b = g.data() - text.data();
      const EntityMentionSpan* m = ctx->entities.Overlapping(b, b + g.size());
      if (m != nullptr) subject = m->cluster;
    }
    if (subject < 0) {
      for (const EntityMentionSpan& m : ctx->entities.mentions) {
        if (m.range.end > vr.begin) break;
        if (m.range.begin < sentence.begin) continue;
        if (ctx->entities.clusters[m.cluster].type == PERSON) subject = m.cluster;
      }
    }
    if (subject < 0 || ctx->entities.clusters[subject].type == LOCATION) continue;
    std::string place_key = entities_.PlaceKey(ToView(value));
    Value& v = *ctx->NewValue();
    if (!place_key.empty()) {
      const Place* place = gazetteer_.FindKey(place_key);
      v.set_place_key(place_key);
      v.set_normalized(place->name());
    } else {
      v.set_text(ctx->Written(vr));
      v.set_normalized(v.text());
    }
    RETURN_IF_ERROR(CheckClaimLimit(*ctx));
    const TextRange original_value = ctx->CopyOriginal(vr, v.mutable_raw());
    Claim* c = out.add_claims();
    c->set_id(NumberedId('c', out.claims_size()));
    c->set_role(attr.attribute);
    c->set_subject_entity(ctx->EntityId(subject));
    c->mutable_value()->Swap(&v);
    Evidence* e = c->mutable_evidence();
    e->set_doc_id(ctx->document->id());
    Context::SetOriginalSpan(ctx->CopyOriginal(sentence, e->mutable_quote()),
                             e->mutable_sentence());
    Context::SetOriginalSpan(original_value, e->mutable_value());
    if (attribution.found) {
      Attribution* at = c->mutable_attribution();
      if (!attribution.source_text.empty()) at->set_source(attribution.source_text);
      if (!attribution.cue.empty()) at->set_cue(attribution.cue);
      ctx->SetSpan(attribution.source, at->mutable_span());
      c->set_modality(attribution.modality);
    } else {
      c->set_modality(ASSERTED);
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<ClaimSet> Extractor::Extract(const Document& document) const {
  ClaimSet out;
  RETURN_IF_ERROR(ExtractInto(document, &out));
  return out;
}

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  if (options.rules_dir.empty()) {
    return absl::InvalidArgumentError("ExtractorOptions.rules_dir is empty");
  }
  if (options.max_sentence_bytes <= 0 || options.max_claims_per_document <= 0) {
    return absl::InvalidArgumentError(
        "ExtractorOptions limits must be positive (max_sentence_bytes, "
        "max_claims_per_document)");
  }
  std::string gazetteer_path = JoinPath(options.rules_dir, "gazetteer.textproto");
  if (!IsDirectory(options.rules_dir)) {
    return absl::NotFoundError(absl::StrCat(
        "rules directory \"", options.rules_dir, "\" does not exist"));
  }
  if (!PathExists(gazetteer_path)) {
    return absl::NotFoundError(
        absl::StrCat("required rule file \"", gazetteer_path, "\" is missing"));
  }
  ASSIGN_OR_RETURN(Gazetteer gazetteer, Gazetteer::Load(gazetteer_path));
  ASSIGN_OR_RETURN(std::unique_ptr<RuleSet> rules, RuleSet::Load(options.rules_dir));
  return std::unique_ptr<Extractor>(
      new RuleExtractor(options, std::move(gazetteer), std::move(rules)));
}

std::string DefaultRulesDir() {
  const char* env = std::getenv("XREF_RULES");
  if (env != nullptr && *env != '\0') return env;
  if (IsDirectory("claims/rules")) return "claims/rules";
  std::vector<std::string> roots;
  for (const char* var : {"RUNFILES_DIR", "TEST_SRCDIR"}) {
    const char* v = std::getenv(var);
    if (v != nullptr && *v != '\0') roots.push_back(v);
  }
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n > 0) roots.push_back(absl::StrCat(std::string(buf, n), ".runfiles"));
  for (const std::string& root : roots) {
    std::string dir = JoinPath(root, "xref/claims/rules");
    if (IsDirectory(dir)) return dir;
  }
  return "";
}

}  // namespace xref

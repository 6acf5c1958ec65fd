#include "claims/quantity_parser.h"

#include <algorithm>
#include <cstdlib>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"
#include "base/re2_adapter.h"
#include "claims/word_start_filter.h"
#include "claims/word_table.h"
#include "re2/re2.h"

namespace xref {
namespace {

const absl::flat_hash_map<absl::string_view, int64_t>& Words() {
  static const auto* const kMap = new absl::flat_hash_map<absl::string_view, int64_t>{
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
      {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
      {"ninety", 90}, {"dozen", 12}, {"a dozen", 12}, {"hundred", 100},
      {"a hundred", 100}, {"thousand", 1000}, {"a thousand", 1000}};
  return *kMap;
}

// The scanner below finds exactly what this RE2 pattern (leftmost-first,
// ASCII case folding, RE2's \b and \s) finds:
//
//   \b(MODIFIER)?\s*(NUMBER)\b
//   MODIFIER: at least|at most|more than|less than|fewer than|over|nearly|
//     almost|about|around|some|up to|roughly|approximately|an estimated|
//     as many as|no fewer than|no more than
//   NUMBER: \d{1,3}(?:,\d{3})+ | \d+(?:\.\d+)?(?:\s+(?:million|thousand))? |
//     tens of thousands|dozens|hundreds|thousands|scores|several |
//     (?:a|one|..|ten)\s+(?:hundred|thousand|million) | a dozen|half a dozen |
//     a few (?:hundred|thousand|dozen) |
//     (?:twenty|..|ninety)(?:-(?:one|..|nine))? | one|two|..|nineteen
constexpr absl::string_view kModifiers[] = {
    "at least", "at most", "more than", "less than", "fewer than", "over",
    "nearly", "almost", "about", "around", "some", "up to", "roughly",
    "approximately", "an estimated", "as many as", "no fewer than",
    "no more than"};

bool IsWordByte(char c) { return WordStartFilter::IsWordByte(c); }

// `lower` is lower case.
inline bool StartsFold(absl::string_view t, absl::string_view lower) {
  if (t.size() < lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (absl::ascii_tolower(t[k]) != lower[k]) return false;
  }
  return true;
}

inline bool EqualsFold(absl::string_view t, absl::string_view lower) {
  return t.size() == lower.size() && StartsFold(t, lower);
}

// End of the run of word bytes starting at `i`.
size_t WordEnd(absl::string_view t, size_t i) {
  while (i < t.size() && IsWordByte(t[i])) ++i;
  return i;
}

bool AtBoundaryAfterWord(absl::string_view t, size_t i) {
  return i >= t.size() || !IsWordByte(t[i]);
}

// True when the word run at `i` is `word` (ASCII case-insensitive); sets
// `*end` to its end.
bool WordIs(absl::string_view t, size_t i, absl::string_view word, size_t* end) {
  size_t e = WordEnd(t, i);
  if (!EqualsFold(t.substr(i, e - i), word)) return false;
  *end = e;
  return true;
}

constexpr absl::string_view kUnits[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

// The number words, their roles as flags of one table (see NumberWords).
enum NumberWordFlag : uint32_t {
  kModifierFirst = 1 << 0,  // First word of a modifier ("at", "over").
  kNumberFirst = 1 << 1,    // First word of a NUMBER.
  kTens = 1 << 2,           // "tens" (of thousands).
  kVague = 1 << 3,          // dozens, hundreds, thousands, scores.
  kScaleHead = 1 << 4,      // a, one..ten: may take hundred/thousand/million.
  kA = 1 << 5,              // "a" (a dozen).
  kHalf = 1 << 6,           // "half" (half a dozen).
  kDecade = 1 << 7,         // twenty..ninety.
  kSmall = 1 << 8,          // one..nineteen.
  kUnit = 1 << 9,           // one..nine (after "twenty-").
};

// The first words of NUMBER and MODIFIER, and the digits: every match
// begins with one of them.
constexpr absl::string_view kNumberFirstWords[] = {
    "tens", "dozens", "hundreds", "thousands", "scores", "several", "a", "half", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

// Every word MatchNumber and the modifier scan ask about, with its
// NumberWordFlag roles: one lookup per word instead of a walk through lists.
const WordTable& NumberWords() {
  static const WordTable* const kTable = [] {
    auto* t = new WordTable;
    for (absl::string_view w : kNumberFirstWords) t->Add(w, kNumberFirst);
    for (absl::string_view mod : kModifiers) t->Add(mod.substr(0, mod.find(' ')), kModifierFirst);
    t->Add("tens", kTens);
    for (absl::string_view w : {"dozens", "hundreds", "thousands", "scores", "several"}) {
      t->Add(w, kVague);
    }
    for (absl::string_view w : {"a", "one", "two", "three", "four", "five", "six", "seven",
                                "eight", "nine", "ten"}) {
      t->Add(w, kScaleHead);
    }
    t->Add("a", kA);
    t->Add("half", kHalf);
    for (absl::string_view w : {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety"}) {
      t->Add(w, kDecade);
    }
    for (absl::string_view w : kUnits) t->Add(w, kUnit | kSmall);
    for (absl::string_view w : {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                "sixteen", "seventeen", "eighteen", "nineteen"}) {
      t->Add(w, kSmall);
    }
    return t;
  }();
  return *kTable;
}

// The NumberWords flags of the word run starting at `q` (0 when it is no
// such word, or longer than any); sets `*end` to the end of the run.
uint32_t WordFlagsAt(absl::string_view t, size_t q, size_t* end) {
  *end = WordEnd(t, q);
  return NumberWords().Find(t.substr(q, *end - q));
}

// End of NUMBER matched at `q` (followed by \b), or 0 when none matches.
// `flags` and `r` are WordFlagsAt(t, q) and the end of its word, when t[q]
// is a letter.
size_t MatchNumberWord(absl::string_view t, size_t q, uint32_t flags, size_t r) {
  const size_t n = t.size();
  size_t e = 0;
  if (flags & kTens) {
    constexpr absl::string_view kRest = " of thousands";
    if (StartsFold(t.substr(r), kRest) &&
        AtBoundaryAfterWord(t, r + kRest.size())) {
      return r + kRest.size();
    }
    return 0;
  }
  if (flags & kVague) return r;
  if (flags & kScaleHead) {
    size_t w = r;
    while (w < n && IsRe2Space(t[w])) ++w;
    if (w > r && w < n) {
      const size_t we = WordEnd(t, w);
      const absl::string_view next = t.substr(w, we - w);
      if (EqualsFold(next, "hundred") || EqualsFold(next, "thousand") ||
          EqualsFold(next, "million")) {
        return we;
      }
    }
  }
  if ((flags & kA) && r < n && t[r] == ' ' && WordIs(t, r + 1, "dozen", &e)) {
    return e;
  }
  // "a few hundred", "a few thousand", "a few dozen".
  if ((flags & kA) && r < n && t[r] == ' ' && WordIs(t, r + 1, "few", &e) && e < n &&
      t[e] == ' ') {
    for (absl::string_view scale : {"hundred", "thousand", "dozen"}) {
      size_t s;
      if (WordIs(t, e + 1, scale, &s)) return s;
    }
  }
  if ((flags & kHalf) && r < n && t[r] == ' ' &&
      WordIs(t, r + 1, "a", &e) && e < n && t[e] == ' ' &&
      WordIs(t, e + 1, "dozen", &e)) {
    return e;
  }
  if (flags & kDecade) {
    if (r + 1 < n && t[r] == '-') {
      size_t u;
      if (WordFlagsAt(t, r + 1, &u) & kUnit) return u;
    }
    return r;
  }
  if (flags & kSmall) return r;
  return 0;
}

// End of NUMBER matched at `q` (followed by \b), or 0 when none matches.
size_t MatchNumber(absl::string_view t, size_t q) {
  const size_t n = t.size();
  if (q >= n) return 0;
  if (absl::ascii_isdigit(t[q])) {
    size_t d = q;
    while (d < n && absl::ascii_isdigit(t[d])) ++d;
    if (d - q <= 3 && d < n && t[d] == ',') {
      size_t e = d;
      int groups = 0;
      while (e + 3 < n && t[e] == ',' && absl::ascii_isdigit(t[e + 1]) &&
             absl::ascii_isdigit(t[e + 2]) && absl::ascii_isdigit(t[e + 3])) {
        e += 4;
        ++groups;
      }
      if (groups >= 1 && AtBoundaryAfterWord(t, e)) return e;
      if (groups >= 2) return e - 4;  // A ',' follows the previous group.
    }
    size_t after = d;
    bool fraction = false;
    if (d + 1 < n && t[d] == '.' && absl::ascii_isdigit(t[d + 1])) {
      after = d + 1;
      while (after < n && absl::ascii_isdigit(t[after])) ++after;
      fraction = true;
    }
    size_t w = after;
    while (w < n && IsRe2Space(t[w])) ++w;
    if (w > after) {
      for (absl::string_view scale : {"million", "thousand"}) {
        if (StartsFold(t.substr(w), scale) &&
            AtBoundaryAfterWord(t, w + scale.size())) {
          return w + scale.size();
        }
      }
    }
    if (AtBoundaryAfterWord(t, after)) return after;
    if (fraction) return d;  // A '.' follows the digits.
    return 0;
  }
  if (!absl::ascii_isalpha(t[q])) return 0;
  size_t r;
  const uint32_t flags = WordFlagsAt(t, q, &r);
  return MatchNumberWord(t, q, flags, r);
}

// The word starts where a match may begin (see WordStartFilter).
const WordStartFilter& MatchStarts() {
  static const WordStartFilter* const kFilter = [] {
    auto* f = new WordStartFilter;
    for (absl::string_view w : kNumberFirstWords) f->AddWord(w);
    // A one-word modifier may run into its number ("over12").
    for (absl::string_view mod : kModifiers) {
      const size_t space = mod.find(' ');
      if (space == absl::string_view::npos) {
        f->AddPrefix(mod);
      } else {
        f->AddWord(mod.substr(0, space));
      }
    }
    for (char d = '0'; d <= '9'; ++d) f->AddPrefix(absl::string_view(&d, 1));
    return f;
  }();
  return *kFilter;
}

// True when the text at `q` begins with a one-word modifier (which a number
// may follow without a space: "over12").
bool StartsOneWordModifier(absl::string_view t, size_t q) {
  static const auto* const kOneWordModifiers = [] {
    auto* mods = new std::vector<absl::string_view>;
    for (absl::string_view mod : kModifiers) {
      if (mod.find(' ') == absl::string_view::npos) mods->push_back(mod);
    }
    return mods;
  }();
  const char first = absl::ascii_tolower(t[q]);
  for (absl::string_view mod : *kOneWordModifiers) {
    if (mod[0] == first && StartsFold(t.substr(q), mod)) return true;
  }
  return false;
}

struct NumberMatch {
  size_t begin = 0;      // Of the whole match (the modifier when present).
  size_t mod_begin = 0, mod_end = 0;
  size_t num_begin = 0, num_end = 0;
};

// The leftmost match at or after `pos`, as RE2 would find it.
bool NextNumber(absl::string_view t, size_t pos, NumberMatch* m) {
  const WordStartFilter& starts = MatchStarts();
  for (size_t q = starts.Next(t, pos); q < t.size(); q = starts.Next(t, q + 1)) {
    if (absl::ascii_isdigit(t[q])) {
      if (size_t e = MatchNumber(t, q); e > 0) {
        *m = {q, q, q, q, e};
        return true;
      }
      continue;
    }
    // No match starts at a word that is no first word of a modifier or
    // number and does not begin with a one-word modifier.
    size_t r;
    const uint32_t flags = WordFlagsAt(t, q, &r);
    if ((flags & kModifierFirst) || StartsOneWordModifier(t, q)) {
      for (absl::string_view mod : kModifiers) {
        if (!StartsFold(t.substr(q), mod)) continue;
        size_t w = q + mod.size();
        while (w < t.size() && IsRe2Space(t[w])) ++w;
        if (size_t e = MatchNumber(t, w); e > 0) {
          *m = {q, q, q + mod.size(), w, e};
          return true;
        }
      }
    }
    if (!absl::ascii_isalpha(t[q])) continue;
    if (size_t e = MatchNumberWord(t, q, flags, r); e > 0) {
      *m = {q, q, q, q, e};
      return true;
    }
  }
  return false;
}

// The words FindQuantities reads around a number, with their roles.
enum ContextWordFlag : uint32_t {
  kNotCounted = 1 << 0,   // Ends the search for the counted noun.
  kMonth = 1 << 1,        // A month name or abbreviation.
  kPluralName = 1 << 2,   // A plural noun without a plural ending.
  kMeasure = 1 << 3,      // A unit of time, distance, weight or money.
};

const WordTable& ContextWords() {
  static const WordTable* const kTable = [] {
    auto* t = new WordTable;
    for (absl::string_view w :
         {"percent", "per", "of", "the", "a", "an", "and", "or", "to", "in",
          "on", "at", "by", "for", "with", "was", "were", "is", "are", "had",
          "has", "have", "said", "who", "that", "which", "p.m", "a.m", "pm", "am",
          "o'clock", "times", "more", "than", "from", "after",
          "before", "into", "as", "its", "their", "his", "her", "them", "these",
          "those", "it", "he", "she", "they", "we", "you", "this", "not", "also",
          "but", "would", "will", "could", "be", "been", "did", "do"}) {
      t->Add(w, kNotCounted);
    }
    for (absl::string_view w :
         {"january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}) {
      t->Add(w, kMonth | kNotCounted);
    }
    for (absl::string_view w : {"people", "police", "personnel", "children", "staff",
                                "militia", "crew"}) {
      t->Add(w, kPluralName);
    }
    // "for nine days", "two kilometres from", "ten years in prison": a
    // length, not a count of anyone.
    for (absl::string_view w :
         {"seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months",
          "years", "decades", "centuries", "metres", "meters", "kilometres", "kilometers",
          "kms", "miles", "feet", "yards", "inches", "kilograms", "kilos", "kgs", "grams",
          "tonnes", "tons", "litres", "liters", "hectares", "acres", "dollars",
          "euros", "pounds", "dinars", "rubles", "roubles", "yuan"}) {
      t->Add(w, kMeasure);
    }
    return t;
  }();
  return *kTable;
}

// `w` in any ASCII case ends with `lower`.
bool EndsFold(absl::string_view w, absl::string_view lower) {
  return w.size() >= lower.size() && StartsFold(w.substr(w.size() - lower.size()), lower);
}

// `w` (any ASCII case) looks like a plural noun; `flags` are its
// ContextWords flags.
bool LooksPlural(absl::string_view w, uint32_t flags) {
  return (EndsFold(w, "s") && !EndsFold(w, "ss") && !EndsFold(w, "'s")) ||
         EndsFold(w, "men") || (flags & kPluralName) != 0 ||
         // A plural head before its particle: "passers-by", "lookers-on".
         EndsFold(w, "s-by") || EndsFold(w, "s-on");
}

// The word before `pos` (letters, digits and dots; trailing dots dropped)
// is a month name.
bool AfterMonth(absl::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
  size_t b = e;
  while (b > 0 && (absl::ascii_isalnum(text[b - 1]) || text[b - 1] == '.')) --b;
  while (e > b && text[e - 1] == '.') --e;
  return (ContextWords().Find(text.substr(b, e - b)) & kMonth) != 0;
}

// The word (letters and dots) that ends one or more spaces before `pos` in
// `text`; empty when no space comes right before `pos`.
absl::string_view WordBeforeSpaces(absl::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == pos) return {};
  size_t b = e;
  while (b > 0 && (absl::ascii_isalpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, e - b);
}

// Whether `word` is a form of a verb that acts on people ("killed",
// "detaining").
bool IsVerbOnPeople(absl::string_view word) {
  static const absl::string_view kVerbs[] = {
      "killed",   "killing",   "wounded",  "wounding", "injured",   "injuring",
      "hurt",     "arrested",  "arresting", "detained", "detaining", "held",
      "freed",    "freeing",   "released", "releasing", "rescued",  "evacuated",
      "kidnapped", "abducted", "executed", "sentenced", "convicted", "acquitted"};
  for (absl::string_view v : kVerbs) {
    if (word == v) return true;
  }
  return false;
}

// The number at `pos` is the object of a verb that acts on people and no
// noun follows it: "killed 12 and wounded 30", "police arrested 40 on
// Tuesday", "wounding 14", "freed all 27", "detained the three" (not "aged
// 12", "rose to 12").
bool AfterVerbOnPeople(absl::string_view text, size_t pos) {
  absl::string_view word = WordBeforeSpaces(text, pos);
  if (word == "all" || word == "the") word = WordBeforeSpaces(text, word.data() - text.data());
  return IsVerbOnPeople(word);
}

// Whether `next`, the word after a number, is a participle that says what
// happened to the people it counts ("at least 15 wounded", "40 detained",
// "three dead"), as news tallies write it.
bool IsParticipleOnPeople(absl::string_view next) {
  return next == "dead" || (IsVerbOnPeople(next) && !absl::EndsWith(next, "ing"));
}

// The number at `pos` names a thing rather than counting one: it follows
// "No." or a capitalised word that numbers things ("Hospital No. 2", "Gate
// 4", "Section 302", "Flight 17").
bool AfterIdentifierWord(absl::string_view text, size_t pos) {
  const absl::string_view word = WordBeforeSpaces(text, pos);
  if (word.empty() || !absl::ascii_isupper(word[0])) return false;
  static const absl::string_view kNumbering[] = {
      "No.",    "Nos.",   "Nr.",      "No",      "Number",    "Gate",     "Block",
      "Camp",   "Ward",   "Route",    "Highway", "Road",      "Room",     "Unit",
      "Platform", "Sector", "Precinct", "Cell",  "Wing",      "Section",  "Article",
      "Paragraph", "Chapter", "Clause", "Line",  "Bus",       "Flight",   "Building",
      "Hall",   "Zone",   "Phase",    "Floor",   "Terminal",  "Lane",     "Street",
      "District", "Division", "Battalion", "Brigade", "Regiment", "Company", "Squad"};
  for (absl::string_view w : kNumbering) {
    if (word == w) return true;
  }
  return false;
}

// Whether `word` is a plural verb a counted subject comes before ("43
// were", "seven died").
bool IsSubjectVerb(absl::string_view word) {
  for (absl::string_view v : {"were", "have", "had", "are", "died", "remain", "remained"}) {
    if (EqualsFold(word, v)) return true;
  }
  return false;
}

// The number `n` (lower case) starting at `begin`, followed by the word
// `next`, is the subject of a plural verb and counts people: "43 were
// injured", "dozens have died", "nine died", "the nine were", "all three
// had", and a crowd's size before any verb in the past tense ("thousands
// marched", "hundreds gathered") (not "one was", nor the group of a part:
// "three of the 17 were").
bool IsNumberSubject(absl::string_view text, size_t begin, absl::string_view n,
                     absl::string_view next) {
  if (n == "one" || n == "1") return false;
  const bool crowd = n == "dozens" || n == "scores" || n == "hundreds" || n == "thousands" ||
                     n == "tens of thousands";
  const bool past = next.size() > 4 && absl::ascii_islower(next[0]) && EndsFold(next, "ed");
  if (!IsSubjectVerb(next) && !(crowd && past)) return false;
  // Not the group of a part ("three of the 17 were"): that part is the
  // subject.
  const absl::string_view before = WordBeforeSpaces(text, begin);
  for (absl::string_view pointer : {"the", "these", "those", "all"}) {
    if (EqualsFold(before, pointer) &&
        EqualsFold(WordBeforeSpaces(text, static_cast<size_t>(before.data() - text.data())),
                   "of")) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string QuantityKey(const NumberRange& value, absl::string_view vague) {
  if (!vague.empty()) return std::string(vague);
  if (value.unbounded()) return absl::StrCat(value.low(), "+");
  if (value.low() == value.high()) return absl::StrCat(value.low());
  return absl::StrCat(value.low(), "-", value.high());
}

std::vector<Quantity> FindQuantities(absl::string_view text) {
  std::vector<Quantity> out;
  size_t pos = 0;
  while (pos < text.size()) {
    NumberMatch match;
    if (!NextNumber(text, pos, &match)) break;
    size_t begin = match.begin;
    size_t end = match.num_end;
    pos = end > pos ? end : pos + 1;
    const absl::string_view num = text.substr(match.num_begin, match.num_end - match.num_begin);
    const absl::string_view mod = text.substr(match.mod_begin, match.mod_end - match.mod_begin);
    size_t num_begin = match.num_begin;
    if (mod.empty()) begin = num_begin;
    const std::string lower_num = absl::AsciiStrToLower(num);
    const absl::string_view n = lower_num;
    // "$40", "#12" (a number that names a thing), "3-0", "1.5", "10:30".
    if (num_begin > 0 && (text[num_begin - 1] == '$' || text[num_begin - 1] == '#' ||
                          text[num_begin - 1] == '-' || text[num_begin - 1] == '.' ||
                          text[num_begin - 1] == ':')) {
      continue;
    }
    if (AfterIdentifierWord(text, num_begin)) continue;
    // "all but three of the detainees": the others, not these.
    {
      size_t c = begin;
      while (c > 0 && text[c - 1] == ' ') --c;
      if (c >= 7 && absl::EndsWithIgnoreCase(text.substr(0, c), "all but") &&
          (c == 7 || !absl::ascii_isalpha(text[c - 8]))) {
        continue;
      }
    }
    if (AfterMonth(text, num_begin)) {
      // "June 9", "June, 2021": part of a date. After a comma only a year
      // is: "on 7 November, 33 people".
      size_t c = num_begin;
      while (c > 0 && text[c - 1] == ' ') --c;
      bool comma = c > 0 && text[c - 1] == ',';
      if (!comma || (num.size() == 4 && absl::ascii_isdigit(num[0]))) continue;
    }
    // Following words: skip "of", take up to three words, find the noun.
    size_t p = end;
    if (p < text.size() && (text[p] == '%' || text[p] == ':' ||
                            (text[p] == '.' && p + 1 < text.size() &&
                             absl::ascii_isdigit(text[p + 1])))) {
      continue;
    }
    absl::InlinedVector<std::pair<size_t, size_t>, 4> words;
    while (words.size() < 4 && p < text.size()) {
      while (p < text.size() && text[p] == ' ') ++p;
      size_t b = p;
      while (p < text.size() &&
             (absl::ascii_isalnum(text[p]) || text[p] == '-' || text[p] == '\'' ||
              static_cast<unsigned char>(text[p]) >= 0x80)) {
        ++p;
      }
      if (p == b) break;
      words.push_back({b, p});
      if (p < text.size() && text[p] != ' ') break;
    }
    size_t first = 0;
    bool vague = n == "dozens" || n == "hundreds" || n == "thousands" ||
                 n == "scores" || n == "several" || n == "tens of thousands";
    // The k-th word after the number, empty past the last.
    auto word = [&](size_t k) {
      return k < words.size() ? text.substr(words[k].first, words[k].second - words[k].first)
                              : absl::string_view();
    };
    const absl::string_view next_word = word(0);
    // A part of a group told before: "twelve of them were freed", "eight of
    // those detained", "20 of the marchers", "40 of its supporters". "One
    // of the" is mostly a superlative ("one of the largest"), not a count.
    size_t partitive_end = 0;  // End of "of them" / "of those detained".
    bool partitive_subject = false;
    if (EqualsFold(next_word, "of")) {
      if (vague || n == "dozen" || n == "a dozen") {
        first = 1;
      } else if (n == "one" || n == "1" || words.size() < 2) {
        continue;
      } else {
        const absl::string_view group = word(1);
        size_t last = 1;  // The last word of the part "of ...".
        bool pronoun = false;
        for (absl::string_view p : {"them", "whom", "us"}) pronoun = pronoun || EqualsFold(group, p);
        if (EqualsFold(group, "those") || EqualsFold(group, "these")) {
          // "of those detained": a participle, not a counted noun.
          const absl::string_view after = word(2);
          pronoun = after.empty() || !LooksPlural(after, ContextWords().Find(after));
          if (pronoun && absl::EndsWith(after, "ed")) last = 2;
        }
        bool determiner = false;
        for (absl::string_view d : {"the", "its", "their", "his", "her", "our", "those", "these"}) {
          determiner = determiner || EqualsFold(group, d);
        }
        const absl::string_view whole = word(2);
        const bool whole_is_number =
            !whole.empty() && (absl::ascii_isdigit(whole[0]) ||
                               Words().contains(absl::AsciiStrToLower(whole)));
        if (pronoun) {
          partitive_end = words[last].second;
          partitive_subject = IsSubjectVerb(word(last + 1));
        } else if (determiner && whole_is_number && IsSubjectVerb(word(3)) &&
                   (EqualsFold(word(3), "had") || EqualsFold(word(3), "have") ||
                    EqualsFold(word(3), "died") || EndsFold(word(4), "ed") ||
                    EndsFold(word(4), "en"))) {
          // "40 of the 43 had been released": a part of a group counted
          // before, the subject of the verb after (not "four of the 30 were
          // children", which describes them).
          partitive_end = words[2].second;
          partitive_subject = true;
        } else if (determiner) {
          first = 2;
        } else {
          continue;
        }
      }
    }
    int noun_index = -1;
    for (size_t k = first; partitive_end == 0 && k < words.size() && k < first + 3; ++k) {
      const absl::string_view w = word(k);
      const uint32_t flags = ContextWords().Find(w);
      if (flags & kNotCounted) break;
      if (absl::ascii_isdigit(w[0])) break;
      if (LooksPlural(w, flags)) {
        noun_index = k;
        break;
      }
    }
    if (noun_index >= 0 && (ContextWords().Find(word(noun_index)) & kMeasure) != 0) continue;
    // Counts whose noun is not after the number. "the death toll rose to
    // eight": the toll counts deaths. "put the crowd at 80,000", "turnout
    // reached 2,000": a crowd counts people. "43 were injured", "seven have
    // died": a number as the subject of a plural verb counts people.
    bool by_verb = false;
    const char* implied = nullptr;
    if (partitive_end > 0) {
      implied = "people";
      by_verb = partitive_subject;
      end = partitive_end;
    } else if (noun_index < 0) {
      if (EqualsFold(next_word, "percent") || EqualsFold(next_word, "per")) continue;
      static const RE2* const kToll = new RE2(
          "(?i)\\b(?:(?:death|casualty|fatality) tolls?\\s+(?:[a-z]+\\s+){0,3}?"
          "(?:to|at|of|reached|hit|passed|topped|exceeded)|"
          "(?:put|puts|putting|placed|places|gave|gives|raised|raises|revised|revises)\\s+"
          "(?:the|its|their)\\s+(?:(?:official|final|overall|new|own)\\s+)?toll\\s+(?:at|to))"
          "\\s+$");
      // "the number of people who died in the clashes had risen to nine":
      // a number that rose or stands, with a longer phrase before its verb;
      // "police put the figure at nine": a count given for people told of
      // before.
      static const RE2* const kCrowd = new RE2(
          "(?i)\\b(?:(?:crowds?|turnout|attendance|number of [a-z]+)\\s+(?:[a-z]+\\s+){0,3}?"
          "(?:to|at|of|reached|hit|passed|topped|exceeded|numbered|numbering)|"
          "number of [a-z]+\\s+(?:[\\w'-]+\\s+){0,8}?(?:risen|rose|rises|climbed|climbs|"
          "increased|increases|jumped|grown|grew|stood|stands) (?:to|at)|"
          "(?:put|puts|putting|placed|places|gave|gives)\\s+(?:the|its|their)\\s+"
          "(?:(?:official|final|overall|new|own)\\s+)?(?:figure|number|total|tally|count)\\s+"
          "(?:at|to))\\s+$");
      size_t from = begin > 60 ? begin - 60 : 0;
      const re2::StringPiece before = ToPiece(text.substr(from, begin - from));
      if (RE2::PartialMatch(before, *kToll)) {
        implied = "deaths";
      } else if (RE2::PartialMatch(before, *kCrowd)) {
        implied = "people";
      } else if (IsNumberSubject(text, begin, n, next_word) || IsParticipleOnPeople(next_word)) {
        by_verb = true;
        implied = "people";
      } else if (AfterVerbOnPeople(text, begin)) {
        implied = "people";
      } else {
        continue;
      }
    }
    NumberRange value;
    int64_t v = 0;
    const std::string digits = absl::StrContains(n, ',')
                                   ? absl::StrReplaceAll(n, {{",", ""}})
                                   : std::string(n);
    if (vague) {
      if (n == "several") { value.set_low(3); value.set_high(9); }
      if (n == "dozens") { value.set_low(24); value.set_high(99); }
      if (n == "scores") { value.set_low(40); value.set_high(99); }
      if (n == "hundreds") { value.set_low(200); value.set_high(999); }
      if (n == "thousands") { value.set_low(2000); value.set_high(9999); }
      if (n == "tens of thousands") { value.set_low(20000); value.set_high(99999); }
    } else if (absl::SimpleAtoi(digits, &v)) {
      if (v >= 1900 && v <= 2100 && (implied == nullptr || by_verb) &&
          noun_index != static_cast<int>(first)) {
        continue;
      }
      value.set_low(v);
      value.set_high(v);
    } else if (auto whole = Words().find(n); whole != Words().end()) {
      value.set_low(whole->second);
      value.set_high(whole->second);
    } else if (n == "half a dozen") {
      value.set_low(6);
      value.set_high(6);
    } else if (absl::StartsWith(n, "a few ")) {
      // Two to five of the scale (the last word: hundred, thousand, dozen).
      const int64_t scale = absl::EndsWith(n, "hundred")    ? 100
                            : absl::EndsWith(n, "thousand") ? 1000
                                                            : 12;
      value.set_low(2 * scale);
      value.set_high(5 * scale);
    } else {
      std::vector<absl::string_view> parts = absl::StrSplit(digits, absl::ByAnyChar(" -"));
      int64_t total = 0, current = 0;
      bool ok = true;
      double mantissa = 0;
      for (absl::string_view part : parts) {
        if (part == "a" || part == "half") {
          current = current == 0 ? 1 : current;
          continue;
        }
        if (absl::SimpleAtod(part, &mantissa) && current == 0) {
          current = static_cast<int64_t>(mantissa);
          continue;
        }
        auto it = Words().find(part);
        if (it == Words().end()) {
          ok = false;
          break;
        }
        int64_t w = it->second;
        if (w == 100 || w == 1000) {
          current = (current == 0 ? 1 : current) * w;
        } else if (part == "million") {
          current = (current == 0 ? 1 : current) * 1000000;
        } else {
          current += w;
        }
      }
      if (!ok) continue;
      total += current;
      if (absl::StartsWith(n, "half")) total = 6;
      value.set_low(total);
      value.set_high(total);
    }
    const std::string lower_mod = absl::AsciiStrToLower(mod);
    const absl::string_view m = lower_mod;
    if (m == "at least" || m == "no fewer than") {
      value.set_unbounded(true);
    } else if (m == "more than" || m == "over") {
      value.set_low(value.low() + 1);
      value.set_unbounded(true);
    } else if (m == "at most" || m == "up to" || m == "no more than") {
      value.set_low(m == "up to" ? 1 : 0);
    } else if (m == "less than" || m == "fewer than") {
      value.set_high(value.low() - 1);
      value.set_low(0);
    } else if (!m.empty() && m != "some" && !vague) {
      // nearly, about, around, roughly: a 10% band.
      int64_t band = value.low() / 10;
      value.set_high(value.low() + band);
      value.set_low(value.low() - band);
    }
    Quantity q;
    if (implied != nullptr) {
      q.range = {static_cast<int64_t>(begin), static_cast<int64_t>(end)};
      q.noun = q.range;
      value.set_counted(implied);
    } else {
      q.range = {static_cast<int64_t>(begin),
                 static_cast<int64_t>(words[noun_index].second)};
      q.noun = {static_cast<int64_t>(words[noun_index].first),
                static_cast<int64_t>(words[noun_index].second)};
      value.set_counted(absl::AsciiStrToLower(
          text.substr(q.noun.begin, q.noun.end - q.noun.begin)));
    }
    q.key = QuantityKey(value, (vague && m.empty()) ? n : absl::string_view());
    q.subject = by_verb;
    q.value.Swap(&value);
    pos = std::max<size_t>(pos, q.range.end);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace xref

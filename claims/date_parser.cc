#include "claims/date_parser.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "base/bounded_memo.h"
#include "base/calendar.h"
#include "base/re2_adapter.h"
#include "claims/word_start_filter.h"
#include "claims/word_table.h"

namespace xref {
namespace {

int WeekdayOf(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday: return 0;
    case absl::Weekday::tuesday: return 1;
    case absl::Weekday::wednesday: return 2;
    case absl::Weekday::thursday: return 3;
    case absl::Weekday::friday: return 4;
    case absl::Weekday::saturday: return 5;
    case absl::Weekday::sunday: return 6;
  }
  return 0;
}

// The year as StrFormat("%04d") writes it.
std::string Year4(int64_t year) {
  if (year < 0 || year > 9999) return absl::StrFormat("%04d", year);
  std::string out(4, '0');
  for (int i = 3; i >= 0; --i, year /= 10) out[i] = static_cast<char>('0' + year % 10);
  return out;
}

// "-MM" for a month or day number 1..31.
void AppendTwoDigits(int n, std::string* out) {
  out->push_back('-');
  out->push_back(static_cast<char>('0' + n / 10));
  out->push_back(static_cast<char>('0' + n % 10));
}

// Matching helpers for NormalizeDate's forms, which read as these RE2
// patterns (FullMatch; RE2's \s; words case-insensitive where written
// (?i:...), month and weekday names case-sensitive; MONTH and WEEKDAY the
// English names, FR_MONTH and FR_WEEKDAY the French ones, DAY \d{1,2} or
// "1er" before FR_MONTH):
//   relative:   (?i)(?:(?:a few|several|two|..|ten|\d+|a|an|one|many)\s+)?
//               (?:minutes?|hours?|days?|weeks?|months?|years?)\s+
//               (?:later|afterwards|after|earlier|before)
//               | within (?:hours|days|weeks|minutes) | shortly (?:after|afterwards|before)
//               | (?:same|that|next|following|previous)\s+
//                 (?:day|morning|afternoon|evening|night)
//               | following\s+WEEKDAY
//   full:       (?:(?i:on|in|since|by|until|from|early|late|mid-?)\s+)?MONTH\s+
//               (\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?
//   day first:  (?:(?i:on|in|since|by|until|from|le)\s+)?(DAY)\s+(?:MONTH|FR_MONTH)
//               (?:\s+(\d{4}))?
//   night:      (?i:(?:dans\s+)?la\s+nuit\s+du)\s+(?:(?:WEEKDAY|FR_WEEKDAY)\s+)?(DAY)
//               (?:\s+(?:MONTH|FR_MONTH))?\s+(?i:au)\s+(?:(?:WEEKDAY|FR_WEEKDAY)\s+)?
//               then a full or day-first date, the second day; valued as the first
//   month year: (?:(?i:in|since|during|by|until|from|early|late|mid-?|en)\s+)?
//               (?:MONTH(?:\s+of)?\s+(?:(\d{4})|(?i:(last|this|next) year))
//               | FR_MONTH\s+(\d{4}))
//   bare month: (?i:(in|since|during|by|until|from|a|an|last|this|next|early|late|
//               mid|earlier in|later in|end of|start of|beginning of|middle of))\s+MONTH
//               | (?i:mid-)\s*MONTH
//   weekday:    (?:(?i:(last|this|next|on|by|since|until|early|late|for))\s+)?WEEKDAY
//               | (?:(?i:(le|on))\s+)?FR_WEEKDAY
//   period:     (?i:((?:earlier|later|early|late)\s+(?:this|last)|last|this|next))\s+
//               (?i:(week|month|year))
//   year:       (?i:in|since|during|of|by|until|from|before|after)\s+((?:19|20)\d\d)
//   ago:        (?i:(one|..|ten|a|an|\d{1,4})\s+(day|week|month|year)s?\s+ago)
// The one-word counts of a relative expression ("two days after"); "a few"
// is tried before "a" where both may apply. The first kNumberCountWords are
// the numbers one to ten, in order (ExactDayOffset reads them).
constexpr absl::string_view kCountWords[] = {"one", "two", "three", "four", "five", "six",
                                             "seven", "eight", "nine", "ten",
                                             "a", "an", "several", "many"};
constexpr int kNumberCountWords = 10;

// A relation to the day of the event told just before ("the same night",
// "the next day"): one of these words, then one of the parts of a day.
// kDayRelationOffsets[k] is the offset of kDayRelationWords[k].
constexpr absl::string_view kDayRelationWords[] = {"same", "that", "next", "following",
                                                   "previous"};
constexpr int kDayRelationOffsets[] = {0, 0, 1, 1, -1};
constexpr absl::string_view kPartsOfDay[] = {"day", "morning", "afternoon", "evening",
                                             "night"};

// Month names as written: the English ones, full then abbreviated, and from
// kFirstFrenchMonth the French ones, lower case as French writes them, with
// and without accents. A French name is a month only with a day number before
// it or a year after it ("le 2 mai", "en mars 2025"): alone it is as often
// another word ("the rover mars", "mai tai").
constexpr absl::string_view kMonthNames[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan.", "Feb.", "Mar.",
    "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet",
    "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre"};
constexpr int kMonthNumbers[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12,
                                 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12};
static_assert(std::size(kMonthNames) == std::size(kMonthNumbers));
constexpr size_t kFirstFrenchMonth = 24;
// Words before a month named alone ("in May", "mid-June", "at the end of
// March"). A cue that ends in a hyphen joins its month without a space.
constexpr absl::string_view kBareMonthCues[] = {
    "in",    "since", "during", "by",   "until",      "from",     "a",      "an",
    "last",  "this",  "next",   "early", "late",      "mid",      "mid-",   "earlier in",
    "later in", "end of", "start of", "beginning of", "middle of"};

// Weekday names as written, kWeekdayNames[k] naming weekday k % 7 (Monday
// = 0): the English ones, and from kFirstFrenchWeekday the French ones, lower
// case. A French name alone is read as "Tuesday" is, but the finder takes it
// only after one of kFrenchWeekdayCues or before its date ("le mardi",
// "mardi 20 octobre"): alone it may be a word of a French name or phrase.
constexpr absl::string_view kWeekdayNames[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "lundi",  "mardi",   "mercredi",  "jeudi",    "vendredi", "samedi", "dimanche"};
constexpr int kWeekdayNameCount = static_cast<int>(std::size(kWeekdayNames));
constexpr int kFirstFrenchWeekday = 7;
// Words that may come before an English weekday in one expression ("last
// Thursday", "for Monday"). "for" names a day ahead: "a strike called for
// Monday".
constexpr absl::string_view kWeekdayCues[] = {"last",  "this", "next", "on",  "by",       "since",
                                              "until", "early", "late", "for", "following"};
// Words that may come before a French weekday in one expression: "le mardi",
// and "on mardi" as an English text that keeps a French date writes it.
constexpr absl::string_view kFrenchWeekdayCues[] = {"le", "on"};

// The words that may come before the weekday kWeekdayNames[k].
absl::Span<const absl::string_view> WeekdayCuesOf(int k) {
  if (k < kFirstFrenchWeekday) return kWeekdayCues;
  return kFrenchWeekdayCues;
}

// Ordinal words of the days of a month ("the fourteenth"), by day; the
// twenties and thirty-first are "twenty-" or "thirty-" and one of the first
// nine.
constexpr absl::string_view kOrdinalDays[] = {
    "",           "first",      "second",     "third",       "fourth",     "fifth",
    "sixth",      "seventh",    "eighth",     "ninth",       "tenth",      "eleventh",
    "twelfth",    "thirteenth", "fourteenth", "fifteenth",   "sixteenth",  "seventeenth",
    "eighteenth", "nineteenth", "twentieth"};

// The end of ",? the <ordinal day>" at `i` in `t` ("Thursday the
// fourteenth", "Friday, the 13th"), with the day in `*day`; npos when there
// is none. The ordinal must end its word.
size_t OrdinalDayEnd(absl::string_view t, size_t i, int* day) {
  if (i < t.size() && t[i] == ',') ++i;
  if (!absl::StartsWith(t.substr(i), " the ")) return absl::string_view::npos;
  i += 5;
  size_t e = i;
  while (e < t.size() && (absl::ascii_isalnum(t[e]) || t[e] == '-')) ++e;
  if (e < t.size() && (t[e] == '\'' || static_cast<unsigned char>(t[e]) >= 0x80)) {
    return absl::string_view::npos;
  }
  const std::string word = absl::AsciiStrToLower(t.substr(i, e - i));
  int n = 0;
  if (word.size() >= 3 && absl::ascii_isdigit(word[0])) {
    const size_t digits = absl::ascii_isdigit(word[1]) ? 2 : 1;
    const absl::string_view suffix = absl::string_view(word).substr(digits);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      if (!absl::SimpleAtoi(word.substr(0, digits), &n)) n = 0;
    }
  } else {
    absl::string_view rest = word;
    int tens = 0;
    if (absl::ConsumePrefix(&rest, "twenty-")) tens = 20;
    if (tens == 0 && absl::ConsumePrefix(&rest, "thirty-")) tens = 30;
    if (rest == "thirtieth") n = 30;
    for (int k = 1; k <= (tens > 0 ? 9 : 20) && n == 0; ++k) {
      if (rest == kOrdinalDays[k]) n = tens + k;
    }
  }
  if (n < 1 || n > 31) return absl::string_view::npos;
  *day = n;
  return e;
}

// The month (1..12) of an abbreviated month name written without its dot
// at `i` in `t` when a number follows it ("Jan 21", "Sept 3, 2026", as
// wires write them), with the name's length in `*length`; 0 when there is
// none. Not "Jan" alone, a given name ("Jan Novak").
int UndottedMonth(absl::string_view t, size_t i, size_t* length) {
  for (int k = 12; k < 24; ++k) {
    const absl::string_view core = kMonthNames[k].substr(0, kMonthNames[k].size() - 1);
    const size_t e = i + core.size();
    if (t.size() >= e + 2 && t.substr(i, core.size()) == core && t[e] == ' ' &&
        absl::ascii_isdigit(t[e + 1])) {
      *length = core.size();
      return kMonthNumbers[k];
    }
  }
  return 0;
}

// The month (1..12) of the name at `i` in `t` (kMonthNames, or UndottedMonth),
// with the name's length in `*length`; 0 when there is none. English names
// only when `french` is null; else French ones too, `*french` telling which.
int MonthNameAt(absl::string_view t, size_t i, size_t* length, bool* french) {
  if (i >= t.size()) return 0;
  const size_t names = french == nullptr ? kFirstFrenchMonth : std::size(kMonthNames);
  for (size_t k = 0; k < names; ++k) {
    const absl::string_view name = kMonthNames[k];
    if (name[0] == t[i] && absl::StartsWith(t.substr(i), name)) {
      *length = name.size();
      if (french != nullptr) *french = k >= kFirstFrenchMonth;
      return kMonthNumbers[k];
    }
  }
  if (french != nullptr) *french = false;
  return UndottedMonth(t, i, length);
}

// A position in an expression with the small steps the forms are made of.
struct Cursor {
  absl::string_view t;
  size_t i = 0;

  bool AtEnd() const { return i == t.size(); }
  // One or more RE2 \s bytes.
  bool Spaces() {
    size_t j = i;
    while (j < t.size() && IsRe2Space(t[j])) ++j;
    if (j == i) return false;
    i = j;
    return true;
  }
  // `word` exactly (case-sensitive).
  bool Exact(absl::string_view word) {
    if (!absl::StartsWith(t.substr(i), word)) return false;
    i += word.size();
    return true;
  }
  // `word` (lower case) in any ASCII case.
  bool Fold(absl::string_view word) {
    if (t.size() - i < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if (absl::ascii_tolower(t[i + k]) != word[k]) return false;
    }
    i += word.size();
    return true;
  }
  // The first of `words` (any ASCII case) that is here followed by \s+
  // (or by anything, for a word that ends in a hyphen: "mid-"); `*found`,
  // when not null, is that word as written.
  bool FoldThenSpaces(absl::Span<const absl::string_view> words,
                      absl::string_view* found = nullptr) {
    for (absl::string_view w : words) {
      Cursor c = *this;
      if (c.Fold(w) && (c.Spaces() || w.back() == '-')) {
        if (found != nullptr) *found = t.substr(i, w.size());
        *this = c;
        return true;
      }
    }
    return false;
  }
  // Between `min` and `max` ASCII digits, as many as there are.
  bool Digits(size_t min, size_t max, absl::string_view* out) {
    size_t j = i;
    while (j < t.size() && j - i < max && absl::ascii_isdigit(t[j])) ++j;
    if (j - i < min) return false;
    *out = t.substr(i, j - i);
    i = j;
    return true;
  }
  // A day number of one or two digits, and "er" after a 1 (French "1er",
  // the first: "le 1er mai"), which `*er` tells: the forms take that only
  // before a French month name.
  bool DayNumber(absl::string_view* digits, bool* er) {
    if (!Digits(1, 2, digits)) return false;
    *er = *digits == "1" && Exact("er");
    return true;
  }
  // A month name; its number 1..12 (MonthNameAt: French names only when
  // `french` is not null).
  int Month(bool* french = nullptr) {
    size_t length = 0;
    const int month = MonthNameAt(t, i, &length, french);
    i += length;
    return month;
  }
  // A weekday name; its index in kWeekdayNames, or -1.
  int Weekday() {
    for (int k = 0; k < kWeekdayNameCount; ++k) {
      if (Exact(kWeekdayNames[k])) return k;
    }
    return -1;
  }
};

int ParseInt(absl::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// The start of a night across two days, as French dates one: "(dans )?la
// nuit du (WEEKDAY )?DAY( MONTH)? au (WEEKDAY )?" before the second day and
// its month ("dans la nuit du samedi 26 au dimanche 27 septembre", "la nuit
// du 31 octobre au 1er novembre"). Moves `c` to the second day; sets `*day`
// to the first and `*month` to its month, or 0 when it is the second's.
bool NightBefore(Cursor* c, int* day, int* month) {
  Cursor x = *c;
  auto weekday = [&x] {
    Cursor w = x;
    if (w.Weekday() >= 0 && w.Spaces()) x = w;
  };
  x.FoldThenSpaces({"dans"});
  if (!x.FoldThenSpaces({"la"}) || !x.FoldThenSpaces({"nuit"}) || !x.FoldThenSpaces({"du"})) {
    return false;
  }
  weekday();
  absl::string_view digits;
  bool er = false;
  if (!x.DayNumber(&digits, &er) || !x.Spaces()) return false;
  Cursor named = x;
  bool french = false;
  int m = named.Month(&french);
  if (m != 0 && named.Spaces() && (!er || french)) {
    x = named;
  } else {
    m = 0;
  }
  if (!x.FoldThenSpaces({"au"})) return false;
  weekday();
  *c = x;
  *day = ParseInt(digits);
  *month = m;
  return true;
}

// "following Monday" (in any case: a relative value is stored lower-cased):
// the weekday of `t` (Monday = 0), or -1.
int FollowingWeekdayOf(absl::string_view t) {
  Cursor c{t};
  if (!c.Fold("following") || !c.Spaces()) return -1;
  const absl::string_view rest = t.substr(c.i);
  for (int k = 0; k < 7; ++k) {
    if (absl::EqualsIgnoreCase(rest, kWeekdayNames[k])) return k;
  }
  return -1;
}

bool MatchRelative(absl::string_view t) {
  if (FollowingWeekdayOf(t) >= 0) return true;
  for (absl::string_view w : kDayRelationWords) {
    Cursor x{t};
    if (!x.Fold(w) || !x.Spaces()) continue;
    for (absl::string_view part : kPartsOfDay) {
      Cursor y = x;
      if (y.Fold(part) && y.AtEnd()) return true;
    }
  }
  {
    Cursor w{t};
    if (w.Fold("within ")) {
      for (absl::string_view u : {"hours", "days", "weeks", "minutes"}) {
        Cursor x = w;
        if (x.Fold(u) && x.AtEnd()) return true;
      }
    }
    Cursor s{t};
    if (s.Fold("shortly ")) {
      for (absl::string_view u : {"after", "afterwards", "before"}) {
        Cursor x = s;
        if (x.Fold(u) && x.AtEnd()) return true;
      }
    }
  }
  auto unit_then_direction = [](Cursor x) {
    bool unit = false;
    for (absl::string_view u : {"minute", "hour", "day", "week", "month", "year"}) {
      if (x.Fold(u)) {
        unit = true;
        break;
      }
    }
    if (!unit) return false;
    if (x.i < x.t.size() && (x.t[x.i] == 's' || x.t[x.i] == 'S')) {
      Cursor y = x;
      ++y.i;
      if (y.Spaces()) {
        for (absl::string_view d : {"later", "afterwards", "after", "earlier", "before"}) {
          Cursor z = y;
          if (z.Fold(d) && z.AtEnd()) return true;
        }
      }
    }
    if (!x.Spaces()) return false;
    for (absl::string_view d : {"later", "afterwards", "after", "earlier", "before"}) {
      Cursor z = x;
      if (z.Fold(d) && z.AtEnd()) return true;
    }
    return false;
  };
  if (unit_then_direction(Cursor{t})) return true;
  {
    Cursor x{t};
    if (x.Fold("a few") && x.Spaces() && unit_then_direction(x)) return true;
  }
  for (absl::string_view q : kCountWords) {
    Cursor x{t};
    if (x.Fold(q) && x.Spaces() && unit_then_direction(x)) return true;
  }
  Cursor x{t};
  absl::string_view digits;
  return x.Digits(1, t.size(), &digits) && x.Spaces() && unit_then_direction(x);
}

// "two years ago", "a week ago", "3 days ago": an exact count (one to ten
// in words, "a", "an" or digits), a unit of days to years, then "ago".
// Fills `count` and `unit` ('d', 'w', 'm' or 'y') when it matches.
bool MatchAgo(absl::string_view t, int* count, char* unit) {
  Cursor c{t};
  int n = 0;
  absl::string_view digits;
  if (c.Digits(1, 4, &digits)) {
    n = ParseInt(digits);
  } else {
    // One to ten, then "a" and "an" (kCountWords' order).
    for (int k = 0; k < kNumberCountWords + 2; ++k) {
      Cursor x = c;
      if (x.Fold(kCountWords[k]) && x.i < t.size() && IsRe2Space(t[x.i])) {
        n = k < kNumberCountWords ? k + 1 : 1;
        c = x;
        break;
      }
    }
  }
  if (n == 0 || !c.Spaces()) return false;
  for (absl::string_view u : {"day", "week", "month", "year"}) {
    Cursor x = c;
    if (!x.Fold(u)) continue;
    if (x.i < t.size() && (t[x.i] == 's' || t[x.i] == 'S')) ++x.i;
    if (x.Spaces() && x.Fold("ago") && x.AtEnd()) {
      *count = n;
      *unit = u[0];
      return true;
    }
  }
  return false;
}

// The forms below fill their outputs only when they match.
bool MatchFull(absl::string_view t, int* month, absl::string_view* day,
               absl::string_view* year) {
  for (bool prefix : {true, false}) {
    Cursor c{t};
    if (prefix && !c.FoldThenSpaces({"on", "in", "since", "by", "until", "from",
                                     "early", "late", "mid-", "mid"})) {
      continue;
    }
    int m = c.Month();
    absl::string_view d, y;
    if (m == 0 || !c.Spaces() || !c.Digits(1, 2, &d)) continue;
    for (absl::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (c.Exact(suffix)) break;
    }
    if (!c.AtEnd()) {
      c.Exact(",");
      if (!c.Spaces() || !c.Digits(4, 4, &y) || !c.AtEnd()) continue;
    }
    *month = m;
    *day = d;
    *year = y;
    return true;
  }
  return false;
}

bool MatchDayFirst(absl::string_view t, int* month, absl::string_view* day,
                   absl::string_view* year) {
  for (bool prefix : {true, false}) {
    Cursor c{t};
    if (prefix && !c.FoldThenSpaces({"on", "in", "since", "by", "until", "from", "le"})) {
      continue;
    }
    absl::string_view d, y;
    bool er = false, french = false;
    if (!c.DayNumber(&d, &er) || !c.Spaces()) continue;
    int m = c.Month(&french);
    if (m == 0 || (er && !french)) continue;
    if (!c.AtEnd() && (!c.Spaces() || !c.Digits(4, 4, &y) || !c.AtEnd())) continue;
    *month = m;
    *day = d;
    *year = y;
    return true;
  }
  return false;
}

// `*rel` is the "last"/"this"/"next" of "... last year" as written.
bool MatchMonthYear(absl::string_view t, int* month, absl::string_view* year,
                    absl::string_view* rel) {
  for (bool prefix : {true, false}) {
    Cursor c{t};
    if (prefix && !c.FoldThenSpaces({"in", "since", "during", "by", "until", "from",
                                     "early", "late", "mid-", "mid", "en"})) {
      continue;
    }
    bool french = false;
    int m = c.Month(&french);
    if (m == 0 || !c.Spaces()) continue;
    Cursor of = c;
    const bool has_of = !french && of.Exact("of") && of.Spaces();
    for (int k = has_of ? 0 : 1; k < 2; ++k) {
      const Cursor r = k == 0 ? of : c;
      absl::string_view y;
      Cursor digits = r;
      if (digits.Digits(4, 4, &y) && digits.AtEnd()) {
        *month = m;
        *year = y;
        *rel = absl::string_view();
        return true;
      }
      for (absl::string_view w : {"last", "this", "next"}) {
        Cursor x = r;
        if (!french && x.Fold(w) && x.Fold(" year") && x.AtEnd()) {
          *month = m;
          *year = absl::string_view();
          *rel = r.t.substr(r.i, w.size());
          return true;
        }
      }
    }
  }
  return false;
}

bool MatchBareMonth(absl::string_view t, absl::string_view* cue, int* month) {
  for (absl::string_view w : kBareMonthCues) {
    Cursor c{t};
    if (!c.FoldThenSpaces({w})) continue;
    int m = c.Month();
    if (m == 0 || !c.AtEnd()) continue;
    *cue = t.substr(0, w.size());
    *month = m;
    return true;
  }
  return false;
}

// `*weekday`: Monday = 0; `*day_of_month`: the day of "Thursday the
// fourteenth", else 0.
bool MatchWeekday(absl::string_view t, absl::string_view* cue, int* weekday,
                  int* day_of_month) {
  for (bool prefix : {true, false}) {
    for (int k = 0; k < kWeekdayNameCount; ++k) {
      Cursor c{t};
      absl::string_view found;
      if (prefix && !c.FoldThenSpaces(WeekdayCuesOf(k), &found)) continue;
      if (!c.Exact(kWeekdayNames[k])) continue;
      int day = 0;
      if (c.AtEnd() || OrdinalDayEnd(t, c.i, &day) == t.size()) {
        *cue = found;
        *weekday = k % 7;
        *day_of_month = day;
        return true;
      }
    }
  }
  return false;
}

bool MatchPeriod(absl::string_view t, absl::string_view* cue, absl::string_view* unit) {
  auto rest = [&](Cursor c, size_t cue_end) {
    if (!c.Spaces()) return false;
    for (absl::string_view u : {"week", "month", "year"}) {
      Cursor x = c;
      if (x.Fold(u) && x.AtEnd()) {
        *cue = t.substr(0, cue_end);
        *unit = t.substr(c.i, u.size());
        return true;
      }
    }
    return false;
  };
  for (absl::string_view w : {"earlier", "later", "early", "late"}) {
    Cursor c{t};
    if (!c.Fold(w) || !c.Spaces()) continue;
    for (absl::string_view w2 : {"this", "last"}) {
      Cursor x = c;
      if (x.Fold(w2) && rest(x, x.i)) return true;
    }
  }
  for (absl::string_view w : {"last", "this", "next"}) {
    Cursor c{t};
    if (c.Fold(w) && rest(c, c.i)) return true;
  }
  return false;
}

bool MatchYear(absl::string_view t, absl::string_view* year) {
  Cursor c{t};
  absl::string_view y;
  if (!c.FoldThenSpaces({"in", "since", "during", "of", "by", "until", "from", "before",
                         "after"}) ||
      !c.Digits(4, 4, &y) || !c.AtEnd()) {
    return false;
  }
  if (!absl::StartsWith(y, "19") && !absl::StartsWith(y, "20")) return false;
  *year = y;
  return true;
}

// The days before publication that "yesterday", "today", "tonight", "this
// morning" (afternoon, evening) and "last night" name: a cue word, then
// (when not empty) a part of the day after spaces.
struct TodayForm {
  absl::string_view cue;
  absl::string_view part;
  int delta;
};
constexpr TodayForm kTodayForms[] = {
    {"yesterday", "", -1},      {"today", "", 0},           {"tonight", "", 0},
    {"this", "morning", 0},     {"this", "afternoon", 0},   {"this", "evening", 0},
    {"last", "night", -1},
};

// The form `lower` (an expression, lower-cased) is whole, or null.
const TodayForm* WholeTodayForm(absl::string_view lower) {
  for (const TodayForm& f : kTodayForms) {
    if (!absl::StartsWith(lower, f.cue)) continue;
    absl::string_view rest = lower.substr(f.cue.size());
    if (f.part.empty()) {
      if (rest.empty()) return &f;
      continue;
    }
    const absl::string_view part = absl::StripLeadingAsciiWhitespace(rest);
    if (part.size() < rest.size() && part == f.part) return &f;
  }
  return nullptr;
}

// The finder: what this RE2 pattern finds (leftmost-first; RE2's \b and \s;
// month and weekday names, "of", "year" after a month and the ordinal
// suffixes case-sensitive, the rest as written with (?i:...); MONTH, FR_MONTH,
// WEEKDAY, FR_WEEKDAY and DAY as for NormalizeDate's forms above):
//   \b(?:MONTH\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b
//     | DAY\s+(?:MONTH|FR_MONTH)(?:\s+\d{4})?\b
//     | MONTH(?:\s+of)?\s+(?:\d{4}\b|(?i:last|this|next) year\b) | FR_MONTH\s+\d{4}\b
//     | (?:(?i:in|since|during|by|until|from|a|an|last|this|next|early|late|mid|
//        earlier in|later in|end of|start of|beginning of|middle of)\s+|(?i:mid-)\s*)
//        MONTH(?:,?\s+\d{1,2}(?:st|nd|rd|th)?
//        (?:,?\s+\d{4})?|\s+(?:of\s+)?\d{4}|\s+of\s+(?i:last|this|next)\s+year)?
//        (?:\b|$)
//     | (?:(?i:last|this|next|on|by|since|until|early|late|for|following)\s+)?WEEKDAY\b
//     | (?:(?i:le|on)\s+)?FR_WEEKDAY\b
//     | (?i:(?:earlier|later|early|late)\s+(?:this|last)|last|this|next)\s+
//       (?i:week|month|year)\b
//     | (?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|
//        last\s+night)\b
//     | (?i:in|since|during|of|by|until|from|before|after)\s+(?:19|20)\d\d\b
//     | (?i:(?:(?:a few|several|two|..|ten|\d+|a|an|one|many)\s+)?
//       (?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|afterwards|
//       after|earlier|before)|within (?:hours|days|weeks|minutes)|shortly
//       (?:after|afterwards|before)|(?:same|that|next|following|previous)\s+
//       (?:day|morning|afternoon|evening|night))\b
//     | (?i:(?:dans\s+)?la\s+nuit\s+du)\s+(?:(?:WEEKDAY|FR_WEEKDAY)\s+)?DAY
//       (?:\s+(?:MONTH|FR_MONTH))?\s+(?i:au)\s+(?:(?:WEEKDAY|FR_WEEKDAY)\s+)?
//       DAY\s+(?:MONTH|FR_MONTH)(?:\s+\d{4})?\b)
// (FR_WEEKDAY without its cue only where ", " or " " then DAY\s+(?:MONTH|
// FR_MONTH)\b follow it, its date, which FindTimeExpressions joins to it).
class Finder {
 public:
  explicit Finder(absl::string_view t) : t_(t) {}

  // The end of the expression starting at word start `p`, or npos. Every
  // form starts with a whole word (or digits) from a short list; the forms
  // that word can start are tried, in the pattern's order.
  size_t MatchAt(size_t p) const {
    uint32_t forms;
    if (absl::ascii_isdigit(t_[p])) {
      // Both forms need digits, spaces, then a month name (DayMonth; English
      // ones capitalised, French ones lower case) or a unit (Relative).
      const char next = NextAfter(WordEnd(p));
      forms = (absl::ascii_isalpha(next) ? kDayMonth : 0) |
              (IsUnitInitial(next) ? kRelative : 0);
      if (forms == 0) return kNone;
    } else {
      size_t r = p;
      while (r < t_.size() && r - p <= kLongestFirstWord && IsWord(r)) ++r;
      if (r - p > kLongestFirstWord) return kNone;
      const uint32_t flags = FirstWords().words.Find(t_.substr(p, r - p));
      if (flags == 0) return kNone;
      forms = FormsFor(flags, NextAfter(r));
      if (forms == 0) return kNone;
    }
    using Form = size_t (Finder::*)(size_t) const;
    static constexpr std::pair<uint32_t, Form> kForms[] = {
        {kMonthDay, &Finder::MonthDay},   {kDayMonth, &Finder::DayMonth},
        {kMonthYear, &Finder::MonthYear}, {kCueMonth, &Finder::CueMonth},
        {kWeekday, &Finder::Weekday},     {kPeriod, &Finder::Period},
        {kYesterdayToday, &Finder::YesterdayToday}, {kCueYear, &Finder::CueYear},
        {kRelative, &Finder::Relative},   {kNight, &Finder::Night}};
    for (const auto& [bit, form] : kForms) {
      if ((forms & bit) == 0) continue;
      size_t e = (this->*form)(p);
      if (e != kNone) return e;
    }
    return kNone;
  }

  bool IsWord(size_t i) const {
    return i < t_.size() && WordStartFilter::IsWordByte(t_[i]);
  }

  // The end of the word (or digits) starting at `p`.
  size_t WordEnd(size_t p) const {
    while (IsWord(p)) ++p;
    return p;
  }

  // False when no form can start at the word start `p`, judged by the word
  // and the byte after it and its spaces (as MatchAt judges them), without
  // looking the word up.
  bool MayStartForm(size_t p) const {
    const size_t r = WordEnd(p);
    return FirstWords().starts_before[FollowerClass(NextAfter(r))].MayBeginAt(t_, p, r);
  }

  // The first word start at or after `from` where a form may begin (a word
  // inside which `from` falls is skipped); the text's size when none.
  size_t NextCandidate(size_t from) const { return FirstWords().starts.Next(t_, from); }

  static constexpr size_t kNone = absl::string_view::npos;

 private:
  enum : uint32_t {
    kMonthDay = 1, kDayMonth = 2, kMonthYear = 4, kCueMonth = 8, kWeekday = 16,
    kPeriod = 32, kYesterdayToday = 64, kCueYear = 128, kRelative = 256, kNight = 512,
  };
  static constexpr size_t kLongestFirstWord = 9;

  // The lower-case first words of the forms, with the forms each may start.
  // What a first word may start; the word's forms are pruned by the byte
  // after the spaces that follow it.
  enum : uint32_t {
    kMonthWord = 1,       // Starts MonthDay and MonthYear.
    kMonthCue = 2,        // CueMonth, when a capital follows.
    kMonthCueSpecial = 4, // CueMonth always ("mid-", "earlier in").
    kWeekdayCue = 8,      // Weekday, when a capital follows.
    kWeekdayWord = 16,    // Weekday always.
    kPeriodWord = 32,     // Period, when a letter follows.
    kTodayWord = 64,      // YesterdayToday.
    kYearCue = 128,       // CueYear, when a digit follows.
    kCountWord = 256,     // Relative, when a letter follows.
    kRelativeWord = 512,  // Relative always (a unit, "within", "shortly").
    kDayRelationWord = 1024,  // Relative, when a lower-case letter follows.
    kTodayCue = 2048,     // YesterdayToday, when a lower-case letter follows.
    kFrenchWeekdayCue = 4096,  // Weekday, when a lower-case letter follows.
    kNightWord = 8192,    // Night always.
  };

  // The byte after the spaces that follow the word ending at `r`; '\0' when
  // no space follows or the text ends.
  char NextAfter(size_t r) const {
    const size_t n = Spaces(r);
    return n > r && n < t_.size() ? t_[n] : '\0';
  }

  // The forms a first word with `flags` may start when `next` (NextAfter
  // it) follows.
  static uint32_t FormsFor(uint32_t flags, char next) {
    uint32_t forms = 0;
    if (flags & kMonthWord) forms |= kMonthDay | kMonthYear;
    if ((flags & kMonthCueSpecial) || ((flags & kMonthCue) && absl::ascii_isupper(next))) {
      forms |= kCueMonth;
    }
    if ((flags & kWeekdayWord) || ((flags & kWeekdayCue) && absl::ascii_isupper(next)) ||
        ((flags & kFrenchWeekdayCue) && absl::ascii_islower(next))) {
      forms |= kWeekday;
    }
    if (flags & kNightWord) forms |= kNight;
    if ((flags & kPeriodWord) && absl::ascii_isalpha(next)) forms |= kPeriod;
    if ((flags & kTodayWord) || ((flags & kTodayCue) && absl::ascii_islower(next))) {
      forms |= kYesterdayToday;
    }
    if ((flags & kYearCue) && absl::ascii_isdigit(next)) forms |= kCueYear;
    // After a count word, Relative needs a unit ("minutes" ... "years")
    // or, after "a", "few".
    if ((flags & kRelativeWord) || ((flags & kCountWord) && IsUnitInitial(next)) ||
        ((flags & kDayRelationWord) && absl::ascii_islower(next))) {
      forms |= kRelative;
    }
    return forms;
  }
  static bool IsUnitInitial(char c) {
    const char unit = absl::ascii_tolower(c);
    return unit == 'm' || unit == 'h' || unit == 'd' || unit == 'w' || unit == 'y' ||
           unit == 'f';
  }

  // The classes of bytes that FormsFor tells apart: FormsFor(flags, c) is
  // the same for every c of a class. kFollowerExamples[k] is one of class k.
  static constexpr int kFollowerClasses = 6;
  static constexpr char kFollowerExamples[kFollowerClasses] = {'M', 'A', 'm', 'a', '1', ','};
  static int FollowerClass(char c) {
    if (absl::ascii_isdigit(c)) return 4;
    if (!absl::ascii_isalpha(c)) return 5;
    return (absl::ascii_isupper(c) ? 0 : 2) + (IsUnitInitial(c) ? 0 : 1);
  }

  // The lower-case first words of the forms, with what each may start; the
  // word starts where they (or digits) may begin; and, for each follower
  // class k, those where they may begin a form when a byte of class k
  // follows them (MayStartForm).
  struct FirstWordTables {
    WordTable words;
    WordStartFilter starts;
    WordStartFilter starts_before[kFollowerClasses];
  };
  static const FirstWordTables& FirstWords() {
    static const auto* const kTables = [] {
      auto* tables = new FirstWordTables;
      for (char d = '0'; d <= '9'; ++d) {
        tables->starts.AddPrefix(absl::string_view(&d, 1));
        for (WordStartFilter& f : tables->starts_before) f.AddPrefix(absl::string_view(&d, 1));
      }
      auto add = [&](std::initializer_list<absl::string_view> words, uint32_t flags) {
        for (absl::string_view w : words) {
          tables->words.Add(w, flags);
          tables->starts.AddWord(w);
          for (int k = 0; k < kFollowerClasses; ++k) {
            if (FormsFor(flags, kFollowerExamples[k]) != 0) tables->starts_before[k].AddWord(w);
          }
        }
      };
      // A name's first word as MatchAt reads it, up to its first byte
      // outside [A-Za-z0-9_]: "Jan" of "Jan.", "f" of "février".
      for (absl::string_view month : kMonthNames) {
        size_t e = 0;
        while (e < month.size() && WordStartFilter::IsWordByte(month[e])) ++e;
        add({month.substr(0, e)}, kMonthWord);
      }
      add({"in", "since", "during", "by", "until", "from", "a", "an", "last", "this", "next",
           "early", "late"},
          kMonthCue);
      add({"mid", "earlier", "later", "end", "start", "beginning", "middle"}, kMonthCueSpecial);
      for (absl::string_view cue : kWeekdayCues) add({cue}, kWeekdayCue);
      for (absl::string_view cue : kFrenchWeekdayCues) add({cue}, kFrenchWeekdayCue);
      for (absl::string_view day : kWeekdayNames) add({day}, kWeekdayWord);
      add({"earlier", "later", "early", "late", "last", "this", "next"}, kPeriodWord);
      for (const TodayForm& f : kTodayForms) add({f.cue}, f.part.empty() ? kTodayWord : kTodayCue);
      add({"in", "since", "during", "of", "by", "until", "from", "before", "after"}, kYearCue);
      for (absl::string_view q : kCountWords) add({q}, kCountWord);
      add({"within", "shortly", "minute", "minutes", "hour", "hours", "day", "days", "week",
           "weeks", "month", "months", "year", "years"},
          kRelativeWord);
      for (absl::string_view w : kDayRelationWords) add({w}, kDayRelationWord);
      add({"dans", "la"}, kNightWord);
      return tables;
    }();
    return *kTables;
  }

  bool Boundary(size_t i) const { return (i > 0 && IsWord(i - 1)) != IsWord(i); }
  bool BoundaryOrEnd(size_t i) const { return Boundary(i) || i == t_.size(); }
  size_t Spaces(size_t i) const {
    while (i < t_.size() && IsRe2Space(t_[i])) ++i;
    return i;
  }
  size_t DigitRun(size_t i) const {
    size_t j = i;
    while (j < t_.size() && absl::ascii_isdigit(t_[j])) ++j;
    return j - i;
  }
  bool FourDigits(size_t i) const {
    return i + 4 <= t_.size() && absl::ascii_isdigit(t_[i]) &&
           absl::ascii_isdigit(t_[i + 1]) && absl::ascii_isdigit(t_[i + 2]) &&
           absl::ascii_isdigit(t_[i + 3]);
  }
  bool Exact(size_t i, absl::string_view w) const {
    if (i > t_.size() || t_.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (t_[i + k] != w[k]) return false;
    }
    return true;
  }
  // `w` is lower case.
  bool Fold(size_t i, absl::string_view w) const {
    if (i > t_.size() || t_.size() - i < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if (absl::ascii_tolower(t_[i + k]) != w[k]) return false;
    }
    return true;
  }
  // The end of the month name at `i` (MonthNameAt: French names only when
  // `french` is not null), or npos.
  size_t MonthEnd(size_t i, bool* french = nullptr) const {
    size_t length = 0;
    return MonthNameAt(t_, i, &length, french) != 0 ? i + length : kNone;
  }
  // The end of the weekday name at `i`, with its index in kWeekdayNames in
  // `*k`, or npos.
  size_t WeekdayEnd(size_t i, int* k = nullptr) const {
    Cursor c{t_, i};
    const int name = c.Weekday();
    if (name < 0) return kNone;
    if (k != nullptr) *k = name;
    return c.i;
  }
  // After day digits ending at `x`: (?:st|nd|rd|th)?(?:,?\s+\d{4})? then
  // \b (or \b|$ when `or_end`).
  size_t DayRest(size_t x, bool or_end) const {
    auto ok = [&](size_t i) { return or_end ? BoundaryOrEnd(i) : Boundary(i); };
    size_t options[2] = {x, kNone};
    for (absl::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (Exact(x, suffix)) {
        options[0] = x + 2;
        options[1] = x;
        break;
      }
    }
    for (size_t y : options) {
      if (y == kNone) break;
      if (y < t_.size() && t_[y] == ',') {
        size_t z = Spaces(y + 1);
        if (z > y + 1 && FourDigits(z) && ok(z + 4)) return z + 4;
      }
      size_t z = Spaces(y);
      if (z > y && FourDigits(z) && ok(z + 4)) return z + 4;
      if (ok(y)) return y;
    }
    return kNone;
  }

  size_t MonthDay(size_t p) const {
    size_t m = MonthEnd(p);
    if (m == kNone) return kNone;
    size_t s = Spaces(m);
    size_t run = DigitRun(s);
    if (s == m || run == 0) return kNone;
    return DayRest(s + std::min<size_t>(run, 2), false);
  }

  size_t DayMonth(size_t p) const {
    if (DigitRun(p) > 2) return kNone;
    Cursor c{t_, p};
    absl::string_view digits;
    bool er = false, french = false;
    if (!c.DayNumber(&digits, &er) || !c.Spaces()) return kNone;
    size_t m = MonthEnd(c.i, &french);
    if (m == kNone || (er && !french)) return kNone;
    size_t z = Spaces(m);
    if (z > m && FourDigits(z) && Boundary(z + 4)) return z + 4;
    return Boundary(m) ? m : kNone;
  }

  size_t MonthYear(size_t p) const {
    bool french = false;
    size_t m = MonthEnd(p, &french);
    if (m == kNone) return kNone;
    size_t s = Spaces(m);
    if (s == m) return kNone;
    auto rest = [&](size_t i) {
      if (FourDigits(i) && Boundary(i + 4)) return i + 4;
      if (french) return kNone;
      for (absl::string_view w : {"last", "this", "next"}) {
        if (Fold(i, w) && Exact(i + 4, " year") && Boundary(i + 9)) return i + 9;
      }
      return kNone;
    };
    if (!french && Exact(s, "of")) {
      size_t s2 = Spaces(s + 2);
      if (s2 > s + 2) {
        size_t e = rest(s2);
        if (e != kNone) return e;
      }
    }
    return rest(s);
  }

  size_t CueMonth(size_t p) const {
    // Every cue but the longer ones ("mid-", "earlier in", "end of", ...) is
    // the whole word at `p`, with the month after its spaces: when no month
    // is there, only those can match.
    const size_t r = WordEnd(p);
    const size_t s = Spaces(r);
    auto longer_cue = [&] {  // "mid-", "earlier in", "end of", ...
      for (absl::string_view cue : kBareMonthCues) {
        if ((cue.back() == '-' || cue.find(' ') != absl::string_view::npos) && Fold(p, cue)) {
          return true;
        }
      }
      return false;
    };
    if ((s == r || MonthEnd(s) == kNone) && !longer_cue()) return kNone;
    for (absl::string_view cue : kBareMonthCues) {
      if (!Fold(p, cue)) continue;
      size_t s = Spaces(p + cue.size());
      if (s == p + cue.size() && cue.back() != '-') continue;
      size_t m = MonthEnd(s);
      if (m == kNone) continue;
      // ,?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?
      size_t c = m < t_.size() && t_[m] == ',' ? m + 1 : m;
      size_t s1 = Spaces(c);
      size_t run = DigitRun(s1);
      if (s1 > c && run > 0) {
        size_t e = DayRest(s1 + std::min<size_t>(run, 2), true);
        if (e != kNone) return e;
      }
      s1 = Spaces(m);
      if (s1 > m) {
        // \s+(?:of\s+)?\d{4}
        if (Exact(s1, "of")) {
          size_t s2 = Spaces(s1 + 2);
          if (s2 > s1 + 2 && FourDigits(s2) && BoundaryOrEnd(s2 + 4)) return s2 + 4;
        }
        if (FourDigits(s1) && BoundaryOrEnd(s1 + 4)) return s1 + 4;
        // \s+of\s+(?i:last|this|next)\s+year
        if (Exact(s1, "of")) {
          size_t s2 = Spaces(s1 + 2);
          if (s2 > s1 + 2 && (Fold(s2, "last") || Fold(s2, "this") || Fold(s2, "next"))) {
            size_t s3 = Spaces(s2 + 4);
            if (s3 > s2 + 4 && Exact(s3, "year") && BoundaryOrEnd(s3 + 4)) return s3 + 4;
          }
        }
      }
      if (BoundaryOrEnd(m)) return m;
    }
    return kNone;
  }

  // The end of "<weekday> the fourteenth" for a weekday ending at `w`, or `w`.
  size_t WithOrdinalDay(size_t w) const {
    int day = 0;
    const size_t e = OrdinalDayEnd(t_, w, &day);
    return e == absl::string_view::npos ? w : e;
  }

  // Whether "for <weekday>" ending at `w` names the day (a strike "called
  // for Monday", "for Monday, when", "for Monday morning"), not a noun of
  // it ("for Friday prayers", "for Monday's attack").
  bool EndsDayAhead(size_t w) const {
    const size_t s = Spaces(w);
    if (s >= t_.size()) return true;
    if (s == w) return t_[w] != '\'' && !IsWord(w);
    for (absl::string_view next : {"and", "or", "at", "in", "to", "after", "before", "when",
                                   "but", "as", "morning", "afternoon", "evening", "night"}) {
      if (Fold(s, next) && BoundaryOrEnd(s + next.size())) return true;
    }
    return false;
  }

  size_t Weekday(size_t p) const {
    // Every cue is the whole word at `p`, with the weekday after its spaces:
    // when none is there, only a weekday at `p` can match.
    const size_t r = WordEnd(p);
    const size_t next = Spaces(r);
    int k = 0;
    if (next != r && WeekdayEnd(next, &k) != kNone) {
      for (absl::string_view cue : WeekdayCuesOf(k)) {
        if (!Fold(p, cue)) continue;
        size_t s = Spaces(p + cue.size());
        if (s == p + cue.size()) continue;
        size_t w = WeekdayEnd(s);
        if (w == kNone || !Boundary(w)) continue;
        const size_t with_day = WithOrdinalDay(w);
        if (cue != "for" || EndsDayAhead(with_day)) return with_day;
      }
    }
    size_t w = WeekdayEnd(p, &k);
    if (w == kNone || !Boundary(w)) return kNone;
    // A French weekday without its cue only before its date, which
    // FindTimeExpressions then joins to it.
    if (k >= kFirstFrenchWeekday) {
      const size_t date = Exact(w, ", ") ? w + 2 : Exact(w, " ") ? w + 1 : kNone;
      if (date == kNone || DayMonth(date) == kNone) return kNone;
    }
    return WithOrdinalDay(w);
  }

  // A night across two days (NightBefore), ending with its second day.
  size_t Night(size_t p) const {
    Cursor c{t_, p};
    int day = 0, month = 0;
    return NightBefore(&c, &day, &month) ? DayMonth(c.i) : kNone;
  }

  size_t Period(size_t p) const {
    auto unit = [&](size_t i) {
      size_t s = Spaces(i);
      if (s == i) return kNone;
      for (absl::string_view u : {"week", "month", "year"}) {
        if (Fold(s, u) && Boundary(s + u.size())) return s + u.size();
      }
      return kNone;
    };
    for (absl::string_view w : {"earlier", "later", "early", "late"}) {
      if (!Fold(p, w)) continue;
      size_t s = Spaces(p + w.size());
      if (s == p + w.size()) continue;
      for (absl::string_view w2 : {"this", "last"}) {
        if (!Fold(s, w2)) continue;
        size_t e = unit(s + 4);
        if (e != kNone) return e;
      }
    }
    for (absl::string_view w : {"last", "this", "next"}) {
      if (!Fold(p, w)) continue;
      size_t e = unit(p + 4);
      if (e != kNone) return e;
    }
    return kNone;
  }

  size_t YesterdayToday(size_t p) const {
    for (const TodayForm& f : kTodayForms) {
      if (!Fold(p, f.cue) || !Boundary(p + f.cue.size())) continue;
      if (f.part.empty()) return p + f.cue.size();
      const size_t s = Spaces(p + f.cue.size());
      if (s > p + f.cue.size() && Fold(s, f.part) && Boundary(s + f.part.size())) {
        return s + f.part.size();
      }
    }
    return kNone;
  }

  size_t CueYear(size_t p) const {
    for (absl::string_view cue : {"in", "since", "during", "of", "by", "until", "from",
                                  "before", "after"}) {
      if (!Fold(p, cue)) continue;
      size_t s = Spaces(p + cue.size());
      if (s == p + cue.size() || !FourDigits(s)) continue;
      if ((Exact(s, "19") || Exact(s, "20")) && Boundary(s + 4)) return s + 4;
    }
    return kNone;
  }

  // Whether the word [i, e) is one of `units` (lower case), in any ASCII
  // case, with or without an "s".
  bool IsUnit(size_t i, size_t e, std::initializer_list<absl::string_view> units) const {
    const size_t n = e - i;
    const bool plural = n > 0 && (t_[e - 1] == 's' || t_[e - 1] == 'S');
    for (absl::string_view u : units) {
      if ((n == u.size() || (plural && n == u.size() + 1)) && Fold(i, u)) return true;
    }
    return false;
  }

  // (?:minutes?|...|years?)\s+(?:later|afterwards|after|earlier|before)\b at `i`.
  // The unit, with its "s", is the whole word at `i`, as spaces follow it.
  size_t UnitThenDirection(size_t i) const {
    const size_t e = WordEnd(i);
    const bool unit = IsUnit(i, e, {"minute", "hour", "day", "week", "month", "year"});
    const size_t s = Spaces(e);
    if (!unit || s == e) return kNone;
    for (absl::string_view d : {"later", "afterwards", "after", "earlier", "before"}) {
      if (Fold(s, d) && Boundary(s + d.size())) return s + d.size();
    }
    return kNone;
  }

  // (?:day|week|month|year)s?\s+ago\b at `i`.
  size_t UnitAgo(size_t i) const {
    const size_t e = WordEnd(i);
    const bool unit = IsUnit(i, e, {"day", "week", "month", "year"});
    const size_t s = Spaces(e);
    if (!unit || s == e || !Fold(s, "ago") || !Boundary(s + 3)) return kNone;
    return s + 3;
  }

  size_t Relative(size_t p) const {
    // A count is "a few" or a whole word of the list or of digits, then
    // spaces; only "a few" and "a" can both apply, and are tried in order.
    // A count is neither a unit nor "within" nor "shortly".
    auto after_count = [&](size_t e) {
      const size_t s = Spaces(e);
      return s == e ? kNone : UnitThenDirection(s);
    };
    if (Fold(p, "a few")) {
      size_t r = after_count(p + 5);
      if (r != kNone) return r;
    }
    const size_t end = WordEnd(p);
    bool count = DigitRun(p) == end - p;
    bool exact = count;  // Digits, one to ten, "a" or "an" (MatchAgo's counts).
    for (int k = 0; k < static_cast<int>(std::size(kCountWords)); ++k) {
      const absl::string_view q = kCountWords[k];
      const bool here = q.size() == end - p && Fold(p, q);
      count = count || here;
      exact = exact || (here && k < kNumberCountWords + 2);
    }
    if (count) {
      const size_t r = after_count(end);
      if (r != kNone || !exact) return r;
      const size_t s = Spaces(end);
      return s == end ? kNone : UnitAgo(s);
    }
    size_t r = UnitThenDirection(p);
    if (r != kNone) return r;
    if (Fold(p, "within ")) {
      for (absl::string_view u : {"hours", "days", "weeks", "minutes"}) {
        if (Fold(p + 7, u) && Boundary(p + 7 + u.size())) return p + 7 + u.size();
      }
    }
    if (Fold(p, "shortly ")) {
      for (absl::string_view u : {"after", "afterwards", "before"}) {
        if (Fold(p + 8, u) && Boundary(p + 8 + u.size())) return p + 8 + u.size();
      }
    }
    for (absl::string_view w : kDayRelationWords) {
      if (end - p != w.size() || !Fold(p, w)) continue;
      const size_t s = Spaces(end);
      if (s == end) return kNone;
      for (absl::string_view part : kPartsOfDay) {
        if (Fold(s, part) && Boundary(s + part.size())) return s + part.size();
      }
      return kNone;
    }
    return kNone;
  }

  absl::string_view t_;
};

bool ParsePublished(absl::string_view published, absl::CivilDay* day) {
  int y = 0, m = 12, d = 0;
  std::string s(published);
  if (s.size() >= 4 && absl::SimpleAtoi(s.substr(0, 4), &y)) {
    if (s.size() >= 7 && !absl::SimpleAtoi(s.substr(5, 2), &m)) return false;
    if (s.size() >= 10 && !absl::SimpleAtoi(s.substr(8, 2), &d)) return false;
    if (m < 1 || m > 12) return false;
    if (d == 0) {
      *day = absl::CivilDay(absl::CivilMonth(y, m) + 1) - 1;
    } else {
      *day = absl::CivilDay(y, m, d);
      if (day->day() != d) return false;
    }
    return y > 0;
  }
  return false;
}

// ParsePublished, remembered per thread for the last `published` (the
// sentences of a document share it).
bool ParsedPublished(absl::string_view published, absl::CivilDay* day) {
  struct Last {
    std::string published;
    bool ok = false;
    absl::CivilDay day;
  };
  thread_local Last last = [] {
    Last l;
    l.ok = ParsePublished(l.published, &l.day);
    return l;
  }();
  if (published != last.published) {
    last.published = std::string(published);
    last.ok = ParsePublished(published, &last.day);
  }
  *day = last.day;
  return last.ok;
}

}  // namespace

std::string DateKey(const DateValue& value) {
  if (!value.iso().empty()) return value.iso();
  return absl::StrCat("relative:", value.relative());
}

namespace {

// What NormalizeDate reads from an expression before the publication date is
// applied: the form that matched and its parts.
// ParsedDate::delta of a weekday named as a day ahead ("for Monday"): the
// first such day on or after publication.
constexpr int kOnOrAfter = 2;

struct ParsedDate {
  enum Form {
    kNotADate, kRelative, kDay, kMonthYear, kBareMonth, kWeekday, kPeriod, kToday, kYear,
    kAgo,
  };
  Form form = kNotADate;
  std::string text;    // The expression without surrounding whitespace.
  std::string lower;   // `text` lower-cased.
  int month = 0;       // 1..12 (kDay, kMonthYear, kBareMonth).
  int day = 0;         // As written (kDay); of "Thursday the 14th" (kWeekday), or 0.
  int64_t year = 0;    // As written (kDay, kMonthYear, kYear), when has_year.
  bool has_year = false;
  // kMonthYear: -1, 0, +1 for "last", "this", "next" year. kBareMonth,
  // kWeekday: -1 for "last", +1 for "next", kOnOrAfter for "for", else 0.
  // kPeriod: -1 for a cue ending in "last", +1 for "next", else 0. kToday:
  // TodayForm::delta.
  int delta = 0;
  int weekday = 0;     // Monday = 0 (kWeekday).
  char unit = 0;       // 'y', 'm' or 'w' (kPeriod); 'y', 'm', 'w' or 'd' (kAgo).
  int count = 0;       // Units back from publication (kAgo).
};

// The direction a relative cue gives: +1 for "next", -1 for "last", 0 for
// anything else ("this", none).
int CueDelta(absl::string_view cue) {
  if (absl::EqualsIgnoreCase(cue, "next")) return 1;
  if (absl::EqualsIgnoreCase(cue, "last")) return -1;
  if (absl::EqualsIgnoreCase(cue, "for")) return kOnOrAfter;
  return 0;
}

// What follows a weekday that opens `t` ("on Friday, January 16" ->
// "January 16"), or empty when no weekday opens it.
absl::string_view AfterWeekday(absl::string_view t) {
  for (int k = 0; k < kWeekdayNameCount; ++k) {
    Cursor x{t};
    x.FoldThenSpaces(WeekdayCuesOf(k));
    if (!x.Exact(kWeekdayNames[k])) continue;
    if (!x.AtEnd() && x.t[x.i] == ',') ++x.i;
    if (!x.Spaces()) return {};
    return t.substr(x.i);
  }
  return {};
}

ParsedDate ParseDate(absl::string_view expression) {
  ParsedDate p;
  p.text = std::string(absl::StripAsciiWhitespace(expression));
  p.lower = absl::AsciiStrToLower(p.text);
  const absl::string_view text = p.text;
  if (MatchRelative(text)) {
    p.form = ParsedDate::kRelative;
    return p;
  }
  int month = 0;
  absl::string_view day_str, year_str, rel, cue, unit;
  // A weekday before its date ("on Friday, January 16"): the date. A night
  // across two days ("la nuit du 26 au 27 septembre"): its first day.
  const absl::string_view after_weekday = AfterWeekday(text);
  absl::string_view day_text = after_weekday.empty() ? text : after_weekday;
  Cursor night{day_text};
  int night_day = 0, night_month = 0;
  if (NightBefore(&night, &night_day, &night_month)) day_text = day_text.substr(night.i);
  if (MatchFull(day_text, &month, &day_str, &year_str) ||
      MatchDayFirst(day_text, &month, &day_str, &year_str)) {
    p.form = ParsedDate::kDay;
    p.month = month;
    p.day = ParseInt(day_str);
    p.has_year = !year_str.empty();
    if (p.has_year) p.year = ParseInt(year_str);
    if (night_day > 0) {
      // Without a month of its own the first day is in the second's, or in
      // the month before when it is the later number ("du 31 au 1er mai").
      const int first_month = night_month != 0     ? night_month
                              : night_day <= p.day ? p.month
                                                   : (p.month + 10) % 12 + 1;
      // Across a new year: "du 31 décembre au 1er janvier 2026".
      if (p.has_year && first_month > p.month) --p.year;
      p.month = first_month;
      p.day = night_day;
    }
    return p;
  }
  if (MatchMonthYear(text, &month, &year_str, &rel)) {
    p.form = ParsedDate::kMonthYear;
    p.month = month;
    p.has_year = !year_str.empty();
    if (p.has_year) p.year = ParseInt(year_str);
    p.delta = CueDelta(rel);
    return p;
  }
  if (MatchBareMonth(text, &cue, &month)) {
    p.form = ParsedDate::kBareMonth;
    p.month = month;
    p.delta = CueDelta(cue);
    return p;
  }
  int want = 0, day_of_month = 0;
  if (MatchWeekday(text, &cue, &want, &day_of_month)) {
    p.form = ParsedDate::kWeekday;
    p.weekday = want;
    p.day = day_of_month;
    p.delta = CueDelta(cue);
    return p;
  }
  if (MatchPeriod(text, &cue, &unit)) {
    p.form = ParsedDate::kPeriod;
    if (absl::EndsWithIgnoreCase(cue, "last")) p.delta = -1;
    if (absl::EqualsIgnoreCase(cue, "next")) p.delta = 1;
    p.unit = absl::EqualsIgnoreCase(unit, "year")    ? 'y'
             : absl::EqualsIgnoreCase(unit, "month") ? 'm'
                                                     : 'w';
    return p;
  }
  if (MatchAgo(text, &p.count, &p.unit)) {
    p.form = ParsedDate::kAgo;
    return p;
  }
  if (const TodayForm* today = WholeTodayForm(p.lower)) {
    p.form = ParsedDate::kToday;
    p.delta = today->delta;
    return p;
  }
  if (MatchYear(text, &year_str)) {
    p.form = ParsedDate::kYear;
    p.has_year = true;
    p.year = ParseInt(year_str);
  }
  return p;
}

// A resolved time expression as plain values, before it is written to a
// DateValue (WriteDateValue): the calendar interval [first, last], how much
// of `first` the iso string shows, and whether the expression is kept as a
// relation (the parsed text lower-cased). Cheap to compute and copy; the
// strings are formatted only once, into the output.
struct DateFields {
  enum IsoForm { kNoIso, kIsoYear, kIsoMonth, kIsoDay };
  IsoForm iso = kNoIso;
  Granularity granularity = GRANULARITY_UNSPECIFIED;
  bool has_interval = false;  // first and last are set.
  absl::CivilDay first, last;
  bool relative = false;      // DateValue.relative is the parsed text, lower-cased.
};

DateFields DayFields(absl::CivilDay d) {
  DateFields f;
  f.iso = DateFields::kIsoDay;
  f.granularity = DAY;
  f.has_interval = true;
  f.first = f.last = d;
  return f;
}

DateFields MonthFields(int64_t year, int month) {
  const absl::CivilMonth m(year, month);
  DateFields f;
  f.iso = DateFields::kIsoMonth;
  f.granularity = MONTH;
  f.has_interval = true;
  f.first = absl::CivilDay(m.year(), m.month(), 1);
  f.last = absl::CivilDay(m.year(), m.month(), DaysInMonth(m.year(), m.month()));
  return f;
}

DateFields YearFields(int64_t year) {
  DateFields f;
  f.iso = DateFields::kIsoYear;
  f.granularity = YEAR;
  f.has_interval = true;
  f.first = absl::CivilDay(year, 1, 1);
  f.last = absl::CivilDay(year, 12, 31);
  return f;
}

// Sets `*out` to the first `parts` parts (1 year, 2 year-month, 3 day) of
// "YYYY-MM-DD" of d, formatted in place (no temporary string for years 0..9999).
void AssignIso(absl::CivilDay d, int parts, std::string* out) {
  const int64_t year = d.year();
  if (year < 0 || year > 9999) {
    *out = Year4(year);
    if (parts >= 2) AppendTwoDigits(d.month(), out);
    if (parts >= 3) AppendTwoDigits(d.day(), out);
    return;
  }
  char buf[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10),
                  '-', static_cast<char>('0' + d.month() / 10),
                  static_cast<char>('0' + d.month() % 10), '-',
                  static_cast<char>('0' + d.day() / 10), static_cast<char>('0' + d.day() % 10)};
  out->assign(buf, parts == 1 ? 4 : parts == 2 ? 7 : 10);
}

// Writes `f` (resolved from `p`) to every field of `*out`, reusing the
// storage of its strings.
void WriteDateValue(const DateFields& f, const ParsedDate& p, DateValue* out) {
  if (f.iso == DateFields::kNoIso) {
    out->mutable_iso()->clear();
  } else {
    AssignIso(f.first, f.iso, out->mutable_iso());
  }
  out->set_granularity(f.granularity);
  if (f.has_interval) {
    AssignIso(f.first, 3, out->mutable_first_day());
    AssignIso(f.last, 3, out->mutable_last_day());
  } else {
    out->mutable_first_day()->clear();
    out->mutable_last_day()->clear();
  }
  if (f.relative) {
    *out->mutable_relative() = p.lower;
  } else {
    out->mutable_relative()->clear();
  }
}

// Why an expression has no value.
enum class ResolveError { kNone, kNotADate, kNeedsPublished, kNotACalendarDay, kUnhandled };

// The value of the expression `p` was parsed from, given the publication day
// (`has_pub` false when the publication date is missing or malformed).
ResolveError Resolve(const ParsedDate& p, bool has_pub, absl::CivilDay pub, DateFields* out) {
  if (p.form == ParsedDate::kNotADate) return ResolveError::kNotADate;
  if (p.form == ParsedDate::kRelative) {
    *out = DateFields();
    out->relative = true;
    return ResolveError::kNone;
  }
  if (p.form == ParsedDate::kYear) {
    // A year more than ten after the publication is no time of a story's
    // event: another calendar's ("the peace accord of 2063 (2006)", in the
    // Bikram Sambat), or a target ("by 2050").
    if (has_pub && p.year > pub.year() + 10) return ResolveError::kNotADate;
    *out = YearFields(p.year);
    return ResolveError::kNone;
  }
  if (p.has_year && p.form == ParsedDate::kMonthYear) {
    *out = MonthFields(p.year, p.month);
    return ResolveError::kNone;
  }
  if (!has_pub && !(p.form == ParsedDate::kDay && p.has_year)) {
    return ResolveError::kNeedsPublished;
  }
  switch (p.form) {
    case ParsedDate::kDay: {
      int64_t year = p.year;
      if (!p.has_year) {
        year = pub.year();
        absl::CivilDay candidate(year, p.month, p.day);
        if (candidate - pub > 183) --year;
      }
      absl::CivilDay d(year, p.month, p.day);
      if (p.day < 1 || p.day > 31 || d.day() != p.day) return ResolveError::kNotACalendarDay;
      *out = DayFields(d);
      return ResolveError::kNone;
    }
    case ParsedDate::kMonthYear:
      *out = MonthFields(pub.year() + p.delta, p.month);
      return ResolveError::kNone;
    case ParsedDate::kBareMonth: {
      int64_t year = pub.year();
      if (p.delta > 0) {
        if (p.month <= pub.month()) ++year;
      } else if (p.delta < 0) {
        if (p.month >= pub.month()) --year;
      } else if (p.month > pub.month()) {
        --year;
      }
      *out = MonthFields(year, p.month);
      return ResolveError::kNone;
    }
    case ParsedDate::kWeekday: {
      if (p.day > 0) {
        // "Thursday the fourteenth": the nearest 14th that is a Thursday,
        // back from publication (ahead for "for"), within a year; else the
        // nearest 14th.
        const int step = p.delta == kOnOrAfter ? 1 : -1;
        std::optional<absl::CivilDay> nearest;
        for (int k = 0; k <= 12; ++k) {
          const absl::CivilMonth m = absl::CivilMonth(pub) + step * k;
          const absl::CivilDay d(m.year(), m.month(), p.day);
          if (d.day() != p.day || (step < 0 ? d > pub : d < pub)) continue;
          if (!nearest.has_value()) nearest = d;
          if (WeekdayOf(d) == p.weekday) {
            nearest = d;
            break;
          }
        }
        if (nearest.has_value()) {
          *out = DayFields(*nearest);
          return ResolveError::kNone;
        }
      }
      int have = WeekdayOf(pub);
      if (p.delta == kOnOrAfter) {
        *out = DayFields(pub + (p.weekday - have + 7) % 7);
        return ResolveError::kNone;
      }
      if (p.delta > 0) {
        int ahead = (p.weekday - have + 7) % 7;
        *out = DayFields(pub + (ahead == 0 ? 7 : ahead));
        return ResolveError::kNone;
      }
      int back = (have - p.weekday + 7) % 7;
      if (p.delta < 0 && back == 0) back = 7;
      *out = DayFields(pub - back);
      return ResolveError::kNone;
    }
    case ParsedDate::kPeriod: {
      if (p.unit == 'y') {
        *out = YearFields(pub.year() + p.delta);
        return ResolveError::kNone;
      }
      if (p.unit == 'm') {
        absl::CivilMonth m = absl::CivilMonth(pub) + p.delta;
        *out = MonthFields(m.year(), m.month());
        return ResolveError::kNone;
      }
      absl::CivilDay monday = pub - WeekdayOf(pub) + 7 * p.delta;
      *out = DateFields();
      out->relative = true;
      out->has_interval = true;
      out->first = monday;
      out->last = monday + 6;
      return ResolveError::kNone;
    }
    case ParsedDate::kToday:
      *out = DayFields(pub + p.delta);
      return ResolveError::kNone;
    case ParsedDate::kAgo: {
      // The unit as a whole, as "last year" is: "two years ago" is the
      // year before last; "two weeks ago" the week (Monday to Sunday)
      // fourteen days back, kept as a relation as "last week" is.
      if (p.unit == 'd') {
        *out = DayFields(pub - p.count);
      } else if (p.unit == 'y') {
        *out = YearFields(pub.year() - p.count);
      } else if (p.unit == 'm') {
        const absl::CivilMonth m = absl::CivilMonth(pub) - p.count;
        *out = MonthFields(m.year(), m.month());
      } else {
        const absl::CivilDay monday = pub - WeekdayOf(pub) - 7 * p.count;
        *out = DateFields();
        out->relative = true;
        out->has_interval = true;
        out->first = monday;
        out->last = monday + 6;
      }
      return ResolveError::kNone;
    }
    default:
      break;
  }
  return ResolveError::kUnhandled;
}

}  // namespace

absl::StatusOr<DateValue> NormalizeDate(absl::string_view expression,
                                        absl::string_view published) {
  const ParsedDate p = ParseDate(expression);
  absl::CivilDay pub;
  const bool has_pub = ParsedPublished(published, &pub);
  DateFields fields;
  switch (Resolve(p, has_pub, pub, &fields)) {
    case ResolveError::kNone: {
      DateValue v;
      WriteDateValue(fields, p, &v);
      return v;
    }
    case ResolveError::kNotADate:
      return absl::InvalidArgumentError(
          absl::StrCat("\"", p.text, "\" is not a time expression"));
    case ResolveError::kNeedsPublished:
      return absl::FailedPreconditionError(absl::StrCat(
          "time expression \"", p.text, "\" needs a publication date, got \"", published, "\""));
    case ResolveError::kNotACalendarDay:
      return absl::InvalidArgumentError(
          absl::StrCat("\"", p.text, "\" is not a calendar day"));
    case ResolveError::kUnhandled:
      break;
  }
  return absl::InternalError(absl::StrCat("unhandled form of \"", p.text, "\""));
}

namespace {

// ParseDate(expression), remembered per thread: the same expressions ("on
// Monday", "last year") recur across the sentences and documents of a
// batch. The key is the expression alone, since the parse does not depend on
// the publication date (what does is applied by Resolve, which is a few
// arithmetic steps). At most 2^14 parses are kept per thread; the reference
// is valid until the next call.
const ParsedDate& RememberedParse(absl::string_view expression) {
  thread_local BoundedMemo<std::string, ParsedDate> parses(1 << 14);
  thread_local std::string key;
  key.assign(expression.data(), expression.size());
  return parses.Get(key, [&] { return ParseDate(expression); });
}

// True when `gap`, the text between a weekday and a date, opens the date's
// brackets, after a part of the day or not: " (", " night (".
bool IsWeekdayBracketGap(absl::string_view gap) {
  if (!absl::ConsumeSuffix(&gap, "(")) return false;
  gap = absl::StripTrailingAsciiWhitespace(gap);
  if (gap.empty()) return true;
  if (!absl::ConsumePrefix(&gap, " ")) return false;
  for (absl::string_view part : {"night", "morning", "afternoon", "evening"}) {
    if (absl::EqualsIgnoreCase(gap, part)) return true;
  }
  return false;
}

// True when `text` starts with a possessive "'s" (straight or curly
// apostrophe): "Friday's vote", "May Hatsina's mayor".
bool StartsWithPossessive(absl::string_view text) {
  return absl::StartsWith(text, "'s") || absl::StartsWith(text, "\u2019s");
}

// True when `gap` joins the two ends of a span of time: "8 July and 14
// August", "3 March to 20 April", "June-August".
bool IsSpanGap(absl::string_view gap) {
  for (absl::string_view join : {" and ", " to ", " until ", " till ", " through ", "-", " - ",
                                 "\u2013", " \u2013 "}) {
    if (absl::EqualsIgnoreCase(gap, join)) return true;
  }
  return false;
}

// True when the text before `at` opens a span ("between ", "from ").
bool OpensSpan(absl::string_view text, size_t at) {
  const absl::string_view before = text.substr(0, at);
  for (absl::string_view opener : {"between ", "from "}) {
    if (!absl::EndsWithIgnoreCase(before, opener)) continue;
    const size_t word_begin = before.size() - opener.size();
    if (word_begin == 0 ||
        !absl::ascii_isalpha(static_cast<unsigned char>(before[word_begin - 1]))) {
      return true;
    }
  }
  return false;
}

// The word that opens a span ending in the expression at `begin`: the text
// before `begin` ends in the first of `joins` it ends in, after a run of at
// most `max_size` bytes that `in_word` accepts, which a span opener
// (OpensSpan) precedes ("between 3 and 7 March": "3"). Empty when there is
// none.
absl::string_view SpanOpeningWord(absl::string_view text, size_t begin,
                                  absl::Span<const absl::string_view> joins, size_t max_size,
                                  bool (*in_word)(unsigned char)) {
  const absl::string_view before = text.substr(0, begin);
  for (absl::string_view join : joins) {
    if (!absl::EndsWithIgnoreCase(before, join)) continue;
    const size_t word_end = before.size() - join.size();
    size_t word_begin = word_end;
    while (word_begin > 0 && word_end - word_begin < max_size &&
           in_word(static_cast<unsigned char>(text[word_begin - 1]))) {
      --word_begin;
    }
    if (word_begin == word_end || !OpensSpan(text, word_begin)) return {};
    return text.substr(word_begin, word_end - word_begin);
  }
  return {};
}

bool IsDigitByte(unsigned char c) { return absl::ascii_isdigit(c); }
bool IsLetterByte(unsigned char c) { return absl::ascii_isalpha(c); }

// The day number that opens a span of days ending in the expression at
// `begin` ("between 3 and 7 March", "from 3 to 7 March"), or 0.
int SpanStartDay(absl::string_view text, size_t begin) {
  static constexpr absl::string_view kJoins[] = {" and ", " to ", "-", "\u2013"};
  const absl::string_view digits = SpanOpeningWord(text, begin, kJoins, 2, IsDigitByte);
  int day = 0;
  return !digits.empty() && absl::SimpleAtoi(digits, &day) ? day : 0;
}

// The month named alone that opens a span ending in the expression at
// `begin` ("between March and May 2025", "from June to August 2024"), or 0.
int SpanStartMonth(absl::string_view text, size_t begin) {
  static constexpr absl::string_view kJoins[] = {" and ", " to ", " until ", "-"};
  const absl::string_view name =
      SpanOpeningWord(text, begin, kJoins, text.size(), IsLetterByte);
  for (size_t k = 0; k < 12 && !name.empty(); ++k) {
    if (name == kMonthNames[k]) return kMonthNumbers[k];
  }
  return 0;
}

// True when `expression` writes a year in four digits.
bool HasYearDigits(absl::string_view expression) {
  int run = 0;
  for (char c : expression) {
    run = absl::ascii_isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// Where a span that ends in a month alone ends, when the text at `at`
// joins one ("to August", " until May 2025", "-August"), else `at`; sets
// `*month` and, when a year follows it, `*year` (else 0).
size_t MonthEndingSpan(absl::string_view text, size_t at, int* month, int64_t* year) {
  for (absl::string_view join : {" to ", " until ", " till ", " and ", " through ", "-"}) {
    if (!absl::StartsWithIgnoreCase(text.substr(at), join)) continue;
    for (size_t k = 0; k < 12; ++k) {
      Cursor c{text, at + join.size()};
      if (!c.Exact(kMonthNames[k]) ||
          (!c.AtEnd() && absl::ascii_isalnum(static_cast<unsigned char>(text[c.i])))) {
        continue;
      }
      *month = kMonthNumbers[k];
      *year = 0;
      // A year right after it, four digits as a word of their own.
      Cursor y = c;
      absl::string_view digits;
      if (y.Exact(" ") && y.Digits(4, 4, &digits) &&
          (y.AtEnd() || !absl::ascii_isalnum(static_cast<unsigned char>(text[y.i])))) {
        *year = ParseInt(digits);
        c = y;
      }
      return c.i;
    }
  }
  return at;
}

// The fields of the span from `first` to `last`: its month or its year,
// whichever holds it whole; false when it crosses a year, or ends before it
// begins.
bool SpanFields(absl::CivilDay first, absl::CivilDay last, DateFields* out) {
  if (last < first || first.year() != last.year()) return false;
  *out = first.month() == last.month() ? MonthFields(first.year(), first.month())
                                       : YearFields(first.year());
  return true;
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(absl::string_view text,
                                                absl::string_view published) {
  std::vector<TimeExpression> out;
  out.resize(FindTimeExpressions(text, published, &out));
  return out;
}

size_t FindTimeExpressions(absl::string_view text, absl::string_view published,
                           std::vector<TimeExpression>* out) {
  size_t found = 0;
  absl::CivilDay pub;
  const bool has_pub = ParsedPublished(published, &pub);
  const Finder finder(text);
  DateFields previous;  // Of (*out)[found - 1].
  size_t from = 0;
  while (from < text.size()) {
    // Each search starts afresh at `from`: a word there starts a word.
    size_t begin = Finder::kNone, end = Finder::kNone;
    size_t p = from;
    if (p > 0 && finder.IsWord(p)) {
      end = finder.MatchAt(p);
      if (end != Finder::kNone) begin = p;
      while (finder.IsWord(p)) ++p;
    }
    if (begin == Finder::kNone) {
      for (p = finder.NextCandidate(p); p < text.size(); p = finder.NextCandidate(p + 1)) {
        if (!finder.MayStartForm(p)) continue;
        end = finder.MatchAt(p);
        if (end != Finder::kNone) {
          begin = p;
          break;
        }
      }
    }
    if (begin == Finder::kNone) break;
    const ParsedDate& parsed = RememberedParse(text.substr(begin, end - begin));
    DateFields fields;
    if (Resolve(parsed, has_pub, pub, &fields) == ResolveError::kNone) {
      // A weekday, then its date ("on Friday, January 16", "Tuesday 18
      // November 2025"): one expression, the date's.
      // NormalizeDate reads the two as the date (AfterWeekday). `last` is
      // the expression found last, the weekday here.
      TimeExpression* const last = found > 0 ? &(*out)[found - 1] : nullptr;
      if (last != nullptr && parsed.form == ParsedDate::kDay) {
        const absl::string_view gap =
            text.substr(last->range.end, begin - last->range.end);
        const absl::string_view joined =
            text.substr(last->range.begin, end - last->range.begin);
        if ((gap == ", " || gap == " ") &&
            AfterWeekday(joined) == text.substr(begin, end - begin)) {
          last->range.end = static_cast<int64_t>(end);
          WriteDateValue(fields, parsed, &last->value);
          previous = fields;
          from = end;
          continue;
        }
        // Its date in brackets after it, as agencies write it ("on
        // Saturday (Sept. 12)", "on Monday night (Oct. 5)"): the date's.
        if (end < text.size() && text[end] == ')' && IsWeekdayBracketGap(gap)) {
          const ParsedDate date = parsed;
          if (RememberedParse(text.substr(last->range.begin,
                                          last->range.end - last->range.begin))
                  .form == ParsedDate::kWeekday) {
            last->range.end = static_cast<int64_t>(end) + 1;
            WriteDateValue(fields, date, &last->value);
            previous = fields;
            from = end + 1;
            continue;
          }
        }
      }
      // A span of days ("between 8 July and 14 August 2026", "from 3 to 7
      // March"): what happened over it happened within its month, or its
      // year; a span across years dates nothing this can name, and neither
      // of its ends is the date of anything.
      const bool after_previous =
          last != nullptr && previous.has_interval && fields.has_interval &&
          IsSpanGap(text.substr(last->range.end, begin - last->range.end)) &&
          OpensSpan(text, static_cast<size_t>(last->range.begin));
      const int start_day = !after_previous && fields.granularity == DAY
                                ? SpanStartDay(text, begin) : 0;
      const int start_month = !after_previous && fields.granularity == MONTH && fields.has_interval
                                  ? SpanStartMonth(text, begin) : 0;
      if (after_previous || (start_day > 0 && start_day < fields.first.day()) ||
          start_month > 0) {
        absl::CivilDay first =
            after_previous ? previous.first
            : start_month > 0
                ? absl::CivilDay(fields.first.year() - (start_month > fields.first.month()),
                                 start_month, 1)
                : absl::CivilDay(fields.first.year(), fields.first.month(), start_day);
        // A first end without its year ("from 8 July to 14 August 2021")
        // is in the year of the last.
        if (after_previous && first.year() != fields.last.year() &&
            !HasYearDigits(text.substr(last->range.begin,
                                       last->range.end - last->range.begin))) {
          first = absl::CivilDay(fields.last.year(), first.month(), first.day());
        }
        DateFields span;
        if (after_previous) --found;
        if (SpanFields(first, fields.last, &span)) {
          if (found == out->size()) out->emplace_back();
          TimeExpression& t = (*out)[found++];
          t.range = {after_previous ? t.range.begin : static_cast<int64_t>(begin),
                     static_cast<int64_t>(end)};
          WriteDateValue(span, parsed, &t.value);
          previous = DateFields();
        }
        from = end;
        continue;
      }
      if (found == out->size()) out->emplace_back();
      TimeExpression& t = (*out)[found++];
      t.range = {static_cast<int64_t>(begin), static_cast<int64_t>(end)};
      WriteDateValue(fields, parsed, &t.value);
      previous = fields;
      // A span of months whose last is a month alone ("from June to
      // August", "between March and May 2025"), which is no expression of
      // its own: the year that holds it, as above.
      if (fields.granularity == MONTH && fields.has_interval &&
          (absl::StartsWithIgnoreCase(text.substr(begin), "from ") || OpensSpan(text, begin))) {
        int last_month = 0;
        int64_t last_year = 0;
        const size_t span_end = MonthEndingSpan(text, end, &last_month, &last_year);
        if (span_end > end) {
          absl::CivilDay first = fields.first;
          if (last_year == 0) {
            last_year = first.year() + (last_month < first.month() ? 1 : 0);
          } else if (!HasYearDigits(text.substr(begin, end - begin))) {
            // A first month without its year is in the year of the last
            // ("from January to March 2021"), as a first day is above.
            first = absl::CivilDay(last_year, first.month(), first.day());
          }
          DateFields span;
          const absl::CivilDay last(last_year, last_month,
                                    DaysInMonth(last_year, last_month));
          if (SpanFields(first, last, &span)) {
            t.range.end = static_cast<int64_t>(span_end);
            WriteDateValue(span, parsed, &t.value);
            previous = DateFields();
          } else {
            --found;
          }
          end = span_end;
        }
      }
    }
    from = end;
  }
  return found;
}

std::optional<int> ExactDayOffset(const DateValue& value) {
  if (!value.iso().empty()) return std::nullopt;
  std::vector<absl::string_view> words =
      absl::StrSplit(value.relative(), absl::ByAnyChar(" \t\n\f\r"), absl::SkipEmpty());
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  const absl::string_view direction = words.back();
  const absl::string_view unit = words[words.size() - 2];
  if ((direction != "after" && direction != "before") || (unit != "day" && unit != "days")) {
    return std::nullopt;
  }
  int count = 1;
  if (words.size() == 3) {
    count = 0;
    if (words[0] == "a" || words[0] == "an") count = 1;
    for (int n = 0; n < kNumberCountWords; ++n) {
      if (words[0] == kCountWords[n]) count = n + 1;
    }
    if (count == 0 && (!absl::SimpleAtoi(words[0], &count) || count <= 0 || count > 366)) {
      return std::nullopt;
    }
  }
  if ((count == 1) != (unit == "day")) return std::nullopt;
  return direction == "after" ? count : -count;
}

std::optional<int> PreviousEventDayOffset(const DateValue& value) {
  if (!value.iso().empty()) return std::nullopt;
  std::vector<absl::string_view> words =
      absl::StrSplit(value.relative(), absl::ByAnyChar(" \t\n\f\r"), absl::SkipEmpty());
  if (words.size() != 2 ||
      std::find(std::begin(kPartsOfDay), std::end(kPartsOfDay), words[1]) ==
          std::end(kPartsOfDay)) {
    return std::nullopt;
  }
  for (size_t k = 0; k < std::size(kDayRelationWords); ++k) {
    if (words[0] == kDayRelationWords[k]) return kDayRelationOffsets[k];
  }
  return std::nullopt;
}

// The calendar day of `value` when it is a DAY date ("2022-03-11").
bool CalendarDayOf(const DateValue& value, absl::CivilDay* day) {
  return value.granularity() == DAY && value.iso().size() == 10 &&
         ParsePublished(value.iso(), day);
}

bool IsFollowingWeekday(const DateValue& value) {
  return value.iso().empty() && FollowingWeekdayOf(value.relative()) >= 0;
}

std::optional<int> DaysToFollowingWeekday(const DateValue& value, const DateValue& from) {
  absl::CivilDay d;
  if (!value.iso().empty() || !CalendarDayOf(from, &d)) return std::nullopt;
  const int weekday = FollowingWeekdayOf(value.relative());
  if (weekday < 0) return std::nullopt;
  const int days = (weekday - WeekdayOf(d) + 7) % 7;
  return days == 0 ? 7 : days;
}

bool IsNarrativeWeekday(absl::string_view text, TextRange range) {
  if (range.begin < 0 || range.end > static_cast<int64_t>(text.size()) ||
      range.begin >= range.end) {
    return false;
  }
  const absl::string_view expression = text.substr(range.begin, range.end - range.begin);
  if (std::find(std::begin(kWeekdayNames), std::end(kWeekdayNames), expression) ==
      std::end(kWeekdayNames)) {
    return false;
  }
  // The word ending before `end` (after its spaces), or empty when
  // something else (punctuation, the start of the text) comes first.
  auto word_before = [&](int64_t end, int64_t* begin) {
    int64_t e = end;
    while (e > 0 && text[e - 1] == ' ') --e;
    int64_t b = e;
    while (b > 0 && absl::ascii_isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    *begin = b;
    return e == end ? absl::string_view() : text.substr(b, e - b);
  };
  int64_t at;
  const absl::string_view article = word_before(range.begin, &at);
  if (absl::EqualsIgnoreCase(article, "the")) return true;
  if (!absl::EqualsIgnoreCase(article, "that")) return false;
  // "that" opens the phrase: at the start, after punctuation, or after a
  // preposition or conjunction ("and that Friday night", "on that Thursday").
  static constexpr absl::string_view kBeforeThat[] = {
      "on", "and", "but", "or", "by", "until", "since", "from", "of", "for", "before", "after"};
  int64_t ignored;
  const absl::string_view before = word_before(at, &ignored);
  if (before.empty()) return true;
  auto among = [](absl::string_view word, absl::Span<const absl::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](absl::string_view w) { return absl::EqualsIgnoreCase(word, w); });
  };
  if (among(before, kBeforeThat)) return true;
  // After another word (a noun: "died in my arms that Saturday", "the
  // march that Friday"), "that" opens a clause after a verb of saying or
  // knowing ("said that Friday ..."), or when the weekday is the subject
  // or possessor of what follows ("that Friday was too late", "that
  // Friday's vote").
  static constexpr absl::string_view kClauseVerbs[] = {
      "said",  "say",     "says",    "told",    "tell",     "tells",    "announced", "added",
      "warned", "noted",  "stated",  "reported", "claimed", "insisted", "confirmed", "believed",
      "believe", "thought", "think",  "knew",    "know",     "hoped",    "feared",    "decided",
      "agreed", "denied", "expected", "ruled",   "found",    "so",       "fact",      "such"};
  if (among(before, kClauseVerbs)) return false;
  static constexpr absl::string_view kClauseAfter[] = {
      "was", "is", "were", "are", "will", "would", "had", "has", "could", "might",
      "should", "seemed", "seems", "became", "becomes"};
  const absl::string_view after = text.substr(range.end);
  if (StartsWithPossessive(after)) return false;
  size_t b = 0;
  while (b < after.size() && after[b] == ' ') ++b;
  size_t e = b;
  while (e < after.size() && absl::ascii_isalpha(static_cast<unsigned char>(after[e]))) ++e;
  return b == 0 || !among(after.substr(b, e - b), kClauseAfter);
}

bool IsMonthOfAName(absl::string_view text, TextRange range) {
  if (range.begin < 0 || range.end > static_cast<int64_t>(text.size()) ||
      range.begin >= range.end) {
    return false;
  }
  const absl::string_view expression = text.substr(range.begin, range.end - range.begin);
  const size_t space = expression.rfind(' ');
  const absl::string_view month =
      space == absl::string_view::npos ? expression : expression.substr(space + 1);
  if (std::find(std::begin(kMonthNames), std::begin(kMonthNames) + 12, month) ==
      std::begin(kMonthNames) + 12) {
    return false;
  }
  // The capitalised word after it: "May Hatsina".
  size_t end = range.end;
  if (end + 1 >= text.size() || text[end] != ' ' ||
      !absl::ascii_isupper(static_cast<unsigned char>(text[end + 1]))) {
    return false;
  }
  end += 1;
  while (end < text.size() && absl::ascii_isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const absl::string_view name =
      text.substr(range.end - month.size(), end - (range.end - month.size()));
  // Used as a name: after "the" or with a possessive.
  for (size_t at = text.find(name); at != absl::string_view::npos;
       at = text.find(name, at + 1)) {
    const absl::string_view after = text.substr(at + name.size());
    const bool possessive = StartsWithPossessive(after);
    const bool whole = after.empty() || !absl::ascii_isalpha(static_cast<unsigned char>(after[0]));
    const bool after_the =
        at >= 4 && absl::EqualsIgnoreCase(text.substr(at - 4, 4), "the ") &&
        (at == 4 || !absl::ascii_isalpha(static_cast<unsigned char>(text[at - 5])));
    if (possessive || (after_the && whole)) return true;
  }
  return false;
}

std::optional<int> DaysToNearestWeekday(const DateValue& day, const DateValue& from) {
  absl::CivilDay d, f;
  if (!CalendarDayOf(day, &d) || !CalendarDayOf(from, &f)) return std::nullopt;
  const int ahead = (WeekdayOf(d) - WeekdayOf(f) + 7) % 7;  // 0 to 6.
  return ahead <= 3 ? ahead : ahead - 7;
}

absl::StatusOr<DateValue> ShiftDay(const DateValue& day, int days, absl::string_view relation) {
  absl::CivilDay d;
  if (!CalendarDayOf(day, &d)) {
    return absl::InvalidArgumentError(
        absl::StrCat("date \"", day.iso(), "\" is not a calendar day"));
  }
  DateValue out;
  AssignIso(d + days, 3, out.mutable_iso());
  out.set_granularity(DAY);
  out.set_first_day(out.iso());
  out.set_last_day(out.iso());
  out.set_relative(std::string(relation));
  return out;
}

absl::StatusOr<DateValue> InYear(const DateValue& date, int year) {
  absl::CivilDay first, last;
  if ((date.granularity() != DAY && date.granularity() != MONTH) ||
      !ParsePublished(date.first_day(), &first) || !ParsePublished(date.last_day(), &last)) {
    return absl::InvalidArgumentError(
        absl::StrCat("date \"", date.iso(), "\" is not a calendar day or month"));
  }
  if (date.granularity() == DAY && first.month() == 2 && first.day() == 29 &&
      DaysInMonth(year, 2) < 29) {
    return absl::InvalidArgumentError(
        absl::StrCat("date \"", date.iso(), "\" has no day in ", year));
  }
  DateValue out = date;
  const absl::CivilDay new_first(year, first.month(), first.day());
  const int last_day = std::min<int>(last.day(), DaysInMonth(year, last.month()));
  const absl::CivilDay new_last(year, last.month(), last_day);
  AssignIso(new_first, date.granularity() == DAY ? 3 : 2, out.mutable_iso());
  AssignIso(new_first, 3, out.mutable_first_day());
  AssignIso(new_last, 3, out.mutable_last_day());
  return out;
}

absl::StatusOr<DateValue> YearBefore(const DateValue& date) {
  absl::CivilDay first;
  if (!ParsePublished(date.first_day(), &first)) {
    return absl::InvalidArgumentError(
        absl::StrCat("date \"", date.iso(), "\" is not a calendar day or month"));
  }
  return InYear(date, static_cast<int>(first.year()) - 1);
}

bool IsFollowedByThatYear(absl::string_view text, size_t end) {
  if (end > text.size()) return false;
  absl::string_view rest = text.substr(end);
  absl::ConsumePrefix(&rest, ",");
  // Consumes one or more spaces, then `word` (as written).
  auto word = [&rest](absl::string_view w) {
    absl::string_view r = rest;
    if (r.empty() || !absl::ascii_isspace(r[0])) return false;
    while (!r.empty() && absl::ascii_isspace(r[0])) r.remove_prefix(1);
    if (!absl::ConsumePrefix(&r, w)) return false;
    rest = r;
    return true;
  };
  word("of");
  if (word("the")) {
    if (!word("same")) return false;
  } else if (!word("that")) {
    return false;
  } else {
    word("same");
  }
  return word("year") && (rest.empty() || !absl::ascii_isalnum(rest[0]));
}

}  // namespace xref

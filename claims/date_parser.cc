#include "claims/date_parser.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "base/re2_adapter.h"
#include "re2/re2.h"

namespace xref {
namespace {

constexpr char kMonth[] =
    "(?:January|February|March|April|May|June|July|August|September|October|"
    "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|"
    "Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
constexpr char kWeekday[] =
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

const RE2& FinderPattern() {
  static const RE2* const kRe = new RE2(absl::StrCat(
      // Month day, year / month day.
      "\\b(?:", kMonth, "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b",
      // Day month year.
      "|\\d{1,2}\\s+", kMonth, "(?:\\s+\\d{4})?\\b",
      // Month year / month of last year.
      "|", kMonth, "(?:\\s+of)?\\s+(?:\\d{4}\\b|(?i:last|this|next) year\\b)",
      // Cue + bare month.
      "|(?i:in|since|during|by|until|from|a|an|last|this|next|early|late|mid|"
      "mid-|earlier in|later in)\\s+", kMonth,
      "(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\s+(?:of\\s+)?\\d{4}|"
      "\\s+of\\s+(?i:last|this|next)\\s+year)?(?:\\b|$)",
      // Weekdays.
      "|(?:(?i:last|this|next|on|by|since|until|early|late)\\s+)?", kWeekday,
      "\\b",
      // Deictic periods.
      "|(?i:(?:earlier|later|early|late)\\s+(?:this|last)|last|this|next)\\s+"
      "(?i:week|month|year)\\b",
      "|(?i:yesterday|today)\\b",
      // Year with a preposition.
      "|(?i:in|since|during|of|by|until|from|before|after)\\s+(?:19|20)\\d\\d\\b",
      // Relative to another event.
      "|(?i:(?:(?:a few|several|two|three|four|five|\\d+|a|an|one|many)\\s+)?"
      "(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|afterwards|"
      "after|earlier|before)|within (?:hours|days|weeks|minutes)|shortly "
      "(?:after|afterwards|before))\\b",
      ")"));
  return *kRe;
}

int MonthNumber(absl::string_view name) {
  static const char* const kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower = absl::AsciiStrToLower(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kNames[i]) return i + 1;
  }
  return 0;
}

int WeekdayNumber(absl::string_view name) {  // Monday = 0.
  static const char* const kNames[] = {"mon", "tue", "wed", "thu",
                                       "fri", "sat", "sun"};
  std::string lower = absl::AsciiStrToLower(name.substr(0, 3));
  for (int i = 0; i < 7; ++i) {
    if (lower == kNames[i]) return i;
  }
  return -1;
}

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

std::string IsoMonth(int64_t year, int month) {
  std::string out = Year4(year);
  AppendTwoDigits(month, &out);
  return out;
}

std::string Iso(absl::CivilDay d) {
  std::string out = IsoMonth(d.year(), d.month());
  AppendTwoDigits(d.day(), &out);
  return out;
}

DateValue Day(absl::CivilDay d) {
  DateValue v;
  v.set_iso(Iso(d));
  v.set_granularity(DAY);
  v.set_first_day(v.iso());
  v.set_last_day(v.iso());
  return v;
}

DateValue Month(int64_t year, int month) {
  absl::CivilMonth m(year, month);
  DateValue v;
  v.set_iso(IsoMonth(m.year(), m.month()));
  v.set_granularity(MONTH);
  v.set_first_day(Iso(absl::CivilDay(m)));
  v.set_last_day(Iso(absl::CivilDay(m + 1) - 1));
  return v;
}

DateValue Year(int64_t year) {
  DateValue v;
  v.set_iso(Year4(year));
  v.set_granularity(YEAR);
  v.set_first_day(v.iso() + "-01-01");
  v.set_last_day(v.iso() + "-12-31");
  return v;
}

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

}  // namespace

std::string DateKey(const DateValue& value) {
  if (!value.iso().empty()) return value.iso();
  return absl::StrCat("relative:", value.relative());
}

absl::StatusOr<DateValue> NormalizeDate(absl::string_view expression,
                                        absl::string_view published) {
  std::string text(absl::StripAsciiWhitespace(expression));
  std::string lower = absl::AsciiStrToLower(text);
  static const RE2* const kRelative = new RE2(
      "(?i)^(?:(?:(?:a few|several|two|three|four|five|\\d+|a|an|one|many)\\s+)?"
      "(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|afterwards|"
      "after|earlier|before)|within (?:hours|days|weeks|minutes)|shortly "
      "(?:after|afterwards|before))$");
  if (RE2::FullMatch(text, *kRelative)) {
    DateValue v;
    v.set_relative(lower);
    return v;
  }
  static const RE2* const kFull = new RE2(absl::StrCat(
      "^(?:(?i:on|in|since|by|until|from|early|late|mid-?)\\s+)?(", kMonth,
      ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$"));
  static const RE2* const kDayFirst = new RE2(absl::StrCat(
      "^(?:(?i:on|in|since|by|until|from)\\s+)?(\\d{1,2})\\s+(", kMonth,
      ")(?:\\s+(\\d{4}))?$"));
  static const RE2* const kMonthYear = new RE2(absl::StrCat(
      "^(?:(?i:in|since|during|by|until|from|early|late|mid-?)\\s+)?(", kMonth,
      ")(?:\\s+of)?\\s+(?:(\\d{4})|(?i:(last|this|next) year))$"));
  static const RE2* const kBareMonth = new RE2(absl::StrCat(
      "^(?i:(in|since|during|by|until|from|a|an|last|this|next|early|late|mid|"
      "mid-|earlier in|later in))\\s+(", kMonth, ")$"));
  static const RE2* const kWeekdayRe = new RE2(absl::StrCat(
      "^(?:(?i:(last|this|next|on|by|since|until|early|late))\\s+)?(", kWeekday,
      ")$"));
  static const RE2* const kPeriod = new RE2(
      "^(?i:((?:earlier|later|early|late)\\s+(?:this|last)|last|this|next))\\s+"
      "(?i:(week|month|year))$");
  static const RE2* const kYear = new RE2(
      "^(?i:in|since|during|of|by|until|from|before|after)\\s+((?:19|20)\\d\\d)$");

  std::string month_name, day_str, year_str, rel, cue, weekday, unit;
  absl::CivilDay pub;
  bool has_pub = ParsePublished(published, &pub);
  auto need_pub = [&]() {
    return absl::FailedPreconditionError(absl::StrCat(
        "time expression \"", text, "\" needs a publication date, got \"",
        published, "\""));
  };

  // kFull, kDayFirst and kYear need a digit; kMonthYear a digit or "year".
  const bool has_digit = std::any_of(text.begin(), text.end(), absl::ascii_isdigit);
  const bool may_be_month_year = has_digit || absl::StrContains(lower, "year");
  if (has_digit && (RE2::FullMatch(text, *kFull, &month_name, &day_str, &year_str) ||
                    RE2::FullMatch(text, *kDayFirst, &day_str, &month_name, &year_str))) {
    int month = MonthNumber(month_name);
    int day = std::atoi(day_str.c_str());
    int64_t year;
    if (!year_str.empty()) {
      year = std::atoi(year_str.c_str());
    } else {
      if (!has_pub) return need_pub();
      year = pub.year();
      absl::CivilDay candidate(year, month, day);
      if (candidate - pub > 183) --year;
    }
    absl::CivilDay d(year, month, day);
    if (day < 1 || day > 31 || d.day() != day) {
      return absl::InvalidArgumentError(
          absl::StrCat("\"", text, "\" is not a calendar day"));
    }
    return Day(d);
  }
  if (may_be_month_year && RE2::FullMatch(text, *kMonthYear, &month_name, &year_str, &rel)) {
    int month = MonthNumber(month_name);
    if (!year_str.empty()) return Month(std::atoi(year_str.c_str()), month);
    if (!has_pub) return need_pub();
    rel = absl::AsciiStrToLower(rel);
    int64_t year = pub.year() + (rel == "last" ? -1 : rel == "next" ? 1 : 0);
    return Month(year, month);
  }
  if (RE2::FullMatch(text, *kBareMonth, &cue, &month_name)) {
    if (!has_pub) return need_pub();
    int month = MonthNumber(month_name);
    cue = absl::AsciiStrToLower(cue);
    int64_t year = pub.year();
    if (cue == "next") {
      if (month <= pub.month()) ++year;
    } else if (cue == "last") {
      if (month >= pub.month()) --year;
    } else if (month > pub.month()) {
      --year;
    }
    return Month(year, month);
  }
  if (RE2::FullMatch(text, *kWeekdayRe, &cue, &weekday)) {
    if (!has_pub) return need_pub();
    cue = absl::AsciiStrToLower(cue);
    int want = WeekdayNumber(weekday);
    int have = WeekdayOf(pub);
    if (cue == "next") {
      int ahead = (want - have + 7) % 7;
      return Day(pub + (ahead == 0 ? 7 : ahead));
    }
    int back = (have - want + 7) % 7;
    if (cue == "last" && back == 0) back = 7;
    return Day(pub - back);
  }
  if (RE2::FullMatch(text, *kPeriod, &cue, &unit)) {
    if (!has_pub) return need_pub();
    cue = absl::AsciiStrToLower(cue);
    unit = absl::AsciiStrToLower(unit);
    int delta = 0;
    if (absl::EndsWith(cue, "last") || cue == "last") delta = -1;
    if (cue == "next") delta = 1;
    if (unit == "year") return Year(pub.year() + delta);
    if (unit == "month") {
      absl::CivilMonth m = absl::CivilMonth(pub) + delta;
      return Month(m.year(), m.month());
    }
    absl::CivilDay monday = pub - WeekdayOf(pub) + 7 * delta;
    DateValue v;
    v.set_relative(absl::AsciiStrToLower(text));
    v.set_first_day(Iso(monday));
    v.set_last_day(Iso(monday + 6));
    return v;
  }
  if (lower == "yesterday" || lower == "today") {
    if (!has_pub) return need_pub();
    return Day(lower == "today" ? pub : pub - 1);
  }
  if (has_digit && RE2::FullMatch(text, *kYear, &year_str)) {
    return Year(std::atoi(year_str.c_str()));
  }
  return absl::InvalidArgumentError(
      absl::StrCat("\"", text, "\" is not a time expression"));
}

std::vector<TimeExpression> FindTimeExpressions(absl::string_view text,
                                                absl::string_view published) {
  std::vector<TimeExpression> out;
  re2::StringPiece input = ToPiece(text);
  re2::StringPiece match;
  const RE2& re = FinderPattern();
  while (!input.empty() &&
         re.Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    int64_t begin = match.data() - text.data();
    int64_t end = begin + match.size();
    if (match.empty()) break;
    absl::StatusOr<DateValue> value = NormalizeDate(ToView(match), published);
    if (value.ok()) {
      TimeExpression t;
      t.range = {begin, end};
      t.value = *std::move(value);
      out.push_back(std::move(t));
    }
    input = re2::StringPiece(text.data() + end, text.size() - end);
  }
  return out;
}

}  // namespace xref

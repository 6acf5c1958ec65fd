// The proleptic Gregorian calendar's month lengths, for code that turns
// dates into intervals (claims/date_parser.cc) and compares them
// (matcher/value_compare.cc).
//
//   DaysInMonth(2024, 2) == 29; DaysInMonth(1900, 2) == 28.
//
// Pure constexpr functions: thread-safe.

#ifndef XREF_BASE_CALENDAR_H_
#define XREF_BASE_CALENDAR_H_

#include <cstdint>

namespace xref {

// True when `year` (proleptic Gregorian, any sign) has a February 29th.
constexpr bool IsLeapYear(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// The number of days of `month` (1..12; anything else is undefined) of
// `year`.
constexpr int DaysInMonth(int64_t year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace xref

#endif  // XREF_BASE_CALENDAR_H_

#include "base/calendar.h"

#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(CalendarTest, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(0));
  EXPECT_TRUE(IsLeapYear(-4));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_FALSE(IsLeapYear(2100));
}

TEST(CalendarTest, FebruaryFollowsLeapYears) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
}

// Every month of four centuries, against Abseil's civil calendar: the last
// day of a month is the day before the first of the next.
TEST(CalendarTest, AgreesWithAbslCivilTime) {
  for (int64_t year = 1800; year < 2200; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const absl::CivilDay last = absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
      EXPECT_EQ(DaysInMonth(year, month), last.day()) << year << "-" << month;
    }
  }
}

static_assert(DaysInMonth(2024, 2) == 29, "usable in constant expressions");

}  // namespace
}  // namespace xref

#include "claims/date_parser.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct DateCase {
  const char* expression;
  const char* published;
  const char* iso;        // Expected iso ("" for relative).
  Granularity granularity;
  const char* relative;
};

class NormalizeDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(NormalizeDateTest, Normalizes) {
  const DateCase& c = GetParam();
  ASSERT_OK_AND_ASSIGN(DateValue v, NormalizeDate(c.expression, c.published));
  EXPECT_EQ(v.iso(), c.iso) << c.expression;
  EXPECT_EQ(v.granularity(), c.granularity) << c.expression;
  EXPECT_EQ(v.relative(), c.relative) << c.expression;
}

// Publication 2022-03-16 is a Wednesday.
INSTANTIATE_TEST_SUITE_P(
    Forms, NormalizeDateTest,
    ::testing::Values(
        DateCase{"March 2", "2022-03-16", "2022-03-02", DAY, ""},
        DateCase{"on Feb. 11", "2022-03-16", "2022-02-11", DAY, ""},
        DateCase{"November 30", "2022-01-05", "2021-11-30", DAY, ""},
        DateCase{"August 4, 2019", "2022-03-16", "2019-08-04", DAY, ""},
        DateCase{"12 July 2018", "", "2018-07-12", DAY, ""},
        DateCase{"September 2017", "", "2017-09", MONTH, ""},
        DateCase{"in April of last year", "2022-03-16", "2021-04", MONTH, ""},
        DateCase{"in December", "2022-03-16", "2021-12", MONTH, ""},
        DateCase{"a February", "2022-03-16", "2022-02", MONTH, ""},
        DateCase{"Wednesday", "2022-03-16", "2022-03-16", DAY, ""},
        DateCase{"on Saturday", "2022-03-16", "2022-03-12", DAY, ""},
        DateCase{"last Wednesday", "2022-03-16", "2022-03-09", DAY, ""},
        DateCase{"last Friday", "2022-03-16", "2022-03-11", DAY, ""},
        DateCase{"last month", "2022-01-10", "2021-12", MONTH, ""},
        DateCase{"earlier this month", "2022-03-16", "2022-03", MONTH, ""},
        DateCase{"last year", "2022-03-16", "2021", YEAR, ""},
        DateCase{"yesterday", "2022-03-01", "2022-02-28", DAY, ""},
        DateCase{"this morning", "2022-03-01", "2022-03-01", DAY, ""},
        DateCase{"This  evening", "2022-03-01", "2022-03-01", DAY, ""},
        DateCase{"tonight", "2022-03-01", "2022-03-01", DAY, ""},
        DateCase{"last night", "2022-03-01", "2022-02-28", DAY, ""},
        DateCase{"in 2015", "", "2015", YEAR, ""},
        DateCase{"days later", "2022-03-16", "", GRANULARITY_UNSPECIFIED, "days later"},
        DateCase{"Two weeks after", "", "", GRANULARITY_UNSPECIFIED, "two weeks after"},
        DateCase{"within hours", "", "", GRANULARITY_UNSPECIFIED, "within hours"},
        DateCase{"Following morning", "", "", GRANULARITY_UNSPECIFIED, "following morning"},
        DateCase{"following Tuesday", "", "", GRANULARITY_UNSPECIFIED, "following tuesday"},
        // A weekday before its date is the date; months without their dot.
        DateCase{"on Friday, January 14", "2022-03-16", "2022-01-14", DAY, ""},
        DateCase{"Tuesday 18 January 2022", "", "2022-01-18", DAY, ""},
        DateCase{"Sept 30, 2021", "", "2021-09-30", DAY, ""},
        DateCase{"end of January", "2022-03-16", "2022-01", MONTH, ""},
        DateCase{"mid-February", "2022-03-16", "2022-02", MONTH, ""},
        DateCase{"same  night", "", "", GRANULARITY_UNSPECIFIED, "same  night"},
        // An exact count of units back from publication.
        DateCase{"two years ago", "2022-03-16", "2020", YEAR, ""},
        DateCase{"A year ago", "2022-03-16", "2021", YEAR, ""},
        DateCase{"three months ago", "2022-01-10", "2021-10", MONTH, ""},
        DateCase{"10 days ago", "2022-03-16", "2022-03-06", DAY, ""},
        DateCase{"one day  ago", "2022-03-01", "2022-02-28", DAY, ""},
        DateCase{"two weeks ago", "2022-03-16", "", GRANULARITY_UNSPECIFIED, "two weeks ago"}));

TEST(NormalizeDateTest, AgoNeedsAnExactCountAndAPublicationDate) {
  ASSERT_OK_AND_ASSIGN(DateValue weeks, NormalizeDate("two weeks ago", "2022-03-16"));
  EXPECT_EQ(weeks.first_day(), "2022-02-28");  // The Monday of the week 14 days back.
  EXPECT_EQ(weeks.last_day(), "2022-03-06");
  EXPECT_THAT(NormalizeDate("a few years ago", "2022-03-16"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("a few years ago")));
  EXPECT_THAT(NormalizeDate("several months ago", "2022-03-16"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not a time expression")));
  EXPECT_THAT(NormalizeDate("two years ago", ""),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("publication date")));
}

TEST(FindTimeExpressionsTest, FindsCountsBackFromPublication) {
  std::vector<std::string> keys;
  for (const TimeExpression& t :
       FindTimeExpressions("Two years ago she was fined; a few years ago he moved; "
                           "nine days ago the ferry sank.",
                           "2022-03-16")) {
    keys.push_back(DateKey(t.value));
  }
  EXPECT_THAT(keys, ElementsAre("2020", "2022-03-07"));
}

TEST(NormalizeDateTest, MonthIntervalHasFirstAndLastDay) {
  ASSERT_OK_AND_ASSIGN(DateValue v, NormalizeDate("February 2024", ""));
  EXPECT_EQ(v.first_day(), "2024-02-01");
  EXPECT_EQ(v.last_day(), "2024-02-29");
  // Century years are leap years only when divisible by 400.
  ASSERT_OK_AND_ASSIGN(DateValue c1900, NormalizeDate("in February of 1900", ""));
  EXPECT_EQ(c1900.last_day(), "1900-02-28");
  ASSERT_OK_AND_ASSIGN(DateValue c2000, NormalizeDate("February 2000", ""));
  EXPECT_EQ(c2000.last_day(), "2000-02-29");
  ASSERT_OK_AND_ASSIGN(DateValue dec, NormalizeDate("last month", "2021-01-15"));
  EXPECT_EQ(dec.iso(), "2020-12");
  EXPECT_EQ(dec.first_day(), "2020-12-01");
  EXPECT_EQ(dec.last_day(), "2020-12-31");
  ASSERT_OK_AND_ASSIGN(DateValue nov, NormalizeDate("in November", "2021-01-15"));
  EXPECT_EQ(nov.last_day(), "2020-11-30");
}

TEST(NormalizeDateTest, PublicationDateChangesBetweenCalls) {
  ASSERT_OK_AND_ASSIGN(DateValue a, NormalizeDate("last year", "2019-05-01"));
  EXPECT_EQ(a.iso(), "2018");
  EXPECT_THAT(NormalizeDate("last year", "2019-13-01"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("needs a publication date")));
  ASSERT_OK_AND_ASSIGN(DateValue b, NormalizeDate("last year", "2023"));
  EXPECT_EQ(b.iso(), "2022");
  ASSERT_OK_AND_ASSIGN(DateValue c, NormalizeDate("last year", "2019-05-01"));
  EXPECT_EQ(c.iso(), "2018");
}

TEST(NormalizeDateTest, YearsArePaddedToFourDigits) {
  ASSERT_OK_AND_ASSIGN(DateValue month, NormalizeDate("June 0999", ""));
  EXPECT_EQ(month.iso(), "0999-06");
  EXPECT_EQ(month.first_day(), "0999-06-01");
  EXPECT_EQ(month.last_day(), "0999-06-30");
  ASSERT_OK_AND_ASSIGN(DateValue day, NormalizeDate("March 7, 0042", ""));
  EXPECT_EQ(day.iso(), "0042-03-07");
  ASSERT_OK_AND_ASSIGN(DateValue year, NormalizeDate("in 2020", ""));
  EXPECT_EQ(year.iso(), "2020");
  EXPECT_EQ(year.first_day(), "2020-01-01");
  EXPECT_EQ(year.last_day(), "2020-12-31");
}

TEST(NormalizeDateTest, RejectsNonDates) {
  EXPECT_THAT(NormalizeDate("the ministry", "2022-03-16"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("\"the ministry\" is not a time expression")));
  EXPECT_THAT(NormalizeDate("February 30, 2021", ""),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("not a calendar day")));
}

TEST(NormalizeDateTest, RelativeDayNeedsPublicationDate) {
  EXPECT_THAT(NormalizeDate("last Tuesday", ""),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("needs a publication date")));
  EXPECT_THAT(NormalizeDate("May 3", "someday"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("\"May 3\" needs a publication date")));
}

// The same expressions found under different publication dates are each
// resolved against their own date, as NormalizeDate resolves them.
TEST(FindTimeExpressionsTest, SameExpressionsUnderOtherPublicationDates) {
  const std::string sentence =
      "On Monday, last month's vote was annulled; it was cast on March 3 and again in May.";
  for (const char* published : {"2022-03-16", "2019-06-02", "2022-03-16", "2020-02-29", ""}) {
    std::vector<TimeExpression> found = FindTimeExpressions(sentence, published);
    std::vector<std::string> want;
    for (const char* expression : {"On Monday", "last month", "on March 3", "in May"}) {
      absl::StatusOr<DateValue> v = NormalizeDate(expression, published);
      if (v.ok()) want.push_back(DateKey(*v));
    }
    std::vector<std::string> got;
    for (const TimeExpression& t : found) got.push_back(DateKey(t.value));
    EXPECT_EQ(got, want) << published;
  }
}

// Every field of every value agrees with NormalizeDate's, for each form
// (day with and without year, month, bare month, weekday, week, year,
// relative) under publication dates that change between the scans, including
// none: parses are remembered per expression, the publication date is
// applied afresh each time.
TEST(FindTimeExpressionsTest, WholeValuesMatchNormalizeDateUnderChangingPublicationDates) {
  const std::string sentence =
      "Late this week, after talks on May 2 and on 4 June 2019, in March, "
      "last Sunday and next year, the board met in 2017; a vote came days later "
      "and again yesterday, in October of last year.";
  for (const char* published :
       {"2024-02-29", "2019-01-01", "", "2024-02-29", "2030-12", "1999", "2019-01-01"}) {
    const std::vector<TimeExpression> found = FindTimeExpressions(sentence, published);
    ASSERT_FALSE(found.empty()) << published;
    for (const TimeExpression& t : found) {
      const absl::string_view expression = absl::string_view(sentence).substr(
          t.range.begin, t.range.end - t.range.begin);
      absl::StatusOr<DateValue> want = NormalizeDate(expression, published);
      ASSERT_TRUE(want.ok()) << expression << " under " << published;
      EXPECT_EQ(t.value.SerializeAsString(), want->SerializeAsString())
          << expression << " under " << published << ": " << t.value.ShortDebugString()
          << " vs " << want->ShortDebugString();
    }
  }
  // Without a publication date only the self-contained expressions remain.
  std::vector<std::string> keys;
  for (const TimeExpression& t : FindTimeExpressions(sentence, "")) keys.push_back(DateKey(t.value));
  EXPECT_EQ(keys, (std::vector<std::string>{"2019-06-04", "2017", "relative:days later"}));
}

// A year more than ten after the publication is no date of the story: a
// year of another calendar, with the Gregorian one in brackets, or a target.
TEST(FindTimeExpressionsTest, AYearFarAfterThePublicationIsNoDate) {
  std::vector<std::string> keys;
  for (const TimeExpression& t :
       FindTimeExpressions("He was freed after the accord of 2063 (2006) and pledged to end "
                           "poverty by 2050, as he had in 2030.",
                           "2026-10-01")) {
    keys.push_back(DateKey(t.value));
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"2030"}));
  // Without a publication date, as written.
  ASSERT_OK_AND_ASSIGN(DateValue far, NormalizeDate("of 2063", ""));
  EXPECT_EQ(far.iso(), "2063");
}

// Years past 9999 keep every digit, in the expression's value as in its
// interval.
TEST(NormalizeDateTest, YearsPast9999KeepTheirDigits) {
  ASSERT_OK_AND_ASSIGN(DateValue v, NormalizeDate("next year", "9999-06-01"));
  EXPECT_EQ(v.iso(), "10000");
  EXPECT_EQ(v.first_day(), "10000-01-01");
  EXPECT_EQ(v.last_day(), "10000-12-31");
  const std::vector<TimeExpression> found = FindTimeExpressions("Talks resume next year.", "9999-06-01");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.SerializeAsString(), v.SerializeAsString());
}

// Scanning into one reused vector gives, in its first n elements, what a
// fresh scan returns, whatever the earlier texts left in it (a year, a day
// and a relative expression each fill other DateValue fields).
TEST(FindTimeExpressionsTest, IntoReusedVectorMatchesFreshScan) {
  std::vector<TimeExpression> reused;
  for (const char* text : {"Talks began on June 9, 2021 and failed weeks later, in 2022.",
                           "It rained last year.", "No dates here.",
                           "The pact lapsed hours later; a new one came in May.",
                           "Voting ended on Tuesday, March 1."}) {
    const size_t n = FindTimeExpressions(text, "2022-03-16", &reused);
    const std::vector<TimeExpression> fresh = FindTimeExpressions(text, "2022-03-16");
    ASSERT_EQ(n, fresh.size()) << text;
    ASSERT_GE(reused.size(), n) << text;
    for (size_t i = 0; i < n; ++i) {
      EXPECT_EQ(reused[i].range.begin, fresh[i].range.begin) << text;
      EXPECT_EQ(reused[i].range.end, fresh[i].range.end) << text;
      EXPECT_EQ(reused[i].value.SerializeAsString(), fresh[i].value.SerializeAsString())
          << text << ": " << reused[i].value.ShortDebugString() << " vs "
          << fresh[i].value.ShortDebugString();
    }
  }
}

struct FindCase {
  const char* sentence;
  std::vector<std::string> found;   // Expected DateKey values, in order.
  const char* published = "2022-03-16";
};

class FindTimeExpressionsTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(FindTimeExpressionsTest, Finds) {
  const FindCase& c = GetParam();
  std::vector<std::string> keys;
  for (const TimeExpression& t : FindTimeExpressions(c.sentence, c.published)) {
    keys.push_back(DateKey(t.value));
  }
  EXPECT_EQ(keys, c.found) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FindTimeExpressionsTest,
    ::testing::Values(
        FindCase{"Police detained the mayor on Feb. 11 in the port city.", {"2022-02-11"}},
        FindCase{"The strike, carried out in October 2020, hit a depot.", {"2020-10"}},
        FindCase{"She was freed last Friday and spoke days later.",
                 {"2022-03-11", "relative:days later"}},
        FindCase{"Inflation may ease, the bank said.", {}},
        FindCase{"They march each spring in Maymyo.", {}},
        FindCase{"He served 2,000 days in prison.", {}},
        FindCase{"Prices rose earlier this month and fell last year.",
                 {"2022-03", "2021"}},
        // Forms of the scanner, in sentences of its own.
        FindCase{"The accord, signed 3 May 2019, lapsed.", {"2019-05-03"}},
        FindCase{"Ferries resumed in Sept. of 2018 after repairs.", {"2018-09"}},
        // Abbreviated months without their dot, as wires write them; not a
        // given name.
        FindCase{"Police detained the mayor on Feb 11 in the port city.", {"2022-02-11"}},
        FindCase{"The port reopened on Sept 30, 2021, and closed again.", {"2021-09-30"}},
        FindCase{"Jan Novak and Dec Rourke spoke at the port.", {}},
        // A month after a word that places a time in it.
        FindCase{"The port reopened at the end of January.", {"2022-01"}},
        FindCase{"The port reopened in mid-February.", {"2022-02"}},
        FindCase{"At the start of the strike, the port closed.", {}},
        // A weekday, then its date: the date.
        FindCase{"Police detained him on Friday, January 14, in the port.", {"2022-01-14"}},
        FindCase{"The port shut on Tuesday 18 January 2022 at dawn.", {"2022-01-18"}},
        FindCase{"The port shut on Friday, and on January 14 it reopened.",
                 {"2022-03-11", "2022-01-14"}},
        // A weekday told from the event before it.
        FindCase{"The following Monday, crowds marched.", {"relative:following monday"}},
        FindCase{"Crews left on January 4th, 2020 and again two weeks later.",
                 {"2020-01-04", "relative:two weeks later"}},
        FindCase{"Fares have risen since 1998, riders say.", {"1998"}},
        FindCase{"A Mayor of Marchmont spoke on Mondays.", {}},
        FindCase{"Inspectors return next Tuesday.", {"2022-03-22"}},
        // A span of days is dated by its month or its year, not by either
        // end; across years, by nothing.
        FindCase{"Police held 30 people between 3 and 7 March in the port.", {"2022-03"}},
        FindCase{"From 8 July to 14 August 2021, the port was shut.", {"2021"}},
        FindCase{"Between 2 and 9 February the port was shut.", {"2022-02"}},
        FindCase{"Between December 2020 and February 2021, the port was shut.", {}},
        FindCase{"Police held him on 3 March and freed him on 7 March.",
                 {"2022-03-03", "2022-03-07"}},
        FindCase{"Of the 3 and 7 March votes, one passed.", {"2022-03-07"}},
        // The same with months, the last or the first named alone.
        FindCase{"The strike ran from June to August 2021.", {"2021"}},
        FindCase{"The strike ran from June 2021 to August.", {"2021"}},
        FindCase{"The strike ran from January to March 2021.", {"2021"}},
        FindCase{"Police held 40 people between March and May 2021.", {"2021"}},
        FindCase{"Police held 40 people between November and February 2022.", {}},
        FindCase{"Talks were held in May 2021 and in June 2021.", {"2021-05", "2021-06"}},
        // A weekday after "for" is a day ahead, when it names the day.
        FindCase{"The union called a strike for Friday.", {"2022-03-18"}},
        FindCase{"The union called a general strike for Monday, its leader said.", {"2022-03-21"}},
        FindCase{"A hearing is set for Wednesday morning.", {"2022-03-16"}},
        FindCase{"The march planned for Monday, when talks end, is off.", {"2022-03-21"}},
        FindCase{"Crowds gathered for Friday prayers.", {"2022-03-11"}},
        FindCase{"He was jailed for Monday's attack.", {"2022-03-14"}},
        // A weekday with its day of the month is that date.
        FindCase{"They marched on Thursday the tenth.", {"2022-03-10"}},
        FindCase{"It began on Friday, the 11th, at dawn.", {"2022-03-11"}},
        // A weekday with its date in brackets, as agencies write it, is
        // the date; not brackets that hold something else.
        FindCase{"He was held on Saturday night (Feb. 26) in Orsk.", {"2022-02-26"}},
        FindCase{"The court sat on Monday (March 7).", {"2022-03-07"}},
        FindCase{"The court sat on Monday (a holiday).", {"2022-03-14"}},
        FindCase{"The vote was on Monday the thirty-first.", {"2022-01-31"}},
        FindCase{"On Tuesday the minister resigned.", {"2022-03-15"}},
        FindCase{"Counting ended within hours; results came yesterday.",
                 {"relative:within hours", "2022-03-15"}},
        FindCase{"Applications close late this month.", {"2022-03"}},
        // Parts of the day of publication, and the night before; not
        // "this" or "last" before other words.
        FindCase{"Police fired tear gas this afternoon after clashes last night.",
                 {"2022-03-16", "2022-03-15"}},
        FindCase{"This morning the court sat; tonight the vigil begins.",
                 {"2022-03-16", "2022-03-16"}},
        FindCase{"This mornings' talk and the last nightclub in this evenings program.", {}},
        FindCase{"He lost his last fight; this man spent a night in this cell.", {}},
        // Every kind of first word, in other cases and after punctuation:
        // the word-start prefilter must let each through.
        FindCase{"A few hours later, 3 days before the vote, AN HOUR LATER.",
                 {"relative:a few hours later", "relative:3 days before",
                  "relative:an hour later"}},
        FindCase{"(Several months afterwards) many years after; a fewer days later",
                 {"relative:several months afterwards", "relative:many years after",
                  "relative:days later"}},
        FindCase{"SINCE 1998 and ON Monday, Shortly after, WITHIN DAYS.",
                 {"1998", "2022-03-14", "relative:shortly after", "relative:within days"}},
        FindCase{"\"In mid March\" talks; Earlier in June, Today.",
                 {"2022-03", "2021-06", "2022-03-16"}},
        FindCase{"Once, an oncologist in Baghdad said one of the bylaws was new.", {}},
        // Cue words before each kind of byte that lets them start a form.
        FindCase{"Talks ended by 2019, resumed By March and end Next week; five Days later, "
                 "on Friday.",
                 {"2019", "2022-03", "relative:next week", "relative:five days later",
                  "2022-03-11"}},
        // Digits before each kind of byte: only a month name or a unit can
        // follow them in a form.
        FindCase{"Crews met 12 March 2020; 40 Minutes later and 2 WEEKS before, 25 people, "
                 "7 hostages and 9 Fridays passed, 5 fewer days later.",
                 {"2020-03-12", "relative:40 minutes later", "relative:2 weeks before",
                  "relative:days later"}},
        // Relations to the event told before: the relation word, then a
        // part of the day, in lower case.
        FindCase{"That same night the dam broke; the next morning, crews came, and the "
                 "PREVIOUS evening was calm.",
                 {"relative:same night", "relative:next morning", "relative:previous evening"}},
        FindCase{"Trains ran that afternoon and the following day, not Next Day Air.",
                 {"relative:that afternoon", "relative:following day"}},
        FindCase{"She said that days of rain, the same daylight and that nightly curfew "
                 "mattered.",
                 {}}));

// Dates left in French in an English text, as translated dispatches keep
// them, published on Thursday 22 October 2026.
constexpr char kLate2026[] = "2026-10-22";

INSTANTIATE_TEST_SUITE_P(
    FrenchSentences, FindTimeExpressionsTest,
    ::testing::Values(
        FindCase{"The activist was arrested on mardi 20 octobre in Lyon.", {"2026-10-20"},
                 kLate2026},
        FindCase{"Le vendredi 2 octobre, police raided the flat.", {"2026-10-02"}, kLate2026},
        FindCase{"The mayor was questioned le 2 octobre and freed.", {"2026-10-02"}, kLate2026},
        FindCase{"The law was passed en mars 2025 after a long debate.", {"2025-03"},
                 kLate2026},
        FindCase{"Crowds gathered le 14 juillet 2024 on the square.", {"2024-07-14"},
                 kLate2026},
        FindCase{"Unions marched le 1er mai in Marseille.", {"2026-05-01"}, kLate2026},
        // A weekday alone after "le" or "on", as "on Tuesday".
        FindCase{"The minister resigned le mardi, aides said.", {"2026-10-20"}, kLate2026},
        FindCase{"Two men were detained on dimanche near the port.", {"2026-10-18"},
                 kLate2026},
        // The night across two days is its first day, across a month end too.
        FindCase{"Shots were fired dans la nuit du samedi 26 au dimanche 27 septembre in Nimes.",
                 {"2026-09-26"}, kLate2026},
        FindCase{"Police held 12 people la nuit du 26 au 27 septembre.", {"2026-09-26"},
                 kLate2026},
        FindCase{"Fires spread dans la nuit du 30 septembre au 1er octobre.", {"2026-09-30"},
                 kLate2026},
        // Names with and without their accents.
        FindCase{"Talks began le 3 février and ended le 15 aout.",
                 {"2026-02-03", "2026-08-15"}, kLate2026},
        FindCase{"The trial opened 20 décembre 2025 and closed 9 fevrier.",
                 {"2025-12-20", "2026-02-09"}, kLate2026},
        // Must not: a French month with no day number or year, a French
        // weekday with neither its cue nor its date, other French words,
        // capitalised names.
        FindCase{"Photos from the rover mars reached the lab.", {}, kLate2026},
        FindCase{"She ordered a mai tai and left.", {}, kLate2026},
        FindCase{"He liked the word mardi and the month of mai.", {}, kLate2026},
        FindCase{"Les marchés de la nuit du quartier restent ouverts, dit le maire.", {},
                 kLate2026},
        FindCase{"Mardi Gras parades filled the streets of Mars Hill.", {}, kLate2026},
        FindCase{"In mars or by mai, said the rover team.", {}, kLate2026},
        // English as before: the night of two days is not read as the first
        // (only its second day is a date the forms know), and "le" is no cue
        // of an English weekday.
        FindCase{"Fires broke out the night of 26 to 27 September near Nice.", {"2026-09-27"},
                 kLate2026},
        FindCase{"Le Monday vote passed; on Tuesday 20 October it was signed.",
                 {"2026-10-19", "2026-10-20"}, kLate2026}));

// The French forms have the value of the English ones they stand for, under
// any publication date.
TEST(NormalizeDateTest, FrenchDatesReadAsTheirEnglish) {
  constexpr std::pair<const char*, const char*> kPairs[] = {
      {"mardi 20 octobre", "Tuesday 20 October"},
      {"on mardi 20 octobre", "on Tuesday 20 October"},
      {"le vendredi 2 octobre", "on Friday 2 October"},
      {"le 2 octobre", "on 2 October"},
      {"le 1er mai", "on 1 May"},
      {"le 14 juillet 2024", "on 14 July 2024"},
      {"en mars 2025", "in March 2025"},
      {"le mardi", "on Tuesday"},
      {"on dimanche", "on Sunday"},
      {"20 octobre", "20 October"},
      {"3 février", "3 February"},
      {"3 fevrier", "3 February"},
      {"15 août", "15 August"},
      {"15 aout", "15 August"},
      {"1er décembre", "1 December"},
      {"la nuit du 26 au 27 septembre", "26 September"},
      {"dans la nuit du samedi 26 au dimanche 27 septembre", "26 September"},
      {"la nuit du 31 au 1er septembre", "31 August"},
      {"La nuit du 31 décembre au 1er janvier 2026", "31 December 2025"}};
  for (const char* published : {kLate2026, "2026-02-01", "2024-02-29"}) {
    for (const auto& [french, english] : kPairs) {
      ASSERT_OK_AND_ASSIGN(DateValue f, NormalizeDate(french, published));
      ASSERT_OK_AND_ASSIGN(DateValue e, NormalizeDate(english, published));
      EXPECT_EQ(f.SerializeAsString(), e.SerializeAsString())
          << french << " under " << published << ": " << f.ShortDebugString() << " vs "
          << e.ShortDebugString();
    }
  }
  // The year inferred as for "20 October": from the year before when the
  // day would be more than six months after publication.
  ASSERT_OK_AND_ASSIGN(DateValue october, NormalizeDate("le 20 octobre", "2026-02-01"));
  EXPECT_EQ(october.iso(), "2025-10-20");
  ASSERT_OK_AND_ASSIGN(DateValue night,
                       NormalizeDate("dans la nuit du samedi 26 au dimanche 27 septembre",
                                     kLate2026));
  EXPECT_EQ(night.iso(), "2026-09-26");
  EXPECT_EQ(night.granularity(), DAY);
  EXPECT_EQ(night.last_day(), "2026-09-26");
}

TEST(NormalizeDateTest, FrenchMonthNeedsADayOrAYear) {
  for (const char* expression : {"mars", "in mars", "mai tai", "mars of 2025", "mai last year",
                                 "early juin", "1er May", "la nuit du 26"}) {
    EXPECT_THAT(NormalizeDate(expression, kLate2026),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not a time expression")))
        << expression;
  }
}

// Every expression found in a French sentence is whole, and NormalizeDate
// gives it the same value.
TEST(FindTimeExpressionsTest, FrenchExpressionsAreWholeAndMatchNormalizeDate) {
  const std::string sentence =
      "He was held on mardi 20 octobre, le vendredi 23 octobre and dans la nuit du samedi 26 "
      "au dimanche 27 septembre; the law of juin 2024 lapsed le 1er mai, le mardi.";
  for (const char* published : {kLate2026, "2026-02-01", ""}) {
    std::vector<std::string> texts;
    for (const TimeExpression& t : FindTimeExpressions(sentence, published)) {
      const absl::string_view expression = absl::string_view(sentence).substr(
          t.range.begin, t.range.end - t.range.begin);
      texts.push_back(std::string(expression));
      ASSERT_OK_AND_ASSIGN(DateValue want, NormalizeDate(expression, published));
      EXPECT_EQ(t.value.SerializeAsString(), want.SerializeAsString())
          << expression << " under " << published;
    }
    if (*published == '\0') {
      EXPECT_THAT(texts, ElementsAre("juin 2024"));
    } else {
      EXPECT_THAT(texts, ElementsAre("on mardi 20 octobre", "le vendredi 23 octobre",
                                     "dans la nuit du samedi 26 au dimanche 27 septembre",
                                     "juin 2024", "1er mai", "le mardi"))
          << published;
    }
  }
}


// The offset is read from the expression as FindTimeExpressions finds it in
// a sentence, so the counts written out in words are covered as well.
struct OffsetCase {
  const char* sentence;
  std::optional<int> offset;
};

class ExactDayOffsetTest : public ::testing::TestWithParam<OffsetCase> {};

TEST_P(ExactDayOffsetTest, ReadsTheOffset) {
  const OffsetCase& c = GetParam();
  std::vector<TimeExpression> found = FindTimeExpressions(c.sentence, "2023-04-20");
  ASSERT_EQ(found.size(), 1u) << c.sentence;
  EXPECT_EQ(ExactDayOffset(found[0].value), c.offset) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Relations, ExactDayOffsetTest,
    ::testing::Values(
        OffsetCase{"The mayor resigned the day after the flood.", 1},
        OffsetCase{"He was detained a day before the summit opened.", -1},
        OffsetCase{"Seven days after the vote, the count was still going on.", 7},
        OffsetCase{"The ferry sank 3 days before the inquiry began.", -3},
        OffsetCase{"She was freed ten days after her arrest.", 10},
        // Must not give an offset: not exact, or the other event unnamed.
        OffsetCase{"Days later the bridge reopened.", std::nullopt},
        OffsetCase{"A few days after the storm, aid arrived.", std::nullopt},
        OffsetCase{"Two weeks after the fire, the school reopened.", std::nullopt},
        OffsetCase{"Several days after the crash, the pilot spoke.", std::nullopt},
        OffsetCase{"Two days later, the strike ended.", std::nullopt},
        OffsetCase{"He died on March 3.", std::nullopt}));

TEST(DaysToFollowingWeekdayTest, CountsToTheWeekdayAfterTheDay) {
  DateValue friday;  // 2022-03-11 was a Friday.
  friday.set_iso("2022-03-11");
  friday.set_granularity(DAY);
  DateValue monday, next_friday, plain;
  monday.set_relative("following monday");
  next_friday.set_relative("following Friday");
  plain.set_relative("following day");
  EXPECT_TRUE(IsFollowingWeekday(monday));
  EXPECT_FALSE(IsFollowingWeekday(plain));
  EXPECT_EQ(DaysToFollowingWeekday(monday, friday), 3);
  EXPECT_EQ(DaysToFollowingWeekday(next_friday, friday), 7);
  EXPECT_EQ(DaysToFollowingWeekday(plain, friday), std::nullopt);
  DateValue march;  // Not a day.
  march.set_iso("2022-03");
  march.set_granularity(MONTH);
  EXPECT_EQ(DaysToFollowingWeekday(monday, march), std::nullopt);
}

// The range of `expression` in `text` (its first occurrence).
TextRange RangeOf(absl::string_view text, absl::string_view expression) {
  const size_t at = text.find(expression);
  return at == absl::string_view::npos
             ? TextRange{0, 0}
             : TextRange{static_cast<int64_t>(at), static_cast<int64_t>(at + expression.size())};
}

TEST(IsNarrativeWeekdayTest, TheOrThatOpeningTheWeekdayMakeItTheStorysDay) {
  for (absl::string_view text :
       {"On the Tuesday, the crowd grew.", "They came back on the Sunday night.",
        "And that Friday night the gates closed.", "The crowd left on that Thursday.",
        "That Monday, nobody worked.", "We waited, that Saturday, for news.",
        "She died in my arms that Saturday.", "The march that Friday drew thousands."}) {
    std::string weekday;
    for (absl::string_view w : {"Monday", "Tuesday", "Thursday", "Friday", "Saturday",
                                "Sunday"}) {
      if (text.find(w) != absl::string_view::npos) weekday = std::string(w);
    }
    EXPECT_TRUE(IsNarrativeWeekday(text, RangeOf(text, weekday))) << text;
  }
  // Must not: no article, a conjunction "that", or more than a weekday.
  constexpr absl::string_view kPlain = "The crowd left on Tuesday.";
  EXPECT_FALSE(IsNarrativeWeekday(kPlain, RangeOf(kPlain, "Tuesday")));
  constexpr absl::string_view kSaid = "The mayor said that Friday was too late.";
  EXPECT_FALSE(IsNarrativeWeekday(kSaid, RangeOf(kSaid, "Friday")));
  constexpr absl::string_view kKnew = "The minister knew that Sunday the polls would close.";
  EXPECT_FALSE(IsNarrativeWeekday(kKnew, RangeOf(kKnew, "Sunday")));
  constexpr absl::string_view kSubject = "The fear that Monday would bring riots grew.";
  EXPECT_FALSE(IsNarrativeWeekday(kSubject, RangeOf(kSubject, "Monday")));
  constexpr absl::string_view kPossessor = "The claim that Tuesday's vote was rigged spread.";
  EXPECT_FALSE(IsNarrativeWeekday(kPossessor, RangeOf(kPossessor, "Tuesday")));
  constexpr absl::string_view kLast = "The crowd left last Tuesday.";
  EXPECT_FALSE(IsNarrativeWeekday(kLast, RangeOf(kLast, "last Tuesday")));
  constexpr absl::string_view kFollowing = "They met the following Monday.";
  EXPECT_FALSE(IsNarrativeWeekday(kFollowing, RangeOf(kFollowing, "following Monday")));
  constexpr absl::string_view kOther = "The theatre reopened.";
  EXPECT_FALSE(IsNarrativeWeekday(kOther, TextRange{4, 11}));
  EXPECT_FALSE(IsNarrativeWeekday(kOther, TextRange{5, 200}));  // Out of the text.
}

TEST(IsMonthOfANameTest, AMonthBeginningANameTheTextUsesAsOneIsNoDate) {
  constexpr absl::string_view kTown =
      "The blast in May Tsebri killed four. Doctors at the May Tsebri clinic treated 20.";
  EXPECT_TRUE(IsMonthOfAName(kTown, RangeOf(kTown, "in May")));
  constexpr absl::string_view kPossessive =
      "Police held April Nkosi in March. April Nkosi's lawyer objected.";
  EXPECT_TRUE(IsMonthOfAName(kPossessive, RangeOf(kPossessive, "April")));
  // Must not: a month followed by a name nothing uses as one, by a number,
  // or by nothing capitalised; the month of "the May Tsebri" elsewhere
  // used as a longer word.
  constexpr absl::string_view kCountry = "In May Israel closed the crossing for a week.";
  EXPECT_FALSE(IsMonthOfAName(kCountry, RangeOf(kCountry, "In May")));
  constexpr absl::string_view kDay = "The blast on May 3 killed four at the May 3 rally.";
  EXPECT_FALSE(IsMonthOfAName(kDay, RangeOf(kDay, "May")));
  constexpr absl::string_view kPlain = "The blast in May killed four.";
  EXPECT_FALSE(IsMonthOfAName(kPlain, RangeOf(kPlain, "in May")));
  constexpr absl::string_view kLonger =
      "The vote in June Marches on. Critics of the June Marchesi plan objected.";
  EXPECT_FALSE(IsMonthOfAName(kLonger, RangeOf(kLonger, "in June")));
}

TEST(DaysToNearestWeekdayTest, CountsToTheNearestDayOnThatWeekday) {
  auto day = [](absl::string_view iso) {
    DateValue d;
    d.set_iso(std::string(iso));
    d.set_granularity(DAY);
    return d;
  };
  const DateValue thursday = day("2022-02-10");
  EXPECT_EQ(DaysToNearestWeekday(day("2022-03-15"), thursday), -2);  // A Tuesday.
  EXPECT_EQ(DaysToNearestWeekday(day("2022-03-11"), thursday), 1);   // A Friday.
  EXPECT_EQ(DaysToNearestWeekday(day("2022-03-10"), thursday), 0);   // A Thursday.
  EXPECT_EQ(DaysToNearestWeekday(day("2022-03-13"), thursday), 3);   // A Sunday.
  EXPECT_EQ(DaysToNearestWeekday(day("2022-03-14"), thursday), -3);  // A Monday.
  DateValue march;  // Not a day.
  march.set_iso("2022-03");
  march.set_granularity(MONTH);
  EXPECT_EQ(DaysToNearestWeekday(march, thursday), std::nullopt);
  EXPECT_EQ(DaysToNearestWeekday(thursday, march), std::nullopt);
}

class PreviousEventDayOffsetTest : public ::testing::TestWithParam<OffsetCase> {};

TEST_P(PreviousEventDayOffsetTest, ReadsTheOffset) {
  const OffsetCase& c = GetParam();
  std::vector<TimeExpression> found = FindTimeExpressions(c.sentence, "2023-04-20");
  ASSERT_EQ(found.size(), 1u) << c.sentence;
  EXPECT_EQ(PreviousEventDayOffset(found[0].value), c.offset) << c.sentence;
  // The two kinds of relation exclude each other.
  if (c.offset.has_value()) EXPECT_EQ(ExactDayOffset(found[0].value), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(
    Relations, PreviousEventDayOffsetTest,
    ::testing::Values(
        OffsetCase{"The same day, the port closed.", 0},
        OffsetCase{"Looters struck that night.", 0},
        OffsetCase{"Later that evening the mayor spoke.", 0},
        OffsetCase{"The next day, the governor resigned.", 1},
        OffsetCase{"Rescuers arrived the following morning.", 1},
        OffsetCase{"He had been seen the previous afternoon.", -1},
        // Must not give one: the other event named, or not to the day.
        OffsetCase{"The mayor resigned the day after the flood.", std::nullopt},
        OffsetCase{"Two days later, the strike ended.", std::nullopt},
        OffsetCase{"The talks resume next week.", std::nullopt},
        OffsetCase{"He died on March 3.", std::nullopt}));

TEST(ShiftDayTest, ShiftsAcrossMonthAndYearEnds) {
  ASSERT_OK_AND_ASSIGN(DateValue day, NormalizeDate("December 30, 2022", ""));
  ASSERT_OK_AND_ASSIGN(DateValue later, ShiftDay(day, 3, "3 days after"));
  EXPECT_EQ(later.iso(), "2023-01-02");
  EXPECT_EQ(later.granularity(), DAY);
  EXPECT_EQ(later.first_day(), "2023-01-02");
  EXPECT_EQ(later.last_day(), "2023-01-02");
  EXPECT_EQ(later.relative(), "3 days after");
  EXPECT_EQ(DateKey(later), "2023-01-02");
  ASSERT_OK_AND_ASSIGN(DateValue earlier, ShiftDay(day, -30, "30 days before"));
  EXPECT_EQ(earlier.iso(), "2022-11-30");
}

TEST(ShiftDayTest, RefusesAnIntervalLongerThanADay) {
  ASSERT_OK_AND_ASSIGN(DateValue month, NormalizeDate("June 2020", ""));
  EXPECT_THAT(ShiftDay(month, 1, "the day after"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("\"2020-06\"")));
}

TEST(YearBeforeTest, MovesADayOrAMonthBackAYear) {
  ASSERT_OK_AND_ASSIGN(DateValue day, NormalizeDate("May 3, 2022", ""));
  ASSERT_OK_AND_ASSIGN(DateValue day_before, YearBefore(day));
  EXPECT_EQ(day_before.iso(), "2021-05-03");
  EXPECT_EQ(day_before.granularity(), DAY);
  EXPECT_EQ(day_before.first_day(), "2021-05-03");
  EXPECT_EQ(day_before.last_day(), "2021-05-03");
  // A leap year's February ends on the 28th the year before.
  ASSERT_OK_AND_ASSIGN(DateValue month, NormalizeDate("February 2024", ""));
  ASSERT_OK_AND_ASSIGN(DateValue month_before, YearBefore(month));
  EXPECT_EQ(month_before.iso(), "2023-02");
  EXPECT_EQ(month_before.granularity(), MONTH);
  EXPECT_EQ(month_before.first_day(), "2023-02-01");
  EXPECT_EQ(month_before.last_day(), "2023-02-28");
}

TEST(InYearTest, MovesADayOrAMonthToTheYear) {
  ASSERT_OK_AND_ASSIGN(DateValue month, NormalizeDate("in September", "2025-04-10"));
  ASSERT_OK_AND_ASSIGN(DateValue moved, InYear(month, 2023));
  EXPECT_EQ(moved.iso(), "2023-09");
  EXPECT_EQ(moved.granularity(), MONTH);
  EXPECT_EQ(moved.first_day(), "2023-09-01");
  EXPECT_EQ(moved.last_day(), "2023-09-30");
  ASSERT_OK_AND_ASSIGN(DateValue leap, NormalizeDate("February 29, 2024", ""));
  ASSERT_OK_AND_ASSIGN(DateValue leap_moved, InYear(leap, 2020));
  EXPECT_EQ(leap_moved.iso(), "2020-02-29");
  EXPECT_THAT(InYear(leap, 2023),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("has no day in 2023")));
  ASSERT_OK_AND_ASSIGN(DateValue year, NormalizeDate("in 2020", ""));
  EXPECT_THAT(InYear(year, 2019),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("\"2020\"")));
}

TEST(IsFollowedByThatYearTest, ThatYearTheSameYearOfThatYear) {
  auto after = [](absl::string_view text) {
    return IsFollowedByThatYear(text, text.find("September") + 9);
  };
  EXPECT_TRUE(after("in September that year"));
  EXPECT_TRUE(after("in September of that year,"));
  EXPECT_TRUE(after("in September, that same year"));
  EXPECT_TRUE(after("in September the same year."));
  // Must not: another year, a word that only begins with "year".
  EXPECT_FALSE(after("in September this year"));
  EXPECT_FALSE(after("in September that yearbook"));
  EXPECT_FALSE(after("in September the year before"));
  EXPECT_FALSE(after("in September"));
}

TEST(YearBeforeTest, RefusesAYearA29FebruaryAndARelation) {
  ASSERT_OK_AND_ASSIGN(DateValue year, NormalizeDate("in 2020", ""));
  EXPECT_THAT(YearBefore(year),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("\"2020\"")));
  ASSERT_OK_AND_ASSIGN(DateValue leap, NormalizeDate("February 29, 2024", ""));
  EXPECT_THAT(YearBefore(leap),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("\"2024-02-29\"")));
  DateValue relation;
  relation.set_relative("hours later");
  EXPECT_THAT(YearBefore(relation),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not a calendar day")));
}

}  // namespace
}  // namespace xref

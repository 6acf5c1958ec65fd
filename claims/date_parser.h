// Time expressions in news text, normalised against the publication date.
//
//   ASSIGN_OR_RETURN(DateValue d, NormalizeDate("last Thursday", "2020-06-30"));
//   // d.iso() == "2020-06-25", granularity DAY.
//   for (const TimeExpression& t : FindTimeExpressions(sentence, published)) ...
//
// Conventions (news): a day or month without a year is the most recent one
// on or before publication (a date more than six months after publication is
// taken from the previous year); a bare weekday ("Wednesday", "on Monday") is
// the most recent such day on or before publication, "last Thursday" the
// most recent strictly before it, "for Monday" (a day ahead: "a strike
// called for Monday") the first on or after it; "Thursday the fourteenth"
// (or "Friday, the 13th") the nearest such date back from publication that
// falls on that weekday; a weekday before its date ("Friday, January 16")
// is that date. "today", "tonight", "this morning" (afternoon, evening)
// are the day of publication, "yesterday" and "last night" the day before.
// "last month", "earlier this month", "last
// year" are intervals at MONTH/YEAR granularity, and so are "two years ago",
// "three months ago" (an exact count back from publication; "nine days ago"
// is a DAY, "two weeks ago" that week's interval kept as a relation, as
// "last week" is; "a few years ago" is no date). Expressions relative to
// another event ("hours later", "weeks after", "the following Monday") get
// `relative` set and no calendar date (the extractor may derive one with
// ExactDayOffset, PreviousEventDayOffset or DaysToFollowingWeekday and
// ShiftDay when the document dates the other event); so may a weekday of
// the story's own week, "on the Tuesday", "that Friday night"
// (IsNarrativeWeekday, DaysToNearestWeekday). Month and weekday names
// are matched as written ("May", "Jan.", and "Jan" before a number), other
// words in any ASCII case (the extractor's text is NFKC, which
// leaves no other case forms of these letters). Dates left in French, as
// translations of French copy keep them, read as their English: "le vendredi
// 2 octobre", "on mardi 20 octobre", "le 1er mai", "en mars 2025" (a French
// month only with a day before it or a year after it), and a night across two
// days, "dans la nuit du samedi 26 au dimanche 27 septembre", is its first
// day. Thread-safe: pure functions over immutable tables.

#ifndef XREF_CLAIMS_DATE_PARSER_H_
#define XREF_CLAIMS_DATE_PARSER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/text_normalizer.h"
#include "proto/claim.pb.h"

namespace xref {

// Normalises one time expression (as found by FindTimeExpressions; leading
// prepositions such as "on", "in", "since" are allowed). `published` is
// "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty. Fails with kInvalidArgument
// naming the expression when it is not a time expression, and with
// kFailedPrecondition when it needs a publication date that is missing or
// malformed.
absl::StatusOr<DateValue> NormalizeDate(absl::string_view expression,
                                        absl::string_view published);

struct TimeExpression {
  TextRange range;   // In the searched text, the expression itself.
  DateValue value;
};

// Every time expression in `text` that NormalizeDate accepts, left to right,
// non-overlapping; except that a span of days or months, whose two ends are
// such expressions or one of whose ends is ("between 8 July and 14 August
// 2021", "from 3 to 7 March", "from June to August 2021", "between March and
// May 2021"), is one expression valued as the month or the year that holds
// it whole, and a span across years is none.
std::vector<TimeExpression> FindTimeExpressions(absl::string_view text,
                                                absl::string_view published);

// As above, writing the expressions to (*out)[0, n) and returning n. The
// elements past n are left as they were (they keep their storage for the next
// call): a caller scanning many texts keeps one vector, which allocates only
// while it grows.
size_t FindTimeExpressions(absl::string_view text, absl::string_view published,
                           std::vector<TimeExpression>* out);

// The exact day offset a relative expression states towards an event named
// after it: "the day after [the attack]" +1, "six days before [the vote]" -6
// ("day" with no count or with a, an, one; "days" with a count of two to ten
// in words or of digits). Empty for a calendar date and for any other
// relation ("days later": the other event is not named; "a few days after":
// not exact; "two weeks after": not exact to the day).
std::optional<int> ExactDayOffset(const DateValue& value);

// The exact day offset a relative expression states towards the event told
// just before it, which it does not name: "same day", "that night" 0;
// "next day", "following morning" +1; "previous evening" -1 (the relation
// word, then day, morning, afternoon, evening or night). Empty for any other
// value.
std::optional<int> PreviousEventDayOffset(const DateValue& value);

// True for "the following Monday" (following, then a weekday), which a
// narrative dates from the event told just before it rather than from the
// publication date.
bool IsFollowingWeekday(const DateValue& value);

// The days from `from`, a DAY date, to the weekday `value` names when
// IsFollowingWeekday(value): the first such weekday after it, 1 to 7 days
// on ("the following Monday" after a Friday is 3). Empty otherwise.
std::optional<int> DaysToFollowingWeekday(const DateValue& value, const DateValue& from);

// True when the expression at `range` of `text` is a weekday alone
// ("Tuesday") that the word before it makes a day of the story's own week
// rather than of the publication's: "the" ("on the Tuesday", "the Sunday
// night") or a "that" that is no conjunction ("that Friday night", "on that
// Thursday", "died in my arms that Saturday"; not "said that Friday", "the
// fear that Monday would bring riots", "that Friday's vote"). A narrative
// dates it from the event told before it (DaysToNearestWeekday);
// NormalizeDate's value, from the publication date, is what is left
// without one.
bool IsNarrativeWeekday(absl::string_view text, TextRange range);

// True when the expression at `range` of `text` ends in a month name alone
// ("in May") that begins a name: a capitalised word follows it ("in May
// Hatsina") and `text` uses the two words as a name elsewhere, after "the"
// or with a possessive ("the May Hatsina bus station", "May Hatsina's
// mayor", "on June Smith's birthday"). Then it is no date. "In May Israel
// launched ..." is a date: nothing uses "May Israel" as a name.
bool IsMonthOfAName(absl::string_view text, TextRange range);

// The days from `from` to the nearest day on the weekday of `day`, both DAY
// dates: -3 to +3 ("the Tuesday" told after a Thursday is -2, "that Friday"
// +1, "that Thursday" 0). Empty when either is not a calendar day.
std::optional<int> DaysToNearestWeekday(const DateValue& day, const DateValue& from);

// The calendar day `days` days from `day`, at DAY granularity, with
// `relative` set to `relation` (how it was derived). Fails with
// kInvalidArgument naming the date when `day` is not a DAY date.
absl::StatusOr<DateValue> ShiftDay(const DateValue& day, int days, absl::string_view relation);

// The same day or month one year earlier (`iso`, `first_day` and
// `last_day` moved back a year; a month's last day kept in that month): for
// a date that cannot lie after publication ("police arrested him on May 3"
// in an article of March). Fails with kInvalidArgument naming the date when
// it is no DAY or MONTH date, or is 29 February.
absl::StatusOr<DateValue> YearBefore(const DateValue& date);

// The same day or month in `year` (`iso`, `first_day` and `last_day`
// moved; a month's last day kept in that month): for "in September that
// year" after a year the text stated. Fails with kInvalidArgument naming the
// date when it is no DAY or MONTH date, or is 29 February and `year` no leap
// year.
absl::StatusOr<DateValue> InYear(const DateValue& date, int year);

// True when the text after a time expression ending at `end` says the year
// is one told before: "that year", "the same year", "of that year" ("in
// September that year", "on May 3 of the same year").
bool IsFollowedByThatYear(absl::string_view text, size_t end);

// The comparable string for a date value: `iso` when set, else
// "relative:" + `relative`.
std::string DateKey(const DateValue& value);

}  // namespace xref

#endif  // XREF_CLAIMS_DATE_PARSER_H_

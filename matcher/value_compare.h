// Value comparison by kind: is what one document says about a role compatible
// with what another says?
//
// - dates: calendar intervals at their granularity; compatible when they
//   overlap (2020-06 and 2020-06-25), so two different days conflict; a
//   relative time without a calendar date is compatible with anything;
// - numbers: integer ranges; compatible when they overlap ([200, 999] and 300;
//   [13, inf) and 14; 14 and 13 conflict);
// - places: gazetteer keys, compatible when equal or one contains the other,
//   or the same corpus entity (a local place spelled two ways);
// - categories: equal taxonomy keys, or one key among the other's broader
//   keys (Value.broader: "insufficient evidence" is a kind of "no charges");
//   siblings under one broader key are not compatible;
// - entities: equal corpus entity (after alias resolution);
// - free text (and mixed text/category/entity): folded content-word overlap,
//   at least half of the shorter side's words (light stemming; a word that ends
//   another compound word counts, "strike" in "airstrike").
//
// `ComparableValue` is built once per claim so comparisons allocate nothing.
// Pure functions; thread-safe.

#ifndef XREF_MATCHER_VALUE_COMPARE_H_
#define XREF_MATCHER_VALUE_COMPARE_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/gazetteer.h"
#include "proto/claim.pb.h"

namespace xref {

// A calendar interval as YYYYMMDD integers. `known` is false for relative or
// missing dates.
struct DateInterval {
  bool known = false;
  int32_t first = 0;
  int32_t last = 0;
  Granularity granularity = GRANULARITY_UNSPECIFIED;
};

// Reads `iso` ("2021", "2021-05", "2021-05-26"); falls back to first_day /
// last_day when `iso` does not parse. Unknown when neither gives a date.
DateInterval ToInterval(const DateValue& date);

// Parses an ISO date string at its granularity; unknown when malformed.
DateInterval ParseIsoInterval(absl::string_view iso);

// The interval a date value compares as: ToInterval(value.date()), else its
// normalized text read as ISO; unknown when neither gives a date.
DateInterval ValueInterval(const Value& value);

// True when both are known and overlap, or either is unknown.
inline bool DatesCompatible(const DateInterval& a, const DateInterval& b) {
  if (!a.known || !b.known) return true;
  return a.first <= b.last && b.first <= a.last;
}

// True when `a` is the narrower date (a known date is narrower than an
// unknown one).
inline bool DateMoreSpecific(const DateInterval& a, const DateInterval& b) {
  if (!a.known || !b.known) return a.known;
  return a.last - a.first < b.last - b.first;
}

// The closed integer range a number stands for: a missing high bound is the
// low bound; an unbounded range ("more than 700") reaches INT64_MAX.
struct NumberSpan {
  int64_t low = 0;
  int64_t high = 0;
};
inline NumberSpan SpanOfNumber(int64_t low, int64_t high, bool unbounded) {
  return {low, unbounded ? std::numeric_limits<int64_t>::max() : std::max(high, low)};
}
inline NumberSpan SpanOfNumber(const NumberRange& r) {
  return SpanOfNumber(r.low(), r.high(), r.unbounded());
}

// True when the spans overlap.
inline bool NumbersCompatible(NumberSpan a, NumberSpan b) {
  return a.low <= b.high && b.low <= a.high;
}
inline bool NumbersCompatible(const NumberRange& a, const NumberRange& b) {
  return NumbersCompatible(SpanOfNumber(a), SpanOfNumber(b));
}

// True when `a` is the narrower span.
inline bool NumberMoreSpecific(NumberSpan a, NumberSpan b) {
  return a.high - a.low < b.high - b.low;
}

// Content words of `text`: folded, split on non-alphanumerics, stop words
// dropped, light plural/-ing stemming.
std::vector<std::string> ContentWords(absl::string_view text);

// True when at least half of the shorter word list is found in the other.
bool WordsOverlap(const std::vector<std::string>& a,
                  const std::vector<std::string>& b);

// A value prepared for comparison.
struct ComparableValue {
  enum class Kind { kNone, kDate, kNumber, kCategory, kEntity, kText };
  Kind kind = Kind::kNone;
  DateInterval date;
  NumberRange number;
  std::string key;      // Category key, or folded normalized text.
  std::string place;    // Gazetteer key when known.
  int entity = -1;      // Corpus entity index, -1 when not an entity.
  std::vector<std::string> words;  // Content words of normalized (or raw).
  std::vector<std::string> broader;  // Folded broader category keys.
};

// Every field of `out` back to its default, keeping its buffers.
void ResetComparable(ComparableValue* out);

// The text of `value` that MakeComparable folds and splits into words: its
// normalized form, else its text (a text value) or raw form. Inline: the
// matcher asks it of every claim.
inline absl::string_view ComparedText(const Value& value) {
  if (!value.normalized().empty()) return value.normalized();
  return value.kind_case() == Value::kText ? value.text() : value.raw();
}

// Prepares `value`; `entity` is the corpus entity index of value.entity, or -1.
// A value without a date, number or broader keys is prepared from its kind,
// category (a category), entity (an entity), ComparedText and place key
// alone.
ComparableValue MakeComparable(const Value& value, int entity);

// As `MakeComparable`, into `*out` (every field overwritten; its buffers are
// reused), for callers preparing many values in a row.
void MakeComparableInto(const Value& value, int entity, ComparableValue* out);

// The compatibility rule above. `gazetteer` may be null (places then compare
// by key equality).
bool Compatible(const ComparableValue& a, const ComparableValue& b,
                const Gazetteer* gazetteer);

// True when `a` says strictly more than `b` (a narrower date or range, a place
// inside the other); used to pick the value shown for a merged group.
bool MoreSpecific(const ComparableValue& a, const ComparableValue& b,
                  const Gazetteer* gazetteer);

}  // namespace xref

#endif  // XREF_MATCHER_VALUE_COMPARE_H_

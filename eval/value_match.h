// When a predicted value counts as the gold value: the matching rules of the
// scorer, general over answer keys (nothing here knows a particular corpus).
//
// A gold value is read by its form:
//   - a date "YYYY", "YYYY-MM" or "YYYY-MM-DD": the predicted date must equal
//     it at the gold granularity (gold 2020-06 matches 2020-06-25; gold
//     2020-06-25 matches neither 2020-06-24 nor the coarser 2020-06);
//   - an integer "14" or a range "200-999": the predicted number range must
//     contain the integer (resp. lie inside the range); a predicted integer
//     written as text counts as [n, n];
//   - a magnitude word ("dozens", "hundreds", "thousands", "millions", "tens of
//     thousands", ...): a predicted range inside that magnitude's interval
//     (hundreds = [100, 999]) or the same words;
//   - a surface form of a gold entity: a predicted form equal (folded) to one
//     of that entity's aliases, or containing one as whole words;
//   - anything else (categories, free text): `TextsMatch`.
//
// These rules are deliberately separate from matcher/value_compare.h: the
// scorer judges the matcher, and its test is asymmetric (the prediction must
// reach the gold granularity) where the matcher's is symmetric compatibility.
// They live in namespace xref::eval for that reason.
//
// Thread-safety: all functions are safe to call from many threads.

#ifndef XREF_EVAL_VALUE_MATCH_H_
#define XREF_EVAL_VALUE_MATCH_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/claim.pb.h"

namespace xref {
namespace eval {

// The content words of `text`: folded (`FoldForMatching`), periods inside
// words dropped ("U.S." -> "us"), split at anything not a letter, digit or
// non-ASCII byte, function words removed (articles, "some", prepositions,
// conjunctions, possessive pronouns), each stemmed with the English Snowball
// stemmer. Sorted, without duplicates.
std::vector<std::string> ContentWords(absl::string_view text);

// Categories and free text: equal after folding, or content-word Jaccard
// similarity >= 0.5, or the content words of one contain those of the other
// and the smaller set has at least two words. Empty content never matches.
bool TextsMatch(absl::string_view gold, absl::string_view predicted);

// Attribution sources: equal after folding, or content-word Jaccard >= 0.5,
// or the content words of one contain those of the other ("the military" vs
// "Iraq's military"). An empty predicted source never matches.
bool SourcesMatch(absl::string_view gold, absl::string_view predicted);

// True when `predicted` counts as `gold` under the rules above.
// `gold_entity_aliases` are the aliases of the gold entity that `gold` names
// (empty when it names none).
bool ValueMatches(absl::string_view gold, const Value& predicted,
                  absl::Span<const std::string> gold_entity_aliases);

// The predicted value as one string for people: `normalized`, else the date
// iso, number range, category, text, entity surface or raw text.
std::string ValueText(const Value& value);

}  // namespace eval
}  // namespace xref

#endif  // XREF_EVAL_VALUE_MATCH_H_

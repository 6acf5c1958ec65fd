// Rendering an `EvalResult` (eval/scorer.h): a compact table for people, one
// JSON object for tools and regression tests, and an explanation of every
// miss and false positive for developers.
//
// Thread-safety: pure functions.

#ifndef XREF_EVAL_EVAL_FORMAT_H_
#define XREF_EVAL_EVAL_FORMAT_H_

#include <string>

#include "eval/scorer.h"

namespace xref {

// A fixed-width table: slot values overall and per role (precision, recall,
// F1 and counts), attribution (and outlet statements given a source),
// aliases, event grouping (MUC, B3, CEAF-e, LEA, CoNLL), verdict accuracy and
// the verdict confusion matrix (rows gold, columns predicted). Ends with a
// newline.
std::string FormatEvalTable(const EvalResult& result);

// One JSON object on one line (plus a newline) with the keys slot_precision,
// slot_recall, slot_f1, slot_predicted, slot_predicted_correct, slot_gold,
// slot_gold_found, attribution_accuracy, attribution_correct,
// attribution_total, unattributed_found, unattributed_given_source,
// unattributed_given_source_rate, alias_precision, alias_recall, alias_f1,
// alias_predicted_pairs, alias_correct_pairs, alias_gold_pairs,
// event_{muc,b3,ceafe,lea}_{precision,recall,f1}, event_conll_f1,
// event_mentions, event_mentions_linked, verdict_accuracy, verdict_correct,
// verdict_total; "roles": {role: {precision, recall, f1, predicted,
// predicted_correct, gold, gold_found}}; "verdict_confusion": {gold:
// {predicted: count}}; "group_to_event": {group: event}; "warnings": [...].
// Ratios are numbers in [0, 1].
std::string FormatEvalJson(const EvalResult& result);

// Every slot miss (with the gold evidence, its sentence and what the engine
// gave instead), every false positive (with its evidence sentence and the
// gold values it was compared with), every attribution and verdict error, the
// event grouping per gold event and per mixed predicted group, unlinked
// mentions, and the warnings.
std::string FormatEvalExplain(const EvalResult& result);

}  // namespace xref

#endif  // XREF_EVAL_EVAL_FORMAT_H_

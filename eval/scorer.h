// Scoring a `Report` against an answer key (gold.proto): slot values,
// attribution, aliases, event grouping and verdicts. Nothing here is specific
// to one answer key.
//
//   ASSIGN_OR_RETURN(gold::AnswerKey key, LoadAnswerKey(gold_path));
//   ASSIGN_OR_RETURN(EvalResult result, Evaluate(report, key));
//   std::cout << FormatEvalTable(result);   // eval/eval_format.h
//
// How predictions are read
// - Predicted claims come from `Report.claim_sets` (each claim with its
//   evidence and attribution) and from the supports of `Report.groups`
//   (claims present only there are read from their `Support`). A claim's
//   event group is its `ClaimGroup.event_group_id`, else the `EventGroup`
//   whose mentions hold (document, `Claim.event_id`), else a singleton group
//   of its own event mention. A claim without an event is an attribute claim;
//   its subject is mapped to a gold entity by shared (folded) aliases.
// - Linking: a gold value's evidence is located verbatim in its document
//   (`Report.documents[].text`, else the claim set's document) and linked to
//   every predicted claim of that document whose evidence value span or
//   sentence span overlaps it. A gold document id absent from the report is
//   matched to the report document named by the stem of its `file` (or whose
//   `source` ends with it).
// - Mapping: each predicted event group is mapped to the gold event with the
//   most votes over those links. A link scores 4 when the claim's value span
//   overlaps the evidence (not just its sentence), +2 when the role matches,
//   +1 when the value matches too; a vote weighs 1 + the best link score of
//   the group for that gold value. A group with no link votes by role and
//   value matches in the same document. A gold event of the group's type
//   wins over events of other types, whatever their votes ("killed six and
//   injured 11" links both events' values to the injury group's count);
//   else the most votes win. Ties go to the earlier gold event.
//   Several groups may map to one gold event (a split); a group maps to one
//   event.
//
// Metrics
// - Slot values. Gold units are the gold values deduplicated per (document,
//   event or entity, role, folded value). Predicted units are the predicted
//   claims deduplicated per (document, mapped gold event or entity, role,
//   value text), counting only claims whose group maps to a gold event (or
//   whose subject maps to a gold entity) and whose role the answer key covers
//   for that event (entity attribute); other claims are outside the key and
//   neither right nor wrong. A predicted unit is correct when its value
//   matches (eval/value_match.h) a gold unit of the same document, target and
//   role; a gold unit is found when some counted predicted claim matches it.
//   Precision = correct predicted / predicted, recall = found gold / gold.
// - Attribution: over gold values with `attributed_to`, the share whose
//   matching predicted claim (preferring claims linked to the evidence) has an
//   attribution source that `SourcesMatch` the gold source. No claim = wrong.
//   The other direction, an outlet's own statement given to a source: over
//   gold values without `attributed_to` that have a matching predicted claim,
//   the share whose matching claims all carry a source.
// - Aliases: pairs of distinct folded surface forms. Gold pairs: forms of one
//   gold entity. Predicted pairs: forms in one `Report.entities` entry
//   (aliases and canonical, and, for each mention its claim sets read with
//   a title in a document of the entity, the title and the mention: "Mr
//   Doe"), counting only forms that occur in the gold.
// - Event grouping: mentions are the gold event values' evidence items
//   (document + span, one per event); key = gold event; response = the event
//   group of the best linked claim (value span overlap, then role, then value
//   match), else of an `EventGroup` mention whose sentence overlaps, else a
//   singleton. Scored by eval/coref_metrics.h.
// - Verdicts: accuracy over gold (event, role) slots and (entity, attribute)
//   attributes; the predicted verdict is that of the `ClaimGroup` of a mapped
//   group with the same role (the one with most supports if several);
//   "missing" when there is none (wrong).
// A ratio whose denominator is 0 is 0; F1 is 0 when precision + recall is 0.
//
// Thread-safety: `Evaluate` is a pure function.

#ifndef XREF_EVAL_SCORER_H_
#define XREF_EVAL_SCORER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "eval/coref_metrics.h"
#include "proto/gold.pb.h"
#include "proto/report.pb.h"

namespace xref {

// Counts and scores of slot values (overall or for one role).
struct SlotScore {
  int64_t predicted = 0;          // Predicted units counted.
  int64_t predicted_correct = 0;  // Of those, matching a gold unit.
  int64_t gold = 0;               // Gold units.
  int64_t gold_found = 0;         // Of those, matched by a predicted claim.
  double precision = 0, recall = 0, f1 = 0;
};

// A gold value no predicted claim matched.
struct SlotMiss {
  std::string doc_id;
  std::string target;     // Gold event id, or "@entity" for attributes.
  std::string role;
  std::string value;      // Gold value.
  std::string evidence;   // Gold evidence quote.
  std::string sentence;   // The document sentence holding it (may be empty).
  // Values the engine gave for this document, target and role.
  std::vector<std::string> predicted_values;
};

// A counted predicted value that matched no gold value.
struct FalsePositive {
  std::string doc_id;
  std::string target;
  std::string role;
  std::string value;
  std::string claim_id;
  std::string group_id;
  std::string sentence;   // The claim's evidence sentence.
  std::vector<std::string> gold_values;  // Gold values for doc/target/role.
};

// A gold attributed value whose predicted attribution is missing or wrong,
// or a gold value without attribution (`gold_source` empty) that every
// matching predicted claim attributes to a source.
struct AttributionError {
  std::string doc_id;
  std::string target;
  std::string role;
  std::string value;
  std::string evidence;
  std::string gold_source;       // Empty: the outlet's own statement.
  std::string predicted_source;  // Empty: outlet-asserted or no claim.
  bool claim_found = false;
};

// A gold (event, role) or (entity, attribute) whose verdict was not predicted.
struct VerdictError {
  std::string target;
  std::string role;
  std::string gold;       // "agree", ...
  std::string predicted;  // "agree", ..., or "missing".
  std::string group_id;   // The predicted ClaimGroup, if any.
};

// One gold event mention (evidence item) and where the engine put it.
struct MentionAssignment {
  std::string doc_id;
  std::string evidence;
  std::string event_id;   // Gold event.
  std::string group_id;   // Predicted event group; empty when unlinked.
};

struct EvalResult {
  // Slot values.
  double slot_precision = 0, slot_recall = 0, slot_f1 = 0;
  SlotScore slots;                              // Same numbers with counts.
  std::map<std::string, SlotScore> slot_roles;  // Per role.

  // Attribution.
  double attribution_accuracy = 0;
  int64_t attribution_total = 0, attribution_correct = 0;
  // Gold values without attribution that have a matching claim, and those of
  // them whose matching claims all name a source; the rate is their ratio.
  int64_t unattributed_found = 0, unattributed_given_source = 0;
  double unattributed_given_source_rate = 0;

  // Aliases (pairwise).
  double alias_precision = 0, alias_recall = 0, alias_f1 = 0;
  int64_t alias_gold_pairs = 0, alias_predicted_pairs = 0,
          alias_correct_pairs = 0;

  // Event grouping.
  CorefScores events;
  int64_t event_mentions = 0;         // Gold evidence items scored.
  int64_t event_mentions_linked = 0;  // Of those, placed in a predicted group.

  // Verdicts.
  double verdict_accuracy = 0;
  int64_t verdict_total = 0, verdict_correct = 0;
  // gold verdict -> predicted verdict (or "missing") -> count.
  std::map<std::string, std::map<std::string, int64_t>> verdict_confusion;
  // Per verdict ("agree", "conflict", ...): recall over the gold (event, role)
  // pairs with that verdict; precision over the predicted groups with that
  // verdict whose event maps to a gold event (a predicted verdict on an event
  // the key does not annotate is not counted, so partial keys stay fair; one
  // on a role the key does not have for that event counts as wrong).
  struct VerdictScore {
    int64_t gold = 0, predicted = 0, correct_gold = 0, correct_predicted = 0;
    double precision = 0, recall = 0;
  };
  std::map<std::string, VerdictScore> verdict_scores;

  // Predicted event group id -> gold event id, for groups that map.
  std::map<std::string, std::string> group_to_event;

  // For --explain.
  std::vector<SlotMiss> misses;
  std::vector<FalsePositive> false_positives;
  std::vector<AttributionError> attribution_errors;
  std::vector<VerdictError> verdict_errors;
  std::vector<MentionAssignment> mentions;
  // Problems that lower scores but do not stop the evaluation: a gold
  // document absent from the report, evidence not found in its document.
  std::vector<std::string> warnings;
};

// Scores `report` (compact or expanded, see matcher/expand_report.h) against
// `key` (validated, see eval/answer_key.h). Fails with kInvalidArgument when
// the report has two documents with one id, or is compact and does not
// expand (ExpandReport's error: a reference to nothing, or no claim sets).
absl::StatusOr<EvalResult> Evaluate(const Report& report,
                                    const gold::AnswerKey& key);

}  // namespace xref

#endif  // XREF_EVAL_SCORER_H_

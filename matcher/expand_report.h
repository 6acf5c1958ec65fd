// The spelled-out form of a compact report.
//
// The matcher builds a compact Report (proto/report.proto): supports, value
// supports, claim groups, event mentions, event groups and agreement cells
// name documents, claims, event mentions, entities and event groups by
// position (the `*_index`, `value_from` and `contrast_*` fields) and
// leave their ids, texts, values and explanations empty. ExpandReport fills
// those in from the documents, entities, event groups and claim sets, and
// clears the compact fields: the result is the report as it was before the
// compact fields existed (the form of report.json, and what the readers in
// report/, eval/ and batch/ see).
//
// What each compact field expands to:
// - Support.doc_index: doc_id is that document's id; claim_id, raw and (for a
//   claim with an attribution source) attribution are those of claim
//   `claim_index` of that document's claim set.
// - ValueSupport.support_count with Report.support_columns: the value's next
//   support_count entries of the columns (the values in report order take
//   consecutive entries) become Supports after the value's own, with that
//   doc_index and claim_index and the claim's modality, then expand as above;
//   support_columns is cleared once every reference resolved.
// - Report.group_columns: each entry becomes a ClaimGroup after those of
//   Report.groups, with its event_index or subject_index, kind, verdict,
//   contrasts and values (attributed, support_count, value_from), which then
//   expands as below; group_columns is cleared once every reference resolved.
// - Report.documents_from_claim_sets: documents are copies of the documents
//   of the claim sets, in order; the flag is cleared.
// - ValueSupport.value_from: value is the value of that support's claim.
// - ClaimGroup.event_index / subject_index: event_group_id and event_type
//   are the event group's (subject_entity is the entity's id); role is the
//   role of the claim of values(0).support(0), the group's first claim; id is
//   "<event group or entity id>/<FoldForMatching(role)>"; documents are the
//   distinct documents of the supports in report order; explanation is one
//   sentence worded from the verdict, the outlets and the values shown (see
//   expand_report.cc), contrasting documents `contrast_first` and
//   `contrast_second` for CONFLICT and DIVERGENT (equal: that document's
//   values with their sources).
// - EventMentionRef.doc_index / event_index: doc_id, event_id, trigger and
//   sentence of that event mention; the group's documents are then the
//   distinct documents of its mentions in mention order, its id
//   "g<position + 1>", its type the first non-empty type of the mentions'
//   events, and its label "<EventNoun(type, lemma, kind)>[ of <participant's
//   canonical name>][, <time.iso>]" ("Arrest of Qasim Musleh, 2021-05-26"),
//   lemma being the first non-empty folded lemma (else trigger) of the
//   mentions' events and kind the first non-empty kind.
// - Report.event_columns: each entry becomes an EventGroup after those of
//   Report.events (numbered on from them), with its participant_index,
//   mentions (doc_index, event_index) and the time of the event of mention
//   time_from, which then expands as above; event_columns is cleared once
//   every reference resolved.
// - EventGroup.participant_index: participant is that entity's id.
// - Report.agreement_columns: each entry becomes an AgreementCell after those
//   of Report.agreement, with its row_index, col_index, shared, agreed and
//   with_mirror, which then expands as below; agreement_columns is cleared
//   once every reference resolved.
// - AgreementCell.row_index / col_index: row_doc / col_doc are those
//   documents' ids; with_mirror: the mirrored cell (row and column swapped,
//   same counts) is inserted after it.
// - Report.entity_documents: each entity's document_count next doc_index
//   entries become its documents' ids, after its own documents;
//   entity_documents is cleared once every reference resolved.
// - Report.entity_canonical: each entity's canonical name is its alias of
//   the position in the columns (unless -1), before ids are given;
//   entity_canonical is cleared once every position resolved.
// - Report.entity_ids_from_canonical: every entity's id is given by an
//   EntityIdAssigner (matcher/alias_index.h), in order, before anything
//   names an entity's id; the flag is cleared.
//
// Expanding a report without compact fields changes nothing. Expanding is
// linear in the size of the report: each reference is resolved once, a
// group's documents and the mirrored agreement cells are placed without
// searching or shifting. Thread-safe: the functions are pure, ExpandedReport
// is described below.

#ifndef XREF_MATCHER_EXPAND_REPORT_H_
#define XREF_MATCHER_EXPAND_REPORT_H_

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "google/protobuf/arena.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

// True when any compact field of `report` is set.
bool IsCompact(const Report& report);

// Expands `*report` in place using `claim_sets`, the claim sets the report was
// matched from, in Report.documents order. On a reference out of range (or,
// for a support or event mention, with no claim set to resolve it; or
// support, group, event, agreement or entity document columns of different
// lengths, or a support_count, value_count, mention_count or document_count
// beyond them) returns
// kInvalidArgument naming the group or event group and the field; every
// reference that can be resolved is, the others are left as they were.
absl::Status ExpandReport(absl::Span<const ClaimSet> claim_sets,
                          Report* report);

// As above with the report's own Report.claim_sets (a report matched with
// MatcherOptions::include_claim_sets).
absl::Status ExpandReport(Report* report);

// A report spelled out for readers that do not change it (the writers, the
// report view). `report()` is the report given when it is not compact, else
// its expansion; an expansion error leaves those references unresolved
// (readers that never fail show what could be resolved) and is kept in
// `status()`.
//
// The expansion copies only what expanding changes or what is small: title,
// event groups, claim groups, agreement cells, support, group, event and
// agreement columns, summary, generator, and the entities of a report with
// entity_documents, entity_ids_from_canonical or entity_canonical. Its documents (those of its claim sets, for a report
// with documents_from_claim_sets), other entities, skipped inputs and claim sets
// are the given report's own messages, lent to it (never changed, returned
// on destruction), so that reading a large report does not copy every
// article and claim set.
// Therefore the report given must outlive this object and must not change
// while it lives. The expansion lives on an arena of its own, freed at once.
// Not copyable or movable. report() is safe to read from several threads.
class ExpandedReport {
 public:
  explicit ExpandedReport(const Report& report);
  ~ExpandedReport();
  ExpandedReport(const ExpandedReport&) = delete;
  ExpandedReport& operator=(const ExpandedReport&) = delete;

  const Report& report() const { return *report_; }
  const absl::Status& status() const { return status_; }

 private:
  google::protobuf::Arena arena_;
  Report* expansion_ = nullptr;  // On arena_, when the report is compact.
  bool entities_lent_ = false;    // The expansion's entities are the report's.
  const Report* report_;
  absl::Status status_;
};

}  // namespace xref

#endif  // XREF_MATCHER_EXPAND_REPORT_H_

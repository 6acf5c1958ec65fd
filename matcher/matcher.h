// Matcher: claim sets in, discrepancy `Report` out.
//
// Steps: resolve entity aliases across documents (transliteration-aware keys
// with an edit-distance guard), group event mentions that describe the same
// real-world event (blocking by participant key, type or trigger, and time
// bucket, never all pairs), compare each role's values by kind (dates as
// intervals, numbers as ranges, places by gazetteer containment, categories by
// taxonomy key, entities by alias), and give each (event, role) a verdict:
// agree, conflict, divergent or single_source.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<Matcher> matcher,
//                    Matcher::Create(MatcherOptions(), &gazetteer));
//   ASSIGN_OR_RETURN(Report report, matcher->Match(claim_sets));
//
// Thread-safety: immutable after `Create`; `Match` is const and may run on
// many threads at once (one story per call).

#ifndef XREF_MATCHER_MATCHER_H_
#define XREF_MATCHER_MATCHER_H_

#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

struct MatcherOptions {
  // Include each document's ClaimSet in `Report.claim_sets` (needed by the
  // HTML article view, and for quotes: supports refer to their claims there).
  // Default: true.
  bool include_claim_sets = true;
  // Event grouping needs positive evidence (shared participant, argument,
  // place or month) besides compatibility. See event_grouper.h.
  bool require_event_evidence = true;
  // Testing only: compare every pair of names and of events instead of
  // blocking (the reference matcher). Same report, quadratic cost.
  bool all_pairs = false;
};

class Matcher {
 public:
  // `gazetteer` may be null (places then compare by name only); when given it
  // must outlive the matcher.
  static absl::StatusOr<std::unique_ptr<Matcher>> Create(
      const MatcherOptions& options, const Gazetteer* gazetteer);

  virtual ~Matcher() = default;

  // Matches the claim sets of one story. Fails with kInvalidArgument naming the
  // document when a claim set is inconsistent (empty or duplicate document
  // id, duplicate event id, a claim naming an unknown event, an event or claim
  // naming an unknown entity).
  //
  // On success the report holds: documents (with text, see below), corpus
  // entities after alias resolution, event groups ("g1".. in order of first
  // mention, each with a label such as "Arrest of Qasim Musleh, 2021-05-26"),
  // claim groups per (event group, role) and per (entity, attribute) with
  // verdict, values merged by compatibility (asserted and attributed support
  // kept in separate `ValueSupport`s), explanation, the outlet x outlet
  // agreement matrix (only pairs sharing at least one group), summary counts,
  // and the claim sets when `include_claim_sets`. The report is compact
  // (proto/report.proto): its documents are those of the claim sets
  // (Report.documents_from_claim_sets: not copied, Report.documents is
  // empty); event groups, claim groups and agreement cells are held as
  // columns (Report.event_columns, group_columns and agreement_columns;
  // Report.events, groups and agreement are empty); supports, values, claim groups, event mentions
  // and agreement cells name documents, claims, event mentions, entities and
  // event groups by position and copy none of their ids, texts or values, nor
  // explanations; matcher/expand_report.h spells them out from the report's
  // claim sets (or `claim_sets` when they are not included).
  absl::StatusOr<Report> Match(absl::Span<const ClaimSet> claim_sets) const;

  // As `Match`, but builds the report in `*report` (cleared first), which may
  // live on a protobuf Arena: the report's many small messages and strings
  // are then allocated and freed in blocks. On failure `*report` is left
  // cleared.
  virtual absl::Status MatchInto(absl::Span<const ClaimSet> claim_sets,
                                 Report* report) const = 0;
};

}  // namespace xref

#endif  // XREF_MATCHER_MATCHER_H_

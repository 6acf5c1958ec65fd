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

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

struct MatcherOptions {
  // Include each document's ClaimSet in `Report.claim_sets` (needed by the
  // HTML article view). Default: true.
  bool include_claim_sets = true;
};

class Matcher {
 public:
  // `gazetteer` may be null (places then compare by name only); when given it
  // must outlive the matcher.
  static absl::StatusOr<std::unique_ptr<Matcher>> Create(
      const MatcherOptions& options, const Gazetteer* gazetteer);

  virtual ~Matcher() = default;

  // Matches the claim sets of one story. Fails with kInvalidArgument naming the
  // document when a claim set is inconsistent (duplicate document id, a claim
  // naming an unknown event or entity).
  virtual absl::StatusOr<Report> Match(
      absl::Span<const ClaimSet> claim_sets) const = 0;
};

}  // namespace xref

#endif  // XREF_MATCHER_MATCHER_H_

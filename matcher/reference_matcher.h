// The reference matcher (test-only): the same rules as `Matcher`, but every
// pair of names and every pair of event mentions is compared, with no
// blocking. Obviously complete and quadratic; tests check that the fast
// matcher's report is identical on generated claim sets, which shows that
// blocking never drops a pair the rules would link.
//
// Thread-safe: a pure function.

#ifndef XREF_MATCHER_REFERENCE_MATCHER_H_
#define XREF_MATCHER_REFERENCE_MATCHER_H_

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "matcher/matcher.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

// As `Matcher::Match` with `options`, comparing all pairs.
absl::StatusOr<Report> ReferenceMatch(absl::Span<const ClaimSet> claim_sets,
                                      MatcherOptions options,
                                      const Gazetteer* gazetteer);

}  // namespace xref

#endif  // XREF_MATCHER_REFERENCE_MATCHER_H_

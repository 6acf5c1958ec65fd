#include "matcher/reference_matcher.h"

#include <memory>

#include "base/status_macros.h"

namespace xref {

absl::StatusOr<Report> ReferenceMatch(absl::Span<const ClaimSet> claim_sets,
                                      MatcherOptions options,
                                      const Gazetteer* gazetteer) {
  options.all_pairs = true;
  ASSIGN_OR_RETURN(std::unique_ptr<Matcher> matcher,
                   Matcher::Create(options, gazetteer));
  return matcher->Match(claim_sets);
}

}  // namespace xref

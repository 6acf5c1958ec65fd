// Verdicts for one (event, role) or (entity, attribute) across documents.
//
// Given each document's values (indices into caller-owned values, with a
// compatibility predicate):
// - SINGLE_SOURCE: only one document gives values;
// - single-valued role: AGREE when every value of every document is
//   compatible with every value of every other document, else CONFLICT;
// - multi-valued role: AGREE when every pair of documents gives the same
//   set (each value of each compatible with some value of the other), else
//   DIVERGENT: one outlet giving a charge the other does not is a different
//   account ("terrorism" vs "terrorism and murder"), as ../shared/README.md
//   defines it.
// Values of one document are compared with each other only for a
// single-valued role and only when the document attributes them to rival
// sources: when two or more documents give values and one of them gives two
// incompatible values attributed to different sources (25,000 according to
// the police, 80,000 according to the organisers), the verdict is CONFLICT.
// Values of one source are not compared (a toll updated within one story),
// nor the outlet's own values with each other or with attributed ones (a
// value the outlet states may belong to a neighbouring event: its own
// contradictions are more often the extractor's). One document alone is
// SINGLE_SOURCE, whatever it gives.
//
// Pure functions; thread-safe if `compatible` and `rival_sources` are.

#ifndef XREF_MATCHER_VERDICT_H_
#define XREF_MATCHER_VERDICT_H_

#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

using CompatibleFn = absl::FunctionRef<bool(int, int)>;
// Whether two values of one document are attributed to different sources.
using RivalSourcesFn = absl::FunctionRef<bool(int, int)>;

// Whether `claim` counts toward its group's verdict: a negated or denied
// claim ("no charges were filed") is shown with its group but does not make
// the outlets agree or conflict. Inline: the matcher asks it of every claim.
inline bool CountsForVerdict(const Claim& claim) {
  return claim.modality() != NEGATED && claim.modality() != DENIED;
}

// True when two documents' value lists agree under the rule for `kind`.
bool DocumentsAgree(SlotKind kind, absl::Span<const int> a,
                    absl::Span<const int> b, CompatibleFn compatible);

// DocumentsAgree with any callable `compatible(int, int) -> bool`, which the
// compiler may then inline (for callers comparing many pairs).
template <typename Compatible>
bool DocumentsAgreeWith(SlotKind kind, absl::Span<const int> a,
                        absl::Span<const int> b, const Compatible& compatible) {
  // Every value of `small` is compatible with some value of `large`.
  auto covered = [&](absl::Span<const int> small, absl::Span<const int> large) {
    for (int v : small) {
      bool found = false;
      for (int w : large) {
        if (compatible(v, w)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  };
  if (kind == MULTI) return covered(a, b) && covered(b, a);
  for (int v : a) {
    for (int w : b) {
      if (!compatible(v, w)) return false;
    }
  }
  return true;
}

// True when `values`, one document's values, hold two values attributed to
// rival sources (`rival_sources(a, b)`) that are not compatible, for a
// single-valued `kind`; always false for MULTI. Quadratic in the document's
// values, which are few.
template <typename Compatible, typename RivalSources>
bool DocumentContradictsItselfWith(SlotKind kind, absl::Span<const int> values,
                                   const Compatible& compatible,
                                   const RivalSources& rival_sources) {
  if (kind == MULTI) return false;
  for (size_t i = 0; i < values.size(); ++i) {
    for (size_t j = i + 1; j < values.size(); ++j) {
      if (!compatible(values[i], values[j]) &&
          rival_sources(values[i], values[j])) {
        return true;
      }
    }
  }
  return false;
}

// The verdict when `documents_giving` documents give values and
// `every_pair_agrees` says whether DocumentsAgree holds for each pair of them.
Verdict VerdictOfPairs(SlotKind kind, int documents_giving,
                       bool every_pair_agrees);

// The verdict over `by_document` (one value list per document; empty lists
// are ignored): VerdictOfPairs over its pairs, where a document that
// contradicts itself (DocumentContradictsItselfWith) makes the pairs
// disagree.
Verdict DecideVerdict(SlotKind kind,
                      const std::vector<std::vector<int>>& by_document,
                      CompatibleFn compatible, RivalSourcesFn rival_sources);

}  // namespace xref

#endif  // XREF_MATCHER_VERDICT_H_

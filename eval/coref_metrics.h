// Coreference scores for a partition of mentions: MUC, B-cubed, CEAF-e, LEA
// and the CoNLL F1 (mean of MUC, B-cubed and CEAF-e F1).
//
// Definitions follow the reference CoNLL scorer (reference-coreference-scorers
// v8.01, Pradhan et al. 2014):
//   - MUC (Vilain et al. 1995): link-based; recall = sum over key clusters K of
//     (|K| - p(K)) / sum (|K| - 1), p(K) = number of parts of K in the response
//     (a mention missing from the response is its own part); precision swaps
//     key and response. Singletons contribute nothing.
//   - B-cubed (Bagga & Baldwin 1998): per mention |K_m ∩ R_m| / |K_m| averaged
//     over key mentions (recall), / |R_m| averaged over response mentions
//     (precision).
//   - CEAF-e (Luo 2005): entity similarity phi4(K, R) = 2|K ∩ R| / (|K| + |R|),
//     optimal one-to-one alignment (Kuhn-Munkres, exact); recall = total
//     similarity / number of key clusters, precision = / number of response
//     clusters.
//   - LEA (Moosavi & Strube 2016): link-based entity-aware; a cluster of size n
//     weighs n and scores the share of its n(n-1)/2 links found in the other
//     side; a singleton has one self-link, found when its mention is also a
//     singleton on the other side.
// Singletons are kept (they count in B-cubed, CEAF-e and LEA). A ratio whose
// denominator is 0 is 0; F1 is 0 when precision + recall is 0.
//
//   CorefScores s = ScoreCoreference(key_labels, response_labels);
//   printf("CoNLL F1 %.2f\n", 100 * s.conll_f1);
//
// Thread-safety: pure function, no shared state.

#ifndef XREF_EVAL_COREF_METRICS_H_
#define XREF_EVAL_COREF_METRICS_H_

#include <cstdint>

#include "absl/types/span.h"

namespace xref {

// Precision, recall and F1, each in [0, 1].
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

struct CorefScores {
  Prf muc, b3, ceafe, lea;
  double conll_f1 = 0;
};

// key[i] and response[i] are the cluster labels of mention i (same mentions in
// both). Labels are arbitrary non-negative integers; equal label = same
// cluster. A NEGATIVE label means mention i is absent from that side (a
// "twinless" mention, e.g. a gold mention the system did not detect, or a
// system mention that is not in the key); it then counts only on the side
// where it is present, as in the reference scorer. Requires
// key.size() == response.size(); if they differ, only the common prefix is
// scored (callers must not rely on this).
CorefScores ScoreCoreference(absl::Span<const int64_t> key,
                             absl::Span<const int64_t> response);

}  // namespace xref

#endif  // XREF_EVAL_COREF_METRICS_H_

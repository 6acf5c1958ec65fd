// Invariant checks shared by the fuzz targets: each aborts (so libFuzzer
// reports a crash) with a message on stderr when the invariant is violated.
// Thread-safety: stateless functions.

#ifndef XREF_FUZZ_FUZZ_CHECK_H_
#define XREF_FUZZ_FUZZ_CHECK_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "claims/text_normalizer.h"
#include "proto/claim.pb.h"

namespace xref {

// Aborts with `what` when `condition` is false.
void FuzzCheck(bool condition, absl::string_view what);

// Aborts unless 0 <= begin <= end <= text.size() and both ends fall on UTF-8
// character boundaries of `text`.
void CheckRange(absl::string_view text, int64_t begin, int64_t end,
                absl::string_view what);
inline void CheckRange(absl::string_view text, TextRange r,
                       absl::string_view what) {
  CheckRange(text, r.begin, r.end, what);
}

// Checks every span of `claims` (mentions, event triggers and sentences,
// evidence sentence and value, attribution source) against
// `claims.document().text()`, and that ids referenced by claims exist.
void CheckClaimSet(const ClaimSet& claims);

}  // namespace xref

#endif  // XREF_FUZZ_FUZZ_CHECK_H_

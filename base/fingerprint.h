// Stable 64-bit fingerprints for content hashing (resumable batch runs).
//
// Unlike absl::Hash, which is seeded per process, `Fingerprint64` gives the same
// value for the same bytes in every run, on every machine, forever: outputs on
// disk may depend on it. Not cryptographic.

#ifndef XREF_BASE_FINGERPRINT_H_
#define XREF_BASE_FINGERPRINT_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace xref {

// FNV-1a over the bytes, finished with a 64-bit avalanche mix.
uint64_t Fingerprint64(absl::string_view data);

// Combines two fingerprints; order matters.
uint64_t CombineFingerprints(uint64_t a, uint64_t b);

// 16 lower-case hex digits.
std::string FingerprintHex(uint64_t fingerprint);

}  // namespace xref

#endif  // XREF_BASE_FINGERPRINT_H_

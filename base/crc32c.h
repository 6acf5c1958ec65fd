// CRC-32C (Castagnoli, polynomial 0x1EDC6F41, reflected), the checksum of
// iSCSI, ext4 metadata and LevelDB/RocksDB logs. Abseil 20220623 has no
// absl/crc, so it lives here. Used to detect torn or damaged records in
// append-only files (batch/spool.h); not a cryptographic hash.
//
// Uses the SSE4.2 `crc32` instruction when the CPU has it, a table otherwise;
// both give identical results. Thread-safe: pure functions.

#ifndef XREF_BASE_CRC32C_H_
#define XREF_BASE_CRC32C_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace xref {

// The CRC-32C of `data`. Crc32c("123456789") == 0xE3069283.
uint32_t Crc32c(absl::string_view data);

// The CRC-32C of the concatenation A + `data`, given `crc` == Crc32c(A):
// Crc32c(a + b) == ExtendCrc32c(Crc32c(a), b).
uint32_t ExtendCrc32c(uint32_t crc, absl::string_view data);

namespace internal {
// The table implementation, exposed so tests can compare it with the
// instruction path on machines that have one.
uint32_t ExtendCrc32cPortable(uint32_t crc, absl::string_view data);
}  // namespace internal

}  // namespace xref

#endif  // XREF_BASE_CRC32C_H_

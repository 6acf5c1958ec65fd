// An append-only record store for batch runs: byte records keyed by a 64-bit
// fingerprint, kept in a few segment files instead of one file per record
// (creating tens of thousands of small files costs more system time than the
// extraction they save).
//
// Layout: `dir`/NNNNNNNN.seg, numbered in creation order. Each Spool that
// appends creates one new segment (lazily, on the first Append) and never
// writes into older ones. A segment is the 8-byte magic "XRSPOOL1" followed by
// records:
//
//   offset 0   fixed32 little-endian  CRC-32C of bytes [4, 16 + length)
//   offset 4   fixed32 little-endian  length of the payload
//   offset 8   fixed64 little-endian  key
//   offset 16  payload (length bytes)
//
// The checksum covers the length and the key, so a damaged header is caught
// like a damaged payload.
//
// Opening scans every segment and indexes the records whose checksum verifies:
//   - a record cut short by the end of the file (a run killed mid-append,
//     SIGKILL included) is a torn tail: it and everything after it are
//     ignored, and in kReadWrite mode the file is truncated to the last
//     complete record;
//   - a complete record whose checksum does not match is ignored and the scan
//     goes on with the next record;
//   - a file without the magic is ignored (never modified); an empty segment
//     (killed before its magic was written) is removed in kReadWrite mode.
// Each of these is listed in problems(), naming the file and the byte offset.
// When a key occurs more than once, the LAST record wins: the one in the
// highest-numbered segment, and within a segment the one at the highest
// offset (a later run's record supersedes an earlier one).
//
// Durability: like base/file.h WriteFileAtomically, no fsync; an appended
// record survives the process being killed, not a power cut (then the
// checksum drops what the disk lost).
//
// Only one process may open a directory in kReadWrite mode at a time (the
// batch runner owns its output directory); readers in kReadOnly mode may run
// while no writer does.
//
// Thread-safe: Contains, Read and Append may be called concurrently.

#ifndef XREF_BATCH_SPOOL_H_
#define XREF_BATCH_SPOOL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"

namespace xref {

class Spool {
 public:
  enum class Mode {
    kReadOnly,   // Scan and read; never modifies or creates files.
    kReadWrite,  // Also repairs torn tails and appends to a new segment.
  };

  // Records longer than this are refused by Append and treated as damage by
  // the scan.
  static constexpr uint32_t kMaxRecordBytes = 1u << 30;

  // Scans the segments in `dir`. kReadWrite creates `dir` when missing;
  // kReadOnly treats a missing `dir` as empty. Fails (naming the path) only
  // when `dir` cannot be created or listed, or a segment cannot be opened or
  // read (I/O errors); damaged records are problems(), not errors.
  static absl::StatusOr<std::unique_ptr<Spool>> Open(absl::string_view dir,
                                                     Mode mode);

  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // What the scan found wrong, one line each, e.g.
  // "out/spool/claims/00000002.seg: torn record at offset 5120 (needs 900
  // bytes, the file ends at 5600); truncated to 5120".
  const std::vector<std::string>& problems() const { return problems_; }

  // Number of distinct keys.
  int size() const ABSL_LOCKS_EXCLUDED(mu_);

  bool Contains(uint64_t key) const ABSL_LOCKS_EXCLUDED(mu_);

  // The payload of the winning record for `key`. Fails with kNotFound when the
  // key is absent, kDataLoss naming the file and offset when the record no
  // longer verifies, kUnavailable on I/O errors.
  absl::StatusOr<std::string> Read(uint64_t key) const ABSL_LOCKS_EXCLUDED(mu_);

  // Appends a record (creating this Spool's segment on first use); afterwards
  // Read(key) returns `payload`. Fails with kFailedPrecondition in kReadOnly
  // mode, kInvalidArgument when the payload exceeds kMaxRecordBytes, and
  // kUnavailable naming the segment on I/O errors (the partial record is cut
  // off again, so later appends stay readable).
  absl::Status Append(uint64_t key, absl::string_view payload)
      ABSL_LOCKS_EXCLUDED(mu_);

 private:
  struct Segment {
    std::string path;
    int fd = -1;
  };
  struct Location {
    int segment = 0;
    int64_t offset = 0;  // Of the record header.
    uint32_t length = 0; // Of the payload.
  };

  Spool(std::string dir, Mode mode) : dir_(std::move(dir)), mode_(mode) {}
  absl::Status Scan(int segment, int64_t file_size) ABSL_LOCKS_EXCLUDED(mu_);

  const std::string dir_;
  const Mode mode_;
  std::vector<std::string> problems_;
  int next_number_ = 1;  // For the segment this Spool creates.

  mutable absl::Mutex mu_;
  std::vector<Segment> segments_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<uint64_t, Location> index_ ABSL_GUARDED_BY(mu_);
  int write_segment_ ABSL_GUARDED_BY(mu_) = -1;  // Index into segments_.
  int64_t write_offset_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace xref

#endif  // XREF_BATCH_SPOOL_H_

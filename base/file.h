// Whole-file reads and atomic writes.
//
// Every function names the path in its error message. Thread-safe: no shared state.

#ifndef XREF_BASE_FILE_H_
#define XREF_BASE_FILE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace xref {

// Reads the whole file at `path`. Fails with kNotFound when it does not exist,
// kInvalidArgument when it is a directory, kResourceExhausted when it is larger
// than `max_bytes`, and kUnavailable on other I/O errors.
absl::StatusOr<std::string> ReadFile(absl::string_view path,
                                     int64_t max_bytes = INT64_MAX);

// Writes `contents` to `path` atomically: the data goes to a temporary file in
// the same directory (`path` + ".tmp.<pid>.<n>", unique per call, so threads
// writing the same path never share one), then is renamed over `path`. A reader, or a rerun after
// the writing process was killed (SIGKILL included), sees the old file or the
// new one, never a part. Creates missing parent directories. The data is not
// forced to the disk (no fsync): surviving a power cut is not promised, which
// keeps batch runs that write thousands of files fast.
absl::Status WriteFileAtomically(absl::string_view path,
                                 absl::string_view contents);

// Creates `path` and its missing parents. OK when it already exists.
absl::Status MakeDirectories(absl::string_view path);

// True when `path` exists and is a directory.
bool IsDirectory(absl::string_view path);

// True when `path` exists (file or directory).
bool PathExists(absl::string_view path);

// Removes, below `dir` (recursively), the temporary files that
// `WriteFileAtomically` leaves when its process is killed between creating
// and renaming one. Call it only when no other process writes below `dir`.
// Returns how many were removed; fails naming the path that cannot be listed
// or removed.
absl::StatusOr<int> RemoveAbandonedTemporaryFiles(absl::string_view dir);

// Lists the regular files below `dir` (recursively), sorted, as paths that
// start with `dir`. Hidden entries (starting with '.') are skipped.
absl::StatusOr<std::vector<std::string>> ListFilesRecursively(
    absl::string_view dir);

// "a/b" + "c" -> "a/b/c".
std::string JoinPath(absl::string_view dir, absl::string_view name);

// The last path component without its extension: "x/reuters.txt" -> "reuters".
std::string FileStem(absl::string_view path);

}  // namespace xref

#endif  // XREF_BASE_FILE_H_

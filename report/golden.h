// Golden-file comparison for tests of deterministic writers.
//
// A golden file holds the expected output, checked in under testdata/ and never
// edited by hand. When the output changes on purpose, regenerate the files by
// running the test with XREF_UPDATE_GOLDENS=1 under `bazel run` (which tells
// the test where the source tree is), then review the diff:
//
//   XREF_UPDATE_GOLDENS=1 bazel run //report:markdown_writer_test
//   XREF_UPDATE_GOLDENS=1 bazel run //report:json_writer_test
//   git diff report/testdata/
//
// Test-only. Not thread-safe with respect to the file written in update mode.

#ifndef XREF_REPORT_GOLDEN_H_
#define XREF_REPORT_GOLDEN_H_

#include "absl/strings/string_view.h"

namespace xref {

// Adds a test failure unless `actual` equals the contents of `golden_path`
// (relative to the workspace root, and listed in the test's `data`). In update
// mode (XREF_UPDATE_GOLDENS=1 and BUILD_WORKSPACE_DIRECTORY set by `bazel
// run`) writes `actual` to the golden file in the source tree instead; update
// mode without BUILD_WORKSPACE_DIRECTORY is a test failure.
void ExpectMatchesGolden(absl::string_view actual,
                         absl::string_view golden_path);

}  // namespace xref

#endif  // XREF_REPORT_GOLDEN_H_

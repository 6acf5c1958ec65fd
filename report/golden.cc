#include "report/golden.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/statusor.h"
#include "base/file.h"
#include "gtest/gtest.h"

namespace xref {

void ExpectMatchesGolden(absl::string_view actual,
                         absl::string_view golden_path) {
  const char* update = std::getenv("XREF_UPDATE_GOLDENS");
  if (update != nullptr && std::string(update) == "1") {
    const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
    if (workspace == nullptr) {
      ADD_FAILURE() << "XREF_UPDATE_GOLDENS=1 needs `bazel run` (which sets "
                       "BUILD_WORKSPACE_DIRECTORY) to find "
                    << golden_path;
      return;
    }
    absl::Status status =
        WriteFileAtomically(JoinPath(workspace, golden_path), actual);
    EXPECT_TRUE(status.ok()) << status;
    std::fprintf(stderr, "updated golden file %s\n",
                 std::string(golden_path).c_str());
    return;
  }
  absl::StatusOr<std::string> golden = ReadFile(golden_path);
  ASSERT_TRUE(golden.ok())
      << golden.status() << "\nCreate it with XREF_UPDATE_GOLDENS=1 bazel run "
      << "<this test target>";
  EXPECT_EQ(std::string(actual), *golden)
      << "output differs from " << golden_path
      << "; if the change is intended, regenerate with XREF_UPDATE_GOLDENS=1 "
         "bazel run <this test target> and review the diff";
}

}  // namespace xref

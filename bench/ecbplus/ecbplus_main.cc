// ecbplus_benchmark: scores the same-stem baseline and xref's event grouping
// on an ECB+ split.
//
//   bazel run //bench/ecbplus:ecbplus_benchmark -- --data=/work/shared/ecbplus --split=dev
//
// Relative --data and --lexicon paths are resolved against the workspace
// (BUILD_WORKSPACE_DIRECTORY) under `bazel run`. Exit 0 on success, 1 when the
// data cannot be read.

#include <cstdlib>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "bench/ecbplus/ecbplus_benchmark.h"

ABSL_FLAG(std::string, data, "../shared/ecbplus",
          "ECB+ directory holding train/, dev/ and the sentence CSV");
ABSL_FLAG(std::string, split, "dev", "split to score: train or dev");
ABSL_FLAG(std::string, lexicon, "bench/ecbplus/trigger_lexicon.textproto",
          "trigger lexicon text proto");
ABSL_FLAG(double, document_threshold, 0.2,
          "average-link cosine to merge document clusters");
ABSL_FLAG(bool, synonyms, true, "use the lexicon's synonym sets");

namespace {

std::string FromWorkspace(const std::string& path) {
  const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (path.empty() || path[0] == '/' || ws == nullptr) return path;
  return absl::StrCat(ws, "/", path);
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  xref::EcbPlusOptions options;
  options.split = absl::GetFlag(FLAGS_split);
  options.lexicon_path = FromWorkspace(absl::GetFlag(FLAGS_lexicon));
  options.grouping.document_threshold = absl::GetFlag(FLAGS_document_threshold);
  options.grouping.use_synonyms = absl::GetFlag(FLAGS_synonyms);
  auto result =
      xref::RunEcbPlus(FromWorkspace(absl::GetFlag(FLAGS_data)), options);
  if (!result.ok()) {
    std::cerr << "ecbplus_benchmark: " << result.status() << "\n";
    return 1;
  }
  std::cout << xref::FormatEcbPlusResult(*result);
  return 0;
}

// Standalone generator: writes DIR/articles.jsonl and DIR/gold.json.
//   bazel-bin/synth/generate --stories 200 --outlets 6 --seed 7 --out /tmp/c
// Exit codes: 0 ok; 2 usage error; 3 generation or write failure.

#include <cstdint>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "synth/corpus_generator.h"

ABSL_FLAG(int, stories, 100, "Number of stories.");
ABSL_FLAG(int, outlets, 8, "Number of outlets (2..500).");
ABSL_FLAG(uint64_t, seed, 1, "Random seed.");
ABSL_FLAG(std::string, out, "", "Output directory.");
ABSL_FLAG(std::string, gazetteer, "claims/rules/gazetteer.textproto",
          "Gazetteer (text format) giving the cities.");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  if (absl::GetFlag(FLAGS_out).empty()) {
    std::cerr << "generate: --out DIR is required\n";
    return 2;
  }
  xref::GeneratorOptions options;
  options.stories = absl::GetFlag(FLAGS_stories);
  options.outlets = absl::GetFlag(FLAGS_outlets);
  options.seed = absl::GetFlag(FLAGS_seed);
  absl::Status status = xref::GenerateToDirectory(
      options, absl::GetFlag(FLAGS_gazetteer), absl::GetFlag(FLAGS_out));
  if (!status.ok()) {
    std::cerr << "generate: " << status.message() << "\n";
    return 3;
  }
  return 0;
}

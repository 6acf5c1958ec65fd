// The `xref` subcommands as library functions, so that `main` stays thin and
// tests can run a command without a process.
//
// Every command writes its results to files or stdout, its diagnostics (each
// skipped input with its reason, errors naming the input) to stderr, and
// returns an exit code:
//   0  success, nothing skipped
//   1  success, but some input was skipped (listed on stderr and in the output)
//   2  usage error (bad flags or arguments)
//   3  nothing usable: no document could be read, or a stage failed

#ifndef XREF_CLI_COMMANDS_H_
#define XREF_CLI_COMMANDS_H_

#include <cstdint>
#include <string>

namespace xref {

enum ExitCode {
  kExitOk = 0,
  kExitSkipped = 1,
  kExitUsage = 2,
  kExitNothingUsable = 3,
};

struct CommandOptions {
  std::string corpus;      // --corpus: directory with manifest.tsv, or .jsonl.
  std::string out;         // --out: output file or directory.
  std::string claims;      // --claims: ClaimCorpus file (.pb, .textproto, .json).
  std::string report;      // --report: Report file (.pb, .textproto, .json).
  std::string gold;        // --gold: answer key (JSON).
  std::string rules;       // --rules: rules directory (default: DefaultRulesDir()).
  std::string formats = "html,md,json";  // --format for `report`.
  bool json = false;       // --json for `eval`.
  bool explain = false;    // --explain for `eval`.
  int64_t max_article_bytes = 10 * 1000 * 1000;  // --max_article_bytes.
  int64_t max_sentence_bytes = 4096;             // --max_sentence_bytes.
  int max_claims_per_document = 10000;           // --max_claims_per_document.
  int threads = 0;         // --threads (0: all cores).
  std::string input;       // --input for `batch`: directory tree or .jsonl.
  std::string batch;       // --batch for `eval`: a finished `xref batch` output.
  int stories = 100;       // --stories for `generate`.
  int outlets = 8;         // --outlets for `generate`.
  uint64_t seed = 1;       // --seed for `generate`.
};

// xref extract --corpus PATH --out FILE: articles -> ClaimCorpus.
int RunExtract(const CommandOptions& options);

// xref match --claims FILE --out FILE: ClaimCorpus -> Report.
int RunMatch(const CommandOptions& options);

// xref report --report FILE --out DIR [--format html,md,json].
int RunReport(const CommandOptions& options);

// xref compare --corpus PATH --out DIR: articles -> DIR/report.{html,md,json},
// DIR/claims.json and DIR/report.pb.
int RunCompare(const CommandOptions& options);

// xref eval --gold FILE (--corpus PATH | --claims FILE | --report FILE |
// --batch DIR) [--json] [--explain]: scores against an answer key; exit 0
// whatever the scores (2 or 3 only when it cannot score). With --batch, the
// stories of a batch run are scored together, plus story clustering pairwise
// precision/recall/F1 when the key gives each document a story.
int RunEval(const CommandOptions& options);

// xref batch --input DIR|FILE.jsonl --out DIR [--threads N]: clusters a mixed
// corpus into stories and writes one report per story plus an index;
// resumable (see batch/batch_runner.h).
int RunBatchCommand(const CommandOptions& options);

// xref generate --stories N --outlets M --seed S --out DIR: a synthetic
// corpus (DIR/articles.jsonl) with its answer key (DIR/gold.json).
int RunGenerate(const CommandOptions& options);

}  // namespace xref

#endif  // XREF_CLI_COMMANDS_H_

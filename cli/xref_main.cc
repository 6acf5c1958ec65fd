// xref: compares what news outlets say about the same events.
// Thin main: parses flags, dispatches to cli/commands.h.

#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "cli/commands.h"

ABSL_FLAG(std::string, corpus, "",
          "Articles: a directory of .txt files with manifest.tsv, a .jsonl "
          "file (crawler field names), or a directory tree of both.");
ABSL_FLAG(std::string, out, "",
          "Output: a directory (compare, report) or a file whose extension "
          "picks the format: .json, .textproto or binary (extract, match).");
ABSL_FLAG(std::string, claims, "", "ClaimCorpus written by `xref extract`.");
ABSL_FLAG(std::string, report, "", "Report written by `xref match`.");
ABSL_FLAG(std::string, gold, "", "Answer key (JSON, see docs) for `xref eval`.");
ABSL_FLAG(std::string, rules, "",
          "Rules directory (frames, taxonomy, lexicons, gazetteer). Default: "
          "$XREF_RULES, ./claims/rules, or the copy next to the binary.");
ABSL_FLAG(std::string, format, "html,md,json",
          "Report formats for `xref report`: any of html, md, json.");
ABSL_FLAG(bool, json, false, "eval: print one JSON object instead of a table.");
ABSL_FLAG(bool, explain, false,
          "eval: list every miss and false positive with its evidence.");
ABSL_FLAG(int64_t, max_article_bytes, 10 * 1000 * 1000,
          "Articles larger than this are skipped (listed in the output).");
ABSL_FLAG(int64_t, max_sentence_bytes, 4096,
          "Sentences longer than this are cut (at a UTF-8 boundary) before "
          "extraction.");
ABSL_FLAG(int, max_claims_per_document, 10000,
          "A document with more claims is skipped (listed in the output).");
ABSL_FLAG(int, threads, 0, "Worker threads (0: all cores).");
ABSL_FLAG(std::string, input, "",
          "batch: a directory tree (manifest directories, .txt, .jsonl) or a "
          ".jsonl file of many stories.");
ABSL_FLAG(std::string, batch, "",
          "eval: score a finished `xref batch` output directory.");
ABSL_FLAG(int, stories, 100, "generate: number of stories.");
ABSL_FLAG(int, outlets, 8, "generate: number of outlets (2 to 500).");
ABSL_FLAG(uint64_t, seed, 1, "generate: random seed.");

namespace {

constexpr char kUsage[] = R"(xref: compares what news outlets say about the same events.

Usage:
  xref compare --corpus PATH --out DIR     articles -> DIR/report.{html,md,json}
  xref extract --corpus PATH --out FILE    articles -> claim records (ClaimCorpus)
  xref match   --claims FILE --out FILE    claim records -> Report
  xref report  --report FILE --out DIR [--format html,md,json]
  xref eval    --gold FILE (--corpus PATH | --claims FILE | --report FILE
               | --batch DIR) [--json] [--explain]
  xref batch   --input DIR|FILE.jsonl --out DIR [--threads N]
                                           many stories -> DIR/index.html and
                                           DIR/stories/<id>/report.*; resumable
  xref generate --stories N --outlets M --seed S --out DIR
                                           synthetic corpus + answer key

Exit codes: 0 ok; 1 some input skipped (listed on stderr and in the output);
2 usage error; 3 nothing usable.
Flags: xref --helpfull lists every flag.)";

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(kUsage);
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) {
    std::cerr << kUsage << "\n";
    return xref::kExitUsage;
  }
  xref::CommandOptions options;
  options.corpus = absl::GetFlag(FLAGS_corpus);
  options.out = absl::GetFlag(FLAGS_out);
  options.claims = absl::GetFlag(FLAGS_claims);
  options.report = absl::GetFlag(FLAGS_report);
  options.gold = absl::GetFlag(FLAGS_gold);
  options.rules = absl::GetFlag(FLAGS_rules);
  options.formats = absl::GetFlag(FLAGS_format);
  options.json = absl::GetFlag(FLAGS_json);
  options.explain = absl::GetFlag(FLAGS_explain);
  options.max_article_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  options.max_sentence_bytes = absl::GetFlag(FLAGS_max_sentence_bytes);
  options.max_claims_per_document = absl::GetFlag(FLAGS_max_claims_per_document);
  options.threads = absl::GetFlag(FLAGS_threads);
  options.input = absl::GetFlag(FLAGS_input);
  options.batch = absl::GetFlag(FLAGS_batch);
  options.stories = absl::GetFlag(FLAGS_stories);
  options.outlets = absl::GetFlag(FLAGS_outlets);
  options.seed = absl::GetFlag(FLAGS_seed);

  const std::string command = args[1];
  if (command == "compare") return xref::RunCompare(options);
  if (command == "extract") return xref::RunExtract(options);
  if (command == "match") return xref::RunMatch(options);
  if (command == "report") return xref::RunReport(options);
  if (command == "eval") return xref::RunEval(options);
  if (command == "batch") return xref::RunBatchCommand(options);
  if (command == "generate") return xref::RunGenerate(options);
  if (command == "help") {
    std::cout << kUsage << "\n";
    return xref::kExitOk;
  }
  std::cerr << "xref: unknown command \"" << command << "\"\n\n" << kUsage << "\n";
  return xref::kExitUsage;
}

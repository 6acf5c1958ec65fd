#include "cli/commands.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_macros.h"
#include "batch/batch_runner.h"
#include "claims/extractor.h"
#include "cli/pipeline.h"
#include "eval/answer_key.h"
#include "eval/eval_format.h"
#include "eval/scorer.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"
#include "report/report_writer.h"
#include "story/story_clusterer.h"
#include "synth/corpus_generator.h"

namespace xref {
namespace {

int UsageError(absl::string_view message) {
  std::cerr << "xref: " << message << " (see xref --help)\n";
  return kExitUsage;
}

int Fail(const absl::Status& status) {
  std::cerr << "xref: " << status.message() << "\n";
  return kExitNothingUsable;
}

PipelineOptions ToPipelineOptions(const CommandOptions& options) {
  PipelineOptions pipeline;
  pipeline.rules_dir = options.rules;
  pipeline.max_article_bytes = options.max_article_bytes;
  pipeline.max_sentence_bytes = options.max_sentence_bytes;
  pipeline.max_claims_per_document = options.max_claims_per_document;
  return pipeline;
}

// Story clustering against the key's `story` per document: pairwise scores
// over the documents both know (a document alone in its story counts as a
// singleton). Empty when the key has no stories.
std::string StoryScoreLine(const BatchIndex& index, const gold::AnswerKey& key,
                           bool json) {
  absl::flat_hash_map<std::string, std::string> predicted;
  for (const BatchStory& story : index.stories()) {
    for (const std::string& doc : story.documents()) predicted[doc] = story.id();
  }
  for (const std::string& doc : index.singletons()) predicted[doc] = "single:" + doc;
  std::vector<std::string> truth, guess;
  for (const gold::GoldDocument& doc : key.documents()) {
    if (doc.story().empty()) continue;
    auto it = predicted.find(doc.id());
    truth.push_back(doc.story());
    guess.push_back(it == predicted.end() ? "missing:" + doc.id() : it->second);
  }
  if (truth.empty()) return "";
  PairwiseScores s = ScorePairwise(guess, truth);
  if (json) {
    return absl::StrFormat(
        ",\"story_precision\":%.6f,\"story_recall\":%.6f,\"story_f1\":%.6f",
        s.precision, s.recall, s.f1);
  }
  return absl::StrFormat(
      "story clustering   P %.3f  R %.3f  F1 %.3f   (pairwise, %d documents)\n",
      s.precision, s.recall, s.f1, truth.size());
}

int ExitFor(int documents, int skipped) {
  if (documents == 0) {
    std::cerr << "xref: no usable document\n";
    return kExitNothingUsable;
  }
  return skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

int RunExtract(const CommandOptions& options) {
  if (options.corpus.empty()) return UsageError("extract needs --corpus");
  if (options.out.empty()) return UsageError("extract needs --out");
  absl::StatusOr<ClaimCorpus> corpus = ExtractCorpus(options.corpus, ToPipelineOptions(options));
  if (!corpus.ok()) return Fail(corpus.status());
  absl::Status written = WriteProto(options.out, *corpus);
  if (!written.ok()) return Fail(written);
  return ExitFor(corpus->claim_sets_size(), corpus->skipped_size());
}

int RunMatch(const CommandOptions& options) {
  if (options.claims.empty()) return UsageError("match needs --claims");
  if (options.out.empty()) return UsageError("match needs --out");
  ClaimCorpus corpus;
  absl::Status read = ReadProto(options.claims, &corpus);
  if (!read.ok()) return Fail(read);
  absl::StatusOr<Report> report = MatchCorpus(corpus, ToPipelineOptions(options));
  if (!report.ok()) return Fail(report.status());
  absl::Status written = WriteProto(options.out, *report);
  if (!written.ok()) return Fail(written);
  return ExitFor(corpus.claim_sets_size(), corpus.skipped_size());
}

int RunReport(const CommandOptions& options) {
  if (options.report.empty()) return UsageError("report needs --report");
  if (options.out.empty()) return UsageError("report needs --out");
  Report report;
  absl::Status read = ReadProto(options.report, &report);
  if (!read.ok()) return Fail(read);
  std::vector<std::pair<std::string, std::string>> files;
  for (absl::string_view f : absl::StrSplit(options.formats, ',')) {
    if (f == "html") {
      files.emplace_back("report.html", RenderHtml(report));
    } else if (f == "md" || f == "markdown") {
      files.emplace_back("report.md", RenderMarkdown(report));
    } else if (f == "json") {
      files.emplace_back("report.json", RenderJson(report));
    } else {
      return UsageError(absl::StrCat("unknown --format \"", f,
                                     "\" (choose from html, md, json)"));
    }
  }
  for (const auto& [name, contents] : files) {
    absl::Status written =
        WriteFileAtomically(JoinPath(options.out, name), contents);
    if (!written.ok()) return Fail(written);
  }
  return kExitOk;
}

int RunCompare(const CommandOptions& options) {
  if (options.corpus.empty()) return UsageError("compare needs --corpus");
  if (options.out.empty()) return UsageError("compare needs --out");
  absl::StatusOr<ClaimCorpus> corpus = ExtractCorpus(options.corpus, ToPipelineOptions(options));
  if (!corpus.ok()) return Fail(corpus.status());
  if (corpus->claim_sets_size() == 0) {
    return ExitFor(0, corpus->skipped_size());
  }
  absl::StatusOr<Report> report = MatchCorpus(*corpus, ToPipelineOptions(options));
  if (!report.ok()) return Fail(report.status());
  report->set_title(absl::StrCat("xref: ", FileStem(options.corpus)));
  for (const auto& [name, message] :
       std::vector<std::pair<std::string, const google::protobuf::Message*>>{
           {"claims.json", &*corpus}, {"report.pb", &*report}}) {
    absl::Status written = WriteProto(JoinPath(options.out, name), *message);
    if (!written.ok()) return Fail(written);
  }
  absl::Status written = WriteReport(*report, options.out);
  if (!written.ok()) return Fail(written);
  const Summary& s = report->summary();
  std::cout << "xref: " << s.documents() << " documents, " << s.claims()
            << " claims, " << s.event_groups() << " events: " << s.conflict()
            << " conflicts, " << s.divergent() << " divergent, " << s.agree()
            << " agreements, " << s.single_source() << " single-source; "
            << corpus->skipped_size() << " inputs skipped\n"
            << "xref: wrote " << JoinPath(options.out, "report.html") << "\n";
  return ExitFor(corpus->claim_sets_size(), corpus->skipped_size());
}

int RunEval(const CommandOptions& options) {
  if (options.gold.empty()) return UsageError("eval needs --gold");
  int given = !options.corpus.empty() + !options.claims.empty() +
              !options.report.empty() + !options.batch.empty();
  if (given != 1) {
    return UsageError(
        "eval needs exactly one of --corpus, --claims, --report, --batch");
  }
  absl::StatusOr<gold::AnswerKey> key = LoadAnswerKey(options.gold);
  if (!key.ok()) return Fail(key.status());
  Report report;
  std::string story_line;
  if (!options.batch.empty()) {
    BatchIndex index;
    absl::StatusOr<Report> merged = ReadBatchReport(options.batch, &index);
    if (!merged.ok()) return Fail(merged.status());
    report = *std::move(merged);
    story_line = StoryScoreLine(index, *key, options.json);
  } else if (!options.report.empty()) {
    absl::Status read = ReadProto(options.report, &report);
    if (!read.ok()) return Fail(read);
  } else {
    ClaimCorpus corpus;
    if (!options.claims.empty()) {
      absl::Status read = ReadProto(options.claims, &corpus);
      if (!read.ok()) return Fail(read);
    } else {
      absl::StatusOr<ClaimCorpus> extracted = ExtractCorpus(options.corpus, ToPipelineOptions(options));
      if (!extracted.ok()) return Fail(extracted.status());
      corpus = *std::move(extracted);
    }
    absl::StatusOr<Report> matched = MatchCorpus(corpus, ToPipelineOptions(options));
    if (!matched.ok()) return Fail(matched.status());
    report = *std::move(matched);
  }
  absl::StatusOr<EvalResult> result = Evaluate(report, *key);
  if (!result.ok()) return Fail(result.status());
  std::string scores =
      options.json ? FormatEvalJson(*result) : FormatEvalTable(*result);
  if (!story_line.empty() && options.json) {
    // Splice the story scores into the JSON object.
    size_t brace = scores.rfind('}');
    if (brace != std::string::npos) scores.insert(brace, story_line);
  } else {
    scores += story_line;
  }
  std::cout << scores;
  if (options.explain) std::cout << FormatEvalExplain(*result);
  return kExitOk;
}

int RunBatchCommand(const CommandOptions& options) {
  if (options.input.empty()) return UsageError("batch needs --input");
  if (options.out.empty()) return UsageError("batch needs --out");
  BatchOptions batch;
  batch.input = options.input;
  batch.out_dir = options.out;
  batch.rules_dir = options.rules.empty() ? DefaultRulesDir() : options.rules;
  batch.threads = options.threads;
  batch.max_article_bytes = options.max_article_bytes;
  batch.max_sentence_bytes = options.max_sentence_bytes;
  batch.max_claims_per_document = options.max_claims_per_document;
  absl::StatusOr<BatchSummary> summary = RunBatch(batch);
  if (!summary.ok()) return Fail(summary.status());
  if (summary->articles == 0) return ExitFor(0, summary->skipped);
  return ExitFor(summary->articles,
                 summary->skipped + summary->stories_failed);
}

int RunGenerate(const CommandOptions& options) {
  if (options.out.empty()) return UsageError("generate needs --out");
  if (options.stories < 1) return UsageError("--stories must be at least 1");
  if (options.outlets < 2) return UsageError("--outlets must be at least 2");
  GeneratorOptions generator;
  generator.stories = options.stories;
  generator.outlets = options.outlets;
  generator.seed = options.seed;
  std::string rules = options.rules.empty() ? DefaultRulesDir() : options.rules;
  absl::Status status = GenerateToDirectory(
      generator, JoinPath(rules, "gazetteer.textproto"), options.out);
  if (!status.ok()) return Fail(status);
  std::cout << "xref: wrote " << JoinPath(options.out, "articles.jsonl")
            << " and " << JoinPath(options.out, "gold.json") << "\n";
  return kExitOk;
}

}  // namespace xref

#include "cli/commands.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_macros.h"
#include "claims/extractor.h"
#include "eval/answer_key.h"
#include "eval/eval_format.h"
#include "eval/scorer.h"
#include "ingest/corpus_reader.h"
#include "matcher/matcher.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"
#include "report/report_writer.h"

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

void PrintSkipped(const Skipped& skipped) {
  std::cerr << "xref: skipped " << skipped.source() << ": " << skipped.reason()
            << "\n";
}

// Reads articles and extracts claims, recording every skipped input.
absl::StatusOr<ClaimCorpus> ExtractCorpus(const CommandOptions& options) {
  ExtractorOptions extractor_options;
  extractor_options.rules_dir =
      options.rules.empty() ? DefaultRulesDir() : options.rules;
  if (extractor_options.rules_dir.empty()) {
    return absl::NotFoundError(
        "no rules directory found; pass --rules or set XREF_RULES");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Extractor> extractor,
                   Extractor::Create(extractor_options));
  IngestOptions ingest_options;
  ingest_options.max_article_bytes = options.max_article_bytes;
  ClaimCorpus corpus;
  RETURN_IF_ERROR(ReadArticles(
      options.corpus, ingest_options,
      [&](Document doc) {
        absl::StatusOr<ClaimSet> claims = extractor->Extract(doc);
        if (!claims.ok()) {
          Skipped* skipped = corpus.add_skipped();
          skipped->set_source(doc.source());
          skipped->set_reason(
              absl::StrCat("extraction failed: ", claims.status().message()));
          PrintSkipped(*skipped);
          return;
        }
        *corpus.add_claim_sets() = *std::move(claims);
      },
      [&](Skipped skipped) {
        PrintSkipped(skipped);
        *corpus.add_skipped() = std::move(skipped);
      }));
  return corpus;
}

absl::StatusOr<Report> MatchCorpus(const ClaimCorpus& corpus,
                                   const CommandOptions& options) {
  std::string rules_dir =
      options.rules.empty() ? DefaultRulesDir() : options.rules;
  Gazetteer gazetteer;
  if (!rules_dir.empty()) {
    ASSIGN_OR_RETURN(gazetteer,
                     Gazetteer::Load(JoinPath(rules_dir, "gazetteer.textproto")));
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Matcher> matcher,
                   Matcher::Create(MatcherOptions(), &gazetteer));
  std::vector<ClaimSet> sets(corpus.claim_sets().begin(),
                             corpus.claim_sets().end());
  ASSIGN_OR_RETURN(Report report, matcher->Match(sets));
  for (const Skipped& skipped : corpus.skipped()) *report.add_skipped() = skipped;
  report.mutable_summary()->set_skipped_inputs(report.skipped_size());
  return report;
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
  absl::StatusOr<ClaimCorpus> corpus = ExtractCorpus(options);
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
  absl::StatusOr<Report> report = MatchCorpus(corpus, options);
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
  ReportFormats formats;
  formats.html = formats.markdown = formats.json = false;
  for (absl::string_view f : absl::StrSplit(options.formats, ',')) {
    if (f == "html") {
      formats.html = true;
    } else if (f == "md" || f == "markdown") {
      formats.markdown = true;
    } else if (f == "json") {
      formats.json = true;
    } else {
      return UsageError(absl::StrCat("unknown --format \"", f,
                                     "\" (choose from html, md, json)"));
    }
  }
  absl::Status written = WriteReport(report, options.out, formats);
  if (!written.ok()) return Fail(written);
  return kExitOk;
}

int RunCompare(const CommandOptions& options) {
  if (options.corpus.empty()) return UsageError("compare needs --corpus");
  if (options.out.empty()) return UsageError("compare needs --out");
  absl::StatusOr<ClaimCorpus> corpus = ExtractCorpus(options);
  if (!corpus.ok()) return Fail(corpus.status());
  if (corpus->claim_sets_size() == 0) {
    return ExitFor(0, corpus->skipped_size());
  }
  absl::StatusOr<Report> report = MatchCorpus(*corpus, options);
  if (!report.ok()) return Fail(report.status());
  for (const auto& [name, message] :
       std::vector<std::pair<std::string, const google::protobuf::Message*>>{
           {"claims.json", &*corpus}, {"report.pb", &*report}}) {
    absl::Status written = WriteProto(JoinPath(options.out, name), *message);
    if (!written.ok()) return Fail(written);
  }
  absl::Status written = WriteReport(*report, options.out, ReportFormats());
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
              !options.report.empty();
  if (given != 1) {
    return UsageError("eval needs exactly one of --corpus, --claims, --report");
  }
  absl::StatusOr<gold::AnswerKey> key = LoadAnswerKey(options.gold);
  if (!key.ok()) return Fail(key.status());
  Report report;
  if (!options.report.empty()) {
    absl::Status read = ReadProto(options.report, &report);
    if (!read.ok()) return Fail(read);
  } else {
    ClaimCorpus corpus;
    if (!options.claims.empty()) {
      absl::Status read = ReadProto(options.claims, &corpus);
      if (!read.ok()) return Fail(read);
    } else {
      absl::StatusOr<ClaimCorpus> extracted = ExtractCorpus(options);
      if (!extracted.ok()) return Fail(extracted.status());
      corpus = *std::move(extracted);
    }
    absl::StatusOr<Report> matched = MatchCorpus(corpus, options);
    if (!matched.ok()) return Fail(matched.status());
    report = *std::move(matched);
  }
  absl::StatusOr<EvalResult> result = Evaluate(report, *key);
  if (!result.ok()) return Fail(result.status());
  std::cout << (options.json ? FormatEvalJson(*result) : FormatEvalTable(*result));
  if (options.explain) std::cout << FormatEvalExplain(*result);
  return kExitOk;
}

}  // namespace xref

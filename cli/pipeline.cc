#include "cli/pipeline.h"

#include <iostream>
#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/status_macros.h"
#include "claims/extractor.h"
#include "claims/gazetteer.h"
#include "ingest/corpus_reader.h"
#include "matcher/matcher.h"

namespace xref {
namespace {

absl::StatusOr<std::string> RulesDir(const PipelineOptions& options) {
  std::string dir = options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir;
  if (dir.empty()) {
    return absl::NotFoundError(
        "no rules directory found; pass --rules or set XREF_RULES");
  }
  return dir;
}

}  // namespace

absl::StatusOr<ClaimCorpus> ExtractCorpus(absl::string_view corpus_path,
                                          const PipelineOptions& options) {
  ExtractorOptions extractor_options;
  ASSIGN_OR_RETURN(extractor_options.rules_dir, RulesDir(options));
  extractor_options.max_sentence_bytes = options.max_sentence_bytes;
  extractor_options.max_claims_per_document = options.max_claims_per_document;
  ASSIGN_OR_RETURN(std::unique_ptr<Extractor> extractor,
                   Extractor::Create(extractor_options));
  IngestOptions ingest_options;
  ingest_options.max_article_bytes = options.max_article_bytes;
  ClaimCorpus corpus;
  auto skip = [&](Skipped skipped) {
    if (options.print_skipped) {
      std::cerr << "xref: skipped " << skipped.source() << ": "
                << skipped.reason() << "\n";
    }
    *corpus.add_skipped() = std::move(skipped);
  };
  RETURN_IF_ERROR(ReadArticles(
      corpus_path, ingest_options,
      [&](Document doc) {
        absl::Status extracted = extractor->ExtractInto(doc, corpus.add_claim_sets());
        if (!extracted.ok()) {
          corpus.mutable_claim_sets()->RemoveLast();
          Skipped skipped;
          skipped.set_source(doc.source());
          skipped.set_reason(
              absl::StrCat("extraction failed: ", extracted.message()));
          skip(std::move(skipped));
          return;
        }
      },
      skip));
  return corpus;
}

absl::StatusOr<Report> MatchCorpus(const ClaimCorpus& corpus,
                                   const PipelineOptions& options) {
  ASSIGN_OR_RETURN(std::string rules_dir, RulesDir(options));
  ASSIGN_OR_RETURN(Gazetteer gazetteer,
                   Gazetteer::Load(JoinPath(rules_dir, "gazetteer.textproto")));
  ASSIGN_OR_RETURN(std::unique_ptr<Matcher> matcher,
                   Matcher::Create(MatcherOptions(), &gazetteer));
  std::vector<ClaimSet> sets(corpus.claim_sets().begin(),
                             corpus.claim_sets().end());
  ASSIGN_OR_RETURN(Report report, matcher->Match(sets));
  for (const Skipped& skipped : corpus.skipped()) *report.add_skipped() = skipped;
  report.mutable_summary()->set_skipped_inputs(report.skipped_size());
  return report;
}

}  // namespace xref

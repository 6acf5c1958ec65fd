// The compare pipeline as two library calls, shared by the `xref` subcommands
// and the end-to-end tests: articles -> ClaimCorpus -> Report.

#ifndef XREF_CLI_PIPELINE_H_
#define XREF_CLI_PIPELINE_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

struct PipelineOptions {
  // Rules directory; empty means DefaultRulesDir().
  std::string rules_dir;
  int64_t max_article_bytes = 10 * 1000 * 1000;
  // Extractor limits (see claims/extractor.h ExtractorOptions): longer
  // sentences are cut; a document over the claim limit is skipped with
  // "extraction failed: ... more than N claims" in `ClaimCorpus.skipped`.
  int64_t max_sentence_bytes = 4096;
  int max_claims_per_document = 10000;
  // Print each skipped input to stderr as it happens.
  bool print_skipped = true;
};

// Reads the articles under `corpus` and extracts each one's claims. Skipped
// inputs and documents whose extraction failed are listed in
// `ClaimCorpus.skipped`. Fails when the rules cannot be loaded or `corpus`
// cannot be read at all.
absl::StatusOr<ClaimCorpus> ExtractCorpus(absl::string_view corpus,
                                          const PipelineOptions& options);

// Matches the claim sets of one story into a Report; the corpus's skipped
// inputs are carried into `Report.skipped` and the summary.
absl::StatusOr<Report> MatchCorpus(const ClaimCorpus& corpus,
                                   const PipelineOptions& options);

}  // namespace xref

#endif  // XREF_CLI_PIPELINE_H_

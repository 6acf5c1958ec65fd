// Batch comparison runs: a large mixed corpus in, one report per story out.
//
// `RunBatch` streams the articles under `input` (ingest/corpus_reader.h),
// extracts claims on a thread pool, clusters the articles into stories, matches
// each story with two or more articles on the pool, and writes:
//   out/index.html, out/index.md    every story with its counts; singletons and
//                                   skipped inputs listed
//   out/batch.json                  the same as data (BatchIndex)
//   out/stories/<story id>/         report.{html,md,json}
//   out/spool/claims/NNNNNNNN.seg   one ClaimSet per article, keyed by the
//                                   article's content fingerprint
//   out/spool/reports/NNNNNNNN.seg  one Report per story (what report.json
//                                   holds, in binary), keyed by story id and
//                                   inputs fingerprint: the story's
//                                   completion marker
// The spools are append-only segment files (batch/spool.h), a few per run
// rather than one file per article or story, because creating files is what
// a batch run spent most of its system time on.
//
// Resumable and safe: every per-story file is written atomically (temporary
// file + rename; a rerun removes the temporary files a killed run left); a
// story's report goes to the reports spool after its files, under a key that
// includes the fingerprint of its inputs, so that record marks the story
// done. Spool records are checksummed; a rerun drops a record torn by a kill
// (and reports it on stderr), so that article or story is simply redone.
// Rerunning the same command reuses spooled claim sets whose article is
// unchanged and skips stories whose report is spooled under their current
// inputs and whose report files are in place, so a run killed at any point
// (SIGKILL included)
// loses at most the work in flight, and a changed article re-runs only its
// story. A failure in one document or story is recorded and never aborts the
// run. The spools only grow: a changed article or re-matched story adds a
// record and the superseded one stays (start with a fresh --out to reclaim
// the space).
//
// Memory: documents are not kept after extraction; the clusterer sees compact
// per-article records, and a story's claim sets are read back from the spool
// only while that story is matched.

#ifndef XREF_BATCH_BATCH_RUNNER_H_
#define XREF_BATCH_BATCH_RUNNER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/report.pb.h"

namespace xref {

struct BatchOptions {
  std::string input;      // Directory tree or .jsonl file. Required.
  std::string out_dir;    // Output directory. Required.
  std::string rules_dir;  // Rules directory. Required.
  int threads = 0;        // Worker threads; 0: all cores.
  int64_t max_article_bytes = 10 * 1000 * 1000;
  // Extractor limits (claims/extractor.h); a document over the claim limit
  // is skipped and listed in batch.json.
  int64_t max_sentence_bytes = 4096;
  int max_claims_per_document = 10000;
  // Progress on stderr: redrawn in place when stderr is a terminal, else a
  // plain line every `quiet_progress_seconds`.
  double quiet_progress_seconds = 10;
};

struct BatchSummary {
  int articles = 0;           // Documents read and extracted.
  int reused_extractions = 0; // Of those, claim sets reused from the spool.
  int skipped = 0;            // Inputs skipped (unreadable, failed extraction).
  int stories = 0;            // Stories with at least two articles.
  int singletons = 0;         // Articles alone in their story (listed only).
  int stories_matched = 0;    // Stories matched in this run.
  int stories_reused = 0;     // Stories whose outputs were already complete.
  int stories_failed = 0;     // Stories whose matching or writing failed.
  double seconds = 0;
};

// Runs the batch. Fails only when the run cannot start (missing input, bad
// rules, unwritable output directory); per-document and per-story failures are
// counted in the summary and listed in out/batch.json.
absl::StatusOr<BatchSummary> RunBatch(const BatchOptions& options);

// Reads a finished batch output directory back as one Report (for scoring a
// whole batch with an answer key): every story's report from the reports
// spool (expanded, see matcher/expand_report.h), in batch.json order, with event group, claim group and entity ids
// prefixed by the story id ("s1a2b.../g3") so they stay unique. `index` (if
// not null) receives batch.json. Fails naming the file when batch.json cannot
// be read, and naming the story when its report is missing from the spool or
// damaged; stories whose status is "failed: ..." are left out.
absl::StatusOr<Report> ReadBatchReport(absl::string_view out_dir,
                                       BatchIndex* index);

}  // namespace xref

#endif  // XREF_BATCH_BATCH_RUNNER_H_

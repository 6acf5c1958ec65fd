// The ECB+ event-coreference benchmark: reads one split, runs the same-stem
// baseline, xref's grouping (systems[0] and systems[1]), the matcher's
// GroupEvents on the same keys and document clusters (systems[2]) and, when
// asked, both main systems on gold sub-topics; scores all against the gold clusters with
// eval/coref_metrics (all mentions of the split scored together, singletons
// kept; secondary scores without singletons).
//
//   EcbPlusOptions options;
//   options.split = "dev";
//   ASSIGN_OR_RETURN(EcbPlusResult result, RunEcbPlus("../shared/ecbplus", options));
//   std::cout << FormatEcbPlusResult(result);
//
// Thread-safety: pure functions.

#ifndef XREF_BENCH_ECBPLUS_ECBPLUS_BENCHMARK_H_
#define XREF_BENCH_ECBPLUS_ECBPLUS_BENCHMARK_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "bench/ecbplus/event_grouping_adapter.h"
#include "eval/coref_metrics.h"

namespace xref {

struct EcbPlusOptions {
  std::string split = "dev";  // sub-directory of the data dir: "train" or "dev"
  // Trigger lexicon text proto (function words, lemmas, synonym sets).
  std::string lexicon_path = "bench/ecbplus/trigger_lexicon.textproto";
  EventGroupingOptions grouping;
  // Also report both systems on gold sub-topics (an easier, labelled setting).
  bool include_gold_subtopics = true;
};

struct EcbPlusSystemScore {
  std::string name;        // e.g. "same-stem baseline"
  std::string documents;   // document grouping used: "gold topics", ...
  CorefScores with_singletons;
  CorefScores without_singletons;  // gold and system singletons removed
  int clusters = 0;                // system clusters
};

struct EcbPlusResult {
  std::string split;
  int documents = 0;
  int mentions = 0;
  int gold_clusters = 0;
  int gold_singletons = 0;
  std::vector<EcbPlusSystemScore> systems;
  double seconds = 0;
};

// Reads `<data_dir>/<split>` with `<data_dir>/ECBplus_coreference_sentences.csv`
// and scores every system. Fails with the reader's errors (kNotFound naming a
// missing path, kInvalidArgument naming a malformed file).
absl::StatusOr<EcbPlusResult> RunEcbPlus(absl::string_view data_dir,
                                         const EcbPlusOptions& options);

// A fixed-width table of MUC, B3, CEAF-e, LEA (P/R/F1) and CoNLL F1 per
// system, then the secondary scores without singletons.
std::string FormatEcbPlusResult(const EcbPlusResult& result);

// Scores without singletons: gold singletons leave the key, response
// singletons leave the response (as twinless mentions).
CorefScores ScoreWithoutSingletons(const std::vector<int64_t>& key,
                                   const std::vector<int64_t>& response);

}  // namespace xref

#endif  // XREF_BENCH_ECBPLUS_ECBPLUS_BENCHMARK_H_

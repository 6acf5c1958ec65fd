#include "bench/ecbplus/ecbplus_benchmark.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/file.h"
#include "base/status_macros.h"
#include "bench/ecbplus/ecbplus_reader.h"

namespace xref {
namespace {

std::vector<int64_t> DropSingletons(const std::vector<int64_t>& labels) {
  absl::flat_hash_map<int64_t, int> size;
  for (int64_t l : labels) ++size[l];
  std::vector<int64_t> out = labels;
  for (int64_t& l : out) {
    if (size[l] == 1) l = -1;
  }
  return out;
}

int CountClusters(const std::vector<int64_t>& labels) {
  absl::flat_hash_map<int64_t, int> size;
  for (int64_t l : labels) ++size[l];
  return static_cast<int>(size.size());
}

const char* DocumentsName(DocumentGrouping g) {
  switch (g) {
    case DocumentGrouping::kGoldTopics:
      return "gold topics";
    case DocumentGrouping::kOwnClustering:
      return "gold topics + own doc clustering";
    case DocumentGrouping::kGoldSubTopics:
      return "GOLD SUB-TOPICS (easier)";
  }
  return "?";
}

}  // namespace

CorefScores ScoreWithoutSingletons(const std::vector<int64_t>& key,
                                   const std::vector<int64_t>& response) {
  return ScoreCoreference(DropSingletons(key), DropSingletons(response));
}

absl::StatusOr<EcbPlusResult> RunEcbPlus(absl::string_view data_dir,
                                         const EcbPlusOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(TriggerLexicon lexicon,
                   LoadTriggerLexicon(options.lexicon_path));
  ASSIGN_OR_RETURN(
      EcbSplit split,
      ReadEcbPlusSplit(JoinPath(data_dir, options.split),
                       JoinPath(data_dir, "ECBplus_coreference_sentences.csv"),
                       lexicon));
  EcbPlusResult result;
  result.split = options.split;
  result.documents = static_cast<int>(split.documents.size());
  result.mentions = static_cast<int>(split.mentions.size());
  result.gold_clusters = CountClusters(split.gold_clusters);
  {
    absl::flat_hash_map<int64_t, int> size;
    for (int64_t l : split.gold_clusters) ++size[l];
    for (const auto& [l, s] : size) result.gold_singletons += s == 1;
  }
  auto add = [&](const std::string& name, DocumentGrouping documents,
                 const std::vector<int64_t>& response) {
    EcbPlusSystemScore score;
    score.name = name;
    score.documents = DocumentsName(documents);
    score.with_singletons = ScoreCoreference(split.gold_clusters, response);
    score.without_singletons =
        ScoreWithoutSingletons(split.gold_clusters, response);
    score.clusters = CountClusters(response);
    result.systems.push_back(std::move(score));
  };
  add("same-stem baseline", DocumentGrouping::kGoldTopics,
      SameStemBaseline(split, lexicon, DocumentGrouping::kGoldTopics));
  add("xref grouping", options.grouping.documents,
      GroupEcbMentions(split, lexicon, options.grouping));
  {
    EventGroupingOptions matcher = options.grouping;
    matcher.use_matcher_grouper = true;
    matcher.matcher_require_evidence = false;
    add("matcher GroupEvents", matcher.documents,
        GroupEcbMentions(split, lexicon, matcher));
  }
  if (options.include_gold_subtopics) {
    add("same-stem baseline", DocumentGrouping::kGoldSubTopics,
        SameStemBaseline(split, lexicon, DocumentGrouping::kGoldSubTopics));
    EventGroupingOptions gold_sub = options.grouping;
    gold_sub.documents = DocumentGrouping::kGoldSubTopics;
    add("xref grouping", DocumentGrouping::kGoldSubTopics,
        GroupEcbMentions(split, lexicon, gold_sub));
  }
  result.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return result;
}

std::string FormatEcbPlusResult(const EcbPlusResult& result) {
  std::string out = absl::StrFormat(
      "ECB+ %s split: %d documents, %d event mentions, %d gold clusters "
      "(%d singletons); validated sentences; %.1f s\n",
      result.split, result.documents, result.mentions, result.gold_clusters,
      result.gold_singletons, result.seconds);
  auto table = [&](bool singletons) {
    absl::StrAppend(
        &out,
        singletons ? "\nWith singletons (headline; all mentions scored "
                     "together):\n"
                   : "\nWithout singletons (secondary):\n");
    absl::StrAppendFormat(
        &out, "%-20s %-34s %6s  %-17s %-17s %-17s %-17s %6s\n", "system",
        "documents", "clust", "MUC P/R/F1", "B3 P/R/F1", "CEAF-e P/R/F1",
        "LEA P/R/F1", "CoNLL");
    for (const EcbPlusSystemScore& s : result.systems) {
      const CorefScores& c =
          singletons ? s.with_singletons : s.without_singletons;
      auto prf = [](const Prf& p) {
        return absl::StrFormat("%4.1f/%4.1f/%4.1f", 100 * p.precision,
                               100 * p.recall, 100 * p.f1);
      };
      absl::StrAppendFormat(&out, "%-20s %-34s %6d  %-17s %-17s %-17s %-17s %6.2f\n",
                            s.name, s.documents, s.clusters, prf(c.muc),
                            prf(c.b3), prf(c.ceafe), prf(c.lea),
                            100 * c.conll_f1);
    }
  };
  table(true);
  table(false);
  return out;
}

}  // namespace xref

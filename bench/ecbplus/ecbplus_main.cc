// ecbplus_benchmark: scores the same-stem baseline and xref's event grouping
// on an ECB+ split.
//
//   bazel run //bench/ecbplus:ecbplus_benchmark -- --data=/work/shared/ecbplus --split=dev
//
// Relative --data and --lexicon paths are resolved against the workspace
// (BUILD_WORKSPACE_DIRECTORY) under `bazel run`. Exit 0 on success, 1 when the
// data cannot be read.

#include <cstdlib>
#include <iostream>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "bench/ecbplus/ecbplus_benchmark.h"

ABSL_FLAG(std::string, data, "../shared/ecbplus",
          "ECB+ directory holding train/, dev/ and the sentence CSV");
ABSL_FLAG(std::string, split, "dev", "split to score: train or dev");
ABSL_FLAG(std::string, lexicon, "bench/ecbplus/trigger_lexicon.textproto",
          "trigger lexicon text proto");
ABSL_FLAG(double, document_threshold, 0.05,
          "average-link cosine to merge document clusters");
ABSL_FLAG(bool, salient, true, "document vectors from salient tokens only");
ABSL_FLAG(bool, show_document_clusters, false,
          "print each topic's document clusters with the file-name sub-topic "
          "(diagnostic)");
ABSL_FLAG(std::string, dump, "",
          "write a TSV of mentions with gold and xref labels (diagnostic)");
ABSL_FLAG(double, key_document_threshold, 0.0,
          "doc cosine needed to merge one key across documents");
ABSL_FLAG(double, light_document_threshold, 0.2,
          "doc cosine needed to merge a light predicate across documents");
ABSL_FLAG(int, argument_weight, 2,
          "weight of argument-mention stems in document vectors");
ABSL_FLAG(bool, matcher, false, "use the matcher's GroupEvents for linking");
ABSL_FLAG(bool, matcher_evidence, true, "matcher: require evidence");
ABSL_FLAG(bool, matcher_participants, false,
          "matcher: human participants as participants");
ABSL_FLAG(bool, synonyms, true, "use the lexicon's synonym sets");

namespace {

std::string FromWorkspace(const std::string& path) {
  const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (path.empty() || path[0] == '/' || ws == nullptr) return path;
  return absl::StrCat(ws, "/", path);
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  xref::EcbPlusOptions options;
  options.split = absl::GetFlag(FLAGS_split);
  options.lexicon_path = FromWorkspace(absl::GetFlag(FLAGS_lexicon));
  options.grouping.document_threshold = absl::GetFlag(FLAGS_document_threshold);
  options.grouping.salient_words_only = absl::GetFlag(FLAGS_salient);
  options.grouping.key_document_threshold =
      absl::GetFlag(FLAGS_key_document_threshold);
  options.grouping.light_document_threshold =
      absl::GetFlag(FLAGS_light_document_threshold);
  options.grouping.argument_weight = absl::GetFlag(FLAGS_argument_weight);
  options.grouping.use_matcher_grouper = absl::GetFlag(FLAGS_matcher);
  options.grouping.matcher_require_evidence =
      absl::GetFlag(FLAGS_matcher_evidence);
  options.grouping.matcher_participants =
      absl::GetFlag(FLAGS_matcher_participants);
  options.grouping.use_synonyms = absl::GetFlag(FLAGS_synonyms);
  auto result =
      xref::RunEcbPlus(FromWorkspace(absl::GetFlag(FLAGS_data)), options);
  if (!result.ok()) {
    std::cerr << "ecbplus_benchmark: " << result.status() << "\n";
    return 1;
  }
  std::cout << xref::FormatEcbPlusResult(*result);
  if (!absl::GetFlag(FLAGS_dump).empty()) {
    auto lexicon = xref::LoadTriggerLexicon(options.lexicon_path);
    auto split = xref::ReadEcbPlusSplit(
        FromWorkspace(absl::GetFlag(FLAGS_data)) + "/" + options.split,
        FromWorkspace(absl::GetFlag(FLAGS_data)) +
            "/ECBplus_coreference_sentences.csv",
        *lexicon);
    const std::vector<int64_t> labels =
        xref::GroupEcbMentions(*split, *lexicon, options.grouping);
    std::ofstream out(absl::GetFlag(FLAGS_dump));
    for (size_t i = 0; i < labels.size(); ++i) {
      const auto& m = split->mentions[i];
      std::string args;
      for (const auto& a : m.arguments) {
        absl::StrAppend(&args, static_cast<int>(a.kind), ":", a.text, ";");
      }
      out << m.doc_id << "\t" << m.sentence << "\t"
          << absl::StrJoin(m.trigger_tokens, " ") << "\t" << m.stem << "\t"
          << split->gold_cluster_names[split->gold_clusters[i]] << "\t"
          << labels[i] << "\t" << args << "\n";
    }
  }
  if (absl::GetFlag(FLAGS_show_document_clusters)) {
    auto lexicon = xref::LoadTriggerLexicon(options.lexicon_path);
    auto split = xref::ReadEcbPlusSplit(
        FromWorkspace(absl::GetFlag(FLAGS_data)) + "/" + options.split,
        FromWorkspace(absl::GetFlag(FLAGS_data)) +
            "/ECBplus_coreference_sentences.csv",
        *lexicon);
    const std::vector<int> clusters = xref::ClusterDocuments(
        *split, *lexicon, xref::DocumentGrouping::kOwnClustering,
        options.grouping.document_threshold,
        options.grouping.salient_words_only, options.grouping.argument_weight);
    std::map<int, std::map<int, std::string>> by_topic;
    for (size_t i = 0; i < clusters.size(); ++i) {
      const auto& d = split->documents[i];
      by_topic[d.topic][clusters[i]] += d.ecbplus ? "+" : "e";
    }
    for (const auto& [topic, cs] : by_topic) {
      std::cout << "topic " << topic << ":";
      for (const auto& [c, members] : cs) std::cout << " " << members;
      std::cout << "\n";
    }
  }
  return 0;
}

// Story clustering on a generated corpus: pairwise precision/recall/F1 and
// time. Run from the workspace root:
//   bazel build -c opt //story:story_bench
//   bazel-bin/story/story_bench --stories 1000 --outlets 10 --seed 1

#include <chrono>
#include <cstdint>
#include <iostream>
#include <map>
#include <set>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "base/proto_io.h"
#include "story/story_clusterer.h"
#include "story/synthetic_articles.h"
#include "synth/corpus_generator.h"

ABSL_FLAG(int, stories, 1000, "Stories.");
ABSL_FLAG(int, outlets, 10, "Outlets.");
ABSL_FLAG(uint64_t, seed, 1, "Seed.");
ABSL_FLAG(bool, entities, true, "Pass the entities an ideal extractor finds.");
ABSL_FLAG(int, explain, 0, "Print up to this many mixed and split stories.");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  xref::GazetteerFile gazetteer;
  absl::Status status = xref::ReadProto("claims/rules/gazetteer.textproto", &gazetteer);
  if (!status.ok()) {
    std::cerr << status << "\n";
    return 1;
  }
  xref::GeneratorOptions options;
  options.stories = absl::GetFlag(FLAGS_stories);
  options.outlets = absl::GetFlag(FLAGS_outlets);
  options.seed = absl::GetFlag(FLAGS_seed);
  auto t0 = std::chrono::steady_clock::now();
  absl::StatusOr<xref::SyntheticCorpus> corpus = xref::GenerateCorpus(options, gazetteer);
  if (!corpus.ok()) {
    std::cerr << corpus.status() << "\n";
    return 1;
  }
  auto t1 = std::chrono::steady_clock::now();
  std::vector<std::string> truth;
  std::vector<xref::StoryArticle> articles =
      xref::ToStoryArticles(*corpus, absl::GetFlag(FLAGS_entities), &truth);
  auto t2 = std::chrono::steady_clock::now();
  xref::StoryClusterer clusterer;
  for (const xref::StoryArticle& a : articles) {
    status = clusterer.Add(xref::MakeStoryRecord(a));
    if (!status.ok()) {
      std::cerr << status << "\n";
      return 1;
    }
  }
  auto t3 = std::chrono::steady_clock::now();
  xref::StoryClustering result = clusterer.Finish();
  auto t4 = std::chrono::steady_clock::now();
  xref::PairwiseScores s = xref::ScorePairwise(result.story_of, truth);
  auto ms = [](auto a, auto b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  std::cout << absl::StrFormat(
      "articles=%d stories(gold)=%d stories(found)=%d singletons=%d\n"
      "pairwise precision=%.4f recall=%.4f f1=%.4f (true pairs %d, predicted %d)\n"
      "candidates=%d edges=%d refused_merges=%d\n"
      "time: generate %.0f ms, records %.0f ms, cluster %.0f ms\n",
      articles.size(), options.stories, result.stories.size(), result.singletons,
      s.precision, s.recall, s.f1, s.true_pairs, s.predicted_pairs,
      result.candidate_pairs, result.edges, result.refused_merges, ms(t0, t1),
      ms(t2, t3), ms(t3, t4));
  int budget = absl::GetFlag(FLAGS_explain);
  std::map<std::string, std::set<std::string>> found_per_truth;
  for (size_t i = 0; i < truth.size(); ++i) found_per_truth[truth[i]].insert(result.story_of[i]);
  for (const auto& members : result.stories) {
    std::set<std::string> labels;
    for (int m : members) labels.insert(truth[m]);
    if (labels.size() < 2 || budget <= 0) continue;
    --budget;
    std::cout << "MIXED:\n";
    for (int m : members) {
      std::cout << "  " << truth[m] << " " << articles[m].published.substr(0, 10) << " "
                << absl::StrJoin(articles[m].entities, "|") << " / "
                << absl::StrJoin(articles[m].places, "|") << "\n";
    }
  }
  budget = absl::GetFlag(FLAGS_explain);
  for (const auto& [story, found] : found_per_truth) {
    if (found.size() < 2 || budget <= 0) continue;
    --budget;
    std::cout << "SPLIT " << story << ":\n";
    for (size_t i = 0; i < truth.size(); ++i) {
      if (truth[i] != story) continue;
      std::cout << "  " << result.story_of[i] << " " << articles[i].published.substr(0, 10)
                << " " << absl::StrJoin(articles[i].entities, "|") << " / "
                << absl::StrJoin(articles[i].places, "|") << "\n";
    }
  }
  return 0;
}

// Story clustering: which articles of a large mixed corpus tell the same
// story. Articles about the same story end up together, different stories
// apart, without comparing all pairs.
//
// Signals: salient entities (people, organisations) under a
// transliteration-tolerant key (matcher/name_key.h: "Qasim Musleh",
// "Kasim Muslih" and the later mention "Muslih" share keys), places (a weak
// bonus only: many stories share a country or city), publication dates, and
// text similarity (Jaccard over word 3-shingles after dropping boilerplate
// shingles that occur in many articles).
//
// Blocking: candidate pairs come only from (a) MinHash LSH buckets over the
// shingles (banding) and (b) an inverted index of entity keys, skipping keys
// that occur in more than `entity_df_cap` articles; within a bucket or
// posting list only articles published within `max_days_apart` days pair up.
// Each candidate gets a score (idf-weighted Jaccard of verified entity keys,
// halved when only surnames agree, + place bonus or penalty + text Jaccard); edges at or above `min_edge_score` are merged
// strongest first with union-find, refusing a merge that would make a story
// span more than `max_story_span_days` (guard against chaining).
//
// Usage (memory stays bounded: a record keeps hashes and keys, not text):
//   StoryClusterer clusterer;
//   for (...) RETURN_IF_ERROR(clusterer.Add(MakeStoryRecord(article)));
//   StoryClustering result = clusterer.Finish();
//
// Deterministic: the same records in the same order give the same stories.
// Thread-safety: MakeStoryRecord is a pure function (call it from worker
// threads); a StoryClusterer is not thread-safe (Add from one thread).

#ifndef XREF_STORY_STORY_CLUSTERER_H_
#define XREF_STORY_STORY_CLUSTERER_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace xref {

struct StoryOptions {
  int shingle_size = 3;           // Words per shingle.
  int num_hashes = 96;            // MinHash signature length.
  int rows_per_band = 3;          // LSH: num_hashes / rows_per_band bands.
  int max_days_apart = 21;        // Candidate pairs: publication gap.
  int max_story_span_days = 45;   // A merge may not make a story longer.
  int entity_df_cap = 250;        // Entity keys in more articles: not blocked on.
  int lsh_bucket_cap = 400;       // Larger LSH buckets are boilerplate: skipped.
  // Shingles in more than max(boilerplate_df_min, fraction * articles)
  // articles are boilerplate and ignored.
  int boilerplate_df_min = 25;
  double boilerplate_df_fraction = 0.02;
  double place_bonus = 0.15;      // Added when the articles share a place,
  double place_penalty = 0.1;     // subtracted when both name places, none shared.
  // Entity score factor when the names agree only on a last token while both
  // articles give full names that differ ("Saham Golmani" / "Kushid Golmani").
  double surname_only_factor = 0.5;
  double text_weight = 1.0;       // Weight of the text Jaccard in the score.
  double min_edge_score = 0.5;
  // Threads for the MinHash signatures in Finish (the rest of Finish is
  // sequential); 0: all cores. The result does not depend on it.
  int threads = 1;
};

// One article as the clusterer sees it. `entities` are salient people and
// organisations (canonical names or any aliases, any spelling); `places` are
// place names; `published` is an ISO date ("YYYY-MM-DD", a longer timestamp
// is cut to its date; empty = unknown, no time constraint); `text` is the
// title and body.
struct StoryArticle {
  std::string id;
  std::string published;
  std::vector<std::string> entities;
  std::vector<std::string> places;
  std::string text;
};

// The compact form kept per article.
struct StoryRecord {
  std::string id;
  bool has_day = false;
  int64_t day = 0;                         // Days since 1970-01-01.
  std::vector<uint64_t> shingles;          // Sorted, unique shingle hashes.
  std::vector<std::string> entity_keys;    // Sorted, unique.
  // (key, light form) of every name, sorted: a shared key counts only when a
  // pair of light forms under it passes the soft-edit guard of name_key.h
  // (keys are coarse: "Dubkin" and "Dubkikhin" share one).
  std::vector<std::pair<std::string, std::string>> entity_forms;
  std::vector<std::string> place_keys;     // Sorted, unique.
  bool bad_date = false;                   // `published` was not a date.
};

// Reduces an article to its record: shingle hashes of the folded text
// (base/fold.h, Latin accents dropped: "Rodríguez" = "Rodriguez"), entity keys ("f:" full-name skeleton key and "l:" last-token
// key of each name) and folded place names. A `published` value that is not a
// date sets `bad_date` (Add reports it).
StoryRecord MakeStoryRecord(const StoryArticle& article, int shingle_size = 3);

struct StoryClustering {
  // Parallel to the order of Add: the story id of each article
  // ("story-000001", numbered by first article in input order). Singletons
  // get an id too.
  std::vector<std::string> story_of;
  // Members (input indices, ascending) of each story, in id order.
  std::vector<std::vector<int>> stories;
  int singletons = 0;          // Stories with one article (listed, not compared).
  int64_t candidate_pairs = 0; // Pairs scored (blocking output).
  int64_t edges = 0;           // Pairs at or above min_edge_score.
  int64_t refused_merges = 0;  // Edges refused by the span guard.
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = {});

  // Adds one article. Fails with kInvalidArgument naming the id for an empty
  // or duplicate id or an unparseable date; the record is then not added.
  absl::Status Add(StoryRecord record);

  int size() const { return static_cast<int>(records_.size()); }

  // Clusters everything added so far. May be called once.
  StoryClustering Finish();

 private:
  StoryOptions options_;
  std::vector<StoryRecord> records_;
  absl::flat_hash_set<std::string> ids_seen_;
};

// Pairwise precision, recall and F1 of `predicted` against `truth` (both
// parallel label vectors; equal labels = same story). Pairs are counted over
// all articles without enumerating them (label co-occurrence counts).
struct PairwiseScores {
  double precision = 0, recall = 0, f1 = 0;
  int64_t true_pairs = 0, predicted_pairs = 0, correct_pairs = 0;
};
PairwiseScores ScorePairwise(const std::vector<std::string>& predicted,
                             const std::vector<std::string>& truth);

}  // namespace xref

#endif  // XREF_STORY_STORY_CLUSTERER_H_

// ADAPTER: event grouping for untyped ECB+ event mentions, written for the
// benchmark in the matcher's style (block by predicate key, then check
// argument compatibility) because the matcher does not yet expose an event
// grouper for untyped mentions. When matcher/ provides one, this file should
// shrink to a conversion from EcbEventMention to the matcher's input.
//
// Input is only what a system may see: the mentions' text, stems and argument
// mentions, the documents' tokens and the gold topic (as the published
// systems use). No gold coreference is read. Gold sub-topics are used only
// when `DocumentGrouping::kGoldSubTopics` is asked for explicitly.
//
// Steps, within each gold topic:
//  1. Document clustering (kOwnClustering): TF-IDF vectors of each document's
//     content-word stems (IDF within the topic), average-link agglomerative
//     clustering by cosine until no pair of clusters reaches
//     `document_threshold`. This separates the topic's look-alike events.
//  2. Within each document cluster, mentions whose predicate keys match (stem
//     key, canonicalised through the lexicon's synonym sets) are merged,
//     unless their arguments conflict (see `EventGroupingOptions`).
//
// Thread-safety: pure function.

#ifndef XREF_BENCH_ECBPLUS_EVENT_GROUPING_ADAPTER_H_
#define XREF_BENCH_ECBPLUS_EVENT_GROUPING_ADAPTER_H_

#include <cstdint>
#include <vector>

#include "bench/ecbplus/ecbplus_reader.h"
#include "bench/ecbplus/trigger_lexicon.pb.h"

namespace xref {

enum class DocumentGrouping {
  kGoldTopics,      // one block per gold topic
  kOwnClustering,   // gold topics, then our own document clustering
  kGoldSubTopics,   // gold sub-topics (file names): easier, label as such
};

struct EventGroupingOptions {
  DocumentGrouping documents = DocumentGrouping::kOwnClustering;
  // Average-link cosine needed to merge two document clusters.
  double document_threshold = 0.05;
  // Document vectors from salient tokens only: capitalised words not at the
  // start of a sentence, and tokens with digits (names, places, dates,
  // numbers); otherwise all content words. Source-URL lines are skipped.
  bool salient_words_only = true;
  // Each stem of the argument mentions (participants, locations, times) of the
  // document's event sentences counts this many times in its vector.
  int argument_weight = 2;
  // Merge mentions whose keys share one canonical stem (not only equal keys).
  bool use_synonyms = true;
  // Link mentions with the matcher's GroupEvents (matcher/event_grouper.h)
  // inside each document cluster instead of the key/document rule below.
  bool use_matcher_grouper = false;
  bool matcher_require_evidence = true;
  // Pass human-participant stems as the records' participants (else only as
  // arguments).
  bool matcher_participants = false;
  // Join a multi-word key to the one-word key equal to its last word.
  bool match_heads = true;
  // Failing that, join it to the one-word key equal to its first word
  // ("Watergate scandal" -> "Watergate", "checked herself" -> "check").
  bool match_first_words = true;
  // Mentions with one key in different documents merge only when their
  // documents' average-link cosine reaches this (0 = always); the lexicon's
  // light predicates ("say", "cause") use `light_document_threshold`.
  double key_document_threshold = 0.0;
  double light_document_threshold = 0.2;
};

// Returns a cluster label per mention of `split.mentions` (same order).
// Reads only system-visible fields of `split` (never gold_clusters).
std::vector<int64_t> GroupEcbMentions(const EcbSplit& split,
                                      const TriggerLexicon& lexicon,
                                      const EventGroupingOptions& options);

// Same-stem baseline: mentions of one block (per `documents`) with equal
// `EcbEventMention::stem` form one cluster.
std::vector<int64_t> SameStemBaseline(const EcbSplit& split,
                                      const TriggerLexicon& lexicon,
                                      DocumentGrouping documents,
                                      double document_threshold = 0.05,
                                      bool salient_only = true);

// The document-cluster id of every document of `split` (index-aligned with
// split.documents) under `documents`; ids are unique across topics.
std::vector<int> ClusterDocuments(const EcbSplit& split,
                                  const TriggerLexicon& lexicon,
                                  DocumentGrouping documents,
                                  double document_threshold,
                                  bool salient_only, int argument_weight);

}  // namespace xref

#endif  // XREF_BENCH_ECBPLUS_EVENT_GROUPING_ADAPTER_H_

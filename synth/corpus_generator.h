// Synthetic corpus generator: many stories told by many outlets, with an
// answer key, for measuring story clustering, extraction and matching at scale.
//
// Each story is a real-world-like event (arrest, release, charge, conviction,
// killing, attack, protest; often followed by a related second event such as a
// release after an arrest, or injuries after an attack) with a main participant
// whose name is built from syllable inventories in Arabic, Persian, Russian,
// Chinese, Spanish or English style. Every outlet covering the story writes one
// article, with its own spelling of the name (planted transliteration variants:
// doubled consonants, q/k, ou/u, e/i, -ev/-yev, Zh/J, dropped "al-", dropped
// accents or second surnames, surname-only later mentions), its own way of
// writing dates (absolute, or relative to its publication date), numbers
// (digits, words, "a dozen", "more than 20", "dozens of") and attribution, plus
// filler and background so that texts read like articles (150-600 words).
//
// Planted per slot: agreements, conflicts (another date, count or place in a
// single-valued slot), divergences (other category sets in a multi-valued
// slot) and single-source claims. The answer key follows
// shared/README.md (documents, entities, events with slots, values, evidence,
// attribution, verdicts), with the `story` field of GoldDocument and GoldEvent
// set. Every evidence string occurs verbatim in its document's text.
//
// Templates are written independently of the extraction rules.
//
// Deterministic: the same options and gazetteer give byte-identical output on
// every platform (std::mt19937_64 with explicit seeding and a portable bounded
// draw; no std::*_distribution).
//
// Thread-safety: stateless functions.

#ifndef XREF_SYNTH_CORPUS_GENERATOR_H_
#define XREF_SYNTH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/gold.pb.h"
#include "proto/lexicon.pb.h"

namespace xref {

struct GeneratorOptions {
  int stories = 100;           // N >= 1.
  int outlets = 8;             // M in [2, 500]; each story has 2..M articles.
  uint64_t seed = 1;
  // Story dates are spread over this many days starting at `first_day`
  // ("YYYY-MM-DD").
  int span_days = 365;
  std::string first_day = "2023-01-01";
};

// One article in news-crawler shape.
struct SyntheticArticle {
  std::string id;
  std::string story;           // Story id ("story-0001"); not written to JSONL.
  std::string url;
  std::string source_domain;
  std::string outlet;          // Outlet display name.
  std::string date_publish;    // "YYYY-MM-DD HH:MM:SS".
  std::string title;
  std::string maintext;
};

// What was planted, counted when planting (independently of the verdicts the
// key computes): slots where a deviating outlet and a faithful outlet both
// report the slot.
struct PlantedCounts {
  int conflicts = 0;           // Single-valued slots.
  int divergences = 0;         // Multi-valued slots.
};

struct SyntheticCorpus {
  std::vector<SyntheticArticle> articles;  // Sorted by publication, then id.
  gold::AnswerKey key;
  PlantedCounts planted;
};

// Generates the corpus. Cities and their containing province or country come
// from `gazetteer` (places of kind "city" with a `within` parent). Fails with
// kInvalidArgument naming the option when stories < 1, outlets outside
// [2, 500], span_days < 1 or first_day is not a date, and when the gazetteer
// has fewer than 5 usable cities.
absl::StatusOr<SyntheticCorpus> GenerateCorpus(const GeneratorOptions& options,
                                               const GazetteerFile& gazetteer);

// One JSONL line (no trailing newline) with the fields url, source_domain,
// date_publish, title, maintext, id.
std::string ArticleJsonLine(const SyntheticArticle& article);

// Writes `out_dir`/articles.jsonl and `out_dir`/gold.json (pretty JSON with
// the .proto field names), each atomically, creating `out_dir` if needed.
// Fails with the file error naming the path.
absl::Status WriteCorpus(const SyntheticCorpus& corpus, absl::string_view out_dir);

// Loads the gazetteer at `gazetteer_path` (text format), generates and writes.
// What `xref generate` and //synth:generate call.
absl::Status GenerateToDirectory(const GeneratorOptions& options,
                                 absl::string_view gazetteer_path,
                                 absl::string_view out_dir);

}  // namespace xref

#endif  // XREF_SYNTH_CORPUS_GENERATOR_H_

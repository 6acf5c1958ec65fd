// Synthetic claim sets for tests and benchmarks: many stories, each reported
// by a few documents that spell the people's names differently (vowel and
// doubled-letter variants, al- particle, surname only), give the events'
// dates at day or month granularity (sometimes a conflicting nearby day),
// counts, charges (sometimes different sets) and attribute claims.
//
// Deterministic for a given seed. Test-only.

#ifndef XREF_MATCHER_CLAIM_GENERATOR_H_
#define XREF_MATCHER_CLAIM_GENERATOR_H_

#include <cstdint>
#include <vector>

#include "proto/claim.pb.h"

namespace xref {

// How people are named across stories.
enum class NameStyle {
  // Names from a small syllable inventory (2-syllable first names, 2-3
  // syllable surnames). As the corpus grows, unrelated people of different
  // stories increasingly share a surname up to soft edits, and sometimes a
  // full name: a stress case for blocking (large name-key buckets) and for
  // alias precision (their surname-only aliases must not chain them into one
  // entity; see step 2 of alias_index.h).
  kDense,
  // Names from the same syllables but longer (2-3 syllable first names, 3-4
  // syllable surnames), so that a person's name space grows faster than the
  // corpus: people of different stories rarely share a name, as in news
  // where the story clusterer hands the matcher one story at a time.
  // Within-story spelling variation is the same as kDense.
  kRealistic,
};

// About `num_claims` claims (at least one story) from generator `seed`.
std::vector<ClaimSet> GenerateClaimSets(int64_t num_claims, uint32_t seed,
                                        NameStyle names = NameStyle::kDense);

}  // namespace xref

#endif  // XREF_MATCHER_CLAIM_GENERATOR_H_

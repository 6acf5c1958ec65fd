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

// About `num_claims` claims (at least one story) from generator `seed`.
std::vector<ClaimSet> GenerateClaimSets(int64_t num_claims, uint32_t seed);

}  // namespace xref

#endif  // XREF_MATCHER_CLAIM_GENERATOR_H_

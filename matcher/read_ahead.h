// Reading the matcher's input ahead of the work on it.
//
// On a corpus larger than the caches, nearly every input field the matcher
// reads is a cache miss: claim sets are trees of separately allocated
// messages and strings. Inside the matcher's loops each miss waits on the
// work of the field before it, so the misses come one after another. The
// Read functions below read the same fields of one claim set and do nothing
// else: their loads do not wait on each other's results, so the processor
// keeps many misses in flight at once. The matcher calls them on the claim
// set a couple of positions ahead of the one it works on (and the Fetch
// functions a few more ahead); by the time it gets there, the fields are in
// the cache.
//
// Each Read function returns a checksum of what it read (each string's size
// and first byte, each number): a value that means nothing, but keeps the
// reads from being optimised away (pass it to `KeepReads`). They also
// measure the floor under matching: //bench:matcher_benchmark's BM_ReadInput
// reads a corpus with them and builds nothing. The Fetch functions have no
// effect but on the caches.
//
// Thread-safe (they only read).

#ifndef XREF_MATCHER_READ_AHEAD_H_
#define XREF_MATCHER_READ_AHEAD_H_

#include <cstdint>

#include "proto/claim.pb.h"

namespace xref {

// How many claim sets ahead of its work the matcher reads, and fetches the
// messages of: far enough for the misses to be over when it gets there, near
// enough for the lines to be still in the cache (at 10^6 generated claims,
// about six claims and two entities a claim set, reading 2 ahead was faster
// than 1 and than 4; fetching 4 ahead besides, faster again).
inline constexpr int kReadAheadSets = 2;
inline constexpr int kFetchAheadSets = 2 * kReadAheadSets;

// Fetch (prefetch, without waiting for) the message objects of `set`'s
// events and claims, or of its entities: what the reads below start from.
// Called further ahead than the reads, they save them the first miss of each
// message.
void FetchEventAndClaimMessages(const ClaimSet& set);
void FetchEntityMessages(const ClaimSet& set);

// The entity fields alias resolution reads: ids, types, canonical names,
// aliases, mention texts, acronyms and gazetteer keys.
uint64_t ReadEntityFields(const ClaimSet& set);

// The event and claim fields the matcher reads. Events: ids, types, lemmas
// (or triggers, without a lemma), participant and argument entity ids,
// argument words, times (ISO, first and last day, granularity) and place
// keys. Claims: event ids, subject entities, roles, modalities, values (kind,
// normalized text, place key, broader keys and the kind's own field) and
// attribution sources.
uint64_t ReadEventAndClaimFields(const ClaimSet& set);

// Keeps the reads behind `checksum` from being optimised away.
inline void KeepReads(uint64_t checksum) { asm volatile("" : : "r"(checksum)); }

}  // namespace xref

#endif  // XREF_MATCHER_READ_AHEAD_H_

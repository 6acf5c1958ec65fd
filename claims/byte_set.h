#ifndef XREF_CLAIMS_BYTE_SET_H_
#define XREF_CLAIMS_BYTE_SET_H_

#include <cstddef>
#include <initializer_list>

#include "absl/strings/string_view.h"

namespace xref {

// A set of at most kMaxBytes byte values, and a search for the next byte of
// a text that is in the set. The search reads 16 bytes at a time where the
// CPU has SSE2 (every x86-64), byte by byte elsewhere; both give the same
// answer. For scanners that act on a few bytes (sentence punctuation, the
// letters of one word) and skip everything else.
//
// Immutable after construction; safe to share across threads.
class ByteSet {
 public:
  static constexpr size_t kMaxBytes = 8;

  // The set of `bytes` (duplicates allowed). More than kMaxBytes distinct
  // values is a programming error: the extra ones are dropped.
  ByteSet(std::initializer_list<char> bytes);

  bool contains(char c) const { return member_[static_cast<unsigned char>(c)]; }

  // The first position p in [from, end) with contains(text[p]); `end` when
  // there is none. Requires from <= end <= text.size().
  size_t FindFirst(absl::string_view text, size_t from, size_t end) const;

 private:
  bool member_[256] = {};
  // Each member repeated over a 16-byte block, so that a
  // search loads its comparands instead of building them.
  alignas(16) char splats_[kMaxBytes][16] = {};
  size_t count_ = 0;
};

}  // namespace xref

#endif  // XREF_CLAIMS_BYTE_SET_H_

#include "claims/byte_set.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xref {

ByteSet::ByteSet(std::initializer_list<char> bytes) {
  for (char c : bytes) {
    if (contains(c) || count_ == kMaxBytes) continue;
    member_[static_cast<unsigned char>(c)] = true;
    bytes_[count_++] = c;
  }
}

size_t ByteSet::FindFirst(absl::string_view text, size_t from, size_t end) const {
  const char* data = text.data();
  size_t p = from;
#if defined(__SSE2__)
  __m128i wanted[kMaxBytes];
  for (size_t k = 0; k < count_; ++k) wanted[k] = _mm_set1_epi8(bytes_[k]);
  while (p + 16 <= end) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + p));
    __m128i hits = _mm_setzero_si128();
    for (size_t k = 0; k < count_; ++k) {
      hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, wanted[k]));
    }
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < end && !contains(data[p])) ++p;
  return p;
}

}  // namespace xref

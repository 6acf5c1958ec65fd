#include "claims/byte_set.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xref {
namespace {

#if defined(__SSE2__)
// The first position p in [from, end - end % 16 blocks) holding one of
// bytes[0..N), reading whole 16-byte blocks; the first unread position when
// no block holds one.
template <size_t N>
size_t FindInBlocks(const char* data, size_t p, size_t end, const char (*splats)[16]) {
  // Unrolled, so that the comparands stay in registers.
  __m128i wanted[N];
#pragma GCC unroll 8
  for (size_t k = 0; k < N; ++k) {
    wanted[k] = _mm_load_si128(reinterpret_cast<const __m128i*>(splats[k]));
  }
  while (end - p >= 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + p));
    __m128i hits = _mm_cmpeq_epi8(block, wanted[0]);
#pragma GCC unroll 8
    for (size_t k = 1; k < N; ++k) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, wanted[k]));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
  return p;
}
#endif

}  // namespace

ByteSet::ByteSet(std::initializer_list<char> bytes) {
  for (char c : bytes) {
    if (contains(c) || count_ == kMaxBytes) continue;
    member_[static_cast<unsigned char>(c)] = true;
    for (char& lane : splats_[count_]) lane = c;
    ++count_;
  }
}

size_t ByteSet::FindFirst(absl::string_view text, size_t from, size_t end) const {
  if (count_ == 0) return end;
  const char* data = text.data();
  size_t p = from;
#if defined(__SSE2__)
  switch (count_) {
    case 1: p = FindInBlocks<1>(data, p, end, splats_); break;
    case 2: p = FindInBlocks<2>(data, p, end, splats_); break;
    case 3: p = FindInBlocks<3>(data, p, end, splats_); break;
    case 4: p = FindInBlocks<4>(data, p, end, splats_); break;
    case 5: p = FindInBlocks<5>(data, p, end, splats_); break;
    case 6: p = FindInBlocks<6>(data, p, end, splats_); break;
    case 7: p = FindInBlocks<7>(data, p, end, splats_); break;
    default: p = FindInBlocks<kMaxBytes>(data, p, end, splats_); break;
  }
  if (p < end && contains(data[p])) return p;
#endif
  while (p < end && !contains(data[p])) ++p;
  return p;
}

}  // namespace xref

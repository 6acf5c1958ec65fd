#include "claims/word_start_filter.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xref {
namespace {

constexpr std::array<uint8_t, 256> MakeSlots() {
  std::array<uint8_t, 256> slots{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'a' && c <= 'z') {
      slots[c] = static_cast<uint8_t>(c - 'a');
    } else if (c >= 'A' && c <= 'Z') {
      slots[c] = static_cast<uint8_t>(c - 'A');
    } else if (c >= '0' && c <= '9') {
      slots[c] = static_cast<uint8_t>(26 + c - '0');
    } else if (c == '_') {
      slots[c] = 36;
    } else {
      slots[c] = 37;
    }
  }
  return slots;
}

}  // namespace

const std::array<uint8_t, 256> WordStartFilter::kSlots = MakeSlots();

void WordStartFilter::AddPrefix(absl::string_view prefix) {
  if (prefix.empty()) return;
  const int first = Slot(prefix[0]);
  if (prefix.size() == 1) {
    prefix_pairs_[first] = ~uint64_t{0};
  } else {
    prefix_pairs_[first] |= uint64_t{1} << Slot(prefix[1]);
  }
}

void WordStartFilter::AddWord(absl::string_view word) {
  if (word.empty()) return;
  for (char c : word) {
    if (!IsWordByte(c)) return AddPrefix(word);
  }
  const int first = Slot(word[0]);
  const int second = word.size() > 1 ? Slot(word[1]) : kOther;
  const uint64_t length = uint64_t{1} << std::min(word.size(), kLongLength);
  word_lengths_[first * kSlotCount + second] |= length;
  word_last_lengths_[first * kSlotCount + Slot(word.back())] |= length;
}

bool WordStartFilter::MayBeginAt(absl::string_view text, size_t i) const {
  size_t end = i;
  while (end < text.size() && IsWordByte(text[end])) ++end;
  return MayBeginAt(text, i, end);
}

namespace {

// Bit k set when bytes[k] is a word byte, k < 16.
uint32_t WordByteMask(const char* bytes) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  // Letters: (v | 0x20) in 'a'..'z'; digits: v in '0'..'9'; compared as
  // signed bytes after shifting each range to start at -128.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                     _mm_set1_epi8(static_cast<char>(-128 + 26)));
  const __m128i digit =
      _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                     _mm_set1_epi8(static_cast<char>(-128 + 10)));
  const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  return static_cast<uint32_t>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), underscore)));
#else
  uint32_t mask = 0;
  for (int k = 0; k < 16; ++k) mask |= uint32_t{WordStartFilter::IsWordByte(bytes[k])} << k;
  return mask;
#endif
}

}  // namespace

uint32_t WordStartFilter::WordBytes16(absl::string_view text, size_t base) {
  const size_t left = text.size() - base;
  if (left >= 16) return WordByteMask(text.data() + base);
  // The last 16 bytes of the text, shifted down to start at `base`.
  if (text.size() >= 16) return WordByteMask(text.data() + text.size() - 16) >> (16 - left);
  char block[16] = {};
  std::memcpy(block, text.data() + base, left);
  return WordByteMask(block);
}

size_t WordStartFilter::Next(absl::string_view text, size_t from) const {
  const size_t n = text.size();
  size_t i = from;
  if (i > 0) {
    while (i < n && IsWordByte(text[i - 1]) && IsWordByte(text[i])) ++i;
  }
  bool previous_is_word = i > 0 && i < n && IsWordByte(text[i - 1]);
  for (size_t base = i; base < n; base += 16) {
    const uint32_t words = WordBytes16(text, base);
    uint32_t starts = words & ~((words << 1) | uint32_t{previous_is_word});
    previous_is_word = (words >> 15 & 1) != 0;
    while (starts != 0) {
      const int k = __builtin_ctz(starts);
      starts &= starts - 1;
      const size_t start = base + k;
      const uint32_t after = (~words & 0xFFFF) >> k;
      size_t end;
      if (after != 0) {
        end = start + __builtin_ctz(after);
      } else {
        end = base + 16;
        while (end < n && IsWordByte(text[end])) ++end;
      }
      if (MayBeginAt(text, start, end)) return start;
    }
  }
  return n;
}

}  // namespace xref

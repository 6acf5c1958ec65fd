#include "claims/word_start_filter.h"

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

WordStartFilter::WordStartFilter(std::initializer_list<absl::string_view> words) {
  for (absl::string_view w : words) Add(w);
}

void WordStartFilter::Add(absl::string_view word) {
  if (word.empty()) return;
  const int first = Slot(word[0]);
  if (word.size() == 1) {
    pairs_[first] = ~uint64_t{0};
  } else {
    pairs_[first] |= uint64_t{1} << Slot(word[1]);
  }
}

size_t WordStartFilter::Next(absl::string_view text, size_t from) const {
  const size_t n = text.size();
  size_t i = from;
  if (i > 0) {
    while (i < n && Slot(text[i - 1]) != kOther && Slot(text[i]) != kOther) ++i;
  }
  while (i < n) {
    while (i < n && Slot(text[i]) == kOther) ++i;
    if (i == n) break;
    if (MayBeginAt(text, i)) return i;
    ++i;
    while (i < n && Slot(text[i]) != kOther) ++i;
  }
  return n;
}

}  // namespace xref

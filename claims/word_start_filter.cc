#include "claims/word_start_filter.h"

#include <algorithm>

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
  const int second = word.size() > 1 ? Slot(word[1]) : kOther;
  word_lengths_[Slot(word[0]) * kSlotCount + second] |=
      uint64_t{1} << std::min(word.size(), kLongLength);
}

bool WordStartFilter::Admits(absl::string_view text, size_t i, size_t end) const {
  const int first = Slot(text[i]);
  const int second = i + 1 < text.size() ? Slot(text[i + 1]) : kOther;
  return (prefix_pairs_[first] >> second & 1) != 0 ||
         (word_lengths_[first * kSlotCount + second] >> std::min(end - i, kLongLength) &
          1) != 0;
}

bool WordStartFilter::MayBeginAt(absl::string_view text, size_t i) const {
  size_t end = i;
  while (end < text.size() && IsWordByte(text[end])) ++end;
  return Admits(text, i, end);
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
    size_t end = i + 1;
    while (end < n && Slot(text[end]) != kOther) ++end;
    if (Admits(text, i, end)) return i;
    i = end;
  }
  return n;
}

}  // namespace xref

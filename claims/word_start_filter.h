// WordStartFilter: the word starts of a text where a word from a list may
// stand (or, for prefixes, begin), found by one pass that classifies 16 bytes
// at a time and looks at three bytes and the length of each word. For the
// hand-written scanners (dates, quantities) whose matches all begin with a
// word from a short list: they run their full test only where the filter
// lets them.
//
//   WordStartFilter f;
//   f.AddWord("since");          // The word "since", any ASCII case.
//   f.AddPrefix("over");         // Any word beginning "over" ("over12").
//   f.AddPrefix("7");            // Any word beginning with 7.
//   for (size_t p = f.Next(text, 0); p < text.size(); p = f.Next(text, p + 1))
//     ... a listed word may stand at p ...
//
// A word is a maximal run of [A-Za-z0-9_] (RE2's \w in ASCII); a word start
// is a word byte whose previous byte is not one. The filter compares the
// first two bytes of the word (ASCII case-insensitive; every byte outside
// [A-Za-z0-9_] counts as one value, so a one-byte word is its byte and
// "not a word byte") with those of the listed entries, and for whole words
// also the length and the first and last bytes together. So it lets through
// every word start where the text begins with a listed prefix, or where the
// word equals a listed word, in any ASCII case, plus some others.
//
// Immutable after construction; safe to share across threads.

#ifndef XREF_CLAIMS_WORD_START_FILTER_H_
#define XREF_CLAIMS_WORD_START_FILTER_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace xref {

class WordStartFilter {
 public:
  // Lets through word starts whose word is `word`. A `word` with bytes
  // outside [A-Za-z0-9_] is taken as a prefix. Empty words are ignored.
  void AddWord(absl::string_view word);

  // Lets through word starts where the text begins with `prefix`. Empty
  // prefixes are ignored.
  void AddPrefix(absl::string_view prefix);

  // True for the bytes of words: [A-Za-z0-9_].
  static bool IsWordByte(char c) { return Slot(c) != kOther; }

  // False only when neither a listed prefix begins nor a listed word stands
  // at the word start text[i].
  bool MayBeginAt(absl::string_view text, size_t i) const;

  // MayBeginAt for a caller that knows the word's end: the word is
  // text[i, end).
  bool MayBeginAt(absl::string_view text, size_t i, size_t end) const {
    const int first = Slot(text[i]);
    const int second = i + 1 < text.size() ? Slot(text[i + 1]) : kOther;
    if ((prefix_pairs_[first] >> second & 1) != 0) return true;
    const uint64_t lengths = word_lengths_[first * kSlotCount + second] &
                             word_last_lengths_[first * kSlotCount + Slot(text[end - 1])];
    return (lengths >> std::min(end - i, kLongLength) & 1) != 0;
  }

  // The first word start p >= from with MayBeginAt(text, p); text.size()
  // when there is none. A `from` inside a word skips the rest of it.
  size_t Next(absl::string_view text, size_t from) const;

 private:
  // Case-folded letters 0..25, digits 26..35, '_' 36, any other byte 37.
  static constexpr int kOther = 37;
  static constexpr int kSlotCount = kOther + 1;
  static constexpr size_t kLongLength = 63;  // Lengths from here on share a bit.
  static int Slot(char c) { return kSlots[static_cast<unsigned char>(c)]; }
  static const std::array<uint8_t, 256> kSlots;

  // Bit k set when text[base + k] is a word byte (0 past the end); reads 16
  // bytes at once where the CPU has SSE2 (every x86-64), byte by byte
  // elsewhere. Requires base < text.size().
  static uint32_t WordBytes16(absl::string_view text, size_t base);

  // prefix_pairs_[a] bit b: a listed prefix begins with slots a, b.
  std::array<uint64_t, kSlotCount> prefix_pairs_{};
  // word_lengths_[a * kSlotCount + b] bit k: a listed word of k bytes (k up
  // to kLongLength) begins with slots a, b; word_last_lengths_[a *
  // kSlotCount + z] bit k: one begins with a and ends with z.
  std::array<uint64_t, kSlotCount * kSlotCount> word_lengths_{};
  std::array<uint64_t, kSlotCount * kSlotCount> word_last_lengths_{};
};

}  // namespace xref

#endif  // XREF_CLAIMS_WORD_START_FILTER_H_

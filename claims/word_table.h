// A small map from words to bit flags for hand-written scanners that look up
// every word of a text (the date and quantity scanners): matching is ASCII
// case-insensitive, and most words are turned away by their first two bytes
// and length before any hashing.
//
//   WordTable t;
//   t.Add("since", kCue);
//   uint32_t flags = t.Find(text.substr(b, e - b));   // 0 when absent.
//
// Thread-safety: build once, then Find is safe from many threads.

#ifndef XREF_CLAIMS_WORD_TABLE_H_
#define XREF_CLAIMS_WORD_TABLE_H_

#include <array>
#include <cstdint>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace xref {

class WordTable {
 public:
  // Words longer than this are never found.
  static constexpr size_t kMaxWord = 31;

  // ORs `flags` into the flags of `word` (stored lower-cased). Words that are
  // empty or longer than kMaxWord are ignored.
  void Add(absl::string_view word, uint32_t flags);

  // The flags of `word` in any ASCII case; 0 when it was never added.
  uint32_t Find(absl::string_view word) const;

 private:
  static constexpr int kSlots = 37;   // a-z, 0-9, any other byte.
  static int Slot(char c);
  static int PrefixIndex(absl::string_view word);

  // For each first two bytes (or first byte and the end of the word), the
  // lengths of the words added, as bits.
  std::array<uint32_t, kSlots * (kSlots + 1)> lengths_{};
  absl::flat_hash_map<std::string, uint32_t> words_;
};

}  // namespace xref

#endif  // XREF_CLAIMS_WORD_TABLE_H_

// WordStartFilter: the word starts of a text where one of a list of words
// may begin, found by one pass that looks at two bytes per word. For the
// hand-written scanners (dates, quantities) whose matches all begin with a
// word from a short list: they run their full test only where the filter
// lets them.
//
//   WordStartFilter f({"on", "since", "0", "1"});   // "1": any digit run.
//   for (size_t p = f.Next(text, 0); p < text.size(); p = f.Next(text, p + 1))
//     ... a listed word may begin at p ...
//
// A word is a maximal run of [A-Za-z0-9_] (RE2's \w in ASCII); a word start
// is a word byte whose previous byte is not one. The filter compares the
// first two bytes (ASCII case-insensitive) of the text at a word start with
// the first two bytes of the listed words (a one-byte listed word matches any
// next byte; every byte outside [A-Za-z0-9_] counts as one byte value). So it
// lets through every word start where the text begins with a listed word in
// any ASCII case, followed by anything, plus some where it does not.
//
// Immutable after construction; safe to share across threads.

#ifndef XREF_CLAIMS_WORD_START_FILTER_H_
#define XREF_CLAIMS_WORD_START_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "absl/strings/string_view.h"

namespace xref {

class WordStartFilter {
 public:
  WordStartFilter() = default;
  explicit WordStartFilter(std::initializer_list<absl::string_view> words);

  // Lets through word starts where `word` may begin. Empty words are ignored.
  void Add(absl::string_view word);

  // True for the bytes of words: [A-Za-z0-9_].
  static bool IsWordByte(char c) { return Slot(c) != kOther; }

  // False only when no listed word begins (in any ASCII case) at text[i].
  bool MayBeginAt(absl::string_view text, size_t i) const {
    const int first = Slot(text[i]);
    const int second = i + 1 < text.size() ? Slot(text[i + 1]) : kOther;
    return (pairs_[first] >> second & 1) != 0;
  }

  // The first word start p >= from with MayBeginAt(text, p); text.size()
  // when there is none. A `from` inside a word skips the rest of it.
  size_t Next(absl::string_view text, size_t from) const;

 private:
  // Case-folded letters 0..25, digits 26..35, '_' 36, any other byte 37.
  static constexpr int kOther = 37;
  static int Slot(char c) { return kSlots[static_cast<unsigned char>(c)]; }
  static const std::array<uint8_t, 256> kSlots;

  // pairs_[a] bit b: some listed word begins with slots a, b.
  std::array<uint64_t, kOther + 1> pairs_{};
};

}  // namespace xref

#endif  // XREF_CLAIMS_WORD_START_FILTER_H_

#ifndef XREF_CLAIMS_LITERAL_SCANNER_H_
#define XREF_CLAIMS_LITERAL_SCANNER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace xref {

// Finds which of many literal strings occur in a text, ignoring the case of
// ASCII letters, in one pass: an Aho-Corasick automaton built in full when
// constructed. The words a rule's pattern cannot match without (its
// re2::FilteredRE2 atoms) are found this way before the pattern is run.
//
// An RE2::Set or an alternation of the rules would find the same sentences,
// but RE2 builds its automaton lazily, one state per new combination of
// partial matches: on varied news (every article brings new names and new
// word sequences) building those states is most of the time, and
// the states themselves outgrow the caches. This automaton has one state per
// prefix of a literal, all built here, so its cost per byte does not depend
// on what text came before.
//
// Literals are matched on bytes: a non-ASCII letter matches only the same
// bytes (callers that fold Unicode case must treat such literals as present).
// An empty literal occurs in every text.
//
// Immutable after construction; safe to share across threads.
class LiteralScanner {
 public:
  LiteralScanner() = default;
  explicit LiteralScanner(const std::vector<std::string>& literals);

  int size() const { return num_literals_; }

  // Into `*found` (replaced): the indices of the literals that occur in
  // `text`, each once, ascending.
  void FindAll(absl::string_view text, std::vector<int>* found) const;

  // Where the first occurrence in text[from, text.size()) ends, the start
  // of the shortest literal ending there: a position p >= from such that
  // every occurrence starting at or after `from` ends after p. -1 when no
  // literal occurs there.
  int64_t FindFirst(absl::string_view text, int64_t from) const;

 private:
  // Folds `c` to its class: ASCII letters to lower case, bytes no literal
  // has to class 0.
  int ClassOf(unsigned char c) const { return class_of_[c]; }

  template <typename Entry>
  void FindAllIn(const std::vector<Entry>& next, absl::string_view text,
                 std::vector<int>* found) const;
  template <typename Entry>
  int64_t FindFirstIn(const std::vector<Entry>& next, absl::string_view text,
                      int64_t from) const;

  int num_literals_ = 0;
  int num_classes_ = 1;
  uint8_t class_of_[256] = {};
  // The transitions, in one of two tables: next16_ when every state number
  // fits in 15 bits (the table is then half the size, and stays in the
  // cache), else next32_. Entry [state * num_classes_ + class] is the state
  // after reading a byte, its top bit set when some literal ends there, so
  // that the scan reads no other table on the bytes where none does.
  std::vector<uint16_t> next16_;
  std::vector<uint32_t> next32_;
  // For each state, the literals ending there ([out_begin_[s],
  // out_begin_[s + 1]) in out_), including those of its suffix states.
  std::vector<uint32_t> out_begin_;
  std::vector<int> out_;
  // The length of the shortest literal ending at each state (0: none).
  std::vector<uint32_t> shortest_;
  std::vector<int> empty_;  // The indices of empty literals.
};

}  // namespace xref

#endif  // XREF_CLAIMS_LITERAL_SCANNER_H_

// SplitCapture: the capture groups of a match of a pattern too large for
// RE2's backtracker, found with two smaller programs.
//
// Given a span that a pattern matches, RE2 finds its capture groups with its
// backtracker (BitState) only when the program has at most 512 instructions;
// a larger program (a rule with long case-insensitive word lists) takes the
// NFA, which costs about a thousand instructions per byte of the span.
// SplitCapture cuts the pattern at a top-level boundary (between two items of
// its outermost concatenation) into a head and a tail that each fit (when it
// can, a head that is one capturing group, whose group is then simply the
// head's match, found by RE2's automaton whatever the head's size; else the
// longest head), and on a span [b, e):
//   1. matches the head anchored at b, which gives its first parse in RE2's
//      leftmost-first order, ending at some m <= e;
//   2. matches the tail anchored at m and at e.
// The parses of a concatenation are ordered by the head's parse first, so
// when step 2 succeeds, the whole pattern's first parse of [b, e) is that
// head parse followed by the tail's first parse of [m, e): the groups are
// exactly those the whole pattern gives. When a step fails, the whole
// program is run. Empty-width assertions at the cut (\b, ^, $) see the same
// neighbouring bytes, since every match runs on the whole text.
//
//   std::unique_ptr<SplitCapture> split = SplitCapture::Create(*re);
//   if (split != nullptr) split->Match(text, begin, end, groups, n);
//
// Immutable after Create; Match is const and safe to call from many threads.

#ifndef XREF_CLAIMS_SPLIT_CAPTURE_H_
#define XREF_CLAIMS_SPLIT_CAPTURE_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "absl/strings/string_view.h"
#include "re2/re2.h"

namespace xref {

class SplitCapture {
 public:
  // RE2 runs its backtracker on programs of at most this many instructions.
  static constexpr int kBacktrackerMaxInstructions = 512;

  // A split of `whole` (compiled with whole's options), or null when whole's
  // program fits the backtracker already, when whole has longest-match
  // semantics, or when no top-level cut gives a tail that fits and a head
  // that fits or is one capturing group (a top-level alternation or flag
  // group "(?i)" allows no cut). `whole` must outlive the result.
  static std::unique_ptr<SplitCapture> Create(const RE2& whole);

  // Same result as whole.Match(text, begin, end, RE2::ANCHOR_BOTH, groups, n),
  // n >= 1.
  bool Match(absl::string_view text, size_t begin, size_t end,
             re2::StringPiece* groups, int n) const;

  // The byte offsets in `pattern` between two items of its outermost
  // concatenation (an item is a literal, class, escape, group or anchor with
  // its repetition operators), ascending; empty when the pattern has a
  // top-level alternation or flag group, \Q...\E, an octal escape, or is
  // malformed. Exposed for tests.
  static std::vector<size_t> TopLevelCuts(absl::string_view pattern);

 private:
  SplitCapture() = default;

  const RE2* whole_ = nullptr;
  std::unique_ptr<RE2> head_;
  std::unique_ptr<RE2> tail_;
  int head_groups_ = 0;
  int tail_groups_ = 0;
  // The head is one capturing group: its group is the head's match, found
  // without the capture engine.
  bool head_is_group_ = false;
};

}  // namespace xref

#endif  // XREF_CLAIMS_SPLIT_CAPTURE_H_

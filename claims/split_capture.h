// SplitCapture: the capture groups of a match of a pattern too large for
// RE2's backtracker, found with two smaller programs.
//
// Given a span that a pattern matches, RE2 finds its capture groups with its
// backtracker (BitState) only when the program has at most 512 instructions;
// a larger program (a rule with long case-insensitive word lists) takes the
// NFA, which costs about a thousand instructions per byte of the span.
// SplitCapture cuts the pattern at a top-level boundary (between two items of
// its outermost concatenation) into a head and a tail. A part with no group,
// or that is one capturing group (whose group is then its match), is matched
// by RE2's automaton alone, whatever its size; any other part must fit the
// backtracker, except that a tail too large is split the same way in turn
// (a few times at most). Among the cuts that allow it, a tail that needs no
// further split comes first, then a head that needs no capture engine, then
// the longest head. On a span [b, e), SplitCapture:
//   1. matches the head anchored at b, which gives its first parse in RE2's
//      leftmost-first order, ending at some m <= e;
//   2. matches the tail anchored at m and at e (with its own split, if any).
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
  // semantics, or when no top-level cut gives parts as above (a top-level
  // alternation or flag group "(?i)" allows no cut). `whole` must outlive
  // the result.
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
  // Create, splitting a tail that does not fit again at most `depth` times.
  static std::unique_ptr<SplitCapture> Create(const RE2& whole, int depth);

  const RE2* whole_ = nullptr;
  std::unique_ptr<RE2> head_;
  std::unique_ptr<RE2> tail_;
  int head_groups_ = 0;
  int tail_groups_ = 0;
  // The head is one capturing group: its group is the head's match, found
  // without the capture engine.
  bool head_is_group_ = false;
  bool tail_is_group_ = false;  // The same for the tail.
  // The tail's own split when the tail is too large for the backtracker.
  std::unique_ptr<SplitCapture> tail_split_;
};

// Same result as re.Match(text, begin, end, RE2::UNANCHORED, groups, n), by
// MatchSpanThenGroupsWith (base/re2_adapter.h): when `ascii` (the
// AsciiGroupsProgram of re) is not null, both steps run on it over ASCII
// text, the second through `ascii_split` (a SplitCapture of *ascii) when
// that is not null. n >= 1.
bool MatchGroups(const RE2& re, const RE2* ascii, const SplitCapture* ascii_split,
                 absl::string_view text, size_t begin, size_t end, re2::StringPiece* groups,
                 int n);

}  // namespace xref

#endif  // XREF_CLAIMS_SPLIT_CAPTURE_H_

// The one bridge between Abseil strings and Debian's RE2, whose API takes
// `re2::StringPiece` (Abseil 20220623's `absl::string_view` is its own type).
//
//   absl::string_view text = ...;
//   if (RE2::PartialMatch(ToPiece(text), *re)) ...
//   absl::string_view hit = ToView(piece);

#ifndef XREF_BASE_RE2_ADAPTER_H_
#define XREF_BASE_RE2_ADAPTER_H_

#include "absl/strings/string_view.h"
#include "re2/re2.h"
#include "re2/stringpiece.h"

namespace xref {

inline re2::StringPiece ToPiece(absl::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

inline absl::string_view ToView(re2::StringPiece s) {
  return absl::string_view(s.data(), s.size());
}

// Same result as re.Match(text, begin, end, RE2::UNANCHORED, groups, n), in
// two steps: the match span first (automaton only, no captures), then the
// capture groups of a match anchored to exactly that span. RE2 does this by
// itself for unanchored patterns, but runs the capture engine over all of
// text[begin, end) when the pattern starts with ^ (fails or not); this
// keeps that cost to the matched span. `n` >= 1; groups[0] is the match.
inline bool MatchSpanThenGroups(const RE2& re, absl::string_view text, size_t begin,
                                size_t end, re2::StringPiece* groups, int n) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece span;
  if (!re.Match(input, begin, end, RE2::UNANCHORED, &span, 1)) return false;
  if (n <= 1) {
    if (n == 1) groups[0] = span;
    return true;
  }
  size_t b = span.data() - text.data();
  return re.Match(input, b, b + span.size(), RE2::ANCHOR_BOTH, groups, n);
}

}  // namespace xref

#endif  // XREF_BASE_RE2_ADAPTER_H_

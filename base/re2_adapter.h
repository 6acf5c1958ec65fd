// The one bridge between Abseil strings and Debian's RE2, whose API takes
// `re2::StringPiece` (Abseil 20220623's `absl::string_view` is its own type).
//
//   absl::string_view text = ...;
//   if (RE2::PartialMatch(ToPiece(text), *re)) ...
//   absl::string_view hit = ToView(piece);

#ifndef XREF_BASE_RE2_ADAPTER_H_
#define XREF_BASE_RE2_ADAPTER_H_

#include "absl/strings/string_view.h"
#include "re2/stringpiece.h"

namespace xref {

inline re2::StringPiece ToPiece(absl::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

inline absl::string_view ToView(re2::StringPiece s) {
  return absl::string_view(s.data(), s.size());
}

}  // namespace xref

#endif  // XREF_BASE_RE2_ADAPTER_H_

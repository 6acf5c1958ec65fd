// Reading RE2 pattern syntax without parsing it: where an escape, a
// character class or a group that starts at a given byte ends. Callers that
// cut or split patterns (SplitCapture, the rule set's word pre-filters) step
// over whole items with these, so that a '|', '(' or ')' inside a class or an
// escape is never taken for syntax.
//
// Each function returns the index just past the item, or kPatternEnd for
// syntax it does not follow: \Q...\E, an octal or back-reference digit, or
// an item that is truncated or does not close. Callers treat kPatternEnd as
// "leave this pattern whole".

#ifndef XREF_CLAIMS_PATTERN_SYNTAX_H_
#define XREF_CLAIMS_PATTERN_SYNTAX_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"

namespace xref {

inline constexpr size_t kPatternEnd = absl::string_view::npos;

// The end of the escape starting at p[i] == '\\' ("\\w", "\\x41",
// "\\x{2013}", "\\pL", "\\p{Lu}").
size_t SkipEscape(absl::string_view p, size_t i);

// The end of the character class starting at p[i] == '[' (a leading '^' or
// ']', escapes and "[:alpha:]" inside).
size_t SkipClass(absl::string_view p, size_t i);

// The end of the group starting at p[i] == '(', nested groups, classes and
// escapes inside. When `bars` is not null, it gets the indices of the '|'
// at the group's own level (its alternatives' separators), ascending.
size_t SkipGroup(absl::string_view p, size_t i, std::vector<size_t>* bars = nullptr);

}  // namespace xref

#endif  // XREF_CLAIMS_PATTERN_SYNTAX_H_

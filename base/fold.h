// Folding text for comparison: the one place that decides when two spellings
// are "the same characters".
//
// `FoldForMatching` lower-cases ASCII letters, maps typographic quotes and
// apostrophes (U+2018, U+2019, U+201B, U+02BC, U+0060, U+00B4) to ', double
// quotes (U+201C, U+201D) to ", dashes (U+2010..U+2015, U+2212) to -, non-breaking
// and other Unicode spaces to ' ', and collapses runs of white space to one
// space with none at either end. Other bytes are kept. The result is for
// comparison only; offsets into it do not map back to the input.

#ifndef XREF_BASE_FOLD_H_
#define XREF_BASE_FOLD_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace xref {

std::string FoldForMatching(absl::string_view text);

// Sets `*out` to FoldForMatching(text), reusing its capacity (for loops
// that fold many short strings).
void FoldForMatchingInto(absl::string_view text, std::string* out);

// The base letters of a Latin-1 or Latin Extended-A letter (U+00C0..U+017F),
// lower case ("Á" -> "a", "ß" -> "ss"), or empty for other code points
// (and for U+00D7 and U+00F7, the multiplication and division signs).
absl::string_view LatinBaseLetters(uint32_t cp);

// True for the capital letters of Latin-1 and Latin Extended-A
// (U+00C0..U+00DE but U+00D7; "Ž", "Đ", "Ć", "Ł", "Ö"), the letters a name
// may begin with besides ASCII A..Z.
bool IsLatinCapital(uint32_t cp);

// True when `text` begins with an ASCII capital or, decoded as UTF-8, with
// a Latin capital (IsLatinCapital).
bool StartsWithCapital(absl::string_view text);

// FoldForMatching(text) with every Latin letter of U+00C0..U+017F as its
// base letters ("Puerto Alcázar" and "PUERTO ALCAZAR" give "puerto
// alcazar"): for keys that must not depend on whether an outlet writes
// accents.
std::string FoldAccentsForMatching(absl::string_view text);

}  // namespace xref

#endif  // XREF_BASE_FOLD_H_

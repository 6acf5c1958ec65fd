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

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace xref {

std::string FoldForMatching(absl::string_view text);

// Sets `*out` to FoldForMatching(text), reusing its capacity (for loops
// that fold many short strings).
void FoldForMatchingInto(absl::string_view text, std::string* out);

// The base letters of a Latin letter with diacritics, or of a Latin ligature
// or special letter, lower case ("Á" -> "a", "ß" -> "ss", "Đ" -> "d",
// "ư" -> "u", "ạ" -> "a", "ờ" -> "o"), or empty for other code points
// (ASCII among them, and U+00D7 and U+00F7, the multiplication and division
// signs). Covers Latin-1 (U+00C0..U+00FF), Latin Extended-A and -B
// (U+0100..U+024F) and Latin Extended Additional (U+1E00..U+1EFF, the
// letters of Vietnamese among them). Beyond Latin Extended-A the base is the
// first letter of the canonical decomposition (ICU), so a letter without
// one ("ƒ") gives empty.
absl::string_view LatinBaseLetters(uint32_t cp);

// As LatinBaseLetters, in the letter's case: the first base letter upper
// case for a capital, the others lower case ("Á" -> "A", "Æ" -> "Ae",
// "Đ" -> "D", "Ạ" -> "A", "ư" -> "u").
absl::string_view LatinBaseLettersCased(uint32_t cp);

// When a letter LatinBaseLetters knows begins at byte `i` of `text` (UTF-8;
// requires i < text.size()), sets `*len` to its length in bytes and returns
// its base letters (lower case); otherwise returns empty and leaves `*len`.
// Never more base letters than bytes.
absl::string_view LatinBaseLettersAt(absl::string_view text, size_t i, size_t* len);

// The length in bytes (2) of the combining diacritic (U+0300..U+036F) that
// begins at byte `i` of `text` (UTF-8), or 0: marks that no precomposed
// letter holds ("ẹ́" is "ẹ" and U+0301), which keys drop as they drop
// accents.
size_t CombiningMarkLength(absl::string_view text, size_t i);

// `text` with every letter LatinBaseLetters knows written as its
// LatinBaseLettersCased ("Policía" -> "Policia", "Đạt" -> "Dat"), every other
// byte kept: the spelling the matching text uses (NormalizeForMatching), for
// words and patterns that must match it.
std::string FoldLatinLetters(absl::string_view text);

// True for the capital letters LatinBaseLetters knows ("Ž", "Đ", "Ć",
// "Ł", "Ö", "Ạ"), the letters a name may begin with besides ASCII A..Z.
bool IsLatinCapital(uint32_t cp);

// True when `text` begins with an ASCII capital or, decoded as UTF-8, with
// a Latin capital (IsLatinCapital).
bool StartsWithCapital(absl::string_view text);

// FoldForMatching(text) with every Latin letter LatinBaseLetters knows as
// its base letters and combining diacritics dropped ("Puerto Alcázar" and
// "PUERTO ALCAZAR" give "puerto alcazar"): for keys that must not depend on
// whether an outlet writes accents.
std::string FoldAccentsForMatching(absl::string_view text);

}  // namespace xref

#endif  // XREF_BASE_FOLD_H_

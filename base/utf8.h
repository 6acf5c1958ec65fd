// UTF-8 validation for text read from the web.

#ifndef XREF_BASE_UTF8_H_
#define XREF_BASE_UTF8_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace xref {

// Returns the byte offset of the first byte that does not begin a valid,
// shortest-form UTF-8 sequence (surrogates and code points above U+10FFFF are
// invalid), or -1 when all of `text` is valid.
int64_t FindInvalidUtf8(absl::string_view text);

// Decodes the code point starting at byte `i` of `text` (requires
// `i < text.size()`) and sets `*len` to its length in bytes. Lenient, for
// text already validated or only being compared: a byte that does not start a
// complete sequence decodes as itself with `*len = 1`.
uint32_t DecodeUtf8At(absl::string_view text, size_t i, size_t* len);

// True when `text` looks like binary data rather than text: it contains a NUL
// byte, or more than 10% of its first 4 KiB are control characters other than
// tab, line feed, carriage return and form feed.
bool LooksBinary(absl::string_view text);

}  // namespace xref

#endif  // XREF_BASE_UTF8_H_

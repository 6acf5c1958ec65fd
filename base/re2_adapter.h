// The one bridge between Abseil strings and Debian's RE2, whose API takes
// `re2::StringPiece` (Abseil 20220623's `absl::string_view` is its own type).
//
//   absl::string_view text = ...;
//   if (RE2::PartialMatch(ToPiece(text), *re)) ...
//   absl::string_view hit = ToView(piece);

#ifndef XREF_BASE_RE2_ADAPTER_H_
#define XREF_BASE_RE2_ADAPTER_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

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

// True for the bytes RE2's \s matches: space, \t, \n, \f and \r (for
// hand-written scanners that must agree with a pattern's \s).
inline bool IsRe2Space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// True when every byte of `s` is ASCII (< 0x80).
inline bool IsAscii(absl::string_view s) {
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    high |= chunk;
  }
  for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
  return (high & 0x8080808080808080ull) == 0;
}

// Same result as re.Match(text, begin, end, RE2::UNANCHORED, groups, n),
// in two steps: the match span first (automaton only, no captures), then
// the capture groups of a match anchored to exactly that span. RE2 does this
// by itself for unanchored patterns, but runs the capture engine over all of
// text[begin, end) when the pattern starts with ^ (fails or not); this keeps
// that cost to the matched span. `n` >= 1; groups[0] is the match.
//
// The second step on an ASCII span is `ascii_capture(b, e, groups, n)`,
// which must give what re.Match(text, b, e, RE2::ANCHOR_BOTH, groups, n)
// gives: for example the same pattern compiled with Latin-1 encoding
// (AsciiGroupsProgram below). On ASCII bytes both programs accept the same
// strings with the same submatches, and the Latin-1 one is often much
// smaller (a class such as [^,] is one byte range instead of UTF-8
// sequences), so RE2 can take its faster capture engines. Spans with other
// bytes use `re`.
//
// `ascii_span`, when not null, is an AsciiGroupsProgram of `re`: when all of
// text[begin, end) is ASCII the first step runs on it too (a smaller program
// has fewer automaton states to build and look up; the span is the same).
template <typename AsciiCapture>
bool MatchSpanThenGroupsWith(const RE2& re, absl::string_view text, size_t begin,
                             size_t end, re2::StringPiece* groups, int n,
                             AsciiCapture&& ascii_capture,
                             const RE2* ascii_span = nullptr) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece span;
  const bool ascii_text =
      ascii_span != nullptr && IsAscii(text.substr(begin, end - begin));
  const RE2& first = ascii_text ? *ascii_span : re;
  if (!first.Match(input, begin, end, RE2::UNANCHORED, &span, 1)) return false;
  if (n <= 1) {
    if (n == 1) groups[0] = span;
    return true;
  }
  size_t b = span.data() - text.data();
  if (ascii_text || IsAscii(ToView(span))) {
    return ascii_capture(b, b + span.size(), groups, n);
  }
  return re.Match(input, b, b + span.size(), RE2::ANCHOR_BOTH, groups, n);
}

// `pattern` with each escape \x{...} of a code point above U+00FF written
// \x{FF}, so that it compiles with Latin-1 encoding. On ASCII text both
// accept the same strings with the same groups: neither code point matches
// an ASCII byte, and a class range ending above U+00FF keeps its ASCII part.
// Text quoted by \Q...\E is left as it is.
inline std::string CapEscapesAtLatin1(absl::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '\\' || i + 1 >= pattern.size()) {
      out.push_back(pattern[i]);
      continue;
    }
    if (pattern[i + 1] == 'Q') {  // Literal text up to \\E, copied as it is.
      size_t end = pattern.find("\\E", i + 2);
      end = end == absl::string_view::npos ? pattern.size() : end + 2;
      out.append(pattern.data() + i, end - i);
      i = end - 1;
      continue;
    }
    size_t close = std::string::npos;
    if (pattern[i + 1] == 'x' && i + 2 < pattern.size() && pattern[i + 2] == '{') {
      close = pattern.find('}', i + 3);
    }
    uint32_t code = 0;
    bool hex = close != std::string::npos && close > i + 3 && close - i - 3 <= 8;
    for (size_t k = i + 3; hex && k < close; ++k) {
      const char c = pattern[k];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) hex = false;
      code = code * 16 + static_cast<uint32_t>(digit < 0 ? 0 : digit);
    }
    if (hex && code > 0xFF) {
      out += "\\x{FF}";
      i = close;
      continue;
    }
    out.append(pattern.data() + i, 2);  // The escape's backslash and its letter.
    ++i;
  }
  return out;
}

// The Latin-1 program of MatchSpanThenGroupsWith for `re`: its pattern
// (CapEscapesAtLatin1) compiled with its options and Latin-1 encoding. Null
// when that program cannot be compiled or numbers its groups differently
// (then callers use `re` alone).
inline std::unique_ptr<RE2> AsciiGroupsProgram(const RE2& re) {
  RE2::Options options = re.options();
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_log_errors(false);
  auto latin1 = std::make_unique<RE2>(CapEscapesAtLatin1(re.pattern()), options);
  if (!latin1->ok() ||
      latin1->NumberOfCapturingGroups() != re.NumberOfCapturingGroups() ||
      latin1->NamedCapturingGroups() != re.NamedCapturingGroups()) {
    return nullptr;
  }
  return latin1;
}

}  // namespace xref

#endif  // XREF_BASE_RE2_ADAPTER_H_

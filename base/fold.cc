#include "base/fold.h"

#include <array>
#include <cstring>

#include "base/utf8.h"

namespace xref {

namespace {

// What an ASCII byte folds to: itself lower-cased, '`' to '\'', and white
// space to kSpace (which no byte folds to).
constexpr unsigned char kSpace = 0xFF;
constexpr std::array<unsigned char, 128> kAsciiFold = [] {
  std::array<unsigned char, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  }
  table['`'] = '\'';
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) table[static_cast<unsigned char>(c)] = kSpace;
  return table;
}();

}  // namespace

std::string FoldForMatching(absl::string_view text) {
  std::string out;
  FoldForMatchingInto(text, &out);
  return out;
}

void FoldForMatchingInto(absl::string_view text, std::string* result) {
  // The result is never longer than the input: each character folds to
  // itself or to one ASCII byte, and white space only shrinks. A run of
  // white space is written as one ' ' (no other character folds to ' ') and
  // dropped again at either end.
  std::string& out = *result;
  if (out.size() < text.size()) out.resize(text.size());
  char* const begin = out.data();
  char* o = begin;
  auto space = [&] {
    if (o != begin && o[-1] != ' ') *o++ = ' ';
  };
  const char* const data = text.data();
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) {
      const unsigned char folded = kAsciiFold[b];
      ++i;
      if (folded == kSpace) {
        space();
      } else {
        *o++ = static_cast<char>(folded);
      }
      continue;
    }
    size_t len;
    uint32_t cp = DecodeUtf8At(text, i, &len);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x0060:
      case 0x00B4:
        *o++ = '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E:
        *o++ = '"';
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
      case 0x2015: case 0x2212:
        *o++ = '-';
        break;
      case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
      case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
      case 0x202F: case 0x3000:
        space();
        break;
      default:
        if (cp < 0x80) {
          const char c = static_cast<char>(cp);
          *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        } else {
          std::memcpy(o, data + i, len);
          o += len;
        }
        break;
    }
    i += len;
  }
  if (o != begin && o[-1] == ' ') --o;
  out.resize(o - begin);
}

// The base letters of a Latin-1 or Latin Extended-A letter (U+00C0..U+017F),
// lower case ("á" -> "a", "ß" -> "ss"), or empty for other code points.
absl::string_view LatinBaseLetters(uint32_t cp) {
  static constexpr absl::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  // Latin Extended-A: (first code point of a run, base letters).
  static constexpr std::pair<int, absl::string_view> kExtendedA[] = {
      {0x100, "a"}, {0x106, "c"}, {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"},
      {0x124, "h"}, {0x128, "i"}, {0x132, "ij"}, {0x134, "j"}, {0x136, "k"},
      {0x139, "l"}, {0x143, "n"}, {0x14C, "o"}, {0x152, "oe"}, {0x154, "r"},
      {0x15A, "s"}, {0x162, "t"}, {0x168, "u"}, {0x174, "w"}, {0x176, "y"},
      {0x179, "z"}, {0x17F, "s"}, {0x180, ""}};
  if (cp >= 0xC0 && cp < 0x100) return kLatin1[cp - 0xC0];
  if (cp < 0x100 || cp >= 0x180) return "";
  absl::string_view base;
  for (const auto& [first, letters] : kExtendedA) {
    if (cp < first) break;
    base = letters;
  }
  return base;
}

bool IsLatinCapital(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp < 0x100 || cp > 0x17E) return false;
  // Latin Extended-A pairs capital and small letters: capitals at even code
  // points, except in U+0139..U+0148 and U+0179..U+017E (odd), with U+0138
  // (kra) and U+0149 (n preceded by apostrophe) small and U+0178 (Y with
  // diaeresis) capital.
  if (cp == 0x138 || cp == 0x149) return false;
  if (cp == 0x178) return true;
  const bool odd_run = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
  return (cp % 2 == 1) == odd_run;
}

bool StartsWithCapital(absl::string_view text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t len;
  const uint32_t cp = DecodeUtf8At(text, 0, &len);
  return len > 1 && IsLatinCapital(cp);
}

std::string FoldAccentsForMatching(absl::string_view text) {
  const std::string folded = FoldForMatching(text);
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size();) {
    size_t len = 1;
    if (static_cast<unsigned char>(folded[i]) >= 0x80) {
      const uint32_t cp = DecodeUtf8At(folded, i, &len);
      const absl::string_view base = LatinBaseLetters(cp);
      if (!base.empty()) {
        out.append(base.data(), base.size());
        i += len;
        continue;
      }
    }
    out.append(folded, i, len);
    i += len;
  }
  return out;
}

}  // namespace xref

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

}  // namespace xref

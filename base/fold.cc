#include "base/fold.h"

#include <array>
#include <cstring>

#include "absl/strings/ascii.h"
#include "base/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

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

namespace {

// The base letters of a Latin-1 or Latin Extended-A letter (U+00C0..U+017F),
// lower case ("á" -> "a", "ß" -> "ss"), or empty for other code points.
absl::string_view LatinBaseLettersOfExtendedA(uint32_t cp) {
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

// The base letters of every code point of U+00C0..U+024F and
// U+1E00..U+1EFF, lower case and in the letter's case, built once.
class LatinBaseTable {
 public:
  struct Entry {
    char lower[3] = {0, 0, 0};  // NUL-padded; at most two letters.
    char cased[3] = {0, 0, 0};
    absl::string_view Lower() const { return absl::string_view(lower, std::strlen(lower)); }
    absl::string_view Cased() const { return absl::string_view(cased, std::strlen(cased)); }
  };

  static const LatinBaseTable& Get() {
    static const LatinBaseTable* const table = new LatinBaseTable;
    return *table;
  }

  // The entry of `cp`, or nullptr outside the two blocks.
  const Entry* Find(uint32_t cp) const {
    if (cp >= kLatinFirst && cp < kLatinEnd) return &entries_[cp - kLatinFirst];
    if (cp >= kAdditionalFirst && cp < kAdditionalEnd) {
      return &entries_[kLatinEnd - kLatinFirst + cp - kAdditionalFirst];
    }
    return nullptr;
  }

 private:
  static constexpr uint32_t kLatinFirst = 0xC0, kLatinEnd = 0x250;
  static constexpr uint32_t kAdditionalFirst = 0x1E00, kAdditionalEnd = 0x1F00;

  LatinBaseTable() {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(error);
    auto fill = [&](uint32_t cp) {
      Entry& e = entries_[Find(cp) - entries_];
      absl::string_view base = LatinBaseLettersOfExtendedA(cp);
      char decomposed[2] = {0, 0};
      if (base.empty() && cp >= 0x180 && U_SUCCESS(error)) {
        icu::UnicodeString d;
        if (nfd->getDecomposition(static_cast<UChar32>(cp), d) && d.length() > 0) {
          const UChar first = d.charAt(0);
          if (first < 0x80 && absl::ascii_isalpha(static_cast<unsigned char>(first))) {
            decomposed[0] = absl::ascii_tolower(static_cast<char>(first));
            base = absl::string_view(decomposed, 1);
          }
        }
      }
      for (size_t k = 0; k < base.size(); ++k) {
        e.lower[k] = base[k];
        e.cased[k] = base[k];
      }
      if (!base.empty() && u_isupper(static_cast<UChar32>(cp))) {
        e.cased[0] = absl::ascii_toupper(e.cased[0]);
      }
    };
    for (uint32_t cp = kLatinFirst; cp < kLatinEnd; ++cp) fill(cp);
    for (uint32_t cp = kAdditionalFirst; cp < kAdditionalEnd; ++cp) fill(cp);
  }

  Entry entries_[(kLatinEnd - kLatinFirst) + (kAdditionalEnd - kAdditionalFirst)];
};

}  // namespace

absl::string_view LatinBaseLetters(uint32_t cp) {
  const LatinBaseTable::Entry* e = LatinBaseTable::Get().Find(cp);
  return e == nullptr ? absl::string_view() : e->Lower();
}

absl::string_view LatinBaseLettersCased(uint32_t cp) {
  const LatinBaseTable::Entry* e = LatinBaseTable::Get().Find(cp);
  return e == nullptr ? absl::string_view() : e->Cased();
}

namespace {

// The entry of the letter with base letters that begins at byte `i` of
// `text`, with `*len` set to its length in bytes; nullptr (and `*len` left)
// when none does.
const LatinBaseTable::Entry* EntryAt(absl::string_view text, size_t i, size_t* len) {
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  // U+00C0..U+024F are two bytes led by 0xC3..0xC9; U+1E00..U+1EFF three,
  // led by 0xE1 0xB8..0xBB.
  const bool latin = lead >= 0xC3 && lead <= 0xC9;
  const bool additional = lead == 0xE1 && i + 1 < text.size() &&
                          static_cast<unsigned char>(text[i + 1]) >= 0xB8 &&
                          static_cast<unsigned char>(text[i + 1]) <= 0xBB;
  if (!latin && !additional) return nullptr;
  size_t n;
  const uint32_t cp = DecodeUtf8At(text, i, &n);
  if (n == 1) return nullptr;  // Not a complete sequence.
  const LatinBaseTable::Entry* e = LatinBaseTable::Get().Find(cp);
  if (e == nullptr || e->lower[0] == 0) return nullptr;
  *len = n;
  return e;
}

}  // namespace

absl::string_view LatinBaseLettersAt(absl::string_view text, size_t i, size_t* len) {
  const LatinBaseTable::Entry* e = EntryAt(text, i, len);
  return e == nullptr ? absl::string_view() : e->Lower();
}

size_t CombiningMarkLength(absl::string_view text, size_t i) {
  if (i + 1 >= text.size()) return 0;
  const unsigned char c0 = text[i], c1 = text[i + 1];
  return (c0 == 0xCC && c1 >= 0x80 && c1 <= 0xBF) || (c0 == 0xCD && c1 >= 0x80 && c1 <= 0xAF)
             ? 2
             : 0;
}

std::string FoldLatinLetters(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    const LatinBaseTable::Entry* e = EntryAt(text, i, &len);
    if (e == nullptr) {
      out.push_back(text[i]);
    } else {
      const absl::string_view cased = e->Cased();
      out.append(cased.data(), cased.size());
    }
    i += len;
  }
  return out;
}

bool IsLatinCapital(uint32_t cp) {
  const absl::string_view cased = LatinBaseLettersCased(cp);
  return !cased.empty() && absl::ascii_isupper(static_cast<unsigned char>(cased[0]));
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
    if (const size_t mark = CombiningMarkLength(folded, i); mark > 0) {
      i += mark;
      continue;
    }
    size_t len = 1;
    const absl::string_view base = LatinBaseLettersAt(folded, i, &len);
    if (!base.empty()) {
      out.append(base.data(), base.size());
    } else {
      out.push_back(folded[i]);
    }
    i += len;
  }
  return out;
}

}  // namespace xref

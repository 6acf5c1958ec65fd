#include "claims/text_normalizer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/base/config.h"
#include "absl/hash/hash.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "base/fold.h"
#include "base/re2_adapter.h"
#include "base/utf8.h"
#include "re2/re2.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xref {
namespace {

// The ASCII replacement of a typographic character, or 0.
char FoldChar(uint32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
    case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A:
    case 0x202F: case 0x3000: case 0x2007: case 0x2008:
      return ' ';
    default:
      return 0;
  }
}

void AppendFolded(absl::string_view nfkc, int64_t origin, NormalizedText* out) {
  for (size_t i = 0; i < nfkc.size();) {
    size_t len;
    uint32_t cp = DecodeUtf8At(nfkc, i, &len);
    char folded = FoldChar(cp);
    if (folded != 0) {
      out->text.push_back(folded);
      out->offsets.Append(origin);
    } else if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF ||
               cp == 0x00AD || (cp >= 0x300 && cp < 0x370)) {
      // Zero-width characters, soft hyphens and combining diacritics (those
      // NFKC could not compose with their letter) carry nothing to match.
    } else if (absl::string_view base = LatinBaseLettersCased(cp); !base.empty()) {
      out->text.append(base.data(), base.size());
      out->offsets.Append(origin, base.size());
      out->folded_letters = true;
    } else {
      out->text.append(nfkc.data() + i, len);
      out->offsets.Append(origin, len);
    }
    i += len;
  }
}

// The end of the run of ASCII bytes other than '\r' starting at `i`.
size_t AsciiRunEnd(absl::string_view text, size_t i) {
  const size_t n = text.size();
  const char* s = text.data();
#if defined(__SSE2__)
  // Sixteen bytes a step: the sign bits mark bytes >= 0x80, and a compare
  // marks '\r'.
  const __m128i cr = _mm_set1_epi8('\r');
  for (; i + 16 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned stop =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(block, _mm_cmpeq_epi8(block, cr))));
    if (stop != 0) return i + __builtin_ctz(stop);
  }
#endif
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, s + i, 8);
    // A byte >= 0x80, or a byte equal to '\r' (zero after the xor).
    uint64_t cr = word ^ 0x0D0D0D0D0D0D0D0DULL;
    uint64_t zero = (cr - 0x0101010101010101ULL) & ~cr & 0x8080808080808080ULL;
    if (((word & 0x8080808080808080ULL) | zero) != 0) break;
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80 && s[i] != '\r') ++i;
  return i;
}

// The number of words of `line`, counted up to kWordCountCap: every word
// threshold of the furniture rules lies below the cap, so a long paragraph
// is not read to its end.
constexpr int kWordCountCap = 15;

// The lanes of `w` that hold byte `c`, marked by their high bit (exact per
// lane: no borrow crosses lanes).
uint64_t LanesEqual(uint64_t w, char c) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  const uint64_t x = w ^ (0x0101010101010101ULL * static_cast<unsigned char>(c));
  return ~(((x & kLow7) + kLow7) | x) & ~kLow7;
}

// The number of lanes of `flags` with their high bit set; no other bit may
// be set. A multiply adds the eight flags into the top byte (this needs no
// POPCNT instruction, which the default x86-64 target lacks).
int CountLaneFlags(uint64_t flags) {
  return static_cast<int>(((flags >> 7) * 0x0101010101010101ULL) >> 56);
}

// The number of set bits of a 16-bit value, without a POPCNT instruction.
int CountBits16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return static_cast<int>((x + (x >> 8)) & 0x1Fu);
}

int CountWords(absl::string_view line) {
  int words = 0;
  bool after_space = true;
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step: bit k of `space` is byte k; a word starts at a
  // non-space byte after a space.
  const __m128i blank = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
  for (; i + 16 <= line.size() && words < kWordCountCap; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const unsigned space = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(block, blank), _mm_cmpeq_epi8(block, tab))));
    const unsigned after = (space << 1) | (after_space ? 1u : 0u);
    words += CountBits16(~space & after & 0xFFFFu);
    after_space = (space >> 15) != 0;
  }
#endif
#if defined(ABSL_IS_LITTLE_ENDIAN)  // The lowest lane is the first byte.
  // Eight bytes at a time: a word starts at a non-space lane after a space.
  for (; i + 8 <= line.size() && words < kWordCountCap; i += 8) {
    uint64_t w;
    std::memcpy(&w, line.data() + i, 8);
    const uint64_t space = LanesEqual(w, ' ') | LanesEqual(w, '\t');
    const uint64_t after = (space << 8) | (after_space ? 0x80 : 0);
    words += CountLaneFlags(~space & after & 0x8080808080808080ULL);
    after_space = (space >> 63) != 0;
  }
  if (words >= kWordCountCap) return kWordCountCap;
#endif
  for (char c : line.substr(i)) {
    bool space = c == ' ' || c == '\t';
    if (!space && after_space && ++words == kWordCountCap) break;
    after_space = space;
  }
  return words;
}

bool EndsSentence(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' ||
                           line.back() == ')')) {
    line.remove_suffix(1);
  }
  return !line.empty() &&
         (line.back() == '.' || line.back() == '!' || line.back() == '?' ||
          line.back() == ':');
}

bool HasSentencePunctuation(absl::string_view line) {
  return line.find_first_of(".!?") != absl::string_view::npos;
}

}  // namespace

void OffsetArray::Reserve(size_t n) {
  if (n <= capacity_) return;
  std::unique_ptr<int64_t[]> grown(new int64_t[n]);
  if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_ * sizeof(int64_t));
  data_ = std::move(grown);
  capacity_ = n;
}

void OffsetArray::Append(int64_t value, size_t n) {
  if (size_ + n > capacity_) Reserve(std::max(size_ + n, 2 * capacity_));
  std::fill_n(data_.get() + size_, n, value);
  size_ += n;
}

void OffsetArray::AppendRun(int64_t first, size_t n) {
  if (size_ + n > capacity_) Reserve(std::max(size_ + n, 2 * capacity_));
  int64_t* out = data_.get() + size_;
  size_t k = 0;
#if defined(__SSE2__)
  // Two entries a store, eight a step.
  __m128i pair = _mm_set_epi64x(first + 1, first);
  const __m128i two = _mm_set1_epi64x(2);
  for (; k + 8 <= n; k += 8) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), pair);
    pair = _mm_add_epi64(pair, two);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k + 2), pair);
    pair = _mm_add_epi64(pair, two);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k + 4), pair);
    pair = _mm_add_epi64(pair, two);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k + 6), pair);
    pair = _mm_add_epi64(pair, two);
  }
#endif
  for (; k < n; ++k) out[k] = first + k;
  size_ += n;
}

int64_t NormalizedText::ToOriginal(int64_t i) const {
  if (offsets.empty()) return 0;
  if (i < 0) i = 0;
  if (i >= static_cast<int64_t>(offsets.size())) i = offsets.size() - 1;
  return offsets[i];
}

std::string NormalizedText::RestoreLatinLetters(absl::string_view original,
                                                TextRange r) const {
  r.begin = std::max<int64_t>(0, r.begin);
  r.end = std::min<int64_t>(static_cast<int64_t>(text.size()), r.end);
  std::string out;
  if (r.end <= r.begin) return out;
  out.reserve(r.end - r.begin);
  if (!folded_letters) {
    out.assign(text, r.begin, r.end - r.begin);
    return out;
  }
  // The combining diacritics (U+0300..U+036F) that normalising dropped
  // after the character at original [o, o + len), written back ("ẹ́" is
  // "ẹ" and U+0301: no one character).
  auto append_dropped_marks = [&](int64_t o, size_t len, int64_t next) {
    const size_t from = static_cast<size_t>(o) + len;
    const absl::string_view span =
        original.substr(0, std::min(static_cast<size_t>(next), original.size()));
    size_t b = from;
    for (size_t mark; b < span.size() && (mark = CombiningMarkLength(span, b)) > 0;) b += mark;
    if (b == span.size() && b > from) out.append(original.data() + from, b - from);
  };
  for (int64_t i = r.begin; i < r.end;) {
    const int64_t o = offsets[i];
    size_t len = 0;
    if (static_cast<size_t>(o) < original.size() &&
        static_cast<unsigned char>(original[o]) >= 0x80 &&
        !LatinBaseLettersAt(original, o, &len).empty()) {
      // Every byte the letter became, written once as the letter.
      out.append(original.data() + o, len);
      while (i < r.end && offsets[i] == o) ++i;
      append_dropped_marks(o, len, offsets[i]);
      continue;
    }
    out.push_back(text[i++]);
    if (static_cast<size_t>(o) < original.size() &&
        static_cast<unsigned char>(original[o]) < 0x80) {
      append_dropped_marks(o, 1, offsets[i]);
    }
  }
  return out;
}

TextRange NormalizedText::ToOriginal(TextRange r) const {
  TextRange o;
  o.begin = ToOriginal(r.begin);
  if (r.end <= r.begin) {
    o.end = o.begin;
    return o;
  }
  // The end is the first original byte after the character holding the last
  // normalised byte.
  int64_t last = ToOriginal(r.end - 1);
  int64_t next = ToOriginal(r.end);
  o.end = next > last ? next : offsets.back();
  for (int64_t j = r.end; j < static_cast<int64_t>(offsets.size()); ++j) {
    if (offsets[j] > last) {
      o.end = offsets[j];
      break;
    }
  }
  return o;
}

NormalizedText NormalizeForMatching(absl::string_view original) {
  NormalizedText out;
  NormalizeForMatchingInto(original, &out);
  return out;
}

void NormalizeForMatchingInto(absl::string_view original, NormalizedText* result) {
  NormalizedText& out = *result;
  out.text.clear();
  out.offsets.Clear();
  out.folded_letters = false;
  out.text.reserve(original.size());
  out.offsets.Reserve(original.size() + 1);
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(error);
  size_t i = 0;
  while (i < original.size()) {
    size_t run_end = AsciiRunEnd(original, i);
    if (run_end > i && run_end < original.size() &&
        static_cast<unsigned char>(original[run_end]) >= 0x80 && U_SUCCESS(error)) {
      size_t next_len;
      uint32_t next = DecodeUtf8At(original, run_end, &next_len);
      // The last ASCII byte starts a segment with the marks that follow it.
      if (!nfkc->hasBoundaryBefore(next)) --run_end;
    }
    if (run_end > i) {
      out.text.append(original.data() + i, run_end - i);
      out.offsets.AppendRun(i, run_end - i);
      i = run_end;
      continue;
    }
    if (original[i] == '\r') {
      bool starts_sequence = false;
      if (i + 1 < original.size() &&
          static_cast<unsigned char>(original[i + 1]) >= 0x80 && U_SUCCESS(error)) {
        size_t next_len;
        starts_sequence = !nfkc->hasBoundaryBefore(DecodeUtf8At(original, i + 1, &next_len));
      }
      if (!starts_sequence) {
        ++i;
        continue;
      }
    }
    // A segment: one starter and the combining marks after it.
    size_t start = i;
    size_t len;
    uint32_t first = DecodeUtf8At(original, i, &len);
    i += len;
    bool single = true;
    while (i < original.size() && static_cast<unsigned char>(original[i]) >= 0x80) {
      // Combining marks and other non-starters join the segment.
      uint32_t cp = DecodeUtf8At(original, i, &len);
      if (U_SUCCESS(error) && nfkc->hasBoundaryBefore(cp)) break;
      i += len;
      single = false;
    }
    absl::string_view segment = original.substr(start, i - start);
    if (single && first >= 0x80 && U_SUCCESS(error) && nfkc->isInert(first)) {
      // NFKC leaves an inert character as it is.
      AppendFolded(segment, start, &out);
      continue;
    }
    std::string normalized;
    if (U_SUCCESS(error)) {
      UErrorCode e = U_ZERO_ERROR;
      icu::UnicodeString us = icu::UnicodeString::fromUTF8(
          icu::StringPiece(segment.data(), segment.size()));
      icu::UnicodeString n = nfkc->normalize(us, e);
      if (U_SUCCESS(e)) n.toUTF8String(normalized);
    }
    if (normalized.empty()) normalized = std::string(segment);
    AppendFolded(normalized, start, &out);
  }
  out.offsets.Append(original.size());
}

namespace {

// IsReaderPrompt for a line of `words` words (CountWords(line), capped).
bool IsReaderPromptOfWords(absl::string_view line, int words) {
  static const RE2* const kPrompt = new RE2(
      "(?i)\\b(?:let us know|tell us (?:what|how)|share (?:this|your)|sign up|"
      "subscribe|click here|read more|follow us|(?:was|is|did) (?:this|it|you) "
      "(?:worth|helpful|useful|find|enjoy|like)|what do you think|"
      "leave a comment|rate this|download (?:our|the) app|newsletter|"
      "advertisement|skip to (?:main )?content)\\b");
  return words <= 14 && RE2::PartialMatch(ToPiece(line), *kPrompt);
}

// Hashes a line by its length and its first and last 16 bytes (lines with
// equal hashes are still compared in full): hashing every paragraph whole
// cost more than the rest of the furniture pass.
struct LineHash {
  size_t operator()(absl::string_view line) const {
    if (line.size() < 16) return absl::Hash<absl::string_view>()(line);
    uint64_t w[4];
    std::memcpy(&w[0], line.data(), 16);
    std::memcpy(&w[2], line.data() + line.size() - 16, 16);
    return absl::Hash<std::tuple<size_t, uint64_t, uint64_t, uint64_t, uint64_t>>()(
        std::make_tuple(line.size(), w[0], w[1], w[2], w[3]));
  }
};

}  // namespace

bool IsReaderPrompt(absl::string_view line) {
  return IsReaderPromptOfWords(line, CountWords(line));
}

size_t SectionNumberLength(absl::string_view paragraph) {
  size_t i = 0;
  int numbers = 0;
  while (true) {
    const size_t digits_begin = i;
    while (i < paragraph.size() && i - digits_begin < 3 && absl::ascii_isdigit(paragraph[i])) ++i;
    if (i == digits_begin) return 0;
    ++numbers;
    if (i < paragraph.size() && paragraph[i] == '.' && i + 1 < paragraph.size() &&
        absl::ascii_isdigit(paragraph[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (numbers < 2) return 0;
  if (i < paragraph.size() && paragraph[i] == '.') ++i;
  const size_t label_end = i;
  while (i < paragraph.size() && (paragraph[i] == ' ' || paragraph[i] == '\t')) ++i;
  if (i == label_end || i == paragraph.size()) return 0;
  const char next = paragraph[i];
  if (!absl::ascii_isupper(next) && !absl::ascii_isdigit(next) && next != '"' && next != '\'') {
    return 0;
  }
  return i;
}

size_t DatelineLength(absl::string_view paragraph) {
  // The place: capitals up to a comma, a parenthesis or a dash.
  constexpr size_t kMaxPlace = 40;
  const absl::string_view head = paragraph.substr(0, kMaxPlace + 2);
  size_t i = std::min(head.find_first_of(",(\n"), head.find(" -"));
  if (i == absl::string_view::npos || i > kMaxPlace) return 0;
  int capitals = 0;
  for (char c : paragraph.substr(0, i)) {
    if (!absl::ascii_isupper(c) && c != ' ' && c != '.' && c != '-' && c != '\'') return 0;
    capitals += absl::ascii_isupper(c) ? 1 : 0;
  }
  if (capitals < 3) return 0;
  constexpr size_t kMaxPart = 24;
  for (int parts = 0; parts < 2 && i < paragraph.size() && paragraph[i] == ','; ++parts) {
    const size_t end = paragraph.find_first_of(",()-\n", i + 1);
    if (end == absl::string_view::npos || end - i > kMaxPart) return 0;
    i = end;
  }
  while (i < paragraph.size() && paragraph[i] == ' ') ++i;
  if (i < paragraph.size() && paragraph[i] == '(') {
    constexpr size_t kMaxCredit = 40;
    const size_t close = paragraph.find_first_of(")\n", i + 1);
    if (close == absl::string_view::npos || paragraph[close] != ')' || close - i > kMaxCredit) {
      return 0;
    }
    i = close + 1;
    while (i < paragraph.size() && paragraph[i] == ' ') ++i;
  }
  if (i >= paragraph.size() || paragraph[i] != '-') return 0;
  while (i < paragraph.size() && paragraph[i] == '-') ++i;
  if (i >= paragraph.size() || paragraph[i] != ' ') return 0;
  while (i < paragraph.size() && paragraph[i] == ' ') ++i;
  return i;
}

SpeakerLabel FindSpeakerLabel(absl::string_view paragraph) {
  constexpr int kMaxWords = 4;
  constexpr size_t kMaxRole = 30;
  size_t i = 0;
  int words = 0;
  while (words < kMaxWords && i < paragraph.size() && absl::ascii_isupper(paragraph[i])) {
    size_t e = i + 1;
    while (e < paragraph.size() &&
           (absl::ascii_isalpha(paragraph[e]) || paragraph[e] == '\'' || paragraph[e] == '-' ||
            paragraph[e] == '.' || static_cast<unsigned char>(paragraph[e]) >= 0x80)) {
      ++e;
    }
    if (words == 0) {
      // Labels of the page, not speakers; a single letter is Q or A.
      const absl::string_view first = paragraph.substr(i, e - i);
      if (first.size() < 2) return {};
      for (absl::string_view page :
           {"Note", "Update", "Updated", "Editor's", "Editors", "Photo", "Photos", "Video",
            "Watch", "Read", "Related", "Correction", "Clarification", "Source", "Sources",
            "Caption", "Warning", "Breaking", "Live", "Exclusive", "Analysis", "Opinion",
            "Comment", "Factbox", "Explainer", "Timeline", "Transcript", "Listen", "Also",
            "See", "Credit", "Credits", "Disclaimer", "Subscribe", "Advertisement"}) {
        if (first == page) return {};
      }
    }
    ++words;
    i = e;
    if (i < paragraph.size() && paragraph[i] == ' ' && i + 1 < paragraph.size() &&
        absl::ascii_isupper(paragraph[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (words == 0) return {};
  SpeakerLabel label;
  label.name_length = i;
  if (absl::StartsWith(paragraph.substr(i), " (")) {
    const size_t close = paragraph.find_first_of(")\n", i + 2);
    if (close == absl::string_view::npos || paragraph[close] != ')' || close - i > kMaxRole) {
      return {};
    }
    label.role = paragraph.substr(i + 2, close - i - 2);
    i = close + 1;
  }
  if (!absl::StartsWith(paragraph.substr(i), ": ")) return {};
  i += 2;
  while (i < paragraph.size() && paragraph[i] == ' ') ++i;
  label.length = i;
  return label;
}

std::vector<TextRange> FindBodyParagraphs(absl::string_view text) {
  struct Line {
    TextRange range;
    absl::string_view content;
    int words;
    bool repeated;  // Another line has the same content.
  };
  std::vector<Line> lines;
  // The first line of each content (of at least three words).
  absl::flat_hash_map<absl::string_view, size_t, LineHash,
                      std::equal_to<absl::string_view>>
      first_of;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == absl::string_view::npos) nl = text.size();
    absl::string_view raw = text.substr(pos, nl - pos);
    size_t lead = 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\t')) ++lead;
    absl::string_view content = absl::StripTrailingAsciiWhitespace(raw.substr(lead));
    if (!content.empty()) {
      Line line;
      line.range.begin = pos + lead;
      line.range.end = line.range.begin + content.size();
      line.content = content;
      line.words = CountWords(content);
      line.repeated = false;
      if (line.words >= 3) {
        auto [it, added] = first_of.emplace(content, lines.size());
        if (!added) {
          line.repeated = true;
          lines[it->second].repeated = true;
        }
      }
      lines.push_back(line);
    }
    pos = nl + 1;
  }
  std::vector<TextRange> body;
  bool seen_paragraph = false;
  for (const Line& line : lines) {
    int words = line.words;
    bool ends = EndsSentence(line.content);
    if (line.repeated) continue;
    if (IsReaderPromptOfWords(line.content, words)) continue;
    if (!seen_paragraph) {
      if (words >= 10 && ends) {
        seen_paragraph = true;
      } else if (!ends || words < 5) {
        continue;
      }
    }
    if (words <= 8 && !HasSentencePunctuation(line.content)) continue;
    body.push_back(line.range);
  }
  return body;
}

}  // namespace xref

// Text normalisation for matching, with an offset map back to the original
// bytes, and page-furniture removal.
//
//   NormalizedText norm = NormalizeForMatching(document.text());
//   // norm.text is NFKC with quotes, apostrophes, dashes and Latin letters
//   // with diacritics folded to ASCII;
//   // norm.ToOriginal(i) is the byte of document.text() that produced byte i.
//   std::vector<TextRange> body = FindBodyParagraphs(norm.text);
//
// Case is preserved (capitalisation is evidence for names). Thread-safe: the
// functions are pure.

#ifndef XREF_CLAIMS_TEXT_NORMALIZER_H_
#define XREF_CLAIMS_TEXT_NORMALIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace xref {

// A half-open byte range [begin, end) in some string.
struct TextRange {
  int64_t begin = 0;
  int64_t end = 0;
  bool operator==(const TextRange& o) const {
    return begin == o.begin && end == o.end;
  }
};

// The original byte of each byte of a normalised text: a growable array of
// int64_t read like a vector, whose AppendRun writes a run of consecutive
// values without the zero fill (and element-wise copy) a std::vector append
// costs. Movable, not copyable.
class OffsetArray {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Entry i; requires i < size().
  int64_t operator[](size_t i) const { return data_[i]; }
  // The last entry; requires !empty().
  int64_t back() const { return data_[size_ - 1]; }

  // Removes every entry, keeping the storage.
  void Clear() { size_ = 0; }
  // Makes room for `n` entries in all.
  void Reserve(size_t n);
  // Appends `n` entries equal to `value`.
  void Append(int64_t value, size_t n = 1);
  // Appends first, first + 1, ..., first + n - 1.
  void AppendRun(int64_t first, size_t n);

 private:
  std::unique_ptr<int64_t[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

struct NormalizedText {
  // NFKC text with U+2018/2019/201B/02BC/2032 -> ', U+201C/201D/201E/2033 ->
  // ", U+2010..2015/2212 -> -, Unicode spaces -> ' ', Latin letters with
  // diacritics as their base letters in their case (LatinBaseLettersCased:
  // "Đạt" -> "Dat", "Ærø" -> "Aero"), combining diacritics and CR removed:
  // the rules' ASCII classes ([A-Z], \w) see every Latin name.
  std::string text;
  // offsets[i] is the original byte that produced text[i]; one extra entry
  // at the end maps text.size() to the original size.
  OffsetArray offsets;

  // True when some Latin letter was folded to its base letters (so that
  // `text` spells a name otherwise than `original` does).
  bool folded_letters = false;

  // Maps a byte offset of `text` (0..text.size()) to the original text.
  int64_t ToOriginal(int64_t i) const;
  // Maps a range of `text` to the smallest original range covering it.
  TextRange ToOriginal(TextRange r) const;

  // `text[r]` spelled with the Latin letters of `original` (the text this
  // was normalised from): each folded letter written back as the document
  // writes it ("Colonel Dat" -> "Colonel Đạt"), everything else as
  // normalised (quotes and dashes stay folded). For names and sources
  // matched in `text` and shown to people. `r` is clipped to `text`.
  std::string RestoreLatinLetters(absl::string_view original, TextRange r) const;
};

// Normalises `original`, which must be valid UTF-8 (check with
// FindInvalidUtf8 first). Every output byte maps to the first byte of the
// original character it came from. ASCII input is copied unchanged.
NormalizedText NormalizeForMatching(absl::string_view original);

// Sets `*out` to NormalizeForMatching(original), reusing the storage of its
// text and offsets (for a loop over many documents).
void NormalizeForMatchingInto(absl::string_view original, NormalizedText* out);

// Splits `text` into lines and returns the ranges of the lines that are
// article body (without their line breaks), dropping page furniture:
// - short lines (fewer than 10 words, no sentence-final punctuation) before
//   the first real paragraph (a line of at least 10 words ending in
//   sentence punctuation);
// - anywhere, short headings (at most 8 words, no sentence punctuation);
// - every copy of a non-trivial line that occurs more than once (repeated
//   captions);
// - reader prompts: short lines addressing the reader ("Was this helpful?",
//   "Share your thoughts", "Click here to subscribe", "Let us know").
std::vector<TextRange> FindBodyParagraphs(absl::string_view text);

// True when `line` looks like a prompt addressed to the reader.
bool IsReaderPrompt(absl::string_view line);

// The length of the dateline that opens `paragraph` (normalised text), up to
// the first word of the story, or 0 when it opens with none. A dateline is a
// place in capitals ("TAMSK", "NEW DELHI", "ST. PAUL"), at most two short
// parts after commas (a region, a date: ", Dravia, March 3"), at most one
// credit in parentheses ("(Reuters)"), then a dash: "TAMSK, March 15
// (Meridian) - Police said". What it states is about the filing, not the
// story: its date is not an event's.
size_t DatelineLength(absl::string_view paragraph);

// The length of the section number that opens `paragraph` (normalised
// text), with the spaces after it, or 0 when it opens with none: two or
// more numbers joined by dots, a dot after them or not ("2.3 Fourteen
// people died", "4.1.2. The court"), then white space and a capital letter, a digit or a quote. A
// report numbers its paragraphs so; the number is neither a count nor part
// of a name.
size_t SectionNumberLength(absl::string_view paragraph);

// A speaker's label opening a paragraph of a transcript or an interview
// ("Tshepo Kekana: Thank you", "Lerato Sithole (host): Good morning"): one
// to four capitalised words, at most one role in parentheses, a colon and a
// space. Not a label of the page ("Note:", "Update:", "Photo:"). One label
// alone does not make a transcript: callers look for two or more.
struct SpeakerLabel {
  size_t length = 0;       // Up to the first word of the speech; 0: none.
  size_t name_length = 0;  // The name, from the start of the paragraph.
  absl::string_view role;  // Inside the parentheses; may be empty.
};
SpeakerLabel FindSpeakerLabel(absl::string_view paragraph);

}  // namespace xref

#endif  // XREF_CLAIMS_TEXT_NORMALIZER_H_

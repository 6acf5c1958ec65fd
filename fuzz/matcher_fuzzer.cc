// Fuzzes Matcher::Match on untrusted claim sets. The first byte selects the
// form (even: binary, odd: text format) and the number of sets (1 to 3); the
// rest is split at "\n---\n" (text) or the byte 0xFF (binary) into that many
// ClaimSets. Sets that do not parse are dropped. Match must return a report or
// kInvalidArgument, never crash, on inconsistent ids, out-of-range spans,
// empty fields. With the real gazetteer when found.

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "base/proto_io.h"
#include "claims/extractor.h"
#include "claims/gazetteer.h"
#include "base/file.h"
#include "fuzz/fuzz_check.h"
#include "matcher/matcher.h"

namespace {

const xref::Matcher& GetMatcher() {
  static const xref::Matcher* matcher = [] {
    static xref::Gazetteer* gazetteer = nullptr;
    std::string dir = xref::DefaultRulesDir();
    if (!dir.empty()) {
      auto loaded = xref::Gazetteer::Load(xref::JoinPath(dir, "gazetteer.textproto"));
      if (loaded.ok()) gazetteer = new xref::Gazetteer(std::move(*loaded));
    }
    auto created = xref::Matcher::Create(xref::MatcherOptions(), gazetteer);
    if (!created.ok()) std::abort();
    return created->release();
  }();
  return *matcher;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  bool text_format = data[0] & 1;
  int count = 1 + (data[0] >> 1) % 3;
  absl::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  absl::string_view sep = text_format ? absl::string_view("\n---\n")
                                      : absl::string_view("\xff", 1);
  std::vector<xref::ClaimSet> sets;
  for (int i = 0; i < count; ++i) {
    size_t cut = i + 1 < count ? rest.find(sep) : absl::string_view::npos;
    absl::string_view part = rest.substr(0, cut);
    rest = cut == absl::string_view::npos ? absl::string_view()
                                          : rest.substr(cut + sep.size());
    xref::ClaimSet set;
    bool ok = text_format
                  ? xref::ParseTextProto(part, "fuzz", &set).ok()
                  : set.ParseFromArray(part.data(), static_cast<int>(part.size()));
    if (ok) sets.push_back(std::move(set));
  }
  auto report = GetMatcher().Match(sets);
  if (!report.ok()) {
    xref::FuzzCheck(absl::IsInvalidArgument(report.status()),
                    std::string("match failed with an unexpected code: ") +
                        std::string(report.status().message()));
  }
  return 0;
}

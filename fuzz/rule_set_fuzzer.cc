// Fuzzes the rule-file loader from a string: the input is parsed as a text
// format RuleFile (the parse error must name the file) and, when it parses,
// compiled with RuleSet::FromProto (the error must name the file). A compiled
// rule set is then run over a fixed sentence. Never a crash.

#include <cstdint>
#include <memory>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "base/proto_io.h"
#include "claims/rule_set.h"
#include "fuzz/fuzz_check.h"
#include "proto/rules.pb.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  xref::rules::RuleFile file;
  absl::Status parsed = xref::ParseTextProto(text, "fuzz.textproto", &file);
  if (!parsed.ok()) {
    xref::FuzzCheck(absl::StrContains(parsed.message(), "fuzz.textproto"),
                    "parse error does not name the file");
    return 0;
  }
  auto rules = xref::RuleSet::FromProto(file, "fuzz.textproto");
  if (!rules.ok()) {
    xref::FuzzCheck(absl::StrContains(rules.status().message(), "fuzz.textproto"),
                    "compile error does not name the file");
    return 0;
  }
  const std::string sentence =
      "Police said on Monday they arrested 12 people in Baghdad, officials told Reuters.";
  for (int i : (*rules)->MatchTriggers(sentence)) {
    xref::FuzzCheck(i >= 0 && i < static_cast<int>((*rules)->triggers().size()),
                    "trigger index out of range");
  }
  for (int i : (*rules)->MatchCategories(sentence)) {
    xref::FuzzCheck(i >= 0 && i < static_cast<int>((*rules)->categories().size()),
                    "category index out of range");
  }
  for (int i : (*rules)->MatchAttributions(sentence)) {
    xref::FuzzCheck(i >= 0 && i < static_cast<int>((*rules)->attributions().size()),
                    "attribution index out of range");
  }
  for (int i : (*rules)->MatchAttributes(sentence)) {
    xref::FuzzCheck(i >= 0 && i < static_cast<int>((*rules)->attributes().size()),
                    "attribute index out of range");
  }
  return 0;
}

// Quality floors of the extractor on the bundled example corpus
// (examples/iraq-pmf) against its answer key, per document:
// - slot-value recall: gold (doc, role, value) found by some claim of that
//   document with the same role and a matching normalised value;
// - precision: over claims "in scope", i.e. of an event type and role that
//   the answer key annotates for that document (claims about events the key
//   does not cover are neither right nor wrong here);
// - attribution: gold values with `attributed_to` whose matching claim names
//   a compatible source.
// Values match when their folded forms are equal; for taxonomy and free
// text, also when every word of the shorter is in the longer ("planned
// attack" vs "planned attack on the Green Zone"). Dates and counts match
// exactly (for precision, a coarser date containing the gold one is not
// counted wrong). The end-to-end scorer (`xref eval`) applies the floors again.

#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/fold.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "claims/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "proto/gold.pb.h"

namespace xref {
namespace {

std::set<std::string> Words(absl::string_view s) {
  static const std::set<std::string> kStop = {"the", "a", "an", "of", "to",
                                              "with", "and", "on", "in"};
  std::string folded = FoldForMatching(s);
  for (char& c : folded) {
    if (!absl::ascii_isalnum(c) && c != '-' && c != '\'') c = ' ';
  }
  std::set<std::string> out;
  for (absl::string_view w : absl::StrSplit(folded, ' ', absl::SkipEmpty())) {
    std::string word(w);
    if (word == "us" || word == "u.s") word = "us";
    if (!kStop.count(word)) out.insert(word);
  }
  return out;
}

bool Subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty()) return false;
  for (const std::string& w : a) {
    if (!b.count(w)) return false;
  }
  return true;
}

bool ValueMatches(const std::string& role, const std::string& gold,
                  const std::string& predicted, bool allow_coarser = false) {
  if (FoldForMatching(gold) == FoldForMatching(predicted)) return true;
  // For precision, a coarser date that contains the gold one is not wrong.
  if (role == "time" && allow_coarser && !predicted.empty() &&
      gold.rfind(predicted, 0) == 0) {
    return true;
  }
  if (role == "time" || role == "count") return false;
  std::set<std::string> g = Words(gold), p = Words(predicted);
  return Subset(g, p) || Subset(p, g);
}

bool SourceMatches(const std::string& gold, const std::string& predicted) {
  std::set<std::string> g = Words(gold), p = Words(predicted);
  if (g.empty()) return false;
  int common = 0;
  for (const std::string& w : g) common += p.count(w);
  return 2 * common >= static_cast<int>(g.size());
}

struct GoldValue {
  std::string doc, event_type, role, value, attributed_to;
};

TEST(ExampleQualityTest, MeetsFloorsOnIraqPmf) {
  gold::AnswerKey key;
  ASSERT_OK_AND_ASSIGN(std::string json, ReadFile("examples/iraq-pmf/gold.json"));
  ASSERT_OK(ParseJsonProto(json, "examples/iraq-pmf/gold.json", &key));
  ExtractorOptions options;
  options.rules_dir = "claims/rules";
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Extractor> extractor,
                       Extractor::Create(options));

  std::vector<GoldValue> gold_values;
  // (doc, event type) -> roles annotated.
  std::map<std::pair<std::string, std::string>, std::set<std::string>> scope;
  for (const gold::GoldEvent& event : key.events()) {
    for (const gold::GoldSlot& slot : event.slots()) {
      for (const gold::GoldValue& v : slot.values()) {
        gold_values.push_back({v.doc(), event.type(), slot.role(), v.value(),
                               v.attributed_to()});
        scope[{v.doc(), event.type()}].insert(slot.role());
      }
    }
  }
  for (const gold::GoldAttribute& attr : key.attributes()) {
    for (const gold::GoldValue& v : attr.values()) {
      gold_values.push_back({v.doc(), "", attr.attribute(), v.value(),
                             v.attributed_to()});
      scope[{v.doc(), ""}].insert(attr.attribute());
    }
  }

  std::map<std::string, ClaimSet> sets;
  for (const gold::GoldDocument& d : key.documents()) {
    ASSERT_OK_AND_ASSIGN(std::string text,
                         ReadFile(absl::StrCat("examples/iraq-pmf/", d.file())));
    Document doc;
    doc.set_id(d.id());
    doc.set_published(d.published());
    doc.set_outlet(d.outlet());
    doc.set_text(text);
    ASSERT_OK_AND_ASSIGN(sets[d.id()], extractor->Extract(doc));
  }

  int found = 0, attributed = 0, attributed_ok = 0;
  for (const GoldValue& g : gold_values) {
    const Claim* hit = nullptr;
    for (const Claim& c : sets[g.doc].claims()) {
      if (c.role() == g.role && ValueMatches(g.role, g.value, c.value().normalized())) {
        if (hit == nullptr ||
            (!g.attributed_to.empty() &&
             SourceMatches(g.attributed_to, c.attribution().source()))) {
          hit = &c;
        }
      }
    }
    if (hit != nullptr) ++found;
    if (!g.attributed_to.empty()) {
      ++attributed;
      bool ok = hit != nullptr && SourceMatches(g.attributed_to, hit->attribution().source());
      if (ok) ++attributed_ok;
    }
    std::cout << (hit ? "  found " : "  MISSED ") << g.doc << " " << g.role << " = "
              << g.value
              << (g.attributed_to.empty() ? "" : absl::StrCat(" (by ", g.attributed_to, ")"))
              << (hit ? absl::StrCat(" <- ", hit->value().normalized(), " by '",
                                     hit->attribution().source(), "'")
                      : "")
              << "\n";
  }

  int in_scope = 0, correct = 0;
  for (const auto& [doc, set] : sets) {
    for (const Claim& c : set.claims()) {
      auto it = scope.find({doc, c.event_type()});
      if (it == scope.end() || !it->second.count(c.role())) continue;
      ++in_scope;
      bool ok = false;
      for (const GoldValue& g : gold_values) {
        if (g.doc == doc && g.role == c.role() &&
            ValueMatches(g.role, g.value, c.value().normalized(), true)) {
          ok = true;
        }
      }
      if (ok) ++correct;
      if (!ok) {
        std::cout << "  extra " << doc << " " << c.event_type() << " " << c.role()
                  << " = " << c.value().normalized() << "\n";
      }
    }
  }
  double recall = static_cast<double>(found) / gold_values.size();
  double precision = in_scope == 0 ? 0 : static_cast<double>(correct) / in_scope;
  double attribution = attributed == 0 ? 1 : static_cast<double>(attributed_ok) / attributed;
  std::cout << "slot-value recall " << found << "/" << gold_values.size() << " = "
            << recall << "\nprecision (in scope) " << correct << "/" << in_scope
            << " = " << precision << "\nattribution " << attributed_ok << "/"
            << attributed << " = " << attribution << "\n";
  EXPECT_GE(recall, 0.80);
  EXPECT_GE(precision, 0.70);
  EXPECT_GE(attribution, 0.70);
}

}  // namespace
}  // namespace xref

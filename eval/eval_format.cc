#include "eval/eval_format.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace xref {
namespace {

constexpr const char* kVerdictColumns[] = {"agree", "conflict", "divergent",
                                           "single_source", "missing"};

std::string Quote(absl::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += "\"";
  return out;
}

std::string Number(double value) { return absl::StrFormat("%.6g", value); }

// Builds one JSON object from keys and already-encoded values.
class JsonObject {
 public:
  JsonObject& Add(absl::string_view key, const std::string& encoded) {
    fields_.push_back(absl::StrCat(Quote(key), ":", encoded));
    return *this;
  }
  JsonObject& Add(absl::string_view key, double value) {
    return Add(key, Number(value));
  }
  JsonObject& Add(absl::string_view key, int64_t value) {
    return Add(key, absl::StrCat(value));
  }
  std::string Encode() const { return absl::StrCat("{", absl::StrJoin(fields_, ","), "}"); }

 private:
  std::vector<std::string> fields_;
};

void AddPrf(JsonObject* json, absl::string_view prefix, const Prf& prf) {
  json->Add(absl::StrCat(prefix, "_precision"), prf.precision)
      .Add(absl::StrCat(prefix, "_recall"), prf.recall)
      .Add(absl::StrCat(prefix, "_f1"), prf.f1);
}

std::string SlotJson(const SlotScore& s) {
  return JsonObject()
      .Add("precision", s.precision)
      .Add("recall", s.recall)
      .Add("f1", s.f1)
      .Add("predicted", s.predicted)
      .Add("predicted_correct", s.predicted_correct)
      .Add("gold", s.gold)
      .Add("gold_found", s.gold_found)
      .Encode();
}

std::string SlotRow(absl::string_view name, const SlotScore& s) {
  return absl::StrFormat("  %-16s P %.3f  R %.3f  F1 %.3f   %d/%d predicted, %d/%d gold\n",
                         name, s.precision, s.recall, s.f1, s.predicted_correct,
                         s.predicted, s.gold_found, s.gold);
}

std::string Slot(absl::string_view target, absl::string_view role) {
  return absl::StrCat(target, "/", role);
}

std::string List(const std::vector<std::string>& values) {
  if (values.empty()) return "nothing";
  std::vector<std::string> quoted;
  for (const std::string& v : values) quoted.push_back(Quote(v));
  return absl::StrJoin(quoted, ", ");
}

}  // namespace

std::string FormatEvalTable(const EvalResult& r) {
  std::string out;
  absl::StrAppend(&out, "slot values\n", SlotRow("all", r.slots));
  for (const auto& [role, score] : r.slot_roles) absl::StrAppend(&out, SlotRow(role, score));
  absl::StrAppendFormat(&out, "attribution        %.3f   %d/%d attributed gold values\n",
                        r.attribution_accuracy, r.attribution_correct,
                        r.attribution_total);
  absl::StrAppendFormat(&out,
                        "  given a source   %.3f   %d/%d unattributed gold values found\n",
                        r.unattributed_given_source_rate, r.unattributed_given_source,
                        r.unattributed_found);
  absl::StrAppendFormat(
      &out, "aliases            P %.3f  R %.3f  F1 %.3f   %d/%d predicted pairs, %d gold pairs\n",
      r.alias_precision, r.alias_recall, r.alias_f1, r.alias_correct_pairs,
      r.alias_predicted_pairs, r.alias_gold_pairs);
  absl::StrAppendFormat(&out, "event grouping     %d mentions, %d linked\n",
                        r.event_mentions, r.event_mentions_linked);
  const std::pair<const char*, const Prf*> metrics[] = {
      {"MUC", &r.events.muc}, {"B3", &r.events.b3},
      {"CEAF-e", &r.events.ceafe}, {"LEA", &r.events.lea}};
  for (const auto& [name, prf] : metrics) {
    absl::StrAppendFormat(&out, "  %-16s P %.3f  R %.3f  F1 %.3f\n", name,
                          prf->precision, prf->recall, prf->f1);
  }
  absl::StrAppendFormat(&out, "  %-16s F1 %.3f\n", "CoNLL", r.events.conll_f1);
  absl::StrAppendFormat(&out, "verdicts           %.3f   %d/%d correct\n",
                        r.verdict_accuracy, r.verdict_correct, r.verdict_total);
  std::vector<std::string> columns(std::begin(kVerdictColumns),
                                   std::end(kVerdictColumns));
  for (const auto& [gold, row] : r.verdict_confusion) {
    for (const auto& [guess, count] : row) {
      if (std::find(columns.begin(), columns.end(), guess) == columns.end()) {
        columns.push_back(guess);
      }
    }
  }
  absl::StrAppendFormat(&out, "  %-16s", "gold \\ predicted");
  for (const std::string& column : columns) absl::StrAppendFormat(&out, " %13s", column);
  out += "\n";
  for (const auto& [gold, row] : r.verdict_confusion) {
    absl::StrAppendFormat(&out, "  %-16s", gold);
    for (const std::string& column : columns) {
      auto it = row.find(column);
      absl::StrAppendFormat(&out, " %13d", it == row.end() ? 0 : it->second);
    }
    out += "\n";
  }
  for (const auto& [name, v] : r.verdict_scores) {
    absl::StrAppendFormat(&out, "  %-16s P %.3f (%d/%d)  R %.3f (%d/%d)\n", name,
                          v.precision, v.correct_predicted, v.predicted,
                          v.recall, v.correct_gold, v.gold);
  }
  if (!r.warnings.empty()) {
    absl::StrAppendFormat(&out, "%d warning(s); see --explain\n", r.warnings.size());
  }
  return out;
}

std::string FormatEvalJson(const EvalResult& r) {
  JsonObject json;
  json.Add("slot_precision", r.slot_precision)
      .Add("slot_recall", r.slot_recall)
      .Add("slot_f1", r.slot_f1)
      .Add("slot_predicted", r.slots.predicted)
      .Add("slot_predicted_correct", r.slots.predicted_correct)
      .Add("slot_gold", r.slots.gold)
      .Add("slot_gold_found", r.slots.gold_found)
      .Add("attribution_accuracy", r.attribution_accuracy)
      .Add("attribution_correct", r.attribution_correct)
      .Add("attribution_total", r.attribution_total)
      .Add("unattributed_found", r.unattributed_found)
      .Add("unattributed_given_source", r.unattributed_given_source)
      .Add("unattributed_given_source_rate", r.unattributed_given_source_rate)
      .Add("alias_precision", r.alias_precision)
      .Add("alias_recall", r.alias_recall)
      .Add("alias_f1", r.alias_f1)
      .Add("alias_predicted_pairs", r.alias_predicted_pairs)
      .Add("alias_correct_pairs", r.alias_correct_pairs)
      .Add("alias_gold_pairs", r.alias_gold_pairs);
  AddPrf(&json, "event_muc", r.events.muc);
  AddPrf(&json, "event_b3", r.events.b3);
  AddPrf(&json, "event_ceafe", r.events.ceafe);
  AddPrf(&json, "event_lea", r.events.lea);
  json.Add("event_conll_f1", r.events.conll_f1)
      .Add("event_mentions", r.event_mentions)
      .Add("event_mentions_linked", r.event_mentions_linked)
      .Add("verdict_accuracy", r.verdict_accuracy)
      .Add("verdict_correct", r.verdict_correct)
      .Add("verdict_total", r.verdict_total);
  JsonObject roles;
  for (const auto& [role, score] : r.slot_roles) roles.Add(role, SlotJson(score));
  json.Add("roles", roles.Encode());
  JsonObject confusion;
  for (const auto& [gold, row] : r.verdict_confusion) {
    JsonObject predicted;
    for (const auto& [guess, count] : row) predicted.Add(guess, count);
    confusion.Add(gold, predicted.Encode());
  }
  json.Add("verdict_confusion", confusion.Encode());
  for (const auto& [name, v] : r.verdict_scores) {
    json.Add(absl::StrCat(name, "_precision"), v.precision)
        .Add(absl::StrCat(name, "_recall"), v.recall);
  }
  JsonObject groups;
  for (const auto& [group, event] : r.group_to_event) groups.Add(group, Quote(event));
  json.Add("group_to_event", groups.Encode());
  std::vector<std::string> warnings;
  for (const std::string& w : r.warnings) warnings.push_back(Quote(w));
  json.Add("warnings", absl::StrCat("[", absl::StrJoin(warnings, ","), "]"));
  return json.Encode() + "\n";
}

std::string FormatEvalExplain(const EvalResult& r) {
  std::string out;
  absl::StrAppendFormat(&out, "MISSED gold values (%d)\n", r.misses.size());
  for (const SlotMiss& m : r.misses) {
    absl::StrAppend(&out, "  [", m.doc_id, "] ", Slot(m.target, m.role), " = ",
                    Quote(m.value), "; engine gave ", List(m.predicted_values),
                    "\n    evidence: ", Quote(m.evidence), "\n");
    if (!m.sentence.empty()) absl::StrAppend(&out, "    sentence: ", Quote(m.sentence), "\n");
  }
  absl::StrAppendFormat(&out, "FALSE POSITIVES (%d)\n", r.false_positives.size());
  for (const FalsePositive& f : r.false_positives) {
    absl::StrAppend(&out, "  [", f.doc_id, "] ", Slot(f.target, f.role), " = ",
                    Quote(f.value), " (claim ", f.claim_id, ", group ",
                    f.group_id.empty() ? "-" : f.group_id, "); gold has ",
                    List(f.gold_values), "\n");
    if (!f.sentence.empty()) absl::StrAppend(&out, "    sentence: ", Quote(f.sentence), "\n");
  }
  absl::StrAppendFormat(&out, "ATTRIBUTION errors (%d)\n", r.attribution_errors.size());
  for (const AttributionError& a : r.attribution_errors) {
    std::string predicted =
        !a.claim_found ? "no matching claim"
        : a.predicted_source.empty()
            ? "asserted by the outlet"
            : absl::StrCat("attributed to ", Quote(a.predicted_source));
    std::string gold = a.gold_source.empty()
                           ? std::string("gold: asserted by the outlet")
                           : absl::StrCat("gold attributes to ", Quote(a.gold_source));
    absl::StrAppend(&out, "  [", a.doc_id, "] ", Slot(a.target, a.role), " = ",
                    Quote(a.value), ": ", gold, ", engine: ", predicted,
                    "\n    evidence: ", Quote(a.evidence), "\n");
  }
  absl::StrAppendFormat(&out, "VERDICT errors (%d)\n", r.verdict_errors.size());
  for (const VerdictError& v : r.verdict_errors) {
    absl::StrAppend(&out, "  ", Slot(v.target, v.role), ": gold ", v.gold,
                    ", engine ", v.predicted,
                    v.group_id.empty() ? "" : absl::StrCat(" (", v.group_id, ")"),
                    "\n");
  }
  // Event grouping: where each gold event's mentions went, and predicted
  // groups that hold several gold events.
  std::map<std::string, std::map<std::string, int>> by_event, by_group;
  for (const MentionAssignment& m : r.mentions) {
    std::string group = m.group_id.empty() ? "(unlinked)" : m.group_id;
    ++by_event[m.event_id][group];
    if (!m.group_id.empty()) ++by_group[m.group_id][m.event_id];
  }
  out += "EVENT GROUPING\n";
  auto counts = [](const std::map<std::string, int>& m) {
    std::vector<std::string> parts;
    for (const auto& [name, n] : m) parts.push_back(absl::StrCat(name, " x", n));
    return absl::StrJoin(parts, ", ");
  };
  for (const auto& [event, groups] : by_event) {
    absl::StrAppend(&out, "  gold ", event, ": ", counts(groups),
                    groups.size() > 1 ? "  <- split" : "", "\n");
  }
  for (const auto& [group, events] : by_group) {
    if (events.size() > 1) {
      absl::StrAppend(&out, "  group ", group, " merges ", counts(events), "\n");
    }
  }
  for (const MentionAssignment& m : r.mentions) {
    if (m.group_id.empty()) {
      absl::StrAppend(&out, "  unlinked [", m.doc_id, "] ", m.event_id, ": ",
                      Quote(m.evidence), "\n");
    }
  }
  if (!r.warnings.empty()) {
    absl::StrAppendFormat(&out, "WARNINGS (%d)\n", r.warnings.size());
    for (const std::string& w : r.warnings) absl::StrAppend(&out, "  ", w, "\n");
  }
  return out;
}

}  // namespace xref

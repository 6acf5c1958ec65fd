#include "matcher/roles.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "base/fold.h"

namespace xref {
namespace {

struct RoleEntry {
  absl::string_view role;
  SlotKind kind;
};

constexpr RoleEntry kRoles[] = {
    {"time", SINGLE},       {"count", SINGLE},      {"place", SINGLE},
    {"instrument", MULTI},  {"hometown", SINGLE},   {"command area", SINGLE},
    {"age", SINGLE},        {"nationality", SINGLE}, {"title", SINGLE},
    {"crime", MULTI},       {"reason", MULTI},      {"agent", MULTI},
    {"person", MULTI},      {"target", MULTI},      {"victim", MULTI},
    {"attacker", MULTI},    {"entity", MULTI},      {"affiliation", MULTI},
};

struct NounEntry {
  absl::string_view type;
  absl::string_view noun;
};

constexpr NounEntry kNouns[] = {
    {"Justice:Arrest-Jail", "Arrest"},
    {"Justice:Release-Parole", "Release"},
    {"Justice:Charge-Indict", "Charging"},
    {"Justice:Trial-Hearing", "Trial"},
    {"Justice:Convict", "Conviction"},
    {"Justice:Sentence", "Sentencing"},
    {"Justice:Acquit", "Acquittal"},
    {"Justice:Appeal", "Appeal"},
    {"Justice:Execute", "Execution"},
    {"Justice:Extradite", "Extradition"},
    {"Justice:Fine", "Fine"},
    {"Justice:Pardon", "Pardon"},
    {"Justice:Sue", "Lawsuit"},
    {"Life:Die", "Death"},
    {"Life:Injure", "Injury"},
    {"Life:Be-Born", "Birth"},
    {"Life:Marry", "Marriage"},
    {"Life:Divorce", "Divorce"},
    {"Conflict:Attack", "Attack"},
    {"Conflict:Demonstrate", "Demonstration"},
    {"Contact:Meet", "Meeting"},
    {"Contact:Phone-Write", "Communication"},
    {"Movement:Transport", "Movement"},
    {"Personnel:Start-Position", "Appointment"},
    {"Personnel:End-Position", "Departure"},
    {"Personnel:Nominate", "Nomination"},
    {"Personnel:Elect", "Election"},
    {"Transaction:Transfer-Money", "Payment"},
    {"Transaction:Transfer-Ownership", "Transfer"},
    {"Business:Start-Org", "Founding"},
    {"Business:End-Org", "Closure"},
    {"Business:Merge-Org", "Merger"},
    {"Business:Declare-Bankruptcy", "Bankruptcy"},
};

}  // namespace

SlotKind RoleKind(absl::string_view role, bool attribute,
                  Value::KindCase value_kind) {
  std::string folded = FoldForMatching(role);
  for (const RoleEntry& e : kRoles) {
    if (e.role == folded) return e.kind;
  }
  if (attribute) return SINGLE;
  if (value_kind == Value::kDate || value_kind == Value::kNumber) return SINGLE;
  return MULTI;
}

std::string EventNoun(absl::string_view type, absl::string_view lemma,
                      absl::string_view kind) {
  if (!kind.empty()) {
    std::string noun(kind);
    noun[0] = absl::ascii_toupper(noun[0]);
    return noun;
  }
  for (const NounEntry& e : kNouns) {
    if (e.type == type) return std::string(e.noun);
  }
  std::string noun(lemma.empty() ? "event" : lemma);
  if (!noun.empty()) noun[0] = absl::ascii_toupper(noun[0]);
  return noun;
}

}  // namespace xref

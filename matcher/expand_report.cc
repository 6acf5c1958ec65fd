#include "matcher/expand_report.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "base/fold.h"
#include "matcher/roles.h"

namespace xref {
namespace {

// Collects the first error of an expansion.
class Errors {
 public:
  void Add(absl::string_view where, absl::string_view field, int64_t index) {
    if (!status_.ok()) return;
    status_ = absl::InvalidArgumentError(absl::StrCat(
        "compact report: ", where, " has ", field, " ", index,
        " that names nothing in the report"));
  }
  const absl::Status& status() const { return status_; }

 private:
  absl::Status status_;
};

// The report's documents and the claim sets they were matched from.
class Sources {
 public:
  Sources(const Report& report, std::vector<const ClaimSet*> sets)
      : report_(report), sets_(std::move(sets)) {}

  const Document* Doc(int64_t d) const {
    return d >= 0 && d < report_.documents_size() ? &report_.documents(d) : nullptr;
  }
  const Claim* ClaimAt(int64_t d, int64_t c) const {
    if (d < 0 || d >= static_cast<int64_t>(sets_.size())) return nullptr;
    const ClaimSet& set = *sets_[d];
    return c >= 0 && c < set.claims_size() ? &set.claims(c) : nullptr;
  }
  const EventMention* EventAt(int64_t d, int64_t e) const {
    if (d < 0 || d >= static_cast<int64_t>(sets_.size())) return nullptr;
    const ClaimSet& set = *sets_[d];
    return e >= 0 && e < set.events_size() ? &set.events(e) : nullptr;
  }
  // The outlet of document `d`, its id when the outlet is empty.
  absl::string_view Outlet(int d) const {
    const Document& doc = report_.documents(d);
    return doc.outlet().empty() ? doc.id() : doc.outlet();
  }

 private:
  const Report& report_;
  std::vector<const ClaimSet*> sets_;
};

bool CountsForVerdict(const Claim& c) {
  return c.modality() != NEGATED && c.modality() != DENIED;
}

absl::string_view Shown(const Value& v) {
  if (!v.normalized().empty()) return v.normalized();
  return v.raw();
}

// One claim of a group: its document and claim, in claim order.
struct GroupClaim {
  int doc;
  int index;
  const Claim* claim;
  bool operator<(const GroupClaim& o) const {
    return std::tie(doc, index) < std::tie(o.doc, o.index);
  }
};

// The explanation of a compact group whose claims (in claim order) are
// `claims` and whose documents are `docs` (ascending): "Only Reuters reports
// the date (2021-05-26).", "3 documents give compatible date values
// (2021-05-26).", "Reuters gives 13 but AP gives 14, which cannot both be
// true." A document's values are those of its claims that count for the
// verdict (not negated or denied), else all it mentions.
std::string Explanation(const Sources& sources, const ClaimGroup& group,
                        const std::vector<GroupClaim>& claims,
                        const std::vector<int>& docs, absl::string_view role,
                        absl::string_view first_value) {
  auto counting = [&](int doc) {
    for (const GroupClaim& c : claims) {
      if (c.doc == doc && CountsForVerdict(*c.claim)) return true;
    }
    return false;
  };
  auto shown_set = [&](int doc) {
    const bool only_counting = counting(doc);
    std::vector<absl::string_view> shown;
    for (const GroupClaim& c : claims) {
      if (c.doc != doc || (only_counting && !CountsForVerdict(*c.claim))) continue;
      absl::string_view v = Shown(c.claim->value());
      if (std::find(shown.begin(), shown.end(), v) == shown.end()) shown.push_back(v);
    }
    return absl::StrJoin(shown, ", ");
  };
  switch (group.verdict()) {
    case SINGLE_SOURCE: {
      if (docs.empty()) return "";
      size_t slot = 0;
      while (slot + 1 < docs.size() && !counting(docs[slot])) ++slot;
      return absl::StrCat("Only ", sources.Outlet(docs[slot]), " reports the ",
                          role, " (", shown_set(docs[slot]), ").");
    }
    case AGREE: {
      int n = 0;
      for (int d : docs) n += counting(d);
      return absl::StrCat(n, " documents give compatible ", role, " values (",
                          first_value, ").");
    }
    default: {
      if (!group.has_contrast_first() || !group.has_contrast_second()) return "";
      const int a = group.contrast_first(), b = group.contrast_second();
      return absl::StrCat(sources.Outlet(a), " gives ", shown_set(a), " but ",
                          sources.Outlet(b), " gives ", shown_set(b),
                          group.verdict() == CONFLICT
                              ? ", which cannot both be true."
                              : ": the accounts list different items.");
    }
  }
}

// Expands claim group `position` of `*report`.
void ExpandGroup(const Sources& sources, int position, Report* report,
                 ClaimGroup* group, Errors* errors) {
  const std::string where = absl::StrCat("claim group ", position);
  std::vector<GroupClaim> claims;
  std::vector<const Claim*> value_claims;  // Of the supports of one value.
  for (ValueSupport& value : *group->mutable_values()) {
    value_claims.assign(value.support_size(), nullptr);
    for (int m = 0; m < value.support_size(); ++m) {
      Support& s = *value.mutable_support(m);
      if (!s.has_doc_index()) continue;
      const Document* doc = sources.Doc(s.doc_index());
      const Claim* claim = sources.ClaimAt(s.doc_index(), s.claim_index());
      if (doc == nullptr || claim == nullptr) {
        errors->Add(where, "support doc_index", s.doc_index());
        continue;
      }
      s.set_doc_id(doc->id());
      s.set_claim_id(claim->id());
      s.set_raw(claim->value().raw());
      if (!claim->attribution().source().empty()) {
        *s.mutable_attribution() = claim->attribution();
      }
      claims.push_back({s.doc_index(), s.claim_index(), claim});
      value_claims[m] = claim;
      s.clear_doc_index();
    }
    if (value.has_value_from()) {
      const int from = value.value_from();
      const Claim* claim = from >= 0 && from < value.support_size()
                               ? value_claims[from]
                               : nullptr;
      if (claim == nullptr) {
        errors->Add(where, "value_from", from);
      } else {
        *value.mutable_value() = claim->value();
        value.clear_value_from();
      }
    }
  }
  if (!group->has_event_index() && !group->has_subject_index()) return;
  if (claims.empty()) return;  // Errors above; nothing to word.
  const Claim& first = *claims.front().claim;
  std::sort(claims.begin(), claims.end());
  std::string owner;
  if (group->has_event_index()) {
    const int e = group->event_index();
    if (e < 0 || e >= report->events_size()) {
      errors->Add(where, "event_index", e);
      return;
    }
    const EventGroup& event = report->events(e);
    owner = event.id();
    group->set_event_group_id(event.id());
    group->set_event_type(event.type());
  } else {
    const int e = group->subject_index();
    if (e < 0 || e >= report->entities_size()) {
      errors->Add(where, "subject_index", e);
      return;
    }
    owner = report->entities(e).id();
    group->set_subject_entity(owner);
  }
  const std::string role = FoldForMatching(first.role());
  group->set_role(first.role());
  group->set_id(absl::StrCat(owner, "/", role));
  std::vector<int> docs;
  for (const GroupClaim& c : claims) {
    if (docs.empty() || docs.back() != c.doc) docs.push_back(c.doc);
  }
  for (int d : docs) group->add_documents(sources.Doc(d)->id());
  if (group->has_contrast_first() || group->has_contrast_second()) {
    const int d = sources.Doc(group->contrast_first()) == nullptr
                      ? group->contrast_first()
                      : group->contrast_second();
    if (sources.Doc(d) == nullptr) {
      errors->Add(where, "contrast document", d);
      return;
    }
  }
  group->set_explanation(Explanation(
      sources, *group, claims, docs, role,
      group->values().empty() ? "" : Shown(group->values(0).value())));
  group->clear_event_index();
  group->clear_subject_index();
  group->clear_contrast_first();
  group->clear_contrast_second();
}

// Expands event group `position` of `report`.
void ExpandEvent(const Sources& sources, const Report& report, int position,
                 EventGroup* event, Errors* errors) {
  bool compact = false;
  const bool unlabelled = event->label().empty() && !event->mentions().empty() &&
                          event->mentions(0).has_doc_index();
  if (unlabelled && event->id().empty()) {
    event->set_id(absl::StrCat("g", position + 1));
  }
  std::string lemma;
  for (EventMentionRef& m : *event->mutable_mentions()) {
    if (!m.has_doc_index()) continue;
    compact = true;
    const Document* doc = sources.Doc(m.doc_index());
    const EventMention* ev = sources.EventAt(m.doc_index(), m.event_index());
    if (doc == nullptr || ev == nullptr) {
      errors->Add(absl::StrCat("a mention of event group ", event->id()),
                  "doc_index", m.doc_index());
      continue;
    }
    if (event->type().empty()) event->set_type(ev->type());
    if (lemma.empty()) {
      lemma = FoldForMatching(ev->lemma().empty() ? ev->trigger() : ev->lemma());
    }
    m.set_doc_id(doc->id());
    m.set_event_id(ev->id());
    m.set_trigger(ev->trigger());
    *m.mutable_sentence() = ev->sentence();
    m.clear_doc_index();
    m.clear_event_index();
  }
  if (compact && event->documents().empty()) {
    for (const EventMentionRef& m : event->mentions()) {
      if (std::find(event->documents().begin(), event->documents().end(),
                    m.doc_id()) == event->documents().end()) {
        event->add_documents(m.doc_id());
      }
    }
  }
  const Entity* participant = nullptr;
  if (event->has_participant_index()) {
    const int e = event->participant_index();
    if (e < 0 || e >= report.entities_size()) {
      errors->Add(absl::StrCat("event group ", event->id()), "participant_index", e);
    } else {
      participant = &report.entities(e);
      event->set_participant(participant->id());
      event->clear_participant_index();
    }
  }
  if (unlabelled) {
    std::string label = EventNoun(event->type(), lemma);
    if (participant != nullptr) absl::StrAppend(&label, " of ", participant->canonical());
    if (event->has_time()) absl::StrAppend(&label, ", ", event->time().iso());
    event->set_label(label);
  }
}

absl::Status Expand(std::vector<const ClaimSet*> sets, Report* report) {
  Errors errors;
  const Sources sources(*report, std::move(sets));
  for (int e = 0; e < report->events_size(); ++e) {
    ExpandEvent(sources, *report, e, report->mutable_events(e), &errors);
  }
  for (int g = 0; g < report->groups_size(); ++g) {
    ExpandGroup(sources, g, report, report->mutable_groups(g), &errors);
  }
  google::protobuf::RepeatedPtrField<AgreementCell> cells;
  cells.Swap(report->mutable_agreement());
  for (AgreementCell& cell : cells) {
    const bool with_mirror = cell.with_mirror();
    cell.clear_with_mirror();
    if (cell.has_row_index() || cell.has_col_index()) {
      const Document* row = sources.Doc(cell.row_index());
      const Document* col = sources.Doc(cell.col_index());
      if (row == nullptr || col == nullptr) {
        errors.Add("an agreement cell", "document index",
                   row == nullptr ? cell.row_index() : cell.col_index());
      } else {
        cell.set_row_doc(row->id());
        cell.set_col_doc(col->id());
        cell.clear_row_index();
        cell.clear_col_index();
      }
    }
    AgreementCell* added = report->add_agreement();
    *added = std::move(cell);
    if (with_mirror) {
      AgreementCell* mirror = report->add_agreement();
      *mirror = *added;
      mirror->set_row_doc(added->col_doc());
      mirror->set_col_doc(added->row_doc());
      if (added->has_row_index()) mirror->set_row_index(added->col_index());
      if (added->has_col_index()) mirror->set_col_index(added->row_index());
    }
  }
  return errors.status();
}

}  // namespace

bool IsCompact(const Report& report) {
  for (const EventGroup& event : report.events()) {
    if (event.has_participant_index()) return true;
    for (const EventMentionRef& m : event.mentions()) {
      if (m.has_doc_index() || m.has_event_index()) return true;
    }
  }
  for (const ClaimGroup& group : report.groups()) {
    if (group.has_event_index() || group.has_subject_index() ||
        group.has_contrast_first() || group.has_contrast_second()) {
      return true;
    }
    for (const ValueSupport& value : group.values()) {
      if (value.has_value_from()) return true;
      for (const Support& s : value.support()) {
        if (s.has_doc_index()) return true;
      }
    }
  }
  for (const AgreementCell& cell : report.agreement()) {
    if (cell.has_row_index() || cell.has_col_index() || cell.has_with_mirror()) {
      return true;
    }
  }
  return false;
}

absl::Status ExpandReport(absl::Span<const ClaimSet> claim_sets,
                          Report* report) {
  std::vector<const ClaimSet*> sets;
  sets.reserve(claim_sets.size());
  for (const ClaimSet& set : claim_sets) sets.push_back(&set);
  return Expand(std::move(sets), report);
}

absl::Status ExpandReport(Report* report) {
  std::vector<const ClaimSet*> sets;
  sets.reserve(report->claim_sets_size());
  for (const ClaimSet& set : report->claim_sets()) sets.push_back(&set);
  return Expand(std::move(sets), report);
}

const Report& Expanded(const Report& report, Report* storage) {
  if (!IsCompact(report)) return report;
  *storage = report;
  ExpandReport(storage).IgnoreError();
  return *storage;
}

}  // namespace xref

#include "matcher/expand_report.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "base/fold.h"
#include "matcher/alias_index.h"
#include "matcher/roles.h"
#include "matcher/verdict.h"

namespace xref {
namespace {

// True when a run of `count` column entries starting at entry `next` lies
// within the column's `size` entries (how a count column hands out the
// entries of the column it indexes).
bool RunFits(int count, int next, int size) {
  return count >= 0 && count <= size - next;
}

// Collects the first error of an expansion.
class Errors {
 public:
  void Add(absl::string_view where, absl::string_view field, int64_t index) {
    if (!status_.ok()) return;
    status_ = absl::InvalidArgumentError(absl::StrCat(
        "compact report: ", where, " has ", field, " ", index,
        " that names nothing in the report"));
  }
  void AddMismatch(absl::string_view where, int docs, int claims) {
    if (!status_.ok()) return;
    status_ = absl::InvalidArgumentError(absl::StrCat(
        "compact report: ", where, " has ", docs,
        " support_columns.doc_index but ", claims,
        " support_columns.claim_index"));
  }
  // `where` has columns of different lengths, named in `lengths`.
  void AddColumnLengths(absl::string_view where, absl::string_view lengths) {
    if (!status_.ok()) return;
    status_ = absl::InvalidArgumentError(absl::StrCat(
        "compact report: ", where, " has columns of different lengths (",
        lengths, ")"));
  }
  const absl::Status& status() const { return status_; }

 private:
  absl::Status status_;
};

// The report's documents (its own, or those of the claim sets when
// Report.documents_from_claim_sets) and the claim sets they were matched from.
class Sources {
 public:
  Sources(const Report& report, std::vector<const ClaimSet*> sets)
      : sets_(std::move(sets)) {
    if (report.documents_from_claim_sets()) {
      docs_.reserve(sets_.size());
      for (const ClaimSet* set : sets_) docs_.push_back(&set->document());
    } else {
      docs_.reserve(report.documents_size());
      for (const Document& doc : report.documents()) docs_.push_back(&doc);
    }
  }

  const Document* Doc(int64_t d) const {
    return d >= 0 && d < static_cast<int64_t>(docs_.size()) ? docs_[d] : nullptr;
  }
  const std::vector<const Document*>& docs() const { return docs_; }
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
    const Document& doc = *docs_[d];
    return doc.outlet().empty() ? doc.id() : doc.outlet();
  }

 private:
  std::vector<const ClaimSet*> sets_;
  std::vector<const Document*> docs_;
};

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

// The claims of one document within a group: claims[begin, end) of the
// group's claims sorted by (document, claim); `counting` when any of them
// counts for the verdict (not negated or denied).
struct DocRun {
  int doc;
  int begin;
  int end;
  bool counting;
};

// Appends strings to a repeated string field unless equal to one already
// appended since Reset: linear search while few, a hash set beyond.
class DistinctAppender {
 public:
  void Reset(google::protobuf::RepeatedPtrField<std::string>* out) {
    out_ = out;
    seen_.clear();
  }
  void Add(absl::string_view s) {
    if (out_->size() < kLinear) {
      if (std::find(out_->begin(), out_->end(), s) != out_->end()) return;
      out_->Add()->assign(s.data(), s.size());
      if (out_->size() == kLinear) {
        for (const std::string& o : *out_) seen_.insert(o);
      }
      return;
    }
    if (seen_.contains(s)) return;
    std::string* added = out_->Add();
    added->assign(s.data(), s.size());
    seen_.insert(*added);  // The string object stays where it is.
  }

 private:
  static constexpr int kLinear = 16;
  google::protobuf::RepeatedPtrField<std::string>* out_ = nullptr;
  absl::flat_hash_set<absl::string_view> seen_;
};

// Spells out one report. Holds the sources and the scratch buffers reused
// from one group to the next, so that expanding costs a few allocations per
// string written and no more; every step is linear in what it reads.
class Expander {
 public:
  // `support_docs` and `support_claims`: the report's SupportColumns.
  Expander(const Report& report, std::vector<const ClaimSet*> sets,
           absl::Span<const int> support_docs,
           absl::Span<const int> support_claims)
      : sources_(report, std::move(sets)),
        support_docs_(support_docs),
        support_claims_(support_claims) {}

  void ExpandEvent(const Report& report, int position, EventGroup* event);
  // Appends the event groups of report->event_columns() to report->events(),
  // each as its compact EventGroup expanded by ExpandEvent. Columns of
  // different lengths, or a mention_count beyond the mention columns, are
  // errors (no event group is added then, or none from that group on).
  void EventsFromColumns(Report* report);
  void ExpandGroup(const Report& report, int position, ClaimGroup* group);
  // Appends the groups of report->group_columns() to report->groups(), each
  // as its compact ClaimGroup expanded by ExpandGroup. Columns of different
  // lengths, or a value_count beyond the value columns, are errors (no group
  // is added then, or none from that group on).
  void GroupsFromColumns(Report* report);
  void ExpandAgreement(google::protobuf::RepeatedPtrField<AgreementCell>* cells);
  // Appends the cells of report->agreement_columns() to report->agreement()
  // as compact cells (with_mirror), for ExpandAgreement. Columns of different
  // lengths are an error (no cell is added then).
  void AgreementFromColumns(Report* report);
  // Appends to each entity's documents the ids of its documents in
  // report->entity_documents(). A document_count column of another length
  // than the entities, or a count beyond the doc_index column, is an error
  // (no document is added then, or none from that entity on); so is a
  // doc_index naming no document (that one is skipped).
  void EntityDocumentsFromColumns(Report* report);
  // Sets each entity's canonical name to its alias of the position in
  // report->entity_canonical() (unless -1) and clears the columns. A
  // column of another length than the entities is an error (no name is
  // set then); so is a position beyond the entity's aliases (that one is
  // left, and so is the column).
  void EntityCanonicalFromAliases(Report* report);
  const absl::Status& status() const { return errors_.status(); }
  void AddMismatch(int docs, int claims) {
    errors_.AddMismatch("the report", docs, claims);
  }
  // The documents the report's references name, in order.
  const std::vector<const Document*>& documents() const { return sources_.docs(); }

 private:
  // Turns the next value->support_count() entries of the support columns
  // into Support messages of `value` (with doc_index and claim_index; the
  // caller resolves them, modality included) after its own, and clears
  // support_count; a count
  // beyond the columns is an error of `where()` (and leaves the value's
  // supports, and those of every later value, unresolved).
  template <typename Where>
  void SupportsFromColumns(const Where& where, ValueSupport* value);
  // FoldForMatching(role), computed once per distinct role.
  absl::string_view FoldedRole(absl::string_view role);
  // The run of document `doc` in runs_, or nullptr.
  const DocRun* RunOf(int doc) const;
  // Appends to *out the distinct values shown by `run`'s claims (those that
  // count, if any does), joined by ", "; with `by_source`, each value with
  // its source ("25000 according to police"; nothing for the outlet's own),
  // the last joined by " and ".
  void AppendShown(const DocRun* run, bool by_source, std::string* out);
  // The explanation of `group` (claims_ and runs_ filled, sorted).
  std::string Explanation(const ClaimGroup& group, absl::string_view role,
                          absl::string_view first_value);

  Sources sources_;
  absl::Span<const int> support_docs_, support_claims_;
  int next_support_ = 0;  // The first column entry not yet turned.
  Errors errors_;
  absl::flat_hash_map<std::string, std::string> folded_roles_;
  std::vector<GroupClaim> claims_;
  std::vector<DocRun> runs_;
  // Scratch of AppendShown.
  std::vector<std::pair<absl::string_view, absl::string_view>> shown_;
  DistinctAppender distinct_;
};

absl::string_view Expander::FoldedRole(absl::string_view role) {
  auto it = folded_roles_.find(role);
  if (it == folded_roles_.end()) {
    it = folded_roles_.emplace(std::string(role), FoldForMatching(role)).first;
  }
  return it->second;
}

const DocRun* Expander::RunOf(int doc) const {
  auto it = std::lower_bound(
      runs_.begin(), runs_.end(), doc,
      [](const DocRun& run, int d) { return run.doc < d; });
  return it != runs_.end() && it->doc == doc ? &*it : nullptr;
}

void Expander::AppendShown(const DocRun* run, bool by_source, std::string* out) {
  if (run == nullptr) return;
  // Distinct (value, source) pairs; the source is left empty unless
  // `by_source`, so that values are then distinct by themselves.
  std::vector<std::pair<absl::string_view, absl::string_view>>& shown = shown_;
  shown.clear();
  for (int i = run->begin; i < run->end; ++i) {
    const Claim& claim = *claims_[i].claim;
    if (run->counting && !CountsForVerdict(claim)) continue;
    std::pair<absl::string_view, absl::string_view> v(
        Shown(claim.value()), by_source ? claim.attribution().source() : absl::string_view());
    if (std::find(shown.begin(), shown.end(), v) == shown.end()) shown.push_back(v);
  }
  for (size_t i = 0; i < shown.size(); ++i) {
    if (i > 0) out->append(by_source && i + 1 == shown.size() ? " and " : ", ");
    out->append(shown[i].first.data(), shown[i].first.size());
    if (!shown[i].second.empty()) absl::StrAppend(out, " according to ", shown[i].second);
  }
}

// Room for most explanations, so that wording one allocates once.
constexpr size_t kExplanationCapacity = 128;

// "Only Reuters reports the date (2021-05-26).", "3 documents give
// compatible date values (2021-05-26).", "Reuters gives 13 but AP gives 14,
// which cannot both be true.", "AP gives 25000 according to police and 80000
// according to organisers, which cannot all be true." A document's values
// are those of its claims that count for the verdict, else all it mentions.
std::string Expander::Explanation(const ClaimGroup& group,
                                  absl::string_view role,
                                  absl::string_view first_value) {
  std::string out;
  out.reserve(kExplanationCapacity);
  switch (group.verdict()) {
    case SINGLE_SOURCE: {
      if (runs_.empty()) return out;
      size_t slot = 0;
      while (slot + 1 < runs_.size() && !runs_[slot].counting) ++slot;
      absl::StrAppend(&out, "Only ", sources_.Outlet(runs_[slot].doc),
                      " reports the ", role, " (");
      AppendShown(&runs_[slot], /*by_source=*/false, &out);
      out.append(").");
      return out;
    }
    case AGREE: {
      int n = 0;
      for (const DocRun& run : runs_) n += run.counting;
      absl::StrAppend(&out, n, " documents give compatible ", role,
                      " values (", first_value, ").");
      return out;
    }
    default: {
      if (!group.has_contrast_first() || !group.has_contrast_second()) {
        return out;
      }
      const int a = group.contrast_first(), b = group.contrast_second();
      if (a == b) {  // One document's sources contradict each other.
        absl::StrAppend(&out, sources_.Outlet(a), " gives ");
        AppendShown(RunOf(a), /*by_source=*/true, &out);
        out.append(", which cannot all be true.");
        return out;
      }
      absl::StrAppend(&out, sources_.Outlet(a), " gives ");
      AppendShown(RunOf(a), /*by_source=*/false, &out);
      absl::StrAppend(&out, " but ", sources_.Outlet(b), " gives ");
      AppendShown(RunOf(b), /*by_source=*/false, &out);
      out.append(group.verdict() == CONFLICT
                     ? ", which cannot both be true."
                     : ": the accounts list different items.");
      return out;
    }
  }
}

template <typename Where>
void Expander::SupportsFromColumns(const Where& where, ValueSupport* value) {
  if (!value->has_support_count()) return;
  const int count = value->support_count();
  const int available = std::min(support_docs_.size(), support_claims_.size());
  if (!RunFits(count, next_support_, available)) {
    errors_.Add(where(), "support_count", count);
    next_support_ = available;
    return;
  }
  auto* supports = value->mutable_support();
  supports->Reserve(supports->size() + count);
  for (int i = next_support_; i < next_support_ + count; ++i) {
    Support* s = supports->Add();
    s->set_doc_index(support_docs_[i]);
    s->set_claim_index(support_claims_[i]);
  }
  next_support_ += count;
  value->clear_support_count();
}

void Expander::ExpandGroup(const Report& report, int position,
                           ClaimGroup* group) {
  auto where = [position] { return absl::StrCat("claim group ", position); };
  claims_.clear();
  for (ValueSupport& value : *group->mutable_values()) {
    const Claim* value_claim = nullptr;  // Of support(value_from).
    const int from = value.has_value_from() ? value.value_from() : -1;
    const int first_from_columns = value.support_size();
    SupportsFromColumns(where, &value);
    for (int m = 0; m < value.support_size(); ++m) {
      Support& s = *value.mutable_support(m);
      if (!s.has_doc_index()) continue;
      const Document* doc = sources_.Doc(s.doc_index());
      const Claim* claim = sources_.ClaimAt(s.doc_index(), s.claim_index());
      if (doc == nullptr || claim == nullptr) {
        errors_.Add(where(), "support doc_index", s.doc_index());
        continue;
      }
      if (m >= first_from_columns) s.set_modality(claim->modality());
      s.set_doc_id(doc->id());
      s.set_claim_id(claim->id());
      s.set_raw(claim->value().raw());
      if (!claim->attribution().source().empty()) {
        *s.mutable_attribution() = claim->attribution();
      }
      claims_.push_back({s.doc_index(), s.claim_index(), claim});
      if (m == from) value_claim = claim;
      s.clear_doc_index();
    }
    if (value.has_value_from()) {
      if (value_claim == nullptr) {
        errors_.Add(where(), "value_from", from);
      } else {
        *value.mutable_value() = value_claim->value();
        value.clear_value_from();
      }
    }
  }
  if (!group->has_event_index() && !group->has_subject_index()) return;
  if (claims_.empty()) return;  // Errors above; nothing to word.
  const Claim& first = *claims_.front().claim;
  std::sort(claims_.begin(), claims_.end());
  absl::string_view owner;
  if (group->has_event_index()) {
    const int e = group->event_index();
    if (e < 0 || e >= report.events_size()) {
      errors_.Add(where(), "event_index", e);
      return;
    }
    const EventGroup& event = report.events(e);
    owner = event.id();
    group->set_event_group_id(event.id());
    group->set_event_type(event.type());
  } else {
    const int e = group->subject_index();
    if (e < 0 || e >= report.entities_size()) {
      errors_.Add(where(), "subject_index", e);
      return;
    }
    owner = report.entities(e).id();
    group->set_subject_entity(report.entities(e).id());
  }
  const absl::string_view role = FoldedRole(first.role());
  group->set_role(first.role());
  std::string* id = group->mutable_id();
  id->clear();
  id->reserve(owner.size() + 1 + role.size());
  absl::StrAppend(id, owner, "/", role);
  runs_.clear();
  for (int i = 0; i < static_cast<int>(claims_.size()); ++i) {
    const GroupClaim& c = claims_[i];
    if (runs_.empty() || runs_.back().doc != c.doc) {
      runs_.push_back({c.doc, i, i, false});
    }
    DocRun& run = runs_.back();
    run.end = i + 1;
    run.counting = run.counting || CountsForVerdict(*c.claim);
  }
  group->mutable_documents()->Reserve(group->documents_size() +
                                      static_cast<int>(runs_.size()));
  for (const DocRun& run : runs_) {
    group->add_documents(sources_.Doc(run.doc)->id());
  }
  if (group->has_contrast_first() || group->has_contrast_second()) {
    const int d = sources_.Doc(group->contrast_first()) == nullptr
                      ? group->contrast_first()
                      : group->contrast_second();
    if (sources_.Doc(d) == nullptr) {
      errors_.Add(where(), "contrast document", d);
      return;
    }
  }
  group->set_explanation(Explanation(
      *group, role,
      group->values().empty() ? "" : Shown(group->values(0).value())));
  group->clear_event_index();
  group->clear_subject_index();
  group->clear_contrast_first();
  group->clear_contrast_second();
}

void Expander::GroupsFromColumns(Report* report) {
  const ClaimGroupColumns& columns = report->group_columns();
  const int num_groups = columns.owner_size();
  const int num_values = columns.attributed_size();
  if (columns.kind_size() != num_groups || columns.verdict_size() != num_groups ||
      columns.value_count_size() != num_groups ||
      columns.contrast_first_size() != num_groups ||
      columns.contrast_second_size() != num_groups ||
      columns.support_count_size() != num_values ||
      columns.value_from_size() != num_values) {
    errors_.AddColumnLengths(
        "group_columns",
        absl::StrCat("owner ", num_groups, ", kind ", columns.kind_size(),
                     ", verdict ", columns.verdict_size(), ", value_count ",
                     columns.value_count_size(), ", contrast_first ",
                     columns.contrast_first_size(), ", contrast_second ",
                     columns.contrast_second_size(), ", attributed ", num_values,
                     ", support_count ", columns.support_count_size(),
                     ", value_from ", columns.value_from_size()));
    return;
  }
  auto* groups = report->mutable_groups();
  groups->Reserve(groups->size() + num_groups);
  int next_value = 0;
  for (int i = 0; i < num_groups; ++i) {
    const int count = columns.value_count(i);
    if (!RunFits(count, next_value, num_values)) {
      errors_.Add(absl::StrCat("group_columns entry ", i), "value_count", count);
      return;
    }
    const int position = groups->size();
    ClaimGroup* group = groups->Add();
    const int owner = columns.owner(i);
    if (owner >= 0) {
      group->set_event_index(owner);
    } else {
      group->set_subject_index(-1 - owner);
    }
    group->set_kind(columns.kind(i));
    group->set_verdict(columns.verdict(i));
    if (columns.contrast_first(i) >= 0) {
      group->set_contrast_first(columns.contrast_first(i));
    }
    if (columns.contrast_second(i) >= 0) {
      group->set_contrast_second(columns.contrast_second(i));
    }
    group->mutable_values()->Reserve(count);
    for (int v = next_value; v < next_value + count; ++v) {
      ValueSupport* value = group->add_values();
      value->set_attributed(columns.attributed(v));
      value->set_support_count(columns.support_count(v));
      value->set_value_from(columns.value_from(v));
    }
    next_value += count;
    ExpandGroup(*report, position, group);
  }
}

void Expander::EventsFromColumns(Report* report) {
  const EventGroupColumns& columns = report->event_columns();
  const int num_events = columns.participant_size();
  const int num_mentions = columns.doc_index_size();
  if (columns.time_from_size() != num_events ||
      columns.mention_count_size() != num_events ||
      columns.event_index_size() != num_mentions) {
    errors_.AddColumnLengths(
        "event_columns",
        absl::StrCat("participant ", num_events, ", time_from ",
                     columns.time_from_size(), ", mention_count ",
                     columns.mention_count_size(), ", doc_index ", num_mentions,
                     ", event_index ", columns.event_index_size()));
    return;
  }
  auto* events = report->mutable_events();
  events->Reserve(events->size() + num_events);
  int next_mention = 0;
  for (int i = 0; i < num_events; ++i) {
    const int count = columns.mention_count(i);
    if (!RunFits(count, next_mention, num_mentions)) {
      errors_.Add(absl::StrCat("event_columns entry ", i), "mention_count", count);
      return;
    }
    const int position = events->size();
    EventGroup* event = events->Add();
    if (columns.participant(i) >= 0) {
      event->set_participant_index(columns.participant(i));
    }
    auto* mentions = event->mutable_mentions();
    mentions->Reserve(count);
    for (int m = next_mention; m < next_mention + count; ++m) {
      EventMentionRef* mention = mentions->Add();
      mention->set_doc_index(columns.doc_index(m));
      mention->set_event_index(columns.event_index(m));
    }
    const int time_from = columns.time_from(i);
    if (time_from >= 0) {
      const EventMention* timed =
          time_from < count ? sources_.EventAt(columns.doc_index(next_mention + time_from),
                                               columns.event_index(next_mention + time_from))
                            : nullptr;
      if (timed == nullptr) {
        errors_.Add(absl::StrCat("event_columns entry ", i), "time_from", time_from);
      } else {
        *event->mutable_time() = timed->time();
      }
    }
    next_mention += count;
    ExpandEvent(*report, position, event);
  }
}

void Expander::ExpandEvent(const Report& report, int position,
                           EventGroup* event) {
  bool compact = false;
  const bool unlabelled = event->label().empty() && !event->mentions().empty() &&
                          event->mentions(0).has_doc_index();
  if (unlabelled && event->id().empty()) {
    event->set_id(absl::StrCat("g", position + 1));
  }
  std::string lemma;
  absl::string_view kind;  // Views the claim sets; one kind at most per group.
  for (EventMentionRef& m : *event->mutable_mentions()) {
    if (!m.has_doc_index()) continue;
    compact = true;
    const Document* doc = sources_.Doc(m.doc_index());
    const EventMention* ev = sources_.EventAt(m.doc_index(), m.event_index());
    if (doc == nullptr || ev == nullptr) {
      errors_.Add(absl::StrCat("a mention of event group ", event->id()),
                  "doc_index", m.doc_index());
      continue;
    }
    if (event->type().empty()) event->set_type(ev->type());
    if (lemma.empty()) {
      lemma = FoldForMatching(ev->lemma().empty() ? ev->trigger() : ev->lemma());
    }
    if (kind.empty()) kind = ev->kind();
    m.set_doc_id(doc->id());
    m.set_event_id(ev->id());
    m.set_trigger(ev->trigger());
    *m.mutable_sentence() = ev->sentence();
    m.clear_doc_index();
    m.clear_event_index();
  }
  if (compact && event->documents().empty()) {
    distinct_.Reset(event->mutable_documents());
    for (const EventMentionRef& m : event->mentions()) distinct_.Add(m.doc_id());
  }
  const Entity* participant = nullptr;
  if (event->has_participant_index()) {
    const int e = event->participant_index();
    if (e < 0 || e >= report.entities_size()) {
      errors_.Add(absl::StrCat("event group ", event->id()),
                  "participant_index", e);
    } else {
      participant = &report.entities(e);
      event->set_participant(participant->id());
      event->clear_participant_index();
    }
  }
  if (unlabelled) {
    std::string label = EventNoun(event->type(), lemma, kind);
    if (participant != nullptr) absl::StrAppend(&label, " of ", participant->canonical());
    if (event->has_time()) absl::StrAppend(&label, ", ", event->time().iso());
    event->set_label(std::move(label));
  }
}

// Resolves the cells' documents in order (so the first error is the first
// cell's), then inserts the mirrors in one backward pass: the repeated field
// is grown once to its final size and each cell is swapped (a pointer swap)
// to its final position, so no cell is copied and none moved twice.
void Expander::ExpandAgreement(
    google::protobuf::RepeatedPtrField<AgreementCell>* cells) {
  const int n = cells->size();
  const google::protobuf::Reflection* reflection = AgreementCell::GetReflection();
  int mirrors = 0;
  for (AgreementCell& cell : *cells) {
    mirrors += cell.with_mirror();
    if (!cell.has_row_index() && !cell.has_col_index()) continue;
    const Document* row = sources_.Doc(cell.row_index());
    const Document* col = sources_.Doc(cell.col_index());
    if (row == nullptr || col == nullptr) {
      errors_.Add("an agreement cell", "document index",
                  row == nullptr ? cell.row_index() : cell.col_index());
      continue;
    }
    cell.set_row_doc(row->id());
    cell.set_col_doc(col->id());
    cell.clear_row_index();
    cell.clear_col_index();
  }
  cells->Reserve(n + mirrors);
  for (int k = 0; k < mirrors; ++k) cells->Add();
  // Positions (i, next) hold empty cells, [next, end) cells in final order.
  int next = n + mirrors;
  for (int i = n - 1; i >= 0; --i) {
    const bool with_mirror = cells->Get(i).with_mirror();
    cells->Mutable(i)->clear_with_mirror();
    if (!with_mirror) {
      cells->SwapElements(i, --next);
      continue;
    }
    next -= 2;
    cells->SwapElements(i, next);
    const AgreementCell& cell = cells->Get(next);
    AgreementCell* mirror = cells->Mutable(next + 1);
    if (cell.has_row_index() || cell.has_col_index() ||
        !reflection->GetUnknownFields(cell).empty()) {
      *mirror = cell;
      if (cell.has_row_index()) mirror->set_row_index(cell.col_index());
      if (cell.has_col_index()) mirror->set_col_index(cell.row_index());
    } else {
      mirror->set_shared(cell.shared());
      mirror->set_agreed(cell.agreed());
    }
    mirror->set_row_doc(cell.col_doc());
    mirror->set_col_doc(cell.row_doc());
  }
}

void Expander::AgreementFromColumns(Report* report) {
  const AgreementColumns& columns = report->agreement_columns();
  const int n = columns.row_index_size();
  if (columns.col_index_size() != n || columns.shared_size() != n ||
      columns.agreed_size() != n) {
    errors_.AddColumnLengths(
        "agreement_columns",
        absl::StrCat("row_index ", n, ", col_index ", columns.col_index_size(),
                     ", shared ", columns.shared_size(), ", agreed ",
                     columns.agreed_size()));
    return;
  }
  auto* cells = report->mutable_agreement();
  cells->Reserve(cells->size() + n);
  for (int i = 0; i < n; ++i) {
    AgreementCell* cell = cells->Add();
    cell->set_row_index(columns.row_index(i));
    cell->set_col_index(columns.col_index(i));
    cell->set_shared(columns.shared(i));
    cell->set_agreed(columns.agreed(i));
    cell->set_with_mirror(true);
  }
}

void Expander::EntityCanonicalFromAliases(Report* report) {
  const auto& column = report->entity_canonical().alias();
  if (column.size() != report->entities_size()) {
    errors_.AddColumnLengths(
        "entity_canonical",
        absl::StrCat("alias ", column.size(), ", entities ",
                     report->entities_size()));
    return;
  }
  bool resolved = true;
  for (int i = 0; i < column.size(); ++i) {
    const int alias = column.Get(i);
    if (alias < 0) continue;
    Entity& entity = *report->mutable_entities(i);
    if (alias >= entity.aliases_size()) {
      errors_.Add(absl::StrCat("entity_canonical entry ", i), "alias", alias);
      resolved = false;
      continue;
    }
    entity.set_canonical(entity.aliases(alias));
  }
  if (resolved) report->clear_entity_canonical();
}

void Expander::EntityDocumentsFromColumns(Report* report) {
  const EntityDocumentColumns& columns = report->entity_documents();
  const int num_entities = report->entities_size();
  const int num_docs = columns.doc_index_size();
  if (columns.document_count_size() != num_entities) {
    errors_.AddColumnLengths(
        "entity_documents",
        absl::StrCat("document_count ", columns.document_count_size(),
                     ", entities ", num_entities));
    return;
  }
  const std::vector<const Document*>& docs = sources_.docs();
  int next = 0;
  for (int i = 0; i < num_entities; ++i) {
    const int count = columns.document_count(i);
    if (!RunFits(count, next, num_docs)) {
      errors_.Add(absl::StrCat("entity_documents entry ", i), "document_count",
                  count);
      return;
    }
    auto* documents = report->mutable_entities(i)->mutable_documents();
    documents->Reserve(documents->size() + count);
    for (const int end = next + count; next < end; ++next) {
      const int d = columns.doc_index(next);
      if (d < 0 || d >= static_cast<int>(docs.size())) {
        errors_.Add(absl::StrCat("entity_documents entry ", i), "doc_index", d);
        continue;
      }
      documents->Add()->assign(docs[d]->id());
    }
  }
}

absl::Status Expand(std::vector<const ClaimSet*> sets, Report* report) {
  const SupportColumns& columns = report->support_columns();
  Expander expander(*report, std::move(sets), columns.doc_index(),
                    columns.claim_index());
  if (report->has_entity_canonical()) expander.EntityCanonicalFromAliases(report);
  if (report->entity_ids_from_canonical()) {
    EntityIdAssigner ids(report->entities_size());
    for (Entity& entity : *report->mutable_entities()) ids.Assign(&entity);
  }
  report->clear_entity_ids_from_canonical();
  if (columns.doc_index_size() != columns.claim_index_size()) {
    expander.AddMismatch(columns.doc_index_size(), columns.claim_index_size());
  }
  for (int e = 0; e < report->events_size(); ++e) {
    expander.ExpandEvent(*report, e, report->mutable_events(e));
  }
  if (report->has_event_columns()) expander.EventsFromColumns(report);
  for (int g = 0; g < report->groups_size(); ++g) {
    expander.ExpandGroup(*report, g, report->mutable_groups(g));
  }
  if (report->has_group_columns()) expander.GroupsFromColumns(report);
  if (report->has_agreement_columns()) expander.AgreementFromColumns(report);
  if (report->has_entity_documents()) expander.EntityDocumentsFromColumns(report);
  expander.ExpandAgreement(report->mutable_agreement());
  if (report->documents_from_claim_sets()) {
    auto* documents = report->mutable_documents();
    documents->Reserve(static_cast<int>(expander.documents().size()));
    for (const Document* doc : expander.documents()) *documents->Add() = *doc;
    report->clear_documents_from_claim_sets();
  }
  if (expander.status().ok()) {
    report->clear_support_columns();
    report->clear_group_columns();
    report->clear_event_columns();
    report->clear_agreement_columns();
    report->clear_entity_documents();
  }
  return expander.status();
}

}  // namespace

bool IsCompact(const Report& report) {
  if (report.has_support_columns() || report.has_group_columns() ||
      report.has_event_columns() || report.has_agreement_columns() ||
      report.has_documents_from_claim_sets() || report.has_entity_documents() ||
      report.has_entity_ids_from_canonical() ||
      report.has_entity_canonical()) {
    return true;
  }
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
      if (value.has_value_from() || value.has_support_count()) return true;
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

namespace {

// Lends the messages of `from` to `to` (empty): `to` points at them without
// owning them, until Return.
template <typename T>
void Lend(const google::protobuf::RepeatedPtrField<T>& from,
          google::protobuf::RepeatedPtrField<T>* to) {
  to->Reserve(from.size());
  for (const T& message : from) {
    to->UnsafeArenaAddAllocated(const_cast<T*>(&message));
  }
}

// Takes back every message lent to `to`, without destroying them.
template <typename T>
void Return(google::protobuf::RepeatedPtrField<T>* to) {
  to->UnsafeArenaExtractSubrange(0, to->size(), nullptr);
}

}  // namespace

// Blocks of the expansion's arena: small for a small report, large enough for
// a large one not to allocate often.
google::protobuf::ArenaOptions ExpansionArenaOptions() {
  google::protobuf::ArenaOptions options;
  options.start_block_size = 16 << 10;
  options.max_block_size = 1 << 20;
  return options;
}

ExpandedReport::ExpandedReport(const Report& report)
    : arena_(ExpansionArenaOptions()), report_(&report) {
  if (!IsCompact(report)) return;
  expansion_ = google::protobuf::Arena::CreateMessage<Report>(&arena_);
  Report& expansion = *expansion_;
  expansion.set_title(report.title());
  if (report.documents_from_claim_sets()) {
    auto* documents = expansion.mutable_documents();
    documents->Reserve(report.claim_sets_size());
    for (const ClaimSet& set : report.claim_sets()) {
      documents->UnsafeArenaAddAllocated(const_cast<Document*>(&set.document()));
    }
  } else {
    Lend(report.documents(), expansion.mutable_documents());
  }
  if (report.has_entity_documents() || report.has_entity_ids_from_canonical() ||
      report.has_entity_canonical()) {
    *expansion.mutable_entities() = report.entities();
    if (report.has_entity_canonical()) {
      *expansion.mutable_entity_canonical() = report.entity_canonical();
    }
    if (report.has_entity_documents()) {
      *expansion.mutable_entity_documents() = report.entity_documents();
    }
    if (report.has_entity_ids_from_canonical()) {
      expansion.set_entity_ids_from_canonical(report.entity_ids_from_canonical());
    }
  } else {
    Lend(report.entities(), expansion.mutable_entities());
    entities_lent_ = true;
  }
  *expansion.mutable_events() = report.events();
  *expansion.mutable_groups() = report.groups();
  *expansion.mutable_agreement() = report.agreement();
  if (report.has_support_columns()) {
    *expansion.mutable_support_columns() = report.support_columns();
  }
  if (report.has_group_columns()) {
    *expansion.mutable_group_columns() = report.group_columns();
  }
  if (report.has_event_columns()) {
    *expansion.mutable_event_columns() = report.event_columns();
  }
  if (report.has_agreement_columns()) {
    *expansion.mutable_agreement_columns() = report.agreement_columns();
  }
  *expansion.mutable_summary() = report.summary();
  Lend(report.skipped(), expansion.mutable_skipped());
  Lend(report.claim_sets(), expansion.mutable_claim_sets());
  expansion.set_generator(report.generator());
  expansion.GetReflection()->MutableUnknownFields(&expansion)->MergeFrom(
      report.GetReflection()->GetUnknownFields(report));
  status_ = ExpandReport(&expansion);
  report_ = &expansion;
}

ExpandedReport::~ExpandedReport() {
  if (expansion_ == nullptr) return;
  Return(expansion_->mutable_documents());
  if (entities_lent_) Return(expansion_->mutable_entities());
  Return(expansion_->mutable_skipped());
  Return(expansion_->mutable_claim_sets());
}

}  // namespace xref

#include "matcher/matcher.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "base/fold.h"
#include "matcher/alias_index.h"
#include "matcher/event_grouper.h"
#include "matcher/roles.h"
#include "matcher/value_compare.h"
#include "matcher/verdict.h"

namespace xref {
namespace {

absl::Status Invalid(const ClaimSet& set, absl::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat(
      "claim set of document '", set.document().id(), "': ", problem));
}

absl::Status Validate(absl::Span<const ClaimSet> claim_sets) {
  absl::flat_hash_set<absl::string_view> docs;
  absl::flat_hash_set<absl::string_view> entities, events;
  docs.reserve(claim_sets.size());
  for (const ClaimSet& set : claim_sets) {
    if (set.document().id().empty()) return Invalid(set, "empty document id");
    if (!docs.insert(set.document().id()).second) {
      return Invalid(set, "duplicate document id");
    }
    entities.clear();
    events.clear();
    for (const Entity& e : set.entities()) entities.insert(e.id());
    auto check_ref = [&](const EntityRef& ref,
                         absl::string_view where) -> absl::Status {
      if (!ref.entity_id().empty() && !entities.contains(ref.entity_id())) {
        return Invalid(set, absl::StrCat(where, " names unknown entity '",
                                         ref.entity_id(), "'"));
      }
      return absl::OkStatus();
    };
    for (const EventMention& ev : set.events()) {
      if (ev.id().empty()) return Invalid(set, "event with empty id");
      if (!events.insert(ev.id()).second) {
        return Invalid(set, absl::StrCat("duplicate event id '", ev.id(), "'"));
      }
      for (const EntityRef& r : ev.participants()) {
        absl::Status s = check_ref(r, absl::StrCat("event '", ev.id(), "'"));
        if (!s.ok()) return s;
      }
      for (const EntityRef& r : ev.arguments()) {
        absl::Status s = check_ref(r, absl::StrCat("event '", ev.id(), "'"));
        if (!s.ok()) return s;
      }
    }
    for (const Claim& c : set.claims()) {
      if (!c.event_id().empty() && !events.contains(c.event_id())) {
        return Invalid(set, absl::StrCat("claim '", c.id(),
                                         "' names unknown event '",
                                         c.event_id(), "'"));
      }
      if (!c.subject_entity().empty() &&
          !entities.contains(c.subject_entity())) {
        return Invalid(set, absl::StrCat("claim '", c.id(),
                                         "' names unknown entity '",
                                         c.subject_entity(), "'"));
      }
      if (c.value().has_entity()) {
        absl::Status s =
            check_ref(c.value().entity(), absl::StrCat("claim '", c.id(), "'"));
        if (!s.ok()) return s;
      }
    }
  }
  return absl::OkStatus();
}

std::vector<int> ResolveRefs(const AliasIndex& aliases, int doc,
                             const google::protobuf::RepeatedPtrField<EntityRef>& refs) {
  std::vector<int> out;
  for (const EntityRef& r : refs) {
    int e = aliases.Find(doc, r.entity_id());
    if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool IsJustice(const EventRecord& r) { return absl::StartsWith(r.type, "Justice:"); }

// An attack and the deaths and injuries it causes: within one document that
// tells of one dated attack, an undated "the death toll rose to 12" is that
// attack's.
bool IsViolence(const EventRecord& r) {
  return r.type == "Conflict:Attack" || r.type == "Life:Die" || r.type == "Life:Injure";
}

bool OneIncident(const EventRecord& a, const EventRecord& b) {
  return IsViolence(a) && IsViolence(b);
}

bool IsCountry(const Entity& entity, const Gazetteer* gazetteer) {
  if (gazetteer == nullptr || entity.gazetteer_key().empty()) return false;
  const Place* place = gazetteer->FindKey(entity.gazetteer_key());
  return place != nullptr && place->kind() == "country";
}

bool Attributed(const Claim& c) { return !c.attribution().source().empty(); }

bool CountsForVerdict(const Claim& c) {
  return c.modality() != NEGATED && c.modality() != DENIED;
}

std::string Shown(const Value& v) {
  if (!v.normalized().empty()) return v.normalized();
  return v.raw();
}

// True when the trigger at `span` of `text` is one word right after "the"
// and not a plural or an "of" phrase: "the assassination happened", not
// "the killings", "the killing of protesters".
bool DefiniteSingularNoun(absl::string_view text, const Span& span) {
  const int64_t b = span.begin(), e = span.end();
  if (b < 4 || e <= b || e > static_cast<int64_t>(text.size())) return false;
  absl::string_view word = text.substr(b, e - b);
  if (word.find(' ') != absl::string_view::npos || absl::EndsWith(word, "s")) return false;
  absl::string_view before = text.substr(b - 4, 4);
  if (before != "the " && before != "The ") return false;
  if (b > 4 && absl::ascii_isalpha(text[b - 5])) return false;
  return !absl::StartsWith(text.substr(e), " of ");
}

// Within-document coreference before cross-document linking: a story names
// the person arrested (released, charged, ...) once or twice and then says
// "the arrest", "his release", "was freed". A justice event mention without
// participants takes those of the nearest same-type mention of its document
// that has some and whose time is compatible: the previous one, else the
// first later one. A mention whose object is an unnamed group ("the
// militants", "14 men") takes only an organisation, and only when the
// document names a single participant set for that event type (a group of
// men is not one person). A mention with no named same-type mention in its
// document takes the participants every named justice mention of the
// document shares, if they share one set. Deaths and attacks are left alone
// (a story often tells of several, and many are generic: "killings of
// activists") except a definite singular noun ("The assassination happened
// on Tuesday"), which refers back to the one death or attack its document
// names: it takes that mention's participants when every named mention of
// its type in the document names the same set and no date contradicts.
void LendParticipantsWithinDocuments(
    absl::Span<const ClaimSet> claim_sets,
    const google::protobuf::RepeatedPtrField<Entity>& entities,
    const std::vector<std::pair<int, const EventMention*>>& record_source,
    std::vector<EventRecord>* records) {
  const int n = static_cast<int>(records->size());
  std::vector<std::vector<int>> lent(n);
  // Records are in document order: [doc_begin, doc_end) is i's document.
  int doc_begin = 0, doc_end = 0;
  // The participants every named justice mention of the document shares
  // (null: none, or not one set); computed once per document.
  const std::vector<int>* protagonist = nullptr;
  bool protagonist_known = false;
  for (int i = 0; i < n; ++i) {
    const EventRecord& r = (*records)[i];
    const int doc = record_source[i].first;
    if (i == doc_end) {
      doc_begin = i;
      while (doc_end < n && record_source[doc_end].first == doc) ++doc_end;
      protagonist_known = false;
    }
    auto same_type = [&](int j) {
      const EventRecord& o = (*records)[j];
      return o.type == r.type && !o.participants.empty();
    };
    if (r.participants.empty() && (r.type == "Life:Die" || r.type == "Conflict:Attack") &&
        !record_source[i].second->unnamed_participant() &&
        DefiniteSingularNoun(claim_sets[doc].document().text(),
                             record_source[i].second->trigger_span())) {
      const std::vector<int>* only = nullptr;
      bool unique = true;
      for (int j = doc_begin; j < doc_end && unique; ++j) {
        if (j == i || !same_type(j)) continue;
        const std::vector<int>& p = (*records)[j].participants;
        if (only != nullptr && *only != p) unique = false;
        if (!DatesCompatible((*records)[j].time, r.time)) unique = false;
        only = &p;
      }
      if (unique && only != nullptr) lent[i] = *only;
      continue;
    }
    if (!r.participants.empty() || !IsJustice(r)) continue;
    if (record_source[i].second->unnamed_participant()) {
      const std::vector<int>* only = nullptr;
      bool unique = true;
      for (int j = doc_begin; j < doc_end && unique; ++j) {
        if (j == i || !same_type(j)) continue;
        const std::vector<int>& p = (*records)[j].participants;
        if (only != nullptr && *only != p) unique = false;
        if (!DatesCompatible((*records)[j].time, r.time)) unique = false;
        only = &p;
      }
      if (!unique || only == nullptr) continue;
      bool groups = true;
      for (int e : *only) groups = groups && entities[e].type() == ORGANIZATION;
      if (groups) lent[i] = *only;
      continue;
    }
    int antecedent = -1;
    for (int j = i - 1; j >= doc_begin; --j) {
      if (same_type(j) && DatesCompatible((*records)[j].time, r.time)) {
        antecedent = j;
        break;
      }
    }
    for (int j = i + 1; antecedent < 0 && j < doc_end; ++j) {
      if (same_type(j) && DatesCompatible((*records)[j].time, r.time)) antecedent = j;
    }
    if (antecedent >= 0) {
      lent[i] = (*records)[antecedent].participants;
      continue;
    }
    // No named mention of this type: the document's protagonist, when every
    // named justice mention of the document names the same participants
    // ("X was arrested ... The group was later charged").
    if (!protagonist_known) {
      protagonist = nullptr;
      for (int j = doc_begin; j < doc_end; ++j) {
        const EventRecord& o = (*records)[j];
        if (o.participants.empty() || !IsJustice(o)) continue;
        if (protagonist != nullptr && *protagonist != o.participants) {
          protagonist = nullptr;
          break;
        }
        protagonist = &o.participants;
      }
      protagonist_known = true;
    }
    if (protagonist != nullptr) lent[i] = *protagonist;
  }
  for (int i = 0; i < n; ++i) {
    if (!lent[i].empty()) (*records)[i].participants = std::move(lent[i]);
  }
}

// The narrative time of a paragraph: a mention that names neither
// participants nor a time ("the death toll rose to 12", "hundreds gathered in
// the square", "the indictment was filed") happened when the paragraph's
// previous dated event did. Not across paragraphs: a new paragraph often turns
// to background ("Hundreds were killed in the 2019 protests" after today's
// arrest). Not a justice mention about an unnamed group that was refused the
// document's participants above (a group of men is not the one person the
// story names). It takes the time of the nearest earlier mention of its
// paragraph with a day or month, for grouping only (no claim is made), so
// that such mentions can link across outlets by date. With nothing earlier in
// its paragraph, it takes the time of its document's dated mentions of the
// same type when it names no place of its own, they all agree and one has a
// day or month (the document tells of one such event and this mention is
// about it, before or after the date is given: "Organisers put the crowd at
// 5,000" in a story of one dated protest). A death or injury with no dated
// mention of its own type does the same with the document's dated attacks,
// deaths and injuries, one incident, when one of them comes before it ("The
// death toll rose to 12" after a story's one dated bombing), and an attack
// with the document's dated deaths and injuries; otherwise it stays vague.
void LendTimesWithinParagraphs(
    absl::Span<const ClaimSet> claim_sets,
    const std::vector<std::pair<int, const EventMention*>>& record_source,
    std::vector<EventRecord>* records) {
  const int n = static_cast<int>(records->size());
  for (int i = 0; i < n; ++i) {
    EventRecord& r = (*records)[i];
    if (r.time.known || !r.participants.empty() ||
        (IsJustice(r) && record_source[i].second->unnamed_participant())) {
      continue;
    }
    const int doc = record_source[i].first;
    const absl::string_view text = claim_sets[doc].document().text();
    const int64_t begin = record_source[i].second->sentence().begin();
    // The blank line before the sentence's paragraph (-1: none, or unknown).
    int64_t blank_line = -1;
    if (begin > 0 && begin <= static_cast<int64_t>(text.size())) {
      size_t at = text.substr(0, begin).rfind("\n\n");
      if (at != absl::string_view::npos) blank_line = static_cast<int64_t>(at);
    }
    for (int j = i - 1; j >= 0 && record_source[j].first == doc; --j) {
      if (record_source[j].second->sentence().end() <= blank_line) break;  // Another paragraph.
      const DateInterval& t = (*records)[j].time;
      if (t.known && (t.granularity == DAY || t.granularity == MONTH)) {
        r.time = t;
        break;
      }
    }
    if (r.time.known || !r.place.empty()) continue;
    int doc_begin = i;
    while (doc_begin > 0 && record_source[doc_begin - 1].first == doc) --doc_begin;
    const DateInterval* only = nullptr;
    bool agree = true, earlier = false;
    auto scan = [&](bool incident) {
      for (int j = doc_begin; j < n && record_source[j].first == doc && agree; ++j) {
        const EventRecord& o = (*records)[j];
        if (j == i || !o.time.known) continue;
        if (incident ? !OneIncident(o, r) : o.type != r.type) continue;
        if (only != nullptr && !DatesCompatible(*only, o.time)) agree = false;
        if (only == nullptr || o.time.last - o.time.first < only->last - only->first) {
          only = &o.time;
        }
        earlier |= j < i;
      }
    };
    scan(false);
    const bool own_type = only != nullptr;
    if (!own_type) scan(true);
    if (only != nullptr && only->granularity != DAY && only->granularity != MONTH) {
      only = nullptr;
    }
    if (agree && (own_type || earlier) && only != nullptr) r.time = *only;
  }
}

// Moves the broad arguments of each record to `broad_arguments` (see
// EventRecord): a country, the setting of most of a story's events, and an
// entity named around many of the story's event mentions (more than one in
// twelve, and more than four: the prime minister every outlet quotes) say
// little about which mentions are one event. Participants are left alone.
void MoveBroadArguments(const google::protobuf::RepeatedPtrField<Entity>& entities,
                        const Gazetteer* gazetteer, std::vector<EventRecord>* records) {
  constexpr int kMinRecords = 4;          // Below this, every name is common.
  constexpr double kCommonShare = 0.08;   // Of the story's event mentions.
  absl::flat_hash_map<int, int> mentions_with;
  for (const EventRecord& r : *records) {
    for (int e : r.arguments) ++mentions_with[e];
  }
  const int limit = std::max<int>(kMinRecords, kCommonShare * records->size());
  for (EventRecord& r : *records) {
    auto broad = std::stable_partition(
        r.arguments.begin(), r.arguments.end(), [&](int e) {
          return mentions_with[e] <= limit && !IsCountry(entities[e], gazetteer);
        });
    r.broad_arguments.assign(broad, r.arguments.end());
    r.arguments.erase(broad, r.arguments.end());
  }
}

// Key of one claim group: an event group (or attribute subject) and a role.
struct GroupKey {
  bool attribute;
  int id;
  std::string role;
  bool operator==(const GroupKey& o) const {
    return attribute == o.attribute && id == o.id && role == o.role;
  }
  template <typename H>
  friend H AbslHashValue(H h, const GroupKey& k) {
    return H::combine(std::move(h), k.attribute, k.id, k.role);
  }
};

// Frees the memory of `x` now.
template <typename T>
void Release(T& x) {
  T().swap(x);
}

struct Item {
  int doc;
  int index;  // In claim_sets[doc].claims().
  const Claim* claim;
};

class MatcherImpl : public Matcher {
 public:
  MatcherImpl(const MatcherOptions& options, const Gazetteer* gazetteer)
      : options_(options), gazetteer_(gazetteer) {}

  absl::Status MatchInto(absl::Span<const ClaimSet> claim_sets,
                         Report* out) const override;

 private:
  const MatcherOptions options_;
  const Gazetteer* const gazetteer_;
};

absl::Status MatcherImpl::MatchInto(absl::Span<const ClaimSet> claim_sets,
                                    Report* out) const {
  out->Clear();
  absl::Status valid = Validate(claim_sets);
  if (!valid.ok()) return valid;
  Report& report = *out;
  report.set_generator("xref-matcher/1");
  const int num_docs = static_cast<int>(claim_sets.size());
  for (const ClaimSet& set : claim_sets) *report.add_documents() = set.document();

  AliasIndex::Options alias_options;
  alias_options.gazetteer = gazetteer_;
  alias_options.all_pairs = options_.all_pairs;
  AliasIndex aliases = AliasIndex::Build(claim_sets, alias_options);
  aliases.MoveEntitiesTo(report.mutable_entities());
  const auto& entities = report.entities();

  // Event records, in document then event order; the record of each claim's
  // event (-1 for attribute claims), claims in document order.
  std::vector<EventRecord> records;
  std::vector<std::pair<int, const EventMention*>> record_source;
  std::vector<int> claim_record;
  absl::flat_hash_map<absl::string_view, int> record_of;
  int total_claims = 0;
  for (const ClaimSet& set : claim_sets) total_claims += set.claims_size();
  claim_record.reserve(total_claims);
  for (int d = 0; d < num_docs; ++d) {
    record_of.clear();
    for (const EventMention& ev : claim_sets[d].events()) {
      EventRecord r;
      r.type = ev.type();
      r.lemma = FoldForMatching(ev.lemma().empty() ? ev.trigger() : ev.lemma());
      r.participants = ResolveRefs(aliases, d, ev.participants());
      r.arguments = ResolveRefs(aliases, d, ev.arguments());
      for (const std::string& w : ev.argument_words()) {
        r.argument_words.push_back(FoldForMatching(w));
      }
      r.time = ToInterval(ev.time());
      r.place = ev.place_key();
      r.once_per_day = IsJustice(r) || r.type == "Life:Die";  // One arrest, one death.
      r.doc = d;
      record_of[ev.id()] = static_cast<int>(records.size());
      records.push_back(std::move(r));
      record_source.push_back({d, &ev});
    }
    for (const Claim& c : claim_sets[d].claims()) {
      const int record = c.event_id().empty() ? -1 : record_of.at(c.event_id());
      claim_record.push_back(record);
      if (record < 0 || c.role() != "count" || !c.value().has_number()) continue;
      EventRecord& r = records[record];
      if (r.has_count) continue;  // The first count given for the mention.
      const NumberRange& n = c.value().number();
      r.has_count = true;
      r.count_low = n.low();
      r.count_high = n.unbounded() ? INT64_MAX : std::max(n.low(), n.high());
    }
  }
  Release(record_of);
  MoveBroadArguments(entities, gazetteer_, &records);
  LendParticipantsWithinDocuments(claim_sets, entities, record_source, &records);
  LendTimesWithinParagraphs(claim_sets, record_source, &records);
  GroupingOptions grouping;
  grouping.require_evidence = options_.require_event_evidence;
  grouping.all_pairs = options_.all_pairs;
  grouping.gazetteer = gazetteer_;
  std::vector<int> group_of = GroupEvents(records, grouping);
  int num_groups = 0;
  for (int g : group_of) num_groups = std::max(num_groups, g + 1);

  // Event groups.
  std::vector<std::vector<int>> group_members(num_groups);
  for (size_t i = 0; i < records.size(); ++i) {
    group_members[group_of[i]].push_back(static_cast<int>(i));
  }
  for (int g = 0; g < num_groups; ++g) {
    EventGroup* eg = report.add_events();
    eg->set_id(absl::StrCat("g", g + 1));
    absl::flat_hash_map<int, int> participant_votes;
    int best_participant = -1;
    const DateValue* best_time = nullptr;
    DateInterval best_interval;
    std::string lemma;
    for (int i : group_members[g]) {
      const auto& [d, ev] = record_source[i];
      if (eg->type().empty()) eg->set_type(ev->type());
      if (lemma.empty()) lemma = records[i].lemma;
      EventMentionRef* m = eg->add_mentions();
      m->set_doc_id(claim_sets[d].document().id());
      m->set_event_id(ev->id());
      m->set_trigger(ev->trigger());
      *m->mutable_sentence() = ev->sentence();
      if (eg->documents().empty() ||
          eg->documents(eg->documents_size() - 1) != m->doc_id()) {
        bool seen = false;
        for (const std::string& doc : eg->documents()) seen |= doc == m->doc_id();
        if (!seen) eg->add_documents(m->doc_id());
      }
      for (int p : records[i].participants) {
        int votes = ++participant_votes[p];
        if (best_participant < 0 || votes > participant_votes[best_participant] ||
            (votes == participant_votes[best_participant] && p < best_participant)) {
          best_participant = p;
        }
      }
      const DateInterval& t = records[i].time;
      if (t.known && !ev->time().iso().empty() &&
          (!best_interval.known ||
                      t.last - t.first < best_interval.last - best_interval.first)) {
        best_interval = t;
        best_time = &ev->time();
      }
    }
    std::string label = EventNoun(eg->type(), lemma);
    if (best_participant >= 0) {
      const Entity& e = entities[best_participant];
      eg->set_participant(e.id());
      absl::StrAppend(&label, " of ", e.canonical());
    }
    if (best_time != nullptr) {
      *eg->mutable_time() = *best_time;
      absl::StrAppend(&label, ", ", best_time->iso());
    }
    eg->set_label(label);
  }

  Release(records);
  Release(record_source);
  Release(group_members);

  // Claim groups: the items of group k are items[item_begin[k]..item_begin[k+1]),
  // in claim order.
  std::vector<GroupKey> keys;
  std::vector<Item> items;
  std::vector<int> item_begin;
  {
    absl::flat_hash_map<GroupKey, int> group_index;
    std::vector<int> key_of;
    std::vector<Item> unsorted;
    key_of.reserve(total_claims);
    unsorted.reserve(total_claims);
    size_t k = 0;
    for (int d = 0; d < num_docs; ++d) {
      const auto& claims = claim_sets[d].claims();
      for (int ci = 0; ci < claims.size(); ++ci, ++k) {
        const Claim& c = claims[ci];
        GroupKey key;
        if (claim_record[k] >= 0) {
          key = {false, group_of[claim_record[k]], FoldForMatching(c.role())};
        } else {
          int subject = aliases.Find(d, c.subject_entity());
          if (subject < 0) continue;
          key = {true, subject, FoldForMatching(c.role())};
        }
        auto [it, inserted] =
            group_index.emplace(key, static_cast<int>(keys.size()));
        if (inserted) keys.push_back(std::move(key));
        key_of.push_back(it->second);
        unsorted.push_back({d, ci, &c});
      }
    }
    Release(claim_record);
    Release(group_of);
    item_begin.assign(keys.size() + 1, 0);
    for (int g : key_of) ++item_begin[g + 1];
    for (size_t g = 0; g < keys.size(); ++g) item_begin[g + 1] += item_begin[g];
    std::vector<int> next(item_begin.begin(), item_begin.end() - 1);
    items.resize(unsorted.size());
    for (size_t i = 0; i < unsorted.size(); ++i) {
      items[next[key_of[i]]++] = unsorted[i];
    }
  }
  std::vector<int> order(keys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    if (keys[a].attribute != keys[b].attribute) return !keys[a].attribute;
    return keys[a].id < keys[b].id;
  });

  absl::flat_hash_map<std::pair<int, int>, std::pair<int, int>> agreement;
  Summary* summary = report.mutable_summary();
  std::vector<ComparableValue> values;
  std::vector<std::vector<int>> by_doc;
  std::vector<int> docs_seen;
  for (int k : order) {
    const GroupKey& key = keys[k];
    const absl::Span<const Item> its(items.data() + item_begin[k],
                                     item_begin[k + 1] - item_begin[k]);
    ClaimGroup* cg = report.add_groups();
    cg->set_role(its[0].claim->role());
    if (key.attribute) {
      const Entity& subject = entities[key.id];
      cg->set_id(absl::StrCat(subject.id(), "/", key.role));
      cg->set_subject_entity(subject.id());
    } else {
      const EventGroup& eg = report.events(key.id);
      cg->set_id(absl::StrCat(eg.id(), "/", key.role));
      cg->set_event_group_id(eg.id());
      cg->set_event_type(eg.type());
    }
    SlotKind kind = RoleKind(key.role, key.attribute,
                             its[0].claim->value().kind_case());
    cg->set_kind(kind);

    values.clear();
    docs_seen.clear();
    for (const Item& it : its) {
      int entity = it.claim->value().has_entity()
                       ? aliases.Find(it.doc, it.claim->value().entity().entity_id())
                       : -1;
      values.push_back(MakeComparable(it.claim->value(), entity));
      if (std::find(docs_seen.begin(), docs_seen.end(), it.doc) ==
          docs_seen.end()) {
        docs_seen.push_back(it.doc);
        cg->add_documents(claim_sets[it.doc].document().id());
      }
    }
    auto compatible = [&](int a, int b) {
      return Compatible(values[a], values[b], gazetteer_);
    };
    by_doc.assign(docs_seen.size(), {});
    for (size_t i = 0; i < its.size(); ++i) {
      if (!CountsForVerdict(*its[i].claim)) continue;
      size_t slot = std::find(docs_seen.begin(), docs_seen.end(), its[i].doc) -
                    docs_seen.begin();
      by_doc[slot].push_back(static_cast<int>(i));
    }
    Verdict verdict = DecideVerdict(kind, by_doc, compatible);
    cg->set_verdict(verdict);

    // Values merged by compatibility, asserted and attributed apart.
    std::vector<std::vector<int>> clusters;
    std::vector<int> representative;
    for (size_t i = 0; i < its.size(); ++i) {
      bool attributed = Attributed(*its[i].claim);
      bool placed = false;
      for (size_t c = 0; c < clusters.size() && !placed; ++c) {
        if (Attributed(*its[clusters[c][0]].claim) != attributed) continue;
        bool all = true;
        for (int j : clusters[c]) all = all && compatible(static_cast<int>(i), j);
        if (!all) continue;
        clusters[c].push_back(static_cast<int>(i));
        if (MoreSpecific(values[i], values[representative[c]], gazetteer_)) {
          representative[c] = static_cast<int>(i);
        }
        placed = true;
      }
      if (!placed) {
        clusters.push_back({static_cast<int>(i)});
        representative.push_back(static_cast<int>(i));
      }
    }
    for (size_t c = 0; c < clusters.size(); ++c) {
      ValueSupport* vs = cg->add_values();
      *vs->mutable_value() = its[representative[c]].claim->value();
      vs->set_attributed(Attributed(*its[clusters[c][0]].claim));
      for (int i : clusters[c]) {
        const Claim& claim = *its[i].claim;
        const Document& doc = claim_sets[its[i].doc].document();
        Support* s = vs->add_support();
        s->set_doc_id(doc.id());
        s->set_claim_id(claim.id());
        s->set_claim_index(its[i].index);
        if (Attributed(claim)) *s->mutable_attribution() = claim.attribution();
        s->set_modality(claim.modality());
        s->set_raw(claim.value().raw());
      }
    }

    // Explanation and agreement.
    auto outlet = [&](size_t slot) -> const std::string& {
      const Document& doc = claim_sets[docs_seen[slot]].document();
      return doc.outlet().empty() ? doc.id() : doc.outlet();
    };
    // The values a document gives; when none counts (all negated or denied),
    // the values it mentions.
    auto shown_set = [&](size_t slot) {
      std::vector<int> mentioned;
      if (by_doc[slot].empty()) {
        for (size_t i = 0; i < its.size(); ++i) {
          if (its[i].doc == docs_seen[slot]) mentioned.push_back(static_cast<int>(i));
        }
      }
      std::vector<std::string> shown;
      for (int i : by_doc[slot].empty() ? mentioned : by_doc[slot]) {
        std::string v = Shown(its[i].claim->value());
        if (std::find(shown.begin(), shown.end(), v) == shown.end()) {
          shown.push_back(v);
        }
      }
      return absl::StrJoin(shown, ", ");
    };
    std::string explanation;
    switch (verdict) {
      case SINGLE_SOURCE: {
        size_t slot = 0;
        while (slot + 1 < by_doc.size() && by_doc[slot].empty()) ++slot;
        explanation = absl::StrCat("Only ", outlet(slot), " reports the ",
                                   key.role, " (", shown_set(slot), ").");
        break;
      }
      case AGREE: {
        int n = 0;
        for (const auto& v : by_doc) n += !v.empty();
        explanation = absl::StrCat(n, " documents give compatible ", key.role,
                                   " values (",
                                   Shown(its[representative[0]].claim->value()),
                                   ").");
        break;
      }
      default: {
        for (size_t a = 0; a < by_doc.size() && explanation.empty(); ++a) {
          for (size_t b = a + 1; b < by_doc.size(); ++b) {
            if (by_doc[a].empty() || by_doc[b].empty()) continue;
            if (DocumentsAgree(kind, by_doc[a], by_doc[b], compatible)) continue;
            explanation = absl::StrCat(
                outlet(a), " gives ", shown_set(a), " but ", outlet(b),
                " gives ", shown_set(b),
                verdict == CONFLICT ? ", which cannot both be true."
                                    : ": the accounts list different items.");
            break;
          }
        }
        break;
      }
    }
    cg->set_explanation(explanation);
    for (size_t a = 0; a < by_doc.size(); ++a) {
      for (size_t b = a + 1; b < by_doc.size(); ++b) {
        if (by_doc[a].empty() || by_doc[b].empty()) continue;
        int x = std::min(docs_seen[a], docs_seen[b]);
        int y = std::max(docs_seen[a], docs_seen[b]);
        auto& cell = agreement[{x, y}];
        ++cell.first;
        cell.second += DocumentsAgree(kind, by_doc[a], by_doc[b], compatible);
      }
    }
    switch (verdict) {
      case AGREE: summary->set_agree(summary->agree() + 1); break;
      case CONFLICT: summary->set_conflict(summary->conflict() + 1); break;
      case DIVERGENT: summary->set_divergent(summary->divergent() + 1); break;
      case SINGLE_SOURCE:
        summary->set_single_source(summary->single_source() + 1);
        break;
      default: break;
    }
  }

  Release(items);
  Release(item_begin);
  Release(keys);
  Release(order);
  aliases = AliasIndex();
  std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> cells(
      agreement.begin(), agreement.end());
  Release(agreement);
  std::sort(cells.begin(), cells.end());
  for (const auto& [pair, counts] : cells) {
    for (int dir = 0; dir < 2; ++dir) {
      AgreementCell* cell = report.add_agreement();
      int row = dir == 0 ? pair.first : pair.second;
      int col = dir == 0 ? pair.second : pair.first;
      cell->set_row_doc(claim_sets[row].document().id());
      cell->set_col_doc(claim_sets[col].document().id());
      cell->set_shared(counts.first);
      cell->set_agreed(counts.second);
    }
  }
  summary->set_documents(num_docs);
  summary->set_claims(total_claims);
  summary->set_event_groups(num_groups);
  if (options_.include_claim_sets) {
    for (const ClaimSet& set : claim_sets) *report.add_claim_sets() = set;
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Report> Matcher::Match(
    absl::Span<const ClaimSet> claim_sets) const {
  Report report;
  absl::Status status = MatchInto(claim_sets, &report);
  if (!status.ok()) return status;
  return report;
}

absl::StatusOr<std::unique_ptr<Matcher>> Matcher::Create(
    const MatcherOptions& options, const Gazetteer* gazetteer) {
  return std::unique_ptr<Matcher>(new MatcherImpl(options, gazetteer));
}

}  // namespace xref

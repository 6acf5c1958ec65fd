#include "matcher/matcher.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "base/fold.h"
#include "matcher/alias_index.h"
#include "matcher/column_writer.h"
#include "matcher/event_grouper.h"
#include "matcher/read_ahead.h"
#include "matcher/roles.h"
#include "matcher/same_bytes.h"
#include "matcher/value_compare.h"
#include "matcher/verdict.h"

namespace xref {
namespace {

absl::Status Invalid(const ClaimSet& set, absl::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat(
      "claim set of document '", set.document().id(), "': ", problem));
}

// The corpus entity of entity reference `ref` of document `doc` into
// `*entity` (-1 for an empty id, which names nothing); an error when any
// other id is not one of the document's entities.
absl::Status ResolveRef(const ClaimSet& set, int doc, const AliasIndex& aliases,
                        const EntityRef& ref, absl::string_view what,
                        absl::string_view id, int* entity) {
  *entity = aliases.Find(doc, ref.entity_id());
  if (!ref.entity_id().empty() && *entity < 0) {
    return Invalid(set, absl::StrCat(what, " '", id, "' names unknown entity '",
                                     ref.entity_id(), "'"));
  }
  return absl::OkStatus();
}

// The corpus entities of `refs` (of event `id` of document `doc`), sorted and
// distinct, into `*out`; an error names the first reference that is not one
// of the document's entities (an empty id names nothing and is skipped).
absl::Status ResolveRefs(const ClaimSet& set, int doc, const AliasIndex& aliases,
                         const google::protobuf::RepeatedPtrField<EntityRef>& refs,
                         absl::string_view id, EntityList* out) {
  if (refs.empty()) return absl::OkStatus();
  for (const EntityRef& r : refs) {
    if (r.entity_id().empty()) continue;
    const int e = aliases.Find(doc, r.entity_id());
    if (e < 0) {
      return Invalid(set, absl::StrCat("event '", id, "' names unknown entity '",
                                       r.entity_id(), "'"));
    }
    if (std::find(out->begin(), out->end(), e) == out->end()) out->push_back(e);
  }
  if (out->size() > 1) std::sort(out->begin(), out->end());
  return absl::OkStatus();
}

// The key of the corpus entity that document `doc`'s place of local key
// `key` resolves to, else `key`: one place spelled "Dhoke Elahi" by one
// outlet and "Dhok Ilahi" by another has one key once aliases are resolved.
// `resolved` caches the document's keys (cleared per document).
absl::string_view CorpusPlaceKey(
    const ClaimSet& set, int doc, const AliasIndex& aliases,
    const google::protobuf::RepeatedPtrField<Entity>& entities, absl::string_view key,
    std::vector<std::pair<absl::string_view, absl::string_view>>* resolved) {
  for (const auto& [from, to] : *resolved) {
    if (from == key) return to;
  }
  absl::string_view to = key;
  for (const Entity& e : set.entities()) {
    if (e.gazetteer_key() != key || e.id().empty()) continue;
    const int c = aliases.Find(doc, e.id());
    if (c >= 0 && !entities[c].gazetteer_key().empty()) to = entities[c].gazetteer_key();
    break;
  }
  resolved->emplace_back(key, to);
  return to;
}

bool IsJusticeType(absl::string_view type) { return absl::StartsWith(type, "Justice:"); }

bool IsJustice(const EventRecord& r) { return IsJusticeType(r.type); }

// An attack and the deaths and injuries it causes: within one document that
// tells of one dated attack, an undated "the death toll rose to 12" is that
// attack's.
bool IsViolenceType(absl::string_view type) {
  return type == "Conflict:Attack" || type == "Life:Die" || type == "Life:Injure";
}

bool IsViolence(const EventRecord& r) { return IsViolenceType(r.type); }

bool OneIncident(const EventRecord& a, const EventRecord& b) {
  return IsViolence(a) && IsViolence(b);
}

bool IsCountry(const Entity& entity, const Gazetteer* gazetteer) {
  if (gazetteer == nullptr || entity.gazetteer_key().empty()) return false;
  const Place* place = gazetteer->FindKey(entity.gazetteer_key());
  return place != nullptr && place->kind() == "country";
}

bool Attributed(const Claim& c) {
  return c.has_attribution() && !c.attribution().source().empty();
}

// `source` without a leading article, for comparing sources.
absl::string_view SourceName(absl::string_view source) {
  for (absl::string_view article : {"the ", "a ", "an "}) {
    if (absl::StartsWithIgnoreCase(source, article)) {
      return source.substr(article.size());
    }
  }
  return source;
}

// Whether two claims of one document are attributed to different sources:
// names that differ ignoring case and a leading article ("the police" and
// "Police" are one).
bool RivalSources(const Claim& a, const Claim& b) {
  return Attributed(a) && Attributed(b) &&
         !absl::EqualsIgnoreCase(SourceName(a.attribution().source()),
                                 SourceName(b.attribution().source()));
}

// True when `a` and `b` say the same (so ToInterval gives the same interval).
bool SameDate(const DateValue& a, const DateValue& b) {
  return SameBytes(a.iso(), b.iso()) && a.first_day() == b.first_day() &&
         a.last_day() == b.last_day() && a.granularity() == b.granularity();
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
// first later one (none when every such mention's time is incompatible: the
// mention is of another event). A mention whose object is an unnamed group
// ("the militants", "14 men") takes only an organisation, and only when the
// document names a single participant set for that event type (a group of
// men is not one person). A mention with no named same-type mention in its
// document takes the participants every named justice mention of the
// document shares, if they share one set. Deaths and attacks are left alone
// (a story often tells of several, and many are generic: "killings of
// activists") except a definite singular noun ("The assassination happened
// on Tuesday"), which refers back to the one death or attack its document
// names: it takes that mention's participants when every named mention of
// its type in the document names the same set and no date contradicts.
// A mention that borrows a person becomes `person_participant`.
void LendParticipantsWithinDocuments(
    absl::Span<const ClaimSet> claim_sets,
    const google::protobuf::RepeatedPtrField<Entity>& entities,
    const std::vector<std::pair<int, const EventMention*>>& record_source,
    EventRecords* rs) {
  std::vector<EventRecord>* records = &rs->records;
  const int n = static_cast<int>(records->size());
  // Only mentions without participants borrow.
  if (std::none_of(records->begin(), records->end(),
                   [](const EventRecord& r) { return r.num_participants == 0; })) {
    return;
  }
  std::vector<EntityList> lent(n);
  // Records are in document order: [doc_begin, doc_end) is i's document.
  int doc_begin = 0, doc_end = 0;
  // The participants every named justice mention of the document shares
  // (null: none, or not one set); computed once per document.
  absl::Span<const int> protagonist;  // Empty: none.
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
      return o.type == r.type && o.num_participants != 0;
    };
    // The participants every other named mention of i's type in the document
    // shares, when no date of theirs contradicts i's; null otherwise.
    auto only_participants = [&]() -> absl::Span<const int> {
      absl::Span<const int> only;
      for (int j = doc_begin; j < doc_end; ++j) {
        if (j == i || !same_type(j)) continue;
        const absl::Span<const int> p = rs->participants((*records)[j]);
        if (!only.empty() && only != p) return {};
        if (!DatesCompatible((*records)[j].time, r.time)) return {};
        only = p;
      }
      return only;
    };
    if (r.num_participants == 0 && (r.type == "Life:Die" || r.type == "Conflict:Attack") &&
        !record_source[i].second->unnamed_participant() &&
        DefiniteSingularNoun(claim_sets[doc].document().text(),
                             record_source[i].second->trigger_span())) {
      const absl::Span<const int> only = only_participants();
      lent[i].assign(only.begin(), only.end());
      continue;
    }
    if (r.num_participants != 0 || !IsJustice(r)) continue;
    if (record_source[i].second->unnamed_participant()) {
      const absl::Span<const int> only = only_participants();
      if (only.empty()) continue;
      bool groups = true;
      for (int e : only) groups = groups && entities[e].type() == ORGANIZATION;
      if (groups) lent[i].assign(only.begin(), only.end());
      continue;
    }
    // With no antecedent found, both searches have seen every other mention
    // of the document: `named_of_type` says whether one is a named mention
    // of i's type.
    int antecedent = -1;
    bool named_of_type = false;
    for (int j = i - 1; j >= doc_begin; --j) {
      if (!same_type(j)) continue;
      named_of_type = true;
      if (DatesCompatible((*records)[j].time, r.time)) {
        antecedent = j;
        break;
      }
    }
    for (int j = i + 1; antecedent < 0 && j < doc_end; ++j) {
      if (!same_type(j)) continue;
      named_of_type = true;
      if (DatesCompatible((*records)[j].time, r.time)) antecedent = j;
    }
    if (antecedent >= 0) {
      const absl::Span<const int> p = rs->participants((*records)[antecedent]);
      lent[i].assign(p.begin(), p.end());
      continue;
    }
    // Named mentions of this type, all dated to another day: another event
    // of that type ("Most were released the same day", after protesters were
    // held on Monday, beside a reporter freed on Wednesday).
    if (named_of_type) continue;
    // No named mention of this type: the document's protagonist, when every
    // named justice mention of the document names the same participants
    // ("X was arrested ... The group was later charged").
    if (!protagonist_known) {
      protagonist = {};
      for (int j = doc_begin; j < doc_end; ++j) {
        const EventRecord& o = (*records)[j];
        if (o.num_participants == 0 || !IsJustice(o)) continue;
        if (!protagonist.empty() && protagonist != rs->participants(o)) {
          protagonist = {};
          break;
        }
        protagonist = rs->participants(o);
      }
      protagonist_known = true;
    }
    lent[i].assign(protagonist.begin(), protagonist.end());
  }
  for (int i = 0; i < n; ++i) {
    if (lent[i].empty()) continue;
    if (!rs->SetParticipants(i, lent[i])) continue;
    EventRecord& r = (*records)[i];
    for (int e : lent[i]) {
      if (entities[e].type() == PERSON) r.person_participant = true;
    }
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
    EventRecords* rs) {
  std::vector<EventRecord>* records = &rs->records;
  const int n = static_cast<int>(records->size());
  // Only mentions without participants borrow.
  if (std::none_of(records->begin(), records->end(),
                   [](const EventRecord& r) { return r.num_participants == 0; })) {
    return;
  }
  auto lent = [&](int i) {
    rs->time_lent.resize(n);
    rs->time_lent[i] = 1;
  };
  int doc_begin = 0;  // The first record of record i's document.
  for (int i = 0; i < n; ++i) {
    if (record_source[i].first != record_source[doc_begin].first) doc_begin = i;
    EventRecord& r = (*records)[i];
    if (r.time.known || r.num_participants != 0 ||
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
        lent(i);
        break;
      }
    }
    if (r.time.known || !r.place.empty()) continue;
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
    if (agree && (own_type || earlier) && only != nullptr) {
      r.time = *only;
      lent(i);
    }
  }
}

// Moves the broad arguments of each record to `broad_arguments` (see
// EventRecord): a country, the setting of most of a story's events, and an
// entity named around many of the story's event mentions (more than one in
// twelve, and more than four: the prime minister every outlet quotes) say
// little about which mentions are one event. Participants are left alone.
void MoveBroadArguments(const google::protobuf::RepeatedPtrField<Entity>& entities,
                        const Gazetteer* gazetteer, EventRecords* rs) {
  std::vector<EventRecord>* records = &rs->records;
  constexpr int kMinRecords = 4;          // Below this, every name is common.
  constexpr double kCommonShare = 0.08;   // Of the story's event mentions.
  if (std::all_of(records->begin(), records->end(),
                  [](const EventRecord& r) { return r.num_arguments == 0; })) {
    return;
  }
  std::vector<int> mentions_with(entities.size(), 0);  // Per corpus entity.
  for (const EventRecord& r : *records) {
    for (int e : rs->arguments(r)) ++mentions_with[e];
  }
  const int limit = std::max<int>(kMinRecords, kCommonShare * records->size());
  for (int i = 0; i < static_cast<int>(records->size()); ++i) {
    if ((*records)[i].num_arguments == 0) continue;
    rs->MoveToBroadArguments(i, [&](int e) {
      return !(mentions_with[e] <= limit && !IsCountry(entities[e], gazetteer));
    });
  }
}

// The events of one document by id: `Add` numbers them in order, `Find`
// answers an id's number. A document names a handful of events, so ids are
// compared in a scan until there are more than `kScanned`, then hashed. The
// claims of one event usually follow each other: `Find` first tries the id
// it found last.
class EventIds {
 public:
  // Forgets the previous document's events.
  void Clear() {
    ids_.clear();
    by_id_.clear();
    last_found_ = 0;
  }
  // Adds the next event; false (and nothing added) when `id` is already
  // there. `id` must outlive its use here.
  bool Add(absl::string_view id) {
    if (Find(id) >= 0) return false;
    ids_.push_back(id);
    if (ids_.size() > kScanned) {
      if (by_id_.empty()) {
        for (size_t k = 0; k < ids_.size(); ++k) by_id_.emplace(ids_[k], k);
      } else {
        by_id_.emplace(id, static_cast<int>(ids_.size() - 1));
      }
    }
    return true;
  }
  // The number of event `id` (0 for the first added), -1 when not added.
  // Inline up to the hash map, which only documents of more than `kScanned`
  // events need.
  int Find(absl::string_view id) {
    if (last_found_ < ids_.size() && SameBytes(ids_[last_found_], id)) {
      return static_cast<int>(last_found_);
    }
    if (ids_.size() > kScanned) return FindHashed(id);
    for (size_t k = 0; k < ids_.size(); ++k) {
      if (SameBytes(ids_[k], id)) {
        last_found_ = k;
        return static_cast<int>(k);
      }
    }
    return -1;
  }

 private:
  static constexpr size_t kScanned = 8;
  ABSL_ATTRIBUTE_NOINLINE int FindHashed(absl::string_view id) {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return -1;
    last_found_ = it->second;
    return it->second;
  }
  size_t last_found_ = 0;  // The id `Find` found last (may be past the end).
  std::vector<absl::string_view> ids_;
  absl::flat_hash_map<absl::string_view, int> by_id_;
};

// Key of one claim group: an event group (or attribute subject) and a role
// (an index into the folded roles of `RoleTable`).
struct GroupKey {
  bool attribute;
  int id;
  int role;
};

// Roles folded once per distinct spelling: a story has a handful of roles
// and many claims. A spelling is first looked for in a small direct-mapped
// cache (slot by length and first and last byte: one comparison), then
// among the first `kListed` spellings by a scan (cheaper than hashing for so
// few), then in a hash map.
class RoleTable {
 public:
  // The id of FoldForMatching(role); `role` must outlive the table.
  int Id(absl::string_view role) {
    CacheSlot& slot = cache_[CacheIndex(role)];
    if (slot.id >= 0 && SameBytes(slot.spelling, role)) return slot.id;
    slot.spelling = role;
    slot.id = Lookup(role);
    return slot.id;
  }
  const std::string& Folded(int id) const { return folded_[id]; }
  // Ids are 0..size()-1.
  int size() const { return static_cast<int>(folded_.size()); }

 private:
  static constexpr size_t kListed = 16;
  static constexpr size_t kCacheSize = 64;
  struct CacheSlot {
    absl::string_view spelling;
    int id = -1;
  };
  static size_t CacheIndex(absl::string_view role) {
    if (role.empty()) return 0;
    const size_t h = role.size() * 31 + static_cast<unsigned char>(role.front()) * 7 +
                     static_cast<unsigned char>(role.back());
    return h % kCacheSize;
  }
  int Lookup(absl::string_view role) {
    for (const auto& [spelling, id] : listed_) {
      if (spelling == role) return id;
    }
    if (listed_.size() == kListed) {
      auto it = by_spelling_.find(role);
      if (it != by_spelling_.end()) return it->second;
    }
    std::string folded = FoldForMatching(role);
    auto [f, inserted] =
        by_folded_.emplace(folded, static_cast<int>(folded_.size()));
    if (inserted) folded_.push_back(std::move(folded));
    if (listed_.size() < kListed) {
      listed_.emplace_back(role, f->second);
    } else {
      by_spelling_.emplace(role, f->second);
    }
    return f->second;
  }

  CacheSlot cache_[kCacheSize];
  std::vector<std::pair<absl::string_view, int>> listed_;
  absl::flat_hash_map<absl::string_view, int> by_spelling_;
  absl::flat_hash_map<std::string, int> by_folded_;
  std::vector<std::string> folded_;
};

// FoldForMatching of short strings that repeat (trigger lemmas, argument
// words), computed once per distinct spelling. The folded forms live as long
// as the object (they are what event records view).
class FoldedSpellings {
 public:
  // The folded `text`; `text` must outlive the object.
  absl::string_view Fold(absl::string_view text) {
    if (has_last_ && last_text_ == text) return last_folded_;
    auto [it, inserted] = folded_.try_emplace(text);
    if (inserted) {
      store_.push_back(FoldForMatching(text));
      it->second = store_.back();
    }
    has_last_ = true;
    last_text_ = text;
    last_folded_ = it->second;
    return last_folded_;
  }

 private:
  absl::flat_hash_map<absl::string_view, absl::string_view> folded_;
  std::deque<std::string> store_;  // Stable addresses.
  bool has_last_ = false;  // The last spelling asked for, and its fold.
  absl::string_view last_text_, last_folded_;
};

// The event types of the mentions, each stored once: records view the
// stored copy, so that grouping finds equal types at one address (and need
// not read each mention's own string again), and what the matcher asks of a
// type is answered once per distinct type. A corpus has a few dozen types: a
// type is looked for in a small direct-mapped cache (slot by length and two
// bytes: one comparison), then hashed.
class EventTypes {
 public:
  struct Type {
    absl::string_view name;     // The stored copy; empty for an empty type.
    bool justice = false;       // "Justice:...".
    bool violence = false;      // An attack, a death or an injury.
    bool once_per_day = false;  // Justice or a death: one arrest, one death.
  };
  // What `type` is; its name views the object's copy.
  Type Of(absl::string_view type) {
    if (type.empty()) return Type();
    const Cached& cached = cache_[Slot(type)];
    if (cached.id >= 0 && cached.spelling == type) return types_[cached.id];
    return Lookup(type);
  }

 private:
  // Of `type` (not empty) past the cache; caches it.
  ABSL_ATTRIBUTE_NOINLINE Type Lookup(absl::string_view type) {
    auto it = ids_.find(type);
    if (it == ids_.end()) {
      Type& t = types_.emplace_back();
      t.name = store_.emplace_back(type);
      t.justice = IsJusticeType(t.name);
      t.violence = IsViolenceType(t.name);
      t.once_per_day = t.justice || t.name == "Life:Die";
      it = ids_.emplace(t.name, static_cast<int>(types_.size()) - 1).first;
    }
    cache_[Slot(type)] = {types_[it->second].name, it->second};
    return types_[it->second];
  }

  static constexpr size_t kCacheSize = 64;
  struct Cached {
    absl::string_view spelling;  // Views the stored copy.
    int id = -1;
  };
  static size_t Slot(absl::string_view type) {
    return (type.size() * 7 + static_cast<unsigned char>(type.back()) * 3 +
            static_cast<unsigned char>(type[type.size() / 2])) %
           kCacheSize;
  }
  Cached cache_[kCacheSize];
  absl::flat_hash_map<absl::string_view, int> ids_;  // Keys view store_.
  std::vector<Type> types_;
  std::deque<std::string> store_;  // Stable addresses.
};

// What MakeComparable reads of a value that is not a date or a number and
// has no broader keys (value_compare.h), as a memo key: values with equal
// keys compare alike.
struct ValueKey {
  Value::KindCase kind;
  int entity;                  // An entity value's; else -1.
  absl::string_view category;  // A category value's; else empty.
  absl::string_view text;      // ComparedText.
  absl::string_view place;
  bool operator==(const ValueKey& o) const {
    return kind == o.kind && entity == o.entity && SameBytes(text, o.text) &&
           SameBytes(category, o.category) && SameBytes(place, o.place);
  }
  template <typename H>
  friend H AbslHashValue(H h, const ValueKey& k) {
    return H::combine(std::move(h), k.kind, k.entity, k.text);
  }
};

// The values of a story's claims, prepared for comparison. `Add` reads each
// claim's value once, in claim-set order (the order the claims lie in
// memory), so that the claim groups, which visit the claims story by story
// and role by role, need not reach back into the claim sets: a date or a
// number is kept as its interval or range; a text, category or entity value
// as the id of its distinct ValueKey (charges and agents repeat across a
// story's outlets), prepared on first use and kept across groups until more
// than `kMaxShared` are held. A date or number with a place or broader keys,
// or a number beyond 32 bits (rare), is prepared from its Value in each
// group. Every value compares as MakeComparable(value, entity) would.
class ClaimValues {
 public:
  // Room for `claims` values.
  void Reserve(size_t claims) { slots_.reserve(claims); }

  // Adds the value of the next claim; `value` (and `entity`, its corpus
  // entity or -1) must outlive this object. `date_interval`, when not null, is
  // ToInterval(value.date()) (the claim's event often gives the same date).
  // Returns whether the value is kept as a plain date or number (no place,
  // no broader keys; a number within 32 bits): PlainCompatible and
  // PlainMoreSpecific then compare it without preparing a ComparableValue.
  bool Add(const Value& value, int entity, const DateInterval* date_interval) {
    Slot& slot = slots_.emplace_back();
    const Value::KindCase kind = value.kind_case();
    const bool broader = value.broader_size() > 0;
    const bool plain = !broader && value.place_key().empty();
    if (kind == Value::kDate && plain) {
      const DateInterval date = date_interval != nullptr && date_interval->known
                                    ? *date_interval
                                    : ValueInterval(value);
      slot.form = Form::kDate;
      slot.known = date.known;
      slot.granularity = static_cast<uint8_t>(date.granularity);
      slot.low = date.first;
      slot.high = date.last;
      return true;
    }
    if (kind == Value::kNumber && plain) {
      const NumberRange& number = value.number();
      if (FitsSlot(number.low()) && FitsSlot(number.high())) {
        slot.form = Form::kNumber;
        slot.low = static_cast<int32_t>(number.low());
        slot.high = static_cast<int32_t>(number.high());
        slot.known = number.unbounded();
        return true;
      }
    }
    if (kind == Value::kDate || kind == Value::kNumber || broader) {
      slot.form = Form::kValue;
      slot.id = static_cast<int>(by_value_.size());
      by_value_.push_back({&value, entity});
    } else {
      const ValueKey key{kind, kind == Value::kEntity ? entity : -1,
                         kind == Value::kCategory ? absl::string_view(value.category())
                                                  : absl::string_view(),
                         ComparedText(value), value.place_key()};
      Recent& recent = recent_[RecentIndex(key)];
      if (recent.id < 0 || !(recent.key == key)) {
        auto [it, inserted] =
            ids_.emplace(key, static_cast<int>(first_of_id_.size()));
        if (inserted) first_of_id_.push_back({&value, entity});
        recent = {key, it->second};
      }
      slot.form = Form::kShared;
      slot.id = recent.id;
    }
    return false;
  }

  // Compatible and MoreSpecific of the prepared values of two plain claims.
  bool PlainCompatible(size_t a, size_t b) const {
    const Slot& x = slots_[a];
    const Slot& y = slots_[b];
    if (x.form != y.form) return false;
    if (x.form == Form::kDate) return DatesCompatible(DateOf(x), DateOf(y));
    return NumbersCompatible(SpanOf(x), SpanOf(y));
  }
  bool PlainMoreSpecific(size_t a, size_t b) const {
    const Slot& x = slots_[a];
    const Slot& y = slots_[b];
    if (x.form != y.form) return false;
    if (x.form == Form::kDate) return DateMoreSpecific(DateOf(x), DateOf(y));
    return NumberMoreSpecific(SpanOf(x), SpanOf(y));
  }

  // The index (for `Get`) of the prepared value of claim `claim`; valid
  // until the next `NextGroup`.
  int Index(size_t claim) {
    const Slot& slot = slots_[claim];
    if (slot.form == Form::kShared) {
      if (static_cast<size_t>(slot.id) >= shared_of_id_.size()) {
        shared_of_id_.resize(first_of_id_.size(), -1);
      }
      int& index = shared_of_id_[slot.id];
      if (index < 0) {
        index = static_cast<int>(shared_.size());
        const auto& [value, entity] = first_of_id_[slot.id];
        shared_.push_back(MakeComparable(*value, entity));
        shared_ids_.push_back(slot.id);
      }
      return index;
    }
    if (own_size_ == own_.size()) own_.emplace_back();
    ComparableValue& c = own_[own_size_];
    if (slot.form == Form::kValue) {
      const auto& [value, entity] = by_value_[slot.id];
      MakeComparableInto(*value, entity, &c);
    } else {
      ResetComparable(&c);
      if (slot.form == Form::kDate) {
        c.kind = ComparableValue::Kind::kDate;
        c.date = DateOf(slot);
      } else {
        c.kind = ComparableValue::Kind::kNumber;
        c.number.set_low(slot.low);
        c.number.set_high(slot.high);
        c.number.set_unbounded(slot.known);
      }
    }
    return ~static_cast<int>(own_size_++);
  }
  const ComparableValue& Get(int index) const {
    return index >= 0 ? shared_[index] : own_[~index];
  }
  // Starts a group: forgets the per-claim values, and the shared ones when
  // there are too many.
  void NextGroup() {
    own_size_ = 0;
    if (shared_.size() <= kMaxShared) return;
    for (int id : shared_ids_) shared_of_id_[id] = -1;
    shared_ids_.clear();
    shared_.clear();
  }

 private:
  static constexpr size_t kMaxShared = 64;
  enum class Form : uint8_t { kDate, kNumber, kShared, kValue };
  // 16 bytes per claim: a number is kept in the slot only when its bounds
  // fit in 32 bits (else it is prepared from its Value, as kValue).
  struct Slot {
    int32_t low = 0, high = 0;  // Date: first and last day; number: range.
    int id = -1;                // kShared: ValueKey id; kValue: by_value_.
    Form form = Form::kValue;
    bool known = false;         // Date: known; number: unbounded.
    uint8_t granularity = 0;    // Date.
  };
  static bool FitsSlot(int64_t x) {
    return x >= std::numeric_limits<int32_t>::min() &&
           x <= std::numeric_limits<int32_t>::max();
  }
  // A date slot's interval; a number slot's span.
  static DateInterval DateOf(const Slot& slot) {
    DateInterval d;
    d.known = slot.known;
    d.first = slot.low;
    d.last = slot.high;
    d.granularity = static_cast<Granularity>(slot.granularity);
    return d;
  }
  static NumberSpan SpanOf(const Slot& slot) {
    return SpanOfNumber(slot.low, slot.high, /*unbounded=*/slot.known);
  }
  // A direct-mapped cache of recent keys and their ids, looked at before
  // `ids_` (a story's outlets repeat its charges and agents).
  struct Recent {
    ValueKey key;
    int id = -1;
  };
  static constexpr size_t kRecent = 64;
  static size_t RecentIndex(const ValueKey& key) {
    const absl::string_view t = key.text;
    const size_t h = static_cast<size_t>(key.kind) * 5 + t.size() * 7 +
                     (t.empty() ? 0 : static_cast<unsigned char>(t.front()) * 3 +
                                          static_cast<unsigned char>(t.back())) +
                     static_cast<size_t>(key.entity + 1) * 11;
    return h % kRecent;
  }
  Recent recent_[kRecent];
  std::vector<Slot> slots_;  // Per claim, in `Add` order.
  absl::flat_hash_map<ValueKey, int> ids_;
  std::vector<std::pair<const Value*, int>> first_of_id_;  // Per id.
  std::vector<std::pair<const Value*, int>> by_value_;
  // Per id: its index in shared_, or -1.
  std::vector<int> shared_of_id_;
  std::vector<ComparableValue> shared_;
  std::vector<int> shared_ids_;  // The id of each of shared_.
  // own_[0..own_size_) are this group's; later slots are kept for reuse.
  std::vector<ComparableValue> own_;
  size_t own_size_ = 0;
};

// SlotKind of (role, attribute, first value kind), computed once each and
// kept in a flat table indexed by all three.
class KindTable {
 public:
  SlotKind Kind(const RoleTable& roles, int role, bool attribute,
                Value::KindCase value_kind) {
    if (static_cast<size_t>(value_kind) >= kKindCases) {  // A kind added later.
      return RoleKind(roles.Folded(role), attribute, value_kind);
    }
    const size_t at = (static_cast<size_t>(role) * 2 + attribute) * kKindCases +
                      static_cast<size_t>(value_kind);
    if (at >= kinds_.size()) kinds_.resize(at + 1, kUnknown);
    if (kinds_[at] == kUnknown) {
      kinds_[at] = RoleKind(roles.Folded(role), attribute, value_kind);
    }
    return static_cast<SlotKind>(kinds_[at]);
  }

 private:
  static constexpr int kUnknown = -1;
  static constexpr size_t kKindCases = 16;  // Value::KindCase values below.
  std::vector<int> kinds_;
};

// Frees the memory of `x` now.
template <typename T>
void Release(T& x) {
  T().swap(x);
}

// What claim grouping and the verdicts read of a claim, kept per claim in
// document then claim order while the claim sets are read (one array, read
// in one pass, then by claim number within each owner's few documents).
struct ClaimFacts {
  // Its event record, or -2 - its subject entity for an attribute claim
  // (-1: an attribute claim without a subject); once the event groups are
  // known, replaced by its owner (event group g, or num_groups + subject),
  // -1 for none.
  int owner;
  int role;         // Its role's id in RoleTable.
  int doc;          // Its document.
  bool attributed;  // Attributed(claim).
  bool counts;      // CountsForVerdict(claim).
  // Value::KindCase of its value, and whether ClaimValues::Add said it is
  // plain (noted here so that bucketing the claims need not read
  // ClaimValues again).
  uint8_t value_kind;
  bool plain;
};

// One claim of a claim group, with what the verdict reads of it. The value's
// kind and plainness are kept beside it so that a group reads the
// (large, randomly placed) ClaimValues entries only when it compares values:
// a group of one claim never does.
struct Item {
  int doc;
  uint32_t index : 30;      // In claim_sets[doc].claims().
  uint32_t attributed : 1;  // Attributed(*claim).
  uint32_t counts : 1;      // CountsForVerdict(*claim).
  int value;                // The claim's position in ClaimValues.
  uint8_t value_kind;       // Value::KindCase of the claim's value.
  bool plain;               // ClaimValues::Add said plain.
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
  Report& report = *out;
  const int num_docs = static_cast<int>(claim_sets.size());

  // Alias resolution reads only entities (those with ids), so it runs before
  // the claim sets are checked: each document is checked while its events and
  // claims are read below, and a failure clears the report.
  AliasIndex::Options alias_options;
  alias_options.gazetteer = gazetteer_;
  alias_options.all_pairs = options_.all_pairs;
  alias_options.entities_out = report.mutable_entities();
  alias_options.document_counts_out =
      report.mutable_entity_documents()->mutable_document_count();
  alias_options.doc_indexes_out =
      report.mutable_entity_documents()->mutable_doc_index();
  alias_options.canonical_alias_out = report.mutable_entity_canonical()->mutable_alias();
  report.set_entity_ids_from_canonical(true);
  AliasIndex aliases = AliasIndex::Build(claim_sets, alias_options);
  const auto& entities = report.entities();
  // Places compare through the gazetteer and the places the documents put
  // inside others ("Zerhana's Hay El Amal district").
  std::optional<Gazetteer> with_local_places;
  const Gazetteer* gazetteer = gazetteer_;
  if (!aliases.place_containment().empty()) {
    with_local_places = (gazetteer_ != nullptr ? *gazetteer_ : Gazetteer())
                            .WithLocalContainment(aliases.place_containment());
    gazetteer = &*with_local_places;
  }

  // Event records, in document then event order.
  EventRecords event_records;
  std::vector<EventRecord>& records = event_records.records;
  // Lists of the record being added.
  EntityList record_participants, record_arguments, record_people;
  std::vector<absl::string_view> record_words;
  std::vector<std::pair<int, const EventMention*>> record_source;
  // Per record: its mention states an ISO time (the event group's shown
  // time comes from such a mention); kept here so that the mentions need not
  // be read again.
  std::vector<uint8_t> iso_given;
  // Whether a record names no participant, and whether one has arguments:
  // else the within-document lending and MoveBroadArguments have nothing to
  // do and are skipped (each would read every record).
  bool any_without_participants = false, any_arguments = false;
  // Per claim, in document order; claim_facts[0..num_facts) are written
  // (not value-initialised: every entry is written before it is read).
  std::unique_ptr<ClaimFacts[]> claim_facts;
  int num_facts = 0;
  ClaimValues claim_values;
  RoleTable roles;
  FoldedSpellings folded;  // Viewed by the records.
  EventTypes event_types;  // Viewed by the records.
  // A number for each kind of event (EventMention.kind, folded), from 1.
  absl::flat_hash_map<absl::string_view, uint16_t> event_kinds;
  EventIds event_ids;  // Of the current document.
  absl::flat_hash_set<absl::string_view> doc_ids;
  doc_ids.reserve(num_docs);
  int total_claims = 0, total_events = 0;
  // The claims of document d are claims first_claim[d]..first_claim[d + 1]
  // in document then claim order.
  std::vector<int> first_claim(num_docs + 1, 0);
  for (int d = 0; d < num_docs; ++d) {
    first_claim[d] = total_claims;
    total_claims += claim_sets[d].claims_size();
    total_events += claim_sets[d].events_size();
  }
  first_claim[num_docs] = total_claims;
  records.reserve(total_events);
  record_source.reserve(total_events);
  iso_given.reserve(total_events);
  claim_facts.reset(new ClaimFacts[total_claims]);
  claim_values.Reserve(total_claims);
  auto fail = [&](absl::Status status) {
    out->Clear();
    return status;
  };
  // The messages of the claim set kFetchAheadSets ahead are fetched, that
  // kReadAheadSets ahead is read ahead (read_ahead.h), and the slot its
  // document id will take in doc_ids fetched.
  uint64_t read_ahead = 0;
  std::vector<std::pair<absl::string_view, absl::string_view>> local_places;
  for (int d = 0; d < num_docs; ++d) {
    if (d + kFetchAheadSets < num_docs) {
      FetchEventAndClaimMessages(claim_sets[d + kFetchAheadSets]);
    }
    if (d + kReadAheadSets < num_docs) {
      const ClaimSet& ahead = claim_sets[d + kReadAheadSets];
      read_ahead += ReadEventAndClaimFields(ahead);
      doc_ids.prefetch(absl::string_view(ahead.document().id()));
    }
    const ClaimSet& set = claim_sets[d];
    const absl::string_view doc_id = set.document().id();
    if (doc_id.empty()) {
      return fail(Invalid(set, "empty document id"));
    }
    if (!doc_ids.insert(doc_id).second) {
      return fail(Invalid(set, "duplicate document id"));
    }
    event_ids.Clear();
    local_places.clear();
    const int first_record = static_cast<int>(records.size());
    for (const EventMention& ev : set.events()) {
      if (ev.id().empty()) return fail(Invalid(set, "event with empty id"));
      if (!event_ids.Add(ev.id())) {
        return fail(Invalid(
            set, absl::StrCat("duplicate event id '", ev.id(), "'")));
      }
      EventRecord r;
      record_participants.clear();
      record_arguments.clear();
      record_people.clear();
      record_words.clear();
      absl::Status s =
          ResolveRefs(set, d, aliases, ev.participants(), ev.id(), &record_participants);
      if (s.ok() && !ev.arguments().empty()) {
        s = ResolveRefs(set, d, aliases, ev.arguments(), ev.id(), &record_arguments);
      }
      if (!s.ok()) return fail(s);
      const EventTypes::Type type = event_types.Of(ev.type());
      r.type = type.name;
      r.lemma = folded.Fold(ev.lemma().empty() ? ev.trigger() : ev.lemma());
      if (!ev.kind().empty()) {
        // Past 65535 kinds, the rest share the last number.
        const uint16_t next =
            static_cast<uint16_t>(std::min<size_t>(event_kinds.size() + 1, 65535));
        r.kind = event_kinds.try_emplace(folded.Fold(ev.kind()), next).first->second;
      }
      for (int e : record_arguments) {
        if (entities[e].type() == PERSON) record_people.push_back(e);
      }
      for (int e : record_participants) {
        if (entities[e].type() == PERSON) r.person_participant = true;
      }
      any_without_participants = any_without_participants || record_participants.empty();
      any_arguments = any_arguments || !record_arguments.empty();
      for (const std::string& w : ev.argument_words()) {
        record_words.push_back(folded.Fold(w));
      }
      r.time = ToInterval(ev.time());
      r.place = ev.place_key();
      if (IsLocalPlaceKey(r.place)) {
        r.place = CorpusPlaceKey(set, d, aliases, entities, r.place, &local_places);
      }
      r.once_per_day = type.once_per_day;
      r.doc = d;
      r.unnamed_group = ev.unnamed_participant();
      r.family = type.violence ? 0 : -1;
      if (!event_records.Add(r, record_participants, record_arguments, record_words, record_people)) {
        return fail(Invalid(set, absl::StrCat("event '", ev.id(),
                                              "' has a list of more than ",
                                              EventRecords::kMaxList,
                                              " entries, or too many in all")));
      }
      record_source.push_back({d, &ev});
      iso_given.push_back(!ev.time().iso().empty());
    }
    for (const Claim& c : set.claims()) {
      int record = -1;
      if (!c.event_id().empty()) {
        const int event = event_ids.Find(c.event_id());
        if (event < 0) {
          return fail(Invalid(set, absl::StrCat("claim '", c.id(),
                                                "' names unknown event '",
                                                c.event_id(), "'")));
        }
        record = first_record + event;
      }
      int subject = -1;
      if (!c.subject_entity().empty()) {
        subject = aliases.Find(d, c.subject_entity());
        if (subject < 0) {
          return fail(Invalid(set, absl::StrCat("claim '", c.id(),
                                                "' names unknown entity '",
                                                c.subject_entity(), "'")));
        }
      }
      const Value& value = c.value();
      int value_entity = -1;
      if (value.has_entity()) {
        absl::Status s = ResolveRef(set, d, aliases, value.entity(),
                                    "claim", c.id(), &value_entity);
        if (!s.ok()) return fail(s);
      }
      // A time claim usually gives its event's date: parsed once.
      const DateInterval* date = nullptr;
      if (record >= 0 && value.has_date() &&
          SameDate(value.date(), record_source[record].second->time())) {
        date = &records[record].time;
      }
      const bool plain = claim_values.Add(value, value_entity, date);
      claim_facts[num_facts++] = {record >= 0 ? record : -2 - subject,
                                  roles.Id(c.role()),
                                  d,
                                  Attributed(c),
                                  CountsForVerdict(c),
                                  static_cast<uint8_t>(value.kind_case()),
                                  plain};
      if (record < 0 || !value.has_number() ||
          !SameBytes(c.role(), "count")) {
        continue;
      }
      EventRecord& r = records[record];
      if (r.has_count) continue;  // The first count given for the mention.
      const NumberRange& n = value.number();
      r.has_count = true;
      r.count_low = n.low();
      r.count_high = n.unbounded() ? INT64_MAX : std::max(n.low(), n.high());
    }
  }
  KeepReads(read_ahead);
  event_ids = EventIds();
  aliases = AliasIndex();  // Every reference is resolved.
  Release(doc_ids);
  report.set_generator("xref-matcher/1");
  report.set_documents_from_claim_sets(true);
  if (any_arguments) MoveBroadArguments(entities, gazetteer, &event_records);
  if (any_without_participants) {
    LendParticipantsWithinDocuments(claim_sets, entities, record_source, &event_records);
    LendTimesWithinParagraphs(claim_sets, record_source, &event_records);
  }
  GroupingOptions grouping;
  grouping.require_evidence = options_.require_event_evidence;
  grouping.all_pairs = options_.all_pairs;
  grouping.gazetteer = gazetteer;
  grouping.attach_orphans = true;
  grouping.attach_to_main_event = true;
  grouping.merge_place_splits = true;
  std::vector<int> group_of = GroupEvents(event_records, grouping);
  int num_groups = 0;
  for (int g : group_of) num_groups = std::max(num_groups, g + 1);

  // Event groups, as columns.
  std::vector<std::pair<int, int>> participant_votes;  // (entity, votes).
  // The records of group g are members[member_begin[g]..member_begin[g+1]),
  // in record order.
  std::vector<int> member_begin(num_groups + 1, 0);
  std::vector<int> members(records.size());
  for (int g : group_of) ++member_begin[g + 1];
  for (int g = 0; g < num_groups; ++g) member_begin[g + 1] += member_begin[g];
  {
    std::vector<int> next(member_begin.begin(), member_begin.end() - 1);
    for (size_t i = 0; i < records.size(); ++i) {
      members[next[group_of[i]]++] = static_cast<int>(i);
    }
  }
  // Records are in document and event order: record i is event
  // i - first_record[d] of its document d.
  std::vector<int> first_record(num_docs + 1, static_cast<int>(records.size()));
  for (int i = static_cast<int>(records.size()) - 1; i >= 0; --i) {
    first_record[record_source[i].first] = i;
  }
  EventGroupColumns& event_columns = *report.mutable_event_columns();
  ColumnWriter participants(event_columns.mutable_participant(), num_groups);
  ColumnWriter times_from(event_columns.mutable_time_from(), num_groups);
  ColumnWriter mention_counts(event_columns.mutable_mention_count(), num_groups);
  const int num_records = static_cast<int>(records.size());
  ColumnWriter mention_docs(event_columns.mutable_doc_index(), num_records);
  ColumnWriter mention_events(event_columns.mutable_event_index(), num_records);
  for (int g = 0; g < num_groups; ++g) {
    participant_votes.clear();
    auto votes_of = [&](int p) -> int& {
      for (auto& [q, votes] : participant_votes) {
        if (q == p) return votes;
      }
      return participant_votes.emplace_back(p, 0).second;
    };
    int best_participant = -1;
    int best_time = -1;  // The mention whose event's time is shown.
    DateInterval best_interval;
    mention_counts.Add(member_begin[g + 1] - member_begin[g]);
    for (int k = member_begin[g]; k < member_begin[g + 1]; ++k) {
      const int i = members[k];
      const int d = record_source[i].first;
      mention_docs.Add(d);
      mention_events.Add(i - first_record[d]);
      for (int p : event_records.participants(records[i])) {
        int votes = ++votes_of(p);
        if (best_participant < 0 || votes > votes_of(best_participant) ||
            (votes == votes_of(best_participant) && p < best_participant)) {
          best_participant = p;
        }
      }
      const DateInterval& t = records[i].time;
      if (t.known && iso_given[i] &&
          (!best_interval.known ||
                      t.last - t.first < best_interval.last - best_interval.first)) {
        best_interval = t;
        best_time = k - member_begin[g];
      }
    }
    participants.Add(best_participant);
    times_from.Add(best_time);
  }

  Release(records);
  folded = FoldedSpellings();
  event_types = EventTypes();
  Release(record_source);
  Release(iso_given);
  Release(member_begin);
  Release(members);

  // Claim groups in report order: event groups' (by event group) before
  // attribute groups (by subject), the roles of one owner in order of first
  // claim. The items of group k are items[item_begin[k]..item_begin[k+1]), in
  // claim order. Claims are bucketed by owner (event group g, or entity e as
  // owner num_groups + e), then each owner's few roles are split out. The
  // per-claim arrays are not value-initialised: every entry is written
  // before it is read.
  std::unique_ptr<GroupKey[]> keys;
  std::unique_ptr<Item[]> items;
  std::unique_ptr<int[]> item_begin;
  int num_items = 0, num_keys = 0;
  {
    const int num_owners = num_groups + entities.size();
    // Each claim's owner, written over its record or subject; counted.
    std::vector<int> owner_begin(num_owners + 1, 0);
    for (int k = 0; k < num_facts; ++k) {
      int& owner = claim_facts[k].owner;
      owner = owner >= 0 ? group_of[owner] : owner <= -2 ? num_groups - 2 - owner : -1;
      if (owner >= 0) ++owner_begin[owner + 1];
    }
    for (int o = 0; o < num_owners; ++o) owner_begin[o + 1] += owner_begin[o];
    num_items = owner_begin[num_owners];
    Release(group_of);
    // The claims (their numbers) bucketed by owner, in claim order.
    std::unique_ptr<int[]> by_owner(new int[num_items]);
    {
      std::vector<int> next(owner_begin.begin(), owner_begin.end() - 1);
      for (int k = 0; k < num_facts; ++k) {
        const int owner = claim_facts[k].owner;
        if (owner >= 0) by_owner[next[owner]++] = k;
      }
    }
    // Per owner: rank_of_role[r] is role r's rank among the owner's roles
    // (-1: not seen); the owner's items are then counted out by rank.
    std::vector<int> rank_of_role(roles.size(), -1);
    std::vector<int> roles_seen, rank_begin;
    items.reset(new Item[num_items]);
    // At most one group per item.
    keys.reset(new GroupKey[num_items]);
    item_begin.reset(new int[num_items + 1]);
    for (int o = 0; o < num_owners; ++o) {
      roles_seen.clear();
      rank_begin.assign(1, 0);
      for (int i = owner_begin[o]; i < owner_begin[o + 1]; ++i) {
        const int role = claim_facts[by_owner[i]].role;
        int& rank = rank_of_role[role];
        if (rank < 0) {
          rank = static_cast<int>(roles_seen.size());
          roles_seen.push_back(role);
          rank_begin.push_back(0);
        }
        ++rank_begin[rank + 1];
      }
      const bool attribute = o >= num_groups;
      for (size_t r = 0; r < roles_seen.size(); ++r) {
        rank_begin[r + 1] += rank_begin[r];
        keys[num_keys] = {attribute, attribute ? o - num_groups : o, roles_seen[r]};
        item_begin[num_keys++] = owner_begin[o] + rank_begin[r];
      }
      for (int i = owner_begin[o]; i < owner_begin[o + 1]; ++i) {
        const int k = by_owner[i];
        const ClaimFacts& f = claim_facts[k];
        items[owner_begin[o] + rank_begin[rank_of_role[f.role]]++] = {
            f.doc, static_cast<uint32_t>(k - first_claim[f.doc]), f.attributed, f.counts, k,
            f.value_kind, f.plain};
      }
      for (int role : roles_seen) rank_of_role[role] = -1;
    }
    claim_facts.reset();
    item_begin[num_keys] = num_items;
  }

  // One vote per claim group and pair of its documents that both give a
  // value: documents x < y, and whether their values agree.
  struct PairVote {
    int x, y;
    bool agreed;
  };
  std::vector<PairVote> pair_votes;
  // The group columns (and the support columns below), reserved for every
  // group and at most one value per item.
  ClaimGroupColumns& group_columns = *report.mutable_group_columns();
  ColumnWriter owners(group_columns.mutable_owner(), num_keys);
  ColumnWriter slot_kinds(group_columns.mutable_kind(), num_keys);
  ColumnWriter verdicts(group_columns.mutable_verdict(), num_keys);
  ColumnWriter value_counts(group_columns.mutable_value_count(), num_keys);
  ColumnWriter contrasts_first(group_columns.mutable_contrast_first(), num_keys);
  ColumnWriter contrasts_second(group_columns.mutable_contrast_second(), num_keys);
  ColumnWriter value_attributed(group_columns.mutable_attributed(), num_items);
  ColumnWriter support_counts(group_columns.mutable_support_count(), num_items);
  ColumnWriter values_from(group_columns.mutable_value_from(), num_items);
  SupportColumns& support_columns = *report.mutable_support_columns();
  ColumnWriter support_docs(support_columns.mutable_doc_index(), num_items);
  ColumnWriter support_claims(support_columns.mutable_claim_index(), num_items);
  Summary* summary = report.mutable_summary();
  KindTable kinds;
  // Per group, reused: each item's index in `claim_values` (only when some
  // value is not a plain date or number); the group's documents giving a
  // value in order (docs_seen[0..giving): a group's items are in claim order,
  // so the items of one document are adjacent); the counting items of the
  // s-th are doc_items[doc_begin[s]..doc_begin[s + 1]). Sized for the largest
  // group so far.
  std::vector<int> values, docs_seen, doc_begin, doc_items;
  // Clusters of compatible values, each with its members chained in item
  // order through next_member (-1 ends).
  struct Cluster {
    int first, last, size;
    int representative;  // The member whose value is shown.
  };
  std::vector<Cluster> clusters;
  std::vector<int> next_member;
  for (int k = 0; k < num_keys; ++k) {
    const GroupKey& key = keys[k];
    const absl::Span<const Item> its(items.get() + item_begin[k],
                                     item_begin[k + 1] - item_begin[k]);
    const int n = static_cast<int>(its.size());
    owners.Add(key.attribute ? -1 - key.id : key.id);
    SlotKind kind = kinds.Kind(roles, key.role, key.attribute,
                               static_cast<Value::KindCase>(its[0].value_kind));
    slot_kinds.Add(kind);

    Verdict verdict;
    int contrast_first = -1, contrast_second = -1;
    clusters.clear();
    if (next_member.size() < static_cast<size_t>(n)) next_member.resize(n);
    if (n == 1) {
      // One claim: one document, no pair of documents, one value.
      verdict = VerdictOfPairs(kind, its[0].counts ? 1 : 0, /*every_pair_agrees=*/true);
      next_member[0] = -1;
      clusters.push_back({0, 0, 1, 0});
    } else {
      // Values are compared (and so prepared) only when there are two or more.
      claim_values.NextGroup();
      bool plain = true;
      for (const Item& it : its) plain = plain && it.plain;
      if (!plain) {
        if (values.size() < static_cast<size_t>(n)) values.resize(n);
        for (int i = 0; i < n; ++i) values[i] = claim_values.Index(its[i].value);
      }
      auto compatible = [&](int a, int b) {
        if (plain) return claim_values.PlainCompatible(its[a].value, its[b].value);
        return Compatible(claim_values.Get(values[a]), claim_values.Get(values[b]),
                          gazetteer);
      };
      auto more_specific = [&](int a, int b) {
        if (plain) return claim_values.PlainMoreSpecific(its[a].value, its[b].value);
        return MoreSpecific(claim_values.Get(values[a]), claim_values.Get(values[b]),
                            gazetteer);
      };
      if (docs_seen.size() < static_cast<size_t>(n)) {
        docs_seen.resize(n);
        doc_begin.resize(n + 1);
        doc_items.resize(n);
      }
      int giving = 0, num_counting = 0;  // Documents with a counting item.
      for (int i = 0; i < n; ++i) {
        if (!its[i].counts) continue;
        if (giving == 0 || its[i].doc != docs_seen[giving - 1]) {
          docs_seen[giving] = its[i].doc;
          doc_begin[giving++] = num_counting;
        }
        doc_items[num_counting++] = i;
      }
      doc_begin[giving] = num_counting;
      auto items_of = [&](int d) {
        return absl::Span<const int>(doc_items.data() + doc_begin[d],
                                     doc_begin[d + 1] - doc_begin[d]);
      };

      // Agreement of each pair of documents that both give a value, which
      // decides the verdict, and what the explanation of a CONFLICT or
      // DIVERGENT group contrasts (its wording: matcher/expand_report.h): the
      // first pair that disagrees.
      bool every_pair_agrees = true;
      size_t vote = pair_votes.size();
      pair_votes.resize(vote + static_cast<size_t>(giving) * (giving - 1) / 2);
      for (int a = 0; a < giving; ++a) {
        for (int b = a + 1; b < giving; ++b) {
          const bool agreed =
              DocumentsAgreeWith(kind, items_of(a), items_of(b), compatible);
          pair_votes[vote++] = {std::min(docs_seen[a], docs_seen[b]),
                                std::max(docs_seen[a], docs_seen[b]), agreed};
          if (!agreed && every_pair_agrees) {
            contrast_first = docs_seen[a];
            contrast_second = docs_seen[b];
            every_pair_agrees = false;
          }
        }
      }
      // A document giving incompatible values from rival sources makes the
      // group a conflict too; its explanation then contrasts the document
      // with itself.
      if (every_pair_agrees && giving > 1 && kind != MULTI) {
        auto rival_sources = [&](int a, int b) {
          return RivalSources(claim_sets[its[a].doc].claims(its[a].index),
                            claim_sets[its[b].doc].claims(its[b].index));
        };
        for (int d = 0; d < giving && every_pair_agrees; ++d) {
          if (DocumentContradictsItselfWith(kind, items_of(d), compatible, rival_sources)) {
            contrast_first = contrast_second = docs_seen[d];
            every_pair_agrees = false;
          }
        }
      }
      verdict = VerdictOfPairs(kind, giving, every_pair_agrees);

      // Values merged by compatibility, asserted and attributed apart.
      for (int i = 0; i < n; ++i) {
        const bool attributed = its[i].attributed;
        next_member[i] = -1;
        bool placed = false;
        for (size_t c = 0; c < clusters.size() && !placed; ++c) {
          Cluster& cluster = clusters[c];
          if (its[cluster.first].attributed != attributed) continue;
          bool all = true;
          for (int j = cluster.first; j >= 0 && all; j = next_member[j]) {
            all = compatible(i, j);
          }
          if (!all) continue;
          next_member[cluster.last] = i;
          cluster.last = i;
          ++cluster.size;
          if (more_specific(i, cluster.representative)) cluster.representative = i;
          placed = true;
        }
        if (!placed) clusters.push_back({i, i, 1, i});
      }
    }
    verdicts.Add(verdict);
    contrasts_first.Add(contrast_first);
    contrasts_second.Add(contrast_second);
    value_counts.Add(static_cast<int>(clusters.size()));
    for (const Cluster& cluster : clusters) {
      value_attributed.Add(its[cluster.first].attributed);
      support_counts.Add(cluster.size);
      int m = 0;
      for (int i = cluster.first; i >= 0; i = next_member[i], ++m) {
        if (i == cluster.representative) values_from.Add(m);
        support_docs.Add(its[i].doc);
        support_claims.Add(static_cast<int>(its[i].index));
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

  items.reset();
  claim_values = ClaimValues();
  Release(values);
  Release(doc_items);
  Release(clusters);
  Release(next_member);
  item_begin.reset();
  keys.reset();
  // Agreement cells (as columns) in (x, y) order, x < y, each standing for
  // its mirror too:
  // the votes bucketed by x, then each bucket (the documents of x's stories)
  // counted per y, and its few distinct y sorted.
  {
    std::vector<int> row_begin(num_docs + 1, 0);
    for (const PairVote& v : pair_votes) ++row_begin[v.x + 1];
    for (int d = 0; d < num_docs; ++d) row_begin[d + 1] += row_begin[d];
    std::vector<std::pair<int, bool>> by_row(pair_votes.size());  // (y, agreed)
    {
      std::vector<int> next(row_begin.begin(), row_begin.end() - 1);
      for (const PairVote& v : pair_votes) by_row[next[v.x]++] = {v.y, v.agreed};
    }
    Release(pair_votes);
    struct Cell {
      int x, y, shared, agreed;
    };
    std::vector<Cell> cells;
    // Per y of the current row: votes and agreeing votes (zero otherwise).
    std::vector<int> shared_with(num_docs, 0), agreed_with(num_docs, 0);
    std::vector<int> ys;  // The current row's distinct y.
    for (int x = 0; x < num_docs; ++x) {
      ys.clear();
      for (int i = row_begin[x]; i < row_begin[x + 1]; ++i) {
        const auto [y, agreed] = by_row[i];
        if (shared_with[y]++ == 0) ys.push_back(y);
        agreed_with[y] += agreed;
      }
      std::sort(ys.begin(), ys.end());
      for (int y : ys) {
        cells.push_back({x, y, shared_with[y], agreed_with[y]});
        shared_with[y] = agreed_with[y] = 0;
      }
    }
    Release(by_row);
    AgreementColumns& agreement = *report.mutable_agreement_columns();
    const int num_cells = static_cast<int>(cells.size());
    ColumnWriter rows(agreement.mutable_row_index(), num_cells);
    ColumnWriter cols(agreement.mutable_col_index(), num_cells);
    ColumnWriter shared(agreement.mutable_shared(), num_cells);
    ColumnWriter agreed(agreement.mutable_agreed(), num_cells);
    for (const Cell& c : cells) {
      rows.Add(c.x);
      cols.Add(c.y);
      shared.Add(c.shared);
      agreed.Add(c.agreed);
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

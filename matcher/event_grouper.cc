#include "matcher/event_grouper.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <utility>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/hash/hash.h"

namespace xref {
namespace {

// True when a value of `a` is in `b` (short lists: a scan).
template <typename A, typename B>
inline bool Intersects(const A& a, const B& b) {
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (x == y) return true;
    }
  }
  return false;
}

// Days since 1970-01-01 of a valid YYYYMMDD date (the proleptic Gregorian
// calendar, as absl::CivilDay counts them).
inline int64_t DayNumber(int32_t yyyymmdd) {
  int64_t y = yyyymmdd / 10000;
  const int64_t m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// Known times: the latest first day and the earliest last day. Every pair of
// intervals is within `gap` days iff latest_first - earliest_last <= gap.
struct TimeSpan {
  bool known = false;
  int32_t latest_first = 0;
  int32_t earliest_last = 0;
};

inline TimeSpan SpanOf(const DateInterval& d) {
  return {d.known, d.first, d.last};
}

inline TimeSpan Join(const TimeSpan& a, const TimeSpan& b) {
  if (!a.known) return b;
  if (!b.known) return a;
  return {true, std::max(a.latest_first, b.latest_first),
          std::min(a.earliest_last, b.earliest_last)};
}

// The spans of Join(a, b) are within `gap` days (or one is unknown).
inline bool Close(const TimeSpan& a, const TimeSpan& b, int gap) {
  if (!a.known || !b.known) return true;
  const TimeSpan j = Join(a, b);
  return j.latest_first <= j.earliest_last ||
         DayNumber(j.latest_first) - DayNumber(j.earliest_last) <= gap;
}

// Both are of a kind, and not of one kind (EventRecord::kind).
inline bool OtherKinds(uint16_t a, uint16_t b) { return a != 0 && b != 0 && a != b; }

inline bool PlacesCompatible(absl::string_view a, absl::string_view b,
                      const Gazetteer* gazetteer) {
  if (a.empty() || b.empty() || a == b) return true;
  return gazetteer != nullptr && gazetteer->Compatible(a, b);
}

bool SameKey(const EventRecord& a, const EventRecord& b) {
  if (a.type.empty() != b.type.empty()) return false;
  if (!a.type.empty()) return a.type == b.type;
  return !a.lemma.empty() && a.lemma == b.lemma;
}

bool MonthOrFiner(const DateInterval& d) {
  return d.known && (d.granularity == MONTH || d.granularity == DAY);
}

// One side is about an unnamed group of people ("police detained 37
// protesters") and the other's participant is a named person: not one event.
inline bool GroupAgainstPerson(bool a_unnamed_group, bool a_person, bool b_unnamed_group,
                               bool b_person) {
  return (a_unnamed_group && b_person) || (b_unnamed_group && a_person);
}

// One document counts them at least three times apart ("three suspects
// were arrested in the raid" and "27 protesters were arrested"): two
// events. A document that updates a count ("12 killed", later "the toll
// rose to 15") stays within that.
inline bool CountedApartInOneDocument(const EventRecord& a, const EventRecord& b) {
  if (a.doc < 0 || a.doc != b.doc || !a.has_count || !b.has_count) return false;
  const EventRecord& low = a.count_high < b.count_low ? a : b;
  const EventRecord& high = &low == &a ? b : a;
  return low.count_high < high.count_low && high.count_low >= 3 * low.count_high;
}

// Whether a day is stated of `r` (not lent to it).
inline bool DayStated(const EventRecords& rs, const EventRecord& r) {
  return r.time.known && r.time.granularity == DAY && !rs.TimeLent(r);
}

// One document states two different days of them ("police fired tear gas on
// Tuesday", "police opened fire on Thursday"), and one of them names no
// participant: two events. Dates of a coarser grain (a month, "last week")
// do not tell them apart, nor do two records that both name participants
// (Consistent compares those): there a day is more often another event's
// taken by mistake than a second event of one person.
inline bool DatedApartInOneDocument(const EventRecords& rs, const EventRecord& a,
                                    const EventRecord& b) {
  return a.doc >= 0 && a.doc == b.doc && (a.num_participants == 0 || b.num_participants == 0) &&
         DayStated(rs, a) && DayStated(rs, b) && !DatesCompatible(a.time, b.time);
}

// Whether one document tells them apart (CountedApartInOneDocument,
// DatedApartInOneDocument).
inline bool ApartInOneDocument(const EventRecords& rs, const EventRecord& a,
                               const EventRecord& b) {
  return CountedApartInOneDocument(a, b) || DatedApartInOneDocument(rs, a, b);
}

// Whether `r` gives what ApartInOneDocument compares.
inline bool TellsApartInItsDocument(const EventRecords& rs, const EventRecord& r) {
  return r.doc >= 0 && (r.has_count || DayStated(rs, r));
}

// Nothing says they differ; `shared_participant` is whether their
// participant sets intersect.
bool Consistent(const EventRecords& rs, const EventRecord& a, const EventRecord& b,
                const GroupingOptions& options, bool shared_participant) {
  if (OtherKinds(a.kind, b.kind)) return false;
  if (ApartInOneDocument(rs, a, b)) return false;
  if (a.num_participants != 0 && b.num_participants != 0 && !shared_participant) {
    return false;
  }
  if (GroupAgainstPerson(a.unnamed_group, a.person_participant, b.unnamed_group,
                         b.person_participant)) {
    return false;
  }
  if (!Close(SpanOf(a.time), SpanOf(b.time), options.max_time_gap_days)) {
    return false;
  }
  if (PlacesCompatible(a.place, b.place, options.gazetteer)) return true;
  return a.once_per_day && b.once_per_day && shared_participant;
}

bool Consistent(const EventRecords& rs, const EventRecord& a, const EventRecord& b,
                const GroupingOptions& options) {
  return Consistent(rs, a, b, options, Intersects(rs.participants(a), rs.participants(b)));
}

// Something says they are the same (`shared_participant` as above).
bool HasEvidence(const EventRecords& rs, const EventRecord& a, const EventRecord& b,
                 bool shared_participant) {
  if (shared_participant) return true;
  if (Intersects(rs.arguments(a), rs.arguments(b))) return true;
  if (a.time.known && b.time.known && DatesCompatible(a.time, b.time) &&
      Intersects(rs.broad_arguments(a), rs.broad_arguments(b))) {
    return true;
  }
  if (Intersects(rs.argument_words(a), rs.argument_words(b))) return true;
  if (!a.place.empty() && a.place == b.place) return true;
  if (a.has_count && b.has_count && a.count_low == b.count_low &&
      a.count_high == b.count_high) {
    return true;
  }
  return MonthOrFiner(a.time) && MonthOrFiner(b.time) &&
         DatesCompatible(a.time, b.time);
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  int Find(int x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(int into, int from) { parent_[Find(from)] = Find(into); }

 private:
  std::vector<int> parent_;
};

// What a group's members say, to check a merge without visiting members.
struct GroupSummary {
  TimeSpan time;
  bool once_per_day = false;
  // Some member is about an unnamed group of people; some member's
  // participant is a person.
  bool unnamed_group = false;
  bool person = false;
  // Distinct, non-empty.
  absl::InlinedVector<absl::Span<const int>, 1> participant_sets;
  absl::InlinedVector<const absl::string_view*, 1> places;  // Distinct, non-empty.
  uint16_t kind = 0;  // The members' kind, or 0 when none has one.
  // The members that give a count or a day, and their document
  // (TellsApartInItsDocument).
  absl::InlinedVector<const EventRecord*, 1> told;
};

// True when a place of `a` and a place of `b` cannot be one place.
bool PlacesDisagree(const GroupSummary& a, const GroupSummary& b,
                    const Gazetteer* gazetteer) {
  for (const auto* p : a.places) {
    for (const auto* q : b.places) {
      if (!PlacesCompatible(*p, *q, gazetteer)) return true;
    }
  }
  return false;
}

// `check_places` false: as if neither had a place.
bool CanMerge(const EventRecords& rs, const GroupSummary& a, const GroupSummary& b,
              const GroupingOptions& options, bool check_places = true) {
  if (OtherKinds(a.kind, b.kind)) return false;
  if (!Close(a.time, b.time, options.max_time_gap_days)) return false;
  if (GroupAgainstPerson(a.unnamed_group, a.person, b.unnamed_group, b.person)) return false;
  for (const auto& p : a.participant_sets) {
    for (const auto& q : b.participant_sets) {
      if (!Intersects(p, q)) return false;
    }
  }
  for (const EventRecord* p : a.told) {
    for (const EventRecord* q : b.told) {
      if (ApartInOneDocument(rs, *p, *q)) return false;
    }
  }
  if (a.once_per_day && b.once_per_day && !a.participant_sets.empty() &&
      !b.participant_sets.empty()) {
    return true;
  }
  return !check_places || !PlacesDisagree(a, b, options.gazetteer);
}

void MergeInto(GroupSummary& into, GroupSummary& from) {
  into.time = Join(into.time, from.time);
  into.unnamed_group = into.unnamed_group || from.unnamed_group;
  if (into.kind == 0) into.kind = from.kind;
  into.person = into.person || from.person;
  for (const auto& p : from.participant_sets) {
    bool seen = false;
    for (const auto& q : into.participant_sets) {
      if ((p.data() == q.data() && p.size() == q.size()) || p == q) {
        seen = true;
        break;
      }
    }
    if (!seen) into.participant_sets.push_back(p);
  }
  for (const auto* p : from.places) {
    bool seen = false;
    for (const auto* q : into.places) {
      if (*p == *q) {
        seen = true;
        break;
      }
    }
    if (!seen) into.places.push_back(p);
  }
  into.told.insert(into.told.end(), from.told.begin(), from.told.end());
  from.time = TimeSpan();
  from.once_per_day = false;
  from.participant_sets.clear();
  from.places.clear();
  from.told.clear();
}

// Block key: (event key id, kind, value); words and places are interned to
// ids that serve as the value.
struct BlockKey {
  int event_key;
  int kind;
  int64_t value;
  bool operator==(const BlockKey& o) const {
    return event_key == o.event_key && kind == o.kind && value == o.value;
  }
};

// A few multiplies (one block key per record and kind is hashed).
struct BlockKeyHash {
  size_t operator()(const BlockKey& k) const {
    uint64_t h = (static_cast<uint64_t>(static_cast<uint32_t>(k.event_key)) << 8 |
                  static_cast<uint32_t>(k.kind)) *
                     0x9E3779B97F4A7C15ull ^
                 static_cast<uint64_t>(k.value);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return static_cast<size_t>(h);
  }
};

template <typename T>
void Release(T& x) {
  T().swap(x);
}

// The smallest count that tells a record's event apart across outlets:
// "seven people died" in two outlets of a story is likely one event; one or
// two ("the killing of their two leaders", "a man was arrested") fits
// most events of a story, so a record with no more than that is vague.
constexpr int64_t kTellingCount = 3;

bool Vague(const EventRecord& r) {
  return r.num_participants == 0 && !r.time.known &&
         !(r.has_count && r.count_low >= kTellingCount);
}

// The event key of each record as a small integer (-1: no key, neither type
// nor lemma): types and lemmas of untyped records numbered apart, in order of
// first appearance, so equal ids mean `SameKey`.
struct EventKeys {
  std::vector<int> of;  // Per record.
  int count = 0;        // Ids are 0..count-1.
};

// Numbers the event keys of records one record at a time (see EventKeys),
// so that GroupEvents numbers them in the pass that reads the records for
// their summaries. A story has a handful of event keys, and its records
// repeat them: a key is looked for in a small direct-mapped cache (slot by
// kind, length and two bytes: one comparison), then hashed. Callers often
// view one stored copy of each key: a key is first looked for by address
// (slot by address), which reads no byte of it.
class EventKeyNumbering {
 public:
  // The id of the event key of `r`, -1 when it has none; the views of `r`
  // must outlive the object.
  int Of(const EventRecord& r) {
    if (r.type.empty() && r.lemma.empty()) return -1;
    const bool is_typed = !r.type.empty();
    const absl::string_view key = is_typed ? r.type : r.lemma;
    Cached& same_address =
        by_address_[(reinterpret_cast<uintptr_t>(key.data()) >> 3) % kCacheSize];
    if (same_address.id >= 0 && same_address.typed == is_typed &&
        same_address.key.data() == key.data() && same_address.key.size() == key.size()) {
      return same_address.id;
    }
    return Lookup(key, is_typed, same_address);
  }
  // Ids given so far are 0..count()-1.
  int count() const { return count_; }

 private:
  static constexpr size_t kCacheSize = 64;
  struct Cached {
    bool typed = false;
    absl::string_view key;
    int id = -1;
  };
  // Of `key` past the address cache; records it in `same_address`.
  ABSL_ATTRIBUTE_NOINLINE int Lookup(absl::string_view key, bool is_typed,
                                     Cached& same_address) {
    const size_t slot = (key.size() * 7 + static_cast<unsigned char>(key.back()) * 3 +
                         static_cast<unsigned char>(key[key.size() / 2]) + is_typed) %
                        kCacheSize;
    Cached& cached = cache_[slot];
    if (cached.id < 0 || cached.typed != is_typed || cached.key != key) {
      auto& ids = is_typed ? typed_ : untyped_;
      const int id = ids.emplace(key, count_).first->second;
      if (id == count_) ++count_;
      cached = {is_typed, key, id};
    }
    same_address = cached;
    return cached.id;
  }

  Cached cache_[kCacheSize], by_address_[kCacheSize];
  absl::flat_hash_map<absl::string_view, int> typed_, untyped_;
  int count_ = 0;
};

constexpr int kOrphanRounds = 3;

// One round of the orphan step of GroupEvents (see event_grouper.h), on the
// groups of `uf` with their summaries; false when no group moved. Only worth
// calling when a record names no participants (an orphan's records do not).
bool AttachOrphans(const EventRecords& rs,
                   const EventKeys& keys, const GroupingOptions& options,
                   UnionFind& uf, std::vector<GroupSummary>& summary) {
  const std::vector<EventRecord>& records = rs.records;
  const int n = static_cast<int>(records.size());
  const std::vector<int>& key_of = keys.of;
  std::vector<int> root(n);
  for (int i = 0; i < n; ++i) root[i] = uf.Find(i);
  // Per root: named (a member names participants). Orphans are the unnamed
  // groups of records with a key and a document; without one nothing moves.
  std::vector<bool> named(n, false);
  for (int i = 0; i < n; ++i) {
    if (records[i].num_participants != 0) named[root[i]] = true;
  }
  bool orphans = false;
  for (int i = 0; i < n && !orphans; ++i) {
    orphans = !named[root[i]] && records[i].doc >= 0 && key_of[i] >= 0;
  }
  if (!orphans) return false;
  // Per root: anchored (names participants, a time or a place); (root, doc)
  // pairs, distinct.
  std::vector<bool> anchored(n, false);
  std::vector<int> family(n, -1);
  std::vector<std::pair<int, int>> root_docs;
  for (int i = 0; i < n; ++i) {
    const EventRecord& r = records[i];
    if (r.num_participants != 0 || r.time.known || !r.place.empty()) {
      anchored[root[i]] = true;
    }
    family[root[i]] = r.family;
    if (r.doc >= 0 && key_of[i] >= 0) root_docs.emplace_back(root[i], r.doc);
  }
  std::sort(root_docs.begin(), root_docs.end());
  root_docs.erase(std::unique(root_docs.begin(), root_docs.end()),
                  root_docs.end());
  // The main group of each key: most documents, at least two, no tie.
  std::vector<int> main_root(keys.count, -1), main_docs(keys.count, 1);
  std::vector<bool> tied(keys.count, false);
  for (size_t a = 0; a < root_docs.size();) {
    size_t b = a;
    while (b < root_docs.size() && root_docs[b].first == root_docs[a].first) ++b;
    const int r = root_docs[a].first, k = key_of[r], docs = static_cast<int>(b - a);
    if (docs > main_docs[k]) {
      main_root[k] = r;
      main_docs[k] = docs;
      tied[k] = false;
    } else if (docs == main_docs[k]) {
      tied[k] = true;
    }
    a = b;
  }
  // The anchored roots per document.
  absl::flat_hash_map<int, absl::InlinedVector<int, 4>> anchored_in;
  for (const auto& [r, doc] : root_docs) {
    if (anchored[r]) anchored_in[doc].push_back(r);
  }
  std::vector<std::pair<int, int>> moves;  // (orphan root, target root).
  std::vector<int> own, kin;  // Anchored roots of its key, of its family.
  for (size_t a = 0; a < root_docs.size();) {
    size_t b = a;
    while (b < root_docs.size() && root_docs[b].first == root_docs[a].first) ++b;
    const int r = root_docs[a].first, k = key_of[r];
    const size_t first = a;
    a = b;
    if (named[r]) continue;
    own.clear();
    kin.clear();
    for (size_t m = first; m < b; ++m) {
      auto it = anchored_in.find(root_docs[m].second);
      if (it == anchored_in.end()) continue;
      for (int t : it->second) {
        if (t == r) continue;
        if (key_of[t] == k) {
          own.push_back(t);
        } else if (family[r] >= 0 && family[t] == family[r]) {
          kin.push_back(t);
        }
      }
    }
    for (auto* v : {&own, &kin}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    // Two events its documents tell of that cannot be one: either could be
    // the orphan's.
    auto several = [&](const std::vector<int>& v, int also) {
      for (size_t x = 0; x < v.size(); ++x) {
        if (also >= 0 && !CanMerge(rs, summary[v[x]], summary[also], options)) return true;
        for (size_t y = x + 1; y < v.size(); ++y) {
          if (key_of[v[x]] == key_of[v[y]] &&
              !CanMerge(rs, summary[v[x]], summary[v[y]], options)) {
            return true;
          }
        }
      }
      return false;
    };
    if (several(own, r) || several(kin, -1)) continue;
    int target = -1, named_own = 0;
    for (int t : own) {
      if (named[t]) {
        ++named_own;
        target = t;
      }
    }
    if (named_own > 1) continue;
    if (named_own == 0) target = own.size() == 1 ? own[0] : -1;
    if (target < 0 && options.attach_to_main_event && !tied[k]) target = main_root[k];
    if (target < 0 || target == r) continue;
    // An orphan of a kind joins only a group of that kind: a crowd dispersal
    // told beside a bombing is not the bombing.
    if (summary[r].kind != 0 && summary[target].kind != summary[r].kind) continue;
    moves.emplace_back(r, target);
  }
  // An orphan dated to another day than a member of the group told in one of
  // its own documents is another event that document tells of.
  if (!moves.empty()) {
    absl::flat_hash_map<int, std::vector<int>> dated_members;  // Of targets.
    for (const auto& [orphan, target] : moves) dated_members[target];
    for (int i = 0; i < n; ++i) {
      if (!records[i].time.known) continue;
      auto it = dated_members.find(root[i]);
      if (it != dated_members.end()) it->second.push_back(i);
    }
    moves.erase(
        std::remove_if(moves.begin(), moves.end(),
                       [&](const std::pair<int, int>& move) {
                         for (int i : dated_members[move.second]) {
                           if (std::binary_search(root_docs.begin(), root_docs.end(),
                                                  std::make_pair(move.first, records[i].doc)) &&
                               !Close(summary[move.first].time, SpanOf(records[i].time), 0)) {
                             return true;
                           }
                         }
                         return false;
                       }),
        moves.end());
  }
  // The people named by the orphans of `moves` (sorted, distinct), per root.
  absl::flat_hash_map<int, std::vector<int>> people_of;
  for (const auto& [orphan, target] : moves) people_of[orphan];
  for (int i = 0; i < n; ++i) {
    auto it = people_of.find(root[i]);
    if (it == people_of.end()) continue;
    const absl::Span<const int> people = rs.people(records[i]);
    it->second.insert(it->second.end(), people.begin(), people.end());
  }
  for (auto& [r, people] : people_of) {
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
  }
  // The members of the targets of orphans that name people, in one pass.
  absl::flat_hash_map<int, std::vector<int>> members_of;
  for (const auto& [orphan, target] : moves) {
    if (!people_of[orphan].empty()) members_of[target];
  }
  if (!members_of.empty()) {
    for (int i = 0; i < n; ++i) {
      auto it = members_of.find(root[i]);
      if (it != members_of.end()) it->second.push_back(i);
    }
  }
  // True when a member of the group of root `target` names `person`.
  auto names = [&](int target, int person) {
    for (int i : members_of[target]) {
      const EventRecord& r = records[i];
      for (const absl::Span<const int> v :
           {rs.participants(r), rs.arguments(r), rs.broad_arguments(r)}) {
        if (std::find(v.begin(), v.end(), person) != v.end()) return true;
      }
    }
    return false;
  };
  bool moved = false;
  for (auto [orphan, target] : moves) {
    bool about_others = false;
    for (int p : people_of[orphan]) about_others = about_others || !names(target, p);
    if (about_others) continue;
    int a = uf.Find(target), b = uf.Find(orphan);
    if (a == b || !CanMerge(rs, summary[a], summary[b], options)) continue;
    if (b < a) std::swap(a, b);
    uf.Union(a, b);
    MergeInto(summary[a], summary[b]);
    moved = true;
  }
  return moved;
}

// The place step of GroupEvents (see event_grouper.h). Only worth calling
// when a record gives a place (only groups with a place take part).
void MergePlaceSplits(const EventRecords& rs,
                      const EventKeys& keys, const GroupingOptions& options,
                      UnionFind& uf, std::vector<GroupSummary>& summary) {
  const std::vector<EventRecord>& records = rs.records;
  const int n = static_cast<int>(records.size());
  // Members (record indices, sorted by document) and distinct documents of
  // each root with a place (only those take part).
  std::vector<std::vector<int>> members(n);
  std::vector<std::vector<int>> docs(n);
  auto by_doc = [&](int i, int j) {
    return std::make_pair(records[i].doc, i) < std::make_pair(records[j].doc, j);
  };
  std::vector<int> root(n);
  for (int i = 0; i < n; ++i) {
    const int r = uf.Find(i);
    root[i] = r;
    if (summary[r].places.empty()) continue;
    members[r].push_back(i);
    std::vector<int>& d = docs[r];
    if (std::find(d.begin(), d.end(), records[i].doc) == d.end()) {
      d.push_back(records[i].doc);
    }
  }
  for (std::vector<int>& m : members) std::sort(m.begin(), m.end(), by_doc);
  // The placed groups of each event key, whose records all know their
  // document.
  std::vector<std::vector<int>> placed(keys.count);
  for (int r = 0; r < n; ++r) {
    if (members[r].empty()) continue;
    const int key = keys.of[members[r][0]];
    if (key < 0) continue;
    bool known_docs = true;
    for (int d : docs[r]) known_docs = known_docs && d >= 0;
    if (known_docs) placed[key].push_back(r);
  }
  // Per root: earliest first day and latest last day of its known times.
  struct Hull {
    bool known = false;
    int32_t first = 0, last = 0;
  };
  auto join = [](Hull& into, const Hull& h) {
    if (!h.known) return;
    into.first = into.known ? std::min(into.first, h.first) : h.first;
    into.last = into.known ? std::max(into.last, h.last) : h.last;
    into.known = true;
  };
  std::vector<Hull> hull(n);
  for (int i = 0; i < n; ++i) {
    const DateInterval& t = records[i].time;
    if (t.known) join(hull[root[i]], Hull{true, t.first, t.last});
  }
  Release(root);
  // The placed records of each event key.
  std::vector<std::vector<int>> placed_records(keys.count);
  for (int i = 0; i < n; ++i) {
    if (!records[i].place.empty() && keys.of[i] >= 0) {
      placed_records[keys.of[i]].push_back(i);
    }
  }
  auto differs_in_doc = [&](int a, int j) {
    const int doc = records[j].doc;
    auto it = std::lower_bound(
        members[a].begin(), members[a].end(), doc,
        [&](int i, int d) { return records[i].doc < d; });
    for (; it != members[a].end() && records[*it].doc == doc; ++it) {
      if (!Consistent(rs, records[*it], records[j], options)) return true;
    }
    return false;
  };
  // The records of the key placed where `b` is, not in `b`.
  std::vector<int> there;
  // A document with a member of `a` that cannot be one event with one of its
  // mentions of `b`, or with one of its mentions of the key placed where `b`
  // is (the document tells of an event there besides `a`).
  auto told_apart = [&](int a, int b) {
    for (int j : members[b]) {
      if (differs_in_doc(a, j)) return true;
    }
    for (int j : there) {
      if (uf.Find(j) != a && differs_in_doc(a, j)) return true;
    }
    return false;
  };
  auto one_event_but_place = [&](int a, int b) {
    // Of one kind, or both of none: a shooting told by one outlet is no
    // deviant place of a raid the others tell.
    if (summary[a].kind != summary[b].kind ||
        !CanMerge(rs, summary[a], summary[b], options, /*check_places=*/false)) {
      return false;
    }
    if (hull[a].known && hull[b].known &&
        (hull[b].first > hull[a].last || hull[a].first > hull[b].last)) {
      return false;
    }
    return PlacesDisagree(summary[a], summary[b], options.gazetteer) &&
           !told_apart(a, b);
  };
  for (size_t key = 0; key < placed.size(); ++key) {
    std::vector<int>& roots = placed[key];
    std::stable_sort(roots.begin(), roots.end(), [&](int a, int b) {
      return docs[a].size() < docs[b].size();
    });
    for (int b : roots) {
      if (uf.Find(b) != b) continue;
      there.clear();
      for (int j : placed_records[key]) {
        if (uf.Find(j) == b) continue;
        bool at = true;
        for (const auto* q : summary[b].places) {
          at = at && PlacesCompatible(records[j].place, *q, options.gazetteer);
        }
        if (at) there.push_back(j);
      }
      int target = -1;
      bool tied = false;
      for (int a : roots) {
        if (a == b || uf.Find(a) != a || docs[a].size() <= docs[b].size()) continue;
        if (!one_event_but_place(a, b)) continue;
        if (target < 0 || docs[a].size() > docs[target].size()) {
          target = a;
          tied = false;
        } else if (docs[a].size() == docs[target].size()) {
          tied = true;
        }
      }
      if (target < 0 || tied) continue;
      uf.Union(target, b);
      MergeInto(summary[target], summary[b]);
      join(hull[target], hull[b]);
      const size_t middle = members[target].size();
      members[target].insert(members[target].end(), members[b].begin(),
                             members[b].end());
      std::inplace_merge(members[target].begin(), members[target].begin() + middle,
                         members[target].end(), by_doc);
      Release(members[b]);
      for (int d : docs[b]) {
        if (std::find(docs[target].begin(), docs[target].end(), d) ==
            docs[target].end()) {
          docs[target].push_back(d);
        }
      }
      Release(docs[b]);
    }
  }
}

// CanLink for two records of one event key.
bool LinkableOfOneKey(const EventRecords& rs, const EventRecord& a,
                      const EventRecord& b, const GroupingOptions& options) {
  if ((Vague(a) || Vague(b)) && a.doc >= 0 && b.doc >= 0 && a.doc != b.doc) {
    return false;
  }
  const bool shared_participant = Intersects(rs.participants(a), rs.participants(b));
  if (!Consistent(rs, a, b, options, shared_participant)) return false;
  return !options.require_evidence || HasEvidence(rs, a, b, shared_participant);
}

}  // namespace

bool CanLink(const EventRecords& records, int a, int b,
             const GroupingOptions& options) {
  const EventRecord& x = records.records[a];
  const EventRecord& y = records.records[b];
  return SameKey(x, y) && LinkableOfOneKey(records, x, y, options);
}

std::vector<int> GroupEvents(const EventRecords& rs,
                             const GroupingOptions& options) {
  const std::vector<EventRecord>& records = rs.records;
  const int n = static_cast<int>(records.size());
  UnionFind uf(n);
  // Event keys and group summaries are made in one pass over the records.
  EventKeys keys;
  keys.of.reserve(n);
  EventKeyNumbering numbering;
  std::vector<GroupSummary> summary;
  summary.reserve(n);
  // Gathered in the same pass over the records, for blocking: block
  // memberships (at most; the fields of other blocks are read only when a
  // record names no participant, else only participant blocks are made),
  // whether a record names no participant, the largest participant and
  // whether one is negative; and for the place step, whether a record gives
  // a place.
  size_t max_memberships = 0;
  bool any_vague = false;
  bool any_place = false;
  int max_participant = -1;
  bool negative_participant = false;
  for (int i = 0; i < n; ++i) {
    const EventRecord& r = records[i];
    keys.of.push_back(numbering.Of(r));
    GroupSummary& s = summary.emplace_back();
    s.time = SpanOf(r.time);
    s.once_per_day = r.once_per_day;
    s.unnamed_group = r.unnamed_group;
    s.person = r.person_participant;
    s.kind = r.kind;
    if (TellsApartInItsDocument(rs, r)) s.told.push_back(&r);
    const absl::Span<const int> participants = rs.participants(r);
    if (!participants.empty()) s.participant_sets.push_back(participants);
    if (!r.place.empty()) {
      s.places.push_back(&r.place);
      any_place = true;
    }
    max_memberships += participants.size() + 1;
    any_vague = any_vague || participants.empty();
    for (int p : participants) {
      max_participant = std::max(max_participant, p);
      negative_participant = negative_participant || p < 0;
    }
  }
  keys.count = numbering.count();
  if (any_vague) {
    for (const EventRecord& r : records) {
      max_memberships +=
          r.num_arguments + r.num_argument_words + r.num_broad_arguments + 3;
    }
  }
  // Pairs told on days apart (close enough to link: a conflict about one
  // event's date), linked after all others, so that a record joins the
  // group of its own day before one of another day can take it.
  std::vector<std::pair<int, int>> days_apart;
  bool deferring = true;
  auto link = [&](int i, int j) {
    int a = uf.Find(i), b = uf.Find(j);
    if (a == b) return;  // Whether they may link or not.
    if (keys.of[i] < 0 || keys.of[i] != keys.of[j] ||  // SameKey.
        !LinkableOfOneKey(rs, records[i], records[j], options)) {
      return;
    }
    if (deferring && !DatesCompatible(records[i].time, records[j].time)) {
      days_apart.emplace_back(i, j);
      return;
    }
    if (!CanMerge(rs, summary[a], summary[b], options)) return;
    if (b < a) std::swap(a, b);
    uf.Union(a, b);
    MergeInto(summary[a], summary[b]);
  };

  if (options.all_pairs) {
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) link(i, j);
    }
  } else {
    absl::flat_hash_map<absl::string_view, int> word_ids;
    auto word_id = [&](absl::string_view w) -> int64_t {
      return word_ids.emplace(w, static_cast<int>(word_ids.size()))
          .first->second;
    };
    // Besides participant blocks, a pair where both records have
    // participants needs a shared participant (else they are inconsistent),
    // so the other blocks only pair records with at least one side lacking
    // participants (vague members): such a block exists only where a vague
    // record is, and a record with participants pairs in it only with its
    // vague members. Record i's blocks are
    // membership[member_begin[i]..member_begin[i + 1]): b to pair with every
    // member of block b, ~b with its vague members only. Blocks are laid
    // out flat once every membership is known.
    absl::flat_hash_map<BlockKey, int, BlockKeyHash> block_ids;
    struct Block {
      int size = 0;
      int vague = 0;  // Members without participants.
      bool by_participant = false;
    };
    std::vector<Block> blocks;
    std::vector<int> membership;
    std::vector<int> member_begin(n + 1, 0);
    membership.reserve(max_memberships);
    // Participant blocks without hashing when participants are small
    // non-negative ints (corpus entity ids): participant p's blocks, one per
    // event key, are chained from first_of_participant[p] through
    // participant_blocks[..].next (-1 ends).
    const bool dense = !negative_participant &&
                       max_participant < 4 * static_cast<int64_t>(n) + 64;
    struct ParticipantBlock {
      int event_key, block, next;
    };
    if (any_vague || !dense) block_ids.reserve(2 * static_cast<size_t>(n));
    std::vector<int> first_of_participant(dense ? max_participant + 1 : 0, -1);
    std::vector<ParticipantBlock> participant_blocks;
    // Calls emit(key) for each block key of record i.
    auto for_each_key = [&](int i, auto&& emit) {
      const EventRecord& r = records[i];
      const int k = keys.of[i];
      if (k < 0) return;
      if (!options.require_evidence) {
        emit(BlockKey{k, 0, 0});
        return;
      }
      for (int p : rs.participants(r)) emit(BlockKey{k, 1, p});
      if (!any_vague) return;  // Only participant blocks pair anything.
      for (int p : rs.arguments(r)) emit(BlockKey{k, 2, p});
      for (const auto& w : rs.argument_words(r)) emit(BlockKey{k, 3, word_id(w)});
      if (!r.place.empty()) emit(BlockKey{k, 4, word_id(r.place)});
      if (MonthOrFiner(r.time)) emit(BlockKey{k, 5, r.time.first / 100});
      if (r.time.known) {
        for (int p : rs.broad_arguments(r)) emit(BlockKey{k, 7, p});
      }
      if (r.has_count) emit(BlockKey{k, 6, r.count_low});
    };
    auto create = [&](const BlockKey& key) {
      if (dense && key.kind == 1) {
        int& first = first_of_participant[key.value];
        for (int e = first; e >= 0; e = participant_blocks[e].next) {
          if (participant_blocks[e].event_key == key.event_key) {
            return participant_blocks[e].block;
          }
        }
        const int b = static_cast<int>(blocks.size());
        blocks.emplace_back();
        blocks.back().by_participant = true;
        participant_blocks.push_back({key.event_key, b, first});
        first = static_cast<int>(participant_blocks.size()) - 1;
        return b;
      }
      auto [it, inserted] = block_ids.emplace(key, static_cast<int>(blocks.size()));
      if (inserted) {
        blocks.emplace_back();
        blocks.back().by_participant = key.kind <= 1;
      }
      return it->second;
    };
    if (any_vague) {
      for (int i = 0; i < n; ++i) {
        if (records[i].num_participants == 0) for_each_key(i, create);
      }
    }
    for (int i = 0; i < n; ++i) {
      member_begin[i] = static_cast<int>(membership.size());
      const bool vague = records[i].num_participants == 0;
      for_each_key(i, [&](const BlockKey& key) {
        int b;
        if (key.kind <= 1 || vague) {
          b = create(key);
        } else {
          auto it = block_ids.find(key);
          if (it == block_ids.end()) return;  // No vague member.
          b = it->second;
        }
        Block& block = blocks[b];
        block.vague += !block.by_participant && vague;
        ++block.size;
        membership.push_back(block.by_participant || vague ? b : ~b);
      });
    }
    member_begin[n] = static_cast<int>(membership.size());
    Release(block_ids);
    Release(word_ids);
    Release(first_of_participant);
    Release(participant_blocks);
    const size_t num_blocks = blocks.size();
    // Members of block b: block_members[block_begin[b]..block_begin[b+1]),
    // vague members likewise, each in record order.
    std::vector<int> block_begin(num_blocks + 1, 0), vague_begin(num_blocks + 1, 0);
    for (size_t b = 0; b < num_blocks; ++b) {
      block_begin[b + 1] = block_begin[b] + blocks[b].size;
      vague_begin[b + 1] = vague_begin[b] + blocks[b].vague;
    }
    std::vector<int> block_members(block_begin[num_blocks]);
    std::vector<int> vague_members(vague_begin[num_blocks]);
    {
      std::vector<int> next_block(block_begin.begin(), block_begin.end() - 1);
      std::vector<int> next_vague(vague_begin.begin(), vague_begin.end() - 1);
      for (int i = 0; i < n; ++i) {
        const bool vague = any_vague && records[i].num_participants == 0;
        for (int m = member_begin[i]; m < member_begin[i + 1]; ++m) {
          const int b = membership[m] >= 0 ? membership[m] : ~membership[m];
          block_members[next_block[b]++] = i;
          if (!blocks[b].by_participant && vague) vague_members[next_vague[b]++] = i;
        }
      }
    }
    // The members to pair with for membership b: b >= 0, every member of
    // block b; ~b, its vague members only.
    auto members_of = [&](int b) -> std::pair<const int*, const int*> {
      if (b >= 0) {
        const int* first = block_members.data() + block_begin[b];
        return {first, first + blocks[b].size};
      }
      const int* first = vague_members.data() + vague_begin[~b];
      return {first, first + blocks[~b].vague};
    };
    std::vector<int> candidates;
    for (int i = 0; i < n; ++i) {
      // One block: its later members are the candidates, in order.
      if (member_begin[i + 1] - member_begin[i] == 1) {
        const auto [first, last] = members_of(membership[member_begin[i]]);
        for (const int* it = std::upper_bound(first, last, i); it != last; ++it) {
          link(i, *it);
        }
        continue;
      }
      candidates.clear();
      for (int m = member_begin[i]; m < member_begin[i + 1]; ++m) {
        const auto [first, last] = members_of(membership[m]);
        const int* it = std::upper_bound(first, last, i);
        candidates.insert(candidates.end(), it, last);
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()),
                       candidates.end());
      for (int j : candidates) link(i, j);
    }
  }
  deferring = false;
  for (const auto& [i, j] : days_apart) link(i, j);
  Release(days_apart);

  if (options.attach_orphans && any_vague) {
    // Orphans of one document that joined each other may then join the
    // story's main event.
    for (int round = 0; round < kOrphanRounds; ++round) {
      if (!AttachOrphans(rs, keys, options, uf, summary)) break;
    }
  }
  if (options.merge_place_splits && any_place) {
    MergePlaceSplits(rs, keys, options, uf, summary);
  }

  std::vector<int> out(n);
  std::vector<int> id_of_root(n, -1);
  int next_id = 0;
  for (int i = 0; i < n; ++i) {
    int& id = id_of_root[uf.Find(i)];
    if (id < 0) id = next_id++;
    out[i] = id;
  }
  return out;
}

bool EventRecords::Add(const EventRecord& fields, absl::Span<const int> participants,
                       absl::Span<const int> arguments,
                       absl::Span<const absl::string_view> argument_words,
                       absl::Span<const int> people,
                       absl::Span<const int> broad_arguments) {
  const size_t num_entities = participants.size() + arguments.size() +
                              broad_arguments.size() + people.size();
  if (participants.size() > kMaxList || arguments.size() > kMaxList ||
      broad_arguments.size() > kMaxList || people.size() > kMaxList ||
      argument_words.size() > kMaxList ||
      entity_pool.size() + num_entities > kMaxPool ||
      word_pool.size() + argument_words.size() > kMaxPool) {
    return false;
  }
  EventRecord& r = records.emplace_back(fields);
  r.entities = static_cast<uint32_t>(entity_pool.size());
  r.words = static_cast<uint32_t>(word_pool.size());
  r.num_participants = static_cast<uint16_t>(participants.size());
  r.num_arguments = static_cast<uint16_t>(arguments.size());
  r.num_broad_arguments = static_cast<uint16_t>(broad_arguments.size());
  r.num_people = static_cast<uint16_t>(people.size());
  r.num_argument_words = static_cast<uint16_t>(argument_words.size());
  for (absl::Span<const int> list : {participants, arguments, broad_arguments, people}) {
    for (int e : list) entity_pool.push_back(e);
  }
  for (absl::string_view w : argument_words) word_pool.push_back(w);
  return true;
}

bool EventRecords::SetParticipants(int i, absl::Span<const int> participants) {
  EventRecord& r = records[i];
  const size_t others = r.num_arguments + r.num_broad_arguments + r.num_people;
  if (participants.size() > kMaxList ||
      entity_pool.size() + participants.size() + others > kMaxPool) {
    return false;
  }
  const size_t begin = entity_pool.size();
  entity_pool.insert(entity_pool.end(), participants.begin(), participants.end());
  const size_t from = r.entities + r.num_participants;
  entity_pool.resize(entity_pool.size() + others);
  std::copy_n(entity_pool.begin() + from, others,
              entity_pool.begin() + begin + participants.size());
  r.entities = static_cast<uint32_t>(begin);
  r.num_participants = static_cast<uint16_t>(participants.size());
  return true;
}

}  // namespace xref

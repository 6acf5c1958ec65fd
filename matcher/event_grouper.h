// Event grouping: which event mentions, across and within documents, describe
// the same real-world event. Works on lightweight records so that ACE-typed
// mentions from the extractor and untyped mentions (ECB+) go through the same
// code; no claims needed.
//
// Two records may be linked when
//   - they have the same event key: the ACE type, or for untyped records
//     (empty type) the trigger lemma (typed and untyped never link);
//   - nothing says they differ: one document does not tell them apart (by
//     counts three times apart, or by two different days stated of them when
//     one names no participant: "police fired tear gas on Tuesday", "police
//     opened fire on Thursday"), they are not of two different kinds (`kind`:
//     a strike and a funeral procession are both demonstrations, never one
//     event), their times are at most `max_time_gap_days`
//     apart (or one is unknown; a small gap is a conflict about one event's
//     date, a larger one another event), their
//     participant sets intersect (or one is empty), one is not about an
//     unnamed group of people while the other's participant is a person
//     (`unnamed_group`, `person_participant`), their places are
//     compatible (or one is empty, or both are `once_per_day` records with a
//     shared participant);
//   - and (unless `require_evidence` is false) something says they are the
//     same: a shared participant, a shared argument entity, a shared argument
//     word, the same place, overlapping times at month granularity or finer,
//     the same count ("hundreds were killed" in two outlets), or a shared
//     broad argument (a country) together with known, overlapping times.
// Candidate pairs come only from blocking keys (event key + participant,
// argument, argument word, place, month, count or broad argument), never from all pairs; the
// evidence rule guarantees every linkable pair shares a block.
// Links are applied in (i, j) order, those of records told on days apart
// (known times that do not overlap) after all others, so that a record
// joins the group of its own day first; a link joins two groups only when no
// member of one differs (as above) from a member of the other, so different
// events of one type (two arrests of different people, or of the same group a
// year apart) stay apart even when a vague mention is compatible with both.
//
// With `attach_orphans`, a second step places orphan groups: groups none of
// whose records names a participant ("Thirty people died in the attack", "26
// suspects were rounded up", "Members of the group were held on Monday"),
// left on their own for want of evidence. In the orphan's documents, the
// anchored groups of its key (naming a participant, a time or a place) are
// the events of its kind the documents tell of:
//   - when two of them cannot be one event (as above: dates too far apart,
//     other participants, other places), or one of them cannot be the
//     orphan's, or two anchored groups of another key of its `family` cannot
//     be one, the orphan could be either's and stays where it is;
//   - else it joins the one among them that names participants (two or more:
//     it stays), or the only one;
//   - else, with `attach_to_main_event`, the story's main event of its key:
//     the group of that key found in the most documents (at least two, and
//     strictly more than any other group of the key).
// Never when a member of the orphan differs from a member of the group (as
// above: e.g. the orphan is about an unnamed group of people and the group
// has a person participant), when the orphan is of a kind and the group is
// not of that kind (a crowd dispersal told beside a bombing is not the
// bombing), when the group has a member in one of the
// orphan's documents dated to another day than the orphan (that document
// tells of two events: "most were released the same day", of protesters
// held on Monday, beside a reporter freed on Wednesday), or when the orphan
// names people the group does not name (see `people`). The step repeats
// (a few rounds, while groups move): orphans of one document that joined
// each other ("Members of the group were held on Saturday. The arrests were
// made in Idlib.") are then one orphan, which may join the main event.
//
// With `merge_place_splits`, a last step joins groups that differ only by
// place: a group with a place joins the group of its key with a place in
// another city (incompatible in the gazetteer) when
//   - they are of one kind, or neither has one;
//   - nothing else says they differ: every participant set of one intersects
//     every one of the other (or one side names none), their times are close
//     (as above) and the spans of their known times overlap (or one side has
//     none);
//   - no document tells them apart: no document has a member in each that
//     cannot be one event with the other (as above: "attacks in Kabul and in
//     Herat" in one article are two attacks), nor a member of the other and
//     a record of the key placed where the group is that cannot be one event
//     with it (that document tells of an event there besides the other);
//   - the other group is found in more documents (the place of the fewer is
//     the deviant account), and in strictly more than any other such group.
// Smaller groups go first, so several deviant places may join one event. The
// place then becomes a conflict to report rather than a second event.
//
// Thread-safe: pure function of its arguments.

#ifndef XREF_MATCHER_EVENT_GROUPER_H_
#define XREF_MATCHER_EVENT_GROUPER_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "claims/gazetteer.h"
#include "matcher/value_compare.h"

namespace xref {

// Entity ids of one record (participants, arguments, ...) while it is built:
// mostly one or two, kept inline.
using EntityList = absl::InlinedVector<int, 2>;

// One event mention as grouping sees it. Strings are views: what they view
// must outlive every GroupEvents / CanLink call on the record. The record's
// lists (participants, arguments, broad arguments, people, argument words)
// are not in the record but in the pools of the EventRecords that holds it
// (see there), so that a record is 112 bytes: the ~270K records of 10^6
// claims (30 MB) then stay under the largest mmap threshold of glibc (32 MB;
// once an earlier free has raised the threshold that far, they come from the
// heap rather than from fresh pages to fault in), and grouping touches less
// memory.
// What grouping reads of every record (type, time, document, place, count,
// list offsets and counts, flags) lies in its first 96 bytes.
struct EventRecord {
  absl::string_view type;            // ACE type, empty when untyped.
  DateInterval time;                 // Unknown when not given.
  // Source document index, -1 when unknown. A vague record (no participants,
  // no known time, and no count or a count of one or two) links only within
  // its own document: across outlets nothing but the event type (or a
  // number that fits most events of a story) would tie it to a group.
  int doc = -1;
  // Records of one family (-1: none) are facets of one incident: an attack
  // and the deaths and injuries it causes.
  int family = -1;
  absl::string_view place;           // Gazetteer key (or folded name), may be empty.
  // How many took part or were hit (the event's count), as an inclusive
  // range; `has_count` false when not given. Only an identical range is
  // evidence: a different count is a disagreement to report, not a reason
  // to link or to keep apart.
  int64_t count_low = 0;
  int64_t count_high = 0;
  // Set by EventRecords: where the record's lists start in the pools, and
  // their lengths. Entity lists lie end to end from `entities`:
  // participants, arguments, broad arguments, people.
  uint32_t entities = 0;
  uint32_t words = 0;
  uint16_t num_participants = 0;
  uint16_t num_arguments = 0;
  uint16_t num_broad_arguments = 0;
  uint16_t num_people = 0;
  uint16_t num_argument_words = 0;
  bool has_count = false;
  // The event happens to its participants once within `max_time_gap_days`
  // (an arrest, a death): two records that share a participant and whose
  // times are close (or unknown) are one event even when their places differ
  // (the place is then a conflict to report, not a second event). Both
  // records must say so; not for attacks or protests, which one group holds
  // in several places at once.
  bool once_per_day = false;
  // The main participant is an unnamed group of people ("26 suspects", "the
  // detained men"): as an orphan it does not attach to a group with a person
  // participant (a group of men is not one person).
  bool unnamed_group = false;
  // A participant is a person.
  bool person_participant = false;
  // The kind of event of its type (EventMention.kind) as a number the
  // caller gives each kind, 0 for none: records of two different kinds are
  // never one event.
  uint16_t kind = 0;
  absl::string_view lemma;           // Trigger lemma or stem (untyped key).
};

// Event records and the pools their lists live in. Lists:
//   participants: main participants (any stable ints, e.g. corpus entity ids);
//   arguments: other entities in the sentence;
//   broad arguments: entities in the sentence too broad to tie two mentions
//     on their own (countries: the setting of most of a story's events);
//   argument words: folded head words;
//   people: the people the record's sentence names besides its participants
//     ("X, who fled to avoid arrest"): an orphan record (no participants)
//     that names people is about them, and attaches
//     (GroupingOptions::attach_orphans) only to a group one of whose members
//     names each of them (as participant or argument).
// Records are added with Add. Their fields may then be changed in place;
// their lists (and list offsets and counts) only through SetParticipants and
// MoveToBroadArguments. A span returned by an accessor stays valid until the
// next Add or SetParticipants. Not thread-safe for writing; const access is.
struct EventRecords {
  // The most entries one list of a record may hold, and a pool in all.
  static constexpr size_t kMaxList = 65535;
  static constexpr size_t kMaxPool = UINT32_MAX;

  std::vector<EventRecord> records;
  std::vector<int> entity_pool;
  std::vector<absl::string_view> word_pool;
  // Per record, when not empty: nonzero when its time was lent to it (by a
  // dated mention near it, for grouping), not stated of it. A lent time
  // never tells two records of one document apart (see GroupEvents). Empty:
  // every known time is stated.
  std::vector<uint8_t> time_lent;

  bool TimeLent(const EventRecord& r) const {
    return !time_lent.empty() && time_lent[&r - records.data()] != 0;
  }

  size_t size() const { return records.size(); }

  absl::Span<const int> participants(const EventRecord& r) const {
    return {entity_pool.data() + r.entities, r.num_participants};
  }
  absl::Span<const int> arguments(const EventRecord& r) const {
    return {entity_pool.data() + r.entities + r.num_participants, r.num_arguments};
  }
  absl::Span<const int> broad_arguments(const EventRecord& r) const {
    return {entity_pool.data() + r.entities + r.num_participants + r.num_arguments,
            r.num_broad_arguments};
  }
  absl::Span<const int> people(const EventRecord& r) const {
    return {entity_pool.data() + r.entities + r.num_participants + r.num_arguments +
                r.num_broad_arguments,
            r.num_people};
  }
  absl::Span<const absl::string_view> argument_words(const EventRecord& r) const {
    return {word_pool.data() + r.words, r.num_argument_words};
  }

  // Appends a record: `fields` (its list offsets and counts are ignored) with
  // these lists. False, and nothing added, when a list has more than
  // kMaxList entries or a pool would pass kMaxPool.
  bool Add(const EventRecord& fields, absl::Span<const int> participants,
           absl::Span<const int> arguments,
           absl::Span<const absl::string_view> argument_words,
           absl::Span<const int> people = {},
           absl::Span<const int> broad_arguments = {});

  // Replaces the participants of record `i` (its other lists unchanged; the
  // lists are copied to the end of the pool, where they were is left
  // unused). `participants` must not view the pool. False, and nothing
  // changed, on the limits of Add.
  bool SetParticipants(int i, absl::Span<const int> participants);

  // Moves the arguments of record `i` for which `is_broad` holds to its
  // broad arguments (appended after those it has), keeping the order of
  // both.
  template <typename Pred>
  void MoveToBroadArguments(int i, Pred is_broad) {
    EventRecord& r = records[i];
    int* begin = entity_pool.data() + r.entities + r.num_participants;
    int* end = begin + r.num_arguments;
    absl::InlinedVector<int, 8> moved_out;
    int* kept = begin;
    for (int* e = begin; e != end; ++e) {
      if (is_broad(*e)) {
        moved_out.push_back(*e);
      } else {
        *kept++ = *e;
      }
    }
    // The broad arguments it had move up behind the kept arguments; the
    // moved ones follow them.
    int* broad = std::copy(end, end + r.num_broad_arguments, kept);
    std::copy(moved_out.begin(), moved_out.end(), broad);
    const uint16_t moved = static_cast<uint16_t>(moved_out.size());
    r.num_broad_arguments += moved;
    r.num_arguments -= moved;
  }
};

struct GroupingOptions {
  // Require positive evidence (see above). False: any two compatible records
  // with the same event key may link (blocked by event key only).
  bool require_evidence = true;
  // Testing only: consider every pair instead of blocking. Same result,
  // quadratic cost.
  bool all_pairs = false;
  // Largest gap, in days, between two records' time intervals for them to
  // still be one event.
  int max_time_gap_days = 7;
  // Place containment; may be null (places then compare by equality).
  const Gazetteer* gazetteer = nullptr;
  // Attach orphan groups (see above). Needs each record's `doc`; records with
  // doc < 0 are never attached.
  bool attach_orphans = false;
  // With `attach_orphans`: an orphan whose documents tell of no event of its
  // kind joins the story's main event of its key (see above).
  bool attach_to_main_event = false;
  // Merge place splits, after the orphan step (see above).
  bool merge_place_splits = false;
};

// Returns one group id per record, numbered 0.. in order of each group's first
// record.
std::vector<int> GroupEvents(const EventRecords& records,
                             const GroupingOptions& options);

// True when records `a` and `b` may be linked (the pairwise rule above).
bool CanLink(const EventRecords& records, int a, int b,
             const GroupingOptions& options);

}  // namespace xref

#endif  // XREF_MATCHER_EVENT_GROUPER_H_

#include "matcher/event_grouper.h"

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;

// String arguments must outlive the record (literals).
EventRecord Typed(absl::string_view type, std::vector<int> participants,
                  absl::string_view iso) {
  EventRecord r;
  r.type = type;
  r.participants.assign(participants.begin(), participants.end());
  r.time = ParseIsoInterval(iso);
  return r;
}

EventRecord Untyped(absl::string_view lemma, std::vector<absl::string_view> words,
                    absl::string_view iso = "") {
  EventRecord r;
  r.lemma = lemma;
  r.argument_words = std::move(words);
  r.time = ParseIsoInterval(iso);
  return r;
}

constexpr char kArrest[] = "Justice:Arrest-Jail";

TEST(GroupEventsTest, SameParticipantAndCompatibleTimeMerge) {
  std::vector<EventRecord> r = {Typed(kArrest, {1}, "2021-05-26"),
                                Typed(kArrest, {1}, "2021-05"),
                                Typed(kArrest, {1}, "")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 0, 0));
}

TEST(GroupEventsTest, DifferentPeopleOrYearsApartStayApart) {
  std::vector<EventRecord> r = {
      Typed(kArrest, {1}, "2021-05-26"), Typed(kArrest, {2}, "2021-05-26"),
      Typed(kArrest, {3}, "2020-06"), Typed(kArrest, {3}, "2021-06")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 1, 2, 3));
}

TEST(GroupEventsTest, DifferentTypesStayApart) {
  std::vector<EventRecord> r = {Typed(kArrest, {1}, "2021-05-26"),
                                Typed("Justice:Release-Parole", {1}, "2021-05-26")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 1));
}

TEST(GroupEventsTest, AnotherPlaceForOnePersonsArrestIsAConflictNotAnotherArrest) {
  // Two outlets put one person's arrest that week in different cities: one
  // arrest with its place in dispute. Attacks by one group in two cities on
  // one day are two attacks; so are arrests of two people.
  auto at = [](EventRecord r, absl::string_view place, bool once) {
    r.place = place;
    r.once_per_day = once;
    return r;
  };
  std::vector<EventRecord> r = {
      at(Typed(kArrest, {1}, "2021-05-26"), "basra", true),
      at(Typed(kArrest, {1}, "2021-05-24"), "mosul", true),
      at(Typed(kArrest, {1}, ""), "kirkuk", true),
      at(Typed(kArrest, {2}, "2021-05-26"), "erbil", true),
      at(Typed("Conflict:Attack", {3}, "2021-05-26"), "basra", false),
      at(Typed("Conflict:Attack", {3}, "2021-05-26"), "mosul", false)};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 0, 0, 1, 2, 3));
  // Without a shared participant the places still keep them apart.
  std::vector<EventRecord> unnamed = {at(Typed(kArrest, {}, "2021-05-26"), "basra", true),
                                      at(Typed(kArrest, {1}, "2021-05-26"), "mosul", true)};
  EXPECT_THAT(GroupEvents(unnamed, {}), ElementsAre(0, 1));
}

TEST(GroupEventsTest, NearbyDatesOfOneEventMergeAsAConflict) {
  std::vector<EventRecord> r = {Typed(kArrest, {1}, "2019-04-02"),
                                Typed(kArrest, {1}, "2019-04-05")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 0));
  GroupingOptions strict;
  strict.max_time_gap_days = 0;
  EXPECT_THAT(GroupEvents(r, strict), ElementsAre(0, 1));
}

TEST(GroupEventsTest, TheTimeGapCountsCalendarDays) {
  // Seven days apart across a year's end, a leap day or a 31-day month link;
  // eight do not.
  auto linked = [](absl::string_view a, absl::string_view b) {
    return CanLink(Typed(kArrest, {1}, a), Typed(kArrest, {1}, b), {});
  };
  EXPECT_TRUE(linked("2020-12-29", "2021-01-05"));
  EXPECT_FALSE(linked("2020-12-28", "2021-01-05"));
  EXPECT_TRUE(linked("2020-02-26", "2020-03-04"));   // 2020 is a leap year.
  EXPECT_FALSE(linked("2020-02-25", "2020-03-04"));
  EXPECT_TRUE(linked("2021-02-25", "2021-03-04"));
  EXPECT_TRUE(linked("2100-02-22", "2100-03-01"));   // 2100 is not.
  EXPECT_FALSE(linked("2000-02-22", "2000-03-01"));  // 2000 is.
  EXPECT_TRUE(linked("2021-07-25", "2021-08-01"));
  EXPECT_FALSE(linked("1969-12-24", "1970-01-01"));
  EXPECT_FALSE(linked("1600-02-22", "1600-03-01"));
}

TEST(GroupEventsTest, VagueRecordLinksOnlyWithinItsDocument) {
  // No participant and no time: only the shared argument ties them.
  EventRecord a = Typed("Conflict:Attack", {}, "");
  a.arguments = {7};
  a.doc = 0;
  EventRecord b = a;
  b.doc = 1;
  EventRecord c = a;  // Same document as `a`.
  EventRecord d = Typed("Conflict:Attack", {3}, "2015-02");
  d.arguments = {7};
  d.doc = 1;
  EventRecord e = Typed("Conflict:Attack", {3}, "2015-02-04");
  e.doc = 0;
  GroupingOptions options;
  EXPECT_FALSE(CanLink(a, b, options));
  EXPECT_TRUE(CanLink(a, c, options));
  EXPECT_FALSE(CanLink(a, d, options));
  EXPECT_TRUE(CanLink(d, e, options));  // Participants and time: not vague.
  // Unknown documents (-1) keep the old rule.
  EventRecord x = a, y = a;
  x.doc = y.doc = -1;
  EXPECT_TRUE(CanLink(x, y, options));
  // `b` and `d` share a document and an argument: linked there.
  EXPECT_THAT(GroupEvents({a, b, c, d, e}, options), ElementsAre(0, 1, 0, 1, 1));
}

TEST(GroupEventsTest, TheSameCountLinksAcrossDocuments) {
  // "Hundreds were killed" in two outlets: no participant, no date, but the
  // same count. A different count is no evidence; an unknown one neither.
  auto die = [](int doc, bool has_count, int64_t low, int64_t high) {
    EventRecord r = Typed("Life:Die", {}, "");
    r.doc = doc;
    r.has_count = has_count;
    r.count_low = low;
    r.count_high = high;
    return r;
  };
  GroupingOptions options;
  EXPECT_TRUE(CanLink(die(0, true, 200, 999), die(1, true, 200, 999), options));
  EXPECT_FALSE(CanLink(die(0, true, 200, 999), die(1, true, 14, 14), options));
  EXPECT_FALSE(CanLink(die(0, true, 14, 14), die(1, false, 0, 0), options));
  EXPECT_FALSE(CanLink(die(0, false, 0, 0), die(1, false, 0, 0), options));
  EXPECT_THAT(GroupEvents({die(0, true, 200, 999), die(1, true, 14, 14),
                           die(2, true, 200, 999)},
                          options),
              ElementsAre(0, 1, 0));
}

TEST(GroupEventsTest, ABroadArgumentNeedsKnownOverlappingTimes) {
  EventRecord a = Typed("Conflict:Demonstrate", {}, "2019-10");
  a.broad_arguments = {4};
  a.doc = 0;
  EventRecord b = Typed("Conflict:Demonstrate", {}, "2019");
  b.broad_arguments = {4};
  b.doc = 1;
  EventRecord undated = Typed("Conflict:Demonstrate", {5}, "");
  undated.broad_arguments = {4};
  undated.doc = 1;
  EventRecord later = Typed("Conflict:Demonstrate", {}, "2020");
  later.broad_arguments = {4};
  later.doc = 1;
  GroupingOptions options;
  EXPECT_TRUE(CanLink(a, b, options));
  EXPECT_FALSE(CanLink(a, undated, options));
  EXPECT_FALSE(CanLink(a, later, options));
  EXPECT_THAT(GroupEvents({a, b, undated, later}, options), ElementsAre(0, 0, 1, 2));
}

TEST(GroupEventsTest, VagueMentionDoesNotBridgeTwoEvents) {
  // The month-level mention without participants is compatible with both
  // arrests (different people), but may join only one of them.
  std::vector<EventRecord> r = {Typed(kArrest, {}, "2020-06"),
                                Typed(kArrest, {7}, "2020-06-25"),
                                Typed(kArrest, {8}, "2020-06-11")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 0, 1));
}

TEST(GroupEventsTest, NoEvidenceNoLink) {
  std::vector<EventRecord> r = {Typed(kArrest, {}, ""), Typed(kArrest, {}, ""),
                                Typed(kArrest, {}, "2020")};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 1, 2));
  GroupingOptions loose;
  loose.require_evidence = false;
  EXPECT_THAT(GroupEvents(r, loose), ElementsAre(0, 0, 0));
}

TEST(GroupEventsTest, UntypedMentionsGroupByLemmaAndArguments) {
  std::vector<EventRecord> r = {
      Untyped("earthquake", {"chile"}), Untyped("earthquake", {"chile", "coast"}),
      Untyped("earthquake", {"japan"}), Untyped("quake", {"chile"}),
      Typed("Life:Die", {}, "")};
  r[4].argument_words = {"chile"};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 0, 1, 2, 3));
}

TEST(GroupEventsTest, PlacesMustBeCompatible) {
  EventRecord a = Typed(kArrest, {1}, "2021-05-26");
  EventRecord b = a;
  a.place = "karbala";
  b.place = "basra";
  std::vector<EventRecord> r = {a, b};
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 1));
}

// `count` random records of few types, participants, arguments, dates,
// places and documents, so that many pairs are linkable and many are not.
// From `round` 20 on every record has a participant (no vague records: only
// participant blocks are made); from 30 on participant ids are too large to
// index by (participant blocks are then hashed).
std::vector<EventRecord> RandomRecords(uint32_t& seed, int round, int count) {
  auto next = [&seed](uint32_t mod) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % mod;
  };
  const char* kTypes[] = {kArrest, "Life:Die", ""};
  const char* kLemmas[] = {"a", "b", "c"};
  const char* kWords[] = {"x", "y", "z"};
  const char* kDates[] = {"", "2020", "2020-06", "2020-06-25", "2020-06-27",
                          "2020-07-01", "2021-06"};
  std::vector<EventRecord> r;
  for (int i = 0; i < count; ++i) {
    EventRecord e;
    e.type = kTypes[next(3)];
    e.lemma = e.type.empty() ? kLemmas[next(3)] : "";
    for (uint32_t k = next(3) + (round >= 20); k > 0; --k) {
      e.participants.push_back((round >= 30 ? 1000000000 : 0) + next(6));
    }
    if (next(3) == 0) e.arguments.push_back(next(6));
    if (next(4) == 0) e.argument_words.push_back(kWords[next(3)]);
    e.time = ParseIsoInterval(kDates[next(7)]);
    if (next(5) == 0) e.place = next(2) ? "p" : "q";
    if (next(4) == 0) e.broad_arguments.push_back(next(2));
    if (next(4) == 0) {
      e.has_count = true;
      e.count_low = e.count_high = 1 + next(3);
    }
    e.once_per_day = next(3) == 0;
    e.doc = static_cast<int>(next(4));
    r.push_back(e);
  }
  return r;
}

TEST(GroupEventsTest, BlockedEqualsAllPairsOnRandomRecords) {
  uint32_t seed = 12345;
  for (int round = 0; round < 40; ++round) {
    const std::vector<EventRecord> r = RandomRecords(seed, round, 150);
    GroupingOptions fast, slow;
    slow.all_pairs = true;
    EXPECT_EQ(GroupEvents(r, fast), GroupEvents(r, slow)) << "round " << round;
  }
}

// GroupEvents checks a link through blocking, the pairwise rule and the
// merge of the two groups' summaries: for two records that must come to
// exactly CanLink.
TEST(GroupEventsTest, TwoRecordsAreOneGroupExactlyWhenCanLink) {
  uint32_t seed = 777;
  int linked = 0, apart = 0;
  for (int round = 0; round < 40; ++round) {
    const std::vector<EventRecord> r = RandomRecords(seed, round, 40);
    for (size_t i = 0; i + 1 < r.size(); i += 2) {
      const std::vector<EventRecord> pair = {r[i], r[i + 1]};
      const bool can_link = CanLink(pair[0], pair[1], {});
      (can_link ? linked : apart) += 1;
      EXPECT_EQ(GroupEvents(pair, {}) == std::vector<int>({0, 0}), can_link)
          << "round " << round << " pair " << i;
    }
  }
  EXPECT_GT(linked, 20);
  EXPECT_GT(apart, 20);
}

EventRecord InDoc(EventRecord r, int doc) {
  r.doc = doc;
  return r;
}

EventRecord Placed(EventRecord r, absl::string_view place) {
  r.place = place;
  return r;
}

GroupingOptions Attaching() {
  GroupingOptions options;
  options.attach_orphans = true;
  options.attach_to_main_event = true;
  return options;
}

constexpr char kDie[] = "Life:Die";

TEST(AttachOrphansTest, AnOrphanJoinsItsDocumentsOneEventOfItsType) {
  // "Police arrested Omar Said on 26 May. ... Twelve others were detained.":
  // the count names no one and no date, nothing ties it to the arrest but its
  // document. Option off: it stays on its own.
  EventRecord count = InDoc(Typed(kArrest, {}, ""), 0);
  count.has_count = true;
  count.count_low = count.count_high = 12;
  std::vector<EventRecord> r = {InDoc(Typed(kArrest, {1}, "2021-05-26"), 0), count,
                                InDoc(Typed(kArrest, {1}, "2021-05-26"), 1)};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 0));
  EXPECT_THAT(GroupEvents(r, {}), ElementsAre(0, 1, 0));
}

TEST(AttachOrphansTest, AnOrphanJoinsTheStorysMainEventOnlyWhenThereIsOne) {
  // Three outlets date the deaths; a fourth only says "Forty died in the
  // attack", another dates them a day later (a conflict, no evidence to link
  // on). With two death events of equal weight there is no main one.
  std::vector<EventRecord> r = {InDoc(Typed(kDie, {}, "2023-03-19"), 0),
                                InDoc(Typed(kDie, {}, "2023-03-19"), 1),
                                InDoc(Typed(kDie, {}, "2023-03-20"), 2),
                                InDoc(Typed(kDie, {}, ""), 3)};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 0, 0));
  GroupingOptions own_documents_only = Attaching();
  own_documents_only.attach_to_main_event = false;
  EXPECT_THAT(GroupEvents(r, own_documents_only), ElementsAre(0, 0, 1, 2));
  std::vector<EventRecord> tie = {InDoc(Typed(kDie, {}, "2023-03-19"), 0),
                                  InDoc(Typed(kDie, {}, "2023-03-19"), 1),
                                  InDoc(Typed(kDie, {}, "2021-07-02"), 2),
                                  InDoc(Typed(kDie, {}, "2021-07-02"), 3),
                                  InDoc(Typed(kDie, {}, ""), 4)};
  EXPECT_THAT(GroupEvents(tie, Attaching()), ElementsAre(0, 0, 1, 1, 2));
}

TEST(AttachOrphansTest, AnOrphanDatedNearTheMainEventJoinsItAsAConflict) {
  // "Members of the group were detained on Thursday", two days before the
  // date the other outlets give, in a story of one arrest of that group.
  std::vector<EventRecord> r = {InDoc(Typed(kArrest, {5}, "2023-07-05"), 0),
                                InDoc(Typed(kArrest, {5}, "2023-07-05"), 1),
                                InDoc(Typed(kArrest, {}, "2023-07-03"), 2),
                                InDoc(Typed(kArrest, {}, "2022-07-03"), 3)};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 0, 1));
}

TEST(AttachOrphansTest, OrphansOfOneDocumentJoinEachOtherThenTheMainEvent) {
  // "Suspected members of the group were detained on Saturday. The arrests
  // took place in Aleppo.": neither names the group; each is the other's
  // document's one event of the kind, and together they are the story's
  // arrest of the group, dated four days earlier.
  EventRecord dated = InDoc(Typed(kArrest, {}, "2023-07-01"), 2);
  EventRecord placed = InDoc(Typed(kArrest, {}, ""), 2);
  placed.place = "aleppo";
  std::vector<EventRecord> r = {InDoc(Placed(Typed(kArrest, {5}, "2023-07-05"), "aleppo"), 0),
                                InDoc(Typed(kArrest, {5}, "2023-07-05"), 1), dated,
                                placed};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 0, 0));
  // A year away they stay together, apart from it.
  r[2].time = ParseIsoInterval("2022-07-01");
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 1, 1));
}

TEST(AttachOrphansTest, OrphansOfADocumentOfTwoEventsStayApart) {
  // A 2021 arrest of one man and a June 2020 arrest of a group's members in
  // the same articles: "The detainees were freed" could be either's.
  std::vector<EventRecord> r = {InDoc(Typed(kArrest, {1}, "2021-05-26"), 0),
                                InDoc(Typed(kArrest, {2}, "2020-06"), 0),
                                InDoc(Typed(kArrest, {}, ""), 0),
                                InDoc(Typed(kArrest, {1}, "2021-05-26"), 1),
                                InDoc(Typed(kArrest, {1}, "2021-05"), 2)};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 1, 2, 0, 0));
  // Nor does a dated orphan join an event a year away, or one placed in
  // another city.
  EventRecord basra = InDoc(Typed(kArrest, {}, ""), 0);
  basra.place = "basra";
  EventRecord mosul = InDoc(Typed(kArrest, {1}, "2021-05-26"), 0);
  mosul.place = "mosul";
  std::vector<EventRecord> apart = {mosul, InDoc(Typed(kArrest, {}, "2020-06"), 0),
                                    basra, InDoc(Typed(kArrest, {1}, ""), 1)};
  EXPECT_THAT(GroupEvents(apart, Attaching()), ElementsAre(0, 1, 2, 0));
}

TEST(AttachOrphansTest, AnOrphanAboutOthersStaysApart) {
  // "Hashimi fled to avoid arrest" names a person the arrest does not; "the
  // detained men" are not the one person arrested.
  EventRecord avoid = InDoc(Typed(kArrest, {}, ""), 0);
  avoid.people = {9};
  EventRecord men = InDoc(Typed(kArrest, {}, ""), 0);
  men.unnamed_group = true;
  EventRecord said = InDoc(Typed(kArrest, {1}, "2021-05-26"), 0);
  said.person_participant = true;
  EventRecord again = InDoc(Typed(kArrest, {1}, ""), 1);
  again.person_participant = true;
  EventRecord his = InDoc(Typed(kArrest, {}, ""), 0);
  his.people = {1};  // Names the arrested man himself: his arrest.
  std::vector<EventRecord> r = {said, avoid, men, again, his};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 1, 2, 0, 0));
  // An unnamed group joins a group's arrest.
  said.person_participant = again.person_participant = false;
  std::vector<EventRecord> group = {said, men, again};
  EXPECT_THAT(GroupEvents(group, Attaching()), ElementsAre(0, 0, 0));
}

TEST(AttachOrphansTest, DeathsInADocumentOfTwoAttacksStayApart) {
  // The document tells of an attack this year and one in 2016: its undated
  // deaths could be either's, even though the story's main deaths are known.
  auto violent = [](EventRecord r) {
    r.family = 0;
    return r;
  };
  std::vector<EventRecord> r = {
      violent(InDoc(Typed(kDie, {}, "2018-05-02"), 0)),
      violent(InDoc(Typed(kDie, {}, "2018-05-02"), 1)),
      violent(InDoc(Typed("Conflict:Attack", {3}, "2018-05-02"), 2)),
      violent(InDoc(Typed("Conflict:Attack", {4}, "2016"), 2)),
      violent(InDoc(Typed(kDie, {}, ""), 2)),
      violent(InDoc(Typed(kDie, {}, ""), 3))};
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 1, 2, 3, 0));
}


GroupingOptions MergingPlaceSplits() {
  GroupingOptions options = Attaching();
  options.merge_place_splits = true;
  return options;
}

constexpr char kProtest[] = "Conflict:Demonstrate";
constexpr char kAttack[] = "Conflict:Attack";

TEST(MergePlaceSplitsTest, AnotherCityInOneOutletIsAPlaceConflict) {
  // Three outlets put the march in Lyon on 4 March; a fourth says "Crowds
  // gathered in Nantes" and dates it in another sentence, which the dated
  // mentions of the other outlets took: its own mentions do not tell two
  // marches apart.
  std::vector<EventRecord> r = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 2),
      InDoc(Typed(kProtest, {}, "2024-03-04"), 3),
      InDoc(Placed(Typed(kProtest, {}, ""), "nantes"), 3)};
  EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0, 0));
  EXPECT_THAT(GroupEvents(r, Attaching()), ElementsAre(0, 0, 0, 0, 1));
  // A named organiser on one side, none on the other; the same one after
  // alias resolution on both.
  r[0].participants = {7};
  r[4].participants = {7};
  EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0, 0));
}

TEST(MergePlaceSplitsTest, ADocumentReportingBothCitiesKeepsThemApart) {
  // One outlet reports the Lyon and the Nantes attack: two attacks, and so
  // the outlet that names only Nantes reports the other one.
  std::vector<EventRecord> r = {
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 2),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "nantes"), 2),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "nantes"), 3)};
  EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1, 1));
  // Undated, the last one links with nothing (nothing but the type ties it to
  // another outlet), yet it is still not the Lyon attack.
  r[4].time = DateInterval();
  EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1, 2));
}

TEST(MergePlaceSplitsTest, OtherTimesOrOtherParticipantsKeepThemApart) {
  std::vector<EventRecord> base = {
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 2)};
  // A month later; three days later (close enough to be one event's date in
  // dispute, but then the place differs too); another named organiser.
  for (const EventRecord& other :
       {InDoc(Placed(Typed(kProtest, {7}, "2024-04-04"), "nantes"), 3),
        InDoc(Placed(Typed(kProtest, {}, "2024-03-07"), "nantes"), 3),
        InDoc(Placed(Typed(kProtest, {8}, ""), "nantes"), 3)}) {
    std::vector<EventRecord> r = base;
    r.push_back(other);
    EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1));
  }
  // A month that covers the day is compatible.
  std::vector<EventRecord> r = base;
  r.push_back(InDoc(Placed(Typed(kProtest, {}, "2024-03"), "nantes"), 3));
  EXPECT_THAT(GroupEvents(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0));
}

TEST(MergePlaceSplitsTest, NoMajorityNoMerge) {
  // One outlet each: which city is the deviant account is unknown, and two
  // equal candidates leave the third alone.
  std::vector<EventRecord> pair = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nantes"), 1)};
  EXPECT_THAT(GroupEvents(pair, MergingPlaceSplits()), ElementsAre(0, 1));
  std::vector<EventRecord> tie = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nice"), 2),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nice"), 3),
      InDoc(Placed(Typed(kProtest, {}, ""), "nantes"), 4)};
  EXPECT_THAT(GroupEvents(tie, MergingPlaceSplits()), ElementsAre(0, 0, 1, 1, 2));
}

}  // namespace
}  // namespace xref

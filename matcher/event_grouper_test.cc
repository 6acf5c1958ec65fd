#include "matcher/event_grouper.h"

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;

// A record with its lists inline, as tests write it; Pack puts records into
// an EventRecords.
struct Rec : EventRecord {
  std::vector<int> participants, arguments, broad_arguments, people;
  std::vector<absl::string_view> argument_words;
};

EventRecords Pack(const std::vector<Rec>& records) {
  EventRecords out;
  for (const Rec& r : records) {
    EXPECT_TRUE(out.Add(r, r.participants, r.arguments, r.argument_words, r.people,
                        r.broad_arguments));
  }
  return out;
}

std::vector<int> Group(const std::vector<Rec>& records, const GroupingOptions& options) {
  return GroupEvents(Pack(records), options);
}

bool Link(const Rec& a, const Rec& b, const GroupingOptions& options) {
  return CanLink(Pack({a, b}), 0, 1, options);
}

// String arguments must outlive the record (literals).
Rec Typed(absl::string_view type, std::vector<int> participants,
                  absl::string_view iso) {
  Rec r;
  r.type = type;
  r.participants.assign(participants.begin(), participants.end());
  r.time = ParseIsoInterval(iso);
  return r;
}

Rec Untyped(absl::string_view lemma, std::vector<absl::string_view> words,
                    absl::string_view iso = "") {
  Rec r;
  r.lemma = lemma;
  r.argument_words = std::move(words);
  r.time = ParseIsoInterval(iso);
  return r;
}

constexpr char kArrest[] = "Justice:Arrest-Jail";

TEST(GroupEventsTest, SameParticipantAndCompatibleTimeMerge) {
  std::vector<Rec> r = {Typed(kArrest, {1}, "2021-05-26"),
                                Typed(kArrest, {1}, "2021-05"),
                                Typed(kArrest, {1}, "")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 0, 0));
}

TEST(GroupEventsTest, DifferentPeopleOrYearsApartStayApart) {
  std::vector<Rec> r = {
      Typed(kArrest, {1}, "2021-05-26"), Typed(kArrest, {2}, "2021-05-26"),
      Typed(kArrest, {3}, "2020-06"), Typed(kArrest, {3}, "2021-06")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 1, 2, 3));
}

TEST(GroupEventsTest, DifferentTypesStayApart) {
  std::vector<Rec> r = {Typed(kArrest, {1}, "2021-05-26"),
                                Typed("Justice:Release-Parole", {1}, "2021-05-26")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 1));
}

TEST(GroupEventsTest, AnotherPlaceForOnePersonsArrestIsAConflictNotAnotherArrest) {
  // Two outlets put one person's arrest that week in different cities: one
  // arrest with its place in dispute. Attacks by one group in two cities on
  // one day are two attacks; so are arrests of two people.
  auto at = [](Rec r, absl::string_view place, bool once) {
    r.place = place;
    r.once_per_day = once;
    return r;
  };
  std::vector<Rec> r = {
      at(Typed(kArrest, {1}, "2021-05-26"), "basra", true),
      at(Typed(kArrest, {1}, "2021-05-24"), "mosul", true),
      at(Typed(kArrest, {1}, ""), "kirkuk", true),
      at(Typed(kArrest, {2}, "2021-05-26"), "erbil", true),
      at(Typed("Conflict:Attack", {3}, "2021-05-26"), "basra", false),
      at(Typed("Conflict:Attack", {3}, "2021-05-26"), "mosul", false)};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 0, 0, 1, 2, 3));
  // Without a shared participant the places still keep them apart.
  std::vector<Rec> unnamed = {at(Typed(kArrest, {}, "2021-05-26"), "basra", true),
                                      at(Typed(kArrest, {1}, "2021-05-26"), "mosul", true)};
  EXPECT_THAT(Group(unnamed, {}), ElementsAre(0, 1));
}

TEST(GroupEventsTest, NearbyDatesOfOneEventMergeAsAConflict) {
  std::vector<Rec> r = {Typed(kArrest, {1}, "2019-04-02"),
                                Typed(kArrest, {1}, "2019-04-05")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 0));
  GroupingOptions strict;
  strict.max_time_gap_days = 0;
  EXPECT_THAT(Group(r, strict), ElementsAre(0, 1));
}

TEST(GroupEventsTest, TheTimeGapCountsCalendarDays) {
  // Seven days apart across a year's end, a leap day or a 31-day month link;
  // eight do not.
  auto linked = [](absl::string_view a, absl::string_view b) {
    return Link(Typed(kArrest, {1}, a), Typed(kArrest, {1}, b), {});
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
  Rec a = Typed("Conflict:Attack", {}, "");
  a.arguments = {7};
  a.doc = 0;
  Rec b = a;
  b.doc = 1;
  Rec c = a;  // Same document as `a`.
  Rec d = Typed("Conflict:Attack", {3}, "2015-02");
  d.arguments = {7};
  d.doc = 1;
  Rec e = Typed("Conflict:Attack", {3}, "2015-02-04");
  e.doc = 0;
  GroupingOptions options;
  EXPECT_FALSE(Link(a, b, options));
  EXPECT_TRUE(Link(a, c, options));
  EXPECT_FALSE(Link(a, d, options));
  EXPECT_TRUE(Link(d, e, options));  // Participants and time: not vague.
  // Unknown documents (-1) keep the old rule.
  Rec x = a, y = a;
  x.doc = y.doc = -1;
  EXPECT_TRUE(Link(x, y, options));
  // `b` and `d` share a document and an argument: linked there.
  EXPECT_THAT(Group({a, b, c, d, e}, options), ElementsAre(0, 1, 0, 1, 1));
}

TEST(GroupEventsTest, TheSameCountLinksAcrossDocuments) {
  // "Hundreds were killed" in two outlets: no participant, no date, but the
  // same count. A different count is no evidence; an unknown one neither.
  auto die = [](int doc, bool has_count, int64_t low, int64_t high) {
    Rec r = Typed("Life:Die", {}, "");
    r.doc = doc;
    r.has_count = has_count;
    r.count_low = low;
    r.count_high = high;
    return r;
  };
  GroupingOptions options;
  EXPECT_TRUE(Link(die(0, true, 200, 999), die(1, true, 200, 999), options));
  EXPECT_FALSE(Link(die(0, true, 200, 999), die(1, true, 14, 14), options));
  EXPECT_FALSE(Link(die(0, true, 14, 14), die(1, false, 0, 0), options));
  EXPECT_FALSE(Link(die(0, false, 0, 0), die(1, false, 0, 0), options));
  // Seven is telling; one or two fits most events of a story ("the killing
  // of their two leaders", years before), so only within one document.
  EXPECT_TRUE(Link(die(0, true, 7, 7), die(1, true, 7, 7), options));
  EXPECT_FALSE(Link(die(0, true, 2, 2), die(1, true, 2, 2), options));
  EXPECT_FALSE(Link(die(0, true, 1, 1), die(1, true, 1, 1), options));
  EXPECT_TRUE(Link(die(0, true, 2, 2), die(0, true, 2, 2), options));
  EXPECT_THAT(Group({die(0, true, 200, 999), die(1, true, 14, 14),
                           die(2, true, 200, 999)},
                          options),
              ElementsAre(0, 1, 0));
}

TEST(GroupEventsTest, ABroadArgumentNeedsKnownOverlappingTimes) {
  Rec a = Typed("Conflict:Demonstrate", {}, "2019-10");
  a.broad_arguments = {4};
  a.doc = 0;
  Rec b = Typed("Conflict:Demonstrate", {}, "2019");
  b.broad_arguments = {4};
  b.doc = 1;
  Rec undated = Typed("Conflict:Demonstrate", {5}, "");
  undated.broad_arguments = {4};
  undated.doc = 1;
  Rec later = Typed("Conflict:Demonstrate", {}, "2020");
  later.broad_arguments = {4};
  later.doc = 1;
  GroupingOptions options;
  EXPECT_TRUE(Link(a, b, options));
  EXPECT_FALSE(Link(a, undated, options));
  EXPECT_FALSE(Link(a, later, options));
  EXPECT_THAT(Group({a, b, undated, later}, options), ElementsAre(0, 0, 1, 2));
}

TEST(GroupEventsTest, VagueMentionDoesNotBridgeTwoEvents) {
  // The month-level mention without participants is compatible with both
  // arrests (different people), but may join only one of them.
  std::vector<Rec> r = {Typed(kArrest, {}, "2020-06"),
                                Typed(kArrest, {7}, "2020-06-25"),
                                Typed(kArrest, {8}, "2020-06-11")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 0, 1));
}

TEST(GroupEventsTest, CountsFarApartInOneDocumentAreTwoEvents) {
  // One outlet: "three suspects were arrested in the raid" and "27 people
  // were arrested at the protest", both on Monday in one town. Another
  // outlet's undated "police said 27 were held" may join only the second.
  auto arrest = [](int doc, int64_t low, int64_t high, absl::string_view iso) {
    Rec r = Typed(kArrest, {}, iso);
    r.doc = doc;
    r.has_count = true;
    r.count_low = low;
    r.count_high = high;
    r.place = "local:kolbrek";
    return r;
  };
  GroupingOptions options;
  EXPECT_FALSE(Link(arrest(0, 3, 3, "2022-03-14"), arrest(0, 27, 27, "2022-03-14"), options));
  // A count updated within the document ("12", then "15") is one event;
  // other documents may disagree as widely as they like.
  EXPECT_TRUE(Link(arrest(0, 12, 12, "2022-03-14"), arrest(0, 15, 15, "2022-03-14"), options));
  EXPECT_TRUE(Link(arrest(0, 3, 3, "2022-03-14"), arrest(1, 27, 27, "2022-03-14"), options));
  // Overlapping ranges ("several", 3 to 9, and "nine") are no disagreement.
  EXPECT_TRUE(Link(arrest(0, 3, 9, "2022-03-14"), arrest(0, 9, 9, "2022-03-14"), options));
  // Nor may a group join them through a third record.
  EXPECT_THAT(Group({arrest(0, 3, 3, "2022-03-14"), arrest(1, 5, 5, "2022-03-14"),
                     arrest(0, 27, 27, "2022-03-14")},
                    options),
              ElementsAre(0, 0, 1));
}

TEST(GroupEventsTest, TwoDaysStatedInOneDocumentAreTwoEvents) {
  // One outlet: "police fired tear gas at the hill on Tuesday" and "police
  // opened fire at the hill on Thursday". Another outlet's "the shooting at
  // the hill" on Thursday joins the second only.
  auto attack = [](int doc, absl::string_view iso, std::vector<int> participants = {}) {
    Rec r = Typed("Conflict:Attack", participants, iso);
    r.doc = doc;
    r.place = "local:thabana";
    return r;
  };
  GroupingOptions options;
  EXPECT_FALSE(Link(attack(0, "2025-08-12"), attack(0, "2025-08-14"), options));
  EXPECT_THAT(Group({attack(0, "2025-08-12"), attack(1, "2025-08-14"),
                     attack(0, "2025-08-14")},
                    options),
              ElementsAre(0, 1, 1));
  // Two outlets may disagree on the day; one outlet's two days of one
  // named person's event are a slip more often than two events; a month is
  // no day.
  EXPECT_TRUE(Link(attack(0, "2025-08-12"), attack(1, "2025-08-14"), options));
  EXPECT_TRUE(Link(attack(0, "2025-08-12", {7}), attack(0, "2025-08-14", {7}), options));
  EXPECT_TRUE(Link(attack(0, "2025-08"), attack(0, "2025-08-14"), options));
  // A day lent to a record (told near it, not of it) tells nothing apart.
  EventRecords lent = Pack({attack(0, "2025-08-12"), attack(0, "2025-08-14")});
  lent.time_lent = {1, 0};
  EXPECT_TRUE(CanLink(lent, 0, 1, options));
}

TEST(GroupEventsTest, AnUnnamedGroupIsNotOneNamedPerson) {
  // "Police also detained 37 protesters in the capital" and the arrest of one
  // named man nearby: a shared place and close dates, but not one event. A
  // vague mention sharing the place may join either, not bridge them.
  Rec crowd = Typed(kArrest, {}, "2023-03-13");
  crowd.unnamed_group = true;
  crowd.arguments = {5};
  Rec vague = Typed(kArrest, {}, "");
  vague.arguments = {5};
  Rec man = Typed(kArrest, {1}, "2023-03-07");
  man.person_participant = true;
  man.arguments = {5};
  crowd.doc = vague.doc = man.doc = 0;
  GroupingOptions options;
  EXPECT_FALSE(Link(crowd, man, options));
  EXPECT_TRUE(Link(crowd, vague, options));
  EXPECT_TRUE(Link(vague, man, options));
  EXPECT_THAT(Group({crowd, vague, man}, options), ElementsAre(0, 0, 1));
  // An organisation's members are no person: the group may be theirs
  // (told of the same day: the document states two days of two events).
  Rec members = man;
  members.person_participant = false;
  EXPECT_FALSE(Link(crowd, members, options));
  members.time = crowd.time;
  EXPECT_TRUE(Link(crowd, members, options));
}

TEST(GroupEventsTest, NoEvidenceNoLink) {
  std::vector<Rec> r = {Typed(kArrest, {}, ""), Typed(kArrest, {}, ""),
                                Typed(kArrest, {}, "2020")};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 1, 2));
  GroupingOptions loose;
  loose.require_evidence = false;
  EXPECT_THAT(Group(r, loose), ElementsAre(0, 0, 0));
}

TEST(GroupEventsTest, UntypedMentionsGroupByLemmaAndArguments) {
  std::vector<Rec> r = {
      Untyped("earthquake", {"chile"}), Untyped("earthquake", {"chile", "coast"}),
      Untyped("earthquake", {"japan"}), Untyped("quake", {"chile"}),
      Typed("Life:Die", {}, "")};
  r[4].argument_words = {"chile"};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 0, 1, 2, 3));
}

TEST(GroupEventsTest, EventsOfDifferentKindsStayApart) {
  // Demonstrations in one city two days apart: a funeral procession (kind
  // 1) and a strike (kind 2) are two events; a protest of no kind may be
  // either, but does not make them one.
  auto demo = [](uint16_t kind, absl::string_view iso) {
    Rec r = Typed("Conflict:Demonstrate", {}, iso);
    r.place = "pelno";
    r.kind = kind;
    return r;
  };
  EXPECT_FALSE(Link(demo(1, "2025-03-01"), demo(2, "2025-03-03"), {}));
  EXPECT_TRUE(Link(demo(1, "2025-03-01"), demo(1, "2025-03-03"), {}));
  EXPECT_TRUE(Link(demo(1, "2025-03-01"), demo(0, "2025-03-03"), {}));
  EXPECT_THAT(Group({demo(1, "2025-03-01"), demo(0, "2025-03-02"), demo(2, "2025-03-03")}, {}),
              ::testing::Not(ElementsAre(0, 0, 0)));
  EXPECT_THAT(Group({demo(1, "2025-03-01"), demo(1, "2025-03-01"), demo(2, "2025-03-03"),
                     demo(2, "2025-03-03")},
                    {}),
              ElementsAre(0, 0, 1, 1));
}

TEST(GroupEventsTest, PlacesMustBeCompatible) {
  Rec a = Typed(kArrest, {1}, "2021-05-26");
  Rec b = a;
  a.place = "karbala";
  b.place = "basra";
  std::vector<Rec> r = {a, b};
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 1));
}

// `count` random records of few types, participants, arguments, dates,
// places and documents, so that many pairs are linkable and many are not.
// From `round` 20 on every record has a participant (no vague records: only
// participant blocks are made); from 30 on participant ids are too large to
// index by (participant blocks are then hashed).
std::vector<Rec> RandomRecords(uint32_t& seed, int round, int count) {
  auto next = [&seed](uint32_t mod) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % mod;
  };
  const char* kTypes[] = {kArrest, "Life:Die", ""};
  const char* kLemmas[] = {"a", "b", "c"};
  const char* kWords[] = {"x", "y", "z"};
  const char* kDates[] = {"", "2020", "2020-06", "2020-06-25", "2020-06-27",
                          "2020-07-01", "2021-06"};
  std::vector<Rec> r;
  for (int i = 0; i < count; ++i) {
    Rec e;
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
      e.count_low = e.count_high = 2 + next(3);
    }
    e.once_per_day = next(3) == 0;
    e.doc = static_cast<int>(next(4));
    if (next(4) == 0) e.kind = static_cast<uint16_t>(1 + next(2));
    r.push_back(e);
  }
  return r;
}

TEST(GroupEventsTest, BlockedEqualsAllPairsOnRandomRecords) {
  uint32_t seed = 12345;
  for (int round = 0; round < 40; ++round) {
    const std::vector<Rec> r = RandomRecords(seed, round, 150);
    GroupingOptions fast, slow;
    slow.all_pairs = true;
    EXPECT_EQ(Group(r, fast), Group(r, slow)) << "round " << round;
  }
}

// GroupEvents checks a link through blocking, the pairwise rule and the
// merge of the two groups' summaries: for two records that must come to
// exactly CanLink.
TEST(GroupEventsTest, TwoRecordsAreOneGroupExactlyWhenCanLink) {
  uint32_t seed = 777;
  int linked = 0, apart = 0;
  for (int round = 0; round < 40; ++round) {
    const std::vector<Rec> r = RandomRecords(seed, round, 40);
    for (size_t i = 0; i + 1 < r.size(); i += 2) {
      const std::vector<Rec> pair = {r[i], r[i + 1]};
      const bool can_link = Link(pair[0], pair[1], {});
      (can_link ? linked : apart) += 1;
      EXPECT_EQ(Group(pair, {}) == std::vector<int>({0, 0}), can_link)
          << "round " << round << " pair " << i;
    }
  }
  EXPECT_GT(linked, 20);
  EXPECT_GT(apart, 20);
}

Rec InDoc(Rec r, int doc) {
  r.doc = doc;
  return r;
}

Rec Placed(Rec r, absl::string_view place) {
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
  Rec count = InDoc(Typed(kArrest, {}, ""), 0);
  count.has_count = true;
  count.count_low = count.count_high = 12;
  std::vector<Rec> r = {InDoc(Typed(kArrest, {1}, "2021-05-26"), 0), count,
                                InDoc(Typed(kArrest, {1}, "2021-05-26"), 1)};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 0));
  EXPECT_THAT(Group(r, {}), ElementsAre(0, 1, 0));
}

TEST(AttachOrphansTest, AnOrphanOfAKindJoinsOnlyAGroupOfThatKind) {
  // "Troops fired into the air to disperse the mourners" (a crowd
  // dispersal, kind 1, no day, no place) in an article whose one dated
  // attack is a bombing told by two outlets: not the bombing. With a
  // dispersal of that kind dated in the article, it joins that one.
  constexpr char kAttack[] = "Conflict:Attack";
  Rec dispersal = InDoc(Typed(kAttack, {}, ""), 0);
  dispersal.kind = 1;
  std::vector<Rec> r = {InDoc(Typed(kAttack, {}, "2024-10-04"), 0), dispersal,
                        InDoc(Typed(kAttack, {}, "2024-10-04"), 1)};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 1, 0));
  Rec dated = InDoc(Typed(kAttack, {}, "2024-10-05"), 0);
  dated.kind = 1;
  Rec bombing = InDoc(Typed(kAttack, {}, "2024-10-04"), 1);
  std::vector<Rec> both = {dated, dispersal, bombing};
  EXPECT_THAT(Group(both, Attaching()), ElementsAre(0, 0, 1));
}

TEST(AttachOrphansTest, AnOrphanJoinsTheStorysMainEventOnlyWhenThereIsOne) {
  // Three outlets date the deaths; a fourth only says "Forty died in the
  // attack", another dates them a day later (a conflict, no evidence to link
  // on). With two death events of equal weight there is no main one.
  std::vector<Rec> r = {InDoc(Typed(kDie, {}, "2023-03-19"), 0),
                                InDoc(Typed(kDie, {}, "2023-03-19"), 1),
                                InDoc(Typed(kDie, {}, "2023-03-20"), 2),
                                InDoc(Typed(kDie, {}, ""), 3)};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 0, 0));
  GroupingOptions own_documents_only = Attaching();
  own_documents_only.attach_to_main_event = false;
  EXPECT_THAT(Group(r, own_documents_only), ElementsAre(0, 0, 1, 2));
  std::vector<Rec> tie = {InDoc(Typed(kDie, {}, "2023-03-19"), 0),
                                  InDoc(Typed(kDie, {}, "2023-03-19"), 1),
                                  InDoc(Typed(kDie, {}, "2021-07-02"), 2),
                                  InDoc(Typed(kDie, {}, "2021-07-02"), 3),
                                  InDoc(Typed(kDie, {}, ""), 4)};
  EXPECT_THAT(Group(tie, Attaching()), ElementsAre(0, 0, 1, 1, 2));
}

TEST(AttachOrphansTest, AnOrphanDatedNearTheMainEventJoinsItAsAConflict) {
  // "Members of the group were detained on Thursday", two days before the
  // date the other outlets give, in a story of one arrest of that group.
  std::vector<Rec> r = {InDoc(Typed(kArrest, {5}, "2023-07-05"), 0),
                                InDoc(Typed(kArrest, {5}, "2023-07-05"), 1),
                                InDoc(Typed(kArrest, {}, "2023-07-03"), 2),
                                InDoc(Typed(kArrest, {}, "2022-07-03"), 3)};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 0, 1));
}

TEST(AttachOrphansTest, OrphansOfOneDocumentJoinEachOtherThenTheMainEvent) {
  // "Suspected members of the group were detained on Saturday. The arrests
  // took place in Aleppo.": neither names the group; each is the other's
  // document's one event of the kind, and together they are the story's
  // arrest of the group, dated four days earlier.
  Rec dated = InDoc(Typed(kArrest, {}, "2023-07-01"), 2);
  Rec placed = InDoc(Typed(kArrest, {}, ""), 2);
  placed.place = "aleppo";
  std::vector<Rec> r = {InDoc(Placed(Typed(kArrest, {5}, "2023-07-05"), "aleppo"), 0),
                                InDoc(Typed(kArrest, {5}, "2023-07-05"), 1), dated,
                                placed};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 0, 0));
  // A year away they stay together, apart from it.
  r[2].time = ParseIsoInterval("2022-07-01");
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 1, 1));
}

TEST(AttachOrphansTest, OrphansOfADocumentOfTwoEventsStayApart) {
  // A 2021 arrest of one man and a June 2020 arrest of a group's members in
  // the same articles: "The detainees were freed" could be either's.
  std::vector<Rec> r = {InDoc(Typed(kArrest, {1}, "2021-05-26"), 0),
                                InDoc(Typed(kArrest, {2}, "2020-06"), 0),
                                InDoc(Typed(kArrest, {}, ""), 0),
                                InDoc(Typed(kArrest, {1}, "2021-05-26"), 1),
                                InDoc(Typed(kArrest, {1}, "2021-05"), 2)};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 1, 2, 0, 0));
  // Nor does a dated orphan join an event a year away, or one placed in
  // another city.
  Rec basra = InDoc(Typed(kArrest, {}, ""), 0);
  basra.place = "basra";
  Rec mosul = InDoc(Typed(kArrest, {1}, "2021-05-26"), 0);
  mosul.place = "mosul";
  std::vector<Rec> apart = {mosul, InDoc(Typed(kArrest, {}, "2020-06"), 0),
                                    basra, InDoc(Typed(kArrest, {1}, ""), 1)};
  EXPECT_THAT(Group(apart, Attaching()), ElementsAre(0, 1, 2, 0));
}

TEST(AttachOrphansTest, AnOrphanAboutOthersStaysApart) {
  // "Hashimi fled to avoid arrest" names a person the arrest does not; "the
  // detained men" are not the one person arrested.
  Rec avoid = InDoc(Typed(kArrest, {}, ""), 0);
  avoid.people = {9};
  Rec men = InDoc(Typed(kArrest, {}, ""), 0);
  men.unnamed_group = true;
  Rec said = InDoc(Typed(kArrest, {1}, "2021-05-26"), 0);
  said.person_participant = true;
  Rec again = InDoc(Typed(kArrest, {1}, ""), 1);
  again.person_participant = true;
  Rec his = InDoc(Typed(kArrest, {}, ""), 0);
  his.people = {1};  // Names the arrested man himself: his arrest.
  std::vector<Rec> r = {said, avoid, men, again, his};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 1, 2, 0, 0));
  // An unnamed group joins a group's arrest.
  said.person_participant = again.person_participant = false;
  std::vector<Rec> group = {said, men, again};
  EXPECT_THAT(Group(group, Attaching()), ElementsAre(0, 0, 0));
}

TEST(AttachOrphansTest, DeathsInADocumentOfTwoAttacksStayApart) {
  // The document tells of an attack this year and one in 2016: its undated
  // deaths could be either's, even though the story's main deaths are known.
  auto violent = [](Rec r) {
    r.family = 0;
    return r;
  };
  std::vector<Rec> r = {
      violent(InDoc(Typed(kDie, {}, "2018-05-02"), 0)),
      violent(InDoc(Typed(kDie, {}, "2018-05-02"), 1)),
      violent(InDoc(Typed("Conflict:Attack", {3}, "2018-05-02"), 2)),
      violent(InDoc(Typed("Conflict:Attack", {4}, "2016"), 2)),
      violent(InDoc(Typed(kDie, {}, ""), 2)),
      violent(InDoc(Typed(kDie, {}, ""), 3))};
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 1, 2, 3, 0));
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
  std::vector<Rec> r = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 2),
      InDoc(Typed(kProtest, {}, "2024-03-04"), 3),
      InDoc(Placed(Typed(kProtest, {}, ""), "nantes"), 3)};
  EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0, 0));
  EXPECT_THAT(Group(r, Attaching()), ElementsAre(0, 0, 0, 0, 1));
  // A named organiser on one side, none on the other; the same one after
  // alias resolution on both.
  r[0].participants = {7};
  r[4].participants = {7};
  EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0, 0));
}

TEST(MergePlaceSplitsTest, AnotherKindIsNoDeviantPlace) {
  // Three outlets tell a raid on a village on 4 March; a fourth tells a
  // shooting (no kind given) in another town that day: not the raid placed
  // elsewhere. Of one kind, or both of none, it would be.
  auto raid = [](int doc, absl::string_view place, uint16_t kind) {
    Rec r = InDoc(Placed(Typed("Conflict:Attack", {}, "2024-03-04"), place), doc);
    r.kind = kind;
    return r;
  };
  EXPECT_THAT(Group({raid(0, "lyon", 1), raid(1, "lyon", 1), raid(2, "lyon", 1),
                     raid(3, "nantes", 0)},
                    MergingPlaceSplits()),
              ElementsAre(0, 0, 0, 1));
  EXPECT_THAT(Group({raid(0, "lyon", 1), raid(1, "lyon", 1), raid(2, "lyon", 1),
                     raid(3, "nantes", 1)},
                    MergingPlaceSplits()),
              ElementsAre(0, 0, 0, 0));
  EXPECT_THAT(Group({raid(0, "lyon", 0), raid(1, "lyon", 0), raid(2, "lyon", 0),
                     raid(3, "nantes", 0)},
                    MergingPlaceSplits()),
              ElementsAre(0, 0, 0, 0));
}

TEST(MergePlaceSplitsTest, ADocumentReportingBothCitiesKeepsThemApart) {
  // One outlet reports the Lyon and the Nantes attack: two attacks, and so
  // the outlet that names only Nantes reports the other one.
  std::vector<Rec> r = {
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "lyon"), 2),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "nantes"), 2),
      InDoc(Placed(Typed(kAttack, {}, "2024-03-04"), "nantes"), 3)};
  EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1, 1));
  // Undated, the last one links with nothing (nothing but the type ties it to
  // another outlet), yet it is still not the Lyon attack.
  r[4].time = DateInterval();
  EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1, 2));
}

TEST(MergePlaceSplitsTest, OtherTimesOrOtherParticipantsKeepThemApart) {
  std::vector<Rec> base = {
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {7}, "2024-03-04"), "lyon"), 2)};
  // A month later; three days later (close enough to be one event's date in
  // dispute, but then the place differs too); another named organiser.
  for (const Rec& other :
       {InDoc(Placed(Typed(kProtest, {7}, "2024-04-04"), "nantes"), 3),
        InDoc(Placed(Typed(kProtest, {}, "2024-03-07"), "nantes"), 3),
        InDoc(Placed(Typed(kProtest, {8}, ""), "nantes"), 3)}) {
    std::vector<Rec> r = base;
    r.push_back(other);
    EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 1));
  }
  // A month that covers the day is compatible.
  std::vector<Rec> r = base;
  r.push_back(InDoc(Placed(Typed(kProtest, {}, "2024-03"), "nantes"), 3));
  EXPECT_THAT(Group(r, MergingPlaceSplits()), ElementsAre(0, 0, 0, 0));
}

TEST(MergePlaceSplitsTest, NoMajorityNoMerge) {
  // One outlet each: which city is the deviant account is unknown, and two
  // equal candidates leave the third alone.
  std::vector<Rec> pair = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nantes"), 1)};
  EXPECT_THAT(Group(pair, MergingPlaceSplits()), ElementsAre(0, 1));
  std::vector<Rec> tie = {
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 0),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "lyon"), 1),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nice"), 2),
      InDoc(Placed(Typed(kProtest, {}, "2024-03-04"), "nice"), 3),
      InDoc(Placed(Typed(kProtest, {}, ""), "nantes"), 4)};
  EXPECT_THAT(Group(tie, MergingPlaceSplits()), ElementsAre(0, 0, 1, 1, 2));
}

TEST(EventRecordsTest, ListsReadBackAsAdded) {
  EventRecords rs;
  EventRecord fields;
  fields.doc = 3;
  ASSERT_TRUE(rs.Add(fields, {1, 2}, {5}, {"bank"}, {5}));
  ASSERT_TRUE(rs.Add(fields, {}, {6, 7}, {}, {}, {8}));
  ASSERT_EQ(rs.size(), 2u);
  const EventRecord& a = rs.records[0];
  const EventRecord& b = rs.records[1];
  EXPECT_EQ(a.doc, 3);
  EXPECT_THAT(rs.participants(a), ElementsAre(1, 2));
  EXPECT_THAT(rs.arguments(a), ElementsAre(5));
  EXPECT_THAT(rs.argument_words(a), ElementsAre("bank"));
  EXPECT_THAT(rs.people(a), ElementsAre(5));
  EXPECT_TRUE(rs.broad_arguments(a).empty());
  EXPECT_TRUE(rs.participants(b).empty());
  EXPECT_THAT(rs.arguments(b), ElementsAre(6, 7));
  EXPECT_THAT(rs.broad_arguments(b), ElementsAre(8));
  EXPECT_TRUE(rs.argument_words(b).empty());
}

TEST(EventRecordsTest, ARecordStaysSmall) {
  // Under glibc's mmap threshold (32 MB) for the ~270K records of 10^6
  // claims.
  EXPECT_LE(sizeof(EventRecord), 118u);
}

TEST(EventRecordsTest, SetParticipantsKeepsTheOtherLists) {
  EventRecords rs;
  ASSERT_TRUE(rs.Add(EventRecord(), {}, {4, 5}, {"w"}, {5}, {9}));
  ASSERT_TRUE(rs.Add(EventRecord(), {1}, {}, {}));
  const std::vector<int> lent = {2, 3};
  ASSERT_TRUE(rs.SetParticipants(0, lent));
  const EventRecord& a = rs.records[0];
  EXPECT_THAT(rs.participants(a), ElementsAre(2, 3));
  EXPECT_THAT(rs.arguments(a), ElementsAre(4, 5));
  EXPECT_THAT(rs.broad_arguments(a), ElementsAre(9));
  EXPECT_THAT(rs.people(a), ElementsAre(5));
  EXPECT_THAT(rs.argument_words(a), ElementsAre("w"));
  EXPECT_THAT(rs.participants(rs.records[1]), ElementsAre(1));
}

TEST(EventRecordsTest, MoveToBroadArgumentsKeepsOrder) {
  EventRecords rs;
  ASSERT_TRUE(rs.Add(EventRecord(), {1}, {10, 11, 12, 13}, {}, {12}, {20}));
  rs.MoveToBroadArguments(0, [](int e) { return e % 2 == 1; });
  const EventRecord& r = rs.records[0];
  EXPECT_THAT(rs.participants(r), ElementsAre(1));
  EXPECT_THAT(rs.arguments(r), ElementsAre(10, 12));
  EXPECT_THAT(rs.broad_arguments(r), ElementsAre(20, 11, 13));
  EXPECT_THAT(rs.people(r), ElementsAre(12));
}

TEST(EventRecordsTest, AListOverTheLimitIsRefused) {
  EventRecords rs;
  const std::vector<int> many(65536, 1);
  EXPECT_FALSE(rs.Add(EventRecord(), many, {}, {}));
  EXPECT_EQ(rs.size(), 0u);
  EXPECT_TRUE(rs.entity_pool.empty());
  ASSERT_TRUE(rs.Add(EventRecord(), {1}, {}, {}));
  EXPECT_FALSE(rs.SetParticipants(0, many));
  EXPECT_THAT(rs.participants(rs.records[0]), ElementsAre(1));
}

}  // namespace
}  // namespace xref

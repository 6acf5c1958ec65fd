#include "matcher/matcher.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/status_matchers.h"
#include "matcher/expand_report.h"
#include "google/protobuf/text_format.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

// Small builders for hand-made claim sets.
class SetBuilder {
 public:
  SetBuilder(const std::string& doc, const std::string& outlet) {
    set_.mutable_document()->set_id(doc);
    set_.mutable_document()->set_outlet(outlet);
  }
  SetBuilder& Entity(const std::string& id, EntityType type,
                     const std::string& canonical,
                     std::vector<std::string> aliases = {}) {
    xref::Entity* e = set_.add_entities();
    e->set_id(id);
    e->set_type(type);
    e->set_canonical(canonical);
    e->add_aliases(canonical);
    for (const auto& a : aliases) e->add_aliases(a);
    return *this;
  }
  SetBuilder& Event(const std::string& id, const std::string& type,
                    std::vector<std::string> participants,
                    const std::string& iso) {
    EventMention* ev = set_.add_events();
    ev->set_id(id);
    ev->set_type(type);
    ev->set_trigger("arrested");
    for (const auto& p : participants) ev->add_participants()->set_entity_id(p);
    ev->mutable_time()->set_iso(iso);
    return *this;
  }
  Claim* NewClaim(const std::string& event, const std::string& role) {
    Claim* c = set_.add_claims();
    c->set_id("c" + std::to_string(set_.claims_size()));
    c->set_event_id(event);
    c->set_role(role);
    c->set_modality(ASSERTED);
    c->mutable_evidence()->set_doc_id(set_.document().id());
    c->mutable_evidence()->set_quote("quote for " + role);
    return c;
  }
  SetBuilder& Date(const std::string& event, const std::string& iso) {
    Claim* c = NewClaim(event, "time");
    c->mutable_value()->mutable_date()->set_iso(iso);
    c->mutable_value()->set_normalized(iso);
    return *this;
  }
  SetBuilder& Category(const std::string& event, const std::string& role,
                       const std::string& key,
                       const std::string& attributed_to = "") {
    Claim* c = NewClaim(event, role);
    c->mutable_value()->set_category(key);
    c->mutable_value()->set_normalized(key);
    if (!attributed_to.empty()) {
      c->mutable_attribution()->set_source(attributed_to);
      c->set_modality(REPORTED);
    }
    return *this;
  }
  SetBuilder& Count(const std::string& event, int64_t low, int64_t high,
                    const std::string& attributed_to = "") {
    Claim* c = NewClaim(event, "count");
    c->mutable_value()->mutable_number()->set_low(low);
    c->mutable_value()->mutable_number()->set_high(high);
    c->mutable_value()->set_normalized(std::to_string(low));
    if (!attributed_to.empty()) {
      c->mutable_attribution()->set_source(attributed_to);
      c->set_modality(REPORTED);
    }
    return *this;
  }
  SetBuilder& Attribute(const std::string& subject, const std::string& name,
                        const std::string& place) {
    Claim* c = NewClaim("", name);
    c->set_subject_entity(subject);
    c->mutable_value()->set_text(place);
    c->mutable_value()->set_normalized(place);
    return *this;
  }
  ClaimSet Build() const { return set_; }

 private:
  ClaimSet set_;
};

// The report of `sets` expanded (matcher/expand_report.h), so that tests
// read ids, values and explanations as the writers show them.
absl::StatusOr<Report> MatchExpanded(const Matcher& matcher,
                                     absl::Span<const ClaimSet> sets) {
  absl::StatusOr<Report> report = matcher.Match(sets);
  if (!report.ok()) return report;
  absl::Status expanded = ExpandReport(&*report);
  if (!expanded.ok()) return expanded;
  return report;
}

std::vector<ClaimSet> Story() {
  return {
      SetBuilder("daily", "The Daily")
          .Entity("p1", PERSON, "Hassan Obeidi")
          .Entity("p2", PERSON, "Karim Salman")
          .Event("a1", "Justice:Arrest-Jail", {"p1"}, "2019-03-14")
          .Event("r1", "Justice:Release-Parole", {"p1"}, "2019-04-02")
          .Event("a2", "Justice:Arrest-Jail", {"p2"}, "2019-03-14")
          .Date("a1", "2019-03-14")
          .Category("a1", "crime", "smuggling")
          .Count("a1", 3, 3)
          .Date("r1", "2019-04-02")
          .Date("a2", "2019-03-14")
          .Attribute("p1", "hometown", "Tikrit")
          .Build(),
      SetBuilder("wire", "Wire Service")
          .Entity("x", PERSON, "Hasan al-Obaidi")
          .Event("e1", "Justice:Arrest-Jail", {"x"}, "2019-03")
          .Event("e2", "Justice:Release-Parole", {"x"}, "2019-04-05")
          .Date("e1", "2019-03")
          .Category("e1", "crime", "smuggling")
          .Category("e1", "crime", "kidnapping")
          .Date("e2", "2019-04-05")
          .Attribute("x", "hometown", "Tikrit")
          .Build(),
      SetBuilder("post", "The Post")
          .Entity("o", PERSON, "Obeidi")
          .Event("k", "Justice:Arrest-Jail", {"o"}, "2019-03-14")
          .Category("k", "crime", "bribery", "prosecutors")
          .Build(),
  };
}

const ClaimGroup* FindGroup(const Report& report, const std::string& label,
                            const std::string& role) {
  for (const EventGroup& eg : report.events()) {
    if (eg.label() != label) continue;
    for (const ClaimGroup& cg : report.groups()) {
      if (cg.event_group_id() == eg.id() && cg.role() == role) return &cg;
    }
  }
  return nullptr;
}

// The event group holding (doc, event id).
std::string GroupOf(const Report& report, const std::string& doc,
                    const std::string& event) {
  for (const EventGroup& eg : report.events()) {
    for (const EventMentionRef& m : eg.mentions()) {
      if (m.doc_id() == doc && m.event_id() == event) return eg.id();
    }
  }
  return "";
}

TEST(MatcherTest, WithinDocumentCoreferenceLendsParticipants) {
  // "The detention" and "his release" in a story that names the person once.
  std::vector<ClaimSet> sets = {
      SetBuilder("gazette", "Gazette")
          .Entity("p", PERSON, "Samir Khoury")
          .Event("a1", "Justice:Arrest-Jail", {"p"}, "2018-11-02")
          .Event("a2", "Justice:Arrest-Jail", {}, "")
          .Event("r1", "Justice:Release-Parole", {"p"}, "2018-12")
          .Build(),
      SetBuilder("herald", "Herald")
          .Entity("q", PERSON, "Samir Khouri")
          .Entity("z", PERSON, "Lina Farah")
          .Event("b0", "Justice:Arrest-Jail", {}, "")   // Takes Khouri (later).
          .Event("b1", "Justice:Arrest-Jail", {"q"}, "2018-11-02")
          .Event("b2", "Justice:Arrest-Jail", {"z"}, "2018-11-02")
          .Event("b3", "Justice:Arrest-Jail", {}, "2017-01")  // Another arrest.
          .Build(),
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  const std::string khoury = GroupOf(report, "gazette", "a1");
  EXPECT_EQ(GroupOf(report, "gazette", "a2"), khoury);
  EXPECT_EQ(GroupOf(report, "herald", "b0"), khoury);
  EXPECT_EQ(GroupOf(report, "herald", "b1"), khoury);
  EXPECT_NE(GroupOf(report, "herald", "b2"), khoury);
  EXPECT_NE(GroupOf(report, "herald", "b3"), khoury);
}

TEST(MatcherTest, AMentionDatedToAnotherDayThanTheNamedOnesLendsNothing) {
  // "Khoury was freed on Wednesday" and, of protesters held on Monday, "most
  // were released the same day": two releases, though Khoury is the one
  // person the document's justice mentions name.
  std::vector<ClaimSet> sets = {
      SetBuilder("wire", "Wire")
          .Entity("p", PERSON, "Samir Khoury")
          .Event("r1", "Justice:Release-Parole", {"p"}, "2018-12-05")
          .Event("a1", "Justice:Arrest-Jail", {}, "2018-12-03")
          .Event("r2", "Justice:Release-Parole", {}, "2018-12-03")
          .Build(),
      SetBuilder("herald", "Herald")
          .Entity("q", PERSON, "Samir Khouri")
          .Event("s1", "Justice:Release-Parole", {"q"}, "2018-12-05")
          .Event("s2", "Justice:Release-Parole", {}, "")  // "his release".
          .Build(),
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  const std::string khoury = GroupOf(report, "wire", "r1");
  EXPECT_EQ(GroupOf(report, "herald", "s1"), khoury);
  EXPECT_EQ(GroupOf(report, "herald", "s2"), khoury);
  EXPECT_NE(GroupOf(report, "wire", "r2"), khoury);
}

// A claim set with `text` whose events' triggers are found in the text.
ClaimSet WithTriggers(ClaimSet set, const std::string& text,
                      const std::vector<std::pair<std::string, std::string>>& triggers) {
  set.mutable_document()->set_text(text);
  size_t from = 0;
  for (const auto& [event, trigger] : triggers) {
    for (EventMention& e : *set.mutable_events()) {
      if (e.id() != event) continue;
      size_t at = text.find(trigger, from);
      e.set_trigger(trigger);
      e.mutable_trigger_span()->set_begin(static_cast<int64_t>(at));
      e.mutable_trigger_span()->set_end(static_cast<int64_t>(at + trigger.size()));
      from = at + trigger.size();
    }
  }
  return set;
}

TEST(MatcherTest, ADefiniteDeathNounIsTheDocumentsOneNamedDeath) {
  std::vector<ClaimSet> sets = {
      // "The assassination" is Nabil Sayegh's, dated two days before the
      // other outlets: one death with a date conflict.
      WithTriggers(SetBuilder("a", "A")
                       .Entity("p", PERSON, "Nabil Sayegh")
                       .Event("d1", "Life:Die", {"p"}, "")
                       .Event("d2", "Life:Die", {}, "2021-03-02")
                       .Build(),
                   "Nabil Sayegh, a judge, was shot dead. The assassination happened on "
                   "Tuesday.",
                   {{"d1", "shot dead"}, {"d2", "assassination"}}),
      SetBuilder("b", "B")
          .Entity("q", PERSON, "Nabil Sayegh")
          .Event("e1", "Life:Die", {"q"}, "2021-03-04")
          .Build(),
      // Two named deaths: "the killing" could be either.
      WithTriggers(SetBuilder("c", "C")
                       .Entity("r", PERSON, "Nabil Sayegh")
                       .Entity("s", PERSON, "Lina Farah")
                       .Event("f1", "Life:Die", {"r"}, "")
                       .Event("f2", "Life:Die", {"s"}, "")
                       .Event("f3", "Life:Die", {}, "2021-03-01")
                       .Build(),
                   "Nabil Sayegh died. Lina Farah died. The killing took place on Monday.",
                   {{"f1", "died"}, {"f2", "died"}, {"f3", "killing"}}),
      // Plural and "of" phrases are generic, not the named death.
      WithTriggers(SetBuilder("d", "D")
                       .Entity("t", PERSON, "Nabil Sayegh")
                       .Event("g1", "Life:Die", {"t"}, "")
                       .Event("g2", "Life:Die", {}, "2021-03-01")
                       .Event("g3", "Life:Die", {}, "2021-03-06")
                       .Build(),
                   "Nabil Sayegh was killed. The killings went on in March. The killing of "
                   "protesters resumed.",
                   {{"g1", "killed"}, {"g2", "killings"}, {"g3", "killing"}}),
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  // "The killing of protesters": its object is an unnamed group, not the
  // one person the document names.
  for (EventMention& e : *sets[3].mutable_events()) {
    if (e.id() == "g3") e.set_unnamed_participant(true);
  }
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  const std::string sayegh = GroupOf(report, "b", "e1");
  EXPECT_EQ(GroupOf(report, "a", "d2"), sayegh);
  EXPECT_EQ(GroupOf(report, "a", "d1"), sayegh);
  EXPECT_NE(GroupOf(report, "c", "f3"), sayegh);
  EXPECT_NE(GroupOf(report, "d", "g2"), sayegh);
  EXPECT_NE(GroupOf(report, "d", "g3"), sayegh);
}

TEST(MatcherTest, OneGroupsAttacksOnDifferentDaysInDifferentPlacesStayApart) {
  // Attacks are not once per day: a group blamed for one in Mosul on the 1st
  // and one in Basra on the 4th carried out two.
  std::vector<ClaimSet> sets = {
      SetBuilder("a", "A")
          .Entity("o", ORGANIZATION, "Dawn Brigade")
          .Event("x", "Conflict:Attack", {"o"}, "2021-03-01")
          .Build(),
      SetBuilder("b", "B")
          .Entity("o", ORGANIZATION, "Dawn Brigade")
          .Event("y", "Conflict:Attack", {"o"}, "2021-03-04")
          .Build(),
  };
  sets[0].mutable_events(0)->set_place_key("mosul");
  sets[1].mutable_events(0)->set_place_key("basra");
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_NE(GroupOf(report, "a", "x"), GroupOf(report, "b", "y"));
}

TEST(MatcherTest, UnnamedGroupTakesOnlyTheDocumentsSingleOrganisation) {
  auto unnamed = [](ClaimSet set, const std::string& event) {
    for (EventMention& e : *set.mutable_events()) {
      if (e.id() == event) e.set_unnamed_participant(true);
    }
    return set;
  };
  std::vector<ClaimSet> sets = {
      // "Members of the Dawn Brigade were freed Monday. A judge released all
      // nine men." The nine men are the brigade's.
      unnamed(SetBuilder("wire", "Wire")
                  .Entity("o", ORGANIZATION, "Dawn Brigade")
                  .Event("r1", "Justice:Release-Parole", {"o"}, "2016-05-02")
                  .Event("r2", "Justice:Release-Parole", {}, "")
                  .Build(),
              "r2"),
      // "Police released Adel Saeed. ... the release of the detained men":
      // a group of men is not the one person this story names.
      unnamed(SetBuilder("post", "Post")
                  .Entity("p", PERSON, "Adel Saeed")
                  .Event("s1", "Justice:Release-Parole", {"p"}, "2016-05-20")
                  .Event("s2", "Justice:Release-Parole", {}, "")
                  .Build(),
              "s2"),
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "wire", "r2"), GroupOf(report, "wire", "r1"));
  EXPECT_NE(GroupOf(report, "post", "s2"), GroupOf(report, "post", "s1"));
}

TEST(MatcherTest, VagueMentionsDoNotLinkAcrossDocuments) {
  // Two outlets each mention "an attack" with no participant and no date:
  // nothing but the type ties them.
  std::vector<ClaimSet> sets = {
      SetBuilder("a", "A")
          .Entity("x", LOCATION, "Kirkuk")
          .Event("e", "Conflict:Attack", {}, "")
          .Build(),
      SetBuilder("b", "B")
          .Entity("y", LOCATION, "Kirkuk")
          .Event("f", "Conflict:Attack", {}, "")
          .Event("g", "Conflict:Attack", {}, "2015-02-03")
          .Build(),
  };
  for (ClaimSet& set : sets) {
    for (EventMention& e : *set.mutable_events()) {
      e.add_arguments()->set_entity_id(set.entities(0).id());
    }
  }
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_NE(GroupOf(report, "a", "e"), GroupOf(report, "b", "f"));
  EXPECT_NE(GroupOf(report, "a", "e"), GroupOf(report, "b", "g"));
  // Within one document the shared argument still links them.
  EXPECT_EQ(GroupOf(report, "b", "f"), GroupOf(report, "b", "g"));
}

TEST(MatcherTest, ACountryIsNoEvidenceButACityIs) {
  // Two deaths, no participant, one per outlet; the only thing their
  // sentences share is a place named in them. A city ties them; a country,
  // the setting of most of a story's events, does only with known,
  // overlapping times.
  GazetteerFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(places { key: "peru" name: "Peru" kind: "country" }
           places { key: "cusco" name: "Cusco" kind: "city" within: "peru" })pb",
      &file));
  ASSERT_OK_AND_ASSIGN(Gazetteer gazetteer, Gazetteer::FromProto(file, "test"));
  auto story = [](const std::string& name, const std::string& key) {
    std::vector<ClaimSet> sets = {
        SetBuilder("a", "A").Entity("x", LOCATION, name).Event("e", "Life:Die", {}, "2011").Build(),
        SetBuilder("b", "B").Entity("y", LOCATION, name).Event("f", "Life:Die", {}, "2011").Build(),
    };
    for (ClaimSet& set : sets) {
      set.mutable_entities(0)->set_gazetteer_key(key);
      set.mutable_events(0)->add_arguments()->set_entity_id(set.entities(0).id());
    }
    return sets;
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), &gazetteer));
  ASSERT_OK_AND_ASSIGN(Report city, MatchExpanded(*matcher, story("Cusco", "cusco")));
  EXPECT_EQ(GroupOf(city, "a", "e"), GroupOf(city, "b", "f"));
  ASSERT_OK_AND_ASSIGN(Report country, MatchExpanded(*matcher, story("Peru", "peru")));
  EXPECT_EQ(GroupOf(country, "a", "e"), GroupOf(country, "b", "f"));
  std::vector<ClaimSet> undated = story("Peru", "peru");
  undated[1].mutable_events(0)->add_participants()->set_entity_id("q");
  *undated[1].add_entities() = undated[1].entities(0);
  undated[1].mutable_entities(1)->set_id("q");
  undated[1].mutable_entities(1)->set_type(PERSON);
  undated[1].mutable_entities(1)->set_canonical("Rosa Quispe");
  undated[1].mutable_entities(1)->clear_aliases();
  undated[1].mutable_entities(1)->add_aliases("Rosa Quispe");
  undated[1].mutable_entities(1)->clear_gazetteer_key();
  undated[1].mutable_events(0)->mutable_time()->clear_iso();
  ASSERT_OK_AND_ASSIGN(Report no_time, MatchExpanded(*matcher, undated));
  EXPECT_NE(GroupOf(no_time, "a", "e"), GroupOf(no_time, "b", "f"));
  ASSERT_OK_AND_ASSIGN(Report city_no_time, MatchExpanded(*matcher, [&] {
    std::vector<ClaimSet> sets = undated;
    for (ClaimSet& set : sets) set.mutable_entities(0)->set_gazetteer_key("cusco");
    return sets;
  }()));
  EXPECT_EQ(GroupOf(city_no_time, "a", "e"), GroupOf(city_no_time, "b", "f"));
}

TEST(MatcherTest, APlaceADocumentPutsInsideAnotherAgreesWithIt) {
  // Neither place is in the gazetteer. One outlet gives the district, the
  // other the city; an article that says "Zerhana's Essafa district" makes
  // them one account.
  auto story = [](bool told_within) {
    std::vector<ClaimSet> sets;
    for (const auto& [doc, place] : {std::pair<std::string, std::string>{"a", "Essafa"},
                                     std::pair<std::string, std::string>{"b", "Zerhana"}}) {
      SetBuilder b(doc, doc);
      b.Entity("p", PERSON, "Rosa Quispe").Entity("l", LOCATION, place);
      b.Event("e", "Life:Die", {"p"}, "2011-05-02");
      Claim* c = b.NewClaim("e", "place");
      c->mutable_value()->set_text(place);
      c->mutable_value()->set_normalized(place);
      c->mutable_value()->set_place_key(LocalPlaceKey(place));
      ClaimSet set = b.Build();
      set.mutable_entities(1)->set_gazetteer_key(LocalPlaceKey(place));
      set.mutable_events(0)->set_place_key(LocalPlaceKey(place));
      sets.push_back(set);
    }
    if (told_within) {
      *sets[0].add_entities() = sets[1].entities(1);
      sets[0].mutable_entities(2)->set_id("z");
      sets[0].mutable_entities(1)->add_within(LocalPlaceKey("Zerhana"));
    }
    return sets;
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report apart, MatchExpanded(*matcher, story(false)));
  ASSERT_EQ(GroupOf(apart, "a", "e"), GroupOf(apart, "b", "e"));
  const ClaimGroup* place = FindGroup(apart, apart.events(0).label(), "place");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->verdict(), CONFLICT);
  ASSERT_OK_AND_ASSIGN(Report within, MatchExpanded(*matcher, story(true)));
  ASSERT_EQ(GroupOf(within, "a", "e"), GroupOf(within, "b", "e"));
  place = FindGroup(within, within.events(0).label(), "place");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->verdict(), AGREE);
}

TEST(MatcherTest, TheSameCountLinksVagueMentionsAcrossDocuments) {
  std::vector<ClaimSet> sets = {
      SetBuilder("a", "A").Event("e", "Life:Die", {}, "").Count("e", 200, 999).Build(),
      SetBuilder("b", "B").Event("f", "Life:Die", {}, "").Count("f", 200, 999).Build(),
      // Another count, of a named person's death: not the same deaths.
      SetBuilder("c", "C")
          .Entity("p", PERSON, "Rosa Quispe")
          .Event("g", "Life:Die", {"p"}, "")
          .Count("g", 3, 3)
          .Build(),
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "a", "e"), GroupOf(report, "b", "f"));
  EXPECT_NE(GroupOf(report, "a", "e"), GroupOf(report, "c", "g"));
}

TEST(MatcherTest, GroupsEventsAcrossDocumentsAndGivesVerdicts) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  std::vector<ClaimSet> story = Story();
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, story));

  ASSERT_EQ(report.events_size(), 3);
  EXPECT_EQ(report.events(0).label(), "Arrest of Hassan Obeidi, 2019-03-14");
  EXPECT_THAT(report.events(0).documents(),
              UnorderedElementsAre("daily", "wire", "post"));
  EXPECT_EQ(report.events(1).label(), "Release of Hassan Obeidi, 2019-04-02");
  EXPECT_EQ(report.events(2).label(), "Arrest of Karim Salman, 2019-03-14");

  const ClaimGroup* time =
      FindGroup(report, "Arrest of Hassan Obeidi, 2019-03-14", "time");
  ASSERT_NE(time, nullptr);
  EXPECT_EQ(time->verdict(), AGREE);
  EXPECT_EQ(time->kind(), SINGLE);
  ASSERT_EQ(time->values_size(), 1);
  EXPECT_EQ(time->values(0).value().normalized(), "2019-03-14");
  EXPECT_EQ(time->values(0).support_size(), 2);

  const ClaimGroup* crime =
      FindGroup(report, "Arrest of Hassan Obeidi, 2019-03-14", "crime");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->verdict(), DIVERGENT);
  EXPECT_THAT(crime->explanation(), HasSubstr("the accounts list different items"));
  // Attributed support is kept apart from asserted support.
  bool found_attributed = false;
  for (const ValueSupport& vs : crime->values()) {
    if (vs.value().normalized() == "bribery") {
      EXPECT_TRUE(vs.attributed());
      EXPECT_EQ(vs.support(0).attribution().source(), "prosecutors");
      found_attributed = true;
    }
  }
  EXPECT_TRUE(found_attributed);

  const ClaimGroup* count =
      FindGroup(report, "Arrest of Hassan Obeidi, 2019-03-14", "count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->verdict(), SINGLE_SOURCE);
  EXPECT_THAT(count->explanation(), HasSubstr("The Daily"));

  const ClaimGroup* release =
      FindGroup(report, "Release of Hassan Obeidi, 2019-04-02", "time");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->verdict(), CONFLICT);
  EXPECT_THAT(release->explanation(), HasSubstr("2019-04-05"));

  const ClaimGroup* hometown = nullptr;
  for (const ClaimGroup& cg : report.groups()) {
    if (cg.role() == "hometown") hometown = &cg;
  }
  ASSERT_NE(hometown, nullptr);
  EXPECT_EQ(hometown->verdict(), AGREE);
  EXPECT_EQ(hometown->subject_entity(), report.entities(0).id());

  ASSERT_GE(report.entities_size(), 2);
  EXPECT_EQ(report.entities(0).canonical(), "Hassan Obeidi");
  EXPECT_THAT(report.entities(0).aliases(),
              UnorderedElementsAre("Hassan Obeidi", "Hasan al-Obaidi", "Obeidi"));
  EXPECT_THAT(report.entities(0).documents(),
              UnorderedElementsAre("daily", "wire", "post"));

  EXPECT_EQ(report.summary().documents(), 3);
  EXPECT_EQ(report.summary().event_groups(), 3);
  EXPECT_EQ(report.summary().claims(), 12);
  EXPECT_EQ(report.summary().conflict(), 1);
  EXPECT_EQ(report.summary().divergent(), 1);
  EXPECT_EQ(report.claim_sets_size(), 3);

  bool cell = false;
  for (const AgreementCell& c : report.agreement()) {
    if (c.row_doc() == "daily" && c.col_doc() == "wire") {
      cell = true;
      EXPECT_EQ(c.shared(), 4);  // arrest time, crime, release time, hometown.
      // The arrest time and the hometown: the release dates conflict, and
      // the wire gives a crime more.
      EXPECT_EQ(c.agreed(), 2);
    }
  }
  EXPECT_TRUE(cell);
}

TEST(MatcherTest, UndatedUnnamedMentionsTakeTheirParagraphsTime) {
  // "A bomb hit the market on 2 May ... The death toll rose to 9" in two
  // outlets: the tolls are of one day's deaths and link. A toll in a story
  // with no date before it stays undated; as its document tells of no other
  // deaths, it then joins the story's main deaths (the orphan step).
  std::vector<ClaimSet> sets = {
      SetBuilder("a", "A")
          .Event("a1", "Conflict:Attack", {}, "2018-05-02")
          .Event("a2", "Life:Die", {}, "")
          .Build(),
      SetBuilder("b", "B")
          .Event("b1", "Conflict:Attack", {}, "2018-05-02")
          .Event("b2", "Life:Die", {}, "")
          .Build(),
      SetBuilder("c", "C")
          .Event("c1", "Life:Die", {}, "")
          .Event("c2", "Conflict:Attack", {}, "2018-05-02")
          .Build(),
  };
  for (ClaimSet& set : sets) {
    for (EventMention& e : *set.mutable_events()) {
      if (e.time().iso().empty()) e.clear_time();
    }
  }
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "a", "a2"), GroupOf(report, "b", "b2"));
  EXPECT_NE(GroupOf(report, "a", "a2"), GroupOf(report, "a", "a1"));
  EXPECT_EQ(GroupOf(report, "c", "c1"), GroupOf(report, "a", "a2"));
}

TEST(MatcherTest, AnEntityNamedAroundManyMentionsIsNoEvidence) {
  // A death in 2019 in one outlet, a death of Omar Haddad in another; only a
  // minister named in both sentences ties them. When the story names the
  // minister around many other mentions too, that tie is worthless.
  auto story = [](int other_mentions) {
    SetBuilder a("a", "A"), b("b", "B"), c("c", "C");
    a.Entity("m", PERSON, "Rania Saleh").Event("x", "Life:Die", {}, "2019");
    b.Entity("m", PERSON, "Rania Saleh")
        .Entity("p", PERSON, "Omar Haddad")
        .Event("y", "Life:Die", {"p"}, "");
    c.Entity("m", PERSON, "Rania Saleh");
    for (int i = 0; i < other_mentions; ++i) {
      c.Event("v" + std::to_string(i), "Justice:Convict", {}, "");
    }
    std::vector<ClaimSet> sets = {a.Build(), b.Build(), c.Build()};
    for (ClaimSet& set : sets) {
      for (EventMention& e : *set.mutable_events()) {
        if (e.time().iso().empty()) e.clear_time();
        e.add_arguments()->set_entity_id("m");
      }
    }
    return sets;
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report rare, MatchExpanded(*matcher, story(0)));
  EXPECT_EQ(GroupOf(rare, "a", "x"), GroupOf(rare, "b", "y"));
  ASSERT_OK_AND_ASSIGN(Report common, MatchExpanded(*matcher, story(10)));
  EXPECT_NE(GroupOf(common, "a", "x"), GroupOf(common, "b", "y"));
}

TEST(MatcherTest, TheNarrativeTimeStopsAtAParagraph) {
  // "Police held two men on 2 May." then "The toll rose to nine.": in "b" the
  // toll follows in the same paragraph and takes its time; in "d" a new
  // paragraph turns to another matter (an arrest is not the deaths' incident),
  // so its toll keeps no time and links only as an orphan: in "d" it joins
  // the story's main deaths, in "e", where the story's deaths are two dated
  // events of equal weight, it has no main event to join and stays apart.
  auto doc = [](const std::string& id, const std::string& between) {
    const std::string first = "Police held two men on 2 May.";
    const std::string second = "The toll rose to nine.";
    ClaimSet set = SetBuilder(id, id)
                       .Event(id + "1", "Justice:Arrest-Jail", {}, "2018-05-02")
                       .Event(id + "2", "Life:Die", {}, "")
                       .Build();
    set.mutable_document()->set_text(first + between + second);
    set.mutable_events(0)->mutable_sentence()->set_end(first.size());
    set.mutable_events(1)->mutable_sentence()->set_begin(first.size() + between.size());
    set.mutable_events(1)->mutable_sentence()->set_end(first.size() + between.size() +
                                                       second.size());
    set.mutable_events(1)->clear_time();
    return set;
  };
  std::vector<ClaimSet> sets = {doc("a", " "), doc("b", " "), doc("d", "\n\n")};
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "a", "a2"), GroupOf(report, "b", "b2"));
  EXPECT_EQ(GroupOf(report, "a", "a2"), GroupOf(report, "d", "d2"));
  std::vector<ClaimSet> tied = {doc("a", " "), doc("b", " "), doc("e", "\n\n")};
  for (const char* id : {"x", "y"}) {
    tied.push_back(SetBuilder(id, id).Event(std::string(id) + "1", "Life:Die", {}, "2017-01-09").Build());
  }
  ASSERT_OK_AND_ASSIGN(Report two_events, MatchExpanded(*matcher, tied));
  EXPECT_EQ(GroupOf(two_events, "x", "x1"), GroupOf(two_events, "y", "y1"));
  EXPECT_NE(GroupOf(two_events, "e", "e2"), GroupOf(two_events, "a", "a2"));
  EXPECT_NE(GroupOf(two_events, "e", "e2"), GroupOf(two_events, "x", "x1"));
}

TEST(MatcherTest, DeathsAndInjuriesTakeTheDocumentsOneDatedAttack) {
  // "Gunmen stormed a hotel on 2 May." then, in a later paragraph, "Nine
  // people were killed.": the document tells of one dated attack and no dated
  // deaths, so the deaths are that attack's and link with the same deaths
  // elsewhere ("a", "c"). Must not fire: in "b" the document also tells of an
  // attack in 2016 (the deaths could be either's); in "d" the deaths come
  // before any dated attack; in "e" the deaths name a place of their own; in
  // "f" the dated mention before them is an arrest, not an attack. Then the
  // orphan step: "d", "e" and "f" tell of no other deaths and no two attacks,
  // so their deaths join the story's main deaths; "b"'s stay apart.
  struct Doc {
    std::string id;
    std::string first_type = "Conflict:Attack";
    bool second_attack = false;
    bool deaths_first = false;
    std::string deaths_place;
  };
  auto doc = [](const Doc& d) {
    const std::string first = "Gunmen stormed a hotel on 2 May.";
    const std::string middle = " Another raid hit the city in 2016.";
    const std::string deaths = "Nine people were killed.";
    SetBuilder builder(d.id, d.id);
    if (d.deaths_first) builder.Event(d.id + "2", "Life:Die", {}, "");
    builder.Event(d.id + "1", d.first_type, {}, "2018-05-02");
    if (d.second_attack) builder.Event(d.id + "3", "Conflict:Attack", {}, "2016");
    if (!d.deaths_first) builder.Event(d.id + "2", "Life:Die", {}, "");
    ClaimSet set = builder.Build();
    const std::string head = first + (d.second_attack ? middle : "");
    const std::string text =
        d.deaths_first ? deaths + "\n\n" + head : head + "\n\n" + deaths;
    set.mutable_document()->set_text(text);
    for (EventMention& e : *set.mutable_events()) {
      const bool is_deaths = e.time().iso().empty();
      if (is_deaths) {
        e.clear_time();
        if (!d.deaths_place.empty()) e.set_place_key(d.deaths_place);
      }
      const size_t begin = is_deaths == d.deaths_first
                               ? 0
                               : text.size() - (is_deaths ? deaths : head).size();
      const size_t size = is_deaths ? deaths.size() : first.size();
      e.mutable_sentence()->set_begin(begin);
      e.mutable_sentence()->set_end(begin + size);
    }
    return set;
  };
  Doc b{"b"};
  b.second_attack = true;
  Doc d{"d"};
  d.deaths_first = true;
  Doc e{"e"};
  e.deaths_place = "mosul";
  Doc f{"f"};
  f.first_type = "Justice:Arrest-Jail";
  std::vector<ClaimSet> sets = {doc({"a"}), doc(b), doc({"c"}), doc(d), doc(e), doc(f)};
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  const std::string deaths = GroupOf(report, "a", "a2");
  EXPECT_EQ(GroupOf(report, "c", "c2"), deaths);
  EXPECT_NE(GroupOf(report, "a", "a1"), deaths);  // Attack and deaths stay two events.
  EXPECT_NE(GroupOf(report, "b", "b2"), deaths);
  for (const char* other : {"d", "e", "f"}) {
    EXPECT_EQ(GroupOf(report, other, std::string(other) + "2"), deaths) << other;
  }
}

TEST(MatcherTest, AnUndatedMentionTakesItsDocumentsOneDateOfItsType) {
  // "A bomb killed five on 2 May." then, in a later paragraph, "The toll rose
  // to nine.": the document tells of one dated death toll, so the toll is of
  // that day and links with the same toll elsewhere. In "b" the document also
  // recalls deaths of another year: the toll could be of either and stays
  // vague. In "d" the toll names a place of its own ("The toll in Mosul rose
  // to nine."): it may be another attack's, so it takes no date; but as its
  // document tells of no other deaths, the orphan step puts it with them. In
  // "e" the story's deaths are placed in Basra: the Mosul toll stays apart.
  auto doc = [](const std::string& id, bool second_date,
                const std::string& toll_place = "") {
    const std::string first = "A bomb killed five on 2 May.";
    const std::string middle = " Five died in 2016.";
    const std::string toll = "The toll rose to nine.";
    SetBuilder builder(id, id);
    builder.Event(id + "1", "Life:Die", {}, "2018-05-02");
    if (second_date) builder.Event(id + "3", "Life:Die", {}, "2016");
    builder.Event(id + "2", "Life:Die", {}, "");
    ClaimSet set = builder.Build();
    std::string text = first + (second_date ? middle : "") + "\n\n" + toll;
    set.mutable_document()->set_text(text);
    for (EventMention& e : *set.mutable_events()) {
      if (e.time().iso().empty()) {
        e.clear_time();
        if (!toll_place.empty()) e.set_place_key(toll_place);
        e.mutable_sentence()->set_begin(text.size() - toll.size());
        e.mutable_sentence()->set_end(text.size());
      } else {
        e.mutable_sentence()->set_end(first.size());
      }
    }
    return set;
  };
  std::vector<ClaimSet> sets = {doc("a", false), doc("b", true), doc("c", false),
                                doc("d", false, "mosul")};
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "a", "a2"), GroupOf(report, "c", "c2"));
  EXPECT_NE(GroupOf(report, "b", "b2"), GroupOf(report, "a", "a2"));
  EXPECT_EQ(GroupOf(report, "d", "d2"), GroupOf(report, "a", "a2"));
  std::vector<ClaimSet> basra = {doc("a", false), doc("c", false), doc("e", false, "mosul")};
  for (ClaimSet& set : basra) set.mutable_events(0)->set_place_key("basra");
  ASSERT_OK_AND_ASSIGN(Report placed, MatchExpanded(*matcher, basra));
  EXPECT_EQ(GroupOf(placed, "e", "e1"), GroupOf(placed, "a", "a1"));
  EXPECT_NE(GroupOf(placed, "e", "e2"), GroupOf(placed, "e", "e1"));
}

TEST(MatcherTest, AnUndatedMentionBeforeItsDocumentsOneDateTakesItToo) {
  // "Organisers put the crowd at 5,000." then, in a later paragraph, "The
  // march was held on 2 May.": the document tells of one dated march, so the
  // crowd is that day's ("a", "b"). In "c" the document tells of marches on
  // two days: the crowd could be either's and stays vague.
  auto doc = [](const std::string& id, bool two_days) {
    const std::string crowd = "Organisers put the crowd at 5,000.";
    const std::string march = "The march was held on 2 May.";
    const std::string other = " Another was held on 20 June.";
    SetBuilder builder(id, id);
    builder.Event(id + "1", "Conflict:Demonstrate", {}, "");
    builder.Event(id + "2", "Conflict:Demonstrate", {}, "2018-05-02");
    if (two_days) builder.Event(id + "3", "Conflict:Demonstrate", {}, "2018-06-20");
    ClaimSet set = builder.Build();
    const std::string text = crowd + "\n\n" + march + (two_days ? other : "");
    set.mutable_document()->set_text(text);
    set.mutable_events(0)->clear_time();
    set.mutable_events(0)->mutable_sentence()->set_end(crowd.size());
    for (int e = 1; e < set.events_size(); ++e) {
      set.mutable_events(e)->mutable_sentence()->set_begin(crowd.size() + 2);
      set.mutable_events(e)->mutable_sentence()->set_end(text.size());
    }
    return set;
  };
  std::vector<ClaimSet> sets = {doc("a", false), doc("b", false), doc("c", true)};
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, sets));
  EXPECT_EQ(GroupOf(report, "a", "a1"), GroupOf(report, "b", "b1"));
  EXPECT_NE(GroupOf(report, "c", "c1"), GroupOf(report, "a", "a1"));
}

TEST(MatcherTest, InstrumentIsASetNotOneValue) {
  // "The convoy was hit with mortars and machine-gun fire" against "gunfire
  // and mortars struck the convoy": one set, in any order, no contradiction.
  // A third naming only a knife gives another set: divergent, never a
  // conflict.
  auto story = [](bool third) {
    std::vector<ClaimSet> sets = {
        SetBuilder("a", "A")
            .Entity("p", ORGANIZATION, "Red Hand Cell")
            .Event("e", "Conflict:Attack", {"p"}, "2017-08-09")
            .Category("e", "instrument", "mortar")
            .Category("e", "instrument", "gunfire")
            .Build(),
        SetBuilder("b", "B")
            .Entity("q", ORGANIZATION, "Red Hand Cell")
            .Event("f", "Conflict:Attack", {"q"}, "2017-08-09")
            .Category("f", "instrument", "gunfire")
            .Category("f", "instrument", "mortar")
            .Build(),
    };
    if (third) {
      sets.push_back(SetBuilder("c", "C")
                         .Entity("r", ORGANIZATION, "Red Hand Cell")
                         .Event("g", "Conflict:Attack", {"r"}, "2017-08-09")
                         .Category("g", "instrument", "knife")
                         .Build());
    }
    return sets;
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  for (bool third : {false, true}) {
    ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, story(third)));
    const ClaimGroup* instrument = nullptr;
    for (const ClaimGroup& cg : report.groups()) {
      if (cg.role() == "instrument") instrument = &cg;
    }
    ASSERT_NE(instrument, nullptr);
    EXPECT_EQ(instrument->kind(), MULTI);
    EXPECT_EQ(instrument->verdict(), third ? DIVERGENT : AGREE);
  }
}

TEST(MatcherTest, ASingleSourceThatIsOnlyNegatedStillNamesItsValue) {
  // "Prosecutors did not say the charge was fraud": the only value is
  // negated, so nothing counts for a verdict, yet the explanation must say
  // which value the outlet mentions, not show empty parentheses.
  SetBuilder builder("a", "A");
  builder.Entity("p", PERSON, "Lin Wei")
      .Event("e", "Justice:Charge-Indict", {"p"}, "2012-02-03")
      .Category("e", "crime", "fraud");
  ClaimSet set = builder.Build();
  set.mutable_claims(0)->set_modality(NEGATED);
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, {set}));
  const ClaimGroup* crime = nullptr;
  for (const ClaimGroup& cg : report.groups()) {
    if (cg.role() == "crime") crime = &cg;
  }
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->verdict(), SINGLE_SOURCE);
  EXPECT_EQ(crime->explanation(), "Only A reports the crime (fraud).");
}

TEST(MatcherTest, AGroupOfOneClaimNamesItsValueAndItsAttribution) {
  // Two outlets date one arrest; only the first gives the count, the charge
  // (as what police said) and the suspect's hometown: groups of one claim.
  SetBuilder a("a", "A");
  a.Entity("p", PERSON, "Lin Wei")
      .Event("e", "Justice:Arrest-Jail", {"p"}, "2012-02-03")
      .Date("e", "2012-02-03")
      .Count("e", 14, 14)
      .Category("e", "crime", "fraud", "police")
      .Attribute("p", "hometown", "Dalian");
  SetBuilder b("b", "B");
  b.Entity("p", PERSON, "Lin Wei")
      .Event("e", "Justice:Arrest-Jail", {"p"}, "2012-02-03")
      .Date("e", "2012-02-03");
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report,
                       MatchExpanded(*matcher, {a.Build(), b.Build()}));
  absl::flat_hash_map<std::string, const ClaimGroup*> by_role;
  for (const ClaimGroup& cg : report.groups()) by_role[cg.role()] = &cg;
  ASSERT_EQ(by_role.size(), 4u);
  EXPECT_EQ(by_role["time"]->verdict(), AGREE);
  for (const char* role : {"count", "crime", "hometown"}) {
    const ClaimGroup& cg = *by_role[role];
    EXPECT_EQ(cg.verdict(), SINGLE_SOURCE) << role;
    ASSERT_EQ(cg.values_size(), 1) << role;
    ASSERT_EQ(cg.values(0).support_size(), 1) << role;
    EXPECT_EQ(cg.values(0).attributed(), std::string(role) == "crime") << role;
  }
  EXPECT_EQ(by_role["count"]->values(0).value().number().low(), 14);
  EXPECT_EQ(by_role["crime"]->values(0).value().category(), "fraud");
  EXPECT_EQ(by_role["hometown"]->values(0).value().text(), "Dalian");
}

// A rally counted by one outlet as 25,000 (police) and 80,000 (organisers),
// by another as "tens of thousands", which fits both.
std::vector<ClaimSet> RallyCountedTwiceByOneOutlet(const std::string& second_source) {
  SetBuilder wire("wire", "Wire");
  wire.Entity("u", ORGANIZATION, "Metalworkers Union")
      .Event("r", "Conflict:Demonstrate", {"u"}, "2023-05-01")
      .Date("r", "2023-05-01")
      .Count("r", 25000, 25000, "police")
      .Count("r", 80000, 80000, second_source);
  SetBuilder daily("daily", "Daily");
  daily.Entity("u", ORGANIZATION, "Metalworkers Union")
      .Event("r", "Conflict:Demonstrate", {"u"}, "2023-05-01")
      .Date("r", "2023-05-01")
      .Count("r", 10000, 99999);
  return {wire.Build(), daily.Build()};
}

TEST(MatcherTest, OneDocumentsSourcesGivingIncompatibleCountsConflict) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report,
                       MatchExpanded(*matcher, RallyCountedTwiceByOneOutlet("organisers")));
  ASSERT_EQ(report.events_size(), 1);
  const ClaimGroup* count = FindGroup(report, report.events(0).label(), "count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->verdict(), CONFLICT);
  EXPECT_EQ(count->explanation(),
            "Wire gives 25000 according to police and 80000 according to "
            "organisers, which cannot all be true.");
  EXPECT_EQ(report.summary().conflict(), 1);
  // The outlets themselves agree on both roles: the matrix compares
  // documents with each other, not one with itself.
  ASSERT_GE(report.agreement_size(), 1);
  for (const AgreementCell& cell : report.agreement()) {
    EXPECT_NE(cell.row_doc(), cell.col_doc());
    EXPECT_EQ(cell.shared(), 2);
    EXPECT_EQ(cell.agreed(), 2);
  }
}

TEST(MatcherTest, OneSourcesTwoFiguresInOneDocumentAreNotAConflict) {
  // "The police" and "Police" are one source: a figure updated in the story.
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report,
                       MatchExpanded(*matcher, RallyCountedTwiceByOneOutlet("The Police")));
  const ClaimGroup* count = FindGroup(report, report.events(0).label(), "count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->verdict(), AGREE);
}

TEST(MatcherTest, CountsBeyond32BitsCompareByTheirWholeValue) {
  // 2^32 + 3 is not 3 (the low 32 bits agree), and two outlets giving
  // 2^32 + 3 agree with each other.
  constexpr int64_t kBig = (int64_t{1} << 32) + 3;
  auto outlet = [](const std::string& doc, int64_t count) {
    SetBuilder s(doc, doc);
    s.Entity("p", PERSON, "Lin Wei")
        .Event("e", "Justice:Arrest-Jail", {"p"}, "2012-02-03")
        .Count("e", count, count);
    return s.Build();
  };
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(
      Report report,
      MatchExpanded(*matcher, {outlet("a", kBig), outlet("b", 3), outlet("c", kBig)}));
  ASSERT_EQ(report.groups_size(), 1);
  const ClaimGroup& cg = report.groups(0);
  EXPECT_EQ(cg.role(), "count");
  EXPECT_EQ(cg.verdict(), CONFLICT);
  ASSERT_EQ(cg.values_size(), 2);
  EXPECT_EQ(cg.values(0).value().number().low(), kBig);
  EXPECT_EQ(cg.values(0).support_size(), 2);
  EXPECT_EQ(cg.values(1).value().number().low(), 3);
  EXPECT_EQ(cg.values(1).support_size(), 1);
}

TEST(MatcherTest, RejectsInconsistentClaimSets) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  std::vector<ClaimSet> dup = {SetBuilder("a", "A").Build(),
                               SetBuilder("a", "B").Build()};
  EXPECT_THAT(MatchExpanded(*matcher, dup),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("'a': duplicate document id")));
  ClaimSet bad = SetBuilder("b", "B").Build();
  bad.add_claims()->set_event_id("nope");
  bad.mutable_claims(0)->set_id("c1");
  EXPECT_THAT(MatchExpanded(*matcher, {bad}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("claim 'c1' names unknown event 'nope'")));
  ClaimSet bad_entity =
      SetBuilder("c", "C").Event("e", "Life:Die", {"ghost"}, "").Build();
  EXPECT_THAT(MatchExpanded(*matcher, {bad_entity}),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("event 'e' names unknown entity 'ghost'")));
}

TEST(MatcherTest, ReportIsCompactAndExpandsToIdsAndQuotes) {
  std::vector<ClaimSet> sets = Story();
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report compact, matcher->Match(sets));
  EXPECT_TRUE(IsCompact(compact));
  // Claim groups and their values in the report's group columns, supports
  // in its support columns, not as messages.
  EXPECT_EQ(compact.groups_size(), 0);
  const ClaimGroupColumns& groups = compact.group_columns();
  ASSERT_GT(groups.owner_size(), 0);
  int values = 0;
  for (int g = 0; g < groups.owner_size(); ++g) {
    EXPECT_LT(groups.owner(g), compact.summary().event_groups());
    EXPECT_GE(groups.owner(g), -compact.entities_size());
    EXPECT_GT(groups.value_count(g), 0);
    values += groups.value_count(g);
  }
  ASSERT_EQ(groups.attributed_size(), values);
  ASSERT_EQ(groups.value_from_size(), values);
  ASSERT_EQ(groups.support_count_size(), values);
  int supports = 0;
  for (int v = 0; v < values; ++v) {
    EXPECT_GT(groups.support_count(v), groups.value_from(v));
    supports += groups.support_count(v);
  }
  const SupportColumns& columns = compact.support_columns();
  ASSERT_EQ(columns.doc_index_size(), supports);
  ASSERT_EQ(columns.claim_index_size(), supports);
  for (int i = 0; i < supports; ++i) {
    const int d = columns.doc_index(i);
    ASSERT_TRUE(d >= 0 && d < static_cast<int>(sets.size()));
    EXPECT_LT(columns.claim_index(i), sets[d].claims_size());
  }
  // Event groups and their mentions in the report's event columns.
  EXPECT_EQ(compact.events_size(), 0);
  const EventGroupColumns& events = compact.event_columns();
  EXPECT_EQ(events.participant_size(), compact.summary().event_groups());
  int mentions = 0;
  for (int e = 0; e < events.participant_size(); ++e) {
    EXPECT_LT(events.participant(e), compact.entities_size());
    EXPECT_LT(events.time_from(e), events.mention_count(e));
    mentions += events.mention_count(e);
  }
  ASSERT_EQ(events.doc_index_size(), mentions);
  ASSERT_EQ(events.event_index_size(), mentions);
  for (int m = 0; m < mentions; ++m) {
    const int d = events.doc_index(m);
    ASSERT_TRUE(d >= 0 && d < static_cast<int>(sets.size()));
    EXPECT_LT(events.event_index(m), sets[d].events_size());
  }
  // Documents are those of the claim sets, not copied.
  EXPECT_TRUE(compact.documents_from_claim_sets());
  EXPECT_EQ(compact.documents_size(), 0);
  Report expanded = compact;
  ASSERT_OK(ExpandReport(sets, &expanded));
  EXPECT_FALSE(IsCompact(expanded));
  EXPECT_FALSE(expanded.has_support_columns());
  EXPECT_EQ(compact.agreement_size(), 0);
  EXPECT_EQ(expanded.agreement_size(), 2 * compact.agreement_columns().row_index_size());
  const ClaimGroup* crime =
      FindGroup(expanded, "Arrest of Hassan Obeidi, 2019-03-14", "crime");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->id(), crime->event_group_id() + "/crime");
  EXPECT_THAT(crime->documents(), ::testing::ElementsAre("daily", "wire", "post"));
  for (const ValueSupport& v : crime->values()) {
    EXPECT_GT(v.support_size(), 0);
    for (const Support& s : v.support()) {
      EXPECT_EQ(s.attribution().source(), s.doc_id() == "post" ? "prosecutors" : "");
      EXPECT_FALSE(s.claim_id().empty());
      const auto doc = std::find_if(
          sets.begin(), sets.end(),
          [&](const ClaimSet& set) { return set.document().id() == s.doc_id(); });
      ASSERT_NE(doc, sets.end());
      EXPECT_EQ(doc->claims(s.claim_index()).modality(), s.modality());
    }
  }
  // The report's own claim sets resolve it the same way.
  Report own = compact;
  ASSERT_OK(ExpandReport(&own));
  EXPECT_EQ(own.SerializeAsString(), expanded.SerializeAsString());
}

TEST(MatcherTest, EmptyInputGivesEmptyReport) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, MatchExpanded(*matcher, {}));
  EXPECT_EQ(report.events_size(), 0);
  EXPECT_EQ(report.summary().documents(), 0);
}

}  // namespace
}  // namespace xref

#include "claims/gazetteer.h"

#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

GazetteerFile Parse(absl::string_view text) {
  GazetteerFile file;
  EXPECT_OK(ParseTextProto(text, "test", &file));
  return file;
}

constexpr absl::string_view kSmall = R"pb(
  places { key: "france" name: "France" kind: "country" }
  places { key: "northern_france" name: "northern France" kind: "region" within: "france" }
  places { key: "lille" name: "Lille" aliases: "Rijsel" kind: "city" within: "northern_france" }
  places { key: "paris" name: "Paris" kind: "city" within: "france" }
)pb";

TEST(GazetteerTest, FindsAnySpellingIgnoringCaseAndArticle) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(Parse(kSmall), "small"));
  ASSERT_NE(g.Find("RIJSEL"), nullptr);
  EXPECT_EQ(g.Find("RIJSEL")->key(), "lille");
  EXPECT_EQ(g.Find("the Northern  France")->key(), "northern_france");
  EXPECT_EQ(g.Find("Lyon"), nullptr);
}

TEST(GazetteerTest, ContainmentIsTransitiveAndCompatibilitySymmetric) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(Parse(kSmall), "small"));
  EXPECT_TRUE(g.Contains("france", "lille"));
  EXPECT_TRUE(g.Contains("northern_france", "lille"));
  EXPECT_FALSE(g.Contains("lille", "france"));
  EXPECT_FALSE(g.Contains("lille", "lille"));
  EXPECT_TRUE(g.Compatible("lille", "northern_france"));
  EXPECT_TRUE(g.Compatible("lille", "lille"));
  EXPECT_FALSE(g.Compatible("lille", "paris"));
}

TEST(GazetteerTest, LocalPlacesAreNoEvidenceAgainstKnownOnes) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(Parse(kSmall), "small"));
  const std::string roubaix = LocalPlaceKey("Roubaix");
  EXPECT_EQ(roubaix, LocalPlaceKey("ROUBAIX"));
  EXPECT_TRUE(IsLocalPlaceKey(roubaix));
  EXPECT_FALSE(IsLocalPlaceKey("lille"));
  EXPECT_EQ(g.FindKey(roubaix), nullptr);
  // Where Roubaix lies is unknown: neither inside Lille nor apart from it.
  EXPECT_TRUE(g.Compatible(roubaix, "lille"));
  EXPECT_TRUE(g.Compatible("france", roubaix));
  EXPECT_TRUE(g.Compatible(roubaix, LocalPlaceKey("roubaix")));
  // Two places the gazetteer does not know are one only when spelled alike.
  EXPECT_FALSE(g.Compatible(roubaix, LocalPlaceKey("Tourcoing")));
  EXPECT_FALSE(g.Contains("france", roubaix));
}

TEST(GazetteerTest, PlacesTheDocumentsPutInsideOthers) {
  GazetteerFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(places { key: "iran" name: "Iran" kind: "country" }
           places { key: "tabriz" name: "Tabriz" kind: "city" within: "iran" }
           places { key: "shiraz" name: "Shiraz" kind: "city" within: "iran" })pb",
      &file));
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(file, "test"));
  const std::string golshahr = LocalPlaceKey("Golshahr"), bazaar = LocalPlaceKey("Bazaar");
  const std::string other = LocalPlaceKey("Valiasr");
  EXPECT_FALSE(g.Compatible(golshahr, bazaar));
  const Gazetteer with = g.WithLocalContainment(
      {{bazaar, golshahr}, {golshahr, "tabriz"}, {other, "tabriz"},
       {"shiraz", "tabriz"}});  // Known places keep their own containment.
  EXPECT_TRUE(with.Contains("tabriz", golshahr));
  EXPECT_TRUE(with.Contains("iran", golshahr));
  EXPECT_TRUE(with.Contains("tabriz", bazaar));  // Through Golshahr.
  EXPECT_TRUE(with.Compatible(golshahr, bazaar));
  EXPECT_TRUE(with.Compatible(bazaar, "iran"));
  EXPECT_FALSE(with.Compatible(golshahr, other));  // Side by side in Tabriz.
  EXPECT_FALSE(with.Contains("tabriz", "shiraz"));
  EXPECT_FALSE(with.Compatible("tabriz", "shiraz"));
  // The gazetteer it came from is unchanged.
  EXPECT_FALSE(g.Contains("tabriz", golshahr));
}

TEST(GazetteerTest, LocalContainmentBuildsOnEarlierLocalContainment) {
  ASSERT_OK_AND_ASSIGN(const Gazetteer g, Gazetteer::FromProto(Parse(R"pb(
    places { key: "iran" name: "Iran" }
    places { key: "tabriz" name: "Tabriz" within: "iran" }
  )pb"), "test"));
  const std::string district = LocalPlaceKey("Golshahr"), street = LocalPlaceKey("Valiasr");
  const Gazetteer first = g.WithLocalContainment({{district, "tabriz"}});
  const Gazetteer second = first.WithLocalContainment({{street, district}});
  EXPECT_TRUE(second.Contains("iran", street));  // Through the first call's district.
  EXPECT_TRUE(second.Contains(district, street));
  EXPECT_TRUE(second.Contains("tabriz", district));
  EXPECT_FALSE(first.Contains(district, street));
  // The places and their spellings are the same as the original's.
  EXPECT_EQ(second.size(), g.size());
  ASSERT_NE(second.Find("Tabriz"), nullptr);
  EXPECT_EQ(second.Find("Tabriz"), g.Find("Tabriz"));
}

TEST(GazetteerTest, RefusesKeysThatLookLocal) {
  EXPECT_THAT(Gazetteer::FromProto(
                  Parse(R"pb(places { key: "local:x" name: "X" })pb"), "places.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("places.textproto: place key \"local:x\" starts with "
                                 "\"local:\"")));
}

TEST(GazetteerTest, RejectsUnknownParentNamingFileAndKey) {
  EXPECT_THAT(Gazetteer::FromProto(
                  Parse(R"pb(places { key: "a" name: "A" within: "b" })pb"),
                  "places.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("places.textproto: place \"a\" is within "
                                 "unknown key \"b\"")));
}

TEST(GazetteerTest, RejectsCyclesAndAmbiguousSpellings) {
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(
                places { key: "a" name: "A" within: "b" }
                places { key: "b" name: "B" within: "a" })pb"),
                                   "g"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("containment cycle")));
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(
                places { key: "a" name: "Springfield" }
                places { key: "b" name: "B" aliases: "springfield" })pb"),
                                   "g"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("names both \"a\" and \"b\"")));
}

constexpr absl::string_view kFamilies = R"pb(
  family_names { spellings: "Lee" spellings: "Yi" spellings: "Rhee" }
  family_names { spellings: "Huang" spellings: "Wong" spellings: "Ng" }
  family_names { spellings: "Wu" spellings: "Ng" spellings: "Goh" }
  family_names { spellings: "Nguyen" spellings: "Ngyuen" }
)pb";

TEST(GazetteerTest, FamilyNamesGiveTheirStandardSpellings) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g,
                       Gazetteer::FromProto(Parse(kFamilies), "families"));
  EXPECT_TRUE(g.has_family_names());
  EXPECT_THAT(g.FamilyNameStandards("RHEE"), ElementsAre("Lee"));
  EXPECT_THAT(g.FamilyNameStandards("Lee"), ElementsAre("Lee"));
  // One spelling of two names, in file order.
  EXPECT_THAT(g.FamilyNameStandards("Ng"), ElementsAre("Huang", "Wu"));
  // Compared without Latin accents.
  EXPECT_THAT(g.FamilyNameStandards("NGUYỄN"), ElementsAre("Nguyen"));
  EXPECT_THAT(g.FamilyNameStandards("Park"), IsEmpty());
  EXPECT_THAT(g.FamilyNameStandards("Le"), IsEmpty());
  EXPECT_THAT(g.FamilyNameStandards("Lee Min"), IsEmpty());

  ASSERT_OK_AND_ASSIGN(Gazetteer places, Gazetteer::FromProto(Parse(kSmall), "s"));
  EXPECT_FALSE(places.has_family_names());
  EXPECT_THAT(places.FamilyNameStandards("Lee"), IsEmpty());
}

TEST(GazetteerTest, FamilyNamesWrittenLastAreTheirOwnTable) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g, Gazetteer::FromProto(Parse(R"pb(
    family_names { spellings: "Lee" spellings: "Rhee" }
    family_names {
      spellings: "Chattopadhyay"
      spellings: "Chatterjee"
      written_last: true
    }
  )pb"), "families"));
  EXPECT_TRUE(g.has_family_names());
  EXPECT_TRUE(g.has_last_names());
  EXPECT_THAT(g.LastNameStandards("CHATTERJEE"), ElementsAre("Chattopadhyay"));
  EXPECT_THAT(g.LastNameStandards("Chattopadhyay"), ElementsAre("Chattopadhyay"));
  EXPECT_THAT(g.LastNameStandards("Rhee"), IsEmpty());
  EXPECT_THAT(g.FamilyNameStandards("Chatterjee"), IsEmpty());
  ASSERT_OK_AND_ASSIGN(Gazetteer places, Gazetteer::FromProto(Parse(kSmall), "s"));
  EXPECT_FALSE(places.has_last_names());
}

TEST(GazetteerTest, RejectsFamilyNamesThatRelateNothingOrAreNotOneWord) {
  EXPECT_THAT(Gazetteer::FromProto(
                  Parse(R"pb(family_names { spellings: "Park" })pb"), "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("names: family name \"Park\" lists fewer "
                                 "than two spellings")));
  EXPECT_THAT(Gazetteer::FromProto(
                  Parse(R"pb(family_names { note: "empty" })pb"), "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("family name 1 lists fewer than two")));
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(family_names {
                                                spellings: "Park"
                                                spellings: "Pak"
                                                spellings: "PARK"
                                              })pb"),
                                   "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("family name \"Park\" lists \"PARK\" twice")));
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(family_names {
                                                spellings: "Nguyen"
                                                spellings: "Nguyễn"
                                              })pb"),
                                   "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("lists \"Nguyễn\" twice")));
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(family_names {
                                                spellings: "Lee"
                                                spellings: "Yi Sun"
                                              })pb"),
                                   "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("spelling \"Yi Sun\" is not one word")));
  EXPECT_THAT(Gazetteer::FromProto(Parse(R"pb(family_names {
                                                spellings: "Lee"
                                                spellings: ""
                                              })pb"),
                                   "names"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("spelling \"\" is not one word")));
}

TEST(GazetteerTest, LoadReportsParseErrorWithLine) {
  EXPECT_THAT(Gazetteer::Load("/nonexistent/gazetteer.textproto"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("gazetteer")));
}

TEST(GazetteerTest, BundledGazetteerLoadsWithContainment) {
  ASSERT_OK_AND_ASSIGN(Gazetteer g,
                       Gazetteer::Load("claims/rules/gazetteer.textproto"));
  EXPECT_GT(g.size(), 100u);
  const Place* green_zone = g.Find("Green Zone");
  ASSERT_NE(green_zone, nullptr);
  EXPECT_TRUE(g.Contains("baghdad", green_zone->key()));
  ASSERT_NE(g.Find("Anbar"), nullptr);
  EXPECT_TRUE(g.Contains("western_iraq", g.Find("Anbar")->key()));
  EXPECT_THAT(g.FamilyNameStandards("Rhee"), ElementsAre("Li"));
}

}  // namespace
}  // namespace xref

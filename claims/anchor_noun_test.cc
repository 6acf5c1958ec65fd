#include "claims/anchor_noun.h"

#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/text_format.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

rules::RuleFile Rules(const std::string& text) {
  rules::RuleFile file;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &file)) << text;
  return file;
}

const absl::flat_hash_set<std::string> kTypes = {"Life:Die", "Life:Injure"};

AnchorNouns Nouns() {
  absl::StatusOr<AnchorNouns> nouns = AnchorNouns::Create(
      Rules(R"pb(
        anchor_nouns {
          key: "fire"
          words: [ "fire", "fires", "blaze" ]
          day_from: [ "Life:Die" ]
          not_after: [ "opened", "under" ]
        }
        anchor_nouns { key: "crash" words: [ "crash" ] }
      )pb")
          .anchor_nouns(),
      kTypes, "test.textproto");
  EXPECT_TRUE(nouns.ok()) << nouns.status();
  return *std::move(nouns);
}

// The noun named right after `prefix` in `prefix + rest` (one sentence).
std::string NamedAfter(const AnchorNouns& nouns, absl::string_view prefix,
                       absl::string_view rest) {
  const std::string text = std::string(prefix) + std::string(rest);
  std::optional<AnchorNouns::Hit> hit =
      nouns.NamedAfter(text, 0, prefix.size(), prefix.size() + 32);
  if (!hit) return "";
  return nouns.key(hit->noun) + ":" +
         text.substr(hit->range.begin, hit->range.end - hit->range.begin);
}

TEST(AnchorNounsTest, NamedAfterARelation) {
  AnchorNouns nouns = Nouns();
  EXPECT_EQ(NamedAfter(nouns, "Guards were posted the day after", " the fire, officials said."),
            "fire:fire");
  EXPECT_EQ(NamedAfter(nouns, "Two days after", " last week's deadly blaze, crews left."),
            "fire:blaze");
  EXPECT_EQ(NamedAfter(nouns, "A day after", " the bus crash on the pass, the road shut."),
            "crash:crash");
  // Not these.
  EXPECT_EQ(NamedAfter(nouns, "A day after", " the Fire Service report, he quit."), "");
  EXPECT_EQ(NamedAfter(nouns, "A day after", " soldiers opened fire, the town emptied."), "");
  EXPECT_EQ(NamedAfter(nouns, "A day after", " the vote, the fire was out."), "");
  EXPECT_EQ(NamedAfter(nouns, "A day after", " the long and bitter dispute over a fire"), "");
  EXPECT_EQ(NamedAfter(nouns, "A day after", " the firefighters left"), "");
}

// "key:word" of each mention in `text`, one sentence.
std::vector<std::string> Mentions(const AnchorNouns& nouns, absl::string_view text) {
  std::vector<std::string> out;
  for (const AnchorNouns::Hit& h : nouns.Mentions(text, {0, static_cast<int64_t>(text.size())})) {
    out.push_back(nouns.key(h.noun) + ":" +
                  std::string(text.substr(h.range.begin, h.range.end - h.range.begin)));
  }
  return out;
}

TEST(AnchorNounsTest, MentionsInASentence) {
  AnchorNouns nouns = Nouns();
  EXPECT_THAT(Mentions(nouns, "Fire swept through the depot on May 2 and killed nine."),
              ::testing::ElementsAre("fire:Fire"));
  EXPECT_THAT(Mentions(nouns, "Fire Brigade officials said the blaze killed nine."),
              ::testing::ElementsAre("fire:blaze"));
  EXPECT_THAT(Mentions(nouns, "The port came under fire as troops opened fire on it."),
              ::testing::IsEmpty());
  EXPECT_THAT(Mentions(nouns, "A ceasefire held; the Riverside Fire burned on, fires too."),
              ::testing::ElementsAre("fire:fires"));
  EXPECT_THAT(Mentions(nouns, "Crash investigators left before the blaze."),
              ::testing::ElementsAre("crash:Crash", "fire:blaze"));
}

TEST(AnchorNounsTest, DayFromNamesFrameTypes) {
  AnchorNouns nouns = Nouns();
  ASSERT_EQ(nouns.size(), 2);
  EXPECT_TRUE(nouns.DayFrom(0, "Life:Die"));
  EXPECT_FALSE(nouns.DayFrom(0, "Life:Injure"));
  EXPECT_FALSE(nouns.DayFrom(1, "Life:Die"));
}

TEST(AnchorNounsTest, RejectsBadRules) {
  auto create = [](const std::string& text) {
    return AnchorNouns::Create(Rules(text).anchor_nouns(), kTypes, "bad.textproto").status();
  };
  absl::Status s = create(R"pb(anchor_nouns { key: "fire" })pb");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("bad.textproto: anchor noun \"fire\" needs"));
  s = create(R"pb(anchor_nouns { key: "fire" words: "fire" day_from: "Life:Burn" })pb");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("\"Life:Burn\", which is the type of no frame"));
  s = create(R"pb(anchor_nouns { key: "fire" words: "blaze" }
                  anchor_nouns { key: "blaze" words: "Blaze" })pb");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("\"Blaze\" belongs to both fire and blaze"));
  s = create(R"pb(anchor_nouns { key: "fire" words: "" })pb");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("bad.textproto: anchor noun fire has a word of 0 bytes (1 to 63)"));
}

}  // namespace
}  // namespace xref

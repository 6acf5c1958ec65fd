#include "claims/rule_set.h"

#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

TEST(RuleSetTest, LoadsShippedRules) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::Load("claims/rules"));
  EXPECT_GE(rules->frames().size(), 9u);
  EXPECT_FALSE(rules->categories().empty());
  EXPECT_FALSE(rules->attributions().empty());
  EXPECT_FALSE(rules->lexicon().titles().empty());
}

TEST(RuleSetTest, TriggerSetPrefilters) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::Load("claims/rules"));
  std::vector<int> hits = rules->MatchTriggers("Soldiers detained the driver.");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(rules->frames()[rules->triggers()[hits[0]].frame].type, "Justice:Arrest-Jail");
  EXPECT_TRUE(rules->MatchTriggers("The orchestra played Mozart.").empty());
}

TEST(RuleSetTest, AddingAFrameIsData) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "Business:Merge-Org" triggers { pattern: "merg(?:e|ed|er)" lemma: "merge" } roles: "time" }
    categories { key: "antitrust" role: "reason" patterns: "antitrust|competition concerns" }
  )pb", "inline", &file));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<RuleSet> rules, RuleSet::FromProto(file, "inline"));
  EXPECT_EQ(rules->MatchTriggers("The banks merged.").size(), 1u);
  EXPECT_EQ(rules->MatchCategories("citing competition concerns").size(), 1u);
}

TEST(RuleSetTest, ReportsBadPatternWithFileAndRule) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "(unclosed" } }
  )pb", "frames.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "frames.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto: frame X:Y trigger: bad pattern")));
}

TEST(RuleSetTest, RolePatternNeedsValueGroup) {
  rules::RuleFile file;
  ASSERT_OK(ParseTextProto(R"pb(
    frames { type: "X:Y" triggers { pattern: "go" }
             role_patterns { role: "agent" side: BEFORE pattern: "(\\w+)$" } }
  )pb", "f.textproto", &file));
  EXPECT_THAT(RuleSet::FromProto(file, "f.textproto"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("has no (?P<value>...) group")));
}

TEST(RuleSetTest, LoadNamesFileAndLineOfBadPattern) {
  std::string dir = JoinPath(::testing::TempDir(), "bad_pattern_rules");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "frames.textproto"),
                                "frames {\n"
                                "  type: \"X:Y\"\n"
                                "  triggers { pattern: \"go\" }\n"
                                "  triggers { pattern: \"(unclosed\" }\n"
                                "}\n"));
  EXPECT_THAT(RuleSet::Load(dir),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("frames.textproto:4: pattern: bad pattern \"(unclosed\"")));
}

TEST(RuleSetTest, MissingDirectoryIsNotFound) {
  EXPECT_THAT(RuleSet::Load("claims/no_rules_here"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("claims/no_rules_here")));
}

}  // namespace
}  // namespace xref

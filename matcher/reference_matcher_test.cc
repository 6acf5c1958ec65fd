#include "matcher/reference_matcher.h"

#include <memory>
#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "gtest/gtest.h"
#include "matcher/claim_generator.h"
#include "matcher/expand_report.h"
#include "matcher/matcher.h"

namespace xref {
namespace {

class ReferenceTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(ReferenceTest, FastMatcherEqualsAllPairsReference) {
  std::vector<ClaimSet> sets = GenerateClaimSets(1500, GetParam());
  MatcherOptions options;
  options.include_claim_sets = false;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(options, nullptr));
  ASSERT_OK_AND_ASSIGN(Report fast, matcher->Match(sets));
  ASSERT_OK_AND_ASSIGN(Report slow, ReferenceMatch(sets, options, nullptr));
  EXPECT_GT(fast.summary().event_groups(), 10);
  EXPECT_EQ(fast.summary().event_groups(), slow.summary().event_groups());
  EXPECT_EQ(fast.entities_size(), slow.entities_size());
  EXPECT_EQ(fast.SerializeAsString(), slow.SerializeAsString());
}

INSTANTIATE_TEST_SUITE_P(Seeds, ReferenceTest,
                         ::testing::Values(1u, 7u, 42u, 2024u));

TEST(GeneratedStoriesTest, GroupsRecoverTheStories) {
  // Event groups stay within one story (documents "s<story>d<doc>"); random
  // names rarely collide as spelling variants of each other, so allow 1%.
  std::vector<ClaimSet> sets = GenerateClaimSets(5000, 99);
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<Matcher> matcher,
                       Matcher::Create(MatcherOptions(), nullptr));
  ASSERT_OK_AND_ASSIGN(Report report, matcher->Match(sets));
  ASSERT_OK(ExpandReport(&report));
  int multi_doc = 0, mixed = 0;
  for (const EventGroup& g : report.events()) {
    std::string story = g.documents(0).substr(0, g.documents(0).find('d'));
    bool one_story = true;
    for (const std::string& d : g.documents()) {
      one_story = one_story && d.substr(0, d.find('d')) == story;
    }
    mixed += !one_story;
    multi_doc += g.documents_size() > 1;
  }
  EXPECT_LE(mixed * 100, report.events_size());
  EXPECT_GT(multi_doc, report.events_size() / 2);
  EXPECT_GT(report.summary().agree(), 0);
  EXPECT_GT(report.summary().conflict(), 0);
  EXPECT_GT(report.summary().divergent(), 0);
  EXPECT_GT(report.summary().single_source(), 0);
}

}  // namespace
}  // namespace xref

#include "story/story_clusterer.h"

#include <string>
#include <vector>

#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "story/synthetic_articles.h"
#include "synth/corpus_generator.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

StoryArticle Article(std::string id, std::string date, std::vector<std::string> entities,
                     std::vector<std::string> places, std::string text) {
  return StoryArticle{std::move(id), std::move(date), std::move(entities), std::move(places),
                      std::move(text)};
}

StoryClustering Cluster(const std::vector<StoryArticle>& articles, StoryOptions options = {}) {
  StoryClusterer clusterer(options);
  for (const StoryArticle& a : articles) {
    absl::Status status = clusterer.Add(MakeStoryRecord(a));
    EXPECT_TRUE(status.ok()) << status;
  }
  return clusterer.Finish();
}

TEST(StoryClustererTest, SharedCountryDifferentPeopleStayApart) {
  std::vector<StoryArticle> articles = {
      Article("a1", "2024-05-02", {"Hamid Tabrizi", "Tabrizi"}, {"Iran", "Tehran"},
              "Hamid Tabrizi, a union organiser, was detained in Tehran on Monday. Iran has "
              "seen months of labour unrest."),
      Article("a2", "2024-05-03", {"Hamid Tabrizi"}, {"Iran"},
              "Iranian authorities held union organiser Hamid Tabrizi this week. Iran has seen "
              "months of labour unrest."),
      Article("b1", "2024-05-02", {"Leila Farahani", "Farahani"}, {"Iran", "Isfahan"},
              "A court in Isfahan sentenced the poet Leila Farahani to prison. Iran has seen "
              "months of labour unrest."),
      Article("b2", "2024-05-04", {"Leila Farahani"}, {"Iran"},
              "Poet Leila Farahani was given a prison term by judges in Isfahan. Iran has seen "
              "months of labour unrest."),
  };
  StoryClustering result = Cluster(articles);
  EXPECT_EQ(result.story_of[0], result.story_of[1]);
  EXPECT_EQ(result.story_of[2], result.story_of[3]);
  EXPECT_NE(result.story_of[0], result.story_of[2]);
  EXPECT_EQ(result.stories.size(), 2u);
}

TEST(StoryClustererTest, TransliteratedAndAccentedNamesJoin) {
  std::vector<StoryArticle> articles = {
      Article("r1", "2021-05-26", {"Qasim Musleh"}, {"Karbala"},
              "Security forces detained Qasim Musleh in Karbala."),
      Article("r2", "2021-05-27", {"Kasim Muslih", "Muslih"}, {"Kerbala"},
              "The arrest of Kasim Muslih sparked a standoff."),
      Article("r3", "2021-05-29", {"Qassim Musleh"}, {},
              "Supporters of Qassim Musleh surrounded the compound."),
      Article("s1", "2021-05-27", {"Tomás Rodríguez"}, {"Bogota"},
              "Tomás Rodríguez was charged with fraud."),
      Article("s2", "2021-05-28", {"Tomas Rodriguez", "Rodriguez"}, {"Bogota"},
              "Prosecutors charged Tomas Rodriguez on Friday."),
  };
  StoryClustering result = Cluster(articles);
  EXPECT_EQ(result.story_of[0], result.story_of[1]);
  EXPECT_EQ(result.story_of[0], result.story_of[2]);
  EXPECT_EQ(result.story_of[3], result.story_of[4]);
  EXPECT_NE(result.story_of[0], result.story_of[3]);
}

TEST(StoryClustererTest, SameNameMonthsApartIsTwoStoriesAndSingletonsAreListed) {
  std::vector<StoryArticle> articles = {
      Article("x1", "2022-01-10", {"Oleg Smirnov"}, {}, "Oleg Smirnov was arrested."),
      Article("x2", "2022-01-12", {"Oleg Smirnov"}, {}, "Oleg Smirnov remains in custody."),
      Article("y1", "2022-06-20", {"Oleg Smirnov"}, {}, "Oleg Smirnov was released."),
      Article("z1", "2022-01-11", {"Someone Else"}, {}, "Floods hit the north."),
  };
  StoryClustering result = Cluster(articles);
  EXPECT_EQ(result.story_of[0], result.story_of[1]);
  EXPECT_NE(result.story_of[0], result.story_of[2]);
  EXPECT_EQ(result.singletons, 2);
  EXPECT_EQ(result.story_of[0], "story-000001");
}

TEST(StoryClustererTest, NearDuplicateTextsJoinWithoutEntities) {
  std::string body =
      "The river burst its banks after three days of rain, flooding the old market, cutting "
      "the main road to the airport and forcing hundreds of families to leave their homes "
      "in the low lying districts of the city.";
  std::vector<StoryArticle> articles = {
      Article("t1", "2023-03-01", {}, {}, body + " Officials opened two shelters."),
      Article("t2", "2023-03-02", {}, {}, body + " Schools were closed on Thursday."),
      Article("t3", "2023-03-02", {}, {},
              "The central bank left its key interest rate unchanged for a fourth month, "
              "citing stubborn inflation in food and housing costs."),
  };
  StoryClustering result = Cluster(articles);
  EXPECT_EQ(result.story_of[0], result.story_of[1]);
  EXPECT_NE(result.story_of[0], result.story_of[2]);
}

TEST(StoryClustererTest, RejectsDuplicateIdsAndBadDatesNamingTheArticle) {
  StoryClusterer clusterer;
  ASSERT_OK(clusterer.Add(MakeStoryRecord(Article("d1", "2023-01-01", {}, {}, "text"))));
  EXPECT_THAT(clusterer.Add(MakeStoryRecord(Article("d1", "2023-01-02", {}, {}, "text"))),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("duplicate article id \"d1\"")));
  EXPECT_THAT(clusterer.Add(MakeStoryRecord(Article("d2", "yesterday", {}, {}, "text"))),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("\"d2\" has an unparseable")));
  EXPECT_EQ(clusterer.size(), 1);
}

TEST(StoryClustererTest, PairwiseScoresCountPairs) {
  // Truth {0,1,2} {3}; predicted {0,1} {2,3}: true pairs 3, predicted 2,
  // correct 1.
  PairwiseScores s = ScorePairwise({"p", "p", "q", "q"}, {"a", "a", "a", "b"});
  EXPECT_EQ(s.true_pairs, 3);
  EXPECT_EQ(s.predicted_pairs, 2);
  EXPECT_EQ(s.correct_pairs, 1);
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 1.0 / 3);
}

TEST(StoryClustererTest, GeneratedCorpusReachesPairwiseF1WithBlocking) {
  GazetteerFile gazetteer;
  ASSERT_OK(ReadProto("claims/rules/gazetteer.textproto", &gazetteer));
  GeneratorOptions options;
  options.stories = 200;
  options.outlets = 6;
  options.seed = 17;
  ASSERT_OK_AND_ASSIGN(SyntheticCorpus corpus, GenerateCorpus(options, gazetteer));
  std::vector<std::string> truth;
  std::vector<StoryArticle> articles = ToStoryArticles(corpus, true, &truth);
  StoryClustering first = Cluster(articles);
  PairwiseScores s = ScorePairwise(first.story_of, truth);
  EXPECT_GE(s.f1, 0.95) << "precision " << s.precision << " recall " << s.recall;
  int64_t n = static_cast<int64_t>(articles.size());
  EXPECT_LT(first.candidate_pairs, n * (n - 1) / 2 / 20);  // Not all pairs.
  StoryClustering second = Cluster(articles);
  EXPECT_EQ(first.story_of, second.story_of);  // Deterministic.
}

}  // namespace
}  // namespace xref

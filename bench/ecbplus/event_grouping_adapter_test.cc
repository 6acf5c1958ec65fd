#include "bench/ecbplus/event_grouping_adapter.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

EcbEventMention Mention(const std::string& doc, int topic, bool ecbplus,
                        const std::string& stem) {
  EcbEventMention m;
  m.doc_id = doc;
  m.topic = topic;
  m.ecbplus = ecbplus;
  m.stem = stem;
  m.trigger_tokens = {stem};
  return m;
}

EcbDocument Document(const std::string& id, int topic, bool ecbplus,
                     std::vector<std::string> tokens) {
  EcbDocument d;
  d.doc_id = id;
  d.topic = topic;
  d.ecbplus = ecbplus;
  d.sentences = {std::move(tokens)};
  d.validated_sentences = {0};
  return d;
}

// Two look-alike arrests (different people, places) and a quake in another
// topic, written for this test.
EcbSplit TwoArrests() {
  EcbSplit split;
  split.documents = {
      Document("1_1ecb", 1, false,
               {"Police", "arrested", "Mayor", "Green", "in", "Springfield"}),
      Document("1_2ecb", 1, false,
               {"Officers", "detained", "Mayor", "Green", "near", "Springfield"}),
      Document("1_3ecbplus", 1, true,
               {"Agents", "arrested", "Senator", "Blue", "in", "Riverton"}),
      Document("1_4ecbplus", 1, true,
               {"The", "arrest", "of", "Senator", "Blue", "in", "Riverton"}),
      Document("2_1ecb", 2, false, {"A", "quake", "hit", "Lima"}),
  };
  split.mentions = {
      Mention("1_1ecb", 1, false, "arrest"),
      Mention("1_2ecb", 1, false, "detain"),
      Mention("1_3ecbplus", 1, true, "arrest"),
      Mention("1_4ecbplus", 1, true, "arrest"),
      Mention("2_1ecb", 2, false, "arrest"),
  };
  split.gold_clusters = {0, 0, 1, 1, 2};
  return split;
}

TriggerLexicon Lexicon() {
  TriggerLexicon lexicon;
  auto* set = lexicon.add_synonym_sets();
  set->add_words("arrest");
  set->add_words("detain");
  for (const char* w : {"in", "near", "of", "the"}) lexicon.add_function_words(w);
  return lexicon;
}

TEST(EventGroupingAdapterTest, BaselineGroupsEqualStemsWithinTopic) {
  const EcbSplit split = TwoArrests();
  const std::vector<int64_t> labels =
      SameStemBaseline(split, Lexicon(), DocumentGrouping::kGoldTopics);
  EXPECT_EQ(labels[0], labels[2]);  // same stem, same topic: merged
  EXPECT_EQ(labels[0], labels[3]);
  EXPECT_NE(labels[0], labels[1]);  // different stems
  EXPECT_NE(labels[0], labels[4]);  // other topic
}

TEST(EventGroupingAdapterTest, DocumentClusteringSeparatesLookAlikeEvents) {
  const EcbSplit split = TwoArrests();
  EventGroupingOptions options;
  options.documents = DocumentGrouping::kOwnClustering;
  options.document_threshold = 0.05;
  options.argument_weight = 0;
  const std::vector<int64_t> labels =
      GroupEcbMentions(split, Lexicon(), options);
  EXPECT_EQ(labels[0], labels[1]);  // synonyms, same event (Green)
  EXPECT_EQ(labels[2], labels[3]);  // same event (Blue)
  EXPECT_NE(labels[0], labels[2]);  // look-alike events kept apart
  EXPECT_NE(labels[0], labels[4]);
}

TEST(EventGroupingAdapterTest, GoldClustersDoNotReachTheGrouping) {
  EcbSplit split = TwoArrests();
  EventGroupingOptions options;
  const std::vector<int64_t> before = GroupEcbMentions(split, Lexicon(), options);
  split.gold_clusters = {4, 3, 2, 1, 0};
  split.gold_cluster_names = {"x"};
  EXPECT_EQ(GroupEcbMentions(split, Lexicon(), options), before);
}

}  // namespace
}  // namespace xref

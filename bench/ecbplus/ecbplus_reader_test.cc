#include "bench/ecbplus/ecbplus_reader.h"

#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr char kLexicon[] = "bench/ecbplus/trigger_lexicon.textproto";

class EcbPlusReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK_AND_ASSIGN(lexicon_, LoadTriggerLexicon(kLexicon));
  }
  TriggerLexicon lexicon_;
};

TEST_F(EcbPlusReaderTest, AppliesReadingRulesToFixture) {
  ASSERT_OK_AND_ASSIGN(
      EcbSplit split,
      ReadEcbPlusSplit("bench/ecbplus/testdata",
                       "bench/ecbplus/testdata/sentences.csv", lexicon_));
  ASSERT_EQ(split.documents.size(), 1u);
  EXPECT_EQ(split.documents[0].doc_id, "1_1ecb");
  EXPECT_EQ(split.documents[0].topic, 1);
  EXPECT_FALSE(split.documents[0].ecbplus);
  EXPECT_THAT(split.documents[0].validated_sentences, ElementsAre(0, 2));
  ASSERT_EQ(split.documents[0].sentences.size(), 3u);
  EXPECT_EQ(split.validated_sentence_count, 2);

  // Sentence 1 is not validated, so "arrest" (m4) is dropped; the rest come
  // in token order.
  ASSERT_EQ(split.mentions.size(), 5u);
  std::vector<std::string> stems;
  for (const EcbEventMention& m : split.mentions) stems.push_back(m.stem);
  EXPECT_THAT(stems, ElementsAre("arrest", "detain", "deni", "say", "check"));

  const EcbEventMention& arrested = split.mentions[0];
  EXPECT_EQ(arrested.doc_id, "1_1ecb");
  EXPECT_EQ(arrested.sentence, 0);
  EXPECT_EQ(arrested.tag, "ACTION_OCCURRENCE");
  EXPECT_THAT(arrested.token_numbers, ElementsAre(1));
  ASSERT_EQ(arrested.arguments.size(), 1u);
  EXPECT_EQ(arrested.arguments[0].kind, EcbArgumentKind::kHumanParticipant);
  EXPECT_EQ(arrested.arguments[0].text, "Mayor Green");

  const EcbEventMention& checked = split.mentions[4];
  EXPECT_THAT(checked.trigger_tokens, ElementsAre("checked", "into"));
  EXPECT_THAT(checked.token_numbers, ElementsAre(11, 12));
  ASSERT_EQ(checked.arguments.size(), 2u);  // Tuesday; Smith & Co
  EXPECT_EQ(checked.arguments[0].kind, EcbArgumentKind::kTime);
  EXPECT_EQ(checked.arguments[1].text, "Smith & Co");
  EXPECT_EQ(split.mentions[2].tag, "NEG_ACTION_STATE");

  // Gold: arrested -> ACT1; "was detained" -> its INTRA chain (its partner
  // "said" is claimed by CROSS ACT2, which overrides); "denied" -> singleton;
  // "checked into" is in ACT1 then ACT3: the later one wins.
  ASSERT_EQ(split.gold_clusters.size(), 5u);
  std::vector<std::string> names;
  for (int64_t label : split.gold_clusters) {
    names.push_back(split.gold_cluster_names[label]);
  }
  EXPECT_THAT(names, ElementsAre("ACT1", "INTRA:1_1ecb:101",
                                 "SINGLETON:1_1ecb:6", "ACT2", "ACT3"));
}

TEST_F(EcbPlusReaderTest, MissingSplitDirectoryIsNotFound) {
  EXPECT_THAT(ReadEcbPlusSplit("no/such/dir", "x.csv", lexicon_),
              StatusIs(absl::StatusCode::kNotFound,
                       HasSubstr("ECB+ split directory not found: no/such/dir")));
}

TEST_F(EcbPlusReaderTest, BadFileNameIsRejected) {
  EcbSplit split;
  EXPECT_THAT(ReadEcbPlusDocument("dir/notes.xml", "<Document/>", {0},
                                  lexicon_, &split),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("notes.xml: file name is not")));
}

TEST_F(EcbPlusReaderTest, AnchorToUnknownTokenIsRejected) {
  EcbSplit split;
  const char kXml[] =
      "<Document><token t_id=\"1\" sentence=\"0\" number=\"0\">x</token>"
      "<Markables><ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"9\"/>"
      "</ACTION_OCCURRENCE></Markables></Document>";
  EXPECT_THAT(ReadEcbPlusDocument("3_2ecbplus.xml", kXml, {0}, lexicon_,
                                  &split),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("3_2ecbplus.xml: mention 1 anchors unknown "
                                 "token 9")));
}

TEST(TriggerStemmerTest, LemmasThenSnowball) {
  TriggerLexicon lexicon;
  auto* lemma = lexicon.add_lemmas();
  lemma->set_form("took");
  lemma->set_lemma("take");
  lexicon.add_function_words("into");
  TriggerStemmer stemmer(lexicon);
  EXPECT_EQ(stemmer.Stem("Took"), "take");
  EXPECT_EQ(stemmer.Stem("arrested"), "arrest");
  EXPECT_EQ(stemmer.Key({"checked", "into"}), "check");
  EXPECT_EQ(stemmer.Key({"into"}), "into");
}

}  // namespace
}  // namespace xref

#include "synth/corpus_generator.h"

#include <map>
#include <set>
#include <string>

#include "absl/strings/match.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "eval/answer_key.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/corpus_reader.h"
#include "proto/gold.pb.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

GazetteerFile LoadGazetteer() {
  GazetteerFile gazetteer;
  absl::Status status = ReadProto("claims/rules/gazetteer.textproto", &gazetteer);
  EXPECT_TRUE(status.ok()) << status;
  return gazetteer;
}

SyntheticCorpus Generate(int stories, int outlets, uint64_t seed) {
  GeneratorOptions options;
  options.stories = stories;
  options.outlets = outlets;
  options.seed = seed;
  absl::StatusOr<SyntheticCorpus> corpus = GenerateCorpus(options, LoadGazetteer());
  EXPECT_TRUE(corpus.ok()) << corpus.status();
  return *std::move(corpus);
}

std::string Serialise(const SyntheticCorpus& corpus) {
  std::string out;
  for (const SyntheticArticle& a : corpus.articles) out += ArticleJsonLine(a) + "\n";
  return out + ToJson(corpus.key, true);
}

TEST(CorpusGeneratorTest, SameSeedGivesIdenticalBytesOtherSeedDiffers) {
  std::string a = Serialise(Generate(30, 5, 42));
  std::string b = Serialise(Generate(30, 5, 42));
  std::string c = Serialise(Generate(30, 5, 43));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

TEST(CorpusGeneratorTest, EveryEvidenceOccursVerbatimInItsDocument) {
  SyntheticCorpus corpus = Generate(120, 6, 7);
  std::map<std::string, const SyntheticArticle*> by_id;
  for (const SyntheticArticle& a : corpus.articles) by_id[a.id] = &a;
  int values = 0;
  for (const gold::GoldEvent& event : corpus.key.events()) {
    for (const gold::GoldSlot& slot : event.slots()) {
      for (const gold::GoldValue& value : slot.values()) {
        auto it = by_id.find(value.doc());
        ASSERT_NE(it, by_id.end()) << value.doc();
        EXPECT_TRUE(absl::StrContains(it->second->maintext, value.evidence()))
            << value.doc() << ": " << value.evidence();
        EXPECT_EQ(it->second->story, event.story());
        ++values;
      }
    }
  }
  EXPECT_GT(values, 1000);
}

TEST(CorpusGeneratorTest, KeyRoundTripsThroughTheStrictParserAndValidates) {
  SyntheticCorpus corpus = Generate(60, 5, 11);
  std::string json = ToJson(corpus.key, true);
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey parsed, ParseAnswerKey(json, "synthetic"));
  EXPECT_EQ(parsed.SerializeAsString(), corpus.key.SerializeAsString());
  EXPECT_EQ(parsed.documents_size(), static_cast<int>(corpus.articles.size()));
}

TEST(CorpusGeneratorTest, PlantedConflictsAndDivergencesMatchTheKeyVerdicts) {
  SyntheticCorpus corpus = Generate(300, 8, 5);
  int conflicts = 0, divergences = 0, agreements = 0, single = 0;
  for (const gold::GoldEvent& event : corpus.key.events()) {
    for (const gold::GoldSlot& slot : event.slots()) {
      conflicts += slot.verdict() == "conflict";
      divergences += slot.verdict() == "divergent";
      agreements += slot.verdict() == "agree";
      single += slot.verdict() == "single_source";
      if (slot.verdict() == "conflict") {
        EXPECT_EQ(slot.kind(), "single");
      }
      if (slot.verdict() == "divergent") {
        EXPECT_EQ(slot.kind(), "multi");
      }
    }
  }
  EXPECT_EQ(conflicts, corpus.planted.conflicts);
  EXPECT_EQ(divergences, corpus.planted.divergences);
  EXPECT_GT(conflicts, 50);
  EXPECT_GT(divergences, 50);
  EXPECT_GT(agreements, conflicts);
  EXPECT_GT(single, 10);
}

TEST(CorpusGeneratorTest, StorySizesStayWithinTwoAndOutletCount) {
  const int kOutlets = 7;
  SyntheticCorpus corpus = Generate(200, kOutlets, 3);
  std::map<std::string, std::set<std::string>> outlets_per_story;
  std::map<std::string, int> size;
  for (const SyntheticArticle& a : corpus.articles) {
    EXPECT_TRUE(outlets_per_story[a.story].insert(a.outlet).second)
        << a.outlet << " wrote twice on " << a.story;
    ++size[a.story];
  }
  EXPECT_EQ(size.size(), 200u);
  std::set<int> seen_sizes;
  for (const auto& [story, n] : size) {
    EXPECT_GE(n, 2) << story;
    EXPECT_LE(n, kOutlets) << story;
    seen_sizes.insert(n);
  }
  EXPECT_GE(seen_sizes.size(), 4u);  // Sizes vary.
}

TEST(CorpusGeneratorTest, ArticlesAreArticleLengthAndAliasesAppearInText) {
  SyntheticCorpus corpus = Generate(80, 6, 9);
  for (const SyntheticArticle& a : corpus.articles) {
    int words = 1;
    for (char c : a.maintext) words += c == ' ';
    EXPECT_GE(words, 150) << a.id;
    EXPECT_LE(words, 650) << a.id;
  }
  std::string all;
  for (const SyntheticArticle& a : corpus.articles) all += a.maintext + "\n";
  int variant_entities = 0;
  for (const gold::GoldEntity& entity : corpus.key.entities()) {
    EXPECT_GT(entity.aliases_size(), 0) << entity.id();
    for (const std::string& alias : entity.aliases()) {
      EXPECT_TRUE(absl::StrContains(all, alias)) << entity.id() << ": " << alias;
    }
    if (entity.type() == "PERSON" && entity.aliases_size() >= 3) ++variant_entities;
  }
  EXPECT_GT(variant_entities, 10);
}

TEST(CorpusGeneratorTest, WrittenFilesReadBackThroughIngest) {
  SyntheticCorpus corpus = Generate(25, 4, 21);
  std::string dir = std::string(getenv("TEST_TMPDIR")) + "/synth";
  ASSERT_OK(WriteCorpus(corpus, dir));
  ASSERT_OK_AND_ASSIGN(Corpus read, ReadCorpus(dir + "/articles.jsonl"));
  EXPECT_TRUE(read.skipped.empty());
  ASSERT_EQ(read.documents.size(), corpus.articles.size());
  for (size_t i = 0; i < read.documents.size(); ++i) {
    EXPECT_EQ(read.documents[i].id(), corpus.articles[i].id);
  }
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey key, LoadAnswerKey(dir + "/gold.json"));
  EXPECT_EQ(key.events_size(), corpus.key.events_size());
}

TEST(CorpusGeneratorTest, RejectsBadOptionsNamingThem) {
  GazetteerFile gazetteer = LoadGazetteer();
  GeneratorOptions options;
  options.stories = 0;
  EXPECT_THAT(GenerateCorpus(options, gazetteer).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("--stories")));
  options.stories = 5;
  options.outlets = 1;
  EXPECT_THAT(GenerateCorpus(options, gazetteer).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("--outlets")));
  options.outlets = 4;
  EXPECT_THAT(GenerateCorpus(options, GazetteerFile()).status(),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("usable cities")));
}

}  // namespace
}  // namespace xref

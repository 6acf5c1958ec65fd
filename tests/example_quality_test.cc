// Quality floors on a corpus with a hand-made answer key: the whole pipeline
// (ingest, extract, match) scored against the key. The corpus, its number of
// documents and the floors are compile-time definitions (tests/BUILD.bazel):
// the bundled example, and tests/heldout/karistan, a story written after the
// rules to see how they do on news they were not built on. A floor only ever
// rises; lowering one needs a reason in the commit message.

#include <iostream>
#include <string>

#include "base/status_matchers.h"
#include "cli/pipeline.h"
#include "eval/answer_key.h"
#include "eval/eval_format.h"
#include "eval/scorer.h"
#include "gtest/gtest.h"

#define XREF_QUALITY_STRING_(x) #x
#define XREF_QUALITY_STRING(x) XREF_QUALITY_STRING_(x)

namespace xref {
namespace {

constexpr char kCorpus[] = XREF_QUALITY_STRING(XREF_QUALITY_CORPUS);

class ExampleQualityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.rules_dir = "claims/rules";
    auto corpus = ExtractCorpus(kCorpus, options);
    ASSERT_OK(corpus);
    ASSERT_EQ(corpus->claim_sets_size(), XREF_QUALITY_DOCUMENTS);
    auto report = MatchCorpus(*corpus, options);
    ASSERT_OK(report);
    auto key = LoadAnswerKey(std::string(kCorpus) + "/gold.json");
    ASSERT_OK(key);
    auto evaluated = Evaluate(*report, *key);
    ASSERT_OK(evaluated);
    result_ = new EvalResult(*std::move(evaluated));
    std::cout << FormatEvalTable(*result_);
  }
  static void TearDownTestSuite() { delete result_; }
  static EvalResult* result_;
};

EvalResult* ExampleQualityTest::result_ = nullptr;

TEST_F(ExampleQualityTest, SlotValuesMeetTheExtractionFloors) {
  ASSERT_NE(result_, nullptr);
  EXPECT_GE(result_->slot_recall, XREF_FLOOR_SLOT_RECALL);
  EXPECT_GE(result_->slot_precision, XREF_FLOOR_SLOT_PRECISION);
}

TEST_F(ExampleQualityTest, AttributionMeetsTheExtractionFloor) {
  ASSERT_NE(result_, nullptr);
  EXPECT_GE(result_->attribution_accuracy, XREF_FLOOR_ATTRIBUTION);
  // The other direction: what the outlets state themselves stays theirs.
  ASSERT_GT(result_->unattributed_found, 0);
  EXPECT_GE(1 - result_->unattributed_given_source_rate, XREF_FLOOR_OUTLET_STATEMENTS_KEPT);
}

TEST_F(ExampleQualityTest, AliasesMeetTheMatcherFloors) {
  ASSERT_NE(result_, nullptr);
  EXPECT_GE(result_->alias_precision, XREF_FLOOR_ALIAS_PRECISION);
  EXPECT_GE(result_->alias_recall, XREF_FLOOR_ALIAS_RECALL);
}

TEST_F(ExampleQualityTest, EventGroupingMeetsTheMatcherFloor) {
  ASSERT_NE(result_, nullptr);
  EXPECT_GE(result_->events.b3.f1, XREF_FLOOR_EVENT_B3_F1);
}

TEST_F(ExampleQualityTest, VerdictsMeetTheMatcherFloor) {
  ASSERT_NE(result_, nullptr);
  EXPECT_GE(result_->verdict_accuracy, XREF_FLOOR_VERDICT_ACCURACY);
}

}  // namespace
}  // namespace xref

#include "eval/eval_format.h"

#include <string>

#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

EvalResult Sample() {
  EvalResult r;
  r.slots = {5, 4, 5, 4, 0.8, 0.8, 0.8};
  r.slot_precision = r.slot_recall = r.slot_f1 = 0.8;
  r.slot_roles["time"] = {3, 2, 3, 2, 2.0 / 3, 2.0 / 3, 2.0 / 3};
  r.slot_roles["crime"] = {2, 2, 2, 2, 1, 1, 1};
  r.attribution_total = 2;
  r.attribution_correct = 1;
  r.attribution_accuracy = 0.5;
  r.unattributed_found = 4;
  r.unattributed_given_source = 1;
  r.unattributed_given_source_rate = 0.25;
  r.alias_precision = 1;
  r.alias_recall = 0.5;
  r.alias_f1 = 2.0 / 3;
  r.alias_predicted_pairs = r.alias_correct_pairs = 2;
  r.alias_gold_pairs = 4;
  r.events.muc = {0.75, 1, 6.0 / 7};
  r.events.b3 = {0.68, 1, 17.0 / 21};
  r.events.ceafe = {8.0 / 9, 4.0 / 9, 16.0 / 27};
  r.events.conll_f1 = 61.0 / 81;
  r.event_mentions = 5;
  r.event_mentions_linked = 4;
  r.verdict_total = 3;
  r.verdict_correct = 1;
  r.verdict_accuracy = 1.0 / 3;
  r.verdict_confusion["agree"]["conflict"] = 1;
  r.verdict_confusion["agree"]["agree"] = 1;
  r.verdict_confusion["single_source"]["missing"] = 1;
  r.group_to_event["g1"] = "arrest";
  r.misses.push_back({"a", "release", "time", "2019-03-09", "freed on March 9",
                      "Doe was freed on March 9.", {}});
  r.false_positives.push_back({"a", "arrest", "time", "2019-03-09", "c5", "g1",
                               "He said \"freed\" on March 9.", {"2019-03-04"}});
  r.attribution_errors.push_back({"a", "arrest", "crime", "fraud",
                                  "charged with fraud", "prosecutors",
                                  "his lawyer", true});
  r.attribution_errors.push_back({"b", "arrest", "time", "2019-03", "detained in March 2019",
                                  "", "police", true});
  r.verdict_errors.push_back({"arrest", "time", "agree", "conflict", "g1/time"});
  r.mentions.push_back({"a", "arrested John Doe", "arrest", "g1"});
  r.mentions.push_back({"b", "detained", "arrest", "g3"});
  r.mentions.push_back({"a", "freed on March 9", "release", "g1"});
  r.mentions.push_back({"b", "let go", "release", ""});
  r.warnings.push_back("document 'c' of the answer key is not in the report");
  return r;
}

TEST(FormatEvalTable, ShowsEveryMetricAndTheConfusionMatrix) {
  std::string table = FormatEvalTable(Sample());
  EXPECT_THAT(table, HasSubstr("all              P 0.800  R 0.800  F1 0.800   4/5 predicted, 4/5 gold"));
  EXPECT_THAT(table, HasSubstr("time             P 0.667"));
  EXPECT_THAT(table, HasSubstr("attribution        0.500   1/2"));
  EXPECT_THAT(table, HasSubstr("given a source   0.250   1/4 unattributed"));
  EXPECT_THAT(table, HasSubstr("aliases            P 1.000  R 0.500  F1 0.667"));
  EXPECT_THAT(table, HasSubstr("MUC              P 0.750  R 1.000  F1 0.857"));
  EXPECT_THAT(table, HasSubstr("CoNLL            F1 0.753"));
  EXPECT_THAT(table, HasSubstr("verdicts           0.333   1/3 correct"));
  // Row "agree": agree 1, conflict 1, divergent 0, single_source 0, missing 0.
  EXPECT_THAT(table, HasSubstr("  agree                        1             1             0             0             0"));
  EXPECT_THAT(table, HasSubstr("1 warning(s)"));
}

TEST(FormatEvalTable, UnexpectedPredictedVerdictGetsAColumn) {
  EvalResult r;
  r.verdict_confusion["agree"]["unspecified"] = 2;
  std::string table = FormatEvalTable(r);
  EXPECT_THAT(table, HasSubstr("missing   unspecified"));
  EXPECT_THAT(table, HasSubstr("0             2\n"));
}

TEST(FormatEvalJson, IsOneValidObjectWithTheRequiredKeys) {
  std::string json = FormatEvalJson(Sample());
  EXPECT_EQ(json.find('\n'), json.size() - 1);
  google::protobuf::Struct parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok()) << json;
  const auto& f = parsed.fields();
  for (const char* key :
       {"slot_precision", "slot_recall", "slot_f1", "attribution_accuracy",
        "unattributed_found", "unattributed_given_source", "unattributed_given_source_rate",
        "alias_precision", "alias_recall", "event_muc_f1", "event_b3_f1",
        "event_ceafe_f1", "event_conll_f1", "verdict_accuracy"}) {
    EXPECT_EQ(f.count(key), 1) << key;
  }
  EXPECT_NEAR(f.at("slot_f1").number_value(), 0.8, 1e-6);
  EXPECT_NEAR(f.at("event_conll_f1").number_value(), 61.0 / 81, 1e-6);
  EXPECT_EQ(f.at("slot_gold").number_value(), 5);
  const auto& time = f.at("roles").struct_value().fields().at("time").struct_value().fields();
  EXPECT_NEAR(time.at("recall").number_value(), 2.0 / 3, 1e-6);
  EXPECT_EQ(f.at("verdict_confusion").struct_value().fields().at("single_source")
                .struct_value().fields().at("missing").number_value(),
            1);
  EXPECT_EQ(f.at("group_to_event").struct_value().fields().at("g1").string_value(),
            "arrest");
  EXPECT_EQ(f.at("warnings").list_value().values_size(), 1);
}

TEST(FormatEvalExplain, ListsMissesFalsePositivesAndGrouping) {
  std::string text = FormatEvalExplain(Sample());
  EXPECT_THAT(text, HasSubstr("MISSED gold values (1)"));
  EXPECT_THAT(text, HasSubstr("[a] release/time = \"2019-03-09\"; engine gave nothing"));
  EXPECT_THAT(text, HasSubstr("sentence: \"Doe was freed on March 9.\""));
  EXPECT_THAT(text, HasSubstr("FALSE POSITIVES (1)"));
  EXPECT_THAT(text, HasSubstr("(claim c5, group g1); gold has \"2019-03-04\""));
  EXPECT_THAT(text, HasSubstr("sentence: \"He said \\\"freed\\\" on March 9.\""));
  EXPECT_THAT(text, HasSubstr("gold attributes to \"prosecutors\", engine: attributed to \"his lawyer\""));
  EXPECT_THAT(text, HasSubstr("[b] arrest/time = \"2019-03\": gold: asserted by the outlet, "
                              "engine: attributed to \"police\""));
  EXPECT_THAT(text, HasSubstr("arrest/time: gold agree, engine conflict (g1/time)"));
  EXPECT_THAT(text, HasSubstr("gold arrest: g1 x1, g3 x1  <- split"));
  EXPECT_THAT(text, HasSubstr("group g1 merges arrest x1, release x1"));
  EXPECT_THAT(text, HasSubstr("unlinked [b] release: \"let go\""));
  EXPECT_THAT(text, HasSubstr("WARNINGS (1)"));
}

TEST(FormatEvalExplain, PerfectResultHasEmptySections) {
  std::string text = FormatEvalExplain(EvalResult());
  EXPECT_THAT(text, HasSubstr("MISSED gold values (0)"));
  EXPECT_THAT(text, HasSubstr("FALSE POSITIVES (0)"));
  EXPECT_THAT(text, Not(HasSubstr("WARNINGS")));
}

}  // namespace
}  // namespace xref

#include "report/json_writer.h"

#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "report/golden.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

constexpr char kSample[] = "report/testdata/sample_report.textproto";

TEST(RenderJsonTest, MatchesGolden) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  ExpectMatchesGolden(RenderJson(report), "report/testdata/sample_report.json");
}

TEST(RenderJsonTest, RoundTripsThroughTheProtoParser) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  Report parsed;
  ASSERT_OK(ParseJsonProto(RenderJson(report), "rendered", &parsed));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(report, parsed));
}

TEST(RenderJsonTest, UsesProtoFieldNamesAndEnumNames) {
  Report report;
  ClaimGroup* group = report.add_groups();
  group->set_event_group_id("g1");
  group->set_verdict(SINGLE_SOURCE);
  const std::string json = RenderJson(report);
  EXPECT_THAT(json, HasSubstr("\"event_group_id\": \"g1\""));
  EXPECT_THAT(json, HasSubstr("\"verdict\": \"SINGLE_SOURCE\""));
  // Default-valued fields are present, so keys are stable.
  EXPECT_THAT(json, HasSubstr("\"explanation\": \"\""));
  EXPECT_EQ(json.back(), '\n');
}

}  // namespace
}  // namespace xref

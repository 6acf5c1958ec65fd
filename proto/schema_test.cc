// The claim schema survives binary and JSON round trips unchanged.

#include <string>

#include "base/status_matchers.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {
namespace {

ClaimSet SampleClaimSet() {
  ClaimSet set;
  Document* doc = set.mutable_document();
  doc->set_id("wire");
  doc->set_outlet("Wire Service");
  doc->set_published("2023-03-14");
  doc->set_text("Police arrested Anna Kowalski on March 2 on fraud charges.");
  Entity* person = set.add_entities();
  person->set_id("e1");
  person->set_type(PERSON);
  person->set_canonical("Anna Kowalski");
  person->add_aliases("Anna Kowalski");
  Mention* mention = person->add_mentions();
  mention->set_text("Anna Kowalski");
  mention->mutable_span()->set_begin(16);
  mention->mutable_span()->set_end(29);
  EventMention* event = set.add_events();
  event->set_id("ev1");
  event->set_type("Justice:Arrest-Jail");
  event->set_trigger("arrested");
  Claim* claim = set.add_claims();
  claim->set_id("c1");
  claim->set_event_id("ev1");
  claim->set_role("time");
  DateValue* date = claim->mutable_value()->mutable_date();
  date->set_iso("2023-03-02");
  date->set_granularity(DAY);
  claim->mutable_value()->set_normalized("2023-03-02");
  claim->mutable_attribution()->set_source("the prosecutor");
  claim->set_modality(REPORTED);
  Claim* count = set.add_claims();
  count->set_id("c2");
  count->set_role("count");
  count->mutable_value()->mutable_number()->set_low(13);
  count->mutable_value()->mutable_number()->set_unbounded(true);
  return set;
}

TEST(SchemaTest, ClaimSetRoundTripsThroughBinary) {
  ClaimSet original = SampleClaimSet();
  std::string bytes;
  ASSERT_TRUE(original.SerializeToString(&bytes));
  ClaimSet parsed;
  ASSERT_TRUE(parsed.ParseFromString(bytes));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(original, parsed));
}

TEST(SchemaTest, ClaimSetRoundTripsThroughJson) {
  ClaimSet original = SampleClaimSet();
  std::string json;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(original, &json).ok());
  EXPECT_NE(json.find("\"Justice:Arrest-Jail\""), std::string::npos);
  ClaimSet parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(original, parsed));
}

TEST(SchemaTest, ReportRoundTripsThroughJson) {
  Report report;
  *report.add_claim_sets() = SampleClaimSet();
  ClaimGroup* group = report.add_groups();
  group->set_role("crime");
  group->set_kind(MULTI);
  group->set_verdict(DIVERGENT);
  Support* support = group->add_values()->add_support();
  support->set_doc_id("wire");
  support->set_modality(ALLEGED);
  std::string json;
  ASSERT_TRUE(google::protobuf::util::MessageToJsonString(report, &json).ok());
  Report parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(report, parsed));
}

}  // namespace
}  // namespace xref

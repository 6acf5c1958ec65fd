// The fast JSON printer on real data: the bundled example's report golden,
// parsed and printed again, must come back byte for byte, through the fast
// path; and the example's hand-made answer key prints as protobuf prints it.

#include <string>

#include "base/file.h"
#include "base/json_printer.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gtest/gtest.h"
#include "proto/gold.pb.h"
#include "proto/report.pb.h"

namespace xref {
namespace {

TEST(JsonPrinterGoldenTest, ReportGoldenReprintsIdentically) {
  ASSERT_OK_AND_ASSIGN(std::string golden,
                       ReadFile("tests/golden/iraq-pmf.json"));
  Report report;
  ASSERT_OK(ParseJsonProto(golden, "iraq-pmf.json", &report));
  ASSERT_GT(report.claim_sets_size(), 0);
  std::string fast;
  ASSERT_TRUE(PrintJsonFast(report, /*pretty=*/true, &fast));
  EXPECT_TRUE(fast == golden) << "the fast printer changed the golden";
  EXPECT_TRUE(ToJson(report, /*pretty=*/true) == golden);
  std::string compact;
  ASSERT_TRUE(PrintJsonFast(report, /*pretty=*/false, &compact));
  EXPECT_TRUE(compact == MessageToJsonReference(report, /*pretty=*/false));
}

TEST(JsonPrinterGoldenTest, AnswerKeyPrintsAsProtobufDoes) {
  gold::AnswerKey key;
  ASSERT_OK(ReadProto("examples/iraq-pmf/gold.json", &key));
  ASSERT_GT(key.events_size(), 0);
  for (bool pretty : {true, false}) {
    std::string fast;
    ASSERT_TRUE(PrintJsonFast(key, pretty, &fast));
    EXPECT_TRUE(fast == MessageToJsonReference(key, pretty)) << pretty;
  }
}

}  // namespace
}  // namespace xref

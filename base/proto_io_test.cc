#include "base/proto_io.h"

#include <string>

#include "base/file.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "proto/claim.pb.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

TEST(ProtoIoTest, FormatFollowsTheExtension) {
  EXPECT_EQ(FormatForPath("a/b.json"), ProtoFormat::kJson);
  EXPECT_EQ(FormatForPath("rules.textproto"), ProtoFormat::kText);
  EXPECT_EQ(FormatForPath("rules.pbtxt"), ProtoFormat::kText);
  EXPECT_EQ(FormatForPath("claims.pb"), ProtoFormat::kBinary);
  EXPECT_EQ(FormatForPath("claims"), ProtoFormat::kBinary);
}

TEST(ProtoIoTest, TextErrorNamesTheInputLineAndColumn) {
  Document doc;
  doc.set_id("stale");
  EXPECT_THAT(ParseTextProto("id: \"a\"\noutlet: 7 7\n", "doc.textproto", &doc),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("doc.textproto:2:")));
  EXPECT_THAT(ParseTextProto("no_such_field: 1", "x.textproto", &doc),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::AllOf(HasSubstr("x.textproto:1:"),
                                        HasSubstr("has no field named \"no_such_field\""))));
}

TEST(ProtoIoTest, TextParseClearsTheMessageAndReportsWhereFieldsAre) {
  Document doc;
  doc.set_url("http://old");
  google::protobuf::TextFormat::ParseInfoTree where;
  ASSERT_OK(ParseTextProto("id: \"a\"\n\n  outlet: \"Reuters\"\n", "doc", &doc, &where));
  EXPECT_EQ(doc.id(), "a");
  EXPECT_EQ(doc.outlet(), "Reuters");
  EXPECT_EQ(doc.url(), "");
  const auto outlet = where.GetLocation(Document::descriptor()->FindFieldByName("outlet"), -1);
  EXPECT_EQ(outlet.line, 2);    // Zero-based.
  EXPECT_EQ(outlet.column, 2);
}

TEST(ProtoIoTest, JsonRejectsUnknownFieldsNamingTheInput) {
  Document doc;
  EXPECT_THAT(ParseJsonProto(R"({"id": "a", "colour": "red"})", "doc.json", &doc),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ::testing::AllOf(HasSubstr("doc.json: "), HasSubstr("colour"))));
  ASSERT_OK(ParseJsonProto(R"({"id": "a", "published": "2021-05-26"})", "doc.json", &doc));
  EXPECT_EQ(doc.published(), "2021-05-26");
}

TEST(ProtoIoTest, WriteThenReadRoundTripsInEveryFormat) {
  Document doc;
  doc.set_id("d1");
  doc.set_outlet("Reuters");
  doc.set_text("Police said \"no\".\n\xC3\xA9t\xC3\xA9");
  for (const char* name : {"doc.json", "doc.textproto", "doc.pb"}) {
    const std::string path = JoinPath(::testing::TempDir(), name);
    ASSERT_OK(WriteProto(path, doc)) << name;
    Document back;
    ASSERT_OK(ReadProto(path, &back)) << name;
    EXPECT_EQ(back.SerializeAsString(), doc.SerializeAsString()) << name;
  }
}

TEST(ProtoIoTest, ReadErrorsNameTheFile) {
  Document doc;
  const std::string missing = JoinPath(::testing::TempDir(), "missing.json");
  EXPECT_THAT(ReadProto(missing, &doc), StatusIs(absl::StatusCode::kNotFound, HasSubstr(missing)));
  const std::string garbage = JoinPath(::testing::TempDir(), "garbage.pb");
  ASSERT_OK(WriteFileAtomically(garbage, "\xFF\xFF\xFF"));
  EXPECT_THAT(ReadProto(garbage, &doc),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(garbage + ": not a valid binary xref.Document")));
}

}  // namespace
}  // namespace xref

#include "eval/answer_key.h"

#include <string>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

constexpr char kKey[] = R"json({
  "corpus": "tiny",
  "documents": [{"id": "a", "file": "a.txt", "outlet": "A"},
                {"id": "b", "file": "b.txt", "outlet": "B"}],
  "entities": [{"id": "p", "type": "PERSON", "canonical": "Ann Lee",
                "aliases": ["Ann Lee", "Lee"]}],
  "events": [{"id": "ev", "type": "Justice:Arrest-Jail", "participant": "p",
              "date": "2019-03",
              "slots": [{"role": "time", "kind": "single", "verdict": "agree",
                         "values": [{"doc": "a", "value": "2019-03",
                                     "evidence": "in March"}]}]}],
  "attributes": [{"entity": "p", "attribute": "hometown", "kind": "single",
                  "verdict": "single_source",
                  "values": [{"doc": "b", "value": "Oslo",
                              "evidence": "from Oslo",
                              "attributed_to": "her lawyer"}]}]
})json";

std::string Replace(std::string text, const std::string& from,
                    const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ParseAnswerKey, ReadsEveryPart) {
  ASSERT_OK_AND_ASSIGN(gold::AnswerKey key, ParseAnswerKey(kKey, "tiny.json"));
  EXPECT_EQ(key.corpus(), "tiny");
  ASSERT_EQ(key.documents_size(), 2);
  ASSERT_EQ(key.events_size(), 1);
  EXPECT_EQ(key.events(0).slots(0).values(0).evidence(), "in March");
  ASSERT_EQ(key.attributes_size(), 1);
  EXPECT_EQ(key.attributes(0).values(0).attributed_to(), "her lawyer");
}

TEST(ParseAnswerKey, UnknownFieldIsNamed) {
  std::string json = Replace(kKey, "\"date\": \"2019-03\"",
                             "\"date\": \"2019-03\", \"confidence\": 3");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("tiny.json"), HasSubstr("confidence"))));
}

TEST(ParseAnswerKey, SyntaxErrorNamesTheFile) {
  EXPECT_THAT(ParseAnswerKey("{\"corpus\": ", "broken.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("broken.json")));
}

TEST(ParseAnswerKey, UnknownDocumentInAValue) {
  std::string json = Replace(kKey, "\"doc\": \"a\"", "\"doc\": \"zz\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("events[0] (ev) slot time values[0]"),
                             HasSubstr("unknown document 'zz'"))));
}

TEST(ParseAnswerKey, UnknownParticipantEntity) {
  std::string json =
      Replace(kKey, "\"participant\": \"p\"", "\"participant\": \"q\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("unknown entity 'q'")));
}

TEST(ParseAnswerKey, UnknownAttributeEntity) {
  std::string json = Replace(kKey, "\"entity\": \"p\"", "\"entity\": \"r\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("attributes[0]"),
                             HasSubstr("unknown entity 'r'"))));
}

TEST(ParseAnswerKey, BadKind) {
  std::string json = Replace(kKey, "\"kind\": \"single\"", "\"kind\": \"one\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("kind 'one' is not single or multi")));
}

TEST(ParseAnswerKey, BadVerdict) {
  std::string json =
      Replace(kKey, "\"verdict\": \"agree\"", "\"verdict\": \"agreed\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("slot time"),
                             HasSubstr("verdict 'agreed'"))));
}

TEST(ParseAnswerKey, DuplicateDocumentId) {
  std::string json = Replace(kKey, "{\"id\": \"b\"", "{\"id\": \"a\"");
  EXPECT_THAT(ParseAnswerKey(json, "tiny.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("documents[1]"),
                             HasSubstr("duplicate id 'a'"))));
}

TEST(LoadAnswerKey, MissingFile) {
  EXPECT_THAT(LoadAnswerKey("no/such/gold.json"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("no/such/gold.json")));
}

TEST(GoldVerdict, RoundTripsEveryVerdict) {
  for (const char* name : {"agree", "conflict", "divergent", "single_source"}) {
    EXPECT_EQ(VerdictName(GoldVerdict(name)), name);
  }
  EXPECT_EQ(GoldVerdict("Agree"), VERDICT_UNSPECIFIED);
}

TEST(LocateEvidence, FindsByteExactSpan) {
  // "Kata’eb" holds a 3-byte apostrophe: offsets are bytes.
  std::string text = "The Kata\u2019eb group said. Police arrested him.";
  ASSERT_OK_AND_ASSIGN(Span span, LocateEvidence(text, "arrested him"));
  EXPECT_EQ(text.substr(span.begin(), span.end() - span.begin()), "arrested him");
  // "The Kata" (8) + U+2019 (3) + "eb group said. Police " (22) = 33.
  EXPECT_EQ(span.begin(), 33);
}

TEST(LocateEvidence, MissingAndEmpty) {
  EXPECT_THAT(LocateEvidence("Police arrested him.", "Police detained him"),
              StatusIs(absl::StatusCode::kNotFound,
                       HasSubstr("\"Police detained him\" does not occur")));
  EXPECT_THAT(LocateEvidence("text", ""),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("empty evidence")));
}

}  // namespace
}  // namespace xref

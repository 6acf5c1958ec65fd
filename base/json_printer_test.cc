#include "base/json_printer.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/dynamic_message.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "proto/claim.pb.h"
#include "proto/gold.pb.h"
#include "proto/report.pb.h"

namespace xref {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::DescriptorPool;
using google::protobuf::DynamicMessageFactory;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// The fast printer must succeed and agree byte for byte with protobuf.
void ExpectSameAsProtobuf(const Message& m, const std::string& context = "") {
  for (bool pretty : {true, false}) {
    std::string fast;
    ASSERT_TRUE(PrintJsonFast(m, pretty, &fast))
        << context << " pretty=" << pretty;
    std::string reference = MessageToJsonReference(m, pretty);
    if (fast != reference) {
      size_t at = 0;
      while (at < fast.size() && at < reference.size() &&
             fast[at] == reference[at]) {
        ++at;
      }
      size_t from = at < 80 ? 0 : at - 80;
      ADD_FAILURE() << context << " pretty=" << pretty
                    << ": first difference at byte " << at << "\nfast:      "
                    << fast.substr(from, 120) << "\nprotobuf:  "
                    << reference.substr(from, 120);
    }
    EXPECT_EQ(MessageToJson(m, pretty), fast);
  }
}

std::string Utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    s.push_back(static_cast<char>(0xc0 | (cp >> 6)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    s.push_back(static_cast<char>(0xe0 | (cp >> 12)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    s.push_back(static_cast<char>(0xf0 | (cp >> 18)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
  return s;
}

TEST(JsonPrinterTest, EmptyMessagesPrintDefaultsLikeProtobuf) {
  ExpectSameAsProtobuf(Report());
  ExpectSameAsProtobuf(ClaimCorpus());
  ExpectSameAsProtobuf(gold::AnswerKey());
  ExpectSameAsProtobuf(Span());
}

TEST(JsonPrinterTest, PrettyLayoutIsOneSpacePerLevel) {
  Span span;
  span.set_begin(3);
  span.set_end(-7);
  std::string out;
  ASSERT_TRUE(PrintJsonFast(span, true, &out));
  EXPECT_EQ(out, "{\n \"begin\": \"3\",\n \"end\": \"-7\"\n}\n");
  out.clear();
  ASSERT_TRUE(PrintJsonFast(span, false, &out));
  EXPECT_EQ(out, "{\"begin\":\"3\",\"end\":\"-7\"}");
}

TEST(JsonPrinterTest, AppendsToExistingText) {
  std::string out = "x";
  ASSERT_TRUE(PrintJsonFast(Span(), false, &out));
  EXPECT_EQ(out, "x{\"begin\":\"0\",\"end\":\"0\"}");
}

TEST(JsonPrinterTest, NestedEmptiesAndSetButEmptyMessages) {
  Report report;
  report.mutable_summary();  // Set, all defaults: printed with its zeros.
  report.add_documents();
  report.add_entities()->add_mentions();
  ClaimGroup* group = report.add_groups();
  ValueSupport* value = group->add_values();
  value->mutable_value();
  Support* support = value->add_support();
  support->mutable_attribution();  // Set but empty.
  // Evidence left unset: omitted.
  report.add_claim_sets()->add_claims()->mutable_value()->mutable_date();
  report.add_skipped();
  ExpectSameAsProtobuf(report);
}

TEST(JsonPrinterTest, OneofScalarsGoLastAndMessagesStayInPlace) {
  Value value;
  value.set_raw("r");
  value.set_category("");  // Set to the empty string: still printed.
  value.set_normalized("n");
  value.add_broader("b");
  ExpectSameAsProtobuf(value, "category");
  std::string out;
  ASSERT_TRUE(PrintJsonFast(value, false, &out));
  EXPECT_EQ(out,
            "{\"raw\":\"r\",\"normalized\":\"n\",\"place_key\":\"\","
            "\"broader\":[\"b\"],\"category\":\"\"}");

  value.set_text("free text");
  ExpectSameAsProtobuf(value, "text");
  value.mutable_number()->set_low(4);
  ExpectSameAsProtobuf(value, "number");
  value.mutable_entity()->set_entity_id("e1");
  ExpectSameAsProtobuf(value, "entity");
}

TEST(JsonPrinterTest, EnumsByNameAndUnknownNumbersAsNumbers) {
  Claim claim;
  claim.set_modality(HEDGED);
  ExpectSameAsProtobuf(claim, "known");
  claim.set_modality(static_cast<Modality>(77));
  ExpectSameAsProtobuf(claim, "unknown");
  claim.set_modality(static_cast<Modality>(-5));
  ExpectSameAsProtobuf(claim, "negative");
}

TEST(JsonPrinterTest, IntegerExtremes) {
  NumberRange range;
  range.set_low(std::numeric_limits<int64_t>::min());
  range.set_high(std::numeric_limits<int64_t>::max());
  range.set_unbounded(true);
  ExpectSameAsProtobuf(range);
  AgreementCell cell;
  cell.set_shared(std::numeric_limits<int32_t>::min());
  cell.set_agreed(std::numeric_limits<int32_t>::max());
  ExpectSameAsProtobuf(cell);
}

TEST(JsonPrinterTest, StringsWithSpecialCharacters) {
  const std::vector<std::string> samples = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      std::string("nul \0 in the middle", 19),
      "\b\t\n\f\r\x01\x1f\x7f",
      "<script>alert('x') & \"y\" = 1</script>",
      "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb4\xd8\xaf \xd8\xa7\xd9\x84\xd8\xb4\xd8\xb9"
      "\xd8\xa8\xd9\x8a",  // Arabic (RTL).
      "\xe2\x80\x8f\xe2\x80\xae\xe2\x81\xa6 marks",  // RLM, RLO, LRI.
      "emoji \xf0\x9f\x98\x80 \xf0\x9f\x87\xae\xf0\x9f\x87\xb6 \xf0\x9f\x91\xa8"
      "\xe2\x80\x8d\xf0\x9f\x91\xa9",  // With a zero-width joiner.
      "soft\xc2\xadhyphen, BOM \xef\xbb\xbf, line sep \xe2\x80\xa8",
      "\xe2\x80\x9cquotes\xe2\x80\x9d \xe2\x80\x94 dash, \xc2\xa0nbsp",
  };
  for (const std::string& s : samples) {
    Document doc;
    doc.set_text(s);
    doc.set_title(s);
    Entity entity;
    entity.add_aliases(s);
    entity.add_aliases(s + s);
    ExpectSameAsProtobuf(doc, s);
    ExpectSameAsProtobuf(entity, s);
  }
}

// Every Unicode scalar value, a block at a time; on a mismatch, the first
// code point that differs is named.
TEST(JsonPrinterTest, EveryCodePointEscapedLikeProtobuf) {
  constexpr uint32_t kBlock = 4096;
  for (uint32_t start = 0; start < 0x110000; start += kBlock) {
    Document doc;
    std::string* text = doc.mutable_text();
    for (uint32_t cp = start; cp < start + kBlock; ++cp) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      text->append(Utf8(cp));
    }
    std::string fast;
    ASSERT_TRUE(PrintJsonFast(doc, false, &fast)) << "block " << start;
    if (fast == MessageToJsonReference(doc, false)) continue;
    for (uint32_t cp = start; cp < start + kBlock; ++cp) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      Document one;
      one.set_text(Utf8(cp));
      std::string f;
      ASSERT_TRUE(PrintJsonFast(one, false, &f));
      ASSERT_EQ(f, MessageToJsonReference(one, false))
          << absl::StrCat("code point U+", absl::Hex(cp));
    }
    FAIL() << "block " << start << " differs but no single code point does";
  }
}

// Invalid UTF-8 is left to protobuf, whatever it makes of it.
TEST(JsonPrinterTest, InvalidUtf8FallsBackToProtobuf) {
  const std::vector<std::string> samples = {
      "bad \xff byte",     "truncated \xe2\x80",  "lone continuation \x80",
      "overlong \xc0\xaf", "surrogate \xed\xa0\x80", "too big \xf4\x90\x80\x80",
      "end \xf0\x9f\x98",
  };
  for (const std::string& s : samples) {
    Document doc;
    doc.set_text(s);
    std::string out = "kept";
    EXPECT_FALSE(PrintJsonFast(doc, true, &out)) << s;
    EXPECT_EQ(out, "kept");
    for (bool pretty : {true, false}) {
      EXPECT_EQ(MessageToJson(doc, pretty), MessageToJsonReference(doc, pretty))
          << s;
    }
  }
}

// A proto3 schema built at run time, with every scalar kind, for what our own
// protos do not use.
constexpr char kKitchenSink[] = R"pb(
  name: "kitchen_sink.proto"
  package: "xref.test"
  syntax: "proto3"
  enum_type {
    name: "Color"
    value { name: "COLOR_UNSPECIFIED" number: 0 }
    value { name: "RED" number: 1 }
    value { name: "MINUS" number: -3 }
  }
  message_type {
    name: "Inner"
    field { name: "s" number: 1 label: LABEL_OPTIONAL type: TYPE_STRING }
    field { name: "u32" number: 2 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  }
  message_type {
    name: "Sink"
    field { name: "i32" number: 1 label: LABEL_OPTIONAL type: TYPE_INT32 }
    field { name: "i64" number: 2 label: LABEL_OPTIONAL type: TYPE_INT64 }
    field { name: "u32" number: 3 label: LABEL_OPTIONAL type: TYPE_UINT32 }
    field { name: "u64" number: 4 label: LABEL_OPTIONAL type: TYPE_UINT64 }
    field { name: "s32" number: 5 label: LABEL_OPTIONAL type: TYPE_SINT32 }
    field { name: "s64" number: 6 label: LABEL_OPTIONAL type: TYPE_SINT64 }
    field { name: "f32" number: 7 label: LABEL_OPTIONAL type: TYPE_FIXED32 }
    field { name: "f64" number: 8 label: LABEL_OPTIONAL type: TYPE_FIXED64 }
    field { name: "sf32" number: 9 label: LABEL_OPTIONAL type: TYPE_SFIXED32 }
    field { name: "sf64" number: 10 label: LABEL_OPTIONAL type: TYPE_SFIXED64 }
    field { name: "b" number: 11 label: LABEL_OPTIONAL type: TYPE_BOOL }
    field { name: "str" number: 12 label: LABEL_OPTIONAL type: TYPE_STRING }
    field {
      name: "color" number: 13 label: LABEL_OPTIONAL type: TYPE_ENUM
      type_name: ".xref.test.Color"
    }
    field {
      name: "inner" number: 14 label: LABEL_OPTIONAL type: TYPE_MESSAGE
      type_name: ".xref.test.Inner"
    }
    field { name: "r_i32" number: 21 label: LABEL_REPEATED type: TYPE_INT32 }
    field { name: "r_i64" number: 22 label: LABEL_REPEATED type: TYPE_INT64 }
    field { name: "r_u32" number: 23 label: LABEL_REPEATED type: TYPE_UINT32 }
    field { name: "r_u64" number: 24 label: LABEL_REPEATED type: TYPE_UINT64 }
    field { name: "r_b" number: 25 label: LABEL_REPEATED type: TYPE_BOOL }
    field { name: "r_str" number: 26 label: LABEL_REPEATED type: TYPE_STRING }
    field {
      name: "r_color" number: 27 label: LABEL_REPEATED type: TYPE_ENUM
      type_name: ".xref.test.Color"
    }
    field {
      name: "r_inner" number: 28 label: LABEL_REPEATED type: TYPE_MESSAGE
      type_name: ".xref.test.Inner"
    }
    # A oneof declared before other fields, numbered out of order.
    field {
      name: "o_str" number: 40 label: LABEL_OPTIONAL type: TYPE_STRING
      oneof_index: 0
    }
    field {
      name: "o_i64" number: 31 label: LABEL_OPTIONAL type: TYPE_INT64
      oneof_index: 0
    }
    field {
      name: "o_inner" number: 32 label: LABEL_OPTIONAL type: TYPE_MESSAGE
      type_name: ".xref.test.Inner" oneof_index: 0
    }
    field {
      name: "p_color" number: 33 label: LABEL_OPTIONAL type: TYPE_ENUM
      type_name: ".xref.test.Color" oneof_index: 1
    }
    field { name: "tail" number: 34 label: LABEL_OPTIONAL type: TYPE_STRING }
    field {
      name: "opt_i32" number: 35 label: LABEL_OPTIONAL type: TYPE_INT32
      oneof_index: 2 proto3_optional: true
    }
    oneof_decl { name: "choice" }
    oneof_decl { name: "pick" }
    oneof_decl { name: "_opt_i32" }
  }
  message_type {
    name: "WithDouble"
    field { name: "d" number: 1 label: LABEL_OPTIONAL type: TYPE_DOUBLE }
  }
  message_type {
    name: "WithBytes"
    field { name: "y" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES }
  }
  message_type {
    name: "WithMap"
    field {
      name: "m" number: 1 label: LABEL_REPEATED type: TYPE_MESSAGE
      type_name: ".xref.test.WithMap.MEntry"
    }
    nested_type {
      name: "MEntry"
      field { name: "key" number: 1 label: LABEL_OPTIONAL type: TYPE_STRING }
      field { name: "value" number: 2 label: LABEL_OPTIONAL type: TYPE_INT32 }
      options { map_entry: true }
    }
  }
)pb";

class KitchenSinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    google::protobuf::FileDescriptorProto file;
    ASSERT_TRUE(
        google::protobuf::TextFormat::ParseFromString(kKitchenSink, &file));
    ASSERT_NE(pool_.BuildFile(file), nullptr);
  }

  std::unique_ptr<Message> New(const std::string& name) {
    const Descriptor* d = pool_.FindMessageTypeByName("xref.test." + name);
    EXPECT_NE(d, nullptr) << name;
    return std::unique_ptr<Message>(factory_.GetPrototype(d)->New());
  }

  DescriptorPool pool_;
  DynamicMessageFactory factory_;
};

TEST_F(KitchenSinkTest, DefaultsOfEveryKind) {
  ExpectSameAsProtobuf(*New("Sink"));
}

TEST_F(KitchenSinkTest, EveryKindSet) {
  std::unique_ptr<Message> m = New("Sink");
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        i32: -2147483648 i64: -9223372036854775808 u32: 4294967295
        u64: 18446744073709551615 s32: -5 s64: -6 f32: 7 f64: 8 sf32: -9
        sf64: -10 b: true str: "x<y>" color: MINUS
        inner { s: "in" }
        r_i32: [ 1, -1 ] r_i64: [ 2, -2 ] r_u32: [ 3 ] r_u64: [ 4 ]
        r_b: [ true, false ] r_str: [ "a", "" ] r_color: [ RED, 9 ]
        r_inner {} r_inner { u32: 5 }
        o_str: "last" p_color: COLOR_UNSPECIFIED tail: "t" opt_i32: 0
      )pb",
      m.get()));
  ExpectSameAsProtobuf(*m, "o_str");
  std::string out;
  ASSERT_TRUE(PrintJsonFast(*m, false, &out));
  EXPECT_THAT(out, ::testing::EndsWith(
                       "\"tail\":\"t\",\"p_color\":\"COLOR_UNSPECIFIED\","
                       "\"opt_i32\":0,\"o_str\":\"last\"}"));

  const Reflection* r = m->GetReflection();
  const Descriptor* d = m->GetDescriptor();
  r->SetInt64(m.get(), d->FindFieldByName("o_i64"), 0);
  ExpectSameAsProtobuf(*m, "o_i64");
  r->MutableMessage(m.get(), d->FindFieldByName("o_inner"));
  ExpectSameAsProtobuf(*m, "o_inner");
  r->SetEnumValue(m.get(), d->FindFieldByName("color"), 12345);
  ExpectSameAsProtobuf(*m, "unknown enum");
}

TEST_F(KitchenSinkTest, UnsupportedKindsFallBackToProtobuf) {
  std::unique_ptr<Message> with_double = New("WithDouble");
  with_double->GetReflection()->SetDouble(
      with_double.get(), with_double->GetDescriptor()->field(0), 0.1);
  std::unique_ptr<Message> with_bytes = New("WithBytes");
  with_bytes->GetReflection()->SetString(
      with_bytes.get(), with_bytes->GetDescriptor()->field(0), "\x01\xff");
  std::unique_ptr<Message> with_map = New("WithMap");
  for (const Message* m :
       {with_double.get(), with_bytes.get(), with_map.get()}) {
    std::string out;
    EXPECT_FALSE(PrintJsonFast(*m, true, &out)) << m->GetTypeName();
    EXPECT_TRUE(out.empty());
    for (bool pretty : {true, false}) {
      EXPECT_EQ(MessageToJson(*m, pretty), MessageToJsonReference(*m, pretty));
    }
  }
}

TEST(JsonPrinterTest, UnknownFieldsFallBackToProtobuf) {
  Span span;
  span.set_begin(1);
  span.GetReflection()->MutableUnknownFields(&span)->AddVarint(99, 5);
  std::string out;
  EXPECT_FALSE(PrintJsonFast(span, true, &out));
  EXPECT_EQ(MessageToJson(span, true), MessageToJsonReference(span, true));
}

// Fills every field by reflection with random values: random lengths of
// repeated fields, messages present or not, strings from a mix of ASCII,
// characters that need escaping and multi-byte UTF-8, random oneof members.
class RandomFiller {
 public:
  explicit RandomFiller(uint32_t seed) : rng_(seed) {}

  void Fill(Message* m, int depth) {
    const Descriptor* d = m->GetDescriptor();
    const Reflection* r = m->GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      if (f->is_repeated()) {
        int n = Chance(0.3) ? 0 : Uniform(1, depth > 3 ? 2 : 4);
        for (int k = 0; k < n; ++k) AddValue(m, r, f, depth);
      } else if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        if (depth < 6 && Chance(0.6)) {
          Fill(r->MutableMessage(m, f), depth + 1);
        }
      } else if (f->containing_oneof() == nullptr || Chance(0.3)) {
        if (!Chance(0.2)) SetValue(m, r, f);
      }
    }
  }

 private:
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  int Uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng_);
  }
  int64_t Int64() {
    switch (Uniform(0, 3)) {
      case 0:
        return Uniform(0, 100);
      case 1:
        return std::numeric_limits<int64_t>::min();
      case 2:
        return std::numeric_limits<int64_t>::max();
      default:
        return std::uniform_int_distribution<int64_t>()(rng_);
    }
  }
  int32_t Int32() {
    return Chance(0.5) ? Uniform(-3, 3)
                       : std::uniform_int_distribution<int32_t>()(rng_);
  }

  std::string String() {
    static const char* const kPieces[] = {
        "a", "Karbala", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "<", ">",
        "&", "=", "'", "/", "\x7f", "\xc2\x80", "\xc2\xad", "\xc3\xa9",
        "\xd8\xb9\xd8\xb1\xd8\xa7\xd9\x82", "\xd8\x80", "\xe2\x80\x8f",
        "\xe2\x80\xa8", "\xe2\x80\x99", "\xef\xbb\xbf", "\xf0\x9f\x98\x80",
        "\xf3\xa0\x80\x81", "\xe4\xb8\xad\xe6\x96\x87"};
    constexpr int kCount = sizeof(kPieces) / sizeof(kPieces[0]);
    std::string s;
    int n = Chance(0.2) ? 0 : Uniform(1, 12);
    for (int i = 0; i < n; ++i) s += kPieces[Uniform(0, kCount - 1)];
    return s;
  }

  int EnumNumber(const FieldDescriptor* f) {
    if (Chance(0.1)) return Uniform(50, 60);  // No name.
    const auto* e = f->enum_type();
    return e->value(Uniform(0, e->value_count() - 1))->number();
  }

  void SetValue(Message* m, const Reflection* r, const FieldDescriptor* f) {
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        r->SetString(m, f, String());
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        r->SetInt32(m, f, Int32());
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        r->SetInt64(m, f, Int64());
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        r->SetBool(m, f, Chance(0.5));
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        r->SetEnumValue(m, f, EnumNumber(f));
        break;
      default:
        ADD_FAILURE() << "unexpected field kind " << f->full_name();
    }
  }

  void AddValue(Message* m, const Reflection* r, const FieldDescriptor* f,
                int depth) {
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_MESSAGE: {
        Message* child = r->AddMessage(m, f);
        if (depth < 6) Fill(child, depth + 1);
        break;
      }
      case FieldDescriptor::CPPTYPE_STRING:
        r->AddString(m, f, String());
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        r->AddInt32(m, f, Int32());
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        r->AddInt64(m, f, Int64());
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        r->AddBool(m, f, Chance(0.5));
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        r->AddEnumValue(m, f, EnumNumber(f));
        break;
      default:
        ADD_FAILURE() << "unexpected field kind " << f->full_name();
    }
  }

  std::mt19937 rng_;
};

template <typename M>
void ExpectRandomMessagesSameAsProtobuf(int count) {
  RandomFiller filler(20240611);
  for (int i = 0; i < count; ++i) {
    M m;
    filler.Fill(&m, 0);
    ExpectSameAsProtobuf(m, absl::StrCat(m.GetTypeName(), " #", i));
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(JsonPrinterRandomTest, Reports) { ExpectRandomMessagesSameAsProtobuf<Report>(40); }
TEST(JsonPrinterRandomTest, ClaimCorpora) {
  ExpectRandomMessagesSameAsProtobuf<ClaimCorpus>(40);
}
TEST(JsonPrinterRandomTest, AnswerKeys) {
  ExpectRandomMessagesSameAsProtobuf<gold::AnswerKey>(100);
}
TEST(JsonPrinterRandomTest, BatchIndexes) {
  ExpectRandomMessagesSameAsProtobuf<BatchIndex>(100);
}

}  // namespace
}  // namespace xref

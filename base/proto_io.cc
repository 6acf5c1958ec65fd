#include "base/proto_io.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/json_printer.h"
#include "base/status_macros.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"

namespace xref {
namespace {

// Collects text-format parse errors with their positions.
class TextErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  explicit TextErrorCollector(absl::string_view name) : name_(name) {}
  void AddError(int line, int column, const std::string& message) override {
    if (!first_.empty()) return;
    first_ = absl::StrCat(name_, ":", line + 1, ":", column + 1, ": ", message);
  }
  void AddWarning(int, int, const std::string&) override {}
  const std::string& first() const { return first_; }

 private:
  std::string name_;
  std::string first_;
};

}  // namespace

ProtoFormat FormatForPath(absl::string_view path) {
  if (absl::EndsWith(path, ".json")) return ProtoFormat::kJson;
  if (absl::EndsWith(path, ".textproto") || absl::EndsWith(path, ".txtpb") ||
      absl::EndsWith(path, ".pbtxt") || absl::EndsWith(path, ".txt")) {
    return ProtoFormat::kText;
  }
  return ProtoFormat::kBinary;
}

absl::Status ParseTextProto(absl::string_view text, absl::string_view name,
                            google::protobuf::Message* message,
                            google::protobuf::TextFormat::ParseInfoTree* locations) {
  message->Clear();
  TextErrorCollector errors(name);
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  if (locations != nullptr) parser.WriteLocationsTo(locations);
  if (!parser.ParseFromString(std::string(text), message)) {
    return absl::InvalidArgumentError(
        errors.first().empty() ? absl::StrCat(name, ": invalid text proto")
                               : errors.first());
  }
  return absl::OkStatus();
}

absl::Status ParseJsonProto(absl::string_view json, absl::string_view name,
                            google::protobuf::Message* message) {
  message->Clear();
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  auto status = google::protobuf::util::JsonStringToMessage(
      std::string(json), message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", std::string(status.message())));
  }
  return absl::OkStatus();
}

std::string ToJson(const google::protobuf::Message& message, bool pretty) {
  std::string out = MessageToJson(message, pretty);
  if (pretty && (out.empty() || out.back() != '\n')) out.push_back('\n');
  return out;
}

absl::Status ReadProto(absl::string_view path,
                       google::protobuf::Message* message) {
  ASSIGN_OR_RETURN(std::string data, ReadFile(path));
  switch (FormatForPath(path)) {
    case ProtoFormat::kJson:
      return ParseJsonProto(data, path, message);
    case ProtoFormat::kText:
      return ParseTextProto(data, path, message);
    case ProtoFormat::kBinary:
      message->Clear();
      if (!message->ParseFromString(data)) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": not a valid binary ", message->GetTypeName()));
      }
      return absl::OkStatus();
  }
  return absl::InternalError("unreachable");
}

absl::Status WriteProto(absl::string_view path,
                        const google::protobuf::Message& message) {
  std::string data;
  switch (FormatForPath(path)) {
    case ProtoFormat::kJson:
      data = ToJson(message, /*pretty=*/true);
      break;
    case ProtoFormat::kText:
      google::protobuf::TextFormat::PrintToString(message, &data);
      break;
    case ProtoFormat::kBinary:
      if (!message.SerializeToString(&data)) {
        return absl::InternalError(
            absl::StrCat(path, ": cannot serialise ", message.GetTypeName()));
      }
      break;
  }
  return WriteFileAtomically(path, data);
}

}  // namespace xref

// Reading and writing protobuf messages in the three formats xref speaks:
// binary, text format (.textproto, .txtpb, .pbtxt) and JSON (.json).
//
// Errors name the file, and for text format the line and column, e.g.
// "rules/frames.textproto:12:7: Expected identifier, got: }".

#ifndef XREF_BASE_PROTO_IO_H_
#define XREF_BASE_PROTO_IO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "google/protobuf/text_format.h"

namespace xref {

enum class ProtoFormat { kBinary, kText, kJson };

// The format implied by a path's extension: .json -> kJson; .textproto,
// .txtpb, .pbtxt, .txt -> kText; anything else -> kBinary.
ProtoFormat FormatForPath(absl::string_view path);

// Parses text format into `message` (cleared first). `name` is used in errors.
// When `locations` is not null, it receives where each field was written
// (for errors about field values that name their line).
absl::Status ParseTextProto(absl::string_view text, absl::string_view name,
                            google::protobuf::Message* message,
                            google::protobuf::TextFormat::ParseInfoTree* locations = nullptr);

// Parses JSON into `message` (cleared first). Unknown fields are an error that
// names the field. `name` is used in errors.
absl::Status ParseJsonProto(absl::string_view json, absl::string_view name,
                            google::protobuf::Message* message);

// Serialises `message` as JSON with the .proto field names, indented when
// `pretty`. Fields with default values are included so that readers see
// stable keys. Byte-identical to protobuf's MessageToJsonString with
// preserve_proto_field_names, always_print_primitive_fields and
// add_whitespace = pretty (see base/json_printer.h), plus a final newline
// when pretty.
std::string ToJson(const google::protobuf::Message& message, bool pretty);

// Reads `path` in the format implied by its extension.
absl::Status ReadProto(absl::string_view path, google::protobuf::Message* message);

// Writes `path` atomically in the format implied by its extension.
absl::Status WriteProto(absl::string_view path,
                        const google::protobuf::Message& message);

}  // namespace xref

#endif  // XREF_BASE_PROTO_IO_H_

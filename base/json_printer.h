// A fast JSON printer for proto3 messages that writes exactly the bytes
// protobuf 3.21's `util::MessageToJsonString` writes with
// `preserve_proto_field_names = true`, `always_print_primitive_fields = true`
// and `add_whitespace = pretty`, without its intermediate tree of the whole
// message: one reflection pass appending to one string.
//
// What "exactly" covers, as protobuf 3.21 prints it:
// - fields in declaration order under their .proto names; every non-oneof
//   scalar and repeated field is printed, defaults included ("", 0, false,
//   the enum's first value, []); a singular message field only when set;
// - a oneof (or proto3 `optional`) scalar field only when set, and then after
//   all other fields of its message, in field-number order; a oneof message
//   field in its declaration place when set;
// - int32/uint32/sint32/fixed32 as numbers, 64-bit integers as quoted
//   strings, bools as true/false, enums by value name (numbers without a
//   name as bare numbers);
// - strings escaped like protobuf's JsonEscaping: `"` and `\` with a
//   backslash, \b \t \n \f \r, the other C0 and C1 controls, DEL, '<', '>'
//   and a list of invisible format characters (U+00AD, U+2028, ...) as
//   \uXXXX (surrogate pairs above U+FFFF); everything else, non-ASCII
//   included, as is;
// - pretty mode: one space of indent per level, "key": value, "{}"/"[]" for
//   empty objects and lists, and a trailing newline; compact mode: no
//   whitespace at all.
//
// Anything else makes `PrintJsonFast` decline (return false) rather than
// guess: proto2 messages, well-known types (google.protobuf.*), maps,
// float/double/bytes/group fields, unknown fields, and strings that are not
// valid UTF-8. `MessageToJson` then falls back to `MessageToJsonString`, so
// its output never depends on which path ran.
//
// Thread-safety: all functions are reentrant; concurrent calls on the same
// const message are safe (reflection reads only).

#ifndef XREF_BASE_JSON_PRINTER_H_
#define XREF_BASE_JSON_PRINTER_H_

#include <string>

#include "google/protobuf/message.h"

namespace xref {

// Appends the JSON of `message` to `*out` and returns true, or returns false
// with `*out` unchanged when the message (or a message inside it) uses
// something this printer does not support (see above).
bool PrintJsonFast(const google::protobuf::Message& message, bool pretty,
                   std::string* out);

// The JSON of `message`, byte-identical to `util::MessageToJsonString` with the
// options above: the fast printer when it supports the message, protobuf's
// printer otherwise. Never fails (like the caller of MessageToJsonString that
// ignores its status, it returns whatever protobuf produced).
std::string MessageToJson(const google::protobuf::Message& message,
                          bool pretty);

// protobuf's own printer with the options above; the reference the fast
// printer is tested and benchmarked against.
std::string MessageToJsonReference(const google::protobuf::Message& message,
                                   bool pretty);

}  // namespace xref

#endif  // XREF_BASE_JSON_PRINTER_H_

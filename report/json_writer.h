// The discrepancy report as JSON, for other tools.
//
// The JSON mapping of the `Report` proto (proto/report.proto), expanded when
// compact (matcher/expand_report.h: ids, values and explanations spelled out,
// no `*_index` fields), with the .proto field names (snake_case) as keys, every field present even when it holds its
// default value, enums as their names, and two-space indentation. Keys are only
// ever added (proto fields are never renumbered or removed), so readers can rely
// on them. Parse it back with base/proto_io.h ParseJsonProto.
//
// Thread-safe: pure function.

#ifndef XREF_REPORT_JSON_WRITER_H_
#define XREF_REPORT_JSON_WRITER_H_

#include <string>

#include "proto/report.pb.h"

namespace xref {

// Renders `report` as pretty-printed JSON ending in a newline. Never fails.
std::string RenderJson(const Report& report);

}  // namespace xref

#endif  // XREF_REPORT_JSON_WRITER_H_

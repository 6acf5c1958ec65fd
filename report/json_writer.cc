#include "report/json_writer.h"

#include "base/proto_io.h"
#include "matcher/expand_report.h"

namespace xref {

std::string RenderJson(const Report& report) {
  const ExpandedReport expanded(report);
  return ToJson(expanded.report(), /*pretty=*/true);
}

}  // namespace xref

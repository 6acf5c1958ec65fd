#include "report/json_writer.h"

#include "base/proto_io.h"
#include "matcher/expand_report.h"

namespace xref {

std::string RenderJson(const Report& report) {
  Report expanded;
  return ToJson(Expanded(report, &expanded), /*pretty=*/true);
}

}  // namespace xref

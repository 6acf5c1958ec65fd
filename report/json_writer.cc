#include "report/json_writer.h"

#include "base/proto_io.h"

namespace xref {

std::string RenderJson(const Report& report) {
  return ToJson(report, /*pretty=*/true);
}

}  // namespace xref

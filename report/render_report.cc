// render_report: writes report.html, report.md and report.json for a Report
// stored in a file (binary, text format or JSON, by extension).
//
//   render_report <report.textproto|.json|.pb> <out_dir>
//
// Used by the browser test and handy for eyeballing the page while working on
// the writers; the xref CLI writes reports itself.

#include <cstdio>

#include "base/proto_io.h"
#include "proto/report.pb.h"
#include "report/report_writer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <report file> <out_dir>\n", argv[0]);
    return 2;
  }
  xref::Report report;
  absl::Status status = xref::ReadProto(argv[1], &report);
  if (status.ok()) status = xref::WriteReport(report, argv[2]);
  if (!status.ok()) {
    std::fprintf(stderr, "render_report: %s\n", status.ToString().c_str());
    return 1;
  }
  return 0;
}

// The discrepancy report as Markdown, for a terminal or a code-review page.
//
// Same content and reading order as the HTML page (report/html_writer.h):
// documents and summary counts, then discrepancies (CONFLICT and DIVERGENT),
// agreements and single-source claims, each with its values, quotes,
// attributions and modalities; then the agreement matrix as a table and the
// merged spellings per entity. The article texts are not repeated (quotes are).
// Text from the report is escaped so that it cannot start Markdown syntax or
// inline HTML; quotes are kept on one line.
//
// Output is deterministic (a function of the Report only), which makes it fit
// for golden-file tests. Thread-safe: pure function.

#ifndef XREF_REPORT_MARKDOWN_WRITER_H_
#define XREF_REPORT_MARKDOWN_WRITER_H_

#include <string>

#include "proto/report.pb.h"

namespace xref {

// Renders `report` as GitHub-flavoured Markdown ending in a newline. Never fails.
std::string RenderMarkdown(const Report& report);

}  // namespace xref

#endif  // XREF_REPORT_MARKDOWN_WRITER_H_

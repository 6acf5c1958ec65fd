// The discrepancy report as one self-contained HTML page.
//
// The page needs nothing but itself: CSS, the agreement heat map (SVG) and a
// few lines of filtering script are inline; it loads no fonts, images or
// scripts from anywhere. Reading order:
//   1. the documents compared (outlet, date, title) and the summary counts;
//   2. the discrepancies: one card per CONFLICT or DIVERGENT ClaimGroup, naming
//      the event and role and setting each value side by side with the quotes,
//      attributions and modalities behind it;
//   3. the agreements, then the single-source claims, as cards of the same shape;
//   4. the outlet x outlet agreement matrix and the merged spellings per entity;
//   5. the article view: every document's text with each extracted claim span
//      highlighted; every quote in a card links to its place there.
// Filters by verdict and by outlet hide cards (the page is complete without
// script); a filtered view can be linked to with a query string:
// report.html?verdict=conflict,divergent&outlet=doc-2 (verdict keys as in
// VerdictKey, outlets as "doc-<position in Report.documents>").
//
// Every string taken from the report is HTML-escaped; article text may contain
// markup, quotes and right-to-left scripts and is shown exactly as written.
// Spans are byte offsets into UTF-8 text: out-of-range spans are clamped, span
// ends inside a multi-byte sequence move to its start, overlapping spans are
// allowed, and invalid UTF-8 is shown as U+FFFD.
//
// Thread-safe: pure functions of their arguments.

#ifndef XREF_REPORT_HTML_WRITER_H_
#define XREF_REPORT_HTML_WRITER_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/report.pb.h"

namespace xref {

// Renders `report` as a complete HTML5 document (UTF-8). Never fails: missing
// pieces (no documents, no groups, no agreement cells) render as short notes.
std::string RenderHtml(const Report& report);

// `text` with &, <, >, " and ' replaced by character references and invalid
// UTF-8 replaced by U+FFFD; safe in element content and quoted attributes.
std::string HtmlEscape(absl::string_view text);

// The report page's inline stylesheet (without <style> tags), shared with the
// story index page so that both look alike.
absl::string_view ReportStyleSheet();

}  // namespace xref

#endif  // XREF_REPORT_HTML_WRITER_H_

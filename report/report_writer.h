// Writing reports to disk: one directory per run (or per story), and an index
// page over many stories for big runs.
//
// Layout for a big run, as written by the CLI:
//   out/index.html                 WriteStoryIndex: one row per story
//   out/<story path>/report.html   WriteReport, one directory per story
//   out/<story path>/report.md
//   out/<story path>/report.json
//
// Every file is written atomically (base/file.h WriteFileAtomically): a reader
// sees the old file or the new one, never a part. Thread-safe: no shared state;
// concurrent calls must use different directories.

#ifndef XREF_REPORT_REPORT_WRITER_H_
#define XREF_REPORT_REPORT_WRITER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace xref {

// Writes `report` (compact or expanded, see matcher/expand_report.h; expanded
// once for the three files) as report.html, report.md and report.json into `out_dir`,
// creating it and its parents when missing. On failure returns the error of
// the first file that could not be written (it names the path); files written
// before it stay.
absl::Status WriteReport(const Report& report, absl::string_view out_dir);

// One story of a big run, as listed on the index page.
struct StoryEntry {
  std::string id;                   // Unique among the entries ("story-0042").
  std::string title;                // Shown as the link text; `id` when empty.
  std::vector<Document> documents;  // Outlet, published and title are shown; text is ignored.
  Summary summary;                  // The story's counts.
  // Directory of the story's report relative to the index ("stories/0042");
  // the index links to "<path>/report.html". Must be relative, without "..",
  // and without characters that need URL escaping other than '/'.
  std::string path;
};

// Renders the index page: the stories with their outlets and summary counts,
// discrepancies first (most conflicts + divergences first, then by id), with a
// search box. Never fails; invalid paths are the caller's problem (see
// WriteStoryIndex).
std::string RenderStoryIndex(const std::vector<StoryEntry>& stories,
                             absl::string_view title);

// Writes RenderStoryIndex(stories, "xref: N stories") to `out_dir`/index.html.
// Fails with kInvalidArgument naming the story when an id is empty or repeated
// or a path is empty, absolute, contains "..", or has other characters than
// [A-Za-z0-9._/-]; nothing is written then.
absl::Status WriteStoryIndex(const std::vector<StoryEntry>& stories,
                             absl::string_view out_dir);

}  // namespace xref

#endif  // XREF_REPORT_REPORT_WRITER_H_

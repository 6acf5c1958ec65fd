#include "report/report_writer.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/status_macros.h"
#include "matcher/expand_report.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"

namespace xref {
namespace {

absl::Status CheckStoryPath(const StoryEntry& story) {
  const std::string& path = story.path;
  auto bad = [&story](absl::string_view why) {
    return absl::InvalidArgumentError(absl::StrCat(
        "story \"", story.id, "\": report path \"", story.path, "\" ", why));
  };
  if (path.empty()) return bad("is empty");
  if (path[0] == '/') return bad("is absolute; it must be relative to the index");
  for (char c : path) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                    c == '-' || c == '/';
    if (!ok) return bad("has a character outside [A-Za-z0-9._/-]");
  }
  for (absl::string_view part : absl::StrSplit(path, '/')) {
    if (part == "..") return bad("leaves the output directory (\"..\")");
  }
  return absl::OkStatus();
}

constexpr absl::string_view kIndexScript = R"js(
(function(){var q=document.getElementById('q');if(!q)return;
var rows=[].slice.call(document.querySelectorAll('tbody tr'));
q.addEventListener('input',function(){var t=q.value.toLowerCase();
rows.forEach(function(r){r.hidden=t&&r.textContent.toLowerCase().indexOf(t)<0;});});})();
)js";

std::string Count(int n, absl::string_view verdict) {
  if (n == 0) return "<td class=\"num zero\">0</td>";
  return absl::StrCat("<td class=\"num\"><span class=\"badge v-", verdict, "\">",
                      n, "</span></td>");
}

}  // namespace

absl::Status WriteReport(const Report& compact, absl::string_view out_dir) {
  RETURN_IF_ERROR(MakeDirectories(out_dir));
  const ExpandedReport expanded(compact);  // Once for the three writers.
  const Report& report = expanded.report();
  RETURN_IF_ERROR(
      WriteFileAtomically(JoinPath(out_dir, "report.html"), RenderHtml(report)));
  RETURN_IF_ERROR(WriteFileAtomically(JoinPath(out_dir, "report.md"),
                                      RenderMarkdown(report)));
  return WriteFileAtomically(JoinPath(out_dir, "report.json"),
                             RenderJson(report));
}

std::string RenderStoryIndex(const std::vector<StoryEntry>& stories,
                             absl::string_view title) {
  std::vector<const StoryEntry*> order;
  order.reserve(stories.size());
  for (const StoryEntry& s : stories) order.push_back(&s);
  std::stable_sort(order.begin(), order.end(),
                   [](const StoryEntry* a, const StoryEntry* b) {
                     const int da = a->summary.conflict() + a->summary.divergent();
                     const int db = b->summary.conflict() + b->summary.divergent();
                     if (da != db) return da > db;
                     return a->id < b->id;
                   });
  int conflicts = 0, divergent = 0;
  for (const StoryEntry& s : stories) {
    conflicts += s.summary.conflict();
    divergent += s.summary.divergent();
  }
  std::string out;
  absl::StrAppend(
      &out,
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>",
      HtmlEscape(title), "</title>\n<style>", ReportStyleSheet(),
      ".num{text-align:center;font-variant-numeric:tabular-nums}"
      ".zero{color:#b0b6c1}td .outlets{color:var(--muted);font-size:13px}"
      "#q{font:inherit;padding:8px 12px;border:1px solid var(--line);"
      "border-radius:8px;width:min(420px,100%);margin-bottom:14px}"
      "</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"wrap\">"
      "<p class=\"kicker\">xref &middot; story index</p><h1 dir=\"auto\">",
      HtmlEscape(title), "</h1><p class=\"meta\">", stories.size(),
      stories.size() == 1 ? " story" : " stories", " &middot; ", conflicts,
      " conflicts &middot; ", divergent,
      " divergent accounts</p></div></header>\n<main><div class=\"wrap\">"
      "<section><input id=\"q\" type=\"search\" placeholder=\"Filter stories "
      "by title or outlet\" aria-label=\"Filter stories\"><div class=\"panel\">"
      "<table><thead><tr><th>Story</th><th class=\"num\">Conflicts</th>"
      "<th class=\"num\">Divergent</th><th class=\"num\">Agree</th>"
      "<th class=\"num\">Single source</th></tr></thead><tbody>\n");
  for (const StoryEntry* s : order) {
    std::vector<std::string> outlets;
    for (const Document& d : s->documents) {
      std::string o = d.outlet().empty() ? d.id() : d.outlet();
      if (!d.published().empty()) absl::StrAppend(&o, " (", d.published(), ")");
      outlets.push_back(HtmlEscape(o));
    }
    absl::StrAppend(&out, "<tr><td><a dir=\"auto\" href=\"", HtmlEscape(s->path),
                    "/report.html\">",
                    HtmlEscape(s->title.empty() ? s->id : s->title),
                    "</a><div class=\"outlets\" dir=\"auto\">",
                    absl::StrJoin(outlets, " &middot; "), "</div></td>",
                    Count(s->summary.conflict(), "conflict"),
                    Count(s->summary.divergent(), "divergent"),
                    Count(s->summary.agree(), "agree"),
                    Count(s->summary.single_source(), "single"), "</tr>\n");
  }
  absl::StrAppend(&out, "</tbody></table></div></section></div></main>\n<script>",
                  kIndexScript, "</script>\n</body>\n</html>\n");
  return out;
}

absl::Status WriteStoryIndex(const std::vector<StoryEntry>& stories,
                             absl::string_view out_dir) {
  absl::flat_hash_set<std::string> ids;
  for (const StoryEntry& story : stories) {
    if (story.id.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "story with report path \"", story.path, "\" has an empty id"));
    }
    if (!ids.insert(story.id).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("story id \"", story.id, "\" is used twice"));
    }
    RETURN_IF_ERROR(CheckStoryPath(story));
  }
  return WriteFileAtomically(
      JoinPath(out_dir, "index.html"),
      RenderStoryIndex(stories, absl::StrCat("xref: ", stories.size(),
                                             stories.size() == 1 ? " story"
                                                                 : " stories")));
}

}  // namespace xref

#include "report/markdown_writer.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "report/report_view.h"

namespace xref {
namespace {

// One line of inline Markdown: whitespace runs become one space, and
// characters that could start emphasis, links, code, tables or inline HTML
// are backslash-escaped.
std::string Md(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '#':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '&':
        out.append("&amp;");
        break;
      default:
        out.push_back(c);
    }
  }
  if (space) out.push_back(' ');
  return out;
}

void Documents(const ReportView& view, std::string* out) {
  const Report& r = view.report();
  absl::StrAppend(out, "## Documents compared\n\n");
  if (r.documents().empty()) {
    absl::StrAppend(out, "No documents.\n\n");
    return;
  }
  absl::StrAppend(out, "| # | Outlet | Date | Title |\n|---|---|---|---|\n");
  for (int i = 0; i < r.documents_size(); ++i) {
    const Document& doc = r.documents(i);
    absl::StrAppend(out, "| ", i + 1, " | ", Md(view.OutletName(doc.id())),
                    " | ", Md(doc.published()), " | ", Md(doc.title()), " |\n");
  }
  absl::StrAppend(out, "\n");
}

void SummaryCounts(const Report& r, std::string* out) {
  const Summary& s = r.summary();
  absl::StrAppend(out, "## Summary\n\n", "- Conflicts: **", s.conflict(),
                  "**\n- Divergent accounts: **", s.divergent(),
                  "**\n- Agreements: **", s.agree(),
                  "**\n- Single-source claims: **", s.single_source(), "**\n\n",
                  s.documents(), " documents, ", s.claims(), " claims, ",
                  s.event_groups(), " events");
  if (s.skipped_inputs() > 0) {
    absl::StrAppend(out, ", ", s.skipped_inputs(),
                    s.skipped_inputs() == 1 ? " input skipped" : " inputs skipped");
  }
  absl::StrAppend(out, ".\n\n");
}

std::string QuoteLine(const ReportView& view, const Support& support) {
  QuoteParts q = view.Quote(support);
  if (q.before.empty() && q.value.empty() && q.after.empty()) return "";
  std::string line = absl::StrCat("\xE2\x80\x9C", Md(q.before));
  if (!q.value.empty()) absl::StrAppend(&line, "**", Md(q.value), "**");
  absl::StrAppend(&line, Md(q.after), "\xE2\x80\x9D");
  return line;
}

void Group(const ReportView& view, const ClaimGroup& group, std::string* out) {
  absl::StrAppend(out, "### ", Md(view.GroupTitle(group)));
  if (!group.role().empty()) absl::StrAppend(out, " \xE2\x80\x94 ", Md(group.role()));
  absl::StrAppend(out, "\n\n**", VerdictLabel(group.verdict()), "**");
  if (!group.explanation().empty()) {
    absl::StrAppend(out, ": ", Md(group.explanation()));
  }
  absl::StrAppend(out, "\n\n");
  for (const ValueSupport& value : group.values()) {
    absl::StrAppend(out, "- **", Md(ValueLabel(value.value())), "**",
                    value.attributed() ? " (attributed)" : "", "\n");
    for (const Support& support : value.support()) {
      const std::string outlet = support.outlet().empty()
                                     ? view.OutletName(support.doc_id())
                                     : support.outlet();
      absl::StrAppend(out, "  - ", Md(outlet));
      std::vector<std::string> how;
      std::string attribution = AttributionText(support.attribution());
      if (!attribution.empty()) how.push_back(Md(attribution));
      absl::string_view modality = ModalityLabel(support.modality());
      if (!modality.empty()) how.push_back(absl::StrCat("_", modality, "_"));
      if (!how.empty()) absl::StrAppend(out, " (", absl::StrJoin(how, ", "), ")");
      std::string quote = QuoteLine(view, support);
      if (!quote.empty()) absl::StrAppend(out, ": ", quote);
      absl::StrAppend(out, "\n");
    }
  }
  absl::StrAppend(out, "\n");
}

void Matrix(const ReportView& view, std::string* out) {
  const Report& r = view.report();
  absl::StrAppend(out, "## Agreement between outlets\n\n");
  if (r.documents().empty()) {
    absl::StrAppend(out, "No documents to compare.\n\n");
    return;
  }
  absl::StrAppend(out,
                  "Agreed / shared facts for each pair of outlets (numbers as "
                  "in the document list).\n\n|   |");
  absl::flat_hash_map<std::pair<int, int>, const AgreementCell*> cells;
  for (const AgreementCell& cell : r.agreement()) {
    int a = view.DocumentIndex(cell.row_doc());
    int b = view.DocumentIndex(cell.col_doc());
    if (a < 0 || b < 0) continue;
    cells[{a, b}] = &cell;
    cells.try_emplace({b, a}, &cell);
  }
  const int n = r.documents_size();
  for (int j = 0; j < n; ++j) absl::StrAppend(out, " ", j + 1, " |");
  absl::StrAppend(out, "\n|---|");
  for (int j = 0; j < n; ++j) absl::StrAppend(out, "---|");
  absl::StrAppend(out, "\n");
  for (int i = 0; i < n; ++i) {
    absl::StrAppend(out, "| ", i + 1, " ", Md(view.OutletName(r.documents(i).id())),
                    " |");
    for (int j = 0; j < n; ++j) {
      auto it = cells.find({i, j});
      if (i == j) {
        absl::StrAppend(out, " \xE2\x80\x94 |");
      } else if (it == cells.end() || it->second->shared() <= 0) {
        absl::StrAppend(out, " \xC2\xB7 |");
      } else {
        absl::StrAppend(out, " ", it->second->agreed(), "/",
                        it->second->shared(), " |");
      }
    }
    absl::StrAppend(out, "\n");
  }
  absl::StrAppend(out, "\n");
}

void Entities(const ReportView& view, std::string* out) {
  absl::StrAppend(out, "## Merged spellings\n\n");
  bool any = false;
  for (const Entity& e : view.report().entities()) {
    if (e.aliases_size() < 2) continue;
    if (!any) absl::StrAppend(out, "| Entity | Spellings |\n|---|---|\n");
    any = true;
    std::vector<std::string> aliases;
    for (const std::string& a : e.aliases()) aliases.push_back(Md(a));
    absl::StrAppend(out, "| ", Md(e.canonical()), " | ",
                    absl::StrJoin(aliases, ", "), " |\n");
  }
  absl::StrAppend(out, any ? "\n" : "No spellings were merged.\n\n");
}

}  // namespace

std::string RenderMarkdown(const Report& report) {
  ReportView view(report);
  std::string out;
  absl::StrAppend(&out, "# ",
                  report.title().empty() ? std::string("Discrepancy report")
                                         : Md(report.title()),
                  "\n\n");
  if (!report.generator().empty()) {
    absl::StrAppend(&out, "_Generated by ", Md(report.generator()), "._\n\n");
  }
  Documents(view, &out);
  SummaryCounts(report, &out);
  for (ReportSection section :
       {ReportSection::kDiscrepancies, ReportSection::kAgreements,
        ReportSection::kSingleSource, ReportSection::kOther}) {
    std::vector<const ClaimGroup*> groups = view.GroupsIn(section);
    if (section == ReportSection::kOther && groups.empty()) continue;
    absl::StrAppend(&out, "## ", SectionTitle(section), " (", groups.size(),
                    ")\n\n");
    if (groups.empty()) absl::StrAppend(&out, "None.\n\n");
    for (const ClaimGroup* group : groups) Group(view, *group, &out);
  }
  Matrix(view, &out);
  Entities(view, &out);
  if (!report.skipped().empty()) {
    absl::StrAppend(&out, "## Skipped inputs\n\n");
    for (const Skipped& s : report.skipped()) {
      absl::StrAppend(&out, "- ", Md(s.source()), ": ", Md(s.reason()), "\n");
    }
    absl::StrAppend(&out, "\n");
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' &&
         out[out.size() - 2] == '\n') {
    out.pop_back();
  }
  return out;
}

}  // namespace xref

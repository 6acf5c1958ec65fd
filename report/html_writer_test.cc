#include "report/html_writer.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "base/utf8.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace xref {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kSample[] = "report/testdata/sample_report.textproto";

int Count(absl::string_view haystack, absl::string_view needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != absl::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// The article text of document `index` as a reader sees it: tags removed,
// character references decoded.
std::string ArticleText(const std::string& html, int index) {
  const std::string open =
      absl::StrCat("id=\"doc-", index, "\"");
  size_t at = html.find(open);
  if (at == std::string::npos) return "<no article>";
  const std::string start = "<div class=\"text\" dir=\"auto\">";
  at = html.find(start, at);
  if (at == std::string::npos) return "<no text>";
  at += start.size();
  const size_t end = html.find("</div><aside", at);
  std::string body = html.substr(at, end - at);
  std::string plain;
  bool in_tag = false;
  for (char c : body) {
    if (c == '<') in_tag = true;
    if (!in_tag) plain.push_back(c);
    if (c == '>') in_tag = false;
  }
  return absl::StrReplaceAll(plain, {{"&lt;", "<"},
                                     {"&gt;", ">"},
                                     {"&quot;", "\""},
                                     {"&#39;", "'"},
                                     {"&amp;", "&"}});
}

Report Sample() {
  Report report;
  EXPECT_OK(ReadProto(kSample, &report));
  return report;
}

Claim* AddClaim(Report* report, const std::string& doc_id,
                const std::string& id, int64_t begin, int64_t end) {
  ClaimSet* set = nullptr;
  for (ClaimSet& s : *report->mutable_claim_sets()) {
    if (s.document().id() == doc_id) set = &s;
  }
  if (set == nullptr) {
    set = report->add_claim_sets();
    set->mutable_document()->set_id(doc_id);
  }
  Claim* claim = set->add_claims();
  claim->set_id(id);
  claim->set_role("time");
  claim->mutable_evidence()->set_doc_id(doc_id);
  claim->mutable_evidence()->mutable_sentence()->set_begin(begin);
  claim->mutable_evidence()->mutable_sentence()->set_end(end);
  claim->mutable_evidence()->mutable_value()->set_begin(begin);
  claim->mutable_evidence()->mutable_value()->set_end(end);
  return claim;
}

TEST(RenderHtmlTest, IsOneSelfContainedPage) {
  const std::string html = RenderHtml(Sample());
  EXPECT_THAT(html, testing::StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_THAT(html, HasSubstr("default-src 'none'"));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  EXPECT_THAT(html, Not(HasSubstr("url(http")));
  EXPECT_EQ(FindInvalidUtf8(html), -1);
  EXPECT_EQ(Count(html, "<div"), Count(html, "</div>"));
  EXPECT_EQ(Count(html, "<article"), Count(html, "</article>"));
  EXPECT_EQ(Count(html, "<mark"), Count(html, "</mark>"));
}

TEST(RenderHtmlTest, OpensWithDocumentsAndSummaryThenDiscrepancies) {
  const std::string html = RenderHtml(Sample());
  const size_t documents = html.find("id=\"documents\"");
  const size_t summary = html.find("id=\"summary\"");
  const size_t discrepancies = html.find("id=\"discrepancies\"");
  const size_t agreements = html.find("id=\"agreements\"");
  const size_t single = html.find("id=\"single-source\"");
  const size_t matrix = html.find("id=\"agreement-matrix\"");
  const size_t articles = html.find("id=\"articles\"");
  for (size_t at : {documents, summary, discrepancies, agreements, single,
                    matrix, articles}) {
    ASSERT_NE(at, std::string::npos);
  }
  EXPECT_LT(documents, summary);
  EXPECT_LT(summary, discrepancies);
  EXPECT_LT(discrepancies, agreements);
  EXPECT_LT(agreements, single);
  EXPECT_LT(single, matrix);
  EXPECT_LT(matrix, articles);
  EXPECT_THAT(html, HasSubstr("The Northern Ledger</a><time>2023-03-15</time>"
                              "<div class=\"title\" dir=\"auto\">Port director "
                              "detained over customs fraud</div>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"n\">2</span><span class=\"l\">"
                              "conflicts</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"n\">1</span><span class=\"l\">"
                              "divergent account</span>"));
  EXPECT_EQ(Count(html, "data-verdict=\"conflict\""), 2);
  EXPECT_EQ(Count(html, "data-verdict=\"divergent\""), 1);
  EXPECT_EQ(Count(html, "data-verdict=\"agree\""), 2);
  EXPECT_EQ(Count(html, "data-verdict=\"single\""), 3);
}

TEST(RenderHtmlTest, CardShowsEventRoleValuesQuotesAttributionAndModality) {
  const std::string html = RenderHtml(Sample());
  const size_t group = html.find("data-group=\"g1/time\"");
  ASSERT_NE(group, std::string::npos);
  const size_t card = html.rfind("<article", group);
  const std::string body = html.substr(card, html.find("</article>", card) - card);
  EXPECT_THAT(body, HasSubstr("Arrest of Daniel Okafor, 2023-03-13</span>"
                              "<span class=\"role\">time</span>"));
  EXPECT_THAT(body, HasSubstr(">2023-03-13</span></div>"));
  EXPECT_THAT(body, HasSubstr(">2023-03-12</span><span class=\"attributed\""));
  EXPECT_THAT(body, HasSubstr("was detained <mark>on March 12</mark> by"));
  EXPECT_THAT(body, HasSubstr("according to officials"));
  EXPECT_THAT(body, HasSubstr("<span class=\"chip m-reported\">reported</span>"));
  EXPECT_THAT(body, HasSubstr("data-docs=\"doc-0 doc-1 doc-2 doc-3\""));
}

TEST(RenderHtmlTest, EveryInternalLinkHasATarget) {
  const std::string html = RenderHtml(Sample());
  re2::StringPiece input(html);
  std::string target;
  int links = 0;
  while (RE2::FindAndConsume(&input, "href=\"#([^\"]+)\"", &target)) {
    EXPECT_THAT(html, HasSubstr(absl::StrCat("id=\"", target, "\"")))
        << "dangling link #" << target;
    ++links;
  }
  // Every support quote links to a claim anchor in the article view.
  EXPECT_GE(links, 19);
  EXPECT_THAT(html, HasSubstr("<span class=\"anchor\" id=\"doc-1-c"));
}

TEST(RenderHtmlTest, ArticleViewShowsTextIntactWithClaimsHighlighted) {
  const Report report = Sample();
  const std::string html = RenderHtml(report);
  for (int i = 0; i < report.documents_size(); ++i) {
    EXPECT_EQ(ArticleText(html, i), report.documents(i).text()) << i;
  }
  EXPECT_THAT(html, HasSubstr("<mark class=\"v-conflict\" title=\"time: "
                              "2023-03-12 (conflict)\">on March 12</mark>"));
  // "shipping agents" (not compared) lies inside the bribery value span.
  EXPECT_THAT(html, HasSubstr("<mark class=\"v-divergent o2\""));
  // Arabic article, right to left, highlighted and intact.
  EXPECT_THAT(html, HasSubstr(">الشرطة</mark>"));
}

TEST(RenderHtmlTest, MatrixAndMergedSpellings) {
  const std::string html = RenderHtml(Sample());
  EXPECT_THAT(html, HasSubstr("<svg id=\"agreement-matrix\""));
  EXPECT_THAT(html, HasSubstr(">1/4</text><title>The Northern Ledger and "
                              "Coastal Wire: agree on 1 of 4 shared facts"));
  EXPECT_THAT(html, HasSubstr(">0/2</text>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"alias\" dir=\"auto\">Daniel Okafo</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"alias\" dir=\"auto\">دانيال أوكافور</span>"));
  // The single-spelling organisation is counted, not listed.
  EXPECT_THAT(html, HasSubstr("1 other entity appears under a single spelling"));
}

TEST(RenderHtmlTest, FiltersByVerdictAndOutlet) {
  const std::string html = RenderHtml(Sample());
  EXPECT_THAT(html, HasSubstr("data-filter-verdict=\"conflict\""));
  EXPECT_THAT(html, HasSubstr("data-filter-verdict=\"single\""));
  EXPECT_THAT(html, HasSubstr("<option value=\"doc-3\">Al-Sahil</option>"));
}

Report HostileReport() {
  Report report;
  report.set_title("Title <script>alert('t')</script>");
  Document* doc = report.add_documents();
  doc->set_id("evil\"><img>");
  doc->set_outlet("Outlet \"><img onerror=alert(1)>");
  doc->set_title("</title><script>alert(2)</script>");
  doc->set_url("javascript:alert(3)");
  doc->set_text(
      "Hello <script>alert(1)</script> world.</div></article> "
      "He said \"it's over\" & left.\n"
      "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
      "(the minister said) <b>bold</b>\n");
  EventGroup* event = report.add_events();
  event->set_id("g1");
  event->set_label("Arrest of <i>X</i>");
  ClaimGroup* group = report.add_groups();
  group->set_id("g1/time");
  group->set_event_group_id("g1");
  group->set_role("time<br>");
  group->set_verdict(CONFLICT);
  group->set_explanation("\"quoted\" & <em>");
  ValueSupport* value = group->add_values();
  value->mutable_value()->set_normalized("<u>2020</u>");
  Support* support = value->add_support();
  support->set_doc_id(doc->id());
  support->set_claim_id("c1");
  support->mutable_attribution()->set_source("<the army>");
  support->set_modality(ALLEGED);
  support->mutable_evidence()->mutable_sentence()->set_begin(0);
  support->mutable_evidence()->mutable_sentence()->set_end(38);
  support->mutable_evidence()->mutable_value()->set_begin(6);
  support->mutable_evidence()->mutable_value()->set_end(31);
  Entity* entity = report.add_entities();
  entity->set_canonical("<x>");
  entity->add_aliases("<x>");
  entity->add_aliases("</td></table>");
  report.add_skipped()->set_source("<bad>.txt");
  return report;
}

TEST(RenderHtmlTest, HostileInputRendersEscapedAndIntact) {
  const Report report = HostileReport();
  const std::string html = RenderHtml(report);
  // Only the page's own script element exists; no injected markup.
  EXPECT_EQ(Count(html, "<script"), 1);
  EXPECT_EQ(Count(html, "</script>"), 1);
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("<b>")));
  EXPECT_THAT(html, Not(HasSubstr("<u>")));
  EXPECT_THAT(html, Not(HasSubstr("<i>")));
  EXPECT_THAT(html, Not(HasSubstr("<br>")));
  EXPECT_THAT(html, Not(HasSubstr("<em>")));
  EXPECT_THAT(html, Not(HasSubstr("javascript:")));
  EXPECT_THAT(html, Not(HasSubstr("</td></table>")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(html, HasSubstr("&lt;/div&gt;&lt;/article&gt;"));
  EXPECT_THAT(html, HasSubstr("He said &quot;it&#39;s over&quot; &amp; left."));
  EXPECT_THAT(html, HasSubstr("&lt;the army&gt;"));
  EXPECT_THAT(html, HasSubstr("&lt;u&gt;2020&lt;/u&gt;"));
  // The Arabic text is kept byte for byte in a direction-aware container.
  EXPECT_THAT(html, HasSubstr("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88"
                              "\xD8\xB2\xD9\x8A\xD8\xB1 (the minister said)"));
  EXPECT_THAT(html, HasSubstr("<div class=\"text\" dir=\"auto\">"));
  // Structure stays balanced and the article reads exactly as written.
  EXPECT_EQ(Count(html, "<div"), Count(html, "</div>"));
  EXPECT_EQ(Count(html, "<article"), Count(html, "</article>"));
  EXPECT_EQ(ArticleText(html, 0), report.documents(0).text());
  EXPECT_EQ(FindInvalidUtf8(html), -1);
}

TEST(RenderHtmlTest, HostileFixtureRendersEscapedAndIntact) {
  Report report;
  ASSERT_OK(ReadProto("report/testdata/hostile_report.textproto", &report));
  const std::string html = RenderHtml(report);
  EXPECT_EQ(Count(html, "<script"), 1);
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("javascript:")));
  EXPECT_EQ(Count(html, "<div"), Count(html, "</div>"));
  EXPECT_EQ(ArticleText(html, 0), report.documents(0).text());
  EXPECT_THAT(html, HasSubstr("title=\"time&lt;br&gt;: &lt;u&gt;2024-01-03&lt;/u&gt; (conflict)\""));
  EXPECT_THAT(html, HasSubstr(">\xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB1\xD8\xA8\xD8\xB9\xD8\xA7\xD8\xA1</mark>"));
}

TEST(RenderHtmlTest, OverlappingAndMisalignedSpansKeepTextIntact) {
  Report report;
  Document* doc = report.add_documents();
  doc->set_id("d");
  // Greek omega (2 bytes), euro sign (3 bytes), Arabic (2 bytes per letter).
  doc->set_text("\xCE\xA9mega \xE2\x82\xAC" "uro \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 end");
  AddClaim(&report, "d", "c1", 1, 9);     // Starts inside omega, ends inside euro.
  AddClaim(&report, "d", "c2", 3, 20);    // Overlaps c1, ends inside Arabic.
  AddClaim(&report, "d", "c3", 3, 20);    // Same span as c2.
  AddClaim(&report, "d", "c4", 15, 999);  // Past the end.
  AddClaim(&report, "d", "c5", -5, 2);    // Before the start.
  const std::string html = RenderHtml(report);
  EXPECT_EQ(FindInvalidUtf8(html), -1);
  EXPECT_EQ(ArticleText(html, 0), doc->text());
  EXPECT_EQ(Count(html, "<mark"), Count(html, "</mark>"));
  EXPECT_THAT(html, HasSubstr("o2"));
  for (int i = 0; i < 5; ++i) {
    EXPECT_THAT(html, HasSubstr(absl::StrCat("id=\"doc-0-c", i, "\"")));
  }
}

TEST(RenderHtmlTest, InvalidUtf8BecomesReplacementCharacter) {
  Report report;
  Document* doc = report.add_documents();
  doc->set_id("d");
  doc->set_text("ok \xFF\xFE bad \xC3");
  const std::string html = RenderHtml(report);
  EXPECT_EQ(FindInvalidUtf8(html), -1);
  EXPECT_THAT(html, HasSubstr("ok \xEF\xBF\xBD\xEF\xBF\xBD bad \xEF\xBF\xBD"));
}

TEST(RenderHtmlTest, EmptyReportRendersNotes) {
  const std::string html = RenderHtml(Report());
  EXPECT_THAT(html, HasSubstr("No documents."));
  EXPECT_THAT(html, HasSubstr("No spellings were merged."));
  EXPECT_THAT(html, HasSubstr("</html>"));
}

TEST(HtmlEscapeTest, EscapesMarkupCharacters) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"),
            "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85");
}

}  // namespace
}  // namespace xref

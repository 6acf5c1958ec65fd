#include "report/markdown_writer.h"

#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/golden.h"

namespace xref {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kSample[] = "report/testdata/sample_report.textproto";

TEST(RenderMarkdownTest, MatchesGolden) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  ExpectMatchesGolden(RenderMarkdown(report),
                      "report/testdata/sample_report.md");
}

TEST(RenderMarkdownTest, DiscrepanciesComeBeforeAgreementsAndSingleSource) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  const std::string md = RenderMarkdown(report);
  const size_t summary = md.find("## Summary");
  const size_t discrepancies = md.find("## Discrepancies (3)");
  const size_t agreements = md.find("## Agreements (2)");
  const size_t single = md.find("## Single-source claims (3)");
  const size_t matrix = md.find("## Agreement between outlets");
  ASSERT_NE(summary, std::string::npos);
  ASSERT_NE(discrepancies, std::string::npos);
  ASSERT_NE(agreements, std::string::npos);
  ASSERT_NE(single, std::string::npos);
  ASSERT_NE(matrix, std::string::npos);
  EXPECT_LT(summary, discrepancies);
  EXPECT_LT(discrepancies, agreements);
  EXPECT_LT(agreements, single);
  EXPECT_LT(single, matrix);
}

TEST(RenderMarkdownTest, ShowsValueAttributionModalityAndQuote) {
  Report report;
  ASSERT_OK(ReadProto(kSample, &report));
  const std::string md = RenderMarkdown(report);
  EXPECT_THAT(md, HasSubstr("### Arrest of Daniel Okafor, 2023-03-13 \xE2\x80\x94 time"));
  EXPECT_THAT(md, HasSubstr("- **2023-03-12** (attributed)\n  - Coastal Wire (according to "
                            "officials, _reported_): \xE2\x80\x9C"
                            "Daniel Okafo, head of the Eastport harbour "
                            "authority, was detained **on March 12** by"));
  EXPECT_THAT(md, HasSubstr("| Daniel Okafor | Daniel Okafor, Okafor, Daniel Okafo"));
}

TEST(RenderMarkdownTest, EscapesMarkdownAndHtmlInText) {
  Report report;
  report.set_title("*Breaking* <b>news</b> | [link](x)");
  Document* doc = report.add_documents();
  doc->set_id("d");
  doc->set_outlet("A_B");
  doc->set_title("line one\nline two");
  const std::string md = RenderMarkdown(report);
  EXPECT_THAT(md, HasSubstr("# \\*Breaking\\* \\<b\\>news\\</b\\> \\| \\[link\\](x)"));
  EXPECT_THAT(md, HasSubstr("| 1 | A\\_B |  | line one line two |"));
  EXPECT_THAT(md, Not(HasSubstr("<b>")));
}

TEST(RenderMarkdownTest, EmptyReportStillHasEverySection) {
  const std::string md = RenderMarkdown(Report());
  EXPECT_THAT(md, HasSubstr("No documents."));
  EXPECT_THAT(md, HasSubstr("## Discrepancies (0)\n\nNone."));
  EXPECT_THAT(md, HasSubstr("No spellings were merged."));
  EXPECT_EQ(md.back(), '\n');
  EXPECT_NE(md.substr(md.size() - 2), "\n\n");
}

}  // namespace
}  // namespace xref

// The bundled example's Markdown and JSON reports, compared with checked-in
// goldens. After a deliberate change, regenerate and review:
//   XREF_UPDATE_GOLDENS=1 bazel run //tests:example_golden_test
//   git diff tests/golden/

#include "base/status_matchers.h"
#include "cli/pipeline.h"
#include "gtest/gtest.h"
#include "report/golden.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"

namespace xref {
namespace {

Report ExampleReport() {
  PipelineOptions options;
  options.rules_dir = "claims/rules";
  options.print_skipped = false;
  auto corpus = ExtractCorpus("examples/iraq-pmf", options);
  EXPECT_OK(corpus);
  auto report = MatchCorpus(*corpus, options);
  EXPECT_OK(report);
  return report.ok() ? *report : Report();
}

TEST(ExampleGoldenTest, MarkdownMatchesGolden) {
  ExpectMatchesGolden(RenderMarkdown(ExampleReport()),
                      "tests/golden/iraq-pmf.md");
}

TEST(ExampleGoldenTest, JsonMatchesGolden) {
  ExpectMatchesGolden(RenderJson(ExampleReport()), "tests/golden/iraq-pmf.json");
}

}  // namespace
}  // namespace xref

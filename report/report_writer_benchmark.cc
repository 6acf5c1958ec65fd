// Speed of the report writers on synthetic stories, sized like real ones
// (a few to dozens of outlets, articles of ~6 KB, claims every sentence) and
// of the index page for a big run. Build with -c opt:
//   bazel run -c opt //report:report_writer_benchmark

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "proto/report.pb.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"
#include "report/report_writer.h"

namespace xref {
namespace {

// `docs` articles of `sentences` sentences; every sentence holds one claim;
// claims of the same sentence index across documents form one group.
Report SyntheticReport(int docs, int sentences) {
  Report report;
  report.set_title("Synthetic story");
  const Verdict verdicts[] = {CONFLICT, DIVERGENT, AGREE, SINGLE_SOURCE};
  for (int d = 0; d < docs; ++d) {
    Document* doc = report.add_documents();
    doc->set_id(absl::StrCat("doc", d));
    doc->set_outlet(absl::StrCat("Outlet number ", d));
    doc->set_published("2021-06-09");
    ClaimSet* set = report.add_claim_sets();
    set->mutable_document()->set_id(doc->id());
    std::string text;
    for (int s = 0; s < sentences; ++s) {
      const int64_t begin = text.size();
      absl::StrAppend(&text, "Officials in the province said on Tuesday that ",
                      s + d, " people were detained <near> the \"port\" & "
                      "\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1. ");
      const int64_t end = text.size();
      Claim* claim = set->add_claims();
      claim->set_id(absl::StrCat("c", s));
      claim->set_role("count");
      claim->mutable_value()->set_normalized(absl::StrCat(s + d));
      claim->mutable_evidence()->set_doc_id(doc->id());
      claim->mutable_evidence()->mutable_sentence()->set_begin(begin);
      claim->mutable_evidence()->mutable_sentence()->set_end(end);
      claim->mutable_evidence()->mutable_value()->set_begin(begin + 48);
      claim->mutable_evidence()->mutable_value()->set_end(begin + 60);
    }
    doc->set_text(text);
  }
  for (int s = 0; s < sentences; ++s) {
    ClaimGroup* group = report.add_groups();
    group->set_id(absl::StrCat("g", s, "/count"));
    group->set_role("count");
    group->set_verdict(verdicts[s % 4]);
    for (int d = 0; d < docs; ++d) {
      const Claim& claim = report.claim_sets(d).claims(s);
      ValueSupport* value = group->add_values();
      *value->mutable_value() = claim.value();
      Support* support = value->add_support();
      support->set_doc_id(report.documents(d).id());
      support->set_claim_id(claim.id());
      *support->mutable_evidence() = claim.evidence();
    }
  }
  for (int a = 0; a < docs; ++a) {
    for (int b = a + 1; b < docs; ++b) {
      AgreementCell* cell = report.add_agreement();
      cell->set_row_doc(report.documents(a).id());
      cell->set_col_doc(report.documents(b).id());
      cell->set_shared(sentences);
      cell->set_agreed(sentences / 2);
    }
  }
  return report;
}

void BM_RenderHtml(benchmark::State& state) {
  const Report report = SyntheticReport(state.range(0), 60);
  for (auto _ : state) benchmark::DoNotOptimize(RenderHtml(report));
  state.SetBytesProcessed(state.iterations() * report.ByteSizeLong());
}
BENCHMARK(BM_RenderHtml)->Arg(4)->Arg(16)->Arg(64);

void BM_RenderMarkdown(benchmark::State& state) {
  const Report report = SyntheticReport(state.range(0), 60);
  for (auto _ : state) benchmark::DoNotOptimize(RenderMarkdown(report));
}
BENCHMARK(BM_RenderMarkdown)->Arg(4)->Arg(16)->Arg(64);

void BM_RenderJson(benchmark::State& state) {
  const Report report = SyntheticReport(state.range(0), 60);
  for (auto _ : state) benchmark::DoNotOptimize(RenderJson(report));
}
BENCHMARK(BM_RenderJson)->Arg(4)->Arg(16);

void BM_RenderStoryIndex(benchmark::State& state) {
  std::vector<StoryEntry> stories(state.range(0));
  for (size_t i = 0; i < stories.size(); ++i) {
    stories[i].id = absl::StrCat("story-", i);
    stories[i].title = absl::StrCat("Story <", i, ">");
    stories[i].path = absl::StrCat("stories/", i);
    stories[i].summary.set_conflict(i % 5);
    for (int d = 0; d < 6; ++d) {
      Document doc;
      doc.set_outlet(absl::StrCat("Outlet ", d));
      stories[i].documents.push_back(doc);
    }
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(RenderStoryIndex(stories, "index"));
  }
}
BENCHMARK(BM_RenderStoryIndex)->Arg(500)->Arg(5000);

}  // namespace
}  // namespace xref

BENCHMARK_MAIN();

// JSON printing of a matcher report: protobuf's MessageToJsonString (with the
// options ToJson uses) against base/json_printer's reflection printer.
//
//   bazel build -c opt //bench:json_benchmark
//   bazel-bin/bench/json_benchmark --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
// The report is built once per size, outside the timed loop, by the matcher
// from generated claim sets (claim sets included, as `xref batch` writes
// them). bytes_per_second counts the JSON produced; json_bytes is its size.
// Each iteration prints into a fresh string, as ToJson does. CPU time of one
// thread.

#include <cstdint>
#include <map>
#include <string>

#include "base/json_printer.h"
#include "benchmark/benchmark.h"
#include "matcher/claim_generator.h"
#include "matcher/matcher.h"

namespace {

using xref::Report;

const Report& ReportOf(int64_t claims) {
  static auto* reports = new std::map<int64_t, Report>();
  auto it = reports->find(claims);
  if (it != reports->end()) return it->second;
  auto matcher = xref::Matcher::Create(xref::MatcherOptions(), nullptr);
  Report report;
  if (matcher.ok()) {
    auto matched = (*matcher)->Match(xref::GenerateClaimSets(
        claims, /*seed=*/7, xref::NameStyle::kRealistic));
    if (matched.ok()) report = *std::move(matched);
  }
  return reports->emplace(claims, std::move(report)).first->second;
}

void Finish(benchmark::State& state, const std::string& json) {
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(json.size()));
  state.counters["json_bytes"] = static_cast<double>(json.size());
  state.counters["binary_bytes"] =
      static_cast<double>(ReportOf(state.range(0)).ByteSizeLong());
}

void BM_Protobuf(benchmark::State& state, bool pretty) {
  const Report& report = ReportOf(state.range(0));
  if (report.groups_size() == 0) state.SkipWithError("no report");
  std::string json;
  for (auto _ : state) {
    json = xref::MessageToJsonReference(report, pretty);
    benchmark::DoNotOptimize(json.data());
  }
  Finish(state, json);
}

void BM_Fast(benchmark::State& state, bool pretty) {
  const Report& report = ReportOf(state.range(0));
  if (report.groups_size() == 0) state.SkipWithError("no report");
  std::string json;
  for (auto _ : state) {
    json.clear();
    json.shrink_to_fit();
    if (!xref::PrintJsonFast(report, pretty, &json)) {
      state.SkipWithError("fast printer declined the report");
      return;
    }
    benchmark::DoNotOptimize(json.data());
  }
  Finish(state, json);
}

BENCHMARK_CAPTURE(BM_Protobuf, pretty, true)->Arg(1000)->Arg(20000);
BENCHMARK_CAPTURE(BM_Fast, pretty, true)->Arg(1000)->Arg(20000);
BENCHMARK_CAPTURE(BM_Protobuf, compact, false)->Arg(1000)->Arg(20000);
BENCHMARK_CAPTURE(BM_Fast, compact, false)->Arg(1000)->Arg(20000);

}  // namespace

BENCHMARK_MAIN();

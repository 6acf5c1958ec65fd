// Matcher throughput and memory on generated claim sets of 10^3..10^6 claims.
//
//   bazel build -c opt //bench:matcher_benchmark
//   bazel-bin/bench/matcher_benchmark
//
// Counters: items_per_second = claims per second (one thread);
// peak_bytes_per_claim = the largest heap growth during one Match call
// (counted by the global operator new/delete below), divided by the number
// of claims: memory beyond the input, which is built outside the timed loop.
// The report is built without copies of the claim sets
// (`include_claim_sets = false`); the copy is measured separately.

#include <malloc.h>

#include <atomic>
#include <cstdlib>
#include <map>
#include <memory>
#include <new>
#include <vector>

#include "benchmark/benchmark.h"
#include "matcher/claim_generator.h"
#include "matcher/matcher.h"

namespace {

std::atomic<int64_t> g_current{0};
std::atomic<int64_t> g_peak{0};

void Track(int64_t delta) {
  int64_t now = g_current.fetch_add(delta, std::memory_order_relaxed) + delta;
  int64_t peak = g_peak.load(std::memory_order_relaxed);
  while (now > peak &&
         !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

}  // namespace

void* operator new(size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  Track(static_cast<int64_t>(malloc_usable_size(p)));
  return p;
}
void operator delete(void* p) noexcept {
  if (p == nullptr) return;
  Track(-static_cast<int64_t>(malloc_usable_size(p)));
  std::free(p);
}
void operator delete(void* p, size_t) noexcept { operator delete(p); }
void* operator new[](size_t size) { return operator new(size); }
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete[](void* p, size_t) noexcept { operator delete(p); }

namespace xref {
namespace {

constexpr uint32_t kSeed = 20240601;

struct Corpus {
  std::vector<ClaimSet> sets;
  int64_t claims = 0;
};

const Corpus& CorpusOf(int64_t claims) {
  static auto* cache = new std::map<int64_t, std::unique_ptr<Corpus>>();
  std::unique_ptr<Corpus>& c = (*cache)[claims];
  if (c == nullptr) {
    c = std::make_unique<Corpus>();
    c->sets = GenerateClaimSets(claims, kSeed);
    for (const ClaimSet& s : c->sets) c->claims += s.claims_size();
  }
  return *c;
}

void RunMatch(benchmark::State& state, bool include_claim_sets) {
  const Corpus& corpus = CorpusOf(state.range(0));
  MatcherOptions options;
  options.include_claim_sets = include_claim_sets;
  auto matcher = Matcher::Create(options, nullptr);
  if (!matcher.ok()) {
    state.SkipWithError(std::string(matcher.status().message()).c_str());
    return;
  }
  int64_t peak = 0;
  int64_t groups = 0;
  for (auto _ : state) {
    int64_t base = g_current.load();
    g_peak.store(base);
    auto report = (*matcher)->Match(corpus.sets);
    if (!report.ok()) {
      state.SkipWithError(std::string(report.status().message()).c_str());
      return;
    }
    groups = report->events_size();
    benchmark::DoNotOptimize(report);
    peak = std::max(peak, g_peak.load() - base);
  }
  state.SetItemsProcessed(state.iterations() * corpus.claims);
  state.counters["claims"] = static_cast<double>(corpus.claims);
  state.counters["documents"] = static_cast<double>(corpus.sets.size());
  state.counters["event_groups"] = static_cast<double>(groups);
  state.counters["peak_bytes_per_claim"] =
      static_cast<double>(peak) / static_cast<double>(corpus.claims);
}

void BM_Match(benchmark::State& state) { RunMatch(state, false); }
void BM_MatchWithClaimSets(benchmark::State& state) { RunMatch(state, true); }

BENCHMARK(BM_Match)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_MatchWithClaimSets)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace
}  // namespace xref

BENCHMARK_MAIN();

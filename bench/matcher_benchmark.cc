// Matcher throughput and memory on generated claim sets of 10^3..10^6 claims.
//
//   bazel build -c opt //bench:matcher_benchmark
//   bazel-bin/bench/matcher_benchmark --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
// Claim sets are generated once per size with a fixed seed, outside the timed
// loop. Times and items_per_second (claims per second) are process CPU time
// on one thread: the machine's cores are shared, so wall time measures the
// neighbours. peak_bytes_per_claim = the largest heap growth during one
// Match call including the report (counted by the global operator new/delete
// below), divided by the number of claims: memory beyond the input.
// input_bytes_per_claim is the serialized size of the input, for scale.
// The report is built without copies of the claim sets
// (`include_claim_sets = false`); the copy is measured separately, and so is
// spelling the compact report out for the writers (BM_MatchAndExpand, and
// BM_Expand for the expansion alone, matching and freeing untimed).
//
// Warm and cold caches. Every case but BM_MatchCold matches the same corpus
// in every iteration, so whatever of the input and of the matcher's memory
// fits in the caches is still there from the previous iteration: at 10^3
// claims (0.2 MB of serialized input) most of it fits the 1 MiB L2; from
// 10^4 on it does not (it would fit the 32 MiB L3, but on the VMs we measure
// on a warm 10^4 run reads its input nearly as slowly as a cold one).
// BM_MatchCold is BM_MatchOnArena with the caches flushed before every
// iteration (untimed: EvictCaches writes a buffer four times the L3), as when
// a corpus is matched once after other work: every size then pays for
// reading its input from memory. BM_ReadInput (warm, and cold:1 flushed as
// BM_MatchCold) only reads what the matcher reads of its input, once,
// building nothing: the floor under BM_Match, and a linear pass whose ratios
// show what the caches alone do (warm, its 10^4/10^3 ratio is far above 10).
// Compare time(10N)/time(N) in each; scripts/bench-matcher runs these cases
// in interleaved rounds, pinned to one CPU, and prints the ratios.
//
// Fresh memory. Each RunMatch case makes one untimed call before its timed
// ones, so that the heap already holds the memory a call uses: the kernel's
// first touch of a page (a minor fault, ~2 us here) is then paid by no size.
// Without it, Google Benchmark's sizing runs absorbed it below 10^6, while
// at 10^6 a single call fills the minimum time and the first repetition
// alone paid it (about 40,000 faults, 155 MB, 50-100 ms). A one-shot
// `xref compare` pays it once. page_faults counts the faults a timed call
// still pays: memory the allocator gave back to the kernel when the previous
// call freed it, faulted in again. The benchmark links TCMalloc, as `xref`
// does (//third_party:tcmalloc): per call, warm and cold alike, 0 up to 10^5
// and about 3,200 at 10^6 (~13 MB of ~160 MB). With glibc's malloc, which
// gives large blocks their own mappings and trims the top of its heap, they
// were about 300 at 10^4, 3,000 at 10^5 and 0-26,000 at 10^6, and glibc's
// malloc and free cost 10-25% more time at every size.
//
// BM_Match uses NameStyle::kRealistic names (people of different stories
// rarely share a full name, though at 10^6 claims many share a surname up to
// soft edits, as in real news). BM_MatchDenseNames is the stress case: names
// from a small inventory, so that unrelated people often share surnames and
// sometimes full names. An entity's attribute groups and the agreement
// matrix grow with the square of its document count, so largest_entity_docs
// and agreement_cells show whether alias resolution chains stories: before
// partial names stopped joining full-named people (alias_index.h, step 2),
// surname-only aliases merged unrelated people into entities of 566
// (realistic) and 2,882 (dense) documents at 10^6 claims; now 8 and 16.

#include <malloc.h>
#include <sys/resource.h>

#include <atomic>
#include <cstdlib>
#include <algorithm>
#include <initializer_list>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "benchmark/benchmark.h"
#include "google/protobuf/arena.h"
#include "matcher/claim_generator.h"
#include "matcher/expand_report.h"
#include "matcher/matcher.h"
#include "matcher/read_ahead.h"

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

// TCMalloc's malloc_usable_size allocates its MallocExtension singleton
// with operator new on first use: that allocation (never freed) is not
// counted, and is what `t_in_hook` is for.
thread_local bool t_in_hook = false;

}  // namespace

void* operator new(size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  if (t_in_hook) return p;
  t_in_hook = true;
  Track(static_cast<int64_t>(malloc_usable_size(p)));
  t_in_hook = false;
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
  int64_t requested = -1;
  NameStyle names = NameStyle::kDense;
  std::vector<ClaimSet> sets;
  int64_t claims = 0;
  int64_t input_bytes = 0;
};

// The corpus of the running benchmark; only one is kept, to leave memory to
// the matcher.
const Corpus& CorpusOf(int64_t claims, NameStyle names) {
  static auto* current = new Corpus();
  if (current->requested != claims || current->names != names) {
    *current = Corpus();
    current->requested = claims;
    current->names = names;
    current->sets = GenerateClaimSets(claims, kSeed, names);
    for (const ClaimSet& s : current->sets) {
      current->claims += s.claims_size();
      current->input_bytes += static_cast<int64_t>(s.ByteSizeLong());
    }
  }
  return *current;
}

// What RunMatch times: matching; matching and then ExpandReport; or only
// ExpandReport (matching runs with the timer paused).
enum class Timed { kMatch, kMatchAndExpand, kExpand };

// One benchmark case of RunMatch.
struct MatchCase {
  NameStyle names = NameStyle::kRealistic;
  bool on_arena = true;             // The report on an arena, or by value.
  bool include_claim_sets = false;  // MatcherOptions::include_claim_sets.
  Timed timed = Timed::kMatch;
  bool cold = false;                // EvictCaches before every iteration.
};

// Reads and writes 128 MiB (four times the L3 of the machines we measure
// on), so that the next iteration finds none of its data in the caches; the
// timer of `state` is paused meanwhile.
void EvictCaches(benchmark::State& state) {
  state.PauseTiming();
  static auto* const buffer = new std::vector<int64_t>((128 << 20) / 8, 1);
  int64_t sum = 0;
  for (int64_t& v : *buffer) sum += ++v;
  benchmark::DoNotOptimize(sum);
  state.ResumeTiming();
}

// Minor page faults of this process so far: memory the kernel mapped on
// first touch.
int64_t MinorPageFaults() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

// The arena a report is matched into (on_arena cases, and the untimed call).
google::protobuf::ArenaOptions ReportArenaOptions() {
  google::protobuf::ArenaOptions options;
  options.start_block_size = 64 << 10;
  options.max_block_size = 4 << 20;
  return options;
}

void RunMatch(benchmark::State& state, const MatchCase& c) {
  const Corpus& corpus = CorpusOf(state.range(0), c.names);
  MatcherOptions options;
  options.include_claim_sets = c.include_claim_sets;
  auto matcher = Matcher::Create(options, nullptr);
  if (!matcher.ok()) {
    state.SkipWithError(std::string(matcher.status().message()).c_str());
    return;
  }
  // One untimed call first, so that no size's timed calls pay for the
  // heap's first touch of the matcher's memory (see the file comment).
  {
    google::protobuf::Arena arena(ReportArenaOptions());
    absl::Status status = (*matcher)->MatchInto(
        corpus.sets, google::protobuf::Arena::CreateMessage<Report>(&arena));
    if (!status.ok()) {
      state.SkipWithError(std::string(status.message()).c_str());
      return;
    }
  }
  int64_t peak = 0, page_faults = 0;
  int64_t groups = 0, entities = 0, largest_entity = 0, cells = 0;
  for (auto _ : state) {
    if (c.cold) EvictCaches(state);
    if (c.timed == Timed::kExpand) state.PauseTiming();
    const int64_t faults_before = MinorPageFaults();
    int64_t base = g_current.load();
    g_peak.store(base);
    std::optional<google::protobuf::Arena> arena;
    absl::StatusOr<Report> by_value;
    Report* report = nullptr;
    absl::Status status;
    if (c.on_arena) {
      arena.emplace(ReportArenaOptions());
      report = google::protobuf::Arena::CreateMessage<Report>(&*arena);
      status = (*matcher)->MatchInto(corpus.sets, report);
    } else {
      by_value = (*matcher)->Match(corpus.sets);
      status = by_value.status();
      if (by_value.ok()) report = &*by_value;
    }
    if (c.timed == Timed::kExpand) state.ResumeTiming();
    if (status.ok() && c.timed != Timed::kMatch) {
      status = ExpandReport(corpus.sets, report);
    }
    if (!status.ok()) {
      state.SkipWithError(std::string(status.message()).c_str());
      return;
    }
    groups = report->summary().event_groups();
    entities = report->entities_size();
    cells = 2 * report->agreement_columns().row_index_size();  // With mirrors.
    for (const AgreementCell& cell : report->agreement()) {
      cells += cell.with_mirror() ? 2 : 1;  // As in the expanded report.
    }
    // A compact report keeps entity documents as columns; an expanded one,
    // on each entity.
    for (int count : report->entity_documents().document_count()) {
      largest_entity = std::max<int64_t>(largest_entity, count);
    }
    for (const Entity& e : report->entities()) {
      largest_entity = std::max<int64_t>(largest_entity, e.documents_size());
    }
    benchmark::DoNotOptimize(report);
    peak = std::max(peak, g_peak.load() - base);
    page_faults += MinorPageFaults() - faults_before;
    if (c.timed == Timed::kExpand) {  // Releasing the report is not expansion.
      state.PauseTiming();
      arena.reset();
      by_value = absl::StatusOr<Report>();
      state.ResumeTiming();
    }
  }
  state.SetItemsProcessed(state.iterations() * corpus.claims);
  state.counters["claims"] = static_cast<double>(corpus.claims);
  state.counters["documents"] = static_cast<double>(corpus.sets.size());
  state.counters["event_groups"] = static_cast<double>(groups);
  state.counters["entities"] = static_cast<double>(entities);
  state.counters["largest_entity_docs"] = static_cast<double>(largest_entity);
  state.counters["agreement_cells"] = static_cast<double>(cells);
  state.counters["input_bytes_per_claim"] =
      static_cast<double>(corpus.input_bytes) /
      static_cast<double>(corpus.claims);
  state.counters["peak_bytes_per_claim"] =
      static_cast<double>(peak) / static_cast<double>(corpus.claims);
  state.counters["page_faults"] = benchmark::Counter(
      static_cast<double>(page_faults), benchmark::Counter::kAvgIterations);
}

// The fields of one claim set that the matcher reads (read_ahead.h), each
// read once, folded into a checksum.
uint64_t ReadClaimSet(const ClaimSet& set) {
  const std::string& id = set.document().id();
  return id.size() + ReadEntityFields(set) + ReadEventAndClaimFields(set);
}

// The floor under BM_Match: reading once what the matcher reads of its input
// (ReadClaimSet), with nothing built. range(1) = 1 flushes the caches before
// every iteration, as BM_MatchCold. time(10N)/time(N) of this pass shows what
// the memory hierarchy alone does to the ratios of a linear algorithm.
void BM_ReadInput(benchmark::State& state) {
  const Corpus& corpus = CorpusOf(state.range(0), NameStyle::kRealistic);
  for (auto _ : state) {
    if (state.range(1) == 1) EvictCaches(state);
    uint64_t sum = 0;
    for (const ClaimSet& set : corpus.sets) sum += ReadClaimSet(set);
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * corpus.claims);
  state.counters["claims"] = static_cast<double>(corpus.claims);
}

void BM_Match(benchmark::State& state) {
  MatchCase c;
  c.on_arena = false;
  RunMatch(state, c);
}
void BM_MatchOnArena(benchmark::State& state) { RunMatch(state, MatchCase()); }
void BM_MatchCold(benchmark::State& state) {
  MatchCase c;
  c.cold = true;
  RunMatch(state, c);
}
void BM_MatchDenseNames(benchmark::State& state) {
  MatchCase c;
  c.names = NameStyle::kDense;
  RunMatch(state, c);
}
void BM_MatchWithClaimSets(benchmark::State& state) {
  MatchCase c;
  c.include_claim_sets = true;
  RunMatch(state, c);
}
// The compact report spelled out for the writers (ExpandReport): the cost a
// reader of report.json or the HTML pays on top of matching.
void BM_MatchAndExpand(benchmark::State& state) {
  MatchCase c;
  c.timed = Timed::kMatchAndExpand;
  RunMatch(state, c);
}
// ExpandReport alone, on the arena report of BM_MatchAndExpand.
void BM_Expand(benchmark::State& state) {
  MatchCase c;
  c.timed = Timed::kExpand;
  RunMatch(state, c);
}

// What the writers pay before rendering (report/report_writer.h): the
// report as `xref compare` matches it (on the heap, with its claim sets)
// spelled out by ExpandedReport. Matching is untimed.
void BM_Expanded(benchmark::State& state) {
  const Corpus& corpus = CorpusOf(state.range(0), NameStyle::kRealistic);
  auto matcher = Matcher::Create(MatcherOptions(), nullptr);
  if (!matcher.ok()) {
    state.SkipWithError(std::string(matcher.status().message()).c_str());
    return;
  }
  absl::StatusOr<Report> report = (*matcher)->Match(corpus.sets);
  if (!report.ok()) {
    state.SkipWithError(std::string(report.status().message()).c_str());
    return;
  }
  for (auto _ : state) {  // Freeing the expansion is timed: writers pay it.
    const ExpandedReport expanded(*report);
    benchmark::DoNotOptimize(&expanded.report());
  }
  state.SetItemsProcessed(state.iterations() * corpus.claims);
}

// Every case reports milliseconds of process CPU time; `sizes` are claim
// counts.
void Register(benchmark::internal::Benchmark* b, std::initializer_list<int> sizes) {
  for (int n : sizes) b->Arg(n);
  b->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
}
constexpr std::initializer_list<int> kAllSizes = {1000, 10000, 100000, 1000000};

const bool kRegistered = [] {
  Register(benchmark::RegisterBenchmark("BM_Match", BM_Match), kAllSizes);
  Register(benchmark::RegisterBenchmark("BM_MatchOnArena", BM_MatchOnArena), kAllSizes);
  Register(benchmark::RegisterBenchmark("BM_MatchCold", BM_MatchCold), kAllSizes);
  Register(benchmark::RegisterBenchmark("BM_MatchDenseNames", BM_MatchDenseNames),
           kAllSizes);
  Register(benchmark::RegisterBenchmark("BM_MatchWithClaimSets", BM_MatchWithClaimSets),
           {1000000});
  Register(benchmark::RegisterBenchmark("BM_MatchAndExpand", BM_MatchAndExpand),
           {100000, 1000000});
  Register(benchmark::RegisterBenchmark("BM_Expanded", BM_Expanded), {100000});
  Register(benchmark::RegisterBenchmark("BM_Expand", BM_Expand), kAllSizes);
  for (int cold : {0, 1}) {
    for (int n : kAllSizes) {
      benchmark::RegisterBenchmark("BM_ReadInput", BM_ReadInput)
          ->Args({n, cold})
          ->ArgNames({"", "cold"})
          ->Unit(benchmark::kMillisecond)
          ->MeasureProcessCPUTime();
    }
  }
  return true;
}();

}  // namespace
}  // namespace xref

BENCHMARK_MAIN();

// Extraction throughput over >= 50 MB of generated news-like text, next to
// the floor any rule engine pays: one RE2::Set pass with the trigger patterns
// only. Text is generated once from a fixed seed, outside the timed loops.
//
//   bazel build -c opt //bench:extraction_benchmark
//   bazel-bin/bench/extraction_benchmark

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "base/re2_adapter.h"
#include "benchmark/benchmark.h"
#include "claims/extractor.h"
#include "claims/rule_set.h"

namespace xref {
namespace {

constexpr size_t kCorpusBytes = 52u << 20;
constexpr size_t kDocumentBytes = 6000;

const char* const kPeople[] = {
    "Ahmed al-Rashid", "Maria Gonzalez", "Abu Bakr al-Hamdani", "John Miller",
    "Fatima bin Saleh", "Olena Kovalenko", "Gen. Ali Hassan", "Pierre Dubois",
    "Abdul Karim Nouri", "Sarah O'Neill", "Ibrahim ibn Yusuf", "Chen Wei"};
const char* const kOrgs[] = {
    "the Interior Ministry", "the National Guard", "Amnesty International",
    "the Popular Front (PF)", "the Supreme Court", "the Anti-Fraud Office",
    "the Red Crescent", "the Border Police", "the United Nations"};
const char* const kPlaces[] = {"Baghdad", "Mosul", "Basra", "Kirkuk", "Erbil",
                               "Damascus", "Beirut", "Kabul", "Cairo", "Kyiv",
                               "Anbar province", "the Green Zone"};
const char* const kDates[] = {"on Monday", "last Thursday", "on March 3",
                              "in June 2019", "earlier this month", "last year",
                              "on Jan. 14, 2020", "weeks later", "in October of last year",
                              "hours later", "on Sunday", "last month"};
const char* const kCounts[] = {"14", "two", "a dozen", "more than 300", "at least 66",
                               "hundreds of", "dozens of", "nearly 40", "five"};
const char* const kNouns[] = {"protesters", "people", "soldiers", "militants",
                              "civilians", "officers", "activists", "workers"};
const char* const kSources[] = {"officials said", "police said", "a spokesman told Reuters",
                                "according to local media", "analysts say",
                                "the ministry said in a statement", "witnesses said"};
const char* const kTemplates[] = {
    "Security forces arrested {P} in {L} {D} on charges of corruption, {S}.",
    "{P} was released {D} after a judge found insufficient evidence, {S}.",
    "{C} {N} were killed in an airstrike near {L} {D}, {S}.",
    "At a rally in {L}, {C} {N} demanded the release of detained colleagues.",
    "{O} said the suspect had been charged with terrorism-related offences {D}.",
    "A roadside bomb wounded {C} {N} outside {L} {D}.",
    "The weather in {L} was mild {D}, and markets reopened after the holiday.",
    "{P}, a former minister from the city of {L}, denied the allegations.",
    "Rumors swirled that {P} had left the country before the verdict.",
    "The court acquitted {P} of embezzlement {D}, citing a lack of evidence.",
    "Prime Minister {P} met {O} in {L} to discuss reconstruction and trade.",
    "Gunmen attacked a checkpoint in {L} {D}, killing {C} {N}, {S}.",
    "Economists expect growth of 3.5 percent next year as oil prices recover.",
    "{P} was convicted of bribery and sentenced to five years in prison.",
    "No charges were filed against the {C} {N} detained {D}, {S}.",
    "Thousands of demonstrators marched through {L} {D} to protest rising prices.",
    "The U.S. Embassy in {L} issued a statement on Tuesday urging calm.",
    "Mr. {P} told reporters that the investigation would continue."};

std::string Fill(std::mt19937* rng, const char* templ) {
  auto pick = [&](const auto& list) {
    return std::string(list[(*rng)() % (sizeof(list) / sizeof(list[0]))]);
  };
  std::string out;
  for (const char* p = templ; *p != '\0'; ++p) {
    if (*p == '{' && p[1] != '\0' && p[2] == '}') {
      switch (p[1]) {
        case 'P': out += pick(kPeople); break;
        case 'O': out += pick(kOrgs); break;
        case 'L': out += pick(kPlaces); break;
        case 'D': out += pick(kDates); break;
        case 'C': out += pick(kCounts); break;
        case 'N': out += pick(kNouns); break;
        case 'S': out += pick(kSources); break;
      }
      p += 2;
    } else {
      out.push_back(*p);
    }
  }
  return out;
}

// Deterministic corpus: documents of ~6 KB, paragraphs of 2-5 sentences,
// with a headline and occasional typographic quotes and dashes.
const std::vector<Document>& Corpus() {
  static const std::vector<Document>* const kCorpus = [] {
    auto* docs = new std::vector<Document>();
    std::mt19937 rng(20210609);
    size_t total = 0;
    while (total < kCorpusBytes) {
      Document doc;
      doc.set_id(absl::StrCat("doc", docs->size()));
      doc.set_published("2021-06-09");
      std::string text = "Breaking News\n\nRegional officials weigh response\n\n";
      while (text.size() < kDocumentBytes) {
        int sentences = 2 + rng() % 4;
        for (int s = 0; s < sentences; ++s) {
          text += Fill(&rng, kTemplates[rng() % (sizeof(kTemplates) / sizeof(kTemplates[0]))]);
          text += rng() % 7 == 0 ? " \xE2\x80\x9CIt\xE2\x80\x99s a test \xE2\x80\x94 for all of us,\xE2\x80\x9D he said. " : " ";
        }
        text += "\n\n";
      }
      total += text.size();
      doc.set_text(std::move(text));
      docs->push_back(std::move(doc));
    }
    return docs;
  }();
  return *kCorpus;
}

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const Document& d : Corpus()) n += d.text().size();
  return n;
}

void BM_Extract(benchmark::State& state) {
  ExtractorOptions options;
  options.rules_dir = DefaultRulesDir();
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    state.SkipWithError(std::string(extractor.status().message()).c_str());
    return;
  }
  const std::vector<Document>& corpus = Corpus();
  int64_t claims = 0;
  for (auto _ : state) {
    for (const Document& doc : corpus) {
      auto set = (*extractor)->Extract(doc);
      if (set.ok()) claims += set->claims_size();
      benchmark::DoNotOptimize(claims);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["claims_per_doc"] =
      static_cast<double>(claims) / (state.iterations() * corpus.size());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->UseRealTime();

// Baseline: one RE2::Set pass over each document with the trigger patterns.
void BM_TriggerSetBaseline(benchmark::State& state) {
  auto rules = RuleSet::Load(DefaultRulesDir());
  if (!rules.ok()) {
    state.SkipWithError(std::string(rules.status().message()).c_str());
    return;
  }
  const RE2::Set& set = (*rules)->trigger_set();
  const std::vector<Document>& corpus = Corpus();
  std::vector<int> hits;
  int64_t matched = 0;
  for (auto _ : state) {
    for (const Document& doc : corpus) {
      hits.clear();
      set.Match(ToPiece(doc.text()), &hits);
      matched += hits.size();
    }
    benchmark::DoNotOptimize(matched);
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_TriggerSetBaseline)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace xref

BENCHMARK_MAIN();

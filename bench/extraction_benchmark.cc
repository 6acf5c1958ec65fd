// Extraction throughput over >= 50 MB of generated news-like text, next to
// the floor any rule engine pays: one RE2::Set pass with the trigger patterns
// only. Text is generated once from a fixed seed, outside the timed loops.
//
// Two corpora:
// - realistic (the figure to quote): articles where about a quarter of the
//   sentences carry an event trigger, the rest being the background,
//   economy, politics, weather, sport and reaction sentences news is mostly
//   made of;
// - dense (stress case): every sentence drawn from the event templates, so
//   most sentences carry a trigger, a date, a count and an attribution.
// Bytes per second are computed from CPU time (the machine is shared).
//
// BM_Extract extracts as `xref batch` does, in chunks of 32 documents
// (Extractor::ExtractEach); BM_ExtractOneByOne extracts the same documents
// one at a time (ExtractInto), for comparison.
//
//   bazel build -c opt //bench:extraction_benchmark
//   bazel-bin/bench/extraction_benchmark
//
// A third case, `articles` (arg 2), runs on real articles when
// XREF_BENCH_ARTICLES names a directory or JSONL file that `xref` can read
// (e.g. the ECB+ texts): generated text repeats a small vocabulary, so any
// memo that outlives a document hits more often there than on real news.
// Without the variable that case is skipped. RE2 builds its automata
// lazily, a state per new combination of partial matches: repeating a small
// real corpus warms them as a long batch of new articles does not, so on
// real text also time one cold pass (--benchmark_min_time=0.000001 runs a
// single iteration) next to the repeated ones.
//
// XREF_BENCH_CORPUS_MB=<n> shrinks (or grows) each corpus to about n MiB, for
// counting instructions under valgrind --tool=callgrind on a smaller input;
// figures to quote use the default (52 MiB).

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/re2_adapter.h"
#include "benchmark/benchmark.h"
#include "claims/extractor.h"
#include "claims/rule_set.h"
#include "google/protobuf/arena.h"
#include "ingest/corpus_reader.h"

namespace xref {
namespace {

constexpr size_t kDefaultCorpusMiB = 52;

size_t CorpusBytesWanted() {
  const char* mb = std::getenv("XREF_BENCH_CORPUS_MB");
  size_t n = mb != nullptr ? std::strtoul(mb, nullptr, 10) : 0;
  return (n > 0 ? n : kDefaultCorpusMiB) << 20;
}
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

// Sentences without an event trigger: the bulk of real news copy.
const char* const kBackground[] = {
    "The ministry has faced growing pressure over electricity shortages in {L} this summer.",
    "{P} has served in parliament since 2014 and chairs its budget committee.",
    "Oil exports averaged 3.2 million barrels a day in {M}, according to figures published by the state marketing company.",
    "The central bank kept its benchmark rate unchanged and said inflation had eased to 4.1 percent.",
    "Talks on a new coalition government are expected to resume after the holiday.",
    "{O} said it would publish its annual report next week.",
    "Temperatures in {L} are forecast to reach 48 degrees Celsius on Saturday, and authorities urged residents to stay indoors.",
    "The national team will play its final qualifier in {L} next month.",
    "Farmers in the south say the river has fallen to its lowest level in decades, leaving fields unplanted.",
    "{P} studied engineering in {L} before entering politics.",
    "The new airport terminal, built by a consortium of foreign firms, is due to open in {M}.",
    "Prices of bread and cooking oil have risen sharply since the currency was devalued.",
    "The festival, which draws visitors from across the region, was held for the first time in three years.",
    "Schools in {L} reopened after a two-week break, and teachers reported crowded classrooms.",
    "Lawmakers are debating a draft budget that would raise public sector salaries.",
    "{P} is expected to visit {L} later this year to sign a trade agreement.",
    "The company plans to invest $500 million in a new refinery over the next five years.",
    "Analysts say the election result reflects deep frustration with the political class.",
    "The museum houses artefacts dating back more than 5,000 years.",
    "Residents complain of frequent power cuts, unreliable water supplies and poor roads.",
    "The agreement covers cooperation in energy, health and higher education.",
    "Negotiators met for a third round of talks but reached no final deal.",
    "Turnout was estimated at 41 percent, the lowest since the first elections.",
    "{O} opened a new office in {L} to handle visa applications.",
    "The bridge, damaged years ago, was finally repaired with funding from international donors.",
    "Shares on the local stock exchange closed slightly higher on the day.",
    "The prime minister's office did not respond to a request for comment.",
    "{P} described the talks as constructive and said both sides had agreed to meet again.",
    "Many young graduates struggle to find jobs outside the public sector.",
    "The province is home to some of the country's oldest churches and mosques.",
    "A new law on social media, passed in {M}, has been criticised by press freedom groups.",
    "Officials hope the reforms will attract foreign investment and reduce dependence on oil.",
    "The team's coach praised his players after a hard-fought draw in {L}.",
    "The report recommends improving oversight of public contracts and publishing spending data.",
    "Heavy rain flooded several streets in {L}, and traffic was disrupted for hours.",
    "\xE2\x80\x9CWe need jobs, not promises,\xE2\x80\x9D said a shopkeeper in {L}.",
    "The governor of {L} announced plans to build 2,000 new housing units.",
    "The two countries share a long border and strong trade ties.",
    "{O} has long called for a national strategy on water management.",
    "Diplomats said the summit would focus on regional stability and trade routes."};
const char* const kMonths[] = {"January", "March", "May", "July", "September", "November"};

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
        case 'M': out += pick(kMonths); break;
      }
      p += 2;
    } else {
      out.push_back(*p);
    }
  }
  return out;
}

// Deterministic corpus: documents of ~6 KB, paragraphs of 2-5 sentences,
// with page furniture before the body and occasional typographic quotes and
// dashes. `event_share` is the probability that a sentence is drawn from the
// event templates rather than from the background ones.
std::vector<Document>* MakeCorpus(uint32_t seed, double event_share) {
  auto* docs = new std::vector<Document>();
  std::mt19937 rng(seed);
  std::bernoulli_distribution event(event_share);
  size_t total = 0;
  const size_t wanted = CorpusBytesWanted();
  while (total < wanted) {
    Document doc;
    doc.set_id(absl::StrCat("doc", docs->size()));
    // Publication dates spread over five years, as in a real batch (a
    // relative date's value depends on it).
    doc.set_published(absl::StrFormat("%04d-%02d-%02d", 2018 + rng() % 5,
                                      1 + rng() % 12, 1 + rng() % 28));
    std::string text = "Breaking News\n\nRegional officials weigh response\n\n";
    while (text.size() < kDocumentBytes) {
      int sentences = 2 + rng() % 4;
      for (int s = 0; s < sentences; ++s) {
        if (event(rng)) {
          text += Fill(&rng, kTemplates[rng() % (sizeof(kTemplates) / sizeof(kTemplates[0]))]);
        } else {
          text += Fill(&rng, kBackground[rng() % (sizeof(kBackground) / sizeof(kBackground[0]))]);
        }
        text += rng() % 7 == 0 ? " \xE2\x80\x9CIt\xE2\x80\x99s a test \xE2\x80\x94 for all of us,\xE2\x80\x9D he said. " : " ";
      }
      text += "\n\n";
    }
    total += text.size();
    doc.set_text(std::move(text));
    docs->push_back(std::move(doc));
  }
  return docs;
}

enum CorpusKind { kRealistic = 0, kDense = 1, kArticles = 2 };

// The articles under XREF_BENCH_ARTICLES, or none when it is unset or
// unreadable (the message then says why).
std::vector<Document>* ReadArticleCorpus(std::string* message) {
  auto* docs = new std::vector<Document>();
  const char* path = std::getenv("XREF_BENCH_ARTICLES");
  if (path == nullptr || *path == '\0') {
    *message = "set XREF_BENCH_ARTICLES to a directory or JSONL file of articles";
    return docs;
  }
  absl::StatusOr<xref::Corpus> read = ReadCorpus(path);
  if (!read.ok()) {
    *message = std::string(read.status().message());
    return docs;
  }
  *docs = std::move(read->documents);
  if (docs->empty()) *message = absl::StrCat(path, ": no readable article");
  return docs;
}

std::string* const g_articles_message = new std::string();

const std::vector<Document>& Corpus(int kind) {
  static const std::vector<Document>* const kRealisticCorpus = MakeCorpus(20210609, 0.45);
  static const std::vector<Document>* const kDenseCorpus = MakeCorpus(20210609, 1.0);
  static const std::vector<Document>* const kArticleCorpus =
      ReadArticleCorpus(g_articles_message);
  if (kind == kArticles) return *kArticleCorpus;
  return kind == kDense ? *kDenseCorpus : *kRealisticCorpus;
}

int64_t CorpusBytes(int kind) {
  int64_t n = 0;
  for (const Document& d : Corpus(kind)) n += d.text().size();
  return n;
}

// The chunk of documents `xref batch` hands to Extractor::ExtractEach.
constexpr size_t kChunk = 32;

// Extraction as `xref batch` runs it: documents in chunks of kChunk, each
// chunk's claims on an arena of their own, freed when the chunk is done.
// `one_by_one` extracts the same chunks document by document (ExtractInto),
// as a caller with one article at a time does.
void RunExtract(benchmark::State& state, bool one_by_one) {
  ExtractorOptions options;
  options.rules_dir = DefaultRulesDir();
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    state.SkipWithError(std::string(extractor.status().message()).c_str());
    return;
  }
  const std::vector<Document>& corpus = Corpus(state.range(0));
  if (corpus.empty()) {
    state.SkipWithError(g_articles_message->c_str());
    return;
  }
  int64_t claims = 0;
  std::vector<const Document*> docs;
  std::vector<ClaimSet*> outs;
  for (auto _ : state) {
    for (size_t first = 0; first < corpus.size(); first += kChunk) {
      google::protobuf::Arena arena;
      docs.clear();
      outs.clear();
      for (size_t i = first; i < std::min(corpus.size(), first + kChunk); ++i) {
        docs.push_back(&corpus[i]);
        outs.push_back(google::protobuf::Arena::CreateMessage<ClaimSet>(&arena));
      }
      if (one_by_one) {
        for (size_t i = 0; i < docs.size(); ++i) {
          if ((*extractor)->ExtractInto(*docs[i], outs[i]).ok()) claims += outs[i]->claims_size();
        }
      } else {
        std::vector<absl::Status> status = (*extractor)->ExtractEach(docs, outs);
        for (size_t i = 0; i < docs.size(); ++i) {
          if (status[i].ok()) claims += outs[i]->claims_size();
        }
      }
      benchmark::DoNotOptimize(claims);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes(state.range(0)));
  state.counters["claims_per_doc"] =
      static_cast<double>(claims) / (state.iterations() * corpus.size());
}

void BM_Extract(benchmark::State& state) { RunExtract(state, /*one_by_one=*/false); }
BENCHMARK(BM_Extract)->ArgName("dense")->Arg(kRealistic)->Arg(kDense)->Arg(kArticles)->Unit(benchmark::kMillisecond);

void BM_ExtractOneByOne(benchmark::State& state) { RunExtract(state, /*one_by_one=*/true); }
BENCHMARK(BM_ExtractOneByOne)->ArgName("dense")->Arg(kRealistic)->Unit(benchmark::kMillisecond);

// Baseline: one RE2::Set pass over each document with the trigger patterns.
void BM_TriggerSetBaseline(benchmark::State& state) {
  auto rules = RuleSet::Load(DefaultRulesDir());
  if (!rules.ok()) {
    state.SkipWithError(std::string(rules.status().message()).c_str());
    return;
  }
  const RE2::Set& set = (*rules)->trigger_set();
  const std::vector<Document>& corpus = Corpus(state.range(0));
  if (corpus.empty()) {
    state.SkipWithError(g_articles_message->c_str());
    return;
  }
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
  state.SetBytesProcessed(state.iterations() * CorpusBytes(state.range(0)));
}
BENCHMARK(BM_TriggerSetBaseline)->ArgName("dense")->Arg(kRealistic)->Arg(kDense)->Arg(kArticles)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace xref

BENCHMARK_MAIN();

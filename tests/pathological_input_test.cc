// Hostile and broken articles through the whole pipeline (ingest, extraction,
// matching): each bad article gets its documented outcome (a skip entry with
// a named reason, or a correct extraction), and the good articles of the same
// run come out with exactly the claims they have in a run without the bad
// one. The inputs are generated here. No timings are asserted: the size limit
// of this test (medium) is what bounds the 5 MB and 100,000-deep inputs; see
// README.md for measured times at 1x/2x/4x.

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "base/file.h"
#include "base/status_matchers.h"
#include "cli/pipeline.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

struct Article {
  std::string id;
  std::string outlet;
  std::string text;
};

std::vector<Article> GoodArticles() {
  return {
      {"good1", "first.example",
       "Security forces arrested Karim Haddad in Basra on Tuesday, police "
       "officials said. Haddad was detained on corruption charges after a "
       "months-long inquiry into the port authority."},
      {"good2", "second.example",
       "Karim Haddad, a port official, was arrested in Basra on Tuesday on "
       "charges of bribery, according to a court statement. At least 12 "
       "people were detained in the same operation, the statement said."},
      {"good3", "third.example",
       "Police in Basra detained 14 people on Monday, including port official "
       "Karim Haddad, a security source told reporters."},
  };
}

struct RunResult {
  ClaimCorpus corpus;
  Report report;
};

// Writes `articles` as a manifest directory and runs ExtractCorpus and
// MatchCorpus over it.
RunResult RunPipeline(const std::vector<Article>& articles,
                      const PipelineOptions& options) {
  static int run = 0;
  std::string dir = JoinPath(::testing::TempDir(), absl::StrCat("corpus", ++run));
  std::string manifest = "file\toutlet\tpublished\n";
  for (const Article& a : articles) {
    absl::StrAppend(&manifest, a.id, ".txt\t", a.outlet, "\t2022-03-10\n");
    EXPECT_OK(WriteFileAtomically(JoinPath(dir, a.id + ".txt"), a.text));
  }
  EXPECT_OK(WriteFileAtomically(JoinPath(dir, "manifest.tsv"), manifest));
  RunResult result;
  absl::StatusOr<ClaimCorpus> corpus = ExtractCorpus(dir, options);
  EXPECT_OK(corpus.status());
  if (!corpus.ok()) return result;
  result.corpus = *std::move(corpus);
  absl::StatusOr<Report> report = MatchCorpus(result.corpus, options);
  EXPECT_OK(report.status());
  if (report.ok()) result.report = *std::move(report);
  return result;
}

PipelineOptions Options() {
  PipelineOptions options;
  options.rules_dir = "claims/rules";
  options.print_skipped = false;
  return options;
}

const ClaimSet* FindSet(const ClaimCorpus& corpus, const std::string& id) {
  for (const ClaimSet& set : corpus.claim_sets()) {
    if (set.document().id() == id) return &set;
  }
  return nullptr;
}

// The claim set without the input path, which differs between runs.
std::string Comparable(ClaimSet set) {
  set.mutable_document()->clear_source();
  return set.SerializeAsString();
}

// Runs the good articles alone and with `bad`, checks that every good
// article's claims are identical in both runs and present in the report, and
// returns the run with `bad`.
RunResult RunWithBad(const Article& bad, const PipelineOptions& options = Options()) {
  std::vector<Article> good = GoodArticles();
  RunResult baseline = RunPipeline(good, options);
  std::vector<Article> all = good;
  all.insert(all.begin() + 1, bad);
  RunResult mixed = RunPipeline(all, options);
  for (const Article& a : good) {
    const ClaimSet* before = FindSet(baseline.corpus, a.id);
    const ClaimSet* after = FindSet(mixed.corpus, a.id);
    EXPECT_NE(before, nullptr) << a.id;
    EXPECT_NE(after, nullptr) << a.id << " lost next to " << bad.id;
    if (before == nullptr || after == nullptr) continue;
    EXPECT_GT(before->claims_size(), 0) << a.id;
    EXPECT_EQ(Comparable(*before), Comparable(*after)) << a.id;
    bool in_report = false;
    for (const ClaimSet& s : mixed.report.claim_sets()) {
      if (s.document().id() == a.id) {
        in_report = true;
        EXPECT_EQ(s.claims_size(), after->claims_size()) << a.id;
      }
    }
    EXPECT_TRUE(in_report) << a.id << " missing from the report";
  }
  return mixed;
}

// Asserts that `bad` is skipped with a reason containing `reason`, listed in
// both the claim corpus and the report.
void ExpectSkipped(const RunResult& run, const std::string& id,
                   const std::string& reason) {
  EXPECT_EQ(FindSet(run.corpus, id), nullptr);
  ASSERT_EQ(run.corpus.skipped_size(), 1);
  EXPECT_THAT(run.corpus.skipped(0).source(), HasSubstr(id));
  EXPECT_THAT(run.corpus.skipped(0).reason(), HasSubstr(reason));
  ASSERT_EQ(run.report.skipped_size(), 1);
  EXPECT_EQ(run.report.summary().skipped_inputs(), 1);
}

std::vector<std::string> ClaimKeys(const ClaimSet& set) {
  std::vector<std::string> keys;
  for (const Claim& c : set.claims()) {
    keys.push_back(absl::StrCat(c.event_type(), "/", c.role(), "=",
                                c.value().normalized(), "/", c.modality()));
  }
  return keys;
}

void ExpectSpansIntact(const ClaimSet& set) {
  const std::string& text = set.document().text();
  for (const Entity& e : set.entities()) {
    for (const Mention& m : e.mentions()) {
      ASSERT_LE(m.span().end(), static_cast<int64_t>(text.size()));
      EXPECT_EQ(text.substr(m.span().begin(), m.span().end() - m.span().begin()),
                m.text());
    }
  }
  for (const Claim& c : set.claims()) {
    EXPECT_LE(c.evidence().sentence().end(), static_cast<int64_t>(text.size()));
    EXPECT_LE(c.evidence().value().begin(), c.evidence().value().end());
  }
}

const char kArrest[] =
    "Police arrested Samir Aziz in Mosul on Monday, officials said.";

TEST(PathologicalInputTest, FiveMegabyteLineWithoutPunctuation) {
  std::string line;
  line.reserve(5 * 1000 * 1000 + 100);
  while (line.size() < 5 * 1000 * 1000) line += "word and more words ";
  RunResult run = RunWithBad({"bigline", "bad.example", line});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* set = FindSet(run.corpus, "bigline");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->document().text().size(), line.size());
  for (const Claim& c : set->claims()) {
    EXPECT_LE(c.evidence().sentence().end() - c.evidence().sentence().begin(), 4096);
  }
}

TEST(PathologicalInputTest, ArticleOverSizeLimitIsSkipped) {
  PipelineOptions options = Options();
  options.max_article_bytes = 100 * 1000;
  std::string text;
  while (text.size() <= 100 * 1000) absl::StrAppend(&text, kArrest, " ");
  RunResult run = RunWithBad({"huge", "bad.example", text}, options);
  ExpectSkipped(run, "huge", "exceeds the limit of 100000 bytes");
}

TEST(PathologicalInputTest, HundredThousandNestedParentheses) {
  std::string text = absl::StrCat(kArrest, " ", std::string(100000, '('),
                                  "Samir Aziz", std::string(100000, ')'), ".");
  RunResult run = RunWithBad({"parens", "bad.example", text});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* set = FindSet(run.corpus, "parens");
  ASSERT_NE(set, nullptr);
  EXPECT_GT(set->claims_size(), 0);
  ExpectSpansIntact(*set);
}

TEST(PathologicalInputTest, HundredThousandNestedQuotes) {
  std::string open, close;
  for (int i = 0; i < 50000; ++i) {
    open += "\"\xE2\x80\x9C";   // ASCII and curly quotes alternating.
    close += "\xE2\x80\x9D\"";
  }
  std::string text = absl::StrCat(kArrest, " ", open, "they said so", close, ".");
  RunResult run = RunWithBad({"quotes", "bad.example", text});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* set = FindSet(run.corpus, "quotes");
  ASSERT_NE(set, nullptr);
  EXPECT_GT(set->claims_size(), 0);
  ExpectSpansIntact(*set);
}

TEST(PathologicalInputTest, NulBytesAreSkippedAsBinary) {
  std::string text = absl::StrCat(kArrest, std::string(1, '\0'), kArrest);
  RunResult run = RunWithBad({"nul", "bad.example", text});
  ExpectSkipped(run, "nul", "binary data, not text");
}

TEST(PathologicalInputTest, InvalidUtf8IsSkippedWithOffset) {
  std::string text = absl::StrCat(kArrest, " Caf\xC3 \xFF\xFE.");
  RunResult run = RunWithBad({"badutf8", "bad.example", text});
  ExpectSkipped(run, "badutf8",
                absl::StrCat("invalid UTF-8 at byte ", std::string(kArrest).size() + 4));
}

TEST(PathologicalInputTest, ByteOrderMarkIsStripped) {
  RunResult plain = RunPipeline({{"plain", "a.example", kArrest}}, Options());
  RunResult run = RunWithBad({"bom", "bad.example", absl::StrCat("\xEF\xBB\xBF", kArrest)});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* with_bom = FindSet(run.corpus, "bom");
  const ClaimSet* without = FindSet(plain.corpus, "plain");
  ASSERT_NE(with_bom, nullptr);
  ASSERT_NE(without, nullptr);
  EXPECT_EQ(with_bom->document().text(), kArrest);
  EXPECT_FALSE(ClaimKeys(*without).empty());
  EXPECT_EQ(ClaimKeys(*with_bom), ClaimKeys(*without));
  ExpectSpansIntact(*with_bom);
}

TEST(PathologicalInputTest, CrlfLineEndsExtractLikeLf) {
  std::string lf = absl::StrCat("Arrest in Mosul\n\n", kArrest,
                                "\n\nThe arrest of Samir Aziz followed a raid, the ministry said.\n");
  std::string crlf = absl::StrReplaceAll(lf, {{"\n", "\r\n"}});
  RunResult plain = RunPipeline({{"lf", "a.example", lf}}, Options());
  RunResult run = RunWithBad({"crlf", "bad.example", crlf});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* with_cr = FindSet(run.corpus, "crlf");
  const ClaimSet* without = FindSet(plain.corpus, "lf");
  ASSERT_NE(with_cr, nullptr);
  ASSERT_NE(without, nullptr);
  EXPECT_FALSE(ClaimKeys(*without).empty());
  EXPECT_EQ(ClaimKeys(*with_cr), ClaimKeys(*without));
  ExpectSpansIntact(*with_cr);
  for (const Claim& c : with_cr->claims()) {
    EXPECT_THAT(c.evidence().quote(), ::testing::Not(HasSubstr("\r")));
  }
}

TEST(PathologicalInputTest, MixedLeftToRightAndRightToLeftScripts) {
  // Arabic and Hebrew names and phrases inside English sentences, with
  // directional marks (U+200F RLM, U+202B RLE ... U+202C PDF).
  std::string text =
      "Police arrested \xD8\xB3\xD9\x85\xD9\x8A\xD8\xB1 \xD8\xB9\xD8\xB2\xD9\x8A\xD8\xB2 "
      "(Samir Aziz) in Mosul on Monday, officials said. "
      "\xE2\x80\xAB\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\xAC \xE2\x80\x8F"
      "The ministry said 12 people were detained in Mosul.";
  RunResult run = RunWithBad({"rtl", "bad.example", text});
  EXPECT_EQ(run.corpus.skipped_size(), 0);
  const ClaimSet* set = FindSet(run.corpus, "rtl");
  ASSERT_NE(set, nullptr);
  ExpectSpansIntact(*set);
  bool arrest_time = false;
  for (const Claim& c : set->claims()) {
    if (c.role() == "time" && c.value().normalized() == "2022-03-07") arrest_time = true;
    const std::string& quote = c.evidence().quote();
    EXPECT_EQ(quote, text.substr(c.evidence().sentence().begin(),
                                 c.evidence().sentence().end() -
                                     c.evidence().sentence().begin()));
  }
  EXPECT_TRUE(arrest_time);
}

TEST(PathologicalInputTest, DocumentOverClaimLimitIsReported) {
  PipelineOptions options = Options();
  options.max_claims_per_document = 40;
  std::string text;
  for (int i = 0; i < 200; ++i) absl::StrAppend(&text, kArrest, " ");
  RunResult run = RunWithBad({"claimy", "bad.example", text}, options);
  ExpectSkipped(run, "claimy", "more than 40 claims");
}

TEST(PathologicalInputTest, InvalidRegexInRuleFileNamesFileAndLine) {
  std::string dir = JoinPath(::testing::TempDir(), "bad_rules");
  ASSERT_OK_AND_ASSIGN(std::vector<std::string> files,
                       ListFilesRecursively("claims/rules"));
  for (const std::string& path : files) {
    ASSERT_OK_AND_ASSIGN(std::string data, ReadFile(path));
    std::string name = path.substr(path.rfind('/') + 1);
    if (name == "frames.textproto") {
      absl::StrAppend(&data, "\nframes {\n  type: \"Bad:Frame\"\n",
                      "  triggers { pattern: \"riot(?:ed\" lemma: \"riot\" }\n}\n");
    }
    ASSERT_OK(WriteFileAtomically(JoinPath(dir, name), data));
  }
  ASSERT_OK_AND_ASSIGN(std::string frames, ReadFile(JoinPath(dir, "frames.textproto")));
  int line = 0;
  for (absl::string_view l : absl::StrSplit(frames, '\n')) {
    ++line;
    if (absl::StrContains(l, "riot(?:ed")) break;
  }
  PipelineOptions options = Options();
  options.rules_dir = dir;
  std::string corpus = JoinPath(::testing::TempDir(), "rules_corpus");
  ASSERT_OK(WriteFileAtomically(JoinPath(corpus, "a.txt"), kArrest));
  EXPECT_THAT(ExtractCorpus(corpus, options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr(absl::StrCat("frames.textproto:", line,
                                              ": pattern: bad pattern \"riot(?:ed\""))));
}

}  // namespace
}  // namespace xref

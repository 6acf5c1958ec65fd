#include "ingest/corpus_reader.h"

#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

std::string TempDir(absl::string_view name) {
  const char* base = std::getenv("TEST_TMPDIR");
  return JoinPath(base != nullptr ? base : "/tmp", name);
}

constexpr absl::string_view kHeader = "file\toutlet\tpublished\turl\ttitle\n";

void Write(const std::string& path, absl::string_view data) {
  ASSERT_OK(WriteFileAtomically(path, data));
}

std::vector<std::string> Ids(const Corpus& corpus) {
  std::vector<std::string> ids;
  for (const Document& d : corpus.documents) ids.push_back(d.id());
  return ids;
}

// Finds the skip entry whose source contains `needle`.
const Skipped* FindSkip(const Corpus& corpus, absl::string_view needle) {
  for (const Skipped& s : corpus.skipped) {
    if (absl::StrContains(s.source(), needle)) return &s;
  }
  return nullptr;
}

TEST(CorpusReaderTest, ReadsManifestDirectoryWithAllColumns) {
  std::string dir = TempDir("good");
  Write(JoinPath(dir, "manifest.tsv"),
        absl::StrCat(kHeader,
                     "a.txt\tDaily A\t2024-02-03\thttp://a\tTitle A\n"
                     "b.txt\tDaily B\t2024-02-04 10:00:00\t\tTitle B\n"));
  Write(JoinPath(dir, "a.txt"), "Alpha text.");
  Write(JoinPath(dir, "b.txt"), "Beta text.");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(dir));
  EXPECT_THAT(Ids(corpus), ElementsAre("a", "b"));
  EXPECT_THAT(corpus.skipped, IsEmpty());
  EXPECT_EQ(corpus.documents[0].outlet(), "Daily A");
  EXPECT_EQ(corpus.documents[0].url(), "http://a");
  EXPECT_EQ(corpus.documents[1].published(), "2024-02-04");
  EXPECT_EQ(corpus.documents[1].title(), "Title B");
  EXPECT_EQ(corpus.documents[1].text(), "Beta text.");
}

TEST(CorpusReaderTest, ManifestColumnsMayComeInAnyOrder) {
  std::string dir = TempDir("reordered");
  Write(JoinPath(dir, "manifest.tsv"),
        "title\tfile\tpublished\toutlet\nHello\tx.txt\t2023-01-02\tThe Post\n");
  Write(JoinPath(dir, "x.txt"), "Some text.");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(dir));
  ASSERT_THAT(corpus.documents, SizeIs(1));
  EXPECT_EQ(corpus.documents[0].outlet(), "The Post");
  EXPECT_EQ(corpus.documents[0].title(), "Hello");
}

TEST(CorpusReaderTest, EveryBadInputIsSkippedWithItsReasonAndOthersAreRead) {
  std::string dir = TempDir("bad");
  Write(JoinPath(dir, "manifest.tsv"),
        absl::StrCat(kHeader,
                     "good.txt\tOK\t2024-01-01\t\t\n"
                     "missing.txt\tGone\t2024-01-01\t\t\n"
                     "badutf.txt\tBroken\t2024-01-01\t\t\n"
                     "empty.txt\tEmpty\t2024-01-01\t\t\n"
                     "binary.txt\tBin\t2024-01-01\t\t\n"
                     "baddate.txt\tDated\tyesterday-ish\t\t\n"
                     "sub/good.txt\tDup\t2024-01-01\t\t\n"
                     "also.txt\tAlso\t2024-01-02\t\t\n"));
  Write(JoinPath(dir, "good.txt"), "Fine article.");
  Write(JoinPath(dir, "badutf.txt"), "Bad \xFF byte here.");
  Write(JoinPath(dir, "empty.txt"), "  \n");
  Write(JoinPath(dir, "binary.txt"), std::string("\x7F" "ELF\0\0\0", 7));
  Write(JoinPath(dir, "baddate.txt"), "Dated article.");
  Write(JoinPath(dir, "sub/good.txt"), "Same stem as good.txt.");
  Write(JoinPath(dir, "also.txt"), "Another fine article.");
  Write(JoinPath(dir, "stray.txt"), "Nobody listed me.");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(dir));

  EXPECT_THAT(Ids(corpus), ElementsAre("good", "also"));
  ASSERT_NE(FindSkip(corpus, "missing.txt"), nullptr);
  EXPECT_THAT(FindSkip(corpus, "missing.txt")->reason(),
              HasSubstr("file listed in the manifest is missing"));
  EXPECT_THAT(FindSkip(corpus, "badutf.txt")->reason(),
              HasSubstr("invalid UTF-8 at byte 4"));
  EXPECT_THAT(FindSkip(corpus, "empty.txt")->reason(), HasSubstr("empty article"));
  EXPECT_THAT(FindSkip(corpus, "binary.txt")->reason(), HasSubstr("binary"));
  EXPECT_THAT(FindSkip(corpus, "baddate.txt")->reason(),
              HasSubstr("unparseable date \"yesterday-ish\""));
  EXPECT_THAT(FindSkip(corpus, "sub/good.txt")->reason(),
              HasSubstr("duplicate id \"good\""));
  EXPECT_THAT(FindSkip(corpus, "stray.txt")->reason(),
              HasSubstr("not listed in"));
  EXPECT_THAT(corpus.skipped, SizeIs(7));
}

TEST(CorpusReaderTest, ManifestWithoutFileColumnIsAnErrorNamingIt) {
  std::string dir = TempDir("noheader");
  Write(JoinPath(dir, "manifest.tsv"), "name\toutlet\nx.txt\tA\n");
  Write(JoinPath(dir, "x.txt"), "Text.");
  EXPECT_THAT(ReadCorpus(dir),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("manifest.tsv: header must name the columns")));
}

TEST(CorpusReaderTest, ReadsJsonlWithCrawlerAndPlainFieldNames) {
  std::string path = TempDir("crawl.jsonl");
  Write(path,
        "{\"url\": \"http://x/1\", \"source_domain\": \"x.com\", "
        "\"date_publish\": \"2021-06-09 14:23:00\", \"title\": \"T1\", "
        "\"maintext\": \"Crawler text.\"}\n"
        "\n"
        "{\"id\": \"doc2\", \"outlet\": \"Y\", \"published\": \"2021-06-10\", "
        "\"text\": \"Plain text.\"}\n");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(path));
  EXPECT_THAT(corpus.skipped, IsEmpty());
  ASSERT_THAT(Ids(corpus), ElementsAre("crawl-1", "doc2"));
  EXPECT_EQ(corpus.documents[0].outlet(), "x.com");
  EXPECT_EQ(corpus.documents[0].published(), "2021-06-09");
  EXPECT_EQ(corpus.documents[0].url(), "http://x/1");
  EXPECT_EQ(corpus.documents[0].text(), "Crawler text.");
  EXPECT_EQ(corpus.documents[1].outlet(), "Y");
  EXPECT_EQ(corpus.documents[1].source(), absl::StrCat(path, ":3"));
}

TEST(CorpusReaderTest, BadJsonlLinesAreSkippedWithLineNumbers) {
  std::string path = TempDir("mixed.jsonl");
  Write(path,
        "{\"text\": \"First.\"}\n"
        "{not json\n"
        "{\"title\": \"no body\"}\n"
        "{\"text\": \"Bad date.\", \"date_publish\": \"June 9\"}\n"
        "{\"text\": \"Bad \xC3\"}\n"
        "{\"text\": \"Dup.\", \"id\": \"mixed-1\"}\n"
        "{\"text\": \"Last.\"}\n");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(path));
  EXPECT_THAT(Ids(corpus), ElementsAre("mixed-1", "mixed-7"));
  EXPECT_THAT(FindSkip(corpus, "mixed.jsonl:2")->reason(),
              HasSubstr("malformed JSON line"));
  EXPECT_THAT(FindSkip(corpus, "mixed.jsonl:3")->reason(),
              HasSubstr("no article text"));
  EXPECT_THAT(FindSkip(corpus, "mixed.jsonl:4")->reason(),
              HasSubstr("unparseable date \"June 9\""));
  EXPECT_THAT(FindSkip(corpus, "mixed.jsonl:5")->reason(),
              HasSubstr("invalid UTF-8 at byte"));
  EXPECT_THAT(FindSkip(corpus, "mixed.jsonl:6")->reason(),
              HasSubstr("duplicate id \"mixed-1\""));
}

TEST(CorpusReaderTest, ByteOrderMarkIsDroppedAndLineEndsBecomeLf) {
  std::string path = TempDir("bom.jsonl");
  Write(path,
        "\xEF\xBB\xBF{\"text\": \"\xEF\xBB\xBF" "First line.\\r\\nSecond.\\rThird.\"}\r\n"
        "{\"text\": \"Plain.\"}\n");
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(path));
  ASSERT_EQ(corpus.documents.size(), 2u) << (corpus.skipped.empty() ? "" : corpus.skipped[0].reason());
  EXPECT_EQ(corpus.documents[0].text(), "First line.\nSecond.\nThird.");
  EXPECT_EQ(corpus.documents[1].text(), "Plain.");
}

TEST(CorpusReaderTest, OversizedArticleIsSkipped) {
  std::string path = TempDir("big.jsonl");
  Write(path, absl::StrCat("{\"text\": \"", std::string(200, 'a'), "\"}\n",
                           "{\"text\": \"small\"}\n"));
  IngestOptions options;
  options.max_article_bytes = 100;
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus(path, options));
  EXPECT_THAT(Ids(corpus), ElementsAre("big-2"));
  EXPECT_THAT(FindSkip(corpus, "big.jsonl:1")->reason(),
              HasSubstr("over the limit of 100 bytes"));
}

TEST(CorpusReaderTest, MissingPathAndUnsupportedFileAreErrors) {
  EXPECT_THAT(ReadCorpus("/nonexistent/corpus"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("/nonexistent/corpus")));
  std::string path = TempDir("notes.csv");
  Write(path, "a,b\n");
  EXPECT_THAT(ReadCorpus(path), StatusIs(absl::StatusCode::kInvalidArgument,
                                         HasSubstr("unsupported input")));
}

TEST(ParsePublishedDateTest, AcceptsCommonTimestampForms) {
  EXPECT_EQ(*ParsePublishedDate("2021-06-09"), "2021-06-09");
  EXPECT_EQ(*ParsePublishedDate("2021-06-09T14:23:00Z"), "2021-06-09");
  EXPECT_EQ(*ParsePublishedDate("2021-06-09T14:23:00+03:00"), "2021-06-09");
  EXPECT_EQ(*ParsePublishedDate(" 2021/6/9 "), "2021-06-09");
  EXPECT_EQ(*ParsePublishedDate("2021-06"), "2021-06");
  EXPECT_EQ(*ParsePublishedDate("2020"), "2020");
  EXPECT_EQ(*ParsePublishedDate("2024-02-29"), "2024-02-29");
}

TEST(ParsePublishedDateTest, RejectsImpossibleOrFreeTextDates) {
  for (absl::string_view bad : {"2021-02-30", "2023-02-29", "2021-13-01",
                                "June 9, 2021", "", "21-06-09", "2021-06-09x"}) {
    EXPECT_THAT(ParsePublishedDate(bad),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         HasSubstr("unparseable date")))
        << bad;
  }
}

TEST(CorpusReaderTest, ReadsTheBundledExample) {
  ASSERT_OK_AND_ASSIGN(Corpus corpus, ReadCorpus("examples/iraq-pmf"));
  EXPECT_THAT(Ids(corpus),
              ElementsAre("washingtonpost", "reuters", "voa", "jamestown"));
  EXPECT_THAT(corpus.skipped, IsEmpty());
  EXPECT_EQ(corpus.documents[1].outlet(), "Reuters");
  EXPECT_EQ(corpus.documents[2].published(), "2020-06-30");
}

}  // namespace
}  // namespace xref

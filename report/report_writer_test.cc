#include "report/report_writer.h"

#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "base/file.h"
#include "base/proto_io.h"
#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"

namespace xref {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string TempDir(absl::string_view name) {
  const char* base = std::getenv("TEST_TMPDIR");
  return JoinPath(base != nullptr ? base : "/tmp", name);
}

Report Sample() {
  Report report;
  EXPECT_OK(ReadProto("report/testdata/sample_report.textproto", &report));
  return report;
}

TEST(WriteReportTest, WritesHtmlMarkdownAndJson) {
  const Report report = Sample();
  const std::string dir = TempDir("out/story");
  ASSERT_OK(WriteReport(report, dir));
  ASSERT_OK_AND_ASSIGN(std::string html, ReadFile(JoinPath(dir, "report.html")));
  ASSERT_OK_AND_ASSIGN(std::string md, ReadFile(JoinPath(dir, "report.md")));
  ASSERT_OK_AND_ASSIGN(std::string json, ReadFile(JoinPath(dir, "report.json")));
  EXPECT_EQ(html, RenderHtml(report));
  EXPECT_EQ(md, RenderMarkdown(report));
  EXPECT_EQ(json, RenderJson(report));
}

TEST(WriteReportTest, FailsNamingThePathWhenTheDirectoryIsAFile) {
  const std::string file = TempDir("not_a_dir");
  ASSERT_OK(WriteFileAtomically(file, "x"));
  absl::Status status = WriteReport(Sample(), file);
  EXPECT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr("not_a_dir"));
}

StoryEntry Story(const std::string& id, int conflicts, const std::string& path) {
  StoryEntry story;
  story.id = id;
  story.title = absl::StrCat("Story ", id, " <b>");
  Document doc;
  doc.set_outlet("Reuters");
  doc.set_published("2021-06-09");
  story.documents.push_back(doc);
  story.summary.set_conflict(conflicts);
  story.summary.set_agree(2);
  story.path = path;
  return story;
}

TEST(WriteStoryIndexTest, ListsStoriesDiscrepanciesFirstWithLinksAndCounts) {
  const std::string dir = TempDir("index");
  std::vector<StoryEntry> stories = {Story("a", 0, "stories/a"),
                                     Story("b", 3, "stories/b")};
  ASSERT_OK(WriteStoryIndex(stories, dir));
  ASSERT_OK_AND_ASSIGN(std::string html, ReadFile(JoinPath(dir, "index.html")));
  const size_t a = html.find("href=\"stories/a/report.html\"");
  const size_t b = html.find("href=\"stories/b/report.html\"");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  EXPECT_LT(b, a);
  EXPECT_THAT(html, HasSubstr("Story b &lt;b&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<b>")));
  EXPECT_THAT(html, HasSubstr("Reuters (2021-06-09)"));
  EXPECT_THAT(html, HasSubstr("<span class=\"badge v-conflict\">3</span>"));
  EXPECT_THAT(html, HasSubstr("2 stories &middot; 3 conflicts"));
}

TEST(WriteStoryIndexTest, RejectsUnsafePathsAndDuplicateIds) {
  const std::string dir = TempDir("bad_index");
  struct Case {
    std::vector<StoryEntry> stories;
    std::string message;
  };
  const Case cases[] = {
      {{Story("a", 0, "/etc")}, "story \"a\": report path \"/etc\" is absolute"},
      {{Story("a", 0, "x/../../y")}, "leaves the output directory"},
      {{Story("a", 0, "a b")}, "has a character outside"},
      {{Story("a", 0, "")}, "story \"a\": report path \"\" is empty"},
      {{Story("", 0, "p")}, "has an empty id"},
      {{Story("a", 0, "p"), Story("a", 0, "q")}, "story id \"a\" is used twice"},
  };
  for (const Case& c : cases) {
    absl::Status status = WriteStoryIndex(c.stories, dir);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.message;
    EXPECT_THAT(std::string(status.message()), HasSubstr(c.message));
  }
  EXPECT_FALSE(PathExists(JoinPath(dir, "index.html")));
}

}  // namespace
}  // namespace xref

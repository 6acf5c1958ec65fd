#include "base/file.h"

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "base/status_matchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace xref {
namespace {

using ::testing::HasSubstr;

std::string TempDir() {
  const char* dir = std::getenv("TEST_TMPDIR");
  return dir != nullptr ? dir : "/tmp";
}

TEST(FileTest, AtomicWriteThenReadRoundTrips) {
  std::string path = JoinPath(TempDir(), "nested/dir/out.txt");
  ASSERT_OK(WriteFileAtomically(path, "first"));
  ASSERT_OK(WriteFileAtomically(path, "second"));
  ASSERT_OK_AND_ASSIGN(std::string data, ReadFile(path));
  EXPECT_EQ(data, "second");
}

TEST(FileTest, ThreadsWritingOnePathEachSucceed) {
  // Two identical articles are spooled to one path at the same moment.
  std::string path = JoinPath(TempDir(), "same/claims.pb");
  std::vector<std::thread> threads;
  std::vector<absl::Status> results(8);
  const std::string data(1 << 16, 'c');
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20 && results[t].ok(); ++i) {
        results[t] = WriteFileAtomically(path, data);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const absl::Status& s : results) EXPECT_OK(s);
  ASSERT_OK_AND_ASSIGN(std::string read, ReadFile(path));
  EXPECT_EQ(read, data);
  ASSERT_OK_AND_ASSIGN(auto files, ListFilesRecursively(JoinPath(TempDir(), "same")));
  EXPECT_THAT(files, ::testing::ElementsAre(path));
}

TEST(FileTest, RemovesOnlyAbandonedTemporaryFiles) {
  std::string dir = JoinPath(TempDir(), "killed");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "s1/report.html"), "done"));
  // What a killed writer leaves, and names that only look similar.
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "s1/report.html.tmp.4242.7"), "part"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "claims/ab.pb.tmp.99.0"), "part"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "notes.tmp.txt"), "keep"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "x.tmp.12"), "keep"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "y.tmp.1.a"), "keep"));
  ASSERT_OK_AND_ASSIGN(int removed, RemoveAbandonedTemporaryFiles(dir));
  EXPECT_EQ(removed, 2);
  ASSERT_OK_AND_ASSIGN(auto files, ListFilesRecursively(dir));
  EXPECT_THAT(files, ::testing::ElementsAre(
                         JoinPath(dir, "notes.tmp.txt"), JoinPath(dir, "s1/report.html"),
                         JoinPath(dir, "x.tmp.12"), JoinPath(dir, "y.tmp.1.a")));
  EXPECT_THAT(RemoveAbandonedTemporaryFiles(JoinPath(dir, "missing")),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing")));
}

TEST(FileTest, MissingFileIsNotFoundAndNamesPath) {
  EXPECT_THAT(ReadFile("/nonexistent/xref.txt"),
              StatusIs(absl::StatusCode::kNotFound,
                       HasSubstr("/nonexistent/xref.txt")));
}

TEST(FileTest, OversizedFileIsResourceExhausted) {
  std::string path = JoinPath(TempDir(), "big.txt");
  ASSERT_OK(WriteFileAtomically(path, std::string(100, 'x')));
  EXPECT_THAT(ReadFile(path, 10),
              StatusIs(absl::StatusCode::kResourceExhausted,
                       HasSubstr("exceeds the limit of 10 bytes")));
}

TEST(FileTest, ReadingADirectoryIsInvalidArgument) {
  EXPECT_THAT(ReadFile(TempDir()), StatusIs(absl::StatusCode::kInvalidArgument,
                                            HasSubstr("is a directory")));
}

TEST(FileTest, StemDropsDirectoryAndExtension) {
  EXPECT_EQ(FileStem("a/b/reuters.txt"), "reuters");
  EXPECT_EQ(FileStem("voa"), "voa");
  EXPECT_EQ(JoinPath("a/", "b"), "a/b");
}

TEST(FileTest, ListsFilesRecursivelySorted) {
  std::string dir = JoinPath(TempDir(), "tree");
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "b.txt"), "b"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, "sub/a.txt"), "a"));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir, ".hidden"), "h"));
  ASSERT_OK_AND_ASSIGN(auto files, ListFilesRecursively(dir));
  EXPECT_THAT(files, ::testing::ElementsAre(JoinPath(dir, "b.txt"),
                                            JoinPath(dir, "sub/a.txt")));
}

}  // namespace
}  // namespace xref

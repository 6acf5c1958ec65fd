#include "base/file.h"

#include <cstdlib>
#include <string>

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

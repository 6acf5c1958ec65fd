#include "batch/spool.h"

#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

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

MATCHER_P(IsOkAndHolds, value, "is OK and holds the value") {
  if (!arg.ok()) {
    *result_listener << "status: " << arg.status();
    return false;
  }
  return ::testing::ExplainMatchResult(value, *arg, result_listener);
}

// Sizes of the format (spool.h): an 8-byte magic, then records of a 16-byte
// header and the payload.
constexpr int64_t kMagicBytes = 8;
constexpr int64_t kHeaderBytes = 16;

class SpoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    dir_ = JoinPath(::testing::TempDir(), absl::StrCat("spool_", info->name()));
    ASSERT_OK(MakeDirectories(dir_));
  }

  std::unique_ptr<Spool> OpenOrDie(Spool::Mode mode) {
    absl::StatusOr<std::unique_ptr<Spool>> spool = Spool::Open(dir_, mode);
    EXPECT_OK(spool.status());
    return spool.ok() ? *std::move(spool) : nullptr;
  }

  // Writes one segment holding `payloads` under keys 1, 2, 3...
  void WriteSegment(const std::vector<std::string>& payloads) {
    std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
    for (size_t i = 0; i < payloads.size(); ++i) {
      ASSERT_OK(spool->Append(i + 1, payloads[i]));
    }
  }

  std::string Segment(int n) const {
    return JoinPath(dir_, absl::StrCat("0000000", n, ".seg"));
  }

  std::string dir_;
};

TEST_F(SpoolTest, RoundTripWithinARunAndAfterReopening) {
  {
    std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
    EXPECT_EQ(spool->size(), 0);
    ASSERT_OK(spool->Append(7, "seven"));
    ASSERT_OK(spool->Append(0xFFFFFFFFFFFFFFFFull, std::string("bin\0ary", 7)));
    ASSERT_OK(spool->Append(9, ""));
    EXPECT_THAT(spool->Read(7), IsOkAndHolds("seven"));
    EXPECT_TRUE(spool->Contains(9));
    EXPECT_FALSE(spool->Contains(8));
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->problems(), IsEmpty());
  EXPECT_EQ(spool->size(), 3);
  EXPECT_THAT(spool->Read(7), IsOkAndHolds("seven"));
  EXPECT_THAT(spool->Read(0xFFFFFFFFFFFFFFFFull),
              IsOkAndHolds(std::string("bin\0ary", 7)));
  EXPECT_THAT(spool->Read(9), IsOkAndHolds(""));
  EXPECT_THAT(spool->Read(8), StatusIs(absl::StatusCode::kNotFound,
                                       HasSubstr("no record with key 0000000000000008")));
  EXPECT_THAT(ListFilesRecursively(dir_), IsOkAndHolds(ElementsAre(Segment(1))));
}

TEST_F(SpoolTest, AnUnusedSpoolCreatesNoSegment) {
  OpenOrDie(Spool::Mode::kReadWrite);
  EXPECT_THAT(ListFilesRecursively(dir_), IsOkAndHolds(IsEmpty()));
}

TEST_F(SpoolTest, DuplicateKeysLastRecordWinsWithinAndAcrossSegments) {
  WriteSegment({"first", "only in one"});
  {
    std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
    ASSERT_OK(spool->Append(1, "second"));
    ASSERT_OK(spool->Append(1, "third"));
    EXPECT_THAT(spool->Read(1), IsOkAndHolds("third"));
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->problems(), IsEmpty());
  EXPECT_EQ(spool->size(), 2);
  EXPECT_THAT(spool->Read(1), IsOkAndHolds("third"));
  EXPECT_THAT(spool->Read(2), IsOkAndHolds("only in one"));
  EXPECT_THAT(ListFilesRecursively(dir_),
              IsOkAndHolds(ElementsAre(Segment(1), Segment(2))));
}

TEST_F(SpoolTest, TornTailIsReportedWithFileAndOffsetAndTruncated) {
  WriteSegment({"aaaa", "bbbbbb", "cccccccc"});
  const int64_t third = kMagicBytes + (kHeaderBytes + 4) + (kHeaderBytes + 6);
  const int64_t full = third + kHeaderBytes + 8;
  // A kill in the middle of the third record's payload.
  ASSERT_EQ(truncate(Segment(1).c_str(), full - 3), 0);
  {
    std::unique_ptr<Spool> reader = OpenOrDie(Spool::Mode::kReadOnly);
    EXPECT_THAT(reader->problems(),
                ElementsAre(absl::StrCat(Segment(1), ": torn record at offset ", third,
                                         " (needs 24 bytes, the file ends at ",
                                         full - 3, "); ignored from there")));
  }
  struct stat st;
  ASSERT_EQ(stat(Segment(1).c_str(), &st), 0);
  EXPECT_EQ(st.st_size, full - 3) << "read-only mode modified the file";

  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
  EXPECT_THAT(spool->problems(),
              ElementsAre(HasSubstr(absl::StrCat("torn record at offset ", third))));
  EXPECT_THAT(spool->problems()[0], HasSubstr(absl::StrCat("truncated to ", third)));
  EXPECT_THAT(spool->Read(1), IsOkAndHolds("aaaa"));
  EXPECT_THAT(spool->Read(2), IsOkAndHolds("bbbbbb"));
  EXPECT_FALSE(spool->Contains(3));
  ASSERT_EQ(stat(Segment(1).c_str(), &st), 0);
  EXPECT_EQ(st.st_size, third);
  ASSERT_OK(spool->Append(3, "again"));
  spool.reset();
  spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->problems(), IsEmpty());
  EXPECT_THAT(spool->Read(3), IsOkAndHolds("again"));
}

TEST_F(SpoolTest, TornHeaderIsReportedAndTruncated) {
  WriteSegment({"aaaa"});
  const int64_t end = kMagicBytes + kHeaderBytes + 4;
  {
    FILE* f = fopen(Segment(1).c_str(), "ab");
    ASSERT_NE(f, nullptr);
    fwrite("\x01\x02\x03\x04\x05", 1, 5, f);
    fclose(f);
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
  EXPECT_THAT(spool->problems(),
              ElementsAre(absl::StrCat(Segment(1), ": torn record header at offset ",
                                       end, " (5 of 16 bytes); truncated to ", end)));
  EXPECT_THAT(spool->Read(1), IsOkAndHolds("aaaa"));
}

TEST_F(SpoolTest, BadChecksumDropsOnlyThatRecord) {
  WriteSegment({"aaaa", "bbbbbb", "cccccccc"});
  const int64_t second = kMagicBytes + kHeaderBytes + 4;
  {
    FILE* f = fopen(Segment(1).c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    fseek(f, second + kHeaderBytes + 2, SEEK_SET);
    fputc('X', f);
    fclose(f);
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
  EXPECT_THAT(spool->problems(),
              ElementsAre(absl::StrCat(Segment(1), ": bad checksum in record at offset ",
                                       second, " (6 byte payload); record ignored")));
  EXPECT_THAT(spool->Read(1), IsOkAndHolds("aaaa"));
  EXPECT_FALSE(spool->Contains(2));
  EXPECT_THAT(spool->Read(3), IsOkAndHolds("cccccccc"));
}

TEST_F(SpoolTest, DamagedKeyIsCaughtByTheChecksum) {
  WriteSegment({"aaaa"});
  {
    FILE* f = fopen(Segment(1).c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    fseek(f, kMagicBytes + 8, SEEK_SET);  // The key's low byte: 1 -> 2.
    fputc(2, f);
    fclose(f);
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->problems(), ElementsAre(HasSubstr("bad checksum in record at offset 8")));
  EXPECT_EQ(spool->size(), 0);
}

TEST_F(SpoolTest, DamageAfterOpeningIsDataLossNamingFileAndOffset) {
  WriteSegment({"aaaa", "bbbbbb"});
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadOnly);
  const int64_t second = kMagicBytes + kHeaderBytes + 4;
  {
    FILE* f = fopen(Segment(1).c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    fseek(f, second + kHeaderBytes, SEEK_SET);
    fputc('Z', f);
    fclose(f);
  }
  EXPECT_THAT(spool->Read(2),
              StatusIs(absl::StatusCode::kDataLoss,
                       HasSubstr(absl::StrCat(Segment(1), ": record at offset ", second,
                                              " no longer verifies"))));
  EXPECT_THAT(spool->Read(1), IsOkAndHolds("aaaa"));
}

TEST_F(SpoolTest, ForeignAndEmptySegmentFiles) {
  ASSERT_OK(WriteFileAtomically(Segment(1), "not a spool at all"));
  ASSERT_OK(WriteFileAtomically(Segment(2), ""));
  ASSERT_OK(WriteFileAtomically(JoinPath(dir_, "notes.txt"), "ignored"));
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
  EXPECT_THAT(spool->problems(),
              ElementsAre(absl::StrCat(Segment(1), ": not a spool segment (no "
                                       "\"XRSPOOL1\" at offset 0); ignored"),
                          HasSubstr(absl::StrCat(Segment(2), ": empty segment"))));
  EXPECT_EQ(spool->size(), 0);
  ASSERT_OK(spool->Append(5, "five"));
  spool.reset();
  EXPECT_THAT(ReadFile(Segment(1)), IsOkAndHolds("not a spool at all"));
  EXPECT_FALSE(PathExists(Segment(2)));
  spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->Read(5), IsOkAndHolds("five"));
  EXPECT_TRUE(PathExists(Segment(3)));  // New segments never reuse a number.
}

TEST_F(SpoolTest, ReadOnlyRefusesToAppendAndAcceptsAMissingDirectory) {
  absl::StatusOr<std::unique_ptr<Spool>> missing =
      Spool::Open(JoinPath(dir_, "absent"), Spool::Mode::kReadOnly);
  ASSERT_OK(missing.status());
  EXPECT_EQ((*missing)->size(), 0);
  EXPECT_THAT((*missing)->Append(1, "x"),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("read-only")));
  EXPECT_FALSE(PathExists(JoinPath(dir_, "absent")));
}

TEST_F(SpoolTest, OpenFailsNamingAnUnlistableDirectory) {
  ASSERT_OK(WriteFileAtomically(JoinPath(dir_, "file"), "x"));
  EXPECT_THAT(Spool::Open(JoinPath(dir_, "file"), Spool::Mode::kReadOnly),
              StatusIs(absl::StatusCode::kUnavailable,
                       HasSubstr(JoinPath(dir_, "file"))));
}

TEST_F(SpoolTest, ConcurrentAppendsAndReadsAllSurvive) {
  {
    std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadWrite);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&spool, t] {
        for (int i = 0; i < 200; ++i) {
          const uint64_t key = t * 1000 + i;
          EXPECT_OK(spool->Append(key, std::string(i % 50, 'a' + t)));
          EXPECT_THAT(spool->Read(key), IsOkAndHolds(std::string(i % 50, 'a' + t)));
        }
      });
    }
    for (std::thread& t : threads) t.join();
  }
  std::unique_ptr<Spool> spool = OpenOrDie(Spool::Mode::kReadOnly);
  EXPECT_THAT(spool->problems(), IsEmpty());
  EXPECT_EQ(spool->size(), 800);
  EXPECT_THAT(spool->Read(3 * 1000 + 199), IsOkAndHolds(std::string(49, 'd')));
}

}  // namespace
}  // namespace xref

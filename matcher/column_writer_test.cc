#include "matcher/column_writer.h"

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(ColumnWriterTest, AppendsAfterPresentEntriesAndTrimsToWhatWasWritten) {
  google::protobuf::RepeatedField<int> column;
  column.Add(7);
  {
    ColumnWriter<int> writer(&column, 5);
    EXPECT_EQ(writer.room(), 5);
    writer.Add(1);
    writer.Add(-2);
    EXPECT_EQ(writer.room(), 3);
  }
  ASSERT_EQ(column.size(), 3);
  EXPECT_EQ(column[0], 7);
  EXPECT_EQ(column[1], 1);
  EXPECT_EQ(column[2], -2);
}

TEST(ColumnWriterTest, FilledToCapacityKeepsEveryEntry) {
  google::protobuf::RepeatedField<bool> column;
  {
    ColumnWriter<bool> writer(&column, 3);
    writer.Add(true);
    writer.Add(false);
    writer.Add(true);
    EXPECT_EQ(writer.room(), 0);
  }
  ASSERT_EQ(column.size(), 3);
  EXPECT_TRUE(column[0]);
  EXPECT_FALSE(column[1]);
  EXPECT_TRUE(column[2]);
}

TEST(ColumnWriterTest, NothingWrittenLeavesTheColumnAsItWas) {
  google::protobuf::RepeatedField<int> column;
  column.Add(3);
  { ColumnWriter<int> writer(&column, 100); }
  ASSERT_EQ(column.size(), 1);
  EXPECT_EQ(column[0], 3);
}

}  // namespace
}  // namespace xref

#include "base/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(FindInvalidUtf8Test, AcceptsAsciiAndMultibyteText) {
  EXPECT_EQ(FindInvalidUtf8(""), -1);
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), -1);
  EXPECT_EQ(FindInvalidUtf8("Kata\xE2\x80\x99" "eb \xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"), -1);
  EXPECT_EQ(FindInvalidUtf8("emoji \xF0\x9F\x98\x80"), -1);
}

TEST(FindInvalidUtf8Test, ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xFF" "def"), 3);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2);               // Truncated sequence.
  EXPECT_EQ(FindInvalidUtf8("x\xC0\x80"), 1);            // Overlong NUL.
  EXPECT_EQ(FindInvalidUtf8("xy\xED\xA0\x80"), 2);       // Surrogate.
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0);     // Above U+10FFFF.
  EXPECT_EQ(FindInvalidUtf8("ok\xE2\x28\xA1"), 2);       // Bad continuation.
}

TEST(LooksBinaryTest, NulOrControlHeavyDataIsBinary) {
  EXPECT_FALSE(LooksBinary("An article.\r\nWith lines.\tTabs."));
  EXPECT_TRUE(LooksBinary(std::string("text\0more", 9)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05\x06\x07\x08" "ab"));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace xref

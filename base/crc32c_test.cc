#include "base/crc32c.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

// Check values from RFC 3720 (iSCSI), appendix B.4, and the common
// "123456789" check value of CRC-32C.
TEST(Crc32cTest, MatchesPublishedCheckValues) {
  EXPECT_EQ(Crc32c(""), 0u);
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283u);
  EXPECT_EQ(Crc32c(std::string(32, '\0')), 0x8A9136AAu);
  EXPECT_EQ(Crc32c(std::string(32, '\xff')), 0x62A8AB43u);
  std::string ascending;
  for (int i = 0; i < 32; ++i) ascending.push_back(static_cast<char>(i));
  EXPECT_EQ(Crc32c(ascending), 0x46DD794Eu);
}

TEST(Crc32cTest, PortableAndInstructionPathsAgreeOnEveryLengthAndAlignment) {
  std::string data;
  for (int i = 0; i < 300; ++i) data.push_back(static_cast<char>(i * 37 + 11));
  for (size_t start = 0; start < 9; ++start) {
    for (size_t len = 0; start + len <= data.size(); len += 7) {
      absl::string_view piece = absl::string_view(data).substr(start, len);
      EXPECT_EQ(Crc32c(piece), internal::ExtendCrc32cPortable(0, piece))
          << "start " << start << " length " << len;
    }
  }
}

TEST(Crc32cTest, ExtendEqualsWholeAndEveryByteMatters) {
  const std::string a = "record header|", b = "payload bytes";
  EXPECT_EQ(ExtendCrc32c(Crc32c(a), b), Crc32c(a + b));
  std::string flipped = a + b;
  flipped[3] ^= 0x01;
  EXPECT_NE(Crc32c(flipped), Crc32c(a + b));
}

}  // namespace
}  // namespace xref

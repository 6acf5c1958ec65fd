#include "matcher/same_bytes.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

// Every length up to past the memcmp threshold, equal and differing at each
// position, agrees with operator==.
TEST(SameBytesTest, AgreesWithEqualityAtEveryLengthAndPosition) {
  for (size_t n = 0; n <= 24; ++n) {
    std::string a(n, 'x');
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + i % 26);
    const std::string b = a;
    EXPECT_TRUE(SameBytes(a, b)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string c = a;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      EXPECT_FALSE(SameBytes(a, c)) << n << " " << i;
      EXPECT_FALSE(SameBytes(c, a)) << n << " " << i;
    }
  }
}

TEST(SameBytesTest, DifferentLengthsDiffer) {
  EXPECT_FALSE(SameBytes("e1", "e12"));
  EXPECT_FALSE(SameBytes("", "a"));
  EXPECT_TRUE(SameBytes("", ""));
  EXPECT_FALSE(SameBytes("count", "counts"));
}

// Views into a longer buffer compare only their own bytes.
TEST(SameBytesTest, ComparesOnlyTheViewedBytes) {
  const std::string text = "role:count;role:counter";
  const absl::string_view first(text.data() + 5, 5);   // "count"
  const absl::string_view second(text.data() + 16, 5); // "count" of "counter"
  EXPECT_TRUE(SameBytes(first, second));
  EXPECT_FALSE(SameBytes(first, absl::string_view(text.data() + 16, 6)));
}

}  // namespace
}  // namespace xref

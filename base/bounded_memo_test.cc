#include "base/bounded_memo.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(BoundedMemoTest, ComputesEachKeyOnce) {
  BoundedMemo<std::string, int> memo(8);
  int calls = 0;
  auto length = [&](const std::string& s) {
    return memo.Get(s, [&] {
      ++calls;
      return static_cast<int>(s.size());
    });
  };
  EXPECT_EQ(length("abc"), 3);
  EXPECT_EQ(length("abc"), 3);
  EXPECT_EQ(length("de"), 2);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(memo.size(), 2u);
}

TEST(BoundedMemoTest, ForgetsEverythingWhenFull) {
  BoundedMemo<int, int> memo(2);
  int calls = 0;
  auto square = [&](int x) {
    return memo.Get(x, [&] {
      ++calls;
      return x * x;
    });
  };
  square(1);
  square(2);
  EXPECT_EQ(memo.size(), 2u);
  EXPECT_EQ(square(3), 9);  // Full: 1 and 2 are forgotten.
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_EQ(square(1), 1);
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace xref

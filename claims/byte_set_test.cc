#include "claims/byte_set.h"

#include <string>

#include "gtest/gtest.h"

namespace xref {
namespace {

// The answer FindFirst must give, byte by byte.
size_t Slow(const ByteSet& set, absl::string_view text, size_t from, size_t end) {
  while (from < end && !set.contains(text[from])) ++from;
  return from;
}

TEST(ByteSetTest, ContainsOnlyItsBytes) {
  const ByteSet set({'.', '!', '\n'});
  EXPECT_TRUE(set.contains('.'));
  EXPECT_TRUE(set.contains('\n'));
  EXPECT_FALSE(set.contains(','));
  EXPECT_FALSE(set.contains('\0'));
}

TEST(ByteSetTest, FindsFirstMemberAtEveryPositionOfLongText) {
  const ByteSet set({'(', ')', '.', '?'});
  std::string text(100, 'a');
  for (size_t at = 0; at < text.size(); ++at) {
    std::string t = text;
    t[at] = ')';
    t[(at + 37) % t.size()] = '?';
    for (size_t from : {size_t{0}, size_t{1}, size_t{15}, size_t{16}, size_t{17}}) {
      for (size_t end : {t.size(), t.size() - 1, size_t{40}, size_t{17}}) {
        if (from > end) continue;
        EXPECT_EQ(set.FindFirst(t, from, end), Slow(set, t, from, end))
            << "at " << at << " from " << from << " end " << end;
      }
    }
  }
}

TEST(ByteSetTest, ReturnsEndWhenNoMemberBeforeIt) {
  const ByteSet set({'f', 'F'});
  const std::string text = "no such letter here, nor here; but F after the end";
  const size_t end = text.find('F');
  EXPECT_EQ(set.FindFirst(text, 0, end), end);
  EXPECT_EQ(set.FindFirst(text, 0, text.size()), end);
  EXPECT_EQ(set.FindFirst(text, 5, 5), 5u);
}

TEST(ByteSetTest, HighBytesAreOrdinaryValues) {
  const ByteSet set({'\xE2'});
  const std::string text = "plain ascii text then \xE2\x80\x99 a quote";
  EXPECT_EQ(set.FindFirst(text, 0, text.size()), text.find('\xE2'));
  EXPECT_FALSE(set.contains('\x80'));
}

TEST(ByteSetTest, DropsBytesBeyondTheMaximum) {
  const ByteSet set({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'a'});
  EXPECT_TRUE(set.contains('h'));
  EXPECT_FALSE(set.contains('i'));
}

}  // namespace
}  // namespace xref

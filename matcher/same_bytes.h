// SameBytes: string equality (`a == b`) for the short strings the matcher
// compares once or more per claim (event ids, role names, value keys), done
// with at most four word loads instead of a call to memcmp. Strings longer
// than 16 bytes are left to memcmp. Pure; thread-safe.

#ifndef XREF_MATCHER_SAME_BYTES_H_
#define XREF_MATCHER_SAME_BYTES_H_

#include <cstdint>
#include <cstring>

#include "absl/strings/string_view.h"

namespace xref {

// True when `a` and `b` hold the same bytes; the same answer as `a == b`.
inline bool SameBytes(absl::string_view a, absl::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    uint64_t x0, y0, x1, y1;  // The first and the last 8 bytes (they may overlap).
    std::memcpy(&x0, p, 8);
    std::memcpy(&y0, q, 8);
    std::memcpy(&x1, p + n - 8, 8);
    std::memcpy(&y1, q + n - 8, 8);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;  // The first and the last 4 bytes.
    std::memcpy(&x0, p, 4);
    std::memcpy(&y0, q, 4);
    std::memcpy(&x1, p + n - 4, 4);
    std::memcpy(&y1, q + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n == 0) return true;
  // 1 to 3 bytes: the first, the middle and the last.
  return p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1];
}

}  // namespace xref

#endif  // XREF_MATCHER_SAME_BYTES_H_

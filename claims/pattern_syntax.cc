#include "claims/pattern_syntax.h"

#include "absl/strings/ascii.h"

namespace xref {

size_t SkipEscape(absl::string_view p, size_t i) {
  if (i + 1 >= p.size()) return kPatternEnd;
  const char c = p[i + 1];
  if (c == 'Q' || absl::ascii_isdigit(c)) return kPatternEnd;
  if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < p.size() && p[i + 2] == '{') {
    size_t close = p.find('}', i + 3);
    return close == kPatternEnd ? kPatternEnd : close + 1;
  }
  if (c == 'p' || c == 'P') return i + 3 <= p.size() ? i + 3 : kPatternEnd;
  if (c == 'x') return i + 4 <= p.size() ? i + 4 : kPatternEnd;
  return i + 2;
}

size_t SkipClass(absl::string_view p, size_t i) {
  size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;
  while (j < p.size()) {
    if (p[j] == '\\') {
      j = SkipEscape(p, j);
      if (j == kPatternEnd) return kPatternEnd;
    } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
      size_t close = p.find(":]", j + 2);
      if (close == kPatternEnd) return kPatternEnd;
      j = close + 2;
    } else if (p[j] == ']') {
      return j + 1;
    } else {
      ++j;
    }
  }
  return kPatternEnd;
}

size_t SkipGroup(absl::string_view p, size_t i, std::vector<size_t>* bars) {
  int depth = 0;
  size_t j = i;
  while (j < p.size()) {
    const char c = p[j];
    if (c == '\\') {
      j = SkipEscape(p, j);
      if (j == kPatternEnd) return kPatternEnd;
    } else if (c == '[') {
      j = SkipClass(p, j);
      if (j == kPatternEnd) return kPatternEnd;
    } else {
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return j + 1;
      if (c == '|' && depth == 1 && bars != nullptr) bars->push_back(j);
      ++j;
    }
  }
  return kPatternEnd;
}

}  // namespace xref

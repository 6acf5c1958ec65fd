#include "claims/split_capture.h"

#include <string>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace xref {
namespace {

constexpr size_t kBad = absl::string_view::npos;

// The end of the escape starting at p[i] == '\\', or kBad for \Q, an octal
// or back-reference digit, or a truncated escape.
size_t SkipEscape(absl::string_view p, size_t i) {
  if (i + 1 >= p.size()) return kBad;
  const char c = p[i + 1];
  if (c == 'Q' || absl::ascii_isdigit(c)) return kBad;
  if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < p.size() && p[i + 2] == '{') {
    size_t close = p.find('}', i + 3);
    return close == kBad ? kBad : close + 1;
  }
  if (c == 'p' || c == 'P') return i + 3 <= p.size() ? i + 3 : kBad;
  if (c == 'x') return i + 4 <= p.size() ? i + 4 : kBad;
  return i + 2;
}

// The end of the character class starting at p[i] == '['.
size_t SkipClass(absl::string_view p, size_t i) {
  size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;
  while (j < p.size()) {
    if (p[j] == '\\') {
      j = SkipEscape(p, j);
      if (j == kBad) return kBad;
    } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
      size_t close = p.find(":]", j + 2);
      if (close == kBad) return kBad;
      j = close + 2;
    } else if (p[j] == ']') {
      return j + 1;
    } else {
      ++j;
    }
  }
  return kBad;
}

// The end of the group starting at p[i] == '('.
size_t SkipGroup(absl::string_view p, size_t i) {
  int depth = 0;
  size_t j = i;
  while (j < p.size()) {
    const char c = p[j];
    if (c == '\\') {
      j = SkipEscape(p, j);
      if (j == kBad) return kBad;
    } else if (c == '[') {
      j = SkipClass(p, j);
      if (j == kBad) return kBad;
    } else {
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return j + 1;
      ++j;
    }
  }
  return kBad;
}

// The end of a counted repetition "{n}", "{n,}" or "{n,m}" at p[i], or i
// when there is none (RE2 then reads '{' as a literal).
size_t SkipCount(absl::string_view p, size_t i) {
  if (i >= p.size() || p[i] != '{') return i;
  size_t j = i + 1;
  size_t digits = j;
  while (j < p.size() && absl::ascii_isdigit(p[j])) ++j;
  if (j == digits) return i;
  if (j < p.size() && p[j] == ',') {
    ++j;
    while (j < p.size() && absl::ascii_isdigit(p[j])) ++j;
  }
  return j < p.size() && p[j] == '}' ? j + 1 : i;
}

// The end of the repetition operators (each with an optional lazy '?')
// starting at p[i].
size_t SkipRepetitions(absl::string_view p, size_t i) {
  while (i < p.size()) {
    size_t j = i;
    if (p[i] == '*' || p[i] == '+' || p[i] == '?') {
      j = i + 1;
    } else {
      j = SkipCount(p, i);
      if (j == i) return i;
    }
    if (j < p.size() && p[j] == '?') ++j;
    i = j;
  }
  return i;
}

// True when the group at p[i] == '(' only sets flags for what follows it
// ("(?i)", "(?-s)"), as opposed to "(?i:...)" or "(?P<name>...)".
bool IsFlagGroup(absl::string_view p, size_t i) {
  if (i + 1 >= p.size() || p[i + 1] != '?') return false;
  size_t j = i + 2;
  while (j < p.size() && (absl::ascii_isalpha(p[j]) || p[j] == '-')) ++j;
  return j < p.size() && p[j] == ')';
}

// True when `p` is one capturing group and nothing else: "(...)" or
// "(?P<name>...)", without repetition.
bool IsOneCapturingGroup(absl::string_view p) {
  if (p.empty() || p[0] != '(') return false;
  if (p.size() > 1 && p[1] == '?' && !absl::StartsWith(p, "(?P<")) return false;
  return SkipGroup(p, 0) == p.size();
}

}  // namespace

std::vector<size_t> SplitCapture::TopLevelCuts(absl::string_view p) {
  std::vector<size_t> cuts;
  size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '|' || c == ')') return {};
    if (c == '(') {
      if (IsFlagGroup(p, i)) return {};
      i = SkipGroup(p, i);
    } else if (c == '[') {
      i = SkipClass(p, i);
    } else if (c == '\\') {
      i = SkipEscape(p, i);
    } else {
      ++i;
      // A literal is one character, however many bytes it has in UTF-8.
      while (i < p.size() && (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) ++i;
    }
    if (i == kBad) return {};
    i = SkipRepetitions(p, i);
    if (i < p.size()) cuts.push_back(i);
  }
  return cuts;
}

std::unique_ptr<SplitCapture> SplitCapture::Create(const RE2& whole) {
  // Under longest-match semantics the first parse is not the head's first.
  if (!whole.ok() || whole.options().longest_match() ||
      whole.ProgramSize() <= kBacktrackerMaxInstructions) {
    return nullptr;
  }
  const std::string& pattern = whole.pattern();
  RE2::Options options = whole.options();
  options.set_log_errors(false);
  std::unique_ptr<SplitCapture> best;
  for (size_t cut : TopLevelCuts(pattern)) {
    auto head = std::make_unique<RE2>(pattern.substr(0, cut), options);
    auto tail = std::make_unique<RE2>(pattern.substr(cut), options);
    if (!head->ok() || !tail->ok() ||
        tail->ProgramSize() > kBacktrackerMaxInstructions ||
        head->NumberOfCapturingGroups() + tail->NumberOfCapturingGroups() !=
            whole.NumberOfCapturingGroups()) {
      continue;
    }
    const bool head_is_group = head->NumberOfCapturingGroups() == 1 &&
                               IsOneCapturingGroup(absl::string_view(pattern).substr(0, cut));
    // A head that is its one group is matched by the automaton alone, at
    // any size.
    if (!head_is_group && head->ProgramSize() > kBacktrackerMaxInstructions) continue;
    // A head that is its one group needs no capture engine; else the longest
    // head that fits, whose first parse sees most of the pattern.
    if (best != nullptr && best->head_is_group_ && !head_is_group) continue;
    best.reset(new SplitCapture());
    best->whole_ = &whole;
    best->head_groups_ = head->NumberOfCapturingGroups();
    best->tail_groups_ = tail->NumberOfCapturingGroups();
    best->head_is_group_ = head_is_group;
    best->head_ = std::move(head);
    best->tail_ = std::move(tail);
  }
  return best;
}

bool SplitCapture::Match(absl::string_view text, size_t begin, size_t end,
                         re2::StringPiece* groups, int n) const {
  const re2::StringPiece input(text.data(), text.size());
  absl::InlinedVector<re2::StringPiece, 8> head(head_groups_ + 1);
  absl::InlinedVector<re2::StringPiece, 8> tail(tail_groups_ + 1);
  const int head_n = head_is_group_ ? 1 : static_cast<int>(head.size());
  if (head_->Match(input, begin, end, RE2::ANCHOR_START, head.data(), head_n)) {
    if (head_is_group_) head[1] = head[0];
    const size_t cut = head[0].data() - text.data() + head[0].size();
    if (tail_->Match(input, cut, end, RE2::ANCHOR_BOTH, tail.data(), tail.size())) {
      for (int g = 0; g < n; ++g) {
        if (g == 0) {
          groups[0] = re2::StringPiece(text.data() + begin, end - begin);
        } else if (g <= head_groups_) {
          groups[g] = head[g];
        } else if (g - head_groups_ <= tail_groups_) {
          groups[g] = tail[g - head_groups_];
        } else {
          groups[g] = re2::StringPiece();
        }
      }
      return true;
    }
  }
  return whole_->Match(input, begin, end, RE2::ANCHOR_BOTH, groups, n);
}

}  // namespace xref

#include "claims/split_capture.h"

#include <string>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "base/re2_adapter.h"
#include "claims/pattern_syntax.h"

namespace xref {
namespace {

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
    if (i == kPatternEnd) return {};
    i = SkipRepetitions(p, i);
    if (i < p.size()) cuts.push_back(i);
  }
  return cuts;
}

std::unique_ptr<SplitCapture> SplitCapture::Create(const RE2& whole) {
  return Create(whole, /*depth=*/3);
}

std::unique_ptr<SplitCapture> SplitCapture::Create(const RE2& whole, int depth) {
  // Under longest-match semantics the first parse is not the head's first.
  if (!whole.ok() || whole.options().longest_match() ||
      whole.ProgramSize() <= kBacktrackerMaxInstructions) {
    return nullptr;
  }
  const std::string& pattern = whole.pattern();
  RE2::Options options = whole.options();
  options.set_log_errors(false);
  // A part needs no capture engine when it has no group or is one group
  // (which is then its match): the automaton matches it, at any size. Else
  // it must fit the backtracker.
  auto needs_no_groups = [](const RE2& part, absl::string_view text) {
    return part.NumberOfCapturingGroups() == 0 ||
           (part.NumberOfCapturingGroups() == 1 && IsOneCapturingGroup(text));
  };
  struct Part {
    std::unique_ptr<RE2> re;
    bool is_group = false;
    bool free = false;   // Needs no capture engine.
    bool cheap = false;  // Free, or fits the backtracker.
  };
  auto part = [&](absl::string_view text) {
    Part p;
    p.re = std::make_unique<RE2>(std::string(text), options);
    if (!p.re->ok()) return p;
    p.is_group = p.re->NumberOfCapturingGroups() == 1 && IsOneCapturingGroup(text);
    p.free = needs_no_groups(*p.re, text);
    p.cheap = p.free || p.re->ProgramSize() <= kBacktrackerMaxInstructions;
    return p;
  };
  // The cuts whose head is cheap, with a cheap tail first; among those, a
  // head that needs no capture engine first, then the longest head, whose
  // first parse sees most of the pattern.
  std::unique_ptr<SplitCapture> best;
  int best_rank = -1;
  std::vector<std::pair<size_t, Part>> heads;
  for (size_t cut : TopLevelCuts(pattern)) {
    Part head = part(absl::string_view(pattern).substr(0, cut));
    if (!head.re->ok() || !head.cheap) continue;
    heads.emplace_back(cut, std::move(head));
  }
  for (int pass = 0; pass < 2 && best == nullptr; ++pass) {
    // Pass 1 splits a tail that is not cheap in turn, longest heads first.
    if (pass == 1 && depth <= 0) break;
    for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
      auto& [cut, head] = *it;
      if (head.re == nullptr) continue;
      Part tail = part(absl::string_view(pattern).substr(cut));
      if (!tail.re->ok() || head.re->NumberOfCapturingGroups() +
                                    tail.re->NumberOfCapturingGroups() !=
                                whole.NumberOfCapturingGroups()) {
        continue;
      }
      std::unique_ptr<SplitCapture> tail_split;
      if (!tail.cheap) {
        if (pass == 0) continue;
        tail_split = Create(*tail.re, depth - 1);
        if (tail_split == nullptr) continue;
      }
      const int rank = head.free ? 1 : 0;
      if (rank <= best_rank) continue;
      best_rank = rank;
      best.reset(new SplitCapture());
      best->whole_ = &whole;
      best->head_groups_ = head.re->NumberOfCapturingGroups();
      best->tail_groups_ = tail.re->NumberOfCapturingGroups();
      best->head_is_group_ = head.is_group;
      best->tail_is_group_ = tail.is_group;
      best->head_ = std::move(head.re);
      best->tail_ = std::move(tail.re);
      best->tail_split_ = std::move(tail_split);
      if (pass == 1) break;  // The longest head whose tail splits.
    }
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
    const int tail_n = tail_is_group_ ? 1 : static_cast<int>(tail.size());
    const bool tail_matched =
        tail_split_ != nullptr
            ? tail_split_->Match(text, cut, end, tail.data(), tail_n)
            : tail_->Match(input, cut, end, RE2::ANCHOR_BOTH, tail.data(), tail_n);
    if (tail_matched) {
      if (tail_is_group_) tail[1] = tail[0];
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

bool MatchGroups(const RE2& re, const RE2* ascii, const SplitCapture* ascii_split,
                 absl::string_view text, size_t begin, size_t end, re2::StringPiece* groups,
                 int n) {
  return MatchSpanThenGroupsWith(
      re, text, begin, end, groups, n,
      [&](size_t b, size_t e, re2::StringPiece* g, int k) {
        if (ascii_split != nullptr) return ascii_split->Match(text, b, e, g, k);
        return (ascii != nullptr ? *ascii : re)
            .Match(ToPiece(text), b, e, RE2::ANCHOR_BOTH, g, k);
      },
      ascii);
}

}  // namespace xref

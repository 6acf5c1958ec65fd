#include "claims/literal_scanner.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <type_traits>

#include "absl/strings/ascii.h"

namespace xref {

LiteralScanner::LiteralScanner(const std::vector<std::string>& literals)
    : num_literals_(static_cast<int>(literals.size())) {
  // Byte classes: one per byte some literal has (letters folded), the rest 0.
  for (const std::string& l : literals) {
    for (char c : l) {
      unsigned char b = static_cast<unsigned char>(absl::ascii_tolower(c));
      if (class_of_[b] == 0) class_of_[b] = static_cast<uint8_t>(num_classes_++);
    }
  }
  for (int c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[c - 'A' + 'a'];
  // The trie; -1 is no edge yet.
  std::vector<std::vector<int>> own(1);  // Literals ending at each state.
  std::vector<int> edges(num_classes_, -1);
  for (int i = 0; i < num_literals_; ++i) {
    if (literals[i].empty()) {
      empty_.push_back(i);
      continue;
    }
    int s = 0;
    for (char c : literals[i]) {
      int k = s * num_classes_ + ClassOf(static_cast<unsigned char>(c));
      if (edges[k] < 0) {
        edges[k] = static_cast<int>(own.size());
        own.emplace_back();
        edges.resize(edges.size() + num_classes_, -1);
      }
      s = edges[k];
    }
    own[s].push_back(i);
  }
  const int states = static_cast<int>(own.size());
  // Breadth first: each state's suffix link and full transitions.
  std::vector<uint32_t> next(static_cast<size_t>(states) * num_classes_, 0);
  std::vector<int> link(states, 0);
  std::deque<int> queue;
  for (int c = 0; c < num_classes_; ++c) {
    int t = edges[c];
    if (t > 0) {
      next[c] = t;
      queue.push_back(t);
    }
  }
  std::vector<int> order;
  while (!queue.empty()) {
    int s = queue.front();
    queue.pop_front();
    order.push_back(s);
    for (int c = 0; c < num_classes_; ++c) {
      int t = edges[static_cast<size_t>(s) * num_classes_ + c];
      uint32_t via_link = next[static_cast<size_t>(link[s]) * num_classes_ + c];
      if (t > 0) {
        next[static_cast<size_t>(s) * num_classes_ + c] = t;
        link[t] = static_cast<int>(via_link);
        queue.push_back(t);
      } else {
        next[static_cast<size_t>(s) * num_classes_ + c] = via_link;
      }
    }
  }
  // Outputs: a state's own literals, then those of its suffix link (whose
  // lists are complete first, as links point to shallower states).
  std::vector<std::vector<int>> all(states);
  for (int s : order) {
    all[s] = own[s];
    const std::vector<int>& inherited = all[link[s]];
    all[s].insert(all[s].end(), inherited.begin(), inherited.end());
  }
  shortest_.assign(states, 0);
  out_begin_.assign(states + 1, 0);
  for (int s = 0; s < states; ++s) {
    out_begin_[s] = static_cast<uint32_t>(out_.size());
    for (int i : all[s]) {
      out_.push_back(i);
      uint32_t n = static_cast<uint32_t>(literals[i].size());
      if (shortest_[s] == 0 || n < shortest_[s]) shortest_[s] = n;
    }
  }
  out_begin_[states] = static_cast<uint32_t>(out_.size());
  // The tables, each entry flagged when a literal ends at its state.
  auto fill = [&](auto* table) {
    using Entry = typename std::remove_reference_t<decltype(*table)>::value_type;
    constexpr Entry kFlag = Entry{1} << (std::numeric_limits<Entry>::digits - 1);
    table->resize(next.size());
    for (size_t k = 0; k < next.size(); ++k) {
      const uint32_t t = next[k];
      (*table)[k] = static_cast<Entry>(t | (out_begin_[t] < out_begin_[t + 1] ? kFlag : 0));
    }
  };
  if (states < (1 << 15)) {
    fill(&next16_);
  } else {
    fill(&next32_);
  }
}

template <typename Entry>
void LiteralScanner::FindAllIn(const std::vector<Entry>& next, absl::string_view text,
                               std::vector<int>* found) const {
  constexpr Entry kFlag = Entry{1} << (std::numeric_limits<Entry>::digits - 1);
  // seen[i] == call: literal i is in `found` already.
  thread_local std::vector<uint64_t> seen;
  thread_local uint64_t call = 0;
  ++call;
  if (seen.size() < static_cast<size_t>(num_literals_)) seen.resize(num_literals_, 0);
  Entry e = 0;
  for (char c : text) {
    e = next[static_cast<size_t>(e & ~kFlag) * num_classes_ +
             ClassOf(static_cast<unsigned char>(c))];
    if ((e & kFlag) == 0) continue;
    const uint32_t s = e & ~kFlag;
    for (uint32_t k = out_begin_[s]; k < out_begin_[s + 1]; ++k) {
      if (seen[out_[k]] != call) {
        seen[out_[k]] = call;
        found->push_back(out_[k]);
      }
    }
  }
  std::sort(found->begin(), found->end());
}

template <typename Entry>
int64_t LiteralScanner::FindFirstIn(const std::vector<Entry>& next, absl::string_view text,
                                    int64_t from) const {
  constexpr Entry kFlag = Entry{1} << (std::numeric_limits<Entry>::digits - 1);
  Entry e = 0;
  for (int64_t i = from; i < static_cast<int64_t>(text.size()); ++i) {
    e = next[static_cast<size_t>(e & ~kFlag) * num_classes_ +
             ClassOf(static_cast<unsigned char>(text[i]))];
    if (e & kFlag) return i + 1 - shortest_[e & ~kFlag];
  }
  return -1;
}

void LiteralScanner::FindAll(absl::string_view text, std::vector<int>* found) const {
  found->assign(empty_.begin(), empty_.end());
  if (!next16_.empty()) {
    FindAllIn(next16_, text, found);
  } else if (!next32_.empty()) {
    FindAllIn(next32_, text, found);
  }
}

int64_t LiteralScanner::FindFirst(absl::string_view text, int64_t from) const {
  if (from < 0 || from > static_cast<int64_t>(text.size())) return -1;
  if (!empty_.empty()) return from;
  if (!next16_.empty()) return FindFirstIn(next16_, text, from);
  if (!next32_.empty()) return FindFirstIn(next32_, text, from);
  return -1;
}

}  // namespace xref

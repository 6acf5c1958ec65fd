// BoundedMemo: the answers of a pure function whose arguments repeat,
// remembered up to a bound on their number. When the memo holds
// `max_entries` answers and a new one is asked for, it forgets them all
// (cheaper than tracking use, and repeats come back quickly).
//
//   thread_local BoundedMemo<std::string, bool> memo(1 << 16);
//   bool match = memo.Get(word, [&] { return pattern.Match(word); });
//
// Thread-safety: none; give each thread its own (thread_local), so that the
// shared, immutable rule sets stay free of locks.

#ifndef XREF_BASE_BOUNDED_MEMO_H_
#define XREF_BASE_BOUNDED_MEMO_H_

#include <cstddef>
#include <utility>

#include "absl/container/flat_hash_map.h"

namespace xref {

template <typename Key, typename Value>
class BoundedMemo {
 public:
  explicit BoundedMemo(size_t max_entries) : max_entries_(max_entries) {}

  // The answer remembered for `key`, else `compute()`, remembered. The
  // reference is valid until the next call.
  template <typename Compute>
  const Value& Get(const Key& key, Compute&& compute) {
    auto it = answers_.find(key);
    if (it != answers_.end()) return it->second;
    Value value = compute();
    if (answers_.size() >= max_entries_) answers_.clear();
    return answers_.emplace(key, std::move(value)).first->second;
  }

  // Answers held now (at most max_entries).
  size_t size() const { return answers_.size(); }

 private:
  size_t max_entries_;
  absl::flat_hash_map<Key, Value> answers_;
};

}  // namespace xref

#endif  // XREF_BASE_BOUNDED_MEMO_H_

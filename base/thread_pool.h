// A fixed-size pool of worker threads running queued closures.
//
//   ThreadPool pool(4);
//   for (const Document& doc : docs) pool.Schedule([&doc] { Work(doc); });
//   pool.Wait();   // All scheduled work has finished.
//
// `Schedule` blocks while `max_queued` closures are waiting, which bounds the
// memory a streaming producer can pile up. Thread-safe: any thread may call
// `Schedule` and `Wait`. The destructor waits for queued work, then joins.

#ifndef XREF_BASE_THREAD_POOL_H_
#define XREF_BASE_THREAD_POOL_H_

#include <deque>
#include <functional>
#include <thread>
#include <vector>

#include "absl/synchronization/mutex.h"

namespace xref {

class ThreadPool {
 public:
  // `threads` <= 0 means one per hardware thread. `max_queued` <= 0 means
  // four per thread.
  explicit ThreadPool(int threads, int max_queued = 0);
  ~ThreadPool();

  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  void Schedule(std::function<void()> work);

  // Blocks until every scheduled closure has run.
  void Wait();

  int size() const { return static_cast<int>(workers_.size()); }

  // The number of hardware threads (at least 1).
  static int HardwareThreads();

 private:
  void WorkerLoop();

  absl::Mutex mu_;
  std::deque<std::function<void()>> queue_ ABSL_GUARDED_BY(mu_);
  int running_ ABSL_GUARDED_BY(mu_) = 0;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  int max_queued_;
  std::vector<std::thread> workers_;
};

}  // namespace xref

#endif  // XREF_BASE_THREAD_POOL_H_

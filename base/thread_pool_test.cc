#include "base/thread_pool.h"

#include <atomic>

#include "gtest/gtest.h"

namespace xref {
namespace {

TEST(ThreadPoolTest, RunsEveryScheduledClosureBeforeWaitReturns) {
  ThreadPool pool(3, /*max_queued=*/2);
  std::atomic<int> sum{0};
  for (int i = 1; i <= 1000; ++i) pool.Schedule([&sum, i] { sum += i; });
  pool.Wait();
  EXPECT_EQ(sum.load(), 500500);
  EXPECT_EQ(pool.size(), 3);
}

TEST(ThreadPoolTest, DestructorFinishesQueuedWork) {
  std::atomic<int> done{0};
  {
    ThreadPool pool(2);
    for (int i = 0; i < 50; ++i) pool.Schedule([&done] { ++done; });
  }
  EXPECT_EQ(done.load(), 50);
}

TEST(ThreadPoolTest, ZeroThreadsMeansHardwareThreads) {
  ThreadPool pool(0);
  EXPECT_EQ(pool.size(), ThreadPool::HardwareThreads());
}

}  // namespace
}  // namespace xref

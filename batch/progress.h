// Progress lines for long runs, on stderr.
//
// On a terminal the line redraws in place ("\r"), at most ten times a second:
//   [extract] 5120 articles, 2300/s | stories 40/812 | ETA 0:21
// Elsewhere (CI logs, pipes) it prints a plain line at most every
// `quiet_interval`, so logs stay short. `Finish` prints the one-line summary.
//
// Thread-safe: workers may call `Add*` concurrently.

#ifndef XREF_BATCH_PROGRESS_H_
#define XREF_BATCH_PROGRESS_H_

#include <cstdio>
#include <string>

#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace xref {

class Progress {
 public:
  // `interactive`: redraw in place; otherwise line-oriented.
  Progress(FILE* out, bool interactive,
           absl::Duration quiet_interval = absl::Seconds(10));

  // True when `fd` is a terminal.
  static bool IsTerminal(int fd);

  void SetPhase(const std::string& phase);
  void AddArticles(int n);
  void SetStoriesTotal(int n);
  void AddStoriesDone(int n);

  // Clears the live line and prints `summary` on its own line.
  void Finish(const std::string& summary);

 private:
  void MaybePrint(bool force) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  absl::Mutex mu_;
  FILE* out_;
  bool interactive_;
  absl::Duration interval_;
  absl::Time start_;
  absl::Time phase_start_ ABSL_GUARDED_BY(mu_);
  absl::Time last_print_ ABSL_GUARDED_BY(mu_);
  std::string phase_ ABSL_GUARDED_BY(mu_);
  long articles_ ABSL_GUARDED_BY(mu_) = 0;
  int stories_total_ ABSL_GUARDED_BY(mu_) = 0;
  int stories_done_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace xref

#endif  // XREF_BATCH_PROGRESS_H_

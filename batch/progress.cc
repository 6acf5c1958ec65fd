#include "batch/progress.h"

#include <unistd.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace xref {

Progress::Progress(FILE* out, bool interactive, absl::Duration quiet_interval)
    : out_(out),
      interactive_(interactive),
      interval_(interactive ? absl::Milliseconds(100) : quiet_interval),
      start_(absl::Now()) {
  phase_start_ = start_;
  last_print_ = absl::InfinitePast();
}

bool Progress::IsTerminal(int fd) { return isatty(fd) == 1; }

void Progress::SetPhase(const std::string& phase) {
  absl::MutexLock lock(&mu_);
  phase_ = phase;
  phase_start_ = absl::Now();
  MaybePrint(/*force=*/!interactive_);
}

void Progress::AddArticles(int n) {
  absl::MutexLock lock(&mu_);
  articles_ += n;
  MaybePrint(false);
}

void Progress::SetStoriesTotal(int n) {
  absl::MutexLock lock(&mu_);
  stories_total_ = n;
  MaybePrint(false);
}

void Progress::AddStoriesDone(int n) {
  absl::MutexLock lock(&mu_);
  stories_done_ += n;
  MaybePrint(stories_done_ == stories_total_ && !interactive_);
}

void Progress::MaybePrint(bool force) {
  absl::Time now = absl::Now();
  if (!force && now - last_print_ < interval_) return;
  last_print_ = now;
  double elapsed = absl::ToDoubleSeconds(now - start_);
  std::string line = absl::StrFormat("[%s] %d articles, %.0f/s", phase_,
                                     articles_,
                                     elapsed > 0 ? articles_ / elapsed : 0.0);
  if (stories_total_ > 0) {
    absl::StrAppend(&line, " | stories ", stories_done_, "/", stories_total_);
    double phase_elapsed = absl::ToDoubleSeconds(now - phase_start_);
    if (stories_done_ > 0 && stories_done_ < stories_total_) {
      int eta = static_cast<int>(phase_elapsed / stories_done_ *
                                 (stories_total_ - stories_done_));
      absl::StrAppend(&line, absl::StrFormat(" | ETA %d:%02d", eta / 60, eta % 60));
    }
  }
  if (interactive_) {
    std::fprintf(out_, "\r\033[K%s", line.c_str());
  } else {
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
}

void Progress::Finish(const std::string& summary) {
  absl::MutexLock lock(&mu_);
  if (interactive_) std::fprintf(out_, "\r\033[K");
  std::fprintf(out_, "%s\n", summary.c_str());
  std::fflush(out_);
}

}  // namespace xref

#include "tools/reticulist/terminal_progress.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>

namespace reticulist::cli {

TerminalProgress::TerminalProgress(bool quiet) : quiet_(quiet), live_(!quiet && ::isatty(STDERR_FILENO) != 0) {}

void TerminalProgress::begin(std::string_view stage, std::uint64_t total) {
  stage_ = stage;
  total_ = total;
  started_ = std::chrono::steady_clock::now();
  if (live_) {
    std::fprintf(stderr, "\r\033[K%s ...", stage_.c_str());
    std::fflush(stderr);
  } else {
    spdlog::debug("{} ...", stage_);
  }
}

void TerminalProgress::advance(std::uint64_t done) {
  if (!live_ || total_ == 0) return;
  std::fprintf(stderr, "\r\033[K%s %3.0f%%", stage_.c_str(), 100.0 * static_cast<double>(done) / static_cast<double>(total_));
  std::fflush(stderr);
}

void TerminalProgress::end() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  if (live_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
  if (!quiet_) spdlog::info("{} ({:.2f} s)", stage_, seconds);
}

}  // namespace reticulist::cli

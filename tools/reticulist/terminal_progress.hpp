#pragma once
// Progress as a person sees it: one updating line on a terminal, plain log lines when stderr
// is piped or NO_COLOR/--quiet ask for calm output.
#include <chrono>
#include <string>

#include "engine/progress.hpp"

namespace reticulist::cli {

class TerminalProgress final : public Progress {
 public:
  explicit TerminalProgress(bool quiet);
  void begin(std::string_view stage, std::uint64_t total) override;
  void advance(std::uint64_t done) override;
  void end() override;

 private:
  bool quiet_;
  bool live_;  // draw an updating line (stderr is a terminal)
  std::string stage_;
  std::uint64_t total_ = 0;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace reticulist::cli

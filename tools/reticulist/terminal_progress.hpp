#pragma once
// Progress as a person sees it (after ninja's status.h and line_printer.cc).
//
// On a terminal (stderr a tty, TERM not "dumb"): one line, redrawn in place, that names the stage
// and, when the stage has a size, how far it is and the time left:
//   betweenness of 2022/23  4,200/19,812  21%  0:07, about 0:26 left
//   brokerage of 2022/23  72%  1:05, about 0:25 left     (a size of 100,000 or more: percent only)
// and otherwise the time it has taken so far ("communities of all  0:12"). The line is redrawn
// when a count arrives (at most every kRedraw) and once a second by a ticker thread, so the clock
// moves while a stage without counts runs. The stage name is bold unless NO_COLOR is set
// (no-color.org). With -v each finished stage leaves a line with its time.
// Anywhere else (a pipe, a log, CI): plain lines, no carriage returns, no escapes: one when each
// stage begins ("info: betweenness of 2022/23 ...") and one when it ends, with its time
// ("info: betweenness of 2022/23 (2.41 s)").
// --quiet: nothing.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

#include "engine/progress.hpp"

namespace reticulist::cli {

struct ProgressStyle {
  bool quiet = false;     // nothing at all
  bool live = false;      // one line redrawn in place (a terminal); else plain lines
  bool colour = false;    // bold stage names in the live line
  bool timings = false;   // live: leave a line with each stage's time (-v)
  std::size_t width = 80;  // live: the line is cut to width - 1 characters, so it never wraps
  bool ticker = false;    // live: redraw once a second from a thread of its own
};

// The style for stderr as it is now: -q and -v from the log level, tty, TERM, NO_COLOR, width.
ProgressStyle stderr_style();

class TerminalProgress final : public Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  // Plain lines go to `log(debug, text)`: spdlog's info (debug = false) or debug (true).
  using Log = std::function<void(bool debug, const std::string& text)>;

  // For the commands: stderr_style(), drawn on std::cerr, logged through spdlog. `quiet` forces
  // --quiet's nothing.
  explicit TerminalProgress(bool quiet);
  // For tests: everything given.
  TerminalProgress(const ProgressStyle& style, std::ostream& out, Clock clock, Log log);
  ~TerminalProgress() override;
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  void begin(std::string_view stage, std::uint64_t total) override;
  void advance(std::uint64_t done) override;
  void end() override;
  // Redraws the live line now (what the ticker thread does each second).
  void tick();

  // At most this often a count redraws the line.
  static constexpr std::chrono::milliseconds kRedraw{100};

 private:
  void draw(std::chrono::steady_clock::time_point now);  // with mutex_ held
  void run_ticker(std::stop_token stop);

  ProgressStyle style_;
  std::ostream& out_;
  Clock clock_;
  Log log_;

  std::mutex mutex_;
  bool open_ = false;  // a stage has begun and not ended
  std::string stage_;
  std::uint64_t total_ = 0;
  std::uint64_t done_ = 0;
  std::chrono::steady_clock::time_point started_{};
  std::chrono::steady_clock::time_point drawn_{};
  bool drawn_any_ = false;  // the live line holds something to clear

  std::condition_variable_any wake_;
  std::jthread ticker_;  // last: starts after the members it reads, stops first
};

// "0:07", "12:34", "1:02:03": a duration as a clock reads.
std::string clock_text(std::chrono::steady_clock::duration d);
// Stages of this many units or more show only their percentage in the live line.
inline constexpr std::uint64_t kShownCounts = 100000;
// The live line's text without escapes, e.g. "betweenness of all  4,200/19,812  21%  0:07, about
// 0:26 left", for a stage begun `elapsed` ago with `done` of `total` (0: unknown) units.
std::string live_text(const std::string& stage, std::uint64_t done, std::uint64_t total,
                      std::chrono::steady_clock::duration elapsed);

}  // namespace reticulist::cli

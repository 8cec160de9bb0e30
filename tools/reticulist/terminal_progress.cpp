#include "tools/reticulist/terminal_progress.hpp"

#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string_view>

#include "engine/report/format_for_people.hpp"

namespace reticulist::cli {
namespace {

using std::chrono::steady_clock;

bool set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// The first `n` characters of UTF-8 text (bytes that continue a character do not count).
std::string cut(const std::string& s, std::size_t n) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == n) return s.substr(0, i);
  }
  return s;
}

}  // namespace

std::string clock_text(steady_clock::duration d) {
  const auto s = std::chrono::duration_cast<std::chrono::seconds>(d).count();
  const auto two = [](long long v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  if (s >= 3600) return std::to_string(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60);
  return std::to_string(s / 60) + ":" + two(s % 60);
}

std::string live_text(const std::string& stage, std::uint64_t done, std::uint64_t total, steady_clock::duration elapsed) {
  std::string text = stage + "  ";
  if (total > 0) {
    done = std::min(done, total);
    // Counts a person can picture (sources, permutations, networks) are shown; larger ones are
    // units of work (tie scans, bytes), which the percentage says better.
    if (total < kShownCounts) {
      text += report::integer_for_people(static_cast<std::int64_t>(done)) + "/" +
              report::integer_for_people(static_cast<std::int64_t>(total)) + "  ";
    }
    text += std::to_string(100 * done / total) + "%  ";
  }
  text += clock_text(elapsed);
  // The time left at the rate so far, once there is a rate worth the name (a second of work).
  if (total > 0 && done > 0 && done < total && elapsed >= std::chrono::seconds(1)) {
    const double left = std::chrono::duration<double>(elapsed).count() * static_cast<double>(total - done) /
                        static_cast<double>(done);
    text += ", about " + clock_text(std::chrono::duration_cast<steady_clock::duration>(std::chrono::duration<double>(left))) +
            " left";
  }
  return text;
}

ProgressStyle stderr_style() {
  ProgressStyle style;
  style.quiet = spdlog::get_level() > spdlog::level::info;
  style.timings = spdlog::get_level() <= spdlog::level::debug;
  const char* term = std::getenv("TERM");
  style.live = !style.quiet && ::isatty(STDERR_FILENO) != 0 && !(term && std::string_view(term) == "dumb");
  style.colour = style.live && !set("NO_COLOR");
  winsize size{};
  if (style.live && ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) style.width = size.ws_col;
  style.ticker = style.live;
  return style;
}

TerminalProgress::TerminalProgress(bool quiet)
    : TerminalProgress(
          [quiet] {
            ProgressStyle style = stderr_style();
            if (quiet) style = ProgressStyle{.quiet = true};
            return style;
          }(),
          std::cerr, [] { return steady_clock::now(); },
          [](bool debug, const std::string& text) {
            if (debug) {
              spdlog::debug("{}", text);
            } else {
              spdlog::info("{}", text);
            }
          }) {}

TerminalProgress::TerminalProgress(const ProgressStyle& style, std::ostream& out, Clock clock, Log log)
    : style_(style), out_(out), clock_(std::move(clock)), log_(std::move(log)) {
  if (style_.live && style_.ticker) {
    ticker_ = std::jthread([this](std::stop_token stop) { run_ticker(stop); });
  }
}

TerminalProgress::~TerminalProgress() {
  if (ticker_.joinable()) {
    ticker_.request_stop();
    wake_.notify_all();
    ticker_.join();
  }
  std::lock_guard lock(mutex_);
  if (drawn_any_) out_ << "\r\033[K" << std::flush;
}

void TerminalProgress::run_ticker(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    wake_.wait_for(lock, stop, std::chrono::seconds(1), [] { return false; });
    if (stop.stop_requested()) break;
    if (open_) draw(clock_());
  }
}

void TerminalProgress::begin(std::string_view stage, std::uint64_t total) {
  if (style_.quiet) return;
  std::lock_guard lock(mutex_);
  open_ = true;
  stage_ = stage;
  total_ = total;
  done_ = 0;
  started_ = clock_();
  if (style_.live) {
    draw(started_);
  } else {
    log_(false, stage_ + " ...");
  }
}

void TerminalProgress::advance(std::uint64_t done) {
  if (style_.quiet || !style_.live) return;
  std::lock_guard lock(mutex_);
  if (!open_ || done <= done_) return;
  done_ = done;
  const auto now = clock_();
  if (now - drawn_ >= kRedraw) draw(now);
}

void TerminalProgress::tick() {
  if (style_.quiet || !style_.live) return;
  std::lock_guard lock(mutex_);
  if (open_) draw(clock_());
}

void TerminalProgress::end() {
  if (style_.quiet) return;
  std::string line;
  {
    std::lock_guard lock(mutex_);
    if (!open_) return;
    open_ = false;
    const double seconds = std::chrono::duration<double>(clock_() - started_).count();
    line = fmt::format("{} ({:.2f} s)", stage_, seconds);
    if (style_.live && drawn_any_) {
      out_ << "\r\033[K" << std::flush;
      drawn_any_ = false;
    }
  }
  if (!style_.live) {
    log_(false, line);
  } else if (style_.timings) {
    log_(true, line);
  }
}

void TerminalProgress::draw(steady_clock::time_point now) {
  std::string text = cut(live_text(stage_, done_, total_, now - started_), style_.width > 1 ? style_.width - 1 : 0);
  if (style_.colour) {
    // Bold the stage name (the text begins with it, unless the cut shortened it).
    const std::size_t name = std::min(text.size(), stage_.size());
    text = "\033[1m" + text.substr(0, name) + "\033[0m" + text.substr(name);
  }
  out_ << "\r\033[K" << text << std::flush;
  drawn_ = now;
  drawn_any_ = true;
}

}  // namespace reticulist::cli

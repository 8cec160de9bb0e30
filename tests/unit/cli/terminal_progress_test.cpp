// tools/reticulist/terminal_progress: what a person sees, drawn on a string stream with a clock
// the test moves by hand, and log lines collected instead of sent to spdlog.
#include "tools/reticulist/terminal_progress.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using reticulist::cli::clock_text;
using reticulist::cli::live_text;
using reticulist::cli::ProgressStyle;
using reticulist::cli::TerminalProgress;
using Time = std::chrono::steady_clock::time_point;

namespace {

// A TerminalProgress on a string stream, with a hand-moved clock and the log in a vector.
struct Drawn {
  explicit Drawn(ProgressStyle style)
      : progress(style, out, [this] { return now; },
                 [this](bool debug, const std::string& text) { log.emplace_back(debug ? "debug" : "info", text); }) {}
  Time now{};
  std::ostringstream out;
  std::vector<std::pair<std::string, std::string>> log;
  TerminalProgress progress;
};

using Log = std::vector<std::pair<std::string, std::string>>;
const std::string kClear = "\r\033[K";

}  // namespace

TEST_CASE("clock_text: minutes and seconds, hours when there are some", "[cli]") {
  CHECK(clock_text(0s) == "0:00");
  CHECK(clock_text(7s) == "0:07");
  CHECK(clock_text(65s) == "1:05");
  CHECK(clock_text(1999ms) == "0:01");  // whole seconds, cut
  CHECK(clock_text(3723s) == "1:02:03");
}

TEST_CASE("live_text: done/total, percent, time so far and time left", "[cli]") {
  // 4,200 of 19,812 sources in 7 s: 100 * 4200 / 19812 = 21.2 -> 21%; at that rate the other
  // 15,612 take 7 * 15612 / 4200 = 26.02 s -> 0:26.
  CHECK(live_text("betweenness of all", 4200, 19812, 7s) == "betweenness of all  4,200/19,812  21%  0:07, about 0:26 left");
  // No size: the time so far only.
  CHECK(live_text("communities of all", 0, 0, 12s) == "communities of all  0:12");
  // Under a second of work gives no rate worth the name; nothing done, none at all.
  CHECK(live_text("distances of all", 10, 100, 900ms) == "distances of all  10/100  10%  0:00");
  CHECK(live_text("distances of all", 0, 100, 5s) == "distances of all  0/100  0%  0:05");
  // 28,666,351 of 39,519,946 tie scans in 10 s: 72.5% -> 72%; 10 * 10853595 / 28666351 = 3.79 s.
  // Sizes from 100,000 up are units of work, not things to count: the percentage only.
  CHECK(live_text("brokerage of all", 28666351, 39519946, 10s) == "brokerage of all  72%  0:10, about 0:03 left");
  // Just below: 400 of 99,999 shown; 10 * 99599 / 400 = 2489.975 s left, cut to 41:29.
  CHECK(live_text("network profiles of all", 400, 99999, 10s) == "network profiles of all  400/99,999  0%  0:10, about 41:29 left");
  CHECK(live_text("parsing participation.csv", 0, 100000, 0s) == "parsing participation.csv  0%  0:00");
  // Done: no time left to show.
  CHECK(live_text("distances of all", 100, 100, 5s) == "distances of all  100/100  100%  0:05");
}

TEST_CASE("TerminalProgress, not a terminal: a plain line when a stage begins and when it ends", "[cli]") {
  Drawn d({.live = false});
  d.progress.begin("betweenness of 2022/23", 100);
  d.progress.advance(50);
  d.now += 2500ms;
  d.progress.end();
  d.progress.begin("communities of 2022/23", 0);
  d.now += 10ms;
  d.progress.end();
  // Nothing drawn (no carriage return, no escape); everything through the log, at info.
  CHECK(d.out.str().empty());
  CHECK(d.log == Log{{"info", "betweenness of 2022/23 ..."},
                     {"info", "betweenness of 2022/23 (2.50 s)"},
                     {"info", "communities of 2022/23 ..."},
                     {"info", "communities of 2022/23 (0.01 s)"}});
}

TEST_CASE("TerminalProgress, on a terminal: one line redrawn in place, at most every 100 ms", "[cli]") {
  Drawn d({.live = true, .width = 80});
  d.progress.begin("distances of all", 1000);
  CHECK(d.out.str() == kClear + "distances of all  0/1,000  0%  0:00");
  d.out.str("");
  d.now += 50ms;
  d.progress.advance(100);  // 50 ms after the last drawing: not yet
  CHECK(d.out.str().empty());
  d.now += 1950ms;
  d.progress.advance(400);  // 2 s in, 400 of 1,000: 3 s left
  CHECK(d.out.str() == kClear + "distances of all  400/1,000  40%  0:02, about 0:03 left");
  d.out.str("");
  d.progress.advance(300);  // a worker that finished earlier: counts keep the largest
  d.now += 1s;
  d.progress.tick();        // the ticker's redraw: the clock moves, the count stays
  CHECK(d.out.str() == kClear + "distances of all  400/1,000  40%  0:03, about 0:04 left");
  d.out.str("");
  d.progress.end();
  // The line is cleared; without -v nothing is left behind.
  CHECK(d.out.str() == kClear);
  CHECK(d.log.empty());
}

TEST_CASE("TerminalProgress, on a terminal with -v: each stage leaves its time", "[cli]") {
  Drawn d({.live = true, .timings = true, .width = 80});
  d.progress.begin("building the layer of all", 0);
  d.now += 1234ms;
  d.progress.end();
  CHECK(d.log == Log{{"debug", "building the layer of all (1.23 s)"}});
}

TEST_CASE("TerminalProgress: bold stage names unless NO_COLOR; the line never wraps", "[cli]") {
  Drawn colour({.live = true, .colour = true, .width = 80});
  colour.progress.begin("clustering of all", 0);
  CHECK(colour.out.str() == kClear + "\033[1mclustering of all\033[0m  0:00");
  // Width 12: at most 11 characters, so the cursor stays on the line.
  Drawn narrow({.live = true, .width = 12});
  narrow.progress.begin("clustering of all", 0);
  CHECK(narrow.out.str() == kClear + "clustering ");
}

TEST_CASE("TerminalProgress, --quiet: nothing at all", "[cli]") {
  Drawn d({.quiet = true, .live = true, .timings = true});
  d.progress.begin("distances of all", 10);
  d.progress.advance(5);
  d.progress.tick();
  d.progress.end();
  CHECK(d.out.str().empty());
  CHECK(d.log.empty());
}

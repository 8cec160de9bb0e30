#include "tools/bench/measure.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>

namespace reticulist::bench {

double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

namespace {

std::uint64_t g_peak_kib = 0;
bool g_reset_works = false;

Memory read_memory() {
  Memory m;
  std::ifstream status("/proc/self/status");
  std::string line;
  auto value = [&line] { return std::stoull(line.substr(line.find(':') + 1)); };  // "VmRSS:  1234 kB"
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) m.rss_kib = value();
    if (line.starts_with("VmHWM:")) m.peak_kib = value();
  }
  g_peak_kib = std::max(g_peak_kib, m.peak_kib);
  return m;
}

void reset_peak() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.flush();
  g_reset_works = static_cast<bool>(clear);
}

}  // namespace

bool peak_reset_works() { return g_reset_works; }
std::uint64_t peak_so_far_kib() { return g_peak_kib; }

Mark mark() {
  Mark m;
  // Memory first, so that reading it is not timed as part of the next stage.
  m.memory = read_memory();
  reset_peak();
  m.cpu = cpu_seconds();
  m.wall = wall_seconds();
  return m;
}

StageCost cost(const Mark& from, const Mark& to) {
  return {to.wall - from.wall, to.cpu - from.cpu, to.memory, true};
}

void RecordingProgress::begin(std::string_view stage, std::uint64_t) {
  if (open_) end();  // a stage that was never ended closes where the next begins
  spans_.push_back({std::string(stage), mark(), {}});
  open_ = true;
}

void RecordingProgress::end() {
  if (!open_) return;
  spans_.back().end = mark();
  open_ = false;
}

const RecordingProgress::Span* RecordingProgress::find(std::string_view prefix) const {
  for (const Span& s : spans_) {
    if (std::string_view(s.stage).starts_with(prefix)) return &s;
  }
  return nullptr;
}

}  // namespace reticulist::bench

#pragma once
// The benchmark's output: a table for people on stdout and the same figures as JSON.
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "tools/bench/run.hpp"

namespace reticulist::bench {

struct Stats {
  double min = 0;
  double median = 0;  // the mean of the two middle values when the count is even
  double max = 0;
};
Stats stats_of(std::vector<double> values);

// Everything about the run that is not a measurement.
struct Setup {
  std::filesystem::path dataset;
  std::string generation;  // "scale national, seed 1" from generation.json, or empty
  std::uint64_t csv_bytes = 0;
  double warm_read_seconds = 0;  // one plain read of participation.csv before the repetitions
  unsigned reps = 0;
  unsigned ingest_threads = 0;
  unsigned threads = 0;
  std::uint32_t max_event_size = 0;
  bool unlimited = false;
  bool two_pass = false;
  unsigned cores = 0;
  std::string cpu;
  std::string load_before;  // /proc/loadavg's 1-minute figure before the first repetition
  std::string load_after;   // and after the last: other work on the machine skews wall times
};

void print_report(const Setup& setup, const std::vector<RunResult>& runs, std::ostream& out);
void write_json(const Setup& setup, const std::vector<RunResult>& runs, std::ostream& out);

}  // namespace reticulist::bench

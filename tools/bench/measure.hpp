#pragma once
// What one stage costs inside the measured process: wall and CPU seconds (all threads), and
// the kernel's resident-set figures read from /proc/self/status when it ends.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/progress.hpp"

namespace reticulist::bench {

double wall_seconds();  // steady clock, arbitrary origin
double cpu_seconds();   // user + system time of this process, all threads

struct Memory {
  std::uint64_t rss_kib = 0;   // VmRSS: resident at the mark
  std::uint64_t peak_kib = 0;  // VmHWM: the peak resident set since the previous mark
};

// A point in a run: when, how much CPU so far, and the memory then. Each mark reads VmHWM and
// then resets it to the current resident set (writing 5 to /proc/self/clear_refs, Linux >= 4.0),
// so a mark's peak is the peak of the stretch since the previous mark. Where the reset is not
// allowed, peaks are cumulative (still correct for the run's peak, too high for a late stage).
struct Mark {
  double wall = 0;
  double cpu = 0;
  Memory memory;
};
Mark mark();
bool peak_reset_works();
// The largest VmHWM any mark has read in this process: the run's peak resident set.
std::uint64_t peak_so_far_kib();

// One timed stage: wall and CPU seconds between two marks, and the memory at its end.
struct StageCost {
  double wall = 0;
  double cpu = 0;
  Memory at_end;
  bool measured = false;
};
StageCost cost(const Mark& from, const Mark& to);

// A Progress that records when each stage the engine announces begins and ends, so that a
// function that offers no hooks (io::ingest) can still be timed stage by stage from outside.
class RecordingProgress final : public Progress {
 public:
  struct Span {
    std::string stage;
    Mark begin;
    Mark end;
  };
  void begin(std::string_view stage, std::uint64_t total) override;
  void advance(std::uint64_t) override {}
  void end() override;

  // The first span whose name starts with `prefix`, or nullptr.
  const Span* find(std::string_view prefix) const;
  const std::vector<Span>& spans() const { return spans_; }

 private:
  std::vector<Span> spans_;
  bool open_ = false;
};

}  // namespace reticulist::bench

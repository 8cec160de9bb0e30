#pragma once
// Progress is an interface passed into long engine work; the CLI decides how it is drawn.
//
// Stages are flat: begin, any number of advance, end; then the next stage. A stage is named for
// a person ("betweenness of 2022/23") and has a size when its work is a count of like items
// (sources searched, permutations drawn), so that a display can show done/total and estimate
// the time left.
//
// Threads: begin and end come from the thread that runs the stages. advance may come from any
// thread, also from several at once (the workers of a parallel loop), so counts can arrive out
// of order: an implementation keeps the largest. Callers keep advance out of inner loops: once
// per item whose cost is well above a microsecond, or through ProgressStage, which passes on
// about kProgressSteps counts per stage whatever the size.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace reticulist {

class Progress {
 public:
  virtual ~Progress() = default;
  // A new stage of known size (`total` units, 0 when unknown).
  virtual void begin(std::string_view stage, std::uint64_t total) = 0;
  // `done` units of the current stage are finished. Any thread (see above).
  virtual void advance(std::uint64_t done) = 0;
  virtual void end() = 0;
};

// For callers that want no progress (tests, library use).
class NoProgress final : public Progress {
 public:
  void begin(std::string_view, std::uint64_t) override {}
  void advance(std::uint64_t) override {}
  void end() override {}
};

// The default argument of engine functions that report progress: shared, it has no state.
inline Progress& no_progress() {
  static NoProgress none;
  return none;
}

// Passes stages on with `suffix` added to their names, so that a metric names its own stage
// ("betweenness") and the caller says what it is computed on (" of 2022/23").
class SuffixedProgress final : public Progress {
 public:
  SuffixedProgress(Progress& inner, std::string suffix) : inner_(inner), suffix_(std::move(suffix)) {}
  void begin(std::string_view stage, std::uint64_t total) override {
    inner_.begin(std::string(stage) + suffix_, total);
  }
  void advance(std::uint64_t done) override { inner_.advance(done); }
  void end() override { inner_.end(); }

 private:
  Progress& inner_;
  std::string suffix_;
};

// Counts passed on per stage by ProgressStage: enough for a smooth percentage.
inline constexpr std::uint64_t kProgressSteps = 200;

// One stage as a scope: begin on construction, end on destruction (the thread that runs the
// stages). With a size, `add` from any thread after each item (the workers of a parallel loop):
// one relaxed atomic add per item, and Progress::advance only when the count crosses a step of
// total / kProgressSteps.
class ProgressStage {
 public:
  ProgressStage(Progress& progress, std::string_view stage, std::uint64_t total)
      : progress_(progress), step_(std::max<std::uint64_t>(1, total / kProgressSteps)) {
    progress_.begin(stage, total);
  }
  ~ProgressStage() { progress_.end(); }
  ProgressStage(const ProgressStage&) = delete;
  ProgressStage& operator=(const ProgressStage&) = delete;

  void add(std::uint64_t items = 1) {
    const std::uint64_t before = done_.fetch_add(items, std::memory_order_relaxed);
    if ((before + items) / step_ != before / step_) progress_.advance(before + items);
  }

 private:
  Progress& progress_;
  std::uint64_t step_;
  std::atomic<std::uint64_t> done_{0};
};

// fn() as one stage without a size, its result returned:
//   const auto clus = in_stage(progress, "clustering", [&] { return metrics::clustering(g); });
template <class Fn>
auto in_stage(Progress& progress, std::string_view stage, Fn&& fn) {
  ProgressStage scope(progress, stage, 0);
  return std::forward<Fn>(fn)();
}

}  // namespace reticulist

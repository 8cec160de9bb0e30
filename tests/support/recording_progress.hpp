#pragma once
// A Progress that writes down what it is told, for tests of who reports which stages: one event
// per call, in order ("begin betweenness 5", "advance 3", "end"). Thread-safe, as advance may come
// from workers.
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "engine/progress.hpp"

namespace reticulist::testing {

class RecordingProgress final : public Progress {
 public:
  void begin(std::string_view stage, std::uint64_t total) override {
    std::lock_guard lock(mutex_);
    events_.push_back("begin " + std::string(stage) + " " + std::to_string(total));
  }
  void advance(std::uint64_t done) override {
    std::lock_guard lock(mutex_);
    events_.push_back("advance " + std::to_string(done));
    advances_.push_back(done);
  }
  void end() override {
    std::lock_guard lock(mutex_);
    events_.push_back("end");
  }

  std::vector<std::string> events() const {
    std::lock_guard lock(mutex_);
    return events_;
  }
  // Only the stage boundaries: "begin ..." and "end".
  std::vector<std::string> stages() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (const auto& e : events_) {
      if (!e.starts_with("advance")) out.push_back(e);
    }
    return out;
  }
  std::vector<std::uint64_t> advances() const {
    std::lock_guard lock(mutex_);
    return advances_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> events_;
  std::vector<std::uint64_t> advances_;
};

}  // namespace reticulist::testing

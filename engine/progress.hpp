#pragma once
// Progress is an interface passed into long engine work; the CLI decides how it is drawn.
#include <cstdint>
#include <string_view>

namespace reticulist {

class Progress {
 public:
  virtual ~Progress() = default;
  // A new stage of known size (`total` units, 0 when unknown).
  virtual void begin(std::string_view stage, std::uint64_t total) = 0;
  // `done` units of the current stage are finished.
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

}  // namespace reticulist

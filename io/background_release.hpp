#pragma once
// Frees large buffers on threads of their own. Returning hundreds of MB to the system takes tens of
// milliseconds that ingest need not wait for; the owner's destructor waits for them, so nothing
// outlives the scope that owns this object.
#include <thread>
#include <utility>
#include <vector>

namespace reticulist::io {

class BackgroundRelease {
 public:
  BackgroundRelease() = default;
  BackgroundRelease(const BackgroundRelease&) = delete;
  BackgroundRelease& operator=(const BackgroundRelease&) = delete;
  ~BackgroundRelease() {
    for (auto& t : threads_) t.join();
  }

  // Takes `garbage` and destroys it on another thread.
  template <typename T>
  void release(T&& garbage) {
    threads_.emplace_back([doomed = std::forward<T>(garbage)]() mutable { auto gone = std::move(doomed); });
  }

 private:
  std::vector<std::thread> threads_;
};

}  // namespace reticulist::io

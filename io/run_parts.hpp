#pragma once
// Runs part(0) .. part(count - 1), each on a thread of its own (part 0 on the calling thread), and
// returns once all are done: the one way ingest shares work out between threads.
#include <cstddef>
#include <thread>
#include <vector>

namespace reticulist::io {

template <class Part>
void run_parts(std::size_t count, Part&& part) {
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < count; ++t) workers.emplace_back(part, t);
  if (count > 0) part(0);
  for (auto& w : workers) w.join();
}

}  // namespace reticulist::io

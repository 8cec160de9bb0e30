#include "engine/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace reticulist::parallel {

unsigned thread_count(unsigned asked, std::uint64_t items) {
  unsigned threads = asked != 0 ? asked : std::max(1u, std::thread::hardware_concurrency());
  if (items < threads) threads = static_cast<unsigned>(std::max<std::uint64_t>(1, items));
  return threads;
}

std::vector<std::size_t> split_by_work(std::span<const std::uint64_t> work_before, unsigned parts) {
  const std::size_t n = work_before.empty() ? 0 : work_before.size() - 1;
  parts = std::max(1u, parts);
  const std::uint64_t total = work_before.empty() ? 0 : work_before.back();
  std::vector<std::size_t> bounds(parts + 1, n);
  bounds[0] = 0;
  for (unsigned t = 1; t < parts; ++t) {
    const std::uint64_t goal = total * t / parts;
    const auto at = static_cast<std::size_t>(std::lower_bound(work_before.begin(), work_before.end(), goal) -
                                             work_before.begin());
    bounds[t] = std::clamp(at, bounds[t - 1], n);
  }
  return bounds;
}

void run_parts(std::size_t count, const std::function<void(std::size_t part)>& part) {
  if (count == 0) return;
  if (count == 1) {
    part(0);
    return;
  }
  std::vector<std::exception_ptr> errors(count);
  std::vector<std::thread> threads;
  threads.reserve(count - 1);
  std::exception_ptr start_failure;
  try {
    for (std::size_t i = 1; i < count; ++i) {
      threads.emplace_back([&part, &errors, i] {
        try {
          part(i);
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    }
  } catch (...) {  // std::system_error: no more threads to be had
    start_failure = std::current_exception();
  }
  if (!start_failure) {
    try {
      part(0);
    } catch (...) {
      errors[0] = std::current_exception();
    }
  }
  for (std::thread& thread : threads) thread.join();
  if (start_failure) std::rethrow_exception(start_failure);
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

void for_each_index(std::size_t count, unsigned threads,
                    const std::function<void(std::size_t index, unsigned worker)>& fn) {
  const unsigned workers = thread_count(threads, count);
  if (workers == 1) {
    for (std::size_t i = 0; i < count; ++i) fn(i, 0);
    return;
  }
  std::atomic<std::size_t> next{0};
  run_parts(workers, [&](std::size_t worker) {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        fn(i, static_cast<unsigned>(worker));
      } catch (...) {
        next = count;  // the other workers stop after the index they are on
        throw;
      }
    }
  });
}

}  // namespace reticulist::parallel

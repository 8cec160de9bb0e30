// The one helper for work on several threads: how many threads, how work is split, that every
// part and index runs once (and parts at the same time), that one thread means no thread, and
// that an exception thrown on a worker reaches the caller after the join.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "engine/parallel.hpp"

namespace p = reticulist::parallel;

TEST_CASE("thread_count: as asked, one per hardware thread for 0, never more than the items", "[parallel]") {
  CHECK(p::thread_count(3) == 3);
  CHECK(p::thread_count(3, 2) == 2);
  CHECK(p::thread_count(3, 3) == 3);
  CHECK(p::thread_count(3, 0) == 1);  // no item: still one thread (which does nothing)
  CHECK(p::thread_count(0) == std::max(1u, std::thread::hardware_concurrency()));
  CHECK(p::thread_count(0, 1) == 1);
}

TEST_CASE("split_by_work: ranges of about equal work, by hand", "[parallel]") {
  // Item work 5 1 1 1 4 0 4; work before each item (and all): 0 5 6 7 8 12 12 16.
  // Four parts: the bounds are the first items whose work before reaches 16/4 = 4, 8 and 12:
  //   4 -> item 1 (5 >= 4), 8 -> item 4 (8), 12 -> item 5 (12)
  //   ranges [0,1) work 5, [1,4) work 3, [4,5) work 4, [5,7) work 4
  const std::vector<std::uint64_t> before{0, 5, 6, 7, 8, 12, 12, 16};
  CHECK(p::split_by_work(before, 4) == std::vector<std::size_t>{0, 1, 4, 5, 7});
  CHECK(p::split_by_work(before, 1) == std::vector<std::size_t>{0, 7});
  CHECK(p::split_by_work(before, 0) == std::vector<std::size_t>{0, 7});  // 0 counts as 1
  // Two parts: 16/2 = 8 -> item 4: [0,4) work 8, [4,7) work 8.
  CHECK(p::split_by_work(before, 2) == std::vector<std::size_t>{0, 4, 7});

  // One heavy item: work 10 1, before 0 10 11; three parts aim at 11/3 = 3 and 22/3 = 7, both
  // reached at item 1, so the middle range is empty.
  CHECK(p::split_by_work(std::vector<std::uint64_t>{0, 10, 11}, 3) == std::vector<std::size_t>{0, 1, 1, 2});
  // More parts than items; no work at all; no item.
  CHECK(p::split_by_work(std::vector<std::uint64_t>{0, 1, 2}, 4) == std::vector<std::size_t>{0, 0, 1, 1, 2});
  CHECK(p::split_by_work(std::vector<std::uint64_t>{0, 0, 0}, 2) == std::vector<std::size_t>{0, 0, 2});
  CHECK(p::split_by_work(std::vector<std::uint64_t>{0}, 3) == std::vector<std::size_t>{0, 0, 0, 0});
}

TEST_CASE("run_parts: every part once, part 0 on the calling thread, the others on threads of their own",
          "[parallel]") {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<int> runs(6, 0);
  std::vector<std::thread::id> ran_on(6);
  p::run_parts(6, [&](std::size_t part) {
    ++runs[part];
    ran_on[part] = std::this_thread::get_id();
  });
  CHECK(runs == std::vector<int>(6, 1));
  CHECK(ran_on[0] == caller);
  CHECK(std::set<std::thread::id>(ran_on.begin(), ran_on.end()).size() == 6);

  p::run_parts(0, [&](std::size_t) { FAIL("no part to run"); });
}

TEST_CASE("run_parts: one part runs inline", "[parallel]") {
  const std::thread::id caller = std::this_thread::get_id();
  int runs = 0;
  p::run_parts(1, [&](std::size_t part) {
    CHECK(part == 0);
    CHECK(std::this_thread::get_id() == caller);
    ++runs;
  });
  CHECK(runs == 1);
}

TEST_CASE("run_parts: parts run at the same time", "[parallel]") {
  // Each part waits (at most 10 s) until both have arrived: run one after the other, the first
  // would give up waiting and the check fail.
  std::mutex mutex;
  std::condition_variable arrived;
  int here = 0;
  std::vector<bool> met(2, false);
  p::run_parts(2, [&](std::size_t part) {
    std::unique_lock lock(mutex);
    ++here;
    arrived.notify_all();
    met[part] = arrived.wait_for(lock, std::chrono::seconds(10), [&] { return here == 2; });
  });
  CHECK(met == std::vector<bool>{true, true});
}

TEST_CASE("run_parts: an exception on a worker is rethrown at the join, the lowest part's first", "[parallel]") {
  std::vector<std::atomic<int>> runs(5);
  const auto fail_at = [&](std::set<std::size_t> failing) {
    return [&runs, failing](std::size_t part) {
      ++runs[part];
      if (failing.count(part)) throw std::runtime_error("part " + std::to_string(part));
    };
  };
  CHECK_THROWS_WITH(p::run_parts(5, fail_at({3})), "part 3");
  CHECK_THROWS_WITH(p::run_parts(5, fail_at({4, 2})), "part 2");
  CHECK_THROWS_WITH(p::run_parts(5, fail_at({0, 1})), "part 0");  // the calling thread's own part
  for (const auto& r : runs) CHECK(r == 3);  // every part ran each time: none is skipped by a failure
}

TEST_CASE("for_each_index: every index once, each worker below the count", "[parallel]") {
  constexpr std::size_t kCount = 1000;
  for (unsigned threads : {0u, 1u, 3u, 4u}) {
    INFO("threads " << threads);
    std::vector<std::atomic<int>> runs(kCount);
    std::atomic<unsigned> highest_worker{0};
    p::for_each_index(kCount, threads, [&](std::size_t i, unsigned worker) {
      ++runs[i];
      unsigned seen = highest_worker;
      while (worker > seen && !highest_worker.compare_exchange_weak(seen, worker)) {
      }
    });
    for (std::size_t i = 0; i < kCount; ++i) REQUIRE(runs[i] == 1);
    CHECK(highest_worker < p::thread_count(threads, kCount));
  }
  // Fewer indices than threads: no worker beyond the indices.
  std::vector<std::atomic<int>> runs(2);
  p::for_each_index(2, 8, [&](std::size_t i, unsigned worker) {
    CHECK(worker < 2);
    ++runs[i];
  });
  CHECK(runs[0] == 1);
  CHECK(runs[1] == 1);
  p::for_each_index(0, 4, [&](std::size_t, unsigned) { FAIL("no index to visit"); });
}

TEST_CASE("for_each_index: one thread visits in order, inline", "[parallel]") {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::size_t> order;
  p::for_each_index(5, 1, [&](std::size_t i, unsigned worker) {
    CHECK(worker == 0);
    CHECK(std::this_thread::get_id() == caller);
    order.push_back(i);
  });
  CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("for_each_index: an exception stops the handing out and is rethrown after the join", "[parallel]") {
  for (unsigned threads : {1u, 4u}) {
    INFO("threads " << threads);
    std::vector<std::atomic<int>> runs(10'000);
    CHECK_THROWS_WITH(p::for_each_index(runs.size(), threads,
                                        [&](std::size_t i, unsigned) {
                                          ++runs[i];
                                          if (i == 10) throw std::runtime_error("index 10");
                                          if (i > 10) std::this_thread::sleep_for(std::chrono::microseconds(200));
                                        }),
                      "index 10");
    int visited = 0;
    for (const auto& r : runs) {
      REQUIRE(r <= 1);
      visited += r;
    }
    CHECK(runs[10] == 1);
    if (threads == 1) {
      CHECK(visited == 11);  // 0 .. 10, in order
    } else {
      CHECK(visited < 5'000);  // not all 10,000 (which would take the workers ~0.7 s more)
    }
  }
}

// engine/progress.hpp: ProgressStage passes a stage's count on in steps, from any thread;
// SuffixedProgress names what a stage is computed on; in_stage wraps one call.
#include "engine/progress.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "support/recording_progress.hpp"

using reticulist::in_stage;
using reticulist::kProgressSteps;
using reticulist::ProgressStage;
using reticulist::SuffixedProgress;
using reticulist::testing::RecordingProgress;

TEST_CASE("ProgressStage: begin and end around the scope, a count every total / 200 items", "[progress]") {
  // total 1000 -> step 1000 / 200 = 5: advance at 5, 10, ..., 1000, that is 200 times.
  RecordingProgress p;
  {
    ProgressStage stage(p, "sources", 1000);
    for (int i = 0; i < 1000; ++i) stage.add();
  }
  const auto events = p.events();
  REQUIRE(events.size() == 202);
  CHECK(events.front() == "begin sources 1000");
  CHECK(events[1] == "advance 5");
  CHECK(events[200] == "advance 1000");
  CHECK(events.back() == "end");
  CHECK(p.advances().size() == kProgressSteps);
}

TEST_CASE("ProgressStage: small totals count every item; several items at once cross one step", "[progress]") {
  // total 3 -> step max(1, 3 / 200) = 1: every item is passed on.
  RecordingProgress small;
  {
    ProgressStage stage(small, "three", 3);
    stage.add();
    stage.add();
    stage.add();
  }
  CHECK(small.events() == std::vector<std::string>{"begin three 3", "advance 1", "advance 2", "advance 3", "end"});
  // total 1000, step 5: adding 7 then 2 crosses 5 (at 7) but not 10 (at 9).
  RecordingProgress batch;
  {
    ProgressStage stage(batch, "batch", 1000);
    stage.add(7);
    stage.add(2);
  }
  CHECK(batch.advances() == std::vector<std::uint64_t>{7});
}

TEST_CASE("ProgressStage: without a size, only begin and end", "[progress]") {
  RecordingProgress p;
  const int answer = in_stage(p, "communities", [] { return 42; });
  CHECK(answer == 42);
  CHECK(p.events() == std::vector<std::string>{"begin communities 0", "end"});
}

TEST_CASE("ProgressStage: items added from four threads are all counted, each step once", "[progress]") {
  // 4 threads x 2,500 items = 10,000, step 50: every multiple of 50 is crossed by exactly one add
  // (fetch_add hands out each count once), so 200 advances whose largest is 10,000.
  RecordingProgress p;
  {
    ProgressStage stage(p, "parallel", 10000);
    std::vector<std::jthread> workers;
    for (int t = 0; t < 4; ++t) {
      workers.emplace_back([&stage] {
        for (int i = 0; i < 2500; ++i) stage.add();
      });
    }
  }
  const auto advances = p.advances();
  CHECK(advances.size() == 200);
  CHECK(*std::max_element(advances.begin(), advances.end()) == 10000);
  CHECK(std::all_of(advances.begin(), advances.end(), [](std::uint64_t d) { return d % 50 == 0; }));
  CHECK(p.stages() == std::vector<std::string>{"begin parallel 10000", "end"});
}

TEST_CASE("SuffixedProgress: stage names say what they are computed on", "[progress]") {
  RecordingProgress p;
  SuffixedProgress of_period(p, " of 2022/23");
  {
    ProgressStage stage(of_period, "betweenness", 2);
    stage.add();
  }
  CHECK(p.events() == std::vector<std::string>{"begin betweenness of 2022/23 2", "advance 1", "end"});
}

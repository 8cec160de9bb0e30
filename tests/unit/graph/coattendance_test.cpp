// The co-attendance projection, worked by hand, and checked against a brute-force oracle.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "engine/graph/coattendance.hpp"
#include "engine/memory_limit.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace t = reticulist::testing;

namespace {

// Five events of one network:
//   e0 {0,1,2}   e1 {1,2}   e2 {2,3}   e3 {4} (alone)   e4 {0,1,2,3,4,5} (a roster of 6)
//
//   with max_event_size 5 (e4 is large):       0 --1-- 1         4   5  (isolates)
//                                                \     |2
//                                                 1    |
//                                                  \-- 2 --1-- 3
//   shared events: w01 = 1 (e0), w02 = 1 (e0), w12 = 2 (e0, e1), w23 = 1 (e2)
//   Newman, sum 1/(n_e - 1): w01 = 1/2, w02 = 1/2, w12 = 1/2 + 1/1 = 3/2, w23 = 1
reticulist::model::Dataset five_events() {
  return t::make_dataset(6, 1, 1,
                         {{100, 0, t::people({0, 1, 2})},
                          {101, 0, t::people({1, 2})},
                          {102, 0, t::people({2, 3})},
                          {103, 0, t::people({4})},
                          {104, 0, t::people({0, 1, 2, 3, 4, 5})}});
}

double weight(const g::Graph& graph, g::Vertex u, g::Vertex v) {
  auto nb = graph.neighbours(u);
  for (std::size_t i = 0; i < nb.size(); ++i) {
    if (nb[i] == v) return graph.weights(u)[i];
  }
  return 0.0;
}

}  // namespace

TEST_CASE("Co-attendance weights: shared events, with the large-event rule", "[graph][coattendance]") {
  const auto ds = five_events();
  const auto layer = g::coattendance(ds, g::all_events(ds), {5, g::TieWeight::SharedEvents, 1});
  const auto& graph = layer.graph;
  REQUIRE(graph.vertex_count() == 6);  // 5 is only in the roster: still a vertex, an isolate
  CHECK(graph.edge_count() == 4);
  CHECK(weight(graph, 0, 1) == 1.0);
  CHECK(weight(graph, 0, 2) == 1.0);
  CHECK(weight(graph, 1, 2) == 2.0);
  CHECK(weight(graph, 2, 1) == 2.0);  // symmetric
  CHECK(weight(graph, 2, 3) == 1.0);
  CHECK(graph.degree(4) == 0);
  CHECK(graph.degree(5) == 0);
  CHECK(layer.stats.events == 5);
  CHECK(layer.stats.large_events == 1);
  CHECK(layer.stats.large_event_records == 6);
  CHECK(layer.stats.large_event_pairs == 15);  // 6 * 5 / 2
  CHECK(layer.stats.pair_instances == 3 + 1 + 1);
  CHECK(layer.stats.largest_event == 6);
}

TEST_CASE("Co-attendance weights: Newman's 1/(n-1) collaboration weighting", "[graph][coattendance]") {
  const auto ds = five_events();
  const auto graph = g::coattendance(ds, g::all_events(ds), {5, g::TieWeight::Newman, 1}).graph;
  CHECK(weight(graph, 0, 1) == Approx(0.5));
  CHECK(weight(graph, 0, 2) == Approx(0.5));
  CHECK(weight(graph, 1, 2) == Approx(1.5));
  CHECK(weight(graph, 2, 3) == Approx(1.0));
  // Each person's Newman strength is the number of events shared with anyone: 0 has 1, 2 has 3.
  CHECK(graph.strength(0) == Approx(1.0));
  CHECK(graph.strength(2) == Approx(3.0));
}

TEST_CASE("Without the large-event rule the roster ties everyone", "[graph][coattendance]") {
  const auto ds = five_events();
  const auto graph = g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 1}).graph;
  CHECK(graph.edge_count() == 15);
  CHECK(weight(graph, 1, 2) == 3.0);  // e0, e1, e4
  CHECK(weight(graph, 4, 5) == 1.0);
}

TEST_CASE("An event exactly at the size limit still makes ties", "[graph][coattendance]") {
  const auto ds = five_events();
  const auto layer = g::coattendance(ds, g::all_events(ds), {6, g::TieWeight::SharedEvents, 1});
  CHECK(layer.stats.large_events == 0);
  CHECK(layer.graph.edge_count() == 15);
}

TEST_CASE("A selection of events: one period, an empty selection", "[graph][coattendance]") {
  const auto ds = five_events();
  const auto layer = g::coattendance(ds, {1, 2}, {5, g::TieWeight::SharedEvents, 1});
  REQUIRE(layer.practitioner == std::vector<reticulist::model::PractitionerId>{1, 2, 3});
  CHECK(layer.graph.edge_count() == 2);
  CHECK(weight(layer.graph, 0, 1) == 1.0);  // vertices are local: 1 -> 0, 2 -> 1
  const auto empty = g::coattendance(ds, {}, {});
  CHECK(empty.graph.vertex_count() == 0);
  CHECK(empty.graph.edge_count() == 0);
}

TEST_CASE("A person listed twice at one event (two networks' names) is one attendee", "[graph][coattendance]") {
  // The same event recorded under two networks gives two records of the same person.
  const auto ds = t::make_dataset(3, 2, 1, {{100, 0, t::people({0, 0, 1, 2})}});
  REQUIRE(ds.events.attendees[0] == 3);
  const auto layer = g::coattendance(ds, g::all_events(ds), {5, g::TieWeight::SharedEvents, 1});
  CHECK(layer.graph.edge_count() == 3);
  CHECK(weight(layer.graph, 0, 1) == 1.0);
}

TEST_CASE("Projection matches the literal definition on random events", "[graph][coattendance][oracle]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    const std::uint32_t n = 2 + rng() % 11;  // up to 12 people
    std::vector<t::TestEvent> events;
    const int count = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < count; ++e) {
      std::set<std::uint32_t> who;
      const std::uint32_t size = 1 + rng() % n;
      while (who.size() < size) who.insert(rng() % n);
      std::vector<t::Attendance> att;
      for (auto p : who) att.push_back({p, reticulist::model::kNone, 0});
      events.push_back({100 + e, 0, att});
    }
    const auto ds = t::make_dataset(n, 1, 1, events);
    const std::uint32_t limit = rng() % 2 ? 0 : 1 + rng() % n;
    for (auto weighting : {g::TieWeight::SharedEvents, g::TieWeight::Newman}) {
      // Oracle: every pair of every event that is not above the limit.
      std::map<std::pair<std::uint32_t, std::uint32_t>, double> expected;
      for (const auto& ev : events) {
        const auto k = ev.attendees.size();
        if ((limit > 0 && k > limit) || k < 2) continue;
        const double w = weighting == g::TieWeight::Newman ? 1.0 / static_cast<double>(k - 1) : 1.0;
        for (const auto& a : ev.attendees) {
          for (const auto& b : ev.attendees) {
            if (a.practitioner < b.practitioner) expected[{a.practitioner, b.practitioner}] += w;
          }
        }
      }
      const auto layer = g::coattendance(ds, g::all_events(ds), {limit, weighting, 2});
      std::map<std::pair<std::uint32_t, std::uint32_t>, double> got;
      layer.graph.for_each_edge([&](g::Vertex u, g::Vertex v, double w) {
        got[{layer.practitioner[u], layer.practitioner[v]}] = w;
      });
      REQUIRE(got.size() == expected.size());
      for (const auto& [pair, w] : expected) CHECK(got[pair] == Approx(w));
    }
  }
}

TEST_CASE("Rows split between threads give the same graph as one thread", "[graph][coattendance]") {
  // Enough pair instances (over 2 million) for the projection to use several threads.
  std::mt19937 rng(11);
  const auto ds = t::make_dataset(3000, 1, 1, t::random_events(rng, 320, 120, 3000, 1));
  const auto one = g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 1});
  const auto two = g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 2});
  REQUIRE(one.stats.pair_instances > 2'000'000);
  CHECK(one.graph.offsets() == two.graph.offsets());
  CHECK(one.graph.targets() == two.graph.targets());
  CHECK(one.graph.all_weights() == two.graph.all_weights());
}

// --memory-limit's lean build (engine/memory_limit.hpp): the same graph, bit for bit, from two
// passes over the rows (count, then store) as from the fast one.
TEST_CASE("The two-pass build gives the one-pass graph exactly", "[graph][coattendance][memory]") {
  std::mt19937 rng(13);
  const auto ds = t::make_dataset(3000, 1, 1, t::random_events(rng, 320, 120, 3000, 1));
  for (auto weighting : {g::TieWeight::SharedEvents, g::TieWeight::Newman}) {
    for (unsigned threads : {1u, 2u}) {
      const auto fast = g::coattendance(ds, g::all_events(ds), {0, weighting, threads, false});
      const auto lean = g::coattendance(ds, g::all_events(ds), {0, weighting, threads, true});
      CHECK_FALSE(fast.stats.two_pass);
      CHECK(lean.stats.two_pass);
      CHECK(fast.practitioner == lean.practitioner);
      CHECK(fast.graph.offsets() == lean.graph.offsets());
      CHECK(fast.graph.targets() == lean.graph.targets());
      CHECK(fast.graph.all_weights() == lean.graph.all_weights());
    }
  }
  // The hand-worked events: isolates (4, 5), an event of one, the large-event rule.
  const auto small = five_events();
  const auto lean = g::coattendance(small, g::all_events(small), {5, g::TieWeight::Newman, 1, true});
  CHECK(lean.graph.vertex_count() == 6);
  CHECK(lean.graph.edge_count() == 4);
  CHECK(weight(lean.graph, 1, 2) == 1.5);
  CHECK(lean.graph.degree(4) == 0);
  CHECK(lean.graph.degree(5) == 0);
}

TEST_CASE("Under a memory limit too small for the graph, the build stops and says what it needs",
          "[graph][coattendance][memory]") {
  namespace memory = reticulist::memory;
  struct Lifted {
    ~Lifted() {
      memory::set_limit(std::nullopt);
      memory::clear_adaptations();
    }
  } lifted;
  // One event of 3,000: 4,498,500 ties, 8,997,000 adjacency entries of 12 bytes (103 MiB) with
  // the offsets; more than all of a 64 MiB limit, whatever the test process holds already.
  std::vector<t::Attendance> everyone;
  for (std::uint32_t p = 0; p < 3000; ++p) everyone.push_back({p, reticulist::model::kNone, 0});
  const auto ds = t::make_dataset(3000, 1, 1, {{100, 0, everyone}});
  memory::clear_adaptations();
  memory::set_limit(std::uint64_t{64} << 20);
  CHECK_THROWS_WITH(g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 2}),
                    Catch::StartsWith("the co-attendance graph has 4498500 ties and needs 103 MiB, more than is left "
                                      "of --memory-limit 64 MiB"));
  // It took the lean way first, and said so.
  REQUIRE(memory::adaptations().size() == 1);
  CHECK_THAT(memory::adaptations()[0], Catch::StartsWith("co-attendance graphs were built in two passes"));
  // Lifted, the same selection builds the fast way and records nothing more.
  memory::set_limit(std::nullopt);
  const auto layer = g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 2});
  CHECK(layer.graph.edge_count() == 4498500);
  CHECK_FALSE(layer.stats.two_pass);
  CHECK(memory::adaptations().size() == 1);
}

// Tie counts per selection, network, set of networks and group, worked by hand, and checked
// against the edge counts of the co-attendance layer built for each event list.
#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "engine/graph/coattendance.hpp"
#include "engine/graph/tie_counts.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace t = reticulist::testing;
using reticulist::model::NetworkId;

namespace {

// Three networks: N0 and N1 in set 0, N2 in set 1. Six people; vertex groups (authorities)
// 0 -> A0, 1 -> A0, 2 -> A1, 3 -> A1, 4 -> A0, 5 -> A1.
//   e0 N0 {0,1,2}   e1 N1 {1,2,3}   e2 N2 {2,3}   e3 N0 {4} (alone)   e4 N2 {0..5} (a roster of 6)
// With max_event_size 5 the roster makes no ties:
//   selection  {01, 02, 12, 13, 23}          = 5 ties (12 is in N0 and N1: once)
//   N0 {01,02,12} = 3    N1 {12,13,23} = 3    N2 {23} = 1
//   set 0 (N0, N1) {01,02,12,13,23} = 5       set 1 (N2) {23} = 1
//   isolates: 4 and 5 (only alone or in the roster) = 2
//   within A0 {01} = 1, within A1 {23} = 1; across: 02, 12, 13 each count at both ends: A0 3, A1 3
reticulist::model::Dataset three_networks() {
  return t::make_dataset(6, 3, 2,
                         {{100, 0, t::people({0, 1, 2})},
                          {101, 1, t::people({1, 2, 3})},
                          {102, 2, t::people({2, 3})},
                          {103, 0, t::people({4})},
                          {104, 2, t::people({0, 1, 2, 3, 4, 5})}});
}

const std::vector<std::uint32_t> kSetOfNetwork{0, 0, 1};

}  // namespace

TEST_CASE("Tie counts per selection, network, set and group, by hand", "[graph][tie_counts]") {
  const auto ds = three_networks();
  const auto inc = g::event_incidence(ds, g::all_events(ds), {5, g::TieWeight::SharedEvents, 1});
  REQUIRE(inc.vertex_count() == 6);
  const std::vector<std::uint32_t> authority{0, 0, 1, 1, 0, 1};
  const auto c = g::count_ties(ds, inc, {&authority, 2, &kSetOfNetwork, 2});
  CHECK(c.ties == 5);
  CHECK(c.isolates == 2);
  CHECK(c.by_network == std::vector<std::uint64_t>{3, 3, 1});
  CHECK(c.by_network_set == std::vector<std::uint64_t>{5, 1});
  CHECK(c.within_group == std::vector<std::uint64_t>{1, 1});
  CHECK(c.across_group == std::vector<std::uint64_t>{3, 3});
  CHECK(inc.stats.large_events == 1);
}

TEST_CASE("Tie counts refuse labels of the wrong size or out of range", "[graph][tie_counts]") {
  const auto ds = three_networks();
  const auto inc = g::event_incidence(ds, g::all_events(ds), {5, g::TieWeight::SharedEvents, 1});
  const std::vector<std::uint32_t> five{0, 0, 1, 1, 0};
  CHECK_THROWS_WITH(g::count_ties(ds, inc, {&five, 2, nullptr, 0}),
                    "count_ties: vertex group has 5 entries, expected 6");
  const std::vector<std::uint32_t> authority{0, 0, 1, 1, 0, 2};
  CHECK_THROWS_WITH(g::count_ties(ds, inc, {&authority, 2, nullptr, 0}), "count_ties: vertex group 2 is not below 2");
  const std::vector<std::uint32_t> two_networks{0, 1};
  CHECK_THROWS_WITH(g::count_ties(ds, inc, {nullptr, 0, &two_networks, 2}),
                    "count_ties: network set has 2 entries, expected 3");
}

TEST_CASE("Tie counts without the large-event rule, and without groups or sets", "[graph][tie_counts]") {
  const auto ds = three_networks();
  const auto inc = g::event_incidence(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 1});
  const auto c = g::count_ties(ds, inc, {});
  CHECK(c.ties == 15);  // the roster ties all 6: 6 * 5 / 2
  CHECK(c.isolates == 0);
  CHECK(c.by_network == std::vector<std::uint64_t>{3, 3, 15});
  CHECK(c.by_network_set.empty());
  CHECK(c.within_group.empty());
}

TEST_CASE("Tie counts of an empty selection and of one person twice at an event", "[graph][tie_counts]") {
  const auto ds = three_networks();
  const auto none = g::count_ties(ds, g::event_incidence(ds, {}, {}), {nullptr, 0, &kSetOfNetwork, 2});
  CHECK(none.ties == 0);
  CHECK(none.isolates == 0);
  CHECK(none.by_network == std::vector<std::uint64_t>{0, 0, 0});
  CHECK(none.by_network_set == std::vector<std::uint64_t>{0, 0});

  // Person 0 recorded twice (under two networks' names) at an event with 1: one tie; person 2
  // alone twice at another: an isolate, not a tie with itself.
  const auto twice = t::make_dataset(3, 1, 1, {{100, 0, t::people({0, 0, 1})}, {101, 0, t::people({2, 2})}});
  const auto c = g::count_ties(twice, g::event_incidence(twice, g::all_events(twice), {}), {});
  CHECK(c.ties == 1);
  CHECK(c.isolates == 1);
  CHECK(c.by_network == std::vector<std::uint64_t>{1});
}

namespace {

void check_same_counts(const g::TieCounts& got, const g::TieCounts& want) {
  CHECK(got.ties == want.ties);
  CHECK(got.isolates == want.isolates);
  CHECK(got.within_group == want.within_group);
  CHECK(got.across_group == want.across_group);
  CHECK(got.by_network == want.by_network);
  CHECK(got.by_network_set == want.by_network_set);
}

// The same counts from co-attendance layers built for each event list, one at a time.
g::TieCounts counts_from_layers(const reticulist::model::Dataset& ds, const g::EventList& events,
                               const g::CoattendanceOptions& options, const std::vector<std::uint32_t>& group_of_person,
                               std::size_t groups, const std::vector<std::uint32_t>& set_of_network, std::size_t sets) {
  g::TieCounts out;
  const auto layer = g::coattendance(ds, events, options);
  out.ties = layer.graph.edge_count();
  out.within_group.assign(groups, 0);
  out.across_group.assign(groups, 0);
  for (g::Vertex v = 0; v < layer.graph.vertex_count(); ++v) out.isolates += layer.graph.degree(v) == 0;
  layer.graph.for_each_edge([&](g::Vertex u, g::Vertex v, double) {
    const auto a = group_of_person[layer.practitioner[u]], b = group_of_person[layer.practitioner[v]];
    if (a == b) {
      ++out.within_group[a];
    } else {
      ++out.across_group[a];
      ++out.across_group[b];
    }
  });
  out.by_network.assign(ds.networks.size(), 0);
  out.by_network_set.assign(sets, 0);
  for (NetworkId n = 0; n < ds.networks.size(); ++n) {
    g::EventList mine;
    for (auto e : events) {
      if (ds.events.network[e] == n) mine.push_back(e);
    }
    out.by_network[n] = g::coattendance(ds, mine, options).graph.edge_count();
  }
  for (std::uint32_t s = 0; s < sets; ++s) {
    g::EventList mine;
    for (auto e : events) {
      if (set_of_network[ds.events.network[e]] == s) mine.push_back(e);
    }
    out.by_network_set[s] = g::coattendance(ds, mine, options).graph.edge_count();
  }
  return out;
}

}  // namespace

TEST_CASE("Tie counts match co-attendance layers built per list, on random events", "[graph][tie_counts][oracle]") {
  std::mt19937 rng(5);
  for (int round = 0; round < 60; ++round) {
    const std::uint32_t n = 2 + rng() % 11;  // up to 12 people
    const std::uint32_t networks = 1 + rng() % 4;
    const std::uint32_t sets = 1 + rng() % 2;
    std::vector<std::uint32_t> set_of_network(networks);
    for (auto& s : set_of_network) s = rng() % sets;
    std::vector<std::uint32_t> group_of_person(n);
    for (auto& a : group_of_person) a = rng() % 3;
    std::vector<t::TestEvent> events;
    const int count = 1 + static_cast<int>(rng() % 10);
    for (int e = 0; e < count; ++e) {
      std::multiset<std::uint32_t> who;  // now and then one person twice
      const std::uint32_t size = 1 + rng() % n;
      while (who.size() < size) who.insert(rng() % n);
      std::vector<t::Attendance> att;
      for (auto p : who) att.push_back({p, reticulist::model::kNone, 0});
      events.push_back({100 + e / 3, static_cast<NetworkId>(rng() % networks), att});
    }
    const auto ds = t::make_dataset(n, networks, 1, events);
    const std::uint32_t limit = rng() % 2 ? 0 : 1 + rng() % n;
    const g::CoattendanceOptions options{limit, g::TieWeight::SharedEvents, 1};
    // The whole span and a selection of some events.
    std::vector<g::EventList> selections{g::all_events(ds), {}};
    for (reticulist::model::EventId e = 0; e < ds.events.size(); ++e) {
      if (rng() % 2) selections[1].push_back(e);
    }
    for (const auto& events_selected : selections) {
      const auto inc = g::event_incidence(ds, events_selected, options);
      std::vector<std::uint32_t> group(inc.vertex_count());
      for (g::Vertex v = 0; v < inc.vertex_count(); ++v) group[v] = group_of_person[inc.practitioner[v]];
      const auto got = g::count_ties(ds, inc, {&group, 3, &set_of_network, sets});
      check_same_counts(got, counts_from_layers(ds, events_selected, options, group_of_person, 3, set_of_network, sets));
    }
  }
}

TEST_CASE("Tie counts on two threads equal those on one", "[graph][tie_counts]") {
  // Enough pair instances (over 2 million) for the count to use several threads.
  std::mt19937 rng(13);
  const auto ds = t::make_dataset(3000, 3, 1, t::random_events(rng, 320, 120, 3000, 3));
  const auto inc = g::event_incidence(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 1});
  REQUIRE(inc.stats.pair_instances > 2'000'000);
  std::vector<std::uint32_t> group(inc.vertex_count());
  for (g::Vertex v = 0; v < inc.vertex_count(); ++v) group[v] = v % 4;
  const std::vector<std::uint32_t> sets{0, 1, 1};
  const auto one = g::count_ties(ds, inc, {&group, 4, &sets, 2}, 1);
  const auto two = g::count_ties(ds, inc, {&group, 4, &sets, 2}, 2);
  CHECK(one.ties == g::coattendance(ds, g::all_events(ds), {0, g::TieWeight::SharedEvents, 2}).graph.edge_count());
  check_same_counts(one, two);
}

// Tie churn between two snapshots: formed, dissolved, kept, the possible formations and the
// tsna-style fractions; the cross-group subset; checked against a brute-force oracle that follows
// the definitions literally on random snapshots.
#include "engine/metrics/tie_churn.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <utility>

namespace g = reticulist::graph;
namespace mt = reticulist::metrics;
using Ids = std::vector<std::uint32_t>;

namespace {

// A graph on entities (ascending) with ties given by entity.
struct Drawn {
  g::Graph graph;
  Ids entity;
};

Drawn drawn(Ids entity, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ties) {
  std::vector<g::Edge> edges;
  const auto vertex = [&](std::uint32_t e) {
    return static_cast<g::Vertex>(std::lower_bound(entity.begin(), entity.end(), e) - entity.begin());
  };
  for (auto [a, b] : ties) edges.push_back({vertex(a), vertex(b), 1.0});
  const auto n = static_cast<std::uint32_t>(entity.size());
  return {g::graph_from_edges(n, edges), std::move(entity)};
}

}  // namespace

TEST_CASE("Tie churn worked by hand, with its cross-authority subset", "[metrics][tie_churn]") {
  //   t:    1 --- 2 --- 3 --- 4            groups 1 A, 2 A, 3 B, 4 B
  //   t+1:  2 --- 3 --- 5                  groups 2 A, 3 A (3 moved), 4 B, 5 B
  //         2 --- 4 --- 5
  // All ties: kept {2-3}; dissolved {1-2, 3-4}; formed {3-5, 4-5, 2-4}.
  //   dissolved with both ends still present: 3-4 (1 left).
  //   possible formations: C(4,2) = 6 pairs of {2,3,4,5} less the ties of t among them (2-3, 3-4) = 4
  //   formation 3/4, dissolution 2/3.
  // Cross-authority: C_t = {2-3}; C_t+1 = {2-4, 3-5} (2-3 is now inside A, 4-5 inside B).
  //   kept 0, dissolved 1 (2-3 stopped crossing), formed 2; possible: cross pairs of t+1
  //   (6 - 1 inside A - 1 inside B = 4) less C_t ties still crossing (none) = 4: formation 2/4.
  const auto before = drawn({1, 2, 3, 4}, {{1, 2}, {2, 3}, {3, 4}});
  const auto after = drawn({2, 3, 4, 5}, {{2, 3}, {3, 5}, {4, 5}, {2, 4}});
  const auto x = mt::tie_churn(mt::tie_set(before.graph, before.entity), mt::tie_set(after.graph, after.entity));
  CHECK(x.vertices_before == 4);
  CHECK(x.vertices_after == 4);
  CHECK(x.ties_before == 3);
  CHECK(x.ties_after == 4);
  CHECK(x.kept == 1);
  CHECK(x.dissolved == 2);
  CHECK(x.formed == 3);
  CHECK(x.dissolved_both_present == 1);
  CHECK(x.possible_formations == 4);
  CHECK(*x.formation_fraction() == 0.75);
  CHECK(*x.dissolution_fraction() == Approx(2.0 / 3.0));

  const Ids group_before = {0, 0, 1, 1}, group_after = {0, 0, 1, 1};  // A = 0, B = 1, per vertex
  const auto c = mt::tie_churn(mt::tie_set(before.graph, before.entity, &group_before),
                               mt::tie_set(after.graph, after.entity, &group_after), true);
  CHECK(c.ties_before == 1);
  CHECK(c.ties_after == 2);
  CHECK(c.kept == 0);
  CHECK(c.dissolved == 1);
  CHECK(c.formed == 2);
  CHECK(c.dissolved_both_present == 1);
  CHECK(c.possible_formations == 4);
  CHECK(*c.formation_fraction() == 0.5);
  CHECK(*c.dissolution_fraction() == 1.0);
}

TEST_CASE("Tie churn: empty snapshots and NA fractions", "[metrics][tie_churn]") {
  const auto none = mt::tie_set(g::Graph(), {});
  const auto pair = drawn({7, 9}, {{7, 9}});
  const auto tied = mt::tie_set(pair.graph, pair.entity);
  const auto x = mt::tie_churn(none, none);
  CHECK(x.ties_before == 0);
  CHECK_FALSE(x.formation_fraction());
  CHECK_FALSE(x.dissolution_fraction());
  const auto born = mt::tie_churn(none, tied);
  CHECK(born.formed == 1);
  CHECK(*born.formation_fraction() == 1.0);
  CHECK_FALSE(born.dissolution_fraction());
  const auto gone = mt::tie_churn(tied, none);
  CHECK(gone.dissolved == 1);
  CHECK(gone.dissolved_both_present == 0);
  CHECK(*gone.dissolution_fraction() == 1.0);
  CHECK_FALSE(gone.formation_fraction());
  const Ids short_group = {0};
  CHECK_THROWS_WITH(mt::tie_set(pair.graph, pair.entity, &short_group),
                    "tie_set: the columns do not match the graph's vertices");
  CHECK_THROWS_WITH(mt::tie_set(pair.graph, {9, 7}), "tie_set: entities must be ascending and distinct");
  CHECK_THROWS_WITH(mt::tie_churn(tied, tied, true),
                    "tie_churn: counting ties across groups needs the groups of both snapshots");
}

TEST_CASE("Tie churn agrees with a literal oracle on random snapshots", "[metrics][tie_churn]") {
  std::mt19937_64 rng(20240605);
  for (int round = 0; round < 200; ++round) {
    // Two snapshots over entities 0..11, each a random subset with random ties and groups.
    struct Side {
      Drawn d;
      Ids group;
      std::set<std::pair<std::uint32_t, std::uint32_t>> ties;  // by entity, counted ties only
      std::vector<std::uint32_t> group_of;                     // by entity
    };
    const bool grouped = round % 2 == 1;
    const auto side = [&]() {
      Side s;
      Ids entity;
      for (std::uint32_t e = 0; e < 12; ++e) {
        if (rng() % 3 != 0) entity.push_back(e);
      }
      s.group_of.assign(12, 0);
      for (auto e : entity) s.group_of[e] = static_cast<std::uint32_t>(rng() % 3);
      std::vector<std::pair<std::uint32_t, std::uint32_t>> ties;
      for (std::size_t i = 0; i < entity.size(); ++i) {
        for (std::size_t j = i + 1; j < entity.size(); ++j) {
          if (rng() % 3 == 0) ties.emplace_back(entity[i], entity[j]);
        }
      }
      for (auto [a, b] : ties) {
        if (!grouped || s.group_of[a] != s.group_of[b]) s.ties.insert({a, b});
      }
      for (auto e : entity) s.group.push_back(s.group_of[e]);
      s.d = drawn(entity, ties);
      return s;
    };
    const Side a = side(), b = side();
    const auto x = mt::tie_churn(mt::tie_set(a.d.graph, a.d.entity, &a.group),
                                 mt::tie_set(b.d.graph, b.d.entity, &b.group), grouped);
    std::uint64_t kept = 0, dissolved = 0, formed = 0, both = 0;
    const std::set<std::uint32_t> present(b.d.entity.begin(), b.d.entity.end());
    for (const auto& t : a.ties) {
      if (b.ties.count(t)) {
        ++kept;
      } else {
        ++dissolved;
        both += present.count(t.first) && present.count(t.second);
      }
    }
    for (const auto& t : b.ties) formed += a.ties.count(t) == 0;
    std::uint64_t possible = 0;  // pairs of t+1 vertices (crossing at t+1 when grouped) not in a.ties
    for (std::size_t i = 0; i < b.d.entity.size(); ++i) {
      for (std::size_t j = i + 1; j < b.d.entity.size(); ++j) {
        const auto u = b.d.entity[i], v = b.d.entity[j];
        if (grouped && b.group_of[u] == b.group_of[v]) continue;
        possible += a.ties.count({u, v}) == 0;
      }
    }
    INFO("round " << round);
    CHECK(x.kept == kept);
    CHECK(x.dissolved == dissolved);
    CHECK(x.formed == formed);
    CHECK(x.dissolved_both_present == both);
    CHECK(x.possible_formations == possible);
    CHECK(x.ties_before == a.ties.size());
    CHECK(x.ties_after == b.ties.size());
  }
}

// Breadth-first levels: by hand on a path with an isolate, and against a plain queue BFS on
// random graphs dense enough for the bottom-up levels, with self-loops and repeated ties.
#include "engine/metrics/bfs_levels.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <random>

#include "tests/unit/metrics/cohesion_fixture.hpp"

namespace m = reticulist::metrics;
namespace tc = reticulist::test_cohesion;
using reticulist::graph::Vertex;

namespace {

// Distances by a plain queue BFS: the definition.
std::vector<std::uint32_t> plain_distances(const reticulist::graph::Graph& g, Vertex s) {
  std::vector<std::uint32_t> d(g.vertex_count(), m::kUnreached);
  std::deque<Vertex> queue{s};
  d[s] = 0;
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop_front();
    for (Vertex v : g.neighbours(u)) {
      if (d[v] == m::kUnreached) {
        d[v] = d[u] + 1;
        queue.push_back(v);
      }
    }
  }
  return d;
}

}  // namespace

TEST_CASE("BFS levels of a path with an isolate, by hand", "[metrics][bfs]") {
  //   0 - 1 - 2 - 3     4
  const auto g = tc::make(5, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}});
  m::BfsWorkspace w(5);
  m::bfs_levels(g, 1, w);
  CHECK(w.visited.size() == 4);
  CHECK(w.visited[0] == 1);
  CHECK(w.level_end == std::vector<std::size_t>{1, 3, 4});  // {1}, {0, 2}, {3}: eccentricity 2
  CHECK(w.level_size(1) == 2);
  m::bfs_levels(g, 4, w);  // the isolate reaches only itself
  CHECK(w.visited == std::vector<Vertex>{4});
  CHECK(w.level_end == std::vector<std::size_t>{1});
  for (auto d : w.dist) CHECK(d == m::kUnreached);  // left clean for the next search
}

TEST_CASE("BFS levels match a plain BFS on dense and sparse random graphs", "[metrics][bfs][oracle]") {
  std::mt19937 rng(17);
  for (int round = 0; round < 20; ++round) {
    const std::uint32_t n = 20 + rng() % 180;
    const std::uint32_t ties = round % 2 == 0 ? n * (n / 4) : n;  // dense: bottom-up levels; sparse
    const auto g = tc::random_records(rng, n, ties);
    std::vector<Vertex> sources;
    for (Vertex s = 0; s < n; s += 7) sources.push_back(s);
    std::vector<std::vector<std::uint32_t>> got(sources.size());
    m::for_each_source(g, sources, 2, [&](std::size_t i, const m::BfsWorkspace& w) {
      got[i].assign(n, m::kUnreached);
      for (std::size_t d = 0; d + 1 <= w.level_end.size(); ++d) {
        const std::size_t begin = d == 0 ? 0 : w.level_end[d - 1];
        for (std::size_t k = begin; k < w.level_end[d]; ++k) got[i][w.visited[k]] = static_cast<std::uint32_t>(d);
      }
    });
    for (std::size_t i = 0; i < sources.size(); ++i) CHECK(got[i] == plain_distances(g, sources[i]));
  }
}

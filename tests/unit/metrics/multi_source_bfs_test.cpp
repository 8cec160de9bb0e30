// Multi-source BFS level sizes: by hand on small graphs (path, star, two components, an isolate,
// a self-loop, a removed cut vertex), then against a plain queue BFS on the subgraph that
// graph::remove_vertices builds, on random graphs with masks, with fewer and more than 64 (and 256)
// sources, on 1 and 3 threads.
#include "engine/metrics/multi_source_bfs.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <random>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
namespace tc = reticulist::test_cohesion;
using Sizes = std::vector<std::uint32_t>;

namespace {

// Every source's sizes, in source order.
std::vector<Sizes> level_sizes(const g::Graph& graph, const std::vector<g::Vertex>& sources,
                               const std::vector<bool>& removed = {}, unsigned threads = 1) {
  std::vector<Sizes> out(sources.size());
  m::for_each_source_level_sizes(graph, sources, removed, threads,
                                 [&](std::size_t i, std::span<const std::uint32_t> sizes) {
                                   out[i].assign(sizes.begin(), sizes.end());
                                 });
  return out;
}

// The definition: a queue BFS from s, then the vertices counted per distance.
Sizes plain_sizes(const g::Graph& graph, g::Vertex s) {
  constexpr std::uint32_t kFar = 0xFFFFFFFF;
  std::vector<std::uint32_t> d(graph.vertex_count(), kFar);
  std::deque<g::Vertex> queue{s};
  d[s] = 0;
  Sizes sizes;
  while (!queue.empty()) {
    const g::Vertex u = queue.front();
    queue.pop_front();
    if (sizes.size() <= d[u]) sizes.resize(d[u] + 1, 0);
    ++sizes[d[u]];
    for (g::Vertex v : graph.neighbours(u)) {
      if (d[v] == kFar) {
        d[v] = d[u] + 1;
        queue.push_back(v);
      }
    }
  }
  return sizes;
}

}  // namespace

TEST_CASE("Multi-source BFS level sizes by hand", "[metrics][bfs][msbfs]") {
  //   0 - 1 - 2 - 3 - 4      from 0: {0}, {1}, {2}, {3}, {4}      sizes 1 1 1 1 1
  //                          from 2: {2}, {1, 3}, {0, 4}          sizes 1 2 2
  //                          from 4: mirror of 0; 2 again (a repeat) gives the same
  CHECK(level_sizes(tc::path5(), {0, 2, 4, 2}) == std::vector<Sizes>{{1, 1, 1, 1, 1}, {1, 2, 2}, {1, 1, 1, 1, 1}, {1, 2, 2}});
  //       1
  //       |              from the centre 0: itself, then the four leaves      1 4
  //   4 - 0 - 2          from a leaf: itself, the centre, the other three     1 1 3
  //       |
  //       3
  CHECK(level_sizes(tc::star(), {0, 3}) == std::vector<Sizes>{{1, 4}, {1, 1, 3}});
  // Two triangles {0,1,2} and {3,4,5}: each source reaches only its own two neighbours.
  CHECK(level_sizes(tc::two_triangles(), {0, 5}) == std::vector<Sizes>{{1, 2}, {1, 2}});
  // 0 - 1 and an isolate 2 (a source that reaches only itself); the loop 0-0 is no tie, so
  // 0 - 1 - 2 with a loop at 0 is a path from 0.
  CHECK(level_sizes(tc::make(3, {{0, 1, 1}}), {2, 0}) == std::vector<Sizes>{{1}, {1, 1}});
  CHECK(level_sizes(tc::make(3, {{0, 0, 1}, {0, 1, 1}, {1, 2, 1}}), {0}) == std::vector<Sizes>{{1, 1, 1}});
  // The path without its cut vertex 2: 0 - 1   3 - 4, so 0 reaches 1 and 4 reaches 3 only.
  const std::vector<bool> cut{false, false, true, false, false};
  CHECK(level_sizes(tc::path5(), {0, 4, 1}, cut) == std::vector<Sizes>{{1, 1}, {1, 1}, {1, 1}});
  // Without its centre, the star's leaves are isolates.
  CHECK(level_sizes(tc::star(), {1, 4}, {true, false, false, false, false}) == std::vector<Sizes>{{1}, {1}});
  // No source, no call.
  CHECK(level_sizes(tc::path5(), {}).empty());
}

TEST_CASE("Multi-source BFS refuses a removed source and a mask of the wrong size", "[metrics][bfs][msbfs]") {
  const auto visit = [](std::size_t, std::span<const std::uint32_t>) {};
  const std::vector<g::Vertex> two{2};
  CHECK_THROWS_AS(m::for_each_source_level_sizes(tc::path5(), two, {false, false, true, false, false}, 1, visit),
                  std::invalid_argument);
  CHECK_THROWS_AS(m::for_each_source_level_sizes(tc::path5(), two, {false, false}, 1, visit), std::invalid_argument);
  const std::vector<g::Vertex> beyond{5};
  CHECK_THROWS_AS(m::for_each_source_level_sizes(tc::path5(), beyond, {}, 1, visit), std::invalid_argument);
}

TEST_CASE("Multi-source BFS level sizes match plain BFS on the subgraph, with masks", "[metrics][bfs][msbfs][oracle]") {
  std::mt19937 rng(2014);
  for (int round = 0; round < 40; ++round) {
    const std::uint32_t n = 20 + rng() % 400;
    // Dense graphs take bottom-up levels, sparse ones long top-down chains and many components.
    const std::uint32_t ties = round % 3 == 0 ? n * (5 + rng() % 40) : round % 3 == 1 ? n : n / 2 + rng() % n;
    const auto graph = tc::random_records(rng, n, ties);
    std::vector<bool> removed(n, false);
    if (round % 4 != 0) {  // a quarter without a mask at all
      const std::uint32_t share = rng() % 40;  // percent removed
      for (g::Vertex v = 0; v < n; ++v) removed[v] = rng() % 100 < share;
    }
    const auto sub = g::remove_vertices(graph, removed);
    std::vector<g::Vertex> sources;
    for (g::Vertex v = 0; v < n; ++v) {
      if (!removed[v]) sources.push_back(v);
    }
    std::shuffle(sources.begin(), sources.end(), rng);
    // 1, fewer than 64, exactly 64, between 64 and 256, over 256 (several batches)
    const std::size_t counts[] = {1, 37, 64, 65, 130, 300};
    const std::size_t k = std::min(sources.size(), counts[round % 6]);
    sources.resize(k);
    const std::vector<bool> mask = round % 4 == 0 ? std::vector<bool>{} : removed;
    const auto one = level_sizes(graph, sources, mask, 1);
    const auto three = level_sizes(graph, sources, mask, 3);
    CHECK(three == one);
    for (std::size_t i = 0; i < k; ++i) {
      const auto at = std::lower_bound(sub.original.begin(), sub.original.end(), sources[i]) - sub.original.begin();
      CHECK(one[i] == plain_sizes(sub.graph, static_cast<g::Vertex>(at)));
    }
  }
}

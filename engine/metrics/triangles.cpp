// Triangle listing shared by clustering and brokerage.
//
// Algorithm: "forward" with degree ordering (Schank & Wagner 2005; Latapy 2008, Theor. Comput.
// Sci. 407:458-473). Vertices are ranked by (degree, id); each tie is oriented from lower to
// higher rank, so out-degrees are at most sqrt(2m). For each a, its out-neighbours are marked;
// for each out-neighbour b, b's out-neighbours c that are marked close the triangle {a, b, c},
// found exactly once (rank a < b < c). Each find adds 1 to t_a, t_b and t_c and, with a
// partition, one closed pair to each corner's role:
//   g(a) = g(b) = g(c)            coordinator for all three corners
//   two corners share a group     itinerant for the third, representative/gatekeeper for the two
//   three different groups        liaison for all three (not stored: t_v minus the other three)
// Time O(m^1.5) worst case, sum over oriented ties a -> b of out(b) tie scans (far below
// sum_v deg(v)^2 when hubs exist: a hub's row is scanned only from lower-ranked, i.e. lower-degree,
// contacts); memory O(n + m): the oriented copy (4 bytes a tie) and, per thread, 4 + 32 bytes a
// vertex (mark, counts).
//
// Threads: the a's are cut into chunks of about equal scan work (split_by_work), handed out to
// workers (for_each_index); each worker counts into arrays of its own, added up at the end. The
// counts are integers, so the result is the same on any thread count.
#include "engine/metrics/triangles.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>

#include "engine/error.hpp"
#include "engine/parallel.hpp"

namespace reticulist::metrics {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
// Tie scans that make a thread worth starting (about 0.1 ms of listing).
constexpr std::uint64_t kScansPerThread = 1 << 16;

// The graph in rank labels, ties oriented from lower to higher rank.
struct Oriented {
  std::vector<graph::Vertex> order;     // order[r]: the vertex ranked r
  std::vector<std::uint64_t> offsets;   // out(a) = out[offsets[a] .. offsets[a + 1])
  std::vector<std::uint32_t> out;
  std::uint64_t out_degree(std::uint32_t a) const { return offsets[a + 1] - offsets[a]; }
};

Oriented orient(const graph::Graph& g) {
  const std::uint32_t n = g.vertex_count();
  Oriented o;
  o.order.resize(n);
  std::iota(o.order.begin(), o.order.end(), graph::Vertex{0});
  std::sort(o.order.begin(), o.order.end(), [&](graph::Vertex a, graph::Vertex b) {
    return g.degree(a) != g.degree(b) ? g.degree(a) < g.degree(b) : a < b;
  });
  std::vector<std::uint32_t> rank(n);
  for (std::uint32_t r = 0; r < n; ++r) rank[o.order[r]] = r;
  o.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (graph::Vertex v = 0; v < n; ++v) {
    for (graph::Vertex w : g.neighbours(v)) {
      if (rank[w] > rank[v]) ++o.offsets[rank[v] + 1];
    }
  }
  for (std::uint32_t a = 0; a < n; ++a) o.offsets[a + 1] += o.offsets[a];
  o.out.resize(o.offsets[n]);
  for (graph::Vertex v = 0; v < n; ++v) {
    std::uint64_t slot = o.offsets[rank[v]];
    for (graph::Vertex w : g.neighbours(v)) {
      if (rank[w] > rank[v]) o.out[slot++] = rank[w];
    }
  }
  return o;
}

// One worker's counts, in rank labels.
struct Tally {
  std::vector<std::uint32_t> mark;  // mark[c] == a: c is an out-neighbour of a
  std::vector<std::uint64_t> t;
  std::vector<std::array<std::uint64_t, 3>> roles;  // coordinator, itinerant, representative
};

// Triangles {a, b, c} with a in [first, last). Kept out of the lambda that for_each_index calls,
// one instance with and one without groups, so the loop without groups does no group work.
template <bool kGroups>
void list_from(const Oriented& o, const std::vector<std::uint32_t>& grp, std::uint32_t first, std::uint32_t last,
               Tally& tally, ProgressStage& stage) {
  enum { coord, itin, rep };
  auto& mark = tally.mark;
  auto& t = tally.t;
  auto& roles = tally.roles;
  for (std::uint32_t a = first; a < last; ++a) {
    const std::uint64_t a_begin = o.offsets[a], a_end = o.offsets[a + 1];
    for (std::uint64_t i = a_begin; i < a_end; ++i) mark[o.out[i]] = a;
    std::uint64_t scanned = 0, t_a = 0;
    const std::uint32_t g_a = kGroups ? grp[a] : 0;
    for (std::uint64_t i = a_begin; i < a_end; ++i) {
      const std::uint32_t b = o.out[i];
      const std::uint32_t g_b = kGroups ? grp[b] : 0;
      const std::uint64_t b_begin = o.offsets[b], b_end = o.offsets[b + 1];
      scanned += b_end - b_begin;
      std::uint64_t t_b = 0;
      for (std::uint64_t j = b_begin; j < b_end; ++j) {
        const std::uint32_t c = o.out[j];
        if (mark[c] != a) continue;
        ++t_b;
        ++t[c];
        if constexpr (kGroups) {
          const std::uint32_t g_c = grp[c];
          if (g_a == g_b) {
            if (g_b == g_c) {
              ++roles[a][coord], ++roles[b][coord], ++roles[c][coord];
            } else {
              ++roles[a][rep], ++roles[b][rep], ++roles[c][itin];
            }
          } else if (g_a == g_c) {
            ++roles[a][rep], ++roles[c][rep], ++roles[b][itin];
          } else if (g_b == g_c) {
            ++roles[b][rep], ++roles[c][rep], ++roles[a][itin];
          }  // else liaison for all three: t_v minus the others
        }
      }
      t[b] += t_b;
      t_a += t_b;
    }
    t[a] += t_a;
    if (scanned > 0) stage.add(scanned);
  }
}

}  // namespace

TriangleCounts count_triangles(const graph::Graph& g, const TriangleOptions& options, Progress& progress) {
  const std::uint32_t n = g.vertex_count();
  const Partition* groups = options.groups;
  if (groups) {
    if (groups->group.size() != n) {
      throw ConfigError("brokerage: the partition has " + std::to_string(groups->group.size()) +
                        " vertices, the graph " + std::to_string(n));
    }
    for (std::uint32_t x : groups->group) {
      if (x >= groups->group_count) throw ConfigError("brokerage: a vertex's group is beyond the group count");
    }
  }
  const Oriented o = orient(g);
  std::vector<std::uint32_t> grp;  // groups in rank labels
  if (groups) {
    grp.resize(n);
    for (std::uint32_t r = 0; r < n; ++r) grp[r] = groups->group[o.order[r]];
  }

  // work_before[a]: tie scans of the a's before a; a scans out(b) for each out-neighbour b.
  std::vector<std::uint64_t> work_before(static_cast<std::size_t>(n) + 1, 0);
  for (std::uint32_t a = 0; a < n; ++a) {
    std::uint64_t work = 0;
    for (std::uint64_t i = o.offsets[a]; i < o.offsets[a + 1]; ++i) work += o.out_degree(o.out[i]);
    work_before[a + 1] = work_before[a] + work;
  }
  ProgressStage stage(progress, options.stage, work_before[n]);
  const unsigned workers = parallel::thread_count(options.threads, work_before[n] / kScansPerThread);
  // A few chunks per worker, so that a worker held up by another program's load is made up for.
  const std::vector<std::size_t> bounds = parallel::split_by_work(work_before, workers == 1 ? 1 : 8 * workers);
  std::vector<Tally> tallies(workers);
  parallel::for_each_index(bounds.size() - 1, workers, [&](std::size_t chunk, unsigned worker) {
    Tally& tally = tallies[worker];
    if (tally.mark.empty()) {
      tally.mark.assign(n, kNone);
      tally.t.assign(n, 0);
      if (groups) tally.roles.assign(n, {});
    }
    const auto first = static_cast<std::uint32_t>(bounds[chunk]), last = static_cast<std::uint32_t>(bounds[chunk + 1]);
    if (groups) {
      list_from<true>(o, grp, first, last, tally, stage);
    } else {
      list_from<false>(o, grp, first, last, tally, stage);
    }
  });

  TriangleCounts result;
  result.per_vertex.assign(n, 0);
  if (groups) result.closed.assign(n, ClosedPairs{});
  for (const Tally& tally : tallies) {
    if (tally.mark.empty()) continue;  // a worker that got no chunk
    for (std::uint32_t r = 0; r < n; ++r) {
      const graph::Vertex v = o.order[r];
      result.per_vertex[v] += tally.t[r];
      if (groups) {
        for (std::size_t k = 0; k < 3; ++k) result.closed[v][k] += tally.roles[r][k];
      }
    }
  }
  if (groups) {
    for (graph::Vertex v = 0; v < n; ++v) {
      auto& c = result.closed[v];
      c[3] = result.per_vertex[v] - c[0] - c[1] - c[2];  // liaison
    }
  }
  return result;
}

}  // namespace reticulist::metrics

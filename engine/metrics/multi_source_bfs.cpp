// Multi-source breadth-first search (MS-BFS: Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper,
// Neumann & Vo 2014, "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4),
// 449-460), reporting each source's level sizes.
//
// A batch of B <= 256 sources runs as one level-synchronous search. Each vertex v holds three
// bit sets over the batch (W = ceil(B / 64) words each): seen_v, the sources that have reached
// v; visit_v, the sources whose level d holds v; next_v, those whose level d + 1 will. One level
// serves every source of the batch:
//   top-down   for each v with visit_v != 0, for each neighbour x:  next_x |= visit_v & ~seen_x
//   bottom-up  for each v with a source not yet seen, for each neighbour x:  next_v |= visit_x,
//              stopping at the first x after which next_v holds every source v has not seen
// then seen_v |= next_v and visit_v = next_v. Bit i of visit over all v is source i's level d in
// a search of its own, so the sizes are exact. Level d's size for every source at once: each new
// visit_v is added into a bit-sliced counter (bit plane p, word w holds bit p of the counts of
// sources 64w .. 64w + 63; adding a word is a ripple carry of word operations, stopping when the
// carry is empty), read out and cleared once per level.
//
// Each level is top-down or bottom-up as in Beamer, Asanovic & Patterson (2012,
// "Direction-optimizing breadth-first search", SC'12; bfs_levels.hpp): bottom-up once the
// frontier's ties, times kAlpha, outnumber those of the vertices that some source has not seen.
// Either way the levels are the same; the choice only changes the work. Removed vertices start
// with every source seen: they are never reached nor expanded, with no test in the inner loops.
//
// Cost per batch: a top-down level scans the ties of its frontier, a bottom-up one at most the
// ties of the vertices some source has not reached (usually far fewer: most stop early), each
// tie costing W word operations; a vertex is on at most min(B, L) frontiers (L levels), so at
// worst O(B (n + m)) like B searches of their own, while on small-world graphs a few passes over
// the ties serve all B sources. Frontiers, new vertices and unseen vertices are kept as lists,
// so a level costs nothing for the vertices it does not touch. Memory per worker: 3 n W words
// and four lists of at most n vertices. Batches go to the workers whole, each source's sizes
// written by its batch alone, so the results are the same on any number of threads.
#include "engine/metrics/multi_source_bfs.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

#include "engine/parallel.hpp"

namespace reticulist::metrics {
namespace {

constexpr unsigned kMaxWords = 4;    // 256 sources per batch: 3 n W words stay small
constexpr std::uint64_t kAlpha = 4;  // bottom-up once frontier ties x kAlpha > unseen ties
constexpr unsigned kPlanes = 32;     // bit planes of the counter: sizes up to 2^32 - 1

using Visit = std::function<void(std::size_t, std::span<const std::uint32_t>)>;

struct Workspace {
  std::vector<std::uint64_t> seen, visit, next;  // n W words each, vertex v at [v W, v W + W)
  std::vector<graph::Vertex> frontier;  // vertices with visit != 0
  std::vector<graph::Vertex> touched;   // vertices with next != 0 (no repeats)
  std::vector<graph::Vertex> upcoming;  // the next frontier
  std::vector<graph::Vertex> unseen;    // vertices with a tie some source may not have reached
  std::vector<std::uint64_t> planes;    // kPlanes x W words
  std::vector<std::uint32_t> sizes;     // level-major: level d of source i at [d k + i]
};

template <unsigned W>
void search_batch(const graph::Graph& g, std::span<const graph::Vertex> sources, const std::vector<bool>& removed,
                  Workspace& ws, std::size_t first, const Visit& visit) {
  const std::uint32_t n = g.vertex_count();
  const std::size_t k = sources.size();
  std::uint64_t active[W];  // the batch's sources, as bits
  for (unsigned w = 0; w < W; ++w) {
    const std::size_t bits = k > 64 * w ? std::min<std::size_t>(64, k - 64 * w) : 0;
    active[w] = bits == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1;
  }
  std::uint64_t* seen = ws.seen.data();
  std::uint64_t* vis = ws.visit.data();
  std::uint64_t* next = ws.next.data();
  std::fill_n(seen, std::size_t{n} * W, 0);
  std::fill_n(vis, std::size_t{n} * W, 0);
  std::fill_n(next, std::size_t{n} * W, 0);
  if (!removed.empty()) {
    for (graph::Vertex v = 0; v < n; ++v) {
      if (removed[v]) std::fill_n(seen + std::size_t{v} * W, W, ~std::uint64_t{0});
    }
  }
  auto& frontier = ws.frontier;
  frontier.clear();
  std::uint64_t frontier_arcs = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const graph::Vertex s = sources[i];
    std::uint64_t* vs = vis + std::size_t{s} * W;
    if (std::all_of(vs, vs + W, [](std::uint64_t x) { return x == 0; })) {
      frontier.push_back(s);
      frontier_arcs += g.degree(s);
    }
    vs[i / 64] |= std::uint64_t{1} << (i % 64);
    seen[std::size_t{s} * W + i / 64] |= std::uint64_t{1} << (i % 64);
  }
  auto& unseen = ws.unseen;
  unseen.clear();
  std::uint64_t unseen_arcs = 0;
  for (graph::Vertex v = 0; v < n; ++v) {
    if (g.degree(v) == 0 || (!removed.empty() && removed[v])) continue;
    unseen.push_back(v);
    unseen_arcs += g.degree(v);
  }
  std::uint64_t* planes = ws.planes.data();
  std::fill_n(planes, std::size_t{kPlanes} * W, 0);
  auto& sizes = ws.sizes;
  sizes.assign(k, 1);  // level 0: the source itself

  auto& touched = ws.touched;
  auto& upcoming = ws.upcoming;
  while (!frontier.empty()) {
    touched.clear();
    if (frontier_arcs * kAlpha > unseen_arcs) {
      std::size_t kept = 0;
      for (graph::Vertex v : unseen) {
        std::uint64_t want[W];
        std::uint64_t any = 0;
        for (unsigned w = 0; w < W; ++w) any |= want[w] = active[w] & ~seen[std::size_t{v} * W + w];
        if (any == 0) continue;  // every source has reached v: off the list
        unseen[kept++] = v;
        std::uint64_t got[W] = {};
        for (graph::Vertex x : g.neighbours(v)) {
          const std::uint64_t* vx = vis + std::size_t{x} * W;
          std::uint64_t missing = 0;
          for (unsigned w = 0; w < W; ++w) {
            got[w] |= vx[w] & want[w];
            missing |= want[w] & ~got[w];
          }
          if (missing == 0) break;
        }
        std::uint64_t found = 0;
        for (unsigned w = 0; w < W; ++w) found |= next[std::size_t{v} * W + w] = got[w];
        if (found != 0) touched.push_back(v);
      }
      unseen.resize(kept);
    } else {
      for (graph::Vertex v : frontier) {
        const std::uint64_t* vv = vis + std::size_t{v} * W;
        for (graph::Vertex x : g.neighbours(v)) {
          const std::uint64_t* sx = seen + std::size_t{x} * W;
          std::uint64_t* nx = next + std::size_t{x} * W;
          std::uint64_t fresh = 0, before = 0;
          for (unsigned w = 0; w < W; ++w) {
            const std::uint64_t add = vv[w] & ~sx[w];
            fresh |= add;
            before |= nx[w];
            nx[w] |= add;
          }
          if (fresh != 0 && before == 0) touched.push_back(x);
        }
      }
    }
    for (graph::Vertex v : frontier) std::fill_n(vis + std::size_t{v} * W, W, 0);
    upcoming.clear();
    frontier_arcs = 0;
    for (graph::Vertex v : touched) {
      std::uint64_t left = 0;
      for (unsigned w = 0; w < W; ++w) {
        const std::size_t at = std::size_t{v} * W + w;
        const std::uint64_t fresh = next[at];
        next[at] = 0;
        seen[at] |= fresh;
        vis[at] = fresh;
        left |= active[w] & ~seen[at];
        for (std::uint64_t carry = fresh, p = 0; carry != 0; ++p) {  // counter += fresh
          std::uint64_t& plane = planes[p * W + w];
          const std::uint64_t out = plane & carry;
          plane ^= carry;
          carry = out;
        }
      }
      upcoming.push_back(v);
      frontier_arcs += g.degree(v);
      if (left == 0) unseen_arcs -= g.degree(v);
    }
    frontier.swap(upcoming);
    if (frontier.empty()) break;
    const std::size_t row = sizes.size();
    sizes.resize(row + k, 0);
    for (unsigned p = 0; p < kPlanes; ++p) {
      for (unsigned w = 0; w < W; ++w) {
        std::uint64_t bits = planes[p * W + w];
        planes[p * W + w] = 0;
        for (; bits != 0; bits &= bits - 1) sizes[row + 64 * w + std::countr_zero(bits)] += std::uint32_t{1} << p;
      }
    }
  }

  const std::size_t levels = sizes.size() / k;
  std::vector<std::uint32_t> own;
  own.reserve(levels);
  for (std::size_t i = 0; i < k; ++i) {
    own.clear();
    for (std::size_t d = 0; d < levels && sizes[d * k + i] != 0; ++d) own.push_back(sizes[d * k + i]);
    visit(first + i, own);
  }
}

}  // namespace

void for_each_source_level_sizes(const graph::Graph& g, std::span<const graph::Vertex> sources,
                                 const std::vector<bool>& removed, unsigned threads, const Visit& visit) {
  const std::uint32_t n = g.vertex_count();
  if (!removed.empty() && removed.size() != n) {
    throw std::invalid_argument("multi-source BFS: the mask must have one entry per vertex");
  }
  for (graph::Vertex s : sources) {
    if (s >= n) throw std::invalid_argument("multi-source BFS: a source beyond the vertex count");
    if (!removed.empty() && removed[s]) throw std::invalid_argument("multi-source BFS: a removed source");
  }
  if (sources.empty()) return;
  // Words per batch: enough batches for every worker, up to kMaxWords (fewer, wider batches
  // scan the ties fewer times in all).
  const std::size_t words = (sources.size() + 63) / 64;
  const unsigned spread = parallel::thread_count(threads, words);
  const std::size_t per_worker = (words + spread - 1) / spread;
  const unsigned width = per_worker <= 1 ? 1 : per_worker <= 2 ? 2 : kMaxWords;
  const std::size_t batch = std::size_t{64} * width;
  const std::size_t batches = (sources.size() + batch - 1) / batch;
  const unsigned workers = parallel::thread_count(threads, batches);
  std::vector<Workspace> workspaces(workers);
  for (Workspace& ws : workspaces) {
    ws.seen.resize(std::size_t{n} * width);
    ws.visit.resize(std::size_t{n} * width);
    ws.next.resize(std::size_t{n} * width);
    ws.planes.resize(std::size_t{kPlanes} * width);
    for (auto* list : {&ws.frontier, &ws.touched, &ws.upcoming, &ws.unseen}) list->reserve(n);
  }
  parallel::for_each_index(batches, workers, [&](std::size_t b, unsigned worker) {
    const std::size_t first = b * batch;
    const auto part = sources.subspan(first, std::min(batch, sources.size() - first));
    switch (width) {
      case 1: search_batch<1>(g, part, removed, workspaces[worker], first, visit); break;
      case 2: search_batch<2>(g, part, removed, workspaces[worker], first, visit); break;
      default: search_batch<kMaxWords>(g, part, removed, workspaces[worker], first, visit); break;
    }
  });
}

}  // namespace reticulist::metrics

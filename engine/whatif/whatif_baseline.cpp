#include "engine/whatif/whatif_baseline.hpp"

#include <algorithm>
#include <mutex>
#include <numeric>
#include <stdexcept>

#include "engine/parallel.hpp"
#include "engine/random.hpp"

namespace reticulist::whatif {
namespace {

struct Counts {
  std::vector<std::uint32_t> cell, network, establishment;
  std::vector<std::uint64_t> cell_ties;
};

}  // namespace

BaselineResult random_baseline(const model::Dataset& ds, const WhatifLayer& w, const WhatifState& before,
                               std::uint64_t k, const BaselineOptions& options, Progress& progress) {
  const std::uint32_t n = w.layer.graph.vertex_count();
  if (k > n) throw std::invalid_argument("random_baseline: more people to remove than vertices");
  const std::uint32_t reps = options.repetitions;
  BaselineResult out;
  out.removed = k;
  out.figures.resize(reps);
  out.authority_pairs_lost.assign(reps, 0);
  out.networks_lost.assign(reps, 0);
  out.establishments_lost.assign(reps, 0);
  const unsigned threads = parallel::thread_count(options.threads, reps);
  std::vector<Counts> counts(threads);
  for (auto& c : counts) {
    c.cell.assign(before.blocks.cells.size(), 0);
    c.cell_ties.assign(before.blocks.cells.size(), 0);
    c.network.assign(before.network_bridges.size(), 0);
    c.establishment.assign(before.establishment_outside.size(), 0);
  }
  std::mutex progress_mutex;
  std::uint32_t done = 0;
  progress.begin("random baseline", reps);
  // Per worker: the draw's buffers, reused from one repetition to the next.
  std::vector<std::vector<graph::Vertex>> orders(threads, std::vector<graph::Vertex>(n));
  std::vector<std::vector<bool>> removed_by(threads, std::vector<bool>(n));
  parallel::for_each_index(reps, threads, [&](std::size_t index, unsigned worker) {
    const auto r = static_cast<std::uint32_t>(index);
    std::vector<graph::Vertex>& order = orders[worker];
    std::vector<bool>& removed = removed_by[worker];
    Xoshiro256 rng(options.seed, r);
    std::iota(order.begin(), order.end(), graph::Vertex{0});
    sample_prefix(std::span(order), k, rng);
    std::fill(removed.begin(), removed.end(), false);
    for (std::uint64_t i = 0; i < k; ++i) removed[order[i]] = true;
    const WhatifState after = whatif::assess(ds, w, removed, options.assess);
    const WhatifLosses lost = losses(before, after);
    out.figures[r] = after.figures;
    out.authority_pairs_lost[r] = lost.authority_pairs.size();
    out.networks_lost[r] = lost.networks.size();
    out.establishments_lost[r] = lost.establishments.size();
    Counts& c = counts[worker];
    for (auto cell : lost.authority_pairs) ++c.cell[cell];
    for (std::size_t i = 0; i < after.blocks.cells.size(); ++i) c.cell_ties[i] += after.blocks.cells[i].ties;
    for (auto net : lost.networks) ++c.network[net];
    for (auto e : lost.establishments) ++c.establishment[e];
    const std::lock_guard lock(progress_mutex);
    progress.advance(++done);
  });
  progress.end();
  out.cell_lost = std::move(counts[0].cell);
  out.network_lost = std::move(counts[0].network);
  out.establishment_lost = std::move(counts[0].establishment);
  out.cell_ties = std::move(counts[0].cell_ties);
  for (unsigned t = 1; t < threads; ++t) {
    for (std::size_t i = 0; i < out.cell_ties.size(); ++i) out.cell_ties[i] += counts[t].cell_ties[i];
    for (std::size_t i = 0; i < out.cell_lost.size(); ++i) out.cell_lost[i] += counts[t].cell[i];
    for (std::size_t i = 0; i < out.network_lost.size(); ++i) out.network_lost[i] += counts[t].network[i];
    for (std::size_t i = 0; i < out.establishment_lost.size(); ++i) out.establishment_lost[i] += counts[t].establishment[i];
  }
  return out;
}

}  // namespace reticulist::whatif

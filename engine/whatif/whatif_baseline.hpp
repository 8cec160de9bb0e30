#pragma once
// The random baseline beside a what-if scenario: the same number of people removed at random,
// so a reader sees whether the scenario's loss is special or what losing anyone would cost.
//
// Repetition r removes k vertices drawn uniformly without replacement from all the layer's
// vertices (isolates included), by a partial Fisher-Yates shuffle driven by stream r of the seed
// (engine/random.hpp); dF comes from the sources in options.assess, shared by all repetitions
// (whatif_damage.hpp: common random numbers). Each
// repetition writes only its own slot and the per-item counts are integer sums, so the result
// is the same for a seed whatever the number of threads.
// Cost: R x assess() (whatif_damage.hpp), O(n) more per repetition for the draw; repetitions run
// on options.threads workers. assess works on the layer itself with the removal as a mask, so a
// worker holds no copy of the graph: O(n) memory per worker (the draw, the mask, and for 100 dF
// sources the searches' three bit sets of 2 words per vertex), plus the states of its repetition.
#include <cstdint>
#include <vector>

#include "engine/whatif/whatif_damage.hpp"
#include "engine/progress.hpp"

namespace reticulist::whatif {

struct BaselineOptions {
  std::uint32_t repetitions = 100;
  std::uint64_t seed = 1;
  AssessOptions assess;  // its threads should be 1: repetitions are the parallel unit
  unsigned threads = 1;  // 0: one per core
};

struct BaselineResult {
  std::uint64_t removed = 0;                 // k, people removed in each repetition
  std::vector<WhatifFigures> figures;        // per repetition
  std::vector<std::uint64_t> authority_pairs_lost;  // per repetition
  std::vector<std::uint64_t> networks_lost;         // per repetition
  std::vector<std::uint64_t> establishments_lost;   // per repetition
  // Repetitions in which each item was lost too: per block cell, network, establishment id.
  std::vector<std::uint32_t> cell_lost;
  std::vector<std::uint32_t> network_lost;
  std::vector<std::uint32_t> establishment_lost;
  std::vector<std::uint64_t> cell_ties;  // per block cell: its ties after, summed over repetitions
};

// `before`: assess() with nobody removed; `k` <= the layer's vertices.
BaselineResult random_baseline(const model::Dataset& ds, const WhatifLayer& w, const WhatifState& before,
                               std::uint64_t k, const BaselineOptions& options, Progress& progress);

}  // namespace reticulist::whatif

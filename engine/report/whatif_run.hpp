#pragma once
// reticulist whatif's tables: for each selection, the what-if simulation (engine/whatif) run on
// the practitioner layer and its outcome put into the tables of whatif_tables.hpp.
#include <vector>

#include "engine/layers/selection.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"
#include "engine/whatif/whatif.hpp"

namespace reticulist::report {

// Tables in the order scenario, removed, lost_authority_pairs, networks_losing_bridges,
// isolated_establishments, block_change, who_matters, then key_players when options.key_players > 0.
// `last_layer`: the practitioner layer of selections.back(), when the caller has built it already
// (with options.coattendance), so that it is not projected again.
std::vector<report::Table> run_whatif(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                      const whatif::WhatifOptions& options, Progress& progress,
                                      std::optional<layers::LayerView> last_layer = std::nullopt);

}  // namespace reticulist::report

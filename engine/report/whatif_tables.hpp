#pragma once
// The tables of `reticulist whatif`, one row per period and item (people as pseudonyms only):
//
//   scenario                  per measure: before, after, change, and the random baseline's
//                             mean, sd, min, 5th/95th percentiles, max and the share of random
//                             removals at least as damaging
//   removed                   the people the scenario removes, and why
//   lost_authority_pairs      pairs of authorities tied before and not after
//   networks_losing_bridges   networks whose own events had cross-authority ties and have none
//   isolated_establishments   establishments with ties outside their authority before, none after
//   block_change              the authority x authority block matrix before and after
//   who_matters               people ranked by the cross-authority ties their single removal costs
//   key_players               the greedy / swap key-player set (Borgatti 2006), when asked
#include <optional>
#include <string>
#include <vector>

#include "engine/whatif/whatif_baseline.hpp"
#include "engine/whatif/whatif_damage.hpp"
#include "engine/metrics/key_player.hpp"
#include "engine/report/table.hpp"

namespace reticulist::whatif {
struct Removal;
}  // namespace reticulist::whatif

namespace reticulist::report {

struct WhatifTables {
  report::Table scenario;
  report::Table removed;
  report::Table lost_authority_pairs;
  report::Table networks_losing_bridges;
  report::Table isolated_establishments;
  report::Table block_change;
  report::Table who_matters;
  report::Table key_players;
};

WhatifTables make_whatif_tables();

// What one selection computed, for the tables.
struct WhatifOutcome {
  std::string period;
  const whatif::WhatifLayer* layer = nullptr;
  const whatif::Removal* removal = nullptr;
  const whatif::WhatifState* before = nullptr;
  const whatif::WhatifState* after = nullptr;
  const whatif::BaselineResult* baseline = nullptr;
  std::uint32_t repetitions = 0;
  const std::vector<double>* betweenness = nullptr;  // when computed (top k by it, key players)
  std::uint32_t ranked = 100;                        // who_matters rows
};

// Appends the rows of one selection to every table but key_players.
void add_whatif_rows(WhatifTables& tables, const model::Dataset& ds, const WhatifOutcome& outcome);

void add_key_player_rows(report::Table& table, const model::Dataset& ds, const WhatifOutcome& outcome,
                         const metrics::KeyPlayerResult& result);

}  // namespace reticulist::report

#pragma once
// `reticulist whatif` as engine calls: who leaves (a scenario), what the practitioner
// co-attendance layer of each selection loses when they do, beside a random baseline of the same
// size; who matters most one by one (cross-authority ties); and optionally the greedy key-player
// set (Borgatti 2006). Tables and their columns are in whatif_tables.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/layers/selection.hpp"
#include "engine/whatif/whatif_damage.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/metrics/betweenness.hpp"
#include "engine/metrics/fragmentation.hpp"
#include "engine/model/role.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::whatif {

enum class BridgingMeasure { betweenness, brokerage, participation };
std::string_view bridging_measure_name(BridgingMeasure measure);
std::optional<BridgingMeasure> parse_bridging_measure(std::string_view text);

// Who leaves: everyone matching any criterion (their union), among the vertices of the layer.
// Designation, role and central staff are judged on every record in the selection: a person who
// is a QIO, a coordinator, or without an establishment in any record of the period matches.
struct RemovalCriteria {
  std::vector<std::string> pseudonyms;    // p_<hex>, trimmed, case-insensitive
  std::uint32_t by_identifier = 0;        // how many of them the user named by identifier (for describe)
  std::vector<std::string> designations;  // matched trimmed and case-insensitively, whole value
  std::vector<model::Role> roles;
  bool central = false;                   // centrally employed: a record with no establishment
  std::uint32_t top_k = 0;                // the k vertices highest by `by` (0: none)
  BridgingMeasure by = BridgingMeasure::betweenness;

  bool empty() const {
    return pseudonyms.empty() && designations.empty() && roles.empty() && !central && top_k == 0;
  }
  // "3 pseudonym(s), 2 given by identifier; designation=QIO; central; top 5 by betweenness"
  std::string describe() const;
};

struct BetweennessRule {
  double exact_work = metrics::kExactBetweennessWork;  // exact (Brandes) while n m stays under this, else sampled
  double epsilon = 0.01;     // Riondato-Kornaropoulos error bound on normalised values
  double delta = 0.1;        // ... failing with probability at most delta
};

struct WhatifOptions {
  RemovalCriteria remove;
  std::uint32_t repetitions = 100;   // random baseline
  std::uint64_t seed = 1;            // baseline draws, dF sources, sampled betweenness
  std::uint32_t exact_distance_max = 5000;         // dF exact up to this many vertices, else sampled
  std::uint32_t distance_samples = 500;            // dF sources before and after (sampled layers)
  std::uint32_t baseline_distance_samples = 100;   // the first of those used in each baseline repetition
  std::uint32_t ranked = 100;        // rows of who_matters per selection
  std::uint32_t key_players = 0;     // k of the greedy key-player set (0: not computed)
  std::uint32_t candidates = 100;    // key-player pool: the top vertices by betweenness
  BetweennessRule betweenness;
  graph::CoattendanceOptions coattendance;
  unsigned threads = 1;
};

// Everyone the criteria name in one selection's layer, and why.
struct Removal {
  std::vector<bool> removed;               // per vertex
  std::vector<std::string> reasons;        // per vertex: the criteria it matched, ';'-joined
  std::vector<std::string> absent;         // requested pseudonyms with no vertex in the layer, sorted
  std::uint64_t count = 0;                 // vertices removed
};

// Throws ConfigError when a designation is held by no record of the dataset (the message lists
// the ones it has). `scores`: the bridging measure per vertex, needed when top_k > 0 (higher
// first; ties to the higher degree, then the lower vertex).
Removal select_removal(const model::Dataset& ds, const WhatifLayer& w, const graph::EventList& events,
                       const RemovalCriteria& criteria, const std::vector<double>& scores);

// The bridging measure per vertex, for ranking (NA participation ranks lowest, as -1).
// Betweenness: unweighted, exact or sampled by `rule` (metrics::betweenness); brokerage:
// Gould-Fernandez brokerage between authorities (every role but coordinator); participation:
// participation coefficient over authorities.
std::vector<double> bridging_scores(const WhatifLayer& w, BridgingMeasure measure, const BetweennessRule& rule,
                                    std::uint64_t seed, unsigned threads, std::string* method = nullptr);

// Vertices in order of a score, highest first; ties to the higher degree, then the lower vertex.
std::vector<graph::Vertex> ranked_by(const graph::Graph& g, const std::vector<double>& score);

}  // namespace reticulist::whatif

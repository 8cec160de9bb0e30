#pragma once
// Gould & Fernandez (1989) brokerage roles on an undirected graph with a partition into groups,
// and R sna::brokerage's null model. Conventions (../shared/spec/metrics.md): each open two-path
// a - v - b (a and b not tied) counts once per unordered pair {a, b} for broker v; without
// direction representative and gatekeeper cannot be told apart and are one role. Formulas, the
// exact relation to sna and the cost are in brokerage.cpp.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"
#include "engine/metrics/triangles.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

// Column order of every per-role array below: counts[v][BrokerageRole::liaison].
struct BrokerageRole {
  enum : std::size_t { coordinator, itinerant, representative_or_gatekeeper, liaison, total };
};
inline constexpr std::size_t kBrokerageRoles = 5;
inline constexpr std::array<const char*, kBrokerageRoles> kBrokerageRoleNames = {
    "coordinator", "itinerant", "representative_or_gatekeeper", "liaison", "total"};
// sna's count of a role = factor x ours, on our undirected graphs: sna's w_I, w_O, b_O and t are
// twice ours, and its b_IO and b_OI each equal our representative_or_gatekeeper.
inline constexpr std::array<double, kBrokerageRoles> kSnaScale = {2, 2, 1, 2, 2};

using BrokerageCounts = std::array<std::uint64_t, kBrokerageRoles>;
using BrokerageValues = std::array<std::optional<double>, kBrokerageRoles>;

struct BrokerageResult {
  // Our scale: open two-paths, each unordered pair {a, b} once.
  std::vector<BrokerageCounts> counts;  // per vertex
  BrokerageCounts graph_counts{};       // sum over vertices
  // sna's scale (ordered arcs: multiply our counts by kSnaScale to compare). NA where the model
  // is undefined (n < 2) or for a group with no vertex. For representative_or_gatekeeper these
  // are sna's b_IO (identical to its b_OI).
  std::optional<double> density;              // d = 2m / (n(n-1)), the Bernoulli null's tie probability
  std::vector<BrokerageValues> group_expected;  // per group: sna's exp.grp (= exp.nli of its members)
  std::vector<BrokerageValues> group_sd;        // per group: sna's sd.grp
  BrokerageValues graph_expected{};             // sna's exp.gli
  BrokerageValues graph_sd{};                   // sna's sd.gli
  // Scale-free z = (sna count - expected) / sd, as sna's z.nli and z.gli; NA when sd is 0 or NA
  // (an impossible role, e.g. itinerant or liaison with a single group, or a graph with no ties).
  std::vector<BrokerageValues> z;  // per vertex
  BrokerageValues graph_z{};
};

// Reports one stage, "brokerage", counting the tie scans of the triangle listing, which runs on
// `threads` threads (parallel::thread_count's meaning; the result does not depend on it).
BrokerageResult brokerage(const graph::Graph& g, const Partition& groups, Progress& progress = no_progress(),
                          unsigned threads = 1);
// From the triangles of g already counted with these same groups (count_triangles with
// options.groups = &groups); throws std::logic_error when they were counted without groups.
BrokerageResult brokerage(const graph::Graph& g, const Partition& groups, const TriangleCounts& triangles);

}  // namespace reticulist::metrics

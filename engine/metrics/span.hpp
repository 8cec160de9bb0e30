#pragma once
// Span: how many distinct groups a vertex reaches through its co-attendees (neighbours), for a
// partition (authorities) or overlapping groups (networks), and how many distinct groups it is
// itself a member of. Conventions and costs are in span.cpp.
#include <cstdint>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

struct SpanResult {
  std::vector<std::uint32_t> span;  // per vertex: a count of distinct groups, 0 when none
};

// Distinct groups among each vertex's neighbours. Throws std::invalid_argument when the
// partition does not cover exactly g's vertices or names a group >= group_count.
SpanResult span(const graph::Graph& g, const Partition& partition);
// Distinct groups among the union of the neighbours' groups. Throws std::invalid_argument on a
// malformed map (see check_group_map).
SpanResult span(const graph::Graph& g, const GroupMap& groups);
// Distinct groups among each vertex's own memberships.
SpanResult membership_span(const GroupMap& groups);

}  // namespace reticulist::metrics

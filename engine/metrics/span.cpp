// Span: the number of distinct groups (authorities, networks) a vertex reaches.
//
//   span_i            = |{ group(j) : j in N(i) }|             partition
//   span_i            = |union_{j in N(i)} G(j)|               overlapping groups
//   membership_span_i = |G(i)|                                 own memberships
//
// Only neighbours' groups count towards span_i: i's own group counts when, and only when, a
// neighbour is in it (a teacher whose co-attendees all come from other authorities spans those
// authorities, not her own). A count is always defined: an isolate, or a vertex whose neighbours
// are in no group, spans 0 groups (0 is a true count here, not a stand-in for NA). Unweighted by
// nature: a group is reached or not, whatever the tie weights. No citation: a plain count, the
// "number of authorities and networks among a person's co-attendees and memberships" of issue 4.
//
// Cost: O(n + m + G) for a partition; O(n + G + sum_i sum_{j in N(i)} |G(j)|) for overlapping
// groups; O(n + G + sum_i |G(i)|) for memberships (the group map holds each group at most once
// per vertex, which check_group_map enforces). Memory O(G): one marker per group holding the
// last vertex that reached it, so no reset is needed between vertices. Single-threaded: a
// linear pass over the graph does not repay threads; concurrent calls share nothing.
#include "engine/metrics/span.hpp"

namespace reticulist::metrics {

namespace {

// marker[s] == i + 1 once vertex i has counted group s.
class GroupMarker {
 public:
  explicit GroupMarker(std::uint32_t group_count) : marker_(group_count, 0) {}
  // True the first time vertex i reaches group s.
  bool first(graph::Vertex i, std::uint32_t s) {
    const std::uint64_t stamp = std::uint64_t{i} + 1;
    if (marker_[s] == stamp) return false;
    marker_[s] = stamp;
    return true;
  }

 private:
  std::vector<std::uint64_t> marker_;
};

}  // namespace

SpanResult span(const graph::Graph& g, const Partition& partition) {
  check_partition("span", partition, g.vertex_count());
  SpanResult r;
  r.span.resize(g.vertex_count(), 0);
  GroupMarker marker(partition.group_count);
  for (graph::Vertex i = 0; i < g.vertex_count(); ++i) {
    for (graph::Vertex j : g.neighbours(i)) {
      if (marker.first(i, partition.group[j])) ++r.span[i];
    }
  }
  return r;
}

SpanResult span(const graph::Graph& g, const GroupMap& groups) {
  check_group_map("span", groups, g.vertex_count());
  SpanResult r;
  r.span.resize(g.vertex_count(), 0);
  GroupMarker marker(groups.group_count);
  for (graph::Vertex i = 0; i < g.vertex_count(); ++i) {
    for (graph::Vertex j : g.neighbours(i)) {
      for (std::uint32_t s : groups.of(j)) {
        if (marker.first(i, s)) ++r.span[i];
      }
    }
  }
  return r;
}

SpanResult membership_span(const GroupMap& groups) {
  check_group_map("membership_span", groups, groups.offsets.empty() ? 0 : groups.vertex_count());
  SpanResult r;
  r.span.resize(groups.vertex_count(), 0);
  for (graph::Vertex i = 0; i < groups.vertex_count(); ++i) {
    r.span[i] = static_cast<std::uint32_t>(groups.of(i).size());  // distinct: checked above
  }
  return r;
}

}  // namespace reticulist::metrics

#include "engine/graph/event_incidence.hpp"

#include <algorithm>

#include "engine/graph/vertex_ids.hpp"
#include "engine/parallel.hpp"

namespace reticulist::graph {

using model::kNone;

namespace {

// The vertices (every practitioner with a record in the selection, ascending), the included events
// and their members, with the stats. The practitioner -> vertex map lives only in here.
void find_vertices_and_members(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options,
                               EventIncidence& inc) {
  const auto& rec = ds.records;
  const auto& ev = ds.events;
  ScopedVertexIds local_of(ds.practitioner_count(), inc.practitioner);
  for (model::EventId e : events) {
    for (std::uint64_t r = ev.first_record[e]; r < ev.first_record[e + 1]; ++r) {
      const auto p = rec.practitioner[r];
      if (local_of[p] == kNone) {
        local_of[p] = 0;
        inc.practitioner.push_back(p);
      }
    }
  }
  std::sort(inc.practitioner.begin(), inc.practitioner.end());
  const std::uint32_t n = inc.vertex_count();
  for (Vertex v = 0; v < n; ++v) local_of[inc.practitioner[v]] = v;

  auto& st = inc.stats;
  st.events = events.size();
  for (model::EventId e : events) {
    const std::uint64_t size = ev.attendees[e];
    st.largest_event = std::max(st.largest_event, static_cast<std::uint32_t>(size));
    if (options.max_event_size > 0 && size > options.max_event_size) {
      ++st.large_events;
      st.large_event_records += ev.first_record[e + 1] - ev.first_record[e];
      st.large_event_pairs += size * (size - 1) / 2;
      continue;
    }
    if (size < 2) continue;
    st.pair_instances += size * (size - 1) / 2;
    model::PractitionerId previous = kNone;
    for (std::uint64_t r = ev.first_record[e]; r < ev.first_record[e + 1]; ++r) {
      if (rec.practitioner[r] == previous) continue;  // same person under two networks' names
      previous = rec.practitioner[r];
      inc.members.push_back(local_of[previous]);
    }
    inc.event.push_back(e);
    inc.event_offsets.push_back(inc.members.size());
    inc.event_weight.push_back(options.weight == TieWeight::Newman ? 1.0 / static_cast<double>(size - 1) : 1.0);
  }
}

}  // namespace

EventIncidence event_incidence(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options) {
  EventIncidence inc;
  find_vertices_and_members(ds, events, options, inc);
  const std::uint32_t n = inc.vertex_count();
  const std::size_t included = inc.event.size();
  inc.vertex_offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex v : inc.members) ++inc.vertex_offsets[v + 1];
  for (Vertex v = 0; v < n; ++v) inc.vertex_offsets[v + 1] += inc.vertex_offsets[v];
  inc.vertex_events.resize(inc.members.size());
  std::vector<std::uint64_t> fill(inc.vertex_offsets.begin(), inc.vertex_offsets.end() - 1);
  for (std::uint32_t e = 0; e < included; ++e) {
    for (std::uint64_t j = inc.event_offsets[e]; j < inc.event_offsets[e + 1]; ++j) {
      inc.vertex_events[fill[inc.members[j]]++] = e;
    }
  }
  return inc;
}

std::vector<Vertex> split_by_work(const EventIncidence& inc, unsigned threads) {
  constexpr std::uint64_t kPairsWorthThreads = 2'000'000;
  const std::uint32_t n = inc.vertex_count();
  const unsigned parts = inc.stats.pair_instances < kPairsWorthThreads ? 1u : std::max(1u, threads);
  std::vector<std::uint64_t> work(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex u = 0; u < n; ++u) {
    std::uint64_t w = 0;
    for (std::uint64_t i = inc.vertex_offsets[u]; i < inc.vertex_offsets[u + 1]; ++i) {
      const auto e = inc.vertex_events[i];
      w += inc.event_offsets[e + 1] - inc.event_offsets[e];
    }
    work[u + 1] = work[u] + w;
  }
  const std::vector<std::size_t> bounds = parallel::split_by_work(work, parts);
  return std::vector<Vertex>(bounds.begin(), bounds.end());
}

}  // namespace reticulist::graph

#include "engine/graph/coattendance.hpp"

#include <algorithm>
#include <thread>

namespace reticulist::graph {
namespace {

using model::kNone;

// Row results of one thread: the rows [first, last) of the CSR.
struct RowBlock {
  Vertex first = 0;
  Vertex last = 0;
  std::vector<std::uint64_t> degree;
  std::vector<Vertex> targets;
  std::vector<double> weights;
};

// The practitioner -> events incidence of the events that make ties, and their member lists.
struct Incidence {
  std::vector<std::uint64_t> event_offsets{0};
  std::vector<Vertex> members;      // local vertex ids, per included event
  std::vector<double> event_weight; // w_e: 1, or 1/(n_e - 1)
  std::vector<std::uint64_t> vertex_offsets;
  std::vector<std::uint32_t> vertex_events;  // included-event index per vertex
};

void project_rows(const Incidence& inc, RowBlock& block, std::uint32_t n) {
  std::vector<double> acc(n, 0.0);  // sparse accumulator: weights > 0, so 0 means untouched
  std::vector<Vertex> touched;
  block.degree.assign(block.last - block.first, 0);
  for (Vertex u = block.first; u < block.last; ++u) {
    for (std::uint64_t i = inc.vertex_offsets[u]; i < inc.vertex_offsets[u + 1]; ++i) {
      const std::uint32_t e = inc.vertex_events[i];
      const double w = inc.event_weight[e];
      for (std::uint64_t j = inc.event_offsets[e]; j < inc.event_offsets[e + 1]; ++j) {
        const Vertex v = inc.members[j];
        if (v == u) continue;
        if (acc[v] == 0.0) touched.push_back(v);
        acc[v] += w;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (Vertex v : touched) {
      block.targets.push_back(v);
      block.weights.push_back(acc[v]);
      acc[v] = 0.0;
    }
    block.degree[u - block.first] = touched.size();
    touched.clear();
  }
}

}  // namespace

PractitionerLayer coattendance(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options) {
  PractitionerLayer out;
  const auto& rec = ds.records;
  const auto& ev = ds.events;

  // Vertices: every practitioner with a record in the selection, ascending. The id map is kept
  // per thread across calls so that a layer of one small network costs O(its records), not O(P).
  thread_local std::vector<std::uint32_t> local_of;
  if (local_of.size() < ds.practitioner_count()) local_of.assign(ds.practitioner_count(), kNone);
  for (model::EventId e : events) {
    for (std::uint64_t r = ev.first_record[e]; r < ev.first_record[e + 1]; ++r) {
      const auto p = rec.practitioner[r];
      if (local_of[p] == kNone) {
        local_of[p] = 0;
        out.practitioner.push_back(p);
      }
    }
  }
  std::sort(out.practitioner.begin(), out.practitioner.end());
  const auto n = static_cast<std::uint32_t>(out.practitioner.size());
  for (Vertex v = 0; v < n; ++v) local_of[out.practitioner[v]] = v;

  Incidence inc;
  auto& st = out.stats;
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
    inc.event_offsets.push_back(inc.members.size());
    inc.event_weight.push_back(options.weight == TieWeight::Newman ? 1.0 / static_cast<double>(size - 1) : 1.0);
  }
  const std::size_t included = inc.event_weight.size();
  inc.vertex_offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex v : inc.members) ++inc.vertex_offsets[v + 1];
  for (Vertex v = 0; v < n; ++v) inc.vertex_offsets[v + 1] += inc.vertex_offsets[v];
  inc.vertex_events.resize(inc.members.size());
  {
    std::vector<std::uint64_t> fill(inc.vertex_offsets.begin(), inc.vertex_offsets.end() - 1);
    for (std::uint32_t e = 0; e < included; ++e) {
      for (std::uint64_t j = inc.event_offsets[e]; j < inc.event_offsets[e + 1]; ++j) {
        inc.vertex_events[fill[inc.members[j]]++] = e;
      }
    }
  }

  // Split the rows between threads by work (sum of the sizes of each vertex's events).
  const unsigned threads = st.pair_instances < 2'000'000 ? 1u : std::max(1u, options.threads);
  std::vector<std::uint64_t> work(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex u = 0; u < n; ++u) {
    std::uint64_t w = 0;
    for (std::uint64_t i = inc.vertex_offsets[u]; i < inc.vertex_offsets[u + 1]; ++i) {
      const auto e = inc.vertex_events[i];
      w += inc.event_offsets[e + 1] - inc.event_offsets[e];
    }
    work[u + 1] = work[u] + w;
  }
  std::vector<RowBlock> blocks(threads);
  Vertex start = 0;
  for (unsigned t = 0; t < threads; ++t) {
    const std::uint64_t goal = work[n] * (t + 1) / threads;
    Vertex end = t + 1 == threads ? n : static_cast<Vertex>(std::lower_bound(work.begin() + start, work.end(), goal) - work.begin());
    end = std::clamp<Vertex>(end, start, n);
    blocks[t].first = start;
    blocks[t].last = end;
    start = end;
  }
  {
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(project_rows, std::cref(inc), std::ref(blocks[t]), n);
    project_rows(inc, blocks[0], n);
    for (auto& w : workers) w.join();
  }
  inc = Incidence{};

  std::vector<std::uint64_t> offsets(static_cast<std::size_t>(n) + 1, 0);
  for (const RowBlock& b : blocks) {
    for (Vertex u = b.first; u < b.last; ++u) offsets[u + 1] = offsets[u] + b.degree[u - b.first];
  }
  std::vector<Vertex> targets = std::move(blocks[0].targets);
  std::vector<double> weights = std::move(blocks[0].weights);
  if (threads > 1) {
    targets.reserve(offsets[n]);
    weights.reserve(offsets[n]);
    for (unsigned t = 1; t < threads; ++t) {
      targets.insert(targets.end(), blocks[t].targets.begin(), blocks[t].targets.end());
      weights.insert(weights.end(), blocks[t].weights.begin(), blocks[t].weights.end());
      blocks[t] = RowBlock{};
    }
  }
  out.graph = Graph(std::move(offsets), std::move(targets), std::move(weights));
  for (auto p : out.practitioner) local_of[p] = kNone;
  return out;
}

}  // namespace reticulist::graph

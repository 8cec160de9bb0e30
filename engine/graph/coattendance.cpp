#include "engine/graph/coattendance.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "engine/graph/event_incidence.hpp"
#include "engine/memory_limit.hpp"
#include "engine/parallel.hpp"

namespace reticulist::graph {
namespace {

// Bytes of the finished graph: per adjacency entry a target and a weight, per vertex an offset.
constexpr std::uint64_t kBytesPerEntry = sizeof(Vertex) + sizeof(double);

// Row results of one thread: the rows [first, last) of the CSR.
struct RowBlock {
  Vertex first = 0;
  Vertex last = 0;
  std::vector<std::uint64_t> degree;
  std::vector<Vertex> targets;
  std::vector<double> weights;
};

// Row u's co-attendees v != u into `touched` (unordered), each with the summed weight of the
// events they shared with u in acc[v]. acc is all zero on entry: weights are > 0, so 0 means
// untouched; the caller sets the touched entries back to 0.
[[gnu::always_inline]] inline void accumulate_row(const EventIncidence& inc, Vertex u, std::vector<double>& acc,
                                                  std::vector<Vertex>& touched) {
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
}

// The fast way: one pass, each thread appending its rows to vectors of its own.
// Not inlined into the lambda that run_parts calls: there it ran 4% more instructions.
[[gnu::noinline]] void project_rows(const EventIncidence& inc, RowBlock& block) {
  std::vector<double> acc(inc.vertex_count(), 0.0);
  std::vector<Vertex> touched;
  block.degree.assign(block.last - block.first, 0);
  for (Vertex u = block.first; u < block.last; ++u) {
    accumulate_row(inc, u, acc, touched);
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

// Frees the incidence once the rows are walked, keeping the vertices' practitioners.
void release_events(EventIncidence& inc) {
  std::vector<model::PractitionerId> practitioner = std::move(inc.practitioner);
  inc = EventIncidence{};
  inc.practitioner = std::move(practitioner);
}

Graph project_in_one_pass(EventIncidence& inc, const std::vector<Vertex>& bounds) {
  const std::uint32_t n = inc.vertex_count();
  const auto threads = static_cast<unsigned>(bounds.size() - 1);
  std::vector<RowBlock> blocks(threads);
  for (unsigned t = 0; t < threads; ++t) {
    blocks[t].first = bounds[t];
    blocks[t].last = bounds[t + 1];
  }
  parallel::run_parts(threads, [&](std::size_t t) { project_rows(inc, blocks[t]); });
  release_events(inc);

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
  return Graph(std::move(offsets), std::move(targets), std::move(weights));
}

// The lean way, for --memory-limit: every row is walked twice, first to count its ties, then to
// write them straight into the finished graph's arrays. Nothing is held beyond the graph itself,
// at about 1.7 times the time of the fast way.
Graph project_in_two_passes(EventIncidence& inc, const std::vector<Vertex>& bounds) {
  const std::uint32_t n = inc.vertex_count();
  const auto threads = static_cast<unsigned>(bounds.size() - 1);
  std::vector<std::uint64_t> offsets(static_cast<std::size_t>(n) + 1, 0);
  parallel::run_parts(threads, [&](std::size_t t) {
    std::vector<double> acc(n, 0.0);
    std::vector<Vertex> touched;
    for (Vertex u = bounds[t]; u < bounds[t + 1]; ++u) {
      accumulate_row(inc, u, acc, touched);
      for (Vertex v : touched) acc[v] = 0.0;
      offsets[u + 1] = touched.size();
      touched.clear();
    }
  });
  for (std::uint32_t u = 0; u < n; ++u) offsets[u + 1] += offsets[u];
  const std::uint64_t entries = offsets[n];
  if (!memory::fits(entries * kBytesPerEntry)) {
    throw memory::MemoryLimitError(
        "the co-attendance graph has " + std::to_string(entries / 2) + " ties and needs " +
        memory::format_size(entries * kBytesPerEntry + offsets.size() * sizeof(std::uint64_t)) + ", more than is left of --memory-limit " +
        memory::format_size(*memory::limit()) + " (" + memory::format_size(memory::resident_bytes()) +
        " in use): " + std::string(memory::kRemedy));
  }
  std::vector<Vertex> targets(entries);
  std::vector<double> weights(entries);
  parallel::run_parts(threads, [&](std::size_t t) {
    std::vector<double> acc(n, 0.0);
    std::vector<Vertex> touched;
    for (Vertex u = bounds[t]; u < bounds[t + 1]; ++u) {
      accumulate_row(inc, u, acc, touched);
      std::sort(touched.begin(), touched.end());
      std::uint64_t at = offsets[u];
      for (Vertex v : touched) {
        targets[at] = v;
        weights[at++] = acc[v];
        acc[v] = 0.0;
      }
      touched.clear();
    }
  });
  release_events(inc);
  return Graph(std::move(offsets), std::move(targets), std::move(weights));
}

// What the fast way may hold at its peak, from what is known before projecting: each pair
// instance gives at most two adjacency entries (and no vertex more than n - 1), and the threads'
// vectors grow by doubling and are copied once into the result: about three times the result.
std::uint64_t one_pass_peak(const EventIncidence& inc) {
  const std::uint64_t n = inc.vertex_count();
  const std::uint64_t entries = std::min(2 * inc.stats.pair_instances, n * (n > 0 ? n - 1 : 0));
  return 3 * entries * kBytesPerEntry + (n + 1) * sizeof(std::uint64_t);
}

}  // namespace

PractitionerLayer coattendance(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  EventIncidence inc = event_incidence(ds, events, options);
  PractitionerLayer out;
  out.stats = inc.stats;
  const std::vector<Vertex> bounds = split_by_work(inc, options.threads);  // rows split between threads by work
  if (!options.two_pass && memory::fits(one_pass_peak(inc))) {
    out.graph = project_in_one_pass(inc, bounds);
  } else {
    if (!options.two_pass) memory::record_adaptation(
        "co-attendance graphs were built in two passes over their rows (count, then store), holding no more than "
        "the graph itself, as the faster one-pass build might not have fitted in --memory-limit");
    out.stats.two_pass = true;
    out.graph = project_in_two_passes(inc, bounds);
  }
  out.practitioner = std::move(inc.practitioner);
  // Only the large builds: a report also projects every network's own events, thousands of small ones.
  if (out.graph.edge_count() >= 1'000'000 || out.stats.two_pass) {
    spdlog::debug("co-attendance: {} vertices, {} ties from {} pair instances, {} ({:.2f} s)", out.graph.vertex_count(),
                  out.graph.edge_count(), out.stats.pair_instances, out.stats.two_pass ? "two passes" : "one pass",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  return out;
}

}  // namespace reticulist::graph

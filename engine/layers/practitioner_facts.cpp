#include "engine/layers/practitioner_facts.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace reticulist::layers {
namespace {

// (vertex, key) pairs sorted and counted: distinct keys per vertex with their multiplicity.
struct CountedPair {
  std::uint32_t vertex;
  std::uint32_t key;
  auto operator<=>(const CountedPair&) const = default;
};

}  // namespace

PractitionerFacts practitioner_facts(const model::Dataset& ds, const graph::EventList& events,
                                     const std::vector<model::PractitionerId>& practitioners) {
  const std::size_t n = practitioners.size();
  const auto& rec = ds.records;
  PractitionerFacts out;
  out.latest_record.assign(n, std::numeric_limits<std::uint64_t>::max());
  out.records.assign(n, 0);
  out.main_network.assign(n, model::kNone);
  out.authorities_recorded.assign(n, 0);
  out.first_seen.assign(n, std::numeric_limits<model::Day>::max());

  std::vector<std::uint32_t> vertex_of(ds.practitioner_count(), model::kNone);
  for (std::size_t v = 0; v < n; ++v) vertex_of[practitioners[v]] = static_cast<std::uint32_t>(v);
  std::vector<CountedPair> network_pairs, authority_pairs;
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      const std::uint32_t v = vertex_of[rec.practitioner[r]];
      if (v == model::kNone) throw std::logic_error("practitioner_facts: practitioner outside the layer");
      ++out.records[v];
      // Records are in date order (events are numbered by date), so the last one seen is the latest.
      out.latest_record[v] = r;
      network_pairs.push_back({v, rec.network[r]});
      authority_pairs.push_back({v, rec.authority[r]});
    }
  }
  std::sort(network_pairs.begin(), network_pairs.end());
  out.network_offsets.assign(n + 1, 0);
  std::vector<std::uint32_t> best(n, 0);
  for (std::size_t i = 0; i < network_pairs.size();) {
    std::size_t j = i;
    while (j < network_pairs.size() && network_pairs[j] == network_pairs[i]) ++j;
    const auto [v, net] = network_pairs[i];
    out.networks.push_back(net);
    ++out.network_offsets[v + 1];
    // Ascending networks: a strictly larger count replaces, so ties go to the lowest id.
    if (j - i > best[v]) {
      best[v] = static_cast<std::uint32_t>(j - i);
      out.main_network[v] = net;
    }
    i = j;
  }
  for (std::size_t v = 0; v < n; ++v) out.network_offsets[v + 1] += out.network_offsets[v];

  std::sort(authority_pairs.begin(), authority_pairs.end());
  authority_pairs.erase(std::unique(authority_pairs.begin(), authority_pairs.end()), authority_pairs.end());
  for (const auto& p : authority_pairs) ++out.authorities_recorded[p.vertex];

  std::vector<model::Day> first_any(ds.practitioner_count(), std::numeric_limits<model::Day>::max());
  for (std::uint64_t r = 0; r < rec.size(); ++r) {
    first_any[rec.practitioner[r]] = std::min(first_any[rec.practitioner[r]], rec.date[r]);
  }
  for (std::size_t v = 0; v < n; ++v) out.first_seen[v] = first_any[practitioners[v]];
  return out;
}

}  // namespace reticulist::layers

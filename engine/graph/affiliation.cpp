#include "engine/graph/affiliation.hpp"

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace reticulist::graph {

Affiliation affiliation(const model::Dataset& ds, const EventList& events,
                        const std::vector<model::PractitionerId>& practitioners) {
  const std::size_t n = practitioners.size();
  Affiliation out{std::vector<model::EstablishmentId>(n, model::kNone), std::vector<model::AuthorityId>(n, model::kNone)};
  std::vector<model::Day> latest(n, std::numeric_limits<model::Day>::min());
  // Each practitioner's vertex, from a map kept per thread across calls: set for these vertices
  // and cleared again, so that a call costs O(its records + n) with one lookup per record, not a
  // binary search per record nor O(all practitioners).
  thread_local std::vector<std::uint32_t> vertex_of;
  if (vertex_of.size() < ds.practitioner_count()) vertex_of.assign(ds.practitioner_count(), model::kNone);
  for (std::size_t v = 0; v < n; ++v) vertex_of[practitioners[v]] = static_cast<std::uint32_t>(v);
  const auto clear = [&] {
    for (auto p : practitioners) vertex_of[p] = model::kNone;
  };
  const auto& rec = ds.records;
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      const std::uint32_t v = vertex_of[rec.practitioner[r]];
      if (v == model::kNone) {
        clear();
        throw std::logic_error("affiliation: practitioner outside the layer");
      }
      if (rec.date[r] < latest[v]) continue;
      latest[v] = rec.date[r];
      out.establishment[v] = rec.establishment[r];
      out.authority[v] = rec.authority[r];
    }
  }
  clear();
  return out;
}

}  // namespace reticulist::graph

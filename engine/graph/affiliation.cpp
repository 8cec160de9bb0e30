#include "engine/graph/affiliation.hpp"

#include <cstdint>
#include <limits>
#include <stdexcept>

#include "engine/graph/vertex_ids.hpp"

namespace reticulist::graph {

Affiliation affiliation(const model::Dataset& ds, const EventList& events,
                        const std::vector<model::PractitionerId>& practitioners) {
  const std::size_t n = practitioners.size();
  Affiliation out{std::vector<model::EstablishmentId>(n, model::kNone), std::vector<model::AuthorityId>(n, model::kNone)};
  std::vector<model::Day> latest(n, std::numeric_limits<model::Day>::min());
  ScopedVertexIds vertex_of(ds.practitioner_count(), practitioners);  // one lookup per record
  for (std::size_t v = 0; v < n; ++v) vertex_of[practitioners[v]] = static_cast<std::uint32_t>(v);
  const auto& rec = ds.records;
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      const std::uint32_t v = vertex_of[rec.practitioner[r]];
      if (v == model::kNone) {
        throw std::logic_error("affiliation: practitioner outside the layer");
      }
      if (rec.date[r] < latest[v]) continue;
      latest[v] = rec.date[r];
      out.establishment[v] = rec.establishment[r];
      out.authority[v] = rec.authority[r];
    }
  }
  return out;
}

}  // namespace reticulist::graph

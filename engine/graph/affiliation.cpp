#include "engine/graph/affiliation.hpp"

#include <algorithm>
#include <stdexcept>

namespace reticulist::graph {

Affiliation affiliation(const model::Dataset& ds, const EventList& events,
                        const std::vector<model::PractitionerId>& practitioners) {
  const std::size_t n = practitioners.size();
  Affiliation out{std::vector<model::EstablishmentId>(n, model::kNone), std::vector<model::AuthorityId>(n, model::kNone)};
  std::vector<model::Day> latest(n, std::numeric_limits<model::Day>::min());
  const auto& rec = ds.records;
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      auto it = std::lower_bound(practitioners.begin(), practitioners.end(), rec.practitioner[r]);
      if (it == practitioners.end() || *it != rec.practitioner[r]) {
        throw std::logic_error("affiliation: practitioner outside the layer");
      }
      const auto v = static_cast<std::size_t>(it - practitioners.begin());
      if (rec.date[r] < latest[v]) continue;
      latest[v] = rec.date[r];
      out.establishment[v] = rec.establishment[r];
      out.authority[v] = rec.authority[r];
    }
  }
  return out;
}

}  // namespace reticulist::graph

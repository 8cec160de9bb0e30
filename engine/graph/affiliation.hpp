#pragma once
// Where each practitioner belongs within a selection of events: the establishment and authority
// of their latest record there (a later record wins on the same day). Taken per period, this
// honours moves between schools and authorities: a teacher who moved in 2023 counts for the old
// school in 2022/23 and for the new one in 2023/24.
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/model/dataset.hpp"

namespace reticulist::graph {

struct Affiliation {
  std::vector<model::EstablishmentId> establishment;  // per vertex; kNone for central staff
  std::vector<model::AuthorityId> authority;          // per vertex
};

// For the vertices `practitioners` (ascending, as a PractitionerLayer holds them).
Affiliation affiliation(const model::Dataset& ds, const EventList& events,
                        const std::vector<model::PractitionerId>& practitioners);

}  // namespace reticulist::graph

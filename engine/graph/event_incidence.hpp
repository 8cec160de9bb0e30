#pragma once
// Who attended which event, for the events of a selection that make co-attendance ties: the
// vertices (every practitioner with a record in the selection, ascending), each included event's
// members as vertices, and each vertex's included events. Both the co-attendance layer
// (coattendance.hpp) and the tie counts (tie_counts.hpp) are built on it, so that the rules for
// which events and records make ties (the large-event rule, events of one attendee, one person
// recorded twice in an event) are written once.
#include <cstdint>
#include <vector>

#include "engine/graph/coattendance.hpp"
#include "engine/graph/event_selection.hpp"
#include "engine/graph/graph.hpp"
#include "engine/model/dataset.hpp"

namespace reticulist::graph {

struct EventIncidence {
  std::vector<model::PractitionerId> practitioner;  // vertex -> practitioner, ascending
  CoattendanceStats stats;
  // Included events (those with 2 to max_event_size attendees), in the order given.
  std::vector<model::EventId> event;
  std::vector<double> event_weight;                 // w_e: 1, or Newman's 1/(n_e - 1)
  std::vector<std::uint64_t> event_offsets{0};
  std::vector<Vertex> members;                      // per included event, its distinct attendees
  std::vector<std::uint64_t> vertex_offsets;
  std::vector<std::uint32_t> vertex_events;         // per vertex, its included events (indexes)

  std::uint32_t vertex_count() const { return static_cast<std::uint32_t>(practitioner.size()); }
};

// O(records of the selection + sum of included event sizes).
EventIncidence event_incidence(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options);

// Splits the vertices into consecutive ranges of about equal work, one per thread, a vertex's work
// being the sizes of its events summed (what a pass over its co-attendees costs). Up to `threads`
// ranges (0 counts as 1), and one when the selection makes under 2 million pair instances, where
// threads cost more than they save. Returns ranges + 1 bounds, from 0 to vertex_count().
std::vector<Vertex> split_by_work(const EventIncidence& inc, unsigned threads);

}  // namespace reticulist::graph

#pragma once
// Which events a layer is built from: all, one period (a contiguous run of events, since events
// are numbered in date order), one network, or a network within a period.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"

namespace reticulist::graph {

using EventList = std::vector<model::EventId>;  // ascending

EventList all_events(const model::Dataset& ds);
// The events whose date falls in `period` (binary search on the event dates).
EventList events_in_period(const model::Dataset& ds, const model::Period& period);
// The period of each event (for tables per period); kNone outside every period.
std::vector<std::uint32_t> event_periods(const model::Dataset& ds, const model::Periods& periods);

// Events of each network, ascending: built once, then sliced per network (and period). An event
// is listed under every network its records name (an event id shared by two networks), so a
// network's events hold all of its records. O(records) to build.
class EventsByNetwork {
 public:
  explicit EventsByNetwork(const model::Dataset& ds);
  EventList of(model::NetworkId network) const;
  EventList of(model::NetworkId network, const model::Period& period, const model::Dataset& ds) const;

 private:
  std::vector<std::uint64_t> offsets_;
  std::vector<model::EventId> events_;
};

}  // namespace reticulist::graph

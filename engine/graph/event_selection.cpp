#include "engine/graph/event_selection.hpp"

#include <algorithm>
#include <numeric>

namespace reticulist::graph {

EventList all_events(const model::Dataset& ds) {
  EventList events(ds.events.size());
  std::iota(events.begin(), events.end(), 0u);
  return events;
}

EventList events_in_period(const model::Dataset& ds, const model::Period& period) {
  const auto& dates = ds.events.date;
  auto first = std::lower_bound(dates.begin(), dates.end(), period.first);
  auto last = std::upper_bound(first, dates.end(), period.last);
  EventList events(static_cast<std::size_t>(last - first));
  std::iota(events.begin(), events.end(), static_cast<model::EventId>(first - dates.begin()));
  return events;
}

std::vector<std::uint32_t> event_periods(const model::Dataset& ds, const model::Periods& periods) {
  std::vector<std::uint32_t> out(ds.events.size(), model::kNone);
  for (std::size_t e = 0; e < out.size(); ++e) out[e] = periods.index_of(ds.events.date[e]).value_or(model::kNone);
  return out;
}

EventsByNetwork::EventsByNetwork(const model::Dataset& ds) : offsets_(ds.networks.size() + 1, 0) {
  // An event is listed under its own network and under every other network one of its records
  // names (an event id shared by two networks is one session, filed under the network of its
  // first row): each network's tables then count all of its records. Almost every event has one.
  std::vector<std::pair<model::NetworkId, model::EventId>> pairs;
  pairs.reserve(ds.events.size());
  std::vector<model::NetworkId> seen;
  for (model::EventId e = 0; e < ds.events.size(); ++e) {
    seen.assign(1, ds.events.network[e]);
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      const model::NetworkId n = ds.records.network[r];
      if (std::find(seen.begin(), seen.end(), n) == seen.end()) seen.push_back(n);
    }
    for (model::NetworkId n : seen) pairs.emplace_back(n, e);
  }
  for (const auto& [n, e] : pairs) ++offsets_[n + 1];
  for (std::size_t n = 0; n < ds.networks.size(); ++n) offsets_[n + 1] += offsets_[n];
  events_.resize(pairs.size());
  std::vector<std::uint64_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (const auto& [n, e] : pairs) events_[fill[n]++] = e;
}

EventList EventsByNetwork::of(model::NetworkId network) const {
  return EventList(events_.begin() + static_cast<std::ptrdiff_t>(offsets_[network]),
                   events_.begin() + static_cast<std::ptrdiff_t>(offsets_[network + 1]));
}

EventList EventsByNetwork::of(model::NetworkId network, const model::Period& period, const model::Dataset& ds) const {
  EventList out;
  for (std::uint64_t i = offsets_[network]; i < offsets_[network + 1]; ++i) {
    const model::Day d = ds.events.date[events_[i]];
    if (d >= period.first && d <= period.last) out.push_back(events_[i]);
  }
  return out;
}

}  // namespace reticulist::graph

// When a network runs, and what that means for churn between consecutive periods.
//
// Network life. Empty periods stay in the sequence (|M_t| = 0, state "empty"), but a network
// that has not started or has ended is not empty, and its start or end is no mass joining or
// leaving. A network runs over the periods [first, last]:
//   first = the period of networks.csv `started` (0 if earlier than the data), or of its first
//           record when there is no `started` date or a record comes earlier;
//   last  = the period of networks.csv `ended` (the last period if later than the data); for a
//           network in networks.csv without an `ended` date, the last period (still running);
//           for a network not in networks.csv, the period of its last record; and in every case
//           no earlier than its last record (a record shows the network ran).
// Transition t -> t+1 is running (runs in both), starting (only in t+1), ending (only in t) or
// not_running.
//
// Partnership attribution: of the partnership's joiners in t+1, those whose records in t+1 are
// all in networks that did not run in t (they came with a new network); of its leavers in t,
// those whose records in t are all in networks that do not run in t+1 (they went with theirs).
//
// Costs (N networks, E events, P periods, R records, S partnership set sizes): network_lives
// O(N + E + P log P); partnership_attribution O(E + R + S) time, O(practitioners) memory.
#include "engine/metrics/network_life.hpp"

namespace reticulist::metrics {

using model::kNone;
using model::PractitionerId;

std::string_view life_source_name(LifeSource source) {
  switch (source) {
    case LifeSource::StartedDate: return "started_date";
    case LifeSource::FirstRecord: return "first_record";
    case LifeSource::EndedDate: return "ended_date";
    case LifeSource::LastRecord: return "last_record";
    case LifeSource::Open: return "open";
    case LifeSource::None: return "none";
  }
  return "none";
}

std::vector<NetworkLife> network_lives(const model::Dataset& ds, const model::Periods& periods,
                                       const std::vector<std::uint32_t>& event_period) {
  const std::size_t networks = ds.networks.size();
  std::vector<NetworkLife> out(networks);
  if (periods.empty()) return out;
  const auto P = static_cast<std::uint32_t>(periods.size());
  std::vector<std::uint32_t> first_record(networks, kNone), last_record(networks, kNone);
  for (model::EventId e = 0; e < ds.events.size(); ++e) {
    const std::uint32_t t = event_period[e];
    if (t == kNone) continue;
    const model::NetworkId n = ds.events.network[e];
    if (first_record[n] == kNone || t < first_record[n]) first_record[n] = t;
    if (last_record[n] == kNone || t > last_record[n]) last_record[n] = t;
  }
  const model::Day data_first = periods[0].first, data_last = periods[P - 1].last;
  for (std::size_t n = 0; n < networks; ++n) {
    // The declared dates as periods; kNone when outside the data on the far side.
    std::uint32_t started = kNone, ended = kNone;
    if (const auto& d = ds.networks.started[n]) {
      started = *d < data_first ? 0 : *d > data_last ? kNone : *periods.index_of(*d);
    }
    LifeSource end_declared = LifeSource::None;
    if (const auto& d = ds.networks.ended[n]) {
      ended = *d < data_first ? kNone : *d > data_last ? P - 1 : *periods.index_of(*d);
      end_declared = LifeSource::EndedDate;
    } else if (ds.networks.listed[n]) {
      ended = P - 1;
      end_declared = LifeSource::Open;
    }
    NetworkLife life;
    if (started != kNone && (first_record[n] == kNone || started <= first_record[n])) {
      life.first = started;
      life.start_source = LifeSource::StartedDate;
    } else if (first_record[n] != kNone) {
      life.first = first_record[n];
      life.start_source = LifeSource::FirstRecord;
    }
    if (ended != kNone && (last_record[n] == kNone || ended >= last_record[n])) {
      life.last = ended;
      life.end_source = end_declared;
    } else if (last_record[n] != kNone) {
      life.last = last_record[n];
      life.end_source = LifeSource::LastRecord;
    }
    if (life.first == kNone || life.last == kNone || life.last < life.first) life = NetworkLife{};
    out[n] = life;
  }
  return out;
}

std::string_view network_status_name(NetworkStatus status) {
  switch (status) {
    case NetworkStatus::Running: return "running";
    case NetworkStatus::Starting: return "starting";
    case NetworkStatus::Ending: return "ending";
    case NetworkStatus::NotRunning: return "not_running";
  }
  return "not_running";
}

NetworkStatus transition_status(const NetworkLife& life, std::uint32_t from) {
  const bool before = life.running(from), after = life.running(from + 1);
  if (before && after) return NetworkStatus::Running;
  if (after) return NetworkStatus::Starting;
  if (before) return NetworkStatus::Ending;
  return NetworkStatus::NotRunning;
}

std::string_view period_state_name(PeriodState state) {
  switch (state) {
    case PeriodState::Active: return "active";
    case PeriodState::Empty: return "empty";
    case PeriodState::NotStarted: return "not_started";
    case PeriodState::Ended: return "ended";
  }
  return "ended";
}

PeriodState period_state(const NetworkLife& life, std::uint32_t t, std::uint64_t members) {
  if (life.running(t)) return members > 0 ? PeriodState::Active : PeriodState::Empty;
  return !life.ever_runs() || t < life.first ? PeriodState::NotStarted : PeriodState::Ended;
}

std::vector<LifeAttribution> partnership_attribution(const model::Dataset& ds, const MemberSets& partnership,
                                                     const std::vector<NetworkLife>& lives,
                                                     const std::vector<std::uint32_t>& event_period) {
  const std::uint32_t P = partnership.periods;
  if (P < 2) return {};
  constexpr std::uint8_t kRanBefore = 1, kRunsAfter = 2;  // a record in a network running at t-1 / t+1
  std::vector<std::uint8_t> previous(ds.practitioner_count(), 0), current(ds.practitioner_count(), 0);
  std::vector<PractitionerId> touched_previous, touched_current;
  std::vector<LifeAttribution> out(P - 1);
  std::size_t next_event = 0;
  for (std::uint32_t t = 0; t < P; ++t) {
    // Events are numbered in date order, so each period's events follow the previous period's.
    while (next_event < event_period.size() && (event_period[next_event] == kNone || event_period[next_event] < t)) {
      ++next_event;
    }
    for (; next_event < event_period.size() && event_period[next_event] == t; ++next_event) {
      const model::EventId e = static_cast<model::EventId>(next_event);
      const NetworkLife& life = lives[ds.events.network[e]];
      const std::uint8_t flag = static_cast<std::uint8_t>((t > 0 && life.running(t - 1) ? kRanBefore : 0) |
                                                          (life.running(t + 1) ? kRunsAfter : 0));
      for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
        const PractitionerId p = ds.records.practitioner[r];
        touched_current.push_back(p);
        current[p] |= flag;
      }
    }
    if (t > 0) {
      const auto a = partnership.members(0, t - 1), b = partnership.members(0, t);
      LifeAttribution& x = out[t - 1];
      std::size_t i = 0, j = 0;
      while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j])) {  // leaver
          if (!(previous[a[i]] & kRunsAfter)) ++x.leavers_with_ending_networks;
          ++i;
        } else if (i == a.size() || b[j] < a[i]) {  // joiner
          if (!(current[b[j]] & kRanBefore)) ++x.joiners_with_starting_networks;
          ++j;
        } else {
          ++i;
          ++j;
        }
      }
    }
    for (PractitionerId p : touched_previous) previous[p] = 0;
    touched_previous.swap(touched_current);
    touched_current.clear();
    previous.swap(current);
  }
  return out;
}

}  // namespace reticulist::metrics

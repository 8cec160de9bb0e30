#pragma once
// When each network runs within the data (networks.csv `started` / `ended`, or inferred from its
// records), what a transition between consecutive periods is for a network (running, starting,
// ending, not running), and which partnership joiners and leavers a network's start or end
// explains. Rules and costs in network_life.cpp.
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/metrics/churn.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"

namespace reticulist::metrics {

// When a network runs, in periods: [first, last], or never (first == kNone) within the data.
enum class LifeSource : std::uint8_t {
  StartedDate,  // networks.csv `started`
  FirstRecord,  // inferred: no `started` date, or records before it
  EndedDate,    // networks.csv `ended`
  LastRecord,   // inferred: network not in networks.csv, or records after its `ended` date
  Open,         // in networks.csv without an `ended` date: runs to the end of the data
  None,         // never runs within the periods
};
std::string_view life_source_name(LifeSource source);  // started_date, first_record, ended_date, ...

struct NetworkLife {
  std::uint32_t first = model::kNone;  // first running period
  std::uint32_t last = model::kNone;   // last running period (inclusive)
  LifeSource start_source = LifeSource::None;
  LifeSource end_source = LifeSource::None;

  bool ever_runs() const { return first != model::kNone; }
  bool running(std::uint32_t t) const { return ever_runs() && first <= t && t <= last; }
};

std::vector<NetworkLife> network_lives(const model::Dataset& ds, const model::Periods& periods,
                                       const std::vector<std::uint32_t>& event_period);

// A network across the transition t -> t+1.
enum class NetworkStatus : std::uint8_t {
  Running,     // running in both periods: its changes are churn
  Starting,    // starts in t+1: its first members are no mass joining
  Ending,      // ends in t: its last members are no mass leaving
  NotRunning,  // runs in neither period
};
std::string_view network_status_name(NetworkStatus status);  // running, starting, ending, not_running
NetworkStatus transition_status(const NetworkLife& life, std::uint32_t from);

// A network in one period: active (running, with members), empty (running, no member: kept in
// the sequence with |M| = 0), or not running (not_started / ended), which is not "empty".
enum class PeriodState : std::uint8_t { Active, Empty, NotStarted, Ended };
std::string_view period_state_name(PeriodState state);  // active, empty, not_started, ended
PeriodState period_state(const NetworkLife& life, std::uint32_t t, std::uint64_t members);

// Partnership joiners and leavers that a network's start or end explains: of the joiners in
// t+1, those whose records in t+1 are all in networks starting then; of the leavers in t,
// those whose records in t are all in networks ending then. One entry per transition.
struct LifeAttribution {
  std::uint64_t joiners_with_starting_networks = 0;
  std::uint64_t leavers_with_ending_networks = 0;
};
std::vector<LifeAttribution> partnership_attribution(const model::Dataset& ds, const MemberSets& partnership,
                                                     const std::vector<NetworkLife>& lives,
                                                     const std::vector<std::uint32_t>& event_period);

}  // namespace reticulist::metrics

#pragma once
// The session-by-session simulation: memberships churn, people move, networks meet, and each
// meeting's attendance is streamed to participation.csv. Only the memberships and one
// session's event headers are held in memory, never the rows.
#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "calendar.hpp"
#include "network_plan.hpp"
#include "participation_writer.hpp"
#include "people.hpp"

namespace reticulist::generate {

struct SessionStats {
  std::string label;
  long rows = 0, events = 0, roster_events = 0, plenaries = 0;
  long networks_running = 0, members = 0;
  long joiners = 0, leavers = 0, lapsed_leavers = 0, returners = 0;
  long moves = 0, moves_across_authorities = 0;
  long practitioners = 0;                 // distinct people with a row in the session
  std::vector<long> practitioners_by_kind;
};

struct RosterEvent {
  std::string network;
  std::string date;
  long rows = 0;
};

struct SimulationResult {
  std::vector<SessionStats> sessions;
  long events = 0;  // event ids issued (regular sessions and plenaries)
  std::vector<std::uint16_t> attendance;    // regular sessions
  std::vector<std::uint16_t> plenaries;     // plenary sizes
  std::vector<RosterEvent> rosters;
  std::vector<std::uint16_t> networks_per_person;  // distinct networks each person has rows in
  std::vector<long> practitioners_by_kind;         // distinct over all sessions
  std::vector<std::vector<int>> attendees;         // network x session: distinct people with rows
  std::vector<int> first_size;                     // members in each network's first session
};

struct SimulationContext {
  const Options& options;
  const Authorities& authorities;
  const Establishments& establishments;
  const std::vector<NetworkPlan>& networks;
  const Calibration& calibration;
  int first_year;
  std::chrono::steady_clock::time_point started;
};

SimulationResult simulate(const SimulationContext& context, People& people, PersonFactory& factory,
                          ParticipationWriter& writer);

}  // namespace reticulist::generate

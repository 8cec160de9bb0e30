#pragma once
// The networks: who they are, when they run, how big they are each session, how often they
// meet, and the two calibration numbers that make the rows and the people come out near the
// targets.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "options.hpp"
#include "rng.hpp"
#include "scales.hpp"

namespace reticulist::generate {

struct NetworkPlan {
  std::string id;
  std::string name;
  const char* workstream = "";
  Kind kind = Kind::Improvement;
  std::uint16_t home = 0;  // authority
  std::array<double, 4> slots{};
  DesignationRule rule = DesignationRule::Sector;
  CentralMix central_mix = CentralMix::Default;
  double central = 0.0;
  bool roster = false;  // exports its whole membership once a session, with no event id
  // Running time, as indices into each session's teaching days.
  int start_session = 0, start_day = 0;
  int end_session = 0, end_day = 0;
  bool ended_early = false;  // stops before the last day of the data
  // Per session (zero when not running).
  std::vector<int> size;
  std::vector<double> leave;       // share of members who leave at the start of the session
  std::vector<double> attendance;  // median attendance of a session
  std::vector<double> events;      // expected sessions before calibration
  std::vector<int> plenary;        // attendance cap of the yearly plenary, 0: none

  bool runs_in(int session) const { return session >= start_session && session <= end_session; }
  int first_day(int session) const { return session == start_session ? start_day : 0; }
  int last_day(int session, int days) const { return session == end_session ? end_day : days - 1; }
};

struct Calibration {
  double event_factor = 1.0;  // multiplies every network's expected sessions
  double p_new = 1.0;         // chance that a joiner is a new person (else someone already in)
  double expected_joins = 0.0;
};

// `days[s]` is the number of teaching days of session s.
std::vector<NetworkPlan> plan_networks(const ScaleConfig& config, const Options& options,
                                       const Authorities& authorities, const std::vector<int>& days, Rng& rng);

Calibration calibrate(const std::vector<NetworkPlan>& networks, const ScaleConfig& config);

}  // namespace reticulist::generate

#pragma once
// The small tables beside participation.csv, and generation.json.
#include <filesystem>
#include <vector>

#include "establishments.hpp"
#include "network_plan.hpp"
#include "participation_writer.hpp"
#include "people.hpp"
#include "scales.hpp"
#include "simulation.hpp"

namespace reticulist::generate {

void write_authorities(const std::filesystem::path& path, const Authorities& authorities);
// establishment,name,authority,sector,roll,staff,<the register's other columns>,staff_source,synthetic
void write_establishments(const std::filesystem::path& path, const Establishments& establishments,
                          const Authorities& authorities);
// network,name,workstream,started,ended (ended empty while the network runs on)
void write_networks(const std::filesystem::path& path, const std::vector<NetworkPlan>& networks, int first_year);

struct RunSummary {
  const Options& options;
  const ScaleConfig& config;
  const Authorities& authorities;
  const Establishments& establishments;
  const std::vector<NetworkPlan>& networks;
  const Calibration& calibration;
  const People& people;
  const PersonFactory& factory;
  const ParticipationWriter& writer;
  const SimulationResult& result;
  int first_year;
  double seconds;
};

// generation.json: options, counts, per-session figures, quantiles, messiness. Everything
// but `seconds` is a function of the options.
void write_generation_json(const std::filesystem::path& path, const RunSummary& run);

}  // namespace reticulist::generate

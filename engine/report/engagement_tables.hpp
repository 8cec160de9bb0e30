#pragma once
// `reticulist engagement` as one engine call: the engagement of every establishment (register or
// not) in every period, the under-engaged ones, and three summaries, as five tables:
//   establishments         one row per period and establishment, then period = all
//   under_engaged          one row per period and flagged establishment, ranked per authority
//   by_authority_sector    one row per period, authority and sector, then period = all
//   engagement_by_authority  the same per period and authority (every sector), then period = all
//   by_authority_network   one row per period, authority and network with a record, then all
// Definitions are in engine/metrics/engagement.cpp (statuses, rates) and under_engaged.cpp (peers,
// thresholds); the column descriptions repeat what a reader needs. No practitioner identifier
// appears: people are only counted.
#include <string>
#include <vector>

#include "engine/metrics/engagement.hpp"
#include "engine/metrics/under_engaged.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

struct EngagementRun {
  std::vector<report::Table> tables;  // establishments, under_engaged, by_authority_sector, engagement_by_authority,
                                      // by_authority_network
  std::vector<std::string> warnings;  // for the log: no register
  std::vector<std::string> notes;     // for the log: empty periods, how many are under-engaged
};

// Throws ConfigError for options out of range (metrics::check_options).
EngagementRun run_engagement(const model::Dataset& ds, const model::Periods& periods,
                             const metrics::UnderEngagedOptions& options, Progress& progress);

}  // namespace reticulist::report

#pragma once
// The tables of the Board pack (`reticulist report`), computed once from one ingest: every figure,
// the HTML page and the workbook render these (after disclosure), so a number can never differ
// between them. What it runs, in order:
//   summary      overview, by_authority, by_sector, by_network, by_workstream
//   engagement   establishments, under_engaged, by_authority_sector, engagement_by_authority,
//                by_authority_network, under_engaged_by_authority
//   churn        transitions, transitions_by_authority, representation, partnership, network_life,
//                tenure, tenure_summary, cohorts, tie_churn
//   ties         authority_ties (every ordered pair of authorities, per period), with the groups
//                and group_pairs of the practitioner layer grouped by authority it is read from,
//                networks (each network's profile) and network_pairs (networks sharing members)
//   fragility    whatif's tables for the last period: the people of `fragility_designations`
//                removed against random removals of as many (skipped, with a note, when no record
//                has such a designation)
//   individual   (only with `individual`, for the officer view) nodes of the last period's
//                practitioner layer: each person's bridging measures and the reticulist flag
// Cost: that of the commands it stands for; the practitioner layer of each period is built twice
// (ties, fragility) and three times for the last period with `individual`.
#include <string>
#include <vector>

#include "engine/metrics/under_engaged.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"
#include "engine/progress.hpp"
#include "engine/report/metrics_options.hpp"
#include "engine/report/table.hpp"
#include "engine/whatif/whatif.hpp"

namespace reticulist::report {

struct BoardPackOptions {
  model::PeriodOptions periods;
  graph::CoattendanceOptions coattendance;
  metrics::UnderEngagedOptions engagement;
  std::uint32_t min_records = 1;  // churn: records that make a member
  // The fragility scenario: secondees recalled to their authorities (the evaluators' worry).
  std::vector<std::string> fragility_designations{"seconded officer"};
  std::uint32_t fragility_repetitions = 100;
  std::uint64_t seed = 1;
  bool individual = false;
  bool identify = false;  // individual tables also give raw identifiers (officer view, --identify)
  // Which parts to run (a single figure needs one or two); the report runs them all.
  struct Parts {
    bool summary = true, engagement = true, churn = true, ties = true, fragility = true;
  } parts{};
  unsigned threads = 1;
};

struct BoardPack {
  model::Periods periods;
  std::vector<report::Table> tables;
  std::vector<std::string> notes;  // for the log and the page: what was skipped and why
  std::string fragility_scenario;  // whatif's description of who was removed; empty when skipped
  std::string fragility_people;    // the same for a sentence: "people recorded as 'seconded officer'"
};

BoardPack run_board_pack(const model::Dataset& ds, const BoardPackOptions& options, Progress& progress);

}  // namespace reticulist::report

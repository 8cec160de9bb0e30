#pragma once
// `reticulist churn` as engine calls: membership turnover between consecutive periods (per
// network, per authority within a network, for the partnership), tenure (Kaplan-Meier), cohort
// retention, tie churn and representation, as report::Tables. The definitions are those of
// engine/metrics/churn.cpp, survival.cpp, cohorts.cpp and tie_churn.cpp.
//
// Tables, in the order run_churn returns them:
//   partnership               one row per transition t -> t+1: the partnership as one set, and
//                             the sums over the networks running across the transition
//   transitions               one row per transition and network that runs in the data
//   transitions_by_authority  one row per transition, network and authority with a member in t or t+1
//   representation            the same rows: each authority's presence and share in the network
//   tenure                    Kaplan-Meier curve of membership spells per network, pooled over
//                             networks (all_networks) and for the partnership
//   tenure_summary            median tenure with its confidence interval, same scopes
//   cohorts                   retention triangle per network, all_networks and partnership
//   tie_churn                 ties formed / dissolved / kept on the practitioner layer, its
//                             cross-authority subset and the authority layer
//   network_life              when each network runs and how that was known
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/metrics/churn.hpp"
#include "engine/metrics/network_life.hpp"
#include "engine/metrics/tie_churn.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

struct ChurnOptions {
  std::uint32_t min_records = 1;  // records a practitioner needs in a network and period to be a member
  graph::CoattendanceOptions coattendance;  // for tie churn (large-event rule, threads)
  // tie_churn made by the caller from the period layers it builds anyway (the Board pack), so
  // that each period is projected once; run_churn then uses it instead of projecting again.
  std::optional<report::Table> tie_churn{};
};

// What every churn table reads: the periods of each event, each network's life, and the member
// sets of the networks and of the partnership.
struct ChurnData {
  const model::Dataset* ds = nullptr;
  const model::Periods* periods = nullptr;
  std::vector<std::uint32_t> event_period;
  std::vector<metrics::NetworkLife> lives;
  metrics::MemberSets networks;
  metrics::MemberSets partnership;
  std::vector<std::vector<metrics::Transition>> network_transitions;  // per network; empty if it never runs
};

ChurnData churn_data(const model::Dataset& ds, const model::Periods& periods, std::uint32_t min_records);

struct MembershipTables {
  report::Table transitions;
  report::Table by_authority;
  report::Table representation;
};
MembershipTables membership_tables(const ChurnData& data);
report::Table partnership_table(const ChurnData& data);
report::Table network_life_table(const ChurnData& data);

// tenure and tenure_summary, from the same Kaplan-Meier fits.
std::vector<report::Table> tenure_tables(const ChurnData& data);
report::Table cohorts_table(const ChurnData& data);

// tie_churn's rows, one period at a time in order, from each period's practitioner layer (its
// graph, vertices and affiliation); only the ties of the period before are kept (8 bytes a tie).
class TieChurnRows {
 public:
  TieChurnRows();
  void add(const std::string& period, const graph::Graph& practitioners,
           const std::vector<model::PractitionerId>& practitioner, const graph::Affiliation& affiliation);
  report::Table take() { return std::move(table_); }

 private:
  struct Snapshot {
    std::string period;
    metrics::TieSet practitioners;  // with each practitioner's authority in the period
    metrics::TieSet authorities;
  };
  report::Table table_;
  std::optional<Snapshot> previous_;
};

// Builds the practitioner and authority layers of each period, one period at a time.
report::Table tie_churn_table(const model::Dataset& ds, const model::Periods& periods,
                              const graph::CoattendanceOptions& options, Progress& progress);

std::vector<report::Table> run_churn(const model::Dataset& ds, const model::Periods& periods,
                                     const ChurnOptions& options, Progress& progress);

}  // namespace reticulist::report

#pragma once
// A small dataset cut into periods at given days, with its member sets and network lives, for
// the churn, survival and cohort tests. Periods are cut at days 100, 200, ... so that period k
// holds days [100 k, 100 k + 99] (clipped to the data's first and last day).
#include <stdexcept>
#include <utility>
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/metrics/churn.hpp"
#include "engine/metrics/network_life.hpp"
#include "engine/model/periods.hpp"
#include "support/model_builder.hpp"

namespace reticulist::test_churn {

struct ChurnRun {
  model::Dataset ds;
  model::Periods periods;
  std::vector<std::uint32_t> event_period;
  std::vector<metrics::NetworkLife> lives;
  metrics::MemberSets networks;
  metrics::MemberSets partnership;
};

// `periods` periods of 100 days from day 0 (the data must have a record on day 0 and one in the
// last period).
inline model::Periods hundred_day_periods(const model::Dataset& ds, std::uint32_t periods) {
  model::PeriodOptions options;
  options.scheme = model::PeriodScheme::Cuts;
  // A cut after the data (needed when periods = 1) starts no period.
  for (std::uint32_t k = 1; k <= periods; ++k) options.cuts.push_back(static_cast<model::Day>(100 * k));
  return model::Periods::covering(options, *ds.first_day(), *ds.last_day());
}

inline ChurnRun churn_run(model::Dataset ds, std::uint32_t periods, std::uint32_t min_records = 1) {
  ChurnRun r;
  r.ds = std::move(ds);
  r.periods = hundred_day_periods(r.ds, periods);
  if (r.periods.size() != periods) throw std::logic_error("churn_run: the data do not span the periods asked for");
  r.event_period = graph::event_periods(r.ds, r.periods);
  r.lives = metrics::network_lives(r.ds, r.periods, r.event_period);
  r.networks = metrics::network_members(r.ds, r.event_period, periods, min_records);
  r.partnership = metrics::partnership_members(r.ds, r.event_period, periods, min_records);
  return r;
}

// Events of one network on one day, attendees given as practitioner ids in authority 0.
inline testing::TestEvent on(model::Day day, model::NetworkId network, std::initializer_list<model::PractitionerId> ids) {
  return {day, network, testing::people(ids)};
}

}  // namespace reticulist::test_churn

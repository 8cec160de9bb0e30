// When a network runs (networks.csv dates, open, inferred from records), the status of each
// transition for a network, and the partnership joiners and leavers a network's start or end
// explains. Periods are 100 days each: P0 = days 0-99, P1 = 100-199, P2 = 200-299, ...
#include "engine/metrics/network_life.hpp"

#include <catch2/catch.hpp>

#include "tests/unit/metrics/churn_fixture.hpp"

namespace mt = reticulist::metrics;
namespace t = reticulist::testing;
using reticulist::test_churn::churn_run;
using reticulist::test_churn::on;

TEST_CASE("Network life: networks that start or end within the data are no mass joining or leaving",
          "[metrics][churn][network_life]") {
  //          P0        P1        P2
  //   N0     0         0         0 1        listed, open
  //   N1     -         -         2 3        not in networks.csv: runs P2-P2 (inferred)
  //   N2     -         (empty)   1          listed, started on day 120 (P1)
  //   N3     4 5       4         -          listed, ended on day 130 (P1)
  // Partnership: P0 {0 4 5}, P1 {0 4}, P2 {0 1 2 3}.
  //   P0 -> P1: leaver 5, whose N3 runs on in P1: not explained by an end.
  //   P1 -> P2: leaver 4, whose only network N3 ends in P1: explained (1);
  //             joiners 1 2 3: 2 and 3 came only with N1, which starts in P2 (2); 1 also has a
  //             record in N0, running since P0 (and in N2, running since P1): not explained.
  auto ds = t::make_dataset(6, 4, 1,
                            {on(0, 0, {0}), on(0, 3, {4, 5}), on(110, 3, {4}), on(150, 0, {0}), on(250, 0, {0, 1}),
                             on(250, 1, {2, 3}), on(250, 2, {1})});
  ds.networks.listed[1] = false;
  ds.networks.started[2] = 120;
  ds.networks.ended[3] = 130;
  const auto r = churn_run(std::move(ds), 3);
  CHECK(r.lives[0].first == 0);
  CHECK(r.lives[0].last == 2);
  CHECK(r.lives[1].first == 2);
  CHECK(r.lives[1].last == 2);
  CHECK(r.lives[1].start_source == mt::LifeSource::FirstRecord);
  CHECK(r.lives[1].end_source == mt::LifeSource::LastRecord);
  CHECK(r.lives[2].first == 1);
  CHECK(r.lives[2].start_source == mt::LifeSource::StartedDate);
  CHECK(r.lives[2].end_source == mt::LifeSource::Open);
  CHECK(r.lives[3].last == 1);
  CHECK(r.lives[3].end_source == mt::LifeSource::EndedDate);

  CHECK(mt::transition_status(r.lives[1], 0) == mt::NetworkStatus::NotRunning);
  CHECK(mt::transition_status(r.lives[1], 1) == mt::NetworkStatus::Starting);
  CHECK(mt::transition_status(r.lives[2], 0) == mt::NetworkStatus::Starting);
  CHECK(mt::transition_status(r.lives[2], 1) == mt::NetworkStatus::Running);
  CHECK(mt::transition_status(r.lives[3], 0) == mt::NetworkStatus::Running);
  CHECK(mt::transition_status(r.lives[3], 1) == mt::NetworkStatus::Ending);
  CHECK(mt::period_state(r.lives[3], 2, 0) == mt::PeriodState::Ended);
  CHECK(mt::period_state(r.lives[2], 1, 0) == mt::PeriodState::Empty);
  CHECK(mt::period_state(r.lives[1], 1, 0) == mt::PeriodState::NotStarted);

  const auto whole = mt::scope_transitions(r.partnership, 0);
  CHECK(whole[1].joiners == 3);
  CHECK(whole[1].leavers == 1);
  const auto explained = mt::partnership_attribution(r.ds, r.partnership, r.lives, r.event_period);
  REQUIRE(explained.size() == 2);
  CHECK(explained[0].leavers_with_ending_networks == 0);
  CHECK(explained[0].joiners_with_starting_networks == 0);
  CHECK(explained[1].leavers_with_ending_networks == 1);
  CHECK(explained[1].joiners_with_starting_networks == 2);
}

TEST_CASE("Network life: when a network runs (networks.csv dates, open, inferred)", "[metrics][churn][network_life]") {
  //          P0      P1      P2      P3
  //   N0     rec                     started before the data, ended after it: P0-P3 (dates)
  //   N1             rec             started day 250, yet a record on day 120: P1 (first record) - P3 (open)
  //   N2             rec     rec     not listed: P1-P2 (first and last record)
  //   N3     rec                     ended day 120, yet a record on day 320: P0 - P3 (last record)
  //                          rec
  //   N4                             started after the data, no record: never runs
  //   N5                             ended before the data, no record: never runs
  auto ds = t::make_dataset(1, 6, 1, {on(0, 0, {0}), on(10, 3, {0}), on(120, 1, {0}), on(120, 2, {0}),
                                      on(220, 2, {0}), on(320, 3, {0})});
  ds.networks.started[0] = -50;
  ds.networks.ended[0] = 1000;
  ds.networks.started[1] = 250;
  ds.networks.listed[2] = false;
  ds.networks.ended[3] = 120;
  ds.networks.started[4] = 500;
  ds.networks.ended[5] = -10;
  const auto r = churn_run(std::move(ds), 4);
  const auto& L = r.lives;
  CHECK((L[0].first == 0 && L[0].last == 3));
  CHECK(L[0].start_source == mt::LifeSource::StartedDate);
  CHECK(L[0].end_source == mt::LifeSource::EndedDate);
  CHECK((L[1].first == 1 && L[1].last == 3));
  CHECK(L[1].start_source == mt::LifeSource::FirstRecord);
  CHECK(L[1].end_source == mt::LifeSource::Open);
  CHECK((L[2].first == 1 && L[2].last == 2));
  CHECK(L[2].end_source == mt::LifeSource::LastRecord);
  CHECK((L[3].first == 0 && L[3].last == 3));
  CHECK(L[3].end_source == mt::LifeSource::LastRecord);
  CHECK_FALSE(L[4].ever_runs());
  CHECK_FALSE(L[5].ever_runs());
  CHECK(L[4].start_source == mt::LifeSource::None);
  CHECK(mt::transition_status(L[4], 0) == mt::NetworkStatus::NotRunning);
  CHECK(mt::life_source_name(mt::LifeSource::Open) == "open");
  CHECK(mt::network_status_name(mt::NetworkStatus::NotRunning) == "not_running");
  CHECK(mt::period_state_name(mt::PeriodState::NotStarted) == "not_started");
}

TEST_CASE("Network life: one period gives no transition to explain", "[metrics][churn][network_life]") {
  const auto r = churn_run(t::make_dataset(2, 1, 1, {on(0, 0, {0, 1}), on(50, 0, {1})}), 1);
  CHECK(mt::partnership_attribution(r.ds, r.partnership, r.lives, r.event_period).empty());
}

// Membership churn between consecutive periods (shared/spec/metrics.md "Time"): member sets,
// stayers / leavers / joiners / returners, the rates, authorities within a network.
// Periods are 100 days each: P0 = days 0-99, P1 = 100-199, P2 = 200-299, ...
#include "engine/metrics/churn.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

#include "tests/unit/metrics/churn_fixture.hpp"

namespace m = reticulist::model;
namespace mt = reticulist::metrics;
namespace t = reticulist::testing;
using reticulist::test_churn::churn_run;
using reticulist::test_churn::on;
using Members = std::vector<m::PractitionerId>;

namespace {

Members members(const mt::MemberSets& sets, std::uint32_t scope, std::uint32_t p) {
  const auto s = sets.members(scope, p);
  return {s.begin(), s.end()};
}

}  // namespace

TEST_CASE("Churn: a network whose whole membership changes", "[metrics][churn]") {
  //          P0        P1
  //   N0     0 1 2     3 4
  // stayers 0, leavers 3, joiners 2 (none returning); retention 0/3 = 0, attrition 1,
  // accession 2/2 = 1, Jaccard 0 / 5 = 0.
  const auto r = churn_run(t::make_dataset(5, 1, 1, {on(0, 0, {0, 1, 2}), on(150, 0, {3, 4})}), 2);
  CHECK(members(r.networks, 0, 0) == Members{0, 1, 2});
  CHECK(members(r.networks, 0, 1) == Members{3, 4});
  const auto x = mt::scope_transitions(r.networks, 0);
  REQUIRE(x.size() == 1);
  CHECK(x[0].before == 3);
  CHECK(x[0].after == 2);
  CHECK(x[0].stayers == 0);
  CHECK(x[0].leavers == 3);
  CHECK(x[0].joiners == 2);
  CHECK(x[0].returners == 0);
  CHECK(x[0].new_joiners() == 2);
  CHECK(*x[0].retention() == 0.0);
  CHECK(*x[0].attrition() == 1.0);
  CHECK(*x[0].accession() == 1.0);
  CHECK(*x[0].jaccard() == 0.0);
  CHECK(mt::transition_status(r.lives[0], 0) == mt::NetworkStatus::Running);
  // The partnership is the same set here.
  const auto whole = mt::scope_transitions(r.partnership, 0);
  CHECK(whole[0].leavers == 3);
  CHECK(whole[0].joiners == 2);
}

TEST_CASE("Churn: a member who leaves and comes back is a returner", "[metrics][churn]") {
  //          P0      P1     P2
  //   N0     0 1     1      0 1
  // P0 -> P1: stayers {1}, leavers {0}: retention 1/2, accession 0/1 = 0, Jaccard 1/2.
  // P1 -> P2: stayers {1}, joiners {0}, who was a member in P0: a returner, no new joiner;
  //           retention 1/1, accession 1/2, Jaccard 1/2.
  const auto r = churn_run(t::make_dataset(2, 1, 1, {on(0, 0, {0, 1}), on(150, 0, {1}), on(250, 0, {0, 1})}), 3);
  const auto x = mt::scope_transitions(r.networks, 0);
  REQUIRE(x.size() == 2);
  CHECK(x[0].stayers == 1);
  CHECK(x[0].leavers == 1);
  CHECK(x[0].joiners == 0);
  CHECK(*x[0].retention() == 0.5);
  CHECK(*x[0].accession() == 0.0);
  CHECK(*x[0].jaccard() == 0.5);
  CHECK(x[1].stayers == 1);
  CHECK(x[1].leavers == 0);
  CHECK(x[1].joiners == 1);
  CHECK(x[1].returners == 1);
  CHECK(x[1].new_joiners() == 0);
  CHECK(*x[1].retention() == 1.0);
  CHECK(*x[1].accession() == 0.5);
  CHECK(*x[1].jaccard() == 0.5);
}

TEST_CASE("Churn: an empty period is kept with no members, and is not a network that ended",
          "[metrics][churn]") {
  //          P0      P1      P2
  //   N0     0 1     -       1        listed, no end date: runs P0-P2, empty in P1
  //   N1     -       2       -        listed, first record in P1: starts then, runs on (open)
  // N0 P0 -> P1: leavers 2, retention 0, accession NA (|M_1| = 0), Jaccard 0/2 = 0.
  // N0 P1 -> P2: joiner 1, a returner; retention NA (|M_1| = 0), accession 1, Jaccard 0/1 = 0.
  const auto r = churn_run(t::make_dataset(3, 2, 1, {on(0, 0, {0, 1}), on(150, 1, {2}), on(250, 0, {1})}), 3);
  const auto x = mt::scope_transitions(r.networks, 0);
  CHECK(x[0].leavers == 2);
  CHECK(x[0].after == 0);
  CHECK(*x[0].retention() == 0.0);
  CHECK_FALSE(x[0].accession());
  CHECK(*x[0].jaccard() == 0.0);
  CHECK(x[1].before == 0);
  CHECK(x[1].returners == 1);
  CHECK_FALSE(x[1].retention());
  CHECK_FALSE(x[1].attrition());
  CHECK(*x[1].accession() == 1.0);
  CHECK(*x[1].jaccard() == 0.0);
  CHECK(mt::period_state(r.lives[0], 1, 0) == mt::PeriodState::Empty);
  CHECK(mt::transition_status(r.lives[0], 0) == mt::NetworkStatus::Running);
  CHECK(mt::transition_status(r.lives[0], 1) == mt::NetworkStatus::Running);
  // N1 before its first record has not started: not empty.
  CHECK(mt::period_state(r.lives[1], 0, 0) == mt::PeriodState::NotStarted);
  CHECK(mt::transition_status(r.lives[1], 0) == mt::NetworkStatus::Starting);
  CHECK(mt::period_state(r.lives[1], 2, 0) == mt::PeriodState::Empty);
  // Both sets empty: everything but the counts is NA.
  const mt::Transition none;
  CHECK_FALSE(none.retention());
  CHECK_FALSE(none.accession());
  CHECK_FALSE(none.jaccard());
}

TEST_CASE("Churn: a practitioner who moves school and authority between periods", "[metrics][churn]") {
  //          P0                 P1                               P2
  //   N0     0@E0(A0) 1@E0(A0)  day 110: 0@E0(A0) 1@E0(A0)       0@E0(A0) 1@E0(A0)
  //                             day 150: 0@E1(A1)  (latest: 0 is in A1 in P1)
  // The network keeps both members throughout (stayers 2, 2). By authority:
  //   P0 -> P1  A0: before 2, after 1, stayer 1, leaver 0 (moved out)
  //             A1: before 0, after 1, joiner 0 (moved in, new)
  //   P1 -> P2  A0: before 1, after 2, stayer 1, joiner 0 (moved in), a returner: in A0 in P0
  //             A1: before 1, after 0, leaver 0 (moved out)
  const auto ds = t::make_dataset(2, 1, 2,
                                  {{0, 0, {{0, 0, 0}, {1, 0, 0}}},
                                   {110, 0, {{0, 0, 0}, {1, 0, 0}}},
                                   {150, 0, {{0, 1, 1}}},
                                   {250, 0, {{0, 0, 0}, {1, 0, 0}}}},
                                  2, {0, 1});
  const auto r = churn_run(ds, 3);
  const auto auth = r.networks.authorities(0, 1);
  CHECK(std::vector<m::AuthorityId>(auth.begin(), auth.end()) == std::vector<m::AuthorityId>{1, 0});
  const auto x = mt::scope_transitions(r.networks, 0);
  CHECK(x[0].stayers == 2);
  CHECK(x[1].stayers == 2);
  const auto by = mt::authority_transitions(r.networks, 0);
  REQUIRE(by.size() == 4);
  CHECK(by[0].from == 0);
  CHECK(by[0].authority == 0);
  CHECK(by[0].counts.before == 2);
  CHECK(by[0].counts.after == 1);
  CHECK(by[0].counts.stayers == 1);
  CHECK(by[0].counts.leavers == 1);
  CHECK(by[0].counts.moved_out == 1);
  CHECK(by[0].counts.joiners == 0);
  CHECK(by[1].authority == 1);
  CHECK(by[1].counts.before == 0);
  CHECK(by[1].counts.joiners == 1);
  CHECK(by[1].counts.moved_in == 1);
  CHECK(by[1].counts.returners == 0);
  CHECK(by[2].from == 1);
  CHECK(by[2].authority == 0);
  CHECK(by[2].counts.stayers == 1);
  CHECK(by[2].counts.joiners == 1);
  CHECK(by[2].counts.moved_in == 1);
  CHECK(by[2].counts.returners == 1);
  CHECK(by[3].authority == 1);
  CHECK(by[3].counts.leavers == 1);
  CHECK(by[3].counts.moved_out == 1);
  CHECK(*by[3].counts.retention() == 0.0);
  // The partnership places 0 in A1 in P1 as well.
  CHECK(r.partnership.authorities(0, 1)[0] == 1);
}

TEST_CASE("Churn: the minimum number of records", "[metrics][churn]") {
  //          P0                         P1
  //   N0     0 (days 0, 10), 1 (day 0)  1 (days 150, 160)
  //   N1     1 (day 20)
  // min 2: N0 has {0} then {1}; N1 has nobody; the partnership counts 1's records in N0 and
  // N1 together, so P0 {0 1}, P1 {1}.
  const auto ds = t::make_dataset(2, 2, 1,
                                  {on(0, 0, {0, 1}), on(10, 0, {0}), on(20, 1, {1}), on(150, 0, {1}), on(160, 0, {1})});
  const auto one = churn_run(ds, 2);
  CHECK(members(one.networks, 0, 0) == Members{0, 1});
  CHECK(members(one.networks, 1, 0) == Members{1});
  const auto two = churn_run(ds, 2, 2);
  CHECK(members(two.networks, 0, 0) == Members{0});
  CHECK(members(two.networks, 0, 1) == Members{1});
  CHECK(members(two.networks, 1, 0).empty());
  CHECK(members(two.partnership, 0, 0) == Members{0, 1});
  CHECK(members(two.partnership, 0, 1) == Members{1});
  std::vector<std::uint32_t> event_period(ds.events.size(), 0);
  CHECK_THROWS_WITH(mt::network_members(ds, event_period, 1, 0), "churn: min_records must be at least 1");
  CHECK_THROWS_AS(mt::partnership_members(ds, event_period, 1, 0), std::invalid_argument);
}

TEST_CASE("Churn: one period or none gives no transition", "[metrics][churn]") {
  const auto r = churn_run(t::make_dataset(2, 1, 1, {on(0, 0, {0, 1}), on(50, 0, {1})}), 1);
  CHECK(mt::scope_transitions(r.networks, 0).empty());
  CHECK(mt::authority_transitions(r.networks, 0).empty());
  const mt::MemberSets none;
  CHECK(mt::scope_transitions(none, 0).empty());
}

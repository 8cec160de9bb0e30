// Establishment engagement: statuses on purpose-built histories, counts, rates, the peer rule of
// under_engaged with hand-worked peers, ranking, establishments outside the register, no register
// at all, reach by authority x network. The type 7 percentile itself: quantile_test.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "engine/error.hpp"
#include "engine/metrics/engagement.hpp"
#include "engine/metrics/under_engaged.hpp"
#include "support/model_builder.hpp"

namespace mt = reticulist::metrics;
namespace m = reticulist::model;
namespace t = reticulist::testing;
using S = mt::EngagementStatus;

namespace {

// Periods cut at `cuts` over days [first, last]: with first = 0, last = 399 and cuts 100, 200,
// 300 the periods are P0 = 0..99, P1 = 100..199, P2 = 200..299, P3 = 300..399.
m::Periods cut_periods(m::Day first, m::Day last, std::vector<m::Day> cuts) {
  return m::Periods::covering({m::PeriodScheme::Cuts, std::move(cuts)}, first, last);
}

// One period: the calendar year 1970 holds days 0..364.
m::Periods one_period() { return m::Periods::covering({m::PeriodScheme::Year, {}}, 0, 99); }

void set_register_entry(m::Dataset& ds, m::EstablishmentId e, m::Sector sector, double staff, double roll) {
  ds.establishments.sector[e] = sector;
  ds.establishments.staff[e] = staff;
  ds.establishments.roll[e] = roll;
}

// An establishment named in participation only (as ingest makes one): unknown sector, no figures.
m::EstablishmentId add_outside_register(m::Dataset& ds, m::AuthorityId authority) {
  auto& est = ds.establishments;
  est.id.push_back("Somewhere Primary");
  est.name.push_back("Somewhere Primary");
  est.authority.push_back(authority);
  est.sector.push_back(m::Sector::Unknown);
  est.roll.push_back(std::nan(""));
  est.staff.push_back(std::nan(""));
  est.in_register.push_back(false);
  return static_cast<m::EstablishmentId>(est.size() - 1);
}

}  // namespace

TEST_CASE("Statuses over consecutive periods follow the definitions", "[metrics][engagement]") {
  // period      0    1    2    3    4
  // engaged     x    x    .    x    .     new, active, lapsed, returning, lapsed
  // engaged     .    .    x    x    .     never, never, new, active, lapsed
  // engaged     .    .    .    .    .     never throughout
  // engaged     x    .    .    x    x     new, lapsed, lapsed, returning, active
  const std::vector<std::uint8_t> a{1, 1, 0, 1, 0}, b{0, 0, 1, 1, 0}, c{0, 0, 0, 0, 0}, d{1, 0, 0, 1, 1};
  CHECK(mt::engagement_statuses(a, true) == std::vector<S>{S::New, S::Active, S::Lapsed, S::Returning, S::Lapsed});
  CHECK(mt::engagement_statuses(b, true) == std::vector<S>{S::Never, S::Never, S::New, S::Active, S::Lapsed});
  CHECK(mt::engagement_statuses(c, true) == std::vector<S>(5, S::Never));
  CHECK(mt::engagement_statuses(d, true) == std::vector<S>{S::New, S::Lapsed, S::Lapsed, S::Returning, S::Active});
  // Outside the register: outside_register whatever the history; no periods: no statuses.
  CHECK(mt::engagement_statuses(a, false) == std::vector<S>(5, S::OutsideRegister));
  CHECK(mt::engagement_statuses({}, true).empty());
  CHECK(mt::status_name(S::Returning) == "returning");
  CHECK(mt::status_name(S::OutsideRegister) == "outside_register");
}

TEST_CASE("Engagement counts and statuses on a small register", "[metrics][engagement]") {
  // Register (authority A0): E0 primary, E1 primary, E2 secondary; W = outside the register.
  // Periods P0 = 0..99, P1 = 100..199, P2 = 200..299 (no record: empty), P3 = 300..399.
  //
  //  day 10  N0: p0@E0, p1@E0          E0: 2 practitioners
  //  day 20  N1: p0@E0, p2 central     E0: p0 again in another network; p2 counts nowhere
  //  day 110 N0: p0@E0, p3@W           E0 active; W engaged but outside the register
  //  day 310 N0: p0@E2 (moved), p1@E0  E0 returning after empty P2; E2 new; E1 never
  //  day 320 N1: p1@E0
  //
  //            P0          P1          P2        P3             all
  //  E0   new 2/3/2   active 1/1/1   lapsed   returning 1/2/2   2 practitioners, 6 records, 2 networks
  //  E1   never       never          never    never             0
  //  E2   never       never          never    new 1/1/1         1
  //  W    outside_register throughout, 1/1/1 in P1
  auto ds = t::make_dataset(4, 2, 1,
                            {{10, 0, {{0, 0, 0}, {1, 0, 0}}},
                             {20, 1, {{0, 0, 0}, {2, m::kNone, 0}}},
                             {110, 0, {{0, 0, 0}, {3, 3, 0}}},
                             {310, 0, {{0, 2, 0}, {1, 0, 0}}},
                             {320, 1, {{1, 0, 0}}}},
                            3);
  const auto w = add_outside_register(ds, 0);
  REQUIRE(w == 3);
  const auto periods = cut_periods(0, 399, {100, 200, 300});
  REQUIRE(periods.size() == 4);
  const auto eng = mt::engagement(ds, periods);

  const auto counts = [&](std::size_t t, m::EstablishmentId e) {
    const auto& c = eng.at(t, e);
    return std::vector<std::uint64_t>{c.practitioners, c.attendances, c.networks};
  };
  CHECK(counts(0, 0) == std::vector<std::uint64_t>{2, 3, 2});
  CHECK(counts(1, 0) == std::vector<std::uint64_t>{1, 1, 1});
  CHECK(counts(2, 0) == std::vector<std::uint64_t>{0, 0, 0});
  CHECK(counts(3, 0) == std::vector<std::uint64_t>{1, 2, 2});
  CHECK(counts(4, 0) == std::vector<std::uint64_t>{2, 6, 2});  // whole span
  CHECK(counts(3, 2) == std::vector<std::uint64_t>{1, 1, 1});
  CHECK(counts(4, 1) == std::vector<std::uint64_t>{0, 0, 0});
  CHECK(counts(1, w) == std::vector<std::uint64_t>{1, 1, 1});

  CHECK(eng.status_at(0, 0) == S::New);
  CHECK(eng.status_at(1, 0) == S::Active);
  CHECK(eng.status_at(2, 0) == S::Lapsed);
  CHECK(eng.status_at(3, 0) == S::Returning);
  for (std::size_t p = 0; p < 4; ++p) CHECK(eng.status_at(p, 1) == S::Never);
  CHECK(eng.status_at(2, 2) == S::Never);
  CHECK(eng.status_at(3, 2) == S::New);
  for (std::size_t p = 0; p < 4; ++p) CHECK(eng.status_at(p, w) == S::OutsideRegister);

  CHECK(eng.empty_periods == std::vector<std::uint32_t>{2});
  CHECK(eng.first_engaged == std::vector<std::uint32_t>{0, m::kNone, 3, 1});
  CHECK(eng.last_engaged_at(2, 0) == 1);
  CHECK(eng.last_engaged_at(3, 0) == 3);
  CHECK(eng.last_engaged_at(0, 2) == m::kNone);
}

TEST_CASE("No periods (no record): statuses are empty and the whole span is zero", "[metrics][engagement]") {
  const auto ds = t::make_dataset(0, 0, 1, {}, 2);
  const auto eng = mt::engagement(ds, m::Periods());
  CHECK(eng.period_count == 0);
  CHECK(eng.status.empty());
  CHECK(eng.at(0, 1).attendances == 0);
  CHECK(mt::under_engaged(ds, eng, {}).empty());
}

TEST_CASE("Rates: per staff FTE, else per 100 pupils, else NA", "[metrics][engagement]") {
  const double nan = std::nan("");
  // 3 practitioners, 12 FTE: 0.25 per FTE (and share reached 0.25).
  CHECK(*mt::engagement_rate(3, 12.0, 300.0) == Approx(0.25));
  CHECK(*mt::share_of_staff(3, 12.0) == Approx(0.25));
  CHECK(mt::rate_basis(12.0, 300.0) == mt::RateBasis::StaffFte);
  // Staff unknown: 3 per 300 pupils = 1 per 100 pupils; no share of staff.
  CHECK(*mt::engagement_rate(3, nan, 300.0) == Approx(1.0));
  CHECK(!mt::share_of_staff(3, nan));
  CHECK(mt::rate_basis(nan, 300.0) == mt::RateBasis::Roll);
  // Staff 0 is no basis either; neither known: NA.
  CHECK(mt::rate_basis(0.0, 300.0) == mt::RateBasis::Roll);
  CHECK(!mt::engagement_rate(3, nan, nan));
  CHECK(!mt::engagement_rate(3, 0.0, 0.0));
  CHECK(mt::rate_basis(nan, nan) == mt::RateBasis::None);
  // A share above 1 is kept (FTE counts part-timers fractionally).
  CHECK(*mt::share_of_staff(5, 2.5) == Approx(2.0));
  CHECK(mt::rate_basis_name(mt::RateBasis::Roll) == "per_100_roll");
}

namespace {

// Two authorities of primaries, staff 10 FTE each, one period (days 0..99):
//   A0: E0..E5 engaged with 1..6 practitioners -> rates 0.1 0.2 0.3 0.4 0.5 0.6
//   A1: E6 with 0.05 (1 practitioner, 20 FTE), E7 with 0.5 (5 of 10)
// plus, in A0: E8 secondary, 10 FTE, 1 practitioner (0.1; its sector has no other member),
// E9 primary with no staff but a roll of 200, 1 practitioner (0.5 per 100 pupils: another basis),
// E10 primary, 10 FTE, never engaged.
m::Dataset peer_dataset() {
  std::vector<t::Attendance> people;
  m::PractitionerId next = 0;
  const auto attend = [&](m::EstablishmentId e, m::AuthorityId a, int n) {
    for (int i = 0; i < n; ++i) people.push_back({next++, e, a});
  };
  for (m::EstablishmentId e = 0; e < 6; ++e) attend(e, 0, static_cast<int>(e) + 1);
  attend(6, 1, 1);
  attend(7, 1, 5);
  attend(8, 0, 1);
  attend(9, 0, 1);
  auto ds = t::make_dataset(next, 1, 2, {{10, 0, people}}, 11, {0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0});
  const double nan = std::nan("");
  for (m::EstablishmentId e = 0; e < 11; ++e) set_register_entry(ds, e, m::Sector::Primary, 10.0, 200.0);
  ds.establishments.staff[6] = 20.0;
  ds.establishments.sector[8] = m::Sector::Secondary;
  ds.establishments.staff[9] = nan;
  return ds;
}

}  // namespace

TEST_CASE("Peer rule: below the 10th percentile of the other engaged establishments of the sector",
          "[metrics][engagement]") {
  // Hand derivation (type 7, h = (m - 1) p, p = 0.1, min_peers 5):
  // E0 (0.1) in A0: peers E1..E5 = {.2 .3 .4 .5 .6}, m = 5, h = 0.4: .2 + .4 (.1) = 0.24 -> below.
  //   partnership: {.05 .2 .3 .4 .5 .5 .6}, m = 7, h = 0.6: .05 + .6 (.15) = 0.14 -> below.
  // E1 (0.2) in A0: {.1 .3 .4 .5 .6}: .1 + .4 (.2) = 0.18 -> not below;
  //   partnership {.05 .1 .3 .4 .5 .5 .6}: .05 + .6 (.05) = 0.08 -> not below.
  // E6 (0.05) in A1: one authority peer (E7): too few, no threshold;
  //   partnership {.1 .2 .3 .4 .5 .6 .5} sorted: .1 + .6 (.1) = 0.16 -> below.
  // E8 secondary: no peer of its sector. E9 per 100 pupils: no peer of its basis.
  // E10 never engaged: flagged never; its peers (all 6 engaged A0 primaries) shown as context:
  //   {.1 .. .6}: h = 0.5: .1 + .5 (.1) = 0.15; below NA.
  const auto ds = peer_dataset();
  const auto periods = cut_periods(0, 99, {50});  // P0 = 0..49, P1 = 50..99 (lapsed for all)
  const auto eng = mt::engagement(ds, periods);
  const auto flagged = mt::under_engaged(ds, eng, {});
  std::vector<mt::UnderEngaged> p0;
  for (const auto& u : flagged) {
    if (u.period == 0) p0.push_back(u);
  }
  // A0: E10 never (rank 1), E0 low rate (2); A1: E6 low rate (1).
  REQUIRE(p0.size() == 3);
  CHECK(p0[0].establishment == 10);
  CHECK(p0[0].reason == mt::UnderEngagedReason::Never);
  CHECK(p0[0].rank == 1);
  CHECK(p0[0].authority.peers == 6);
  CHECK(*p0[0].authority.threshold == Approx(0.15));
  CHECK(!p0[0].authority.below);
  CHECK(*p0[0].rate == 0.0);

  CHECK(p0[1].establishment == 0);
  CHECK(p0[1].reason == mt::UnderEngagedReason::LowRate);
  CHECK(p0[1].rank == 2);
  CHECK(*p0[1].rate == Approx(0.1));
  CHECK(p0[1].basis == mt::RateBasis::StaffFte);
  CHECK(p0[1].authority.peers == 5);
  CHECK(*p0[1].authority.threshold == Approx(0.24));
  CHECK(*p0[1].authority.below);
  CHECK(p0[1].partnership.peers == 7);
  CHECK(*p0[1].partnership.threshold == Approx(0.14));
  CHECK(*p0[1].partnership.below);

  CHECK(p0[2].establishment == 6);
  CHECK(p0[2].reason == mt::UnderEngagedReason::LowRate);
  CHECK(p0[2].rank == 1);
  CHECK(p0[2].authority.peers == 1);
  CHECK(!p0[2].authority.threshold);
  CHECK(!p0[2].authority.below);
  CHECK(p0[2].partnership.peers == 7);
  CHECK(*p0[2].partnership.threshold == Approx(0.16));

  // P1 has no record: everyone engaged in P0 is lapsed, E10 still never; nobody low_rate.
  std::size_t lapsed = 0, never = 0;
  for (const auto& u : flagged) {
    if (u.period != 1) continue;
    lapsed += u.reason == mt::UnderEngagedReason::Lapsed;
    never += u.reason == mt::UnderEngagedReason::Never;
  }
  CHECK(lapsed == 10);
  CHECK(never == 1);
}

TEST_CASE("Too few peers: no peer flag", "[metrics][engagement]") {
  // min_peers 8: E0 has 5 authority peers and 7 partnership peers, fewer than 8 each, and so has
  // every engaged primary: no threshold for them and nothing flagged for a rate. The never-engaged
  // E10 is still listed (its peers are all 8 engaged primaries, itself not among them).
  const auto ds = peer_dataset();
  const auto eng = mt::engagement(ds, one_period());
  mt::UnderEngagedOptions options;
  options.min_peers = 8;
  const auto flagged = mt::under_engaged(ds, eng, options);
  REQUIRE(flagged.size() == 1);
  CHECK(flagged[0].establishment == 10);
  CHECK(flagged[0].reason == mt::UnderEngagedReason::Never);
  CHECK(flagged[0].authority.peers == 6);  // not engaged: every engaged primary of A0 is a peer
  CHECK(!flagged[0].authority.threshold);
  CHECK(flagged[0].partnership.peers == 8);  // enough for context, but never flagged for its rate
  CHECK(flagged[0].partnership.threshold);
  CHECK(!flagged[0].partnership.below);

  // min_peers 7: the partnership comparison is made again (7 peers), the authority one not (5).
  options.min_peers = 7;
  const auto again = mt::under_engaged(ds, eng, options);
  REQUIRE(again.size() == 3);
  CHECK(again[1].establishment == 0);
  CHECK(!again[1].authority.threshold);
  CHECK(*again[1].partnership.below);
}

TEST_CASE("A higher percentile flags more; equal rates flag none", "[metrics][engagement]") {
  const auto ds = peer_dataset();
  const auto eng = mt::engagement(ds, one_period());
  mt::UnderEngagedOptions options;
  options.percentile = 50;
  // Authority (5 peers, h = 2, the third smallest of the others): E0 (.1) {.2 .3 .4 .5 .6} -> .4
  // below; E1 (.2) {.1 .3 .4 .5 .6} -> .4 below; E2 (.3) {.1 .2 .4 .5 .6} -> .4 below; E3 (.4)
  // {.1 .2 .3 .5 .6} -> .3 not below; E4, E5 -> .3 not below.
  // Partnership (7 peers, h = 3, the fourth smallest of the others): E6 (.05) {.1 .2 .3 .4 .5 .5 .6}
  // -> .4 below; E7 (.5) and E4 (.5) {.05 .1 .2 .3 .4 .5 .6} -> .3 not below.
  std::vector<m::EstablishmentId> low;
  for (const auto& u : mt::under_engaged(ds, eng, options)) {
    if (u.reason == mt::UnderEngagedReason::LowRate) low.push_back(u.establishment);
  }
  std::sort(low.begin(), low.end());
  CHECK(low == std::vector<m::EstablishmentId>{0, 1, 2, 6});

  // Six primaries with equal rates: nobody is strictly below their peers.
  std::vector<t::Attendance> people;
  for (m::PractitionerId p = 0; p < 6; ++p) people.push_back({p, p, 0});
  auto same = t::make_dataset(6, 1, 1, {{10, 0, people}}, 6);
  for (m::EstablishmentId e = 0; e < 6; ++e) set_register_entry(same, e, m::Sector::Primary, 10.0, 100.0);
  CHECK(mt::under_engaged(same, mt::engagement(same, one_period()), {}).empty());
}

TEST_CASE("Ranking within an authority: never (largest first), lapsed (longest first), low rate", "[metrics][engagement]") {
  // Periods P0 = 0..99, P1 = 100..199, P2 = 200..299. In P2:
  //   E0 (staff 5) never, E1 (staff 40) never, E2 (staff NA, roll 500) never -> E1, E0, E2
  //   E3 lapsed since P0, E4 lapsed since P1 -> E3 (longer) before E4
  auto ds = t::make_dataset(2, 1, 1, {{10, 0, {{0, 3, 0}}}, {110, 0, {{1, 4, 0}}}}, 5);
  set_register_entry(ds, 0, m::Sector::Primary, 5.0, 100.0);
  set_register_entry(ds, 1, m::Sector::Primary, 40.0, 800.0);
  set_register_entry(ds, 2, m::Sector::Primary, std::nan(""), 500.0);
  set_register_entry(ds, 3, m::Sector::Primary, 10.0, 200.0);
  set_register_entry(ds, 4, m::Sector::Primary, 10.0, 200.0);
  const auto eng = mt::engagement(ds, cut_periods(0, 299, {100, 200}));
  std::vector<m::EstablishmentId> order;
  std::vector<std::uint32_t> ranks;
  for (const auto& u : mt::under_engaged(ds, eng, {})) {
    if (u.period != 2) continue;
    order.push_back(u.establishment);
    ranks.push_back(u.rank);
  }
  CHECK(order == std::vector<m::EstablishmentId>{1, 0, 2, 3, 4});
  CHECK(ranks == std::vector<std::uint32_t>{1, 2, 3, 4, 5});
}

TEST_CASE("Outside the register: listed, never ranked; no register at all: nothing is never", "[metrics][engagement]") {
  auto ds = t::make_dataset(1, 1, 1, {{10, 0, {{0, 1, 0}}}}, 1);
  const auto w = add_outside_register(ds, 0);
  const auto eng = mt::engagement(ds, cut_periods(0, 199, {100}));
  CHECK(eng.status_at(0, w) == S::OutsideRegister);
  CHECK(eng.status_at(0, 0) == S::Never);
  CHECK(eng.at(0, w).practitioners == 1);
  for (const auto& u : mt::under_engaged(ds, eng, {})) CHECK(u.establishment != w);

  // No register: ingest makes every establishment outside it.
  auto bare = t::make_dataset(2, 1, 1, {{10, 0, {{0, 0, 0}}}, {150, 0, {{1, 1, 0}}}}, 0);
  add_outside_register(bare, 0);
  add_outside_register(bare, 0);
  bare.has_register = false;
  const auto e2 = mt::engagement(bare, cut_periods(0, 199, {100}));
  for (std::size_t p = 0; p < 2; ++p) {
    CHECK(e2.status_at(p, 0) == S::OutsideRegister);
    CHECK(e2.status_at(p, 1) == S::OutsideRegister);
  }
  CHECK(e2.at(1, 1).attendances == 1);
  CHECK(mt::under_engaged(bare, e2, {}).empty());
}

TEST_CASE("Option checks, word for word", "[metrics][engagement]") {
  const auto ds = t::make_dataset(0, 0, 1, {}, 0);
  const auto eng = mt::engagement(ds, m::Periods());
  mt::UnderEngagedOptions o;
  o.percentile = 100;
  CHECK_THROWS_WITH(mt::under_engaged(ds, eng, o), "--percentile 100: expected a number above 0 and below 100");
  o.percentile = 0;
  CHECK_THROWS_AS(mt::check_options(o), reticulist::ConfigError);
  o.percentile = 10;
  o.min_peers = 0;
  CHECK_THROWS_WITH(mt::check_options(o), "--min-peers 0: expected at least 1");
}

TEST_CASE("Reach by authority and network", "[metrics][engagement]") {
  // N0: p0@E0(A0), p1@E0(A0), p2@E1(A1), p3 central (A1)    -> A0: 1 est, 2 people; A1: 1 est, 2 people
  // N1: p0@E0(A0) twice (two events), p4@W (A1, outside)    -> A0: 1 est, 1 person, 2 records;
  //                                                            A1: 1 est (not in register), 1 person
  auto ds = t::make_dataset(5, 2, 2,
                            {{10, 0, {{0, 0, 0}, {1, 0, 0}, {2, 1, 1}, {3, m::kNone, 1}}},
                             {20, 1, {{0, 0, 0}, {4, 2, 1}}},
                             {30, 1, {{0, 0, 0}}}},
                            2, {0, 1});
  add_outside_register(ds, 1);
  const auto reach = mt::reach_by_authority_network(ds, 0, ds.records.size());
  REQUIRE(reach.size() == 4);
  // Ordered by authority, then network.
  CHECK((reach[0].authority == 0 && reach[0].network == 0));
  CHECK(reach[0].establishments == 1);
  CHECK(reach[0].practitioners == 2);
  CHECK(reach[0].attendances == 2);
  CHECK((reach[1].authority == 0 && reach[1].network == 1));
  CHECK(reach[1].practitioners == 1);
  CHECK(reach[1].attendances == 2);
  CHECK((reach[2].authority == 1 && reach[2].network == 0));
  CHECK(reach[2].establishments == 1);
  CHECK(reach[2].in_register == 1);
  CHECK(reach[2].practitioners == 2);  // the central officer counts as a practitioner ...
  CHECK((reach[3].authority == 1 && reach[3].network == 1));
  CHECK(reach[3].establishments == 1);  // ... but reaches no establishment
  CHECK(reach[3].in_register == 0);
  // A range of records: the first event only.
  CHECK(mt::reach_by_authority_network(ds, 0, 4).size() == 2);
  CHECK(mt::reach_by_authority_network(ds, 0, 0).empty());
}

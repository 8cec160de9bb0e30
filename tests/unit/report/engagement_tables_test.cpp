// The four tables of `reticulist engagement`: rows, statuses, summaries, the words of the
// under-engaged details, no register at all, and no practitioner identifier anywhere.
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/report/engagement_tables.hpp"
#include "support/model_builder.hpp"

namespace mt = reticulist::metrics;
namespace m = reticulist::model;
namespace t = reticulist::testing;

namespace {

m::Periods cuts(m::Day first, m::Day last, std::vector<m::Day> at) {
  return m::Periods::covering({m::PeriodScheme::Cuts, std::move(at)}, first, last);
}

// Rows of `table` whose `period` is `period`, as the values of column `name`.
std::vector<std::string> column_in(const reticulist::report::Table& table, const std::string& period,
                                   const std::string& name) {
  std::vector<std::string> out;
  const auto p = table.column_index("period"), c = table.column_index(name);
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (table.text(r, p) == period) out.push_back(table.format_cell(r, c));
  }
  return out;
}

void check_no_pseudonym(const std::vector<reticulist::report::Table>& tables, const m::Dataset& ds) {
  for (const auto& table : tables) {
    for (std::size_t r = 0; r < table.row_count(); ++r) {
      for (std::size_t c = 0; c < table.column_count(); ++c) {
        const auto cell = table.format_cell(r, c);
        for (const auto& p : ds.pseudonyms) CHECK(cell != p);
        CHECK(cell.find("p_") == std::string::npos);
      }
    }
  }
}

// Authorities A0, A1. Register: E0..E5 primaries of A0 (staff 10), E6 secondary of A1 (staff 50),
// E7 primary of A1 (no staff, roll 200). W: outside the register, in A1.
// Periods P0 = 0..99 and P1 = 100..199.
//   P0: N0 day 10: E0 x1, E1 x2, E2 x3, E3 x4, E4 x5, E5 x6 (A0 primaries: rates .1 .. .6), E6 x1,
//       E7 x1 (0.5 per 100 pupils), W x1.
//   P1: N1 day 110: E0 x1 (.1; A0 peers E1 = .2 only), E6 x2.
m::Dataset sample() {
  std::vector<t::Attendance> p0, p1;
  m::PractitionerId next = 0;
  for (m::EstablishmentId e = 0; e < 6; ++e) {
    for (m::EstablishmentId k = 0; k <= e; ++k) p0.push_back({next++, e, 0});
  }
  p0.push_back({next++, 6, 1});
  p0.push_back({next++, 7, 1});
  p0.push_back({next++, 8, 1});
  p1.push_back({0, 0, 0});
  p1.push_back({1, 1, 0});
  p1.push_back({next++, 6, 1});
  p1.push_back({next++, 6, 1});
  auto ds = t::make_dataset(next, 2, 2, {{10, 0, p0}, {110, 1, p1}}, 8, {0, 0, 0, 0, 0, 0, 1, 1});
  auto& est = ds.establishments;
  for (m::EstablishmentId e = 0; e < 8; ++e) {
    est.sector[e] = m::Sector::Primary;
    est.staff[e] = 10.0;
    est.roll[e] = 200.0;
  }
  est.sector[6] = m::Sector::Secondary;
  est.staff[6] = 50.0;
  est.staff[7] = std::nan("");
  est.id.push_back("Riverside PS");
  est.name.push_back("Riverside PS");
  est.authority.push_back(1);
  est.sector.push_back(m::Sector::Unknown);
  est.roll.push_back(std::nan(""));
  est.staff.push_back(std::nan(""));
  est.in_register.push_back(false);
  return ds;
}

}  // namespace

TEST_CASE("Engagement tables: establishments, under_engaged, summaries", "[analysis][engagement]") {
  const auto ds = sample();
  const auto periods = cuts(0, 199, {100});
  reticulist::NoProgress progress;
  const auto run = reticulist::report::run_engagement(ds, periods, {}, progress);
  REQUIRE(run.tables.size() == 5);
  CHECK(run.tables[0].name() == "establishments");
  CHECK(run.tables[1].name() == "under_engaged");
  CHECK(run.tables[2].name() == "by_authority_sector");
  CHECK(run.tables[3].name() == "engagement_by_authority");
  CHECK(run.tables[4].name() == "by_authority_network");
  CHECK(run.warnings.empty());
  check_no_pseudonym(run.tables, ds);

  // establishments: 9 per period and 9 for the whole span, by authority then register order; W kept.
  const auto& est = run.tables[0];
  CHECK(est.row_count() == 27);
  const std::string p0 = periods[0].label, p1 = periods[1].label;
  CHECK(column_in(est, p0, "establishment") ==
        std::vector<std::string>{"E0", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "Riverside PS"});
  CHECK(column_in(est, p0, "status") ==
        std::vector<std::string>{"new", "new", "new", "new", "new", "new", "new", "new", "outside_register"});
  CHECK(column_in(est, p1, "status") ==
        std::vector<std::string>{"active", "active", "lapsed", "lapsed", "lapsed", "lapsed", "active", "lapsed",
                                 "outside_register"});
  CHECK(column_in(est, p0, "rate") == std::vector<std::string>{"0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.02", "0.5", "NA"});
  CHECK(column_in(est, p0, "rate_basis") ==
        std::vector<std::string>{"staff_fte", "staff_fte", "staff_fte", "staff_fte", "staff_fte", "staff_fte",
                                 "staff_fte", "per_100_roll", "none"});
  CHECK(column_in(est, p0, "share_of_staff_reached")[7] == "NA");
  CHECK(column_in(est, p0, "in_register")[8] == "false");
  CHECK(column_in(est, p1, "last_engaged")[2] == p0);
  // The whole span: E0's practitioner in both periods counts once; status is the last period's.
  CHECK(column_in(est, "all", "practitioners")[0] == "1");
  CHECK(column_in(est, "all", "attendances")[0] == "2");
  CHECK(column_in(est, "all", "networks")[0] == "2");
  CHECK(column_in(est, "all", "status")[2] == "lapsed");
  CHECK(column_in(est, "all", "practitioners")[6] == "3");

  // under_engaged. P0: E0 is below its 5 A0 peers (threshold .24; partnership: 5 staff-based
  // primaries, E7 counts per pupil -> same .24); nobody else. P1: E0 has one A0 peer (E1): no
  // comparison; E2..E5 and E7 lapsed (A1: E7 lapsed).
  const auto& ue = run.tables[1];
  CHECK(column_in(ue, p0, "establishment") == std::vector<std::string>{"E0"});
  CHECK(column_in(ue, p0, "detail") ==
        std::vector<std::string>{"0.1 practitioners per staff FTE: below percentile 10 of 5 primary peers in A0 (0.24) "
                                 "and of 5 primary peers across the partnership (0.24)"});
  CHECK(column_in(ue, p1, "establishment") == std::vector<std::string>{"E2", "E3", "E4", "E5", "E7"});
  CHECK(column_in(ue, p1, "rank") == std::vector<std::string>{"1", "2", "3", "4", "1"});
  CHECK(column_in(ue, p1, "reason") == std::vector<std::string>(5, "lapsed"));
  CHECK(column_in(ue, p1, "detail")[0] == "no record in " + p1 + "; the last was in " + p0 + " (1 period before)");
  CHECK(column_in(ue, p1, "below_authority")[0] == "NA");
  CHECK(column_in(ue, p1, "periods_since_engaged")[0] == "1");

  // by_authority_sector: A0 primary, A1 primary, A1 secondary, A1 unknown (W).
  const auto& bas = run.tables[2];
  CHECK(column_in(bas, p1, "sector") == std::vector<std::string>{"primary", "primary", "secondary", "unknown"});
  CHECK(column_in(bas, p1, "establishments") == std::vector<std::string>{"6", "1", "1", "0"});
  CHECK(column_in(bas, p1, "lapsed") == std::vector<std::string>{"4", "1", "0", "0"});
  CHECK(column_in(bas, p1, "share_lapsed") == std::vector<std::string>{"0.6666666667", "1", "0", "NA"});
  // A0 primaries in P1: rates .1 .1 0 0 0 0 -> median 0; the engaged ones .1 .1 -> .1. In P0:
  // .1 .. .6 -> .35.
  CHECK(column_in(bas, p1, "median_rate_staff")[0] == "0");
  CHECK(column_in(bas, p1, "median_rate_staff_engaged")[0] == "0.1");
  CHECK(column_in(bas, p0, "median_rate_staff")[0] == "0.35");
  CHECK(column_in(bas, p0, "median_rate_roll")[1] == "0.5");
  CHECK(column_in(bas, p0, "outside_register_engaged") == std::vector<std::string>{"0", "0", "0", "1"});
  CHECK(column_in(bas, "all", "engaged") == std::vector<std::string>{"6", "1", "1", "0"});
  // P1: A0 primaries 2 engaged of 6; A1's primary E7 lapsed, its secondary E6 active; W is outside
  // the register, so its share is NA.
  CHECK(column_in(bas, p1, "share_engaged") == std::vector<std::string>{"0.3333333333", "0", "1", "NA"});

  // engagement_by_authority: the same counts over every sector of an authority. P1: A0 2 of 6
  // engaged, 4 lapsed; A1 1 of 2 (E6) engaged, 1 lapsed (E7); W engaged in P0 outside the register.
  const auto& ba = run.tables[3];
  CHECK(column_in(ba, p1, "authority") == std::vector<std::string>{"A0", "A1"});
  CHECK(column_in(ba, p1, "establishments") == std::vector<std::string>{"6", "2"});
  CHECK(column_in(ba, p1, "engaged") == std::vector<std::string>{"2", "1"});
  CHECK(column_in(ba, p1, "lapsed") == std::vector<std::string>{"4", "1"});
  CHECK(column_in(ba, p1, "share_engaged") == std::vector<std::string>{"0.3333333333", "0.5"});
  CHECK(column_in(ba, p0, "outside_register_engaged") == std::vector<std::string>{"0", "1"});

  // by_authority_network: P0 A0-N0 (6 of 6 reached), A1-N0 (E6, E7, W: 2 in the register of 2).
  const auto& ban = run.tables[4];
  CHECK(column_in(ban, p0, "establishments_reached") == std::vector<std::string>{"6", "3"});
  CHECK(column_in(ban, p0, "in_register_reached") == std::vector<std::string>{"6", "2"});
  CHECK(column_in(ban, p0, "share_of_register_reached") == std::vector<std::string>{"1", "1"});
  CHECK(column_in(ban, p1, "network") == std::vector<std::string>{"N1", "N1"});
  CHECK(column_in(ban, p1, "practitioners") == std::vector<std::string>{"2", "2"});
  CHECK(column_in(ban, "all", "network") == std::vector<std::string>{"N0", "N1", "N0", "N1"});

  CHECK(run.notes.back() == p1 + ": 5 under-engaged establishments (0 never engaged, 5 lapsed, 0 below their peers' percentile 10)");
  CHECK(est.notes().front().second == "establishments.csv given: every establishment in it is listed, engaged or not");
}

TEST_CASE("Engagement tables without a register say that never engaged cannot be known", "[analysis][engagement]") {
  // No establishments.csv: ingest places every establishment outside the register.
  auto ds = t::make_dataset(2, 1, 1, {{10, 0, {{0, 0, 0}}}, {150, 0, {{1, 1, 0}}}}, 2);
  for (auto&& flag : ds.establishments.in_register) flag = false;
  for (auto& sector : ds.establishments.sector) sector = m::Sector::Unknown;
  ds.has_register = false;
  const auto periods = cuts(0, 199, {100});
  reticulist::NoProgress progress;
  const auto run = reticulist::report::run_engagement(ds, periods, {}, progress);
  REQUIRE(run.warnings.size() == 1);
  CHECK(run.warnings[0] ==
        "no establishment register (establishments.csv): \"never engaged\" cannot be known; every establishment is "
        "listed as outside_register and none is ranked as under-engaged");
  CHECK(run.tables[0].row_count() == 6);
  CHECK(column_in(run.tables[0], periods[1].label, "status") == std::vector<std::string>(2, "outside_register"));
  CHECK(run.tables[1].row_count() == 0);
  CHECK(column_in(run.tables[2], periods[0].label, "share_never") == std::vector<std::string>{"NA"});
  CHECK(column_in(run.tables[2], periods[0].label, "outside_register_engaged") == std::vector<std::string>{"1"});
  for (const auto& table : run.tables) {
    CHECK(table.notes().front().first == "register");
    CHECK(table.notes().front().second ==
          "none: establishments that never engaged cannot be known; every establishment is outside_register");
  }
}

TEST_CASE("Engagement tables of an empty period and of no data", "[analysis][engagement]") {
  // Records in P0 and P2; P1 (100..199) is empty and kept.
  const auto ds = t::make_dataset(1, 1, 1, {{10, 0, {{0, 0, 0}}}, {210, 0, {{0, 0, 0}}}}, 1);
  const auto periods = cuts(0, 299, {100, 200});
  reticulist::NoProgress progress;
  const auto run = reticulist::report::run_engagement(ds, periods, {}, progress);
  CHECK(column_in(run.tables[0], periods[1].label, "status") == std::vector<std::string>{"lapsed"});
  CHECK(column_in(run.tables[0], periods[2].label, "status") == std::vector<std::string>{"returning"});
  CHECK(run.notes.front() == "periods with no record, kept in the sequence (every establishment is lapsed or never there): " +
                                 periods[1].label);
  CHECK(run.tables[0].notes().back().second ==
        periods[1].label + " (no record at all: every establishment is lapsed or never there)");

  // No record at all: no period; the whole span still lists the register, all never.
  const auto none = t::make_dataset(0, 0, 1, {}, 2);
  const auto empty = reticulist::report::run_engagement(none, m::Periods(), {}, progress);
  CHECK(column_in(empty.tables[0], "all", "status") == std::vector<std::string>(2, "never"));
  CHECK(empty.tables[1].row_count() == 0);
  CHECK(empty.tables[4].row_count() == 0);
}

#include "engine/model/periods.hpp"

#include <catch2/catch.hpp>

#include "engine/error.hpp"

namespace reticulist::model {
namespace {

Day day(const char* iso) {
  const auto d = parse_iso_date(iso);
  REQUIRE(d);
  return *d;
}

Periods covering(PeriodScheme scheme, const char* first, const char* last, std::vector<Day> cuts = {}) {
  return Periods::covering(PeriodOptions{scheme, std::move(cuts)}, day(first), day(last));
}

// The label of the period holding `iso`, or "none".
std::string label_at(const Periods& periods, const char* iso) {
  const auto i = periods.index_of(day(iso));
  return i ? periods[*i].label : "none";
}

// Every period starts the day after the previous one ends, and index_of agrees with a scan.
void check_contiguous(const Periods& periods) {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    REQUIRE(periods[i].first <= periods[i].last);
    if (i > 0) REQUIRE(periods[i].first == periods[i - 1].last + 1);
    REQUIRE(periods.index_of(periods[i].first) == i);
    REQUIRE(periods.index_of(periods[i].last) == i);
    REQUIRE(periods.find(periods[i].label) == i);
  }
  if (periods.size() > 0) {
    CHECK_FALSE(periods.index_of(periods[0].first - 1));
    CHECK_FALSE(periods.index_of(periods[periods.size() - 1].last + 1));
  }
}

TEST_CASE("parse_period_scheme", "[periods]") {
  CHECK(parse_period_scheme("session") == PeriodScheme::Session);
  CHECK(parse_period_scheme("Academic-Year") == PeriodScheme::Session);
  CHECK(parse_period_scheme("TERM") == PeriodScheme::Term);
  CHECK(parse_period_scheme("quarter") == PeriodScheme::Quarter);
  CHECK(parse_period_scheme("Month") == PeriodScheme::Month);
  CHECK(parse_period_scheme("year") == PeriodScheme::Year);
  CHECK(parse_period_scheme("cuts") == PeriodScheme::Cuts);
  for (auto s : {PeriodScheme::Session, PeriodScheme::Term, PeriodScheme::Quarter, PeriodScheme::Month,
                 PeriodScheme::Year, PeriodScheme::Cuts}) {
    CHECK(parse_period_scheme(period_scheme_name(s)) == s);
    CHECK_FALSE(Periods::describe(s).empty());
  }
  CHECK_THROWS_WITH(parse_period_scheme("semester"),
                    "unknown period scheme 'semester' (expected session, term, quarter, month, year or cuts)");
  CHECK_THROWS_AS(parse_period_scheme(""), ConfigError);
  CHECK_THROWS_AS(parse_period_scheme("months"), ConfigError);
}

TEST_CASE("parse_cut_dates", "[periods]") {
  CHECK(parse_cut_dates("").empty());
  CHECK(parse_cut_dates("2021-06-01") == std::vector<Day>{day("2021-06-01")});
  CHECK(parse_cut_dates("2021-06-01, 2021-01-01") == std::vector<Day>{day("2021-01-01"), day("2021-06-01")});
  CHECK_THROWS_WITH(parse_cut_dates("2021-01-01,2021-02-30"), "bad cut date '2021-02-30' (expected YYYY-MM-DD)");
  CHECK_THROWS_WITH(parse_cut_dates("2021-01-01,,2021-03-01"), "bad cut date '' (expected YYYY-MM-DD)");
  CHECK_THROWS_WITH(parse_cut_dates("2021-03-01,2021-01-01,2021-03-01"), "duplicate cut date '2021-03-01'");
}

TEST_CASE("session: 1 August to 31 July", "[periods]") {
  const Periods p = covering(PeriodScheme::Session, "2020-09-15", "2022-03-01");
  REQUIRE(p.size() == 2);
  CHECK(p.scheme() == PeriodScheme::Session);
  CHECK(p[0].label == "2020/21");
  CHECK(p[0].first == day("2020-08-01"));  // whole sessions, not clipped to the data
  CHECK(p[0].last == day("2021-07-31"));
  CHECK(p[1].label == "2021/22");
  CHECK(p[1].last == day("2022-07-31"));
  CHECK(label_at(p, "2021-07-31") == "2020/21");
  CHECK(label_at(p, "2021-08-01") == "2021/22");
  CHECK(label_at(p, "2020-07-31") == "none");
  CHECK(label_at(p, "2022-08-01") == "none");
  check_contiguous(p);
}

TEST_CASE("session: a span starting on 1 Aug or ending on 31 Jul adds no extra period", "[periods]") {
  const Periods p = covering(PeriodScheme::Session, "2020-08-01", "2021-07-31");
  REQUIRE(p.size() == 1);
  CHECK(p[0].label == "2020/21");
  const Periods one_day = covering(PeriodScheme::Session, "2021-07-31", "2021-07-31");
  REQUIRE(one_day.size() == 1);
  CHECK(one_day[0].label == "2020/21");
}

TEST_CASE("session: century label", "[periods]") {
  const Periods p = covering(PeriodScheme::Session, "1999-12-01", "2001-01-01");
  REQUIRE(p.size() == 2);
  CHECK(p[0].label == "1999/00");
  CHECK(p[1].label == "2000/01");
  CHECK(covering(PeriodScheme::Session, "2008-08-01", "2008-08-01")[0].label == "2008/09");
}

TEST_CASE("session: empty sessions in the middle are kept", "[periods]") {
  // Records only in 2018/19 and 2022/23: the three sessions between still appear, in order.
  const Periods p = covering(PeriodScheme::Session, "2018-10-01", "2023-02-01");
  REQUIRE(p.size() == 5);
  CHECK(p[1].label == "2019/20");
  CHECK(p[2].label == "2020/21");
  CHECK(p[3].label == "2021/22");
  check_contiguous(p);
}

TEST_CASE("terms: 1 Aug - 31 Dec, 1 Jan - 31 Mar, 1 Apr - 31 Jul", "[periods]") {
  const Periods p = covering(PeriodScheme::Term, "2020-08-01", "2021-08-01");
  REQUIRE(p.size() == 4);
  CHECK(p[0].label == "2020/21 T1");
  CHECK(p[1].label == "2020/21 T2");
  CHECK(p[2].label == "2020/21 T3");
  CHECK(p[3].label == "2021/22 T1");
  CHECK(label_at(p, "2020-12-31") == "2020/21 T1");
  CHECK(label_at(p, "2021-01-01") == "2020/21 T2");
  CHECK(label_at(p, "2021-03-31") == "2020/21 T2");
  CHECK(label_at(p, "2021-04-01") == "2020/21 T3");
  CHECK(label_at(p, "2021-07-31") == "2020/21 T3");
  CHECK(label_at(p, "2021-08-01") == "2021/22 T1");
  check_contiguous(p);
  // A span starting in spring starts at T2 of the session that began the previous August.
  const Periods spring = covering(PeriodScheme::Term, "2000-02-10", "2000-02-11");
  REQUIRE(spring.size() == 1);
  CHECK(spring[0].label == "1999/00 T2");
  CHECK(spring[0].first == day("2000-01-01"));
  CHECK(spring[0].last == day("2000-03-31"));
}

TEST_CASE("quarters", "[periods]") {
  const Periods p = covering(PeriodScheme::Quarter, "2020-12-31", "2021-10-01");
  REQUIRE(p.size() == 5);
  CHECK(p[0].label == "2020-Q4");
  CHECK(p[1].label == "2021-Q1");
  CHECK(p[1].first == day("2021-01-01"));
  CHECK(p[1].last == day("2021-03-31"));
  CHECK(p[2].label == "2021-Q2");
  CHECK(p[3].label == "2021-Q3");
  CHECK(p[3].last == day("2021-09-30"));
  CHECK(p[4].label == "2021-Q4");
  CHECK(label_at(p, "2021-06-30") == "2021-Q2");
  CHECK(label_at(p, "2021-07-01") == "2021-Q3");
  check_contiguous(p);
}

TEST_CASE("months, February in a leap year", "[periods]") {
  const Periods p = covering(PeriodScheme::Month, "2023-11-20", "2024-03-01");
  REQUIRE(p.size() == 5);
  CHECK(p[0].label == "2023-11");
  CHECK(p[1].label == "2023-12");
  CHECK(p[2].label == "2024-01");
  CHECK(p[3].label == "2024-02");
  CHECK(p[3].first == day("2024-02-01"));
  CHECK(p[3].last == day("2024-02-29"));
  CHECK(p[4].label == "2024-03");
  CHECK(p[4].last == day("2024-03-31"));
  CHECK(label_at(p, "2024-02-29") == "2024-02");
  check_contiguous(p);
  CHECK(covering(PeriodScheme::Month, "2023-02-01", "2023-02-01")[0].last == day("2023-02-28"));
}

TEST_CASE("calendar years", "[periods]") {
  const Periods p = covering(PeriodScheme::Year, "2020-12-31", "2022-01-01");
  REQUIRE(p.size() == 3);
  CHECK(p[0].label == "2020");
  CHECK(p[1].label == "2021");
  CHECK(p[1].first == day("2021-01-01"));
  CHECK(p[1].last == day("2021-12-31"));
  CHECK(p[2].label == "2022");
  check_contiguous(p);
}

TEST_CASE("cuts: before the first cut, between, after the last", "[periods]") {
  const Periods p = covering(PeriodScheme::Cuts, "2020-11-15", "2021-09-30",
                             {day("2021-06-01"), day("2021-01-01")});  // order does not matter
  REQUIRE(p.size() == 3);
  CHECK(p.scheme() == PeriodScheme::Cuts);
  CHECK(p[0].label == "2020-11-15..2020-12-31");  // clipped to the first day of data
  CHECK(p[1].label == "2021-01-01..2021-05-31");
  CHECK(p[1].first == day("2021-01-01"));
  CHECK(p[1].last == day("2021-05-31"));
  CHECK(p[2].label == "2021-06-01..2021-09-30");  // clipped to the last day of data
  CHECK(label_at(p, "2020-12-31") == "2020-11-15..2020-12-31");
  CHECK(label_at(p, "2021-01-01") == "2021-01-01..2021-05-31");
  CHECK(label_at(p, "2021-06-01") == "2021-06-01..2021-09-30");
  CHECK(label_at(p, "2020-11-14") == "none");
  CHECK(label_at(p, "2021-10-01") == "none");
  CHECK(p.find("2021-01-01..2021-05-31") == 1u);
  check_contiguous(p);
}

TEST_CASE("cuts: a cut on the first day, and cuts outside the span", "[periods]") {
  const Periods p = covering(PeriodScheme::Cuts, "2021-01-01", "2021-03-10",
                             {day("2020-06-01"), day("2021-01-01"), day("2021-03-10"), day("2022-01-01")});
  REQUIRE(p.size() == 2);
  CHECK(p[0].label == "2021-01-01..2021-03-09");
  CHECK(p[1].label == "2021-03-10..2021-03-10");
  check_contiguous(p);
  const Periods outside = covering(PeriodScheme::Cuts, "2021-01-01", "2021-03-10", {day("2025-01-01")});
  REQUIRE(outside.size() == 1);
  CHECK(outside[0].label == "2021-01-01..2021-03-10");
}

TEST_CASE("cuts: errors", "[periods]") {
  CHECK_THROWS_WITH(covering(PeriodScheme::Cuts, "2021-01-01", "2021-03-10"),
                    "period scheme 'cuts' needs at least one cut date");
  CHECK_THROWS_WITH(covering(PeriodScheme::Cuts, "2021-01-01", "2021-03-10", {day("2021-02-01"), day("2021-02-01")}),
                    "duplicate cut date '2021-02-01'");
}

TEST_CASE("find by label", "[periods]") {
  const Periods p = covering(PeriodScheme::Session, "2019-01-01", "2022-01-01");
  REQUIRE(p.size() == 4);
  CHECK(p.find("2018/19") == 0u);
  CHECK(p.find("2021/22") == 3u);
  CHECK_FALSE(p.find("2022/23"));
  CHECK_FALSE(p.find("2020/21 T1"));
  CHECK_FALSE(p.find(""));
}

TEST_CASE("no data: zero periods", "[periods]") {
  for (auto s : {PeriodScheme::Session, PeriodScheme::Term, PeriodScheme::Quarter, PeriodScheme::Month,
                 PeriodScheme::Year}) {
    const Periods p = covering(s, "2021-01-02", "2021-01-01");
    CHECK(p.size() == 0);
    CHECK(p.begin() == p.end());
    CHECK_FALSE(p.index_of(day("2021-01-01")));
    CHECK_FALSE(p.find("2020/21"));
  }
  CHECK(covering(PeriodScheme::Cuts, "2021-01-02", "2021-01-01", {day("2021-01-01")}).empty());
  const Periods none;
  CHECK(none.empty());
  CHECK_FALSE(none.index_of(0));
}

TEST_CASE("index_of agrees with a linear scan over many days", "[periods]") {
  for (auto s : {PeriodScheme::Session, PeriodScheme::Term, PeriodScheme::Quarter, PeriodScheme::Month,
                 PeriodScheme::Year}) {
    const Periods p = covering(s, "2003-05-17", "2011-02-03");
    check_contiguous(p);
    for (Day d = p[0].first - 3; d <= p[p.size() - 1].last + 3; ++d) {
      std::optional<std::uint32_t> expected;
      for (std::uint32_t i = 0; i < p.size(); ++i) {
        if (p[i].first <= d && d <= p[i].last) expected = i;
      }
      REQUIRE(p.index_of(d) == expected);
    }
  }
}

}  // namespace
}  // namespace reticulist::model

#include "engine/model/civil_date.hpp"

#include <limits>

#include <catch2/catch.hpp>

namespace reticulist::model {
namespace {

static_assert(day_from_civil(1970, 1, 1) == 0);
static_assert(day_from_civil(1969, 12, 31) == -1);
static_assert(civil_from_day(0).year == 1970);

TEST_CASE("day_from_civil: known days", "[date]") {
  CHECK(day_from_civil(1970, 1, 2) == 1);
  CHECK(day_from_civil(2000, 1, 1) == 10957);
  CHECK(day_from_civil(2000, 3, 1) == 11017);   // 2000 is a leap year (divisible by 400)
  CHECK(day_from_civil(2021, 8, 1) == 18840);
  CHECK(day_from_civil(1900, 3, 1) - day_from_civil(1900, 2, 28) == 1);  // 1900 is not
  CHECK(day_from_civil(2024, 3, 1) - day_from_civil(2024, 2, 28) == 2);
  CHECK(day_from_civil(1600, 1, 1) == -135140);
}

TEST_CASE("civil_from_day and day_from_civil round-trip every day 1900..2100", "[date]") {
  const Day first = day_from_civil(1900, 1, 1);
  const Day last = day_from_civil(2100, 12, 31);
  int year = 1900;
  unsigned month = 1, day = 1;
  for (Day d = first; d <= last; ++d) {
    const CivilDate c = civil_from_day(d);
    // Walk the calendar by hand alongside, so both directions are checked against a third way.
    REQUIRE(c.year == year);
    REQUIRE(c.month == month);
    REQUIRE(c.day == day);
    REQUIRE(day_from_civil(c.year, c.month, c.day) == d);
    if (++day > days_in_month(year, month)) {
      day = 1;
      if (++month > 12) month = 1, ++year;
    }
  }
  CHECK(year == 2101);
}

TEST_CASE("civil_from_day round-trips far from 1970", "[date]") {
  for (Day d : {-1000000, -719468, -719469, -1, 0, 1, 1000000, 2932896}) {
    const CivilDate c = civil_from_day(d);
    CHECK(day_from_civil(c.year, c.month, c.day) == d);
  }
  const CivilDate zero = civil_from_day(-719468);  // 0000-03-01, the start of Hinnant's eras
  CHECK(zero.year == 0);
  CHECK(zero.month == 3);
  CHECK(zero.day == 1);
}

TEST_CASE("leap years", "[date]") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(2023));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2100));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2023, 4) == 30);
  CHECK(days_in_month(2023, 12) == 31);
}

TEST_CASE("parse_iso_date accepts real calendar days", "[date]") {
  CHECK(parse_iso_date("1970-01-01") == 0);
  CHECK(parse_iso_date("2021-07-31") == day_from_civil(2021, 7, 31));
  CHECK(parse_iso_date("2021-08-01") == day_from_civil(2021, 8, 1));
  CHECK(parse_iso_date("2024-02-29") == day_from_civil(2024, 2, 29));
  CHECK(parse_iso_date("2000-02-29") == day_from_civil(2000, 2, 29));
  CHECK(parse_iso_date("2023-12-31") == day_from_civil(2023, 12, 31));
  CHECK(parse_iso_date("0000-01-01") == day_from_civil(0, 1, 1));
  CHECK(parse_iso_date("9999-12-31") == day_from_civil(9999, 12, 31));
}

TEST_CASE("parse_iso_date rejects anything else", "[date]") {
  const char* bad[] = {
      "2023-02-29",   // not a leap year
      "1900-02-29",   // century, not a leap year
      "2023-04-31",   // April has 30 days
      "2023-00-10",   // month 00
      "2023-13-10",   // month 13
      "2023-01-00",   // day 00
      "2023-01-32",   // day 32
      "",             //
      "2023-1-05",    // not zero-padded
      "2023-01-5",    //
      "2023-01-050",  // 11 characters
      "23-01-05",     //
      "2023/01/05",   // other separators
      "2023-01-05 ",  // trailing space
      " 2023-01-05",  //
      "05/01/2023",   // day-first layout
      "2023-01-05T10:00",
      "2023-0a-05",   // not a digit
      "+023-01-05",   //
      "-023-01-05",   //
      "2023--1-05",   //
      "2023-01-+5",   //
  };
  for (const char* text : bad) {
    INFO(text);
    CHECK_FALSE(parse_iso_date(text));
  }
}

TEST_CASE("format_iso_date", "[date]") {
  CHECK(format_iso_date(0) == "1970-01-01");
  CHECK(format_iso_date(day_from_civil(2024, 2, 29)) == "2024-02-29");
  CHECK(format_iso_date(day_from_civil(999, 3, 4)) == "0999-03-04");
  CHECK(format_iso_date(day_from_civil(12345, 1, 1)) == "12345-01-01");
  CHECK(format_iso_date(day_from_civil(-44, 3, 15)) == "-0044-03-15");
  CHECK(format_iso_date(std::numeric_limits<Day>::min()) == "-5877641-06-23");
  for (Day d = day_from_civil(1999, 1, 1); d <= day_from_civil(2001, 12, 31); ++d) {
    REQUIRE(parse_iso_date(format_iso_date(d)) == d);
  }
}

TEST_CASE("default_plausible_dates: 2000 to the end of next year", "[date]") {
  const DateRange r = default_plausible_dates(day_from_civil(2024, 6, 15));
  CHECK(r.first == day_from_civil(2000, 1, 1));
  CHECK(r.last == day_from_civil(2025, 12, 31));
  CHECK(r.contains(day_from_civil(2025, 12, 31)));
  CHECK_FALSE(r.contains(day_from_civil(2026, 1, 1)));
  CHECK_FALSE(r.contains(day_from_civil(1999, 12, 31)));
  CHECK_FALSE(r.contains(*parse_iso_date("2203-05-01")));  // typo years
  CHECK_FALSE(r.contains(*parse_iso_date("1923-05-01")));
  // On the last day of a year, "next year" is still the following calendar year.
  CHECK(default_plausible_dates(day_from_civil(2024, 12, 31)).last == day_from_civil(2025, 12, 31));
  CHECK(default_plausible_dates(day_from_civil(2025, 1, 1)).last == day_from_civil(2026, 12, 31));
}

}  // namespace
}  // namespace reticulist::model

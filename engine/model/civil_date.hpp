#pragma once
// Calendar days as plain integers. Records carry a Day (days since 1970-01-01 in the proleptic
// Gregorian calendar), so comparing, sorting and bucketing dates into periods is integer work;
// civil (year, month, day) form is needed only to parse, label and print.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reticulist::model {

using Day = std::int32_t;  // days since 1970-01-01 (day 0), negative before

struct CivilDate {
  int year;
  unsigned month;  // 1..12
  unsigned day;    // 1..31
};

constexpr bool is_leap_year(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr unsigned days_in_month(int year, unsigned month) {
  constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29u : kDays[month - 1];
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `days_from_civil`
// (http://howardhinnant.github.io/date_algorithms.html). The year is shifted to start on
// 1 March so the leap day falls at the end of the year, and counted in 400-year eras of
// 146097 days. Valid for any year whose day count fits in a Day (about +-5.8 million years);
// month and day are not checked (use parse_iso_date for untrusted text).
constexpr Day day_from_civil(int year, unsigned month, unsigned day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;                                        // [0, 399]
  const std::int64_t mp = month > 2 ? month - 3 : month + 9;                     // March = 0
  const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;                         // [0, 365]
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                // [0, 146096]
  return static_cast<Day>(era * 146097 + doe - 719468);  // 719468: 0000-03-01 .. 1970-01-01
}

// Hinnant's `civil_from_days`, the inverse of day_from_civil; total over every Day.
constexpr CivilDate civil_from_day(Day day) {
  const std::int64_t z = static_cast<std::int64_t>(day) + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;                                     // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                                   // [0, 11]
  const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);            // [1, 31]
  const auto m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);               // [1, 12]
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

// Strict ISO 8601 calendar date `YYYY-MM-DD`: exactly 10 characters, ASCII digits, and a day
// that exists (2024-02-29 yes, 2023-02-29 and 2023-04-31 no). No spaces, no time part, no
// other layout: exports mixing `03/04/2021` in are rejected, never guessed at, since day/month
// order cannot be told apart. Allocation-free; nullopt when not a date.
std::optional<Day> parse_iso_date(std::string_view text);

// `YYYY-MM-DD`; years outside 0..9999 print with as many digits as they need and a '-' sign
// when negative (such days never come from parse_iso_date).
std::string format_iso_date(Day day);

// An inclusive range of days.
struct DateRange {
  Day first;
  Day last;

  bool contains(Day day) const { return first <= day && day <= last; }
};

// The days a record date may fall on unless the user says otherwise: 2000-01-01 to 31 December
// of the year after `today`'s. Exports carry typo years (2203 for 2023, 1923 for 2023) that
// parse as real days but would stretch the timeline into hundreds of empty periods; those are
// rejected as bad rows instead. Next year is allowed for events booked ahead. The range is an
// option ([ingest] valid_dates, --dates) for data that legitimately reaches further.
DateRange default_plausible_dates(Day today);

}  // namespace reticulist::model

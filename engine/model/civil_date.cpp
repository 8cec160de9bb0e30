#include "engine/model/civil_date.hpp"

#include <cstdio>

namespace reticulist::model {
namespace {

// The value of text[from, from + n) when all are ASCII digits, else -1.
constexpr int digits(std::string_view text, std::size_t from, std::size_t n) {
  int value = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digits(text, 0, 4);
  const int month = digits(text, 5, 2);
  const int day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const auto m = static_cast<unsigned>(month);
  const auto d = static_cast<unsigned>(day);
  if (d > days_in_month(year, m)) return std::nullopt;
  return day_from_civil(year, m, d);
}

std::string format_iso_date(Day day) {
  const CivilDate c = civil_from_day(day);
  // "-5877641-06-23" is the longest (Day's minimum): 14 characters and the terminator.
  char buffer[24];
  const int n = std::snprintf(buffer, sizeof buffer, "%s%04d-%02u-%02u", c.year < 0 ? "-" : "",
                              c.year < 0 ? -c.year : c.year, c.month, c.day);
  return std::string(buffer, static_cast<std::size_t>(n));
}

DateRange default_plausible_dates(Day today) {
  const int next_year = civil_from_day(today).year + 1;
  return {day_from_civil(2000, 1, 1), day_from_civil(next_year, 12, 31)};
}

}  // namespace reticulist::model

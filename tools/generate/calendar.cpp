#include "calendar.hpp"

#include <cstdio>

namespace reticulist::generate {

long days_from_civil(Date d) {
  const long y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(long days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string iso(Date d) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

std::string session_label(int start_year) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d/%02d", start_year, (start_year + 1) % 100);
  return buffer;
}

std::vector<Date> term_days(int start_year) {
  const auto md = [](const Date& d) { return d.month * 100 + d.day; };
  std::vector<Date> out;
  const long first = days_from_civil({start_year, 8, 16});
  const long last = days_from_civil({start_year + 1, 6, 28});
  for (long day = first; day <= last; ++day) {
    if (weekday(day) >= 5) continue;
    const Date d = civil_from_days(day);
    const int k = md(d);
    const bool holiday = (k >= 1012 && k <= 1023) || k >= 1221 || k <= 106 || (k >= 401 && k <= 416);
    if (!holiday) out.push_back(d);
  }
  return out;
}

}  // namespace reticulist::generate

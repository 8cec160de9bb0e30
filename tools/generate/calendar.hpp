#pragma once
// Civil dates and the school calendar of an academic session (1 August to 31 July).
#include <string>
#include <vector>

namespace reticulist::generate {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
};

// Days since 1970-01-01 and back (Hinnant's algorithms, proleptic Gregorian).
long days_from_civil(Date d);
Date civil_from_days(long days);
int weekday(long days);            // 0 = Monday ... 6 = Sunday
std::string iso(Date d);           // YYYY-MM-DD
std::string session_label(int start_year);  // 2022 -> "2022/23"

// The teaching days of the session starting in August of `start_year`: weekdays from
// 16 August to 28 June, less a typical Scottish October week, Christmas fortnight and
// Easter fortnight. Same dates in every authority: a simplification, said in the README.
std::vector<Date> term_days(int start_year);

}  // namespace reticulist::generate

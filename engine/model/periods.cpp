#include "engine/model/periods.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "engine/error.hpp"

namespace reticulist::model {
namespace {

// The calendar schemes' periods all start on the 1st of a month: (year, month) names one.
struct MonthStart {
  int year;
  unsigned month;  // 1..12
};

constexpr int floor_div(int a, int b) { return a / b - (a % b != 0 && (a % b < 0) != (b < 0)); }

MonthStart add_months(MonthStart s, int months) {
  const int total = s.year * 12 + static_cast<int>(s.month) - 1 + months;
  const int year = floor_div(total, 12);
  return {year, static_cast<unsigned>(total - year * 12) + 1};
}

// Terms are fixed blocks of the session, not the real school terms: holiday dates differ
// between the 32 authorities and from year to year, and a period scheme must be one calendar
// for the whole country. Autumn (T1) runs 1 Aug - 31 Dec, spring (T2) 1 Jan - 31 Mar, summer
// (T3) 1 Apr - 31 Jul, so the three terms tile the session exactly.
MonthStart start_of(PeriodScheme scheme, CivilDate c) {
  switch (scheme) {
    case PeriodScheme::Session: return {c.month >= 8 ? c.year : c.year - 1, 8};
    case PeriodScheme::Term: return {c.year, c.month >= 8 ? 8u : c.month >= 4 ? 4u : 1u};
    case PeriodScheme::Quarter: return {c.year, (c.month - 1) / 3 * 3 + 1};
    case PeriodScheme::Month: return {c.year, c.month};
    case PeriodScheme::Year: return {c.year, 1};
    case PeriodScheme::Cuts: break;
  }
  return {c.year, 1};  // unreachable: Cuts is handled apart
}

MonthStart next_start(PeriodScheme scheme, MonthStart s) {
  switch (scheme) {
    case PeriodScheme::Term:  // Aug -> Jan of the next year -> Apr -> Aug
      return s.month == 8 ? MonthStart{s.year + 1, 1} : MonthStart{s.year, s.month == 1 ? 4u : 8u};
    case PeriodScheme::Quarter: return add_months(s, 3);
    case PeriodScheme::Month: return add_months(s, 1);
    case PeriodScheme::Session:
    case PeriodScheme::Year:
    case PeriodScheme::Cuts: break;
  }
  return {s.year + 1, s.month};
}

// Four digits at least, as format_iso_date prints years.
std::string year_text(int year) {
  char buffer[16];
  const int n = std::snprintf(buffer, sizeof buffer, "%s%04d", year < 0 ? "-" : "", year < 0 ? -year : year);
  return std::string(buffer, static_cast<std::size_t>(n));
}

// "2020/21" for the session starting 1 Aug 2020; "1999/00" across a century.
std::string session_label(int start_year) {
  const int end = start_year + 1;
  const int two = end - floor_div(end, 100) * 100;
  return year_text(start_year) + (two < 10 ? "/0" : "/") + std::to_string(two);
}

std::string label_of(PeriodScheme scheme, MonthStart s) {
  char buffer[8];
  switch (scheme) {
    case PeriodScheme::Session: return session_label(s.year);
    case PeriodScheme::Term:
      return session_label(s.month == 8 ? s.year : s.year - 1) +
             (s.month == 8 ? " T1" : s.month == 1 ? " T2" : " T3");
    case PeriodScheme::Quarter: return year_text(s.year) + "-Q" + std::to_string((s.month - 1) / 3 + 1);
    case PeriodScheme::Month:
      std::snprintf(buffer, sizeof buffer, "-%02u", s.month);
      return year_text(s.year) + buffer;
    case PeriodScheme::Year:
    case PeriodScheme::Cuts: break;
  }
  return year_text(s.year);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != b[i]) return false;
  }
  return true;
}

// Sorted cut days; a repeated day is a mistake in the options, not something to merge silently.
std::vector<Day> sorted_cuts(std::vector<Day> cuts) {
  std::sort(cuts.begin(), cuts.end());
  const auto repeat = std::adjacent_find(cuts.begin(), cuts.end());
  if (repeat != cuts.end()) throw ConfigError("duplicate cut date '" + format_iso_date(*repeat) + "'");
  return cuts;
}

}  // namespace

PeriodScheme parse_period_scheme(std::string_view text) {
  const std::string_view key = trim(text);
  const std::pair<std::string_view, PeriodScheme> names[] = {
      {"session", PeriodScheme::Session}, {"academic-year", PeriodScheme::Session},
      {"term", PeriodScheme::Term},       {"quarter", PeriodScheme::Quarter},
      {"month", PeriodScheme::Month},     {"year", PeriodScheme::Year},
      {"cuts", PeriodScheme::Cuts},
  };
  for (const auto& [name, scheme] : names) {
    if (equals_ignoring_case(key, name)) return scheme;
  }
  throw ConfigError("unknown period scheme '" + std::string(text) +
                    "' (expected session, term, quarter, month, year or cuts)");
}

std::string_view period_scheme_name(PeriodScheme scheme) {
  switch (scheme) {
    case PeriodScheme::Session: return "session";
    case PeriodScheme::Term: return "term";
    case PeriodScheme::Quarter: return "quarter";
    case PeriodScheme::Month: return "month";
    case PeriodScheme::Year: return "year";
    case PeriodScheme::Cuts: return "cuts";
  }
  return "session";
}

std::vector<Day> parse_cut_dates(std::string_view comma_separated) {
  std::vector<Day> cuts;
  if (trim(comma_separated).empty()) return cuts;
  std::string_view rest = comma_separated;
  while (true) {
    const auto comma = rest.find(',');
    const std::string_view item = trim(rest.substr(0, comma));
    const auto day = parse_iso_date(item);
    if (!day) throw ConfigError("bad cut date '" + std::string(item) + "' (expected YYYY-MM-DD)");
    cuts.push_back(*day);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return sorted_cuts(std::move(cuts));
}

Periods Periods::covering(const PeriodOptions& options, Day first_day, Day last_day) {
  Periods result;
  result.scheme_ = options.scheme;
  if (options.scheme == PeriodScheme::Cuts) {
    if (options.cuts.empty()) throw ConfigError("period scheme 'cuts' needs at least one cut date");
    const std::vector<Day> cuts = sorted_cuts(options.cuts);
    if (first_day > last_day) return result;
    // Cuts at or before first_day, or after last_day, start no period within the span.
    std::vector<Day> starts{first_day};
    for (Day c : cuts) {
      if (c > first_day && c <= last_day) starts.push_back(c);
    }
    for (std::size_t i = 0; i < starts.size(); ++i) {
      const Day last = i + 1 < starts.size() ? starts[i + 1] - 1 : last_day;
      result.periods_.push_back({format_iso_date(starts[i]) + ".." + format_iso_date(last), starts[i], last});
    }
  } else {
    if (first_day > last_day) return result;
    MonthStart s = start_of(options.scheme, civil_from_day(first_day));
    Day first = day_from_civil(s.year, s.month, 1);
    while (first <= last_day) {
      const MonthStart next = next_start(options.scheme, s);
      const Day next_first = day_from_civil(next.year, next.month, 1);
      result.periods_.push_back({label_of(options.scheme, s), first, next_first - 1});
      s = next;
      first = next_first;
    }
  }
  result.firsts_.reserve(result.periods_.size());
  for (const Period& p : result.periods_) result.firsts_.push_back(p.first);
  result.last_ = result.periods_.back().last;
  return result;
}

std::optional<std::uint32_t> Periods::index_of(Day day) const {
  if (firsts_.empty() || day < firsts_.front() || day > last_) return std::nullopt;
  const auto after = std::upper_bound(firsts_.begin(), firsts_.end(), day);
  return static_cast<std::uint32_t>(after - firsts_.begin() - 1);
}

std::optional<std::uint32_t> Periods::find(std::string_view label) const {
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    if (periods_[i].label == label) return static_cast<std::uint32_t>(i);
  }
  return std::nullopt;
}

std::string Periods::describe(PeriodScheme scheme) {
  switch (scheme) {
    case PeriodScheme::Session:
      return "Scottish academic session, 1 August to 31 July (labelled 2020/21)";
    case PeriodScheme::Term:
      return "three terms per academic session: 1 Aug-31 Dec, 1 Jan-31 Mar, 1 Apr-31 Jul, fixed blocks "
             "approximating Scottish school terms (labelled 2020/21 T1, T2, T3)";
    case PeriodScheme::Quarter: return "calendar quarters, January to March first (labelled 2021-Q1)";
    case PeriodScheme::Month: return "calendar months (labelled 2021-03)";
    case PeriodScheme::Year: return "calendar years, 1 January to 31 December (labelled 2021)";
    case PeriodScheme::Cuts:
      return "explicit cut dates, each starting a new period; the first and last periods end at the "
             "data (labelled 2021-01-01..2021-05-31)";
  }
  return "";
}

}  // namespace reticulist::model

#pragma once
// Time cut into consecutive periods. Churn and engagement compare consecutive periods of one
// scheme, so a span of data becomes an unbroken sequence: a period with no record in it still
// appears (its networks have no members there) rather than being skipped.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/civil_date.hpp"

namespace reticulist::model {

enum class PeriodScheme { Session, Term, Quarter, Month, Year, Cuts };

// "session" (or "academic-year"), "term", "quarter", "month", "year", "cuts", in any case.
// Throws ConfigError "unknown period scheme 'X' (expected session, term, quarter, month, year or cuts)".
PeriodScheme parse_period_scheme(std::string_view text);

// The canonical name parse_period_scheme accepts: "session", "term", ...
std::string_view period_scheme_name(PeriodScheme scheme);

struct PeriodOptions {
  PeriodScheme scheme = PeriodScheme::Session;
  std::vector<Day> cuts;  // used by PeriodScheme::Cuts only: each cut date starts a new period
};

// "2021-01-01,2021-06-01" -> the days, sorted. Spaces around each date are allowed; an empty
// text gives no cuts. Throws ConfigError naming a date that is not YYYY-MM-DD or is repeated.
std::vector<Day> parse_cut_dates(std::string_view comma_separated);

struct Period {
  std::string label;  // "2020/21", "2020/21 T1", "2021-Q1", "2021-03", "2021", "2021-01-01..2021-05-31"
  Day first;          // inclusive
  Day last;           // inclusive
};

// The periods of one scheme covering a span of days, in time order, contiguous (each period
// starts the day after the previous one ends).
class Periods {
 public:
  Periods() = default;  // no periods

  // The periods of the scheme from the one holding first_day to the one holding last_day, empty
  // ones included. Calendar schemes give whole periods (a session is always 1 Aug .. 31 Jul even
  // when the data start in March); Cuts clips the first and last period to the span. Zero
  // periods when first_day > last_day (no data). Throws ConfigError for Cuts without a cut date
  // or with a repeated one.
  static Periods covering(const PeriodOptions& options, Day first_day, Day last_day);

  std::size_t size() const { return periods_.size(); }
  bool empty() const { return periods_.empty(); }
  const Period& operator[](std::size_t i) const { return periods_[i]; }
  auto begin() const { return periods_.begin(); }
  auto end() const { return periods_.end(); }
  PeriodScheme scheme() const { return scheme_; }

  // The period holding `day`, nullopt outside the covered span. O(log P): called per record.
  std::optional<std::uint32_t> index_of(Day day) const;

  // The period with exactly this label, nullopt if none. O(P): for options, not for loops.
  std::optional<std::uint32_t> find(std::string_view label) const;

  // One line for manifests and reports, e.g. "Scottish academic session, 1 August to 31 July (2020/21)".
  static std::string describe(PeriodScheme scheme);

 private:
  PeriodScheme scheme_ = PeriodScheme::Session;
  std::vector<Period> periods_;
  std::vector<Day> firsts_;  // periods_[i].first, contiguous for the binary search
  Day last_ = 0;             // periods_.back().last
};

}  // namespace reticulist::model

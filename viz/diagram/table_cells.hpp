#pragma once
// Reading the cells of a disclosed report::Table for a diagram: the rows of one period, columns
// by name, and counts that may be suppressed ("[c]") or NA. A builder never sees a suppressed
// count's value (the table no longer has it) and must draw "[c]" instead.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/table.hpp"

namespace reticulist::viz {

// The index of column `name`; throws ConfigError "<who>: table <table> has no column <name>".
std::size_t column_named(const report::Table& table, std::string_view name, std::string_view who);

// Rows whose `period` column equals `period`, in table order; throws ConfigError
// "<who>: <table> has no row for period <period>" when there is none.
std::vector<std::size_t> rows_of_period(const report::Table& table, const std::string& period, std::string_view who);

struct Count {
  bool suppressed = false;
  std::optional<double> value;  // nullopt: NA (or suppressed)

  bool known() const { return !suppressed && value.has_value(); }
  // "1,691", "0.25" (two decimals unless whole), "[c]" or "NA".
  std::string text() const;
};

// An Integer or Real cell as a count.
Count count_at(const report::Table& table, std::size_t row, std::size_t col);

// A Text cell ("" for NA or suppressed).
std::string text_at(const report::Table& table, std::size_t row, std::size_t col);

// `value` as people read a count: whole numbers with thousands separators, others with two decimals.
std::string count_text(double value);

}  // namespace reticulist::viz

#pragma once
// A report::Table drawn for a terminal: aligned columns, numbers to the right, optionally only
// the rows whose `period` is one value. The files hold the same numbers (one computation).
#include <iosfwd>
#include <optional>
#include <string>

#include "engine/report/table.hpp"

namespace reticulist::cli {

void print_table(const report::Table& table, std::ostream& out, const std::optional<std::string>& only_period = {});

}  // namespace reticulist::cli

#pragma once
// Reading single cells of disclosed tables by name, for sentences and figures about them: a row is
// found by the values of its label columns, a cell read as a number that may be missing (no such
// table, row or column), undefined (NA) or suppressed ([c]).
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/report/table.hpp"

namespace reticulist::viz {

using Tables = std::vector<report::Table>;
using Where = std::initializer_list<std::pair<std::string_view, std::string_view>>;

const report::Table* find_table(const Tables& tables, std::string_view name);

// The first row whose columns hold the given texts (as the CSV shows them); nullopt when the
// table lacks a column or no row matches.
std::optional<std::size_t> find_row(const report::Table& table, Where where);

struct Number {
  enum class State { Missing, Na, Suppressed, Known };
  State state = State::Missing;
  double value = 0.0;
  std::string text;  // as people read it (format_for_people): "4,569", "72.7%", "[c]", "NA"

  bool known() const { return state == State::Known; }
};

// The cell of `column` in the first row matching `where` of the table named `table`.
Number read_number(const Tables& tables, std::string_view table, Where where, std::string_view column);
Number read_number(const report::Table& table, std::size_t row, std::string_view column);

// Sum of `column` over every row matching `where`: suppressed if any is, missing if none matches.
Number sum_numbers(const Tables& tables, std::string_view table, Where where, std::string_view column);

// A number made for a sentence (not read from a table): integer with separators, or share as %.
Number count_number(double v);
Number share_number(double v);

}  // namespace reticulist::viz

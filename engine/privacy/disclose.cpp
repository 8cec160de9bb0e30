#include "engine/privacy/disclose.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

namespace reticulist::privacy {
namespace {

using report::Holds;
using report::Table;

// The number in a count cell (Integer, or Real for counts kept as reals); nullopt for NA and
// suppressed cells.
std::optional<double> count_of(const Table& t, std::size_t row, std::size_t col) {
  if (t.is_suppressed(row, col) || t.is_na(row, col)) return std::nullopt;
  if (t.column(col).type == report::ColumnType::Integer) return static_cast<double>(t.integer(row, col));
  if (t.column(col).type == report::ColumnType::Real) return t.real(row, col);
  return std::nullopt;
}

// Among `cells` (row, column), the one to suppress next: the smallest count above zero, else a
// zero (suppressing a zero still hides which of the others made the total). nullopt if none left.
std::optional<std::pair<std::size_t, std::size_t>> smallest_unsuppressed(
    const Table& t, const std::vector<std::pair<std::size_t, std::size_t>>& cells) {
  std::optional<std::pair<std::size_t, std::size_t>> best;
  double best_value = 0;
  for (const auto& [row, col] : cells) {
    const auto v = count_of(t, row, col);
    if (!v) continue;
    if (!best || (*v > 0 && (best_value == 0 || *v < best_value))) {
      best = std::make_pair(row, col);
      best_value = *v;
    }
  }
  return best;
}

std::size_t suppressed_among(const Table& t, const std::vector<std::pair<std::size_t, std::size_t>>& cells) {
  return static_cast<std::size_t>(std::count_if(
      cells.begin(), cells.end(), [&](const auto& cell) { return t.is_suppressed(cell.first, cell.second); }));
}

// Rows grouped by every label column but `dimension`: each group breaks one total down.
std::vector<std::vector<std::size_t>> breakdowns(const Table& t, std::size_t dimension) {
  std::map<std::vector<std::string>, std::vector<std::size_t>> groups;
  for (std::size_t r = 0; r < t.row_count(); ++r) {
    std::vector<std::string> key;
    for (std::size_t c = 0; c < t.column_count(); ++c) {
      const Holds holds = t.column(c).holds;
      if (c != dimension && (holds == Holds::Label || holds == Holds::Period)) key.push_back(t.format_cell(r, c));
    }
    groups[std::move(key)].push_back(r);
  }
  std::vector<std::vector<std::size_t>> out;
  for (auto& [key, rows] : groups) {
    if (rows.size() >= 2) out.push_back(std::move(rows));
  }
  return out;
}

// One round of secondary suppression over every breakdown (groups of rows: labels are never
// suppressed, so they are found once) and every sum; returns the cells it added.
std::uint64_t secondary_round(Table& t, const std::vector<std::size_t>& people,
                              const std::vector<std::vector<std::size_t>>& groups) {
  std::uint64_t added = 0;
  const auto protect = [&](const std::vector<std::pair<std::size_t, std::size_t>>& cells) {
    if (suppressed_among(t, cells) != 1) return;
    if (const auto next = smallest_unsuppressed(t, cells)) {
      t.suppress(next->first, next->second);
      ++added;
    }
  };
  for (const auto& rows : groups) {
    for (std::size_t c : people) {
      std::vector<std::pair<std::size_t, std::size_t>> cells;
      for (std::size_t r : rows) cells.emplace_back(r, c);
      protect(cells);
    }
  }
  for (const auto& sum : t.sums()) {
    for (std::size_t r = 0; r < t.row_count(); ++r) {
      std::vector<std::pair<std::size_t, std::size_t>> parts;
      for (std::size_t c : sum.parts) parts.emplace_back(r, c);
      const bool total_hidden = t.is_suppressed(r, sum.total);
      const std::size_t hidden_parts = suppressed_among(t, parts);
      if (hidden_parts + (total_hidden ? 1 : 0) != 1) continue;
      // One hidden cell among total and parts: hide another part, or the total if none is left.
      if (const auto next = smallest_unsuppressed(t, parts)) {
        t.suppress(next->first, next->second);
      } else {
        t.suppress(r, sum.total);
      }
      ++added;
    }
  }
  return added;
}

}  // namespace

std::string_view view_name(View view) { return view == View::Board ? "board" : "officer"; }

std::optional<View> parse_view(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "officer") return View::Officer;
  if (lower == "board") return View::Board;
  return std::nullopt;
}

std::string describe(const DisclosureRule& rule) {
  return "board view: tables about one person withheld; counts of people from 1 to " +
         std::to_string(rule.threshold - 1) + " suppressed (primary; zero shown); secondary suppression so that no " +
         "suppressed count can be found by subtraction from a total or its complement (within a breakdown of " +
         "rows sharing every label but one, periods excepted, and within a row where one column is the sum of " +
         "others); figures computed from a suppressed count suppressed too (derived). Suppressed cells are [c]. "
         "After the UK Government Statistical Service's guidance on disclosure control for tables";
}

Disclosure disclose(report::Table table, View view, const DisclosureRule& rule) {
  if (rule.threshold == 0) throw std::invalid_argument("disclosure threshold must be at least 1");
  Disclosure out;
  if (view == View::Officer) {
    out.table = std::move(table);
    return out;
  }
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (table.column(c).holds == Holds::Person) {
      out.withheld_reason = "its rows are about one person each (column " + table.column(c).name + ")";
      return out;
    }
  }

  std::vector<std::size_t> people, dimensions;
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    const auto& info = table.column(c);
    if (info.holds == Holds::PeopleCount) people.push_back(c);
    if (info.holds == Holds::Label) dimensions.push_back(c);
  }

  // 1. Primary: small counts of people, in their columns and in rows whose unit is people.
  for (std::size_t u = 0; u < table.column_count(); ++u) {
    if (table.column(u).holds != Holds::Unit) continue;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
      if (table.is_na(r, u) || table.text(r, u) != "people") continue;
      for (std::size_t c = 0; c < table.column_count(); ++c) {
        const Holds holds = table.column(c).holds;
        if (holds != Holds::Count && holds != Holds::Measure) continue;
        const auto v = count_of(table, r, c);
        if (v && std::abs(*v) > 0 && std::abs(*v) < rule.threshold) {
          table.suppress(r, c);
          ++out.primary;
        }
      }
    }
  }
  for (std::size_t c : people) {
    for (std::size_t r = 0; r < table.row_count(); ++r) {
      const auto v = count_of(table, r, c);
      if (v && *v > 0 && *v < rule.threshold) {
        table.suppress(r, c);
        ++out.primary;
      }
    }
  }
  // 2. Secondary, until no breakdown or sum reveals a suppressed cell.
  if (out.primary > 0) {
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t d : dimensions) {
      for (auto& rows : breakdowns(table, d)) groups.push_back(std::move(rows));
    }
    while (const std::uint64_t added = secondary_round(table, people, groups)) out.secondary += added;
  }
  // 3. Derived: based_on points to earlier columns, so one pass in column order reaches a cell
  // derived from a derived one.
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    const auto& bases = table.column(c).based_on;
    if (bases.empty()) continue;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
      if (table.is_suppressed(r, c)) continue;
      const bool hidden_base =
          std::any_of(bases.begin(), bases.end(), [&](std::size_t b) { return table.is_suppressed(r, b); });
      if (hidden_base) {
        table.suppress(r, c);
        ++out.derived;
      }
    }
  }
  out.table = std::move(table);
  return out;
}

}  // namespace reticulist::privacy

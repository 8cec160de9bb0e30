#pragma once
// Reading report::Tables for figures: filters, cells as figure Cells, labels in order. Shared by
// pivot_heatmap and pivot_small_multiples.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/table.hpp"
#include "viz/figure/cell.hpp"
#include "viz/figure/value_format.hpp"

namespace reticulist::viz {

// Keeps the rows whose cell in `column`, as the CSV shows it (Table::format_cell), is `equals`:
// {"period", "2023/24"}, {"layer", "practitioner"}; or, with `exclude`, is not:
// {"period", "all", true} keeps the periods and drops the whole span.
struct Filter {
  std::string column{};
  std::string equals{};
  bool exclude = false;
};

// The index of column `name`; std::invalid_argument "<what>: table <t> has no column <name>".
std::size_t column_of(const report::Table& table, std::string_view name, std::string_view what);
// The rows passing every filter, in table order.
std::vector<std::size_t> filtered_rows(const report::Table& table, std::span<const Filter> filters,
                                       std::string_view what);
// A number as a figure cell: Integer and Real as they are, Boolean as 1 or 0; NA is Missing, a
// suppressed cell Suppressed. A Text column throws std::invalid_argument.
Cell numeric_cell(const report::Table& table, std::size_t row, std::size_t col);
// How people read the column: shares as percentages, counts whole, other figures to three
// significant figures.
ValueFormat format_for(const report::ColumnInfo& column);

// Labels numbered in order: those given first (an explicit order), then each new one as met.
class LabelIndex {
 public:
  explicit LabelIndex(std::span<const std::string> order = {});
  std::size_t index(const std::string& label);  // adds an unseen label at the end
  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t size() const { return labels_.size(); }

 private:
  std::vector<std::string> labels_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace reticulist::viz

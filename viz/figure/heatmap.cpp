#include "viz/figure/heatmap.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace reticulist::viz {

void validate(const Heatmap& h) {
  const std::size_t rows = h.row_labels.size(), columns = h.column_labels.size();
  if (h.cells.size() != rows * columns) {
    throw std::invalid_argument("heatmap: " + std::to_string(h.cells.size()) + " cells for " +
                                std::to_string(rows) + " rows and " + std::to_string(columns) + " columns");
  }
  if (!h.row_groups.empty() && h.row_groups.size() != rows) {
    throw std::invalid_argument("heatmap: " + std::to_string(h.row_groups.size()) + " row groups for " +
                                std::to_string(rows) + " rows");
  }
  for (const Cell& cell : h.cells) {
    if (cell.kind == Cell::Kind::Category && cell.category >= h.categories.size()) {
      throw std::invalid_argument("heatmap: category " + std::to_string(cell.category) + " of " +
                                  std::to_string(h.categories.size()));
    }
    if (cell.kind == Cell::Kind::Value && !h.categories.empty())
      throw std::invalid_argument("heatmap: a value in a categorical heatmap");
  }
  if (h.scale_min && h.scale_max && !(*h.scale_min < *h.scale_max))
    throw std::invalid_argument("heatmap: scale_min must be below scale_max");
}

std::string cell_text(const Heatmap& h, const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Value: return format_value(cell.value, h.format);
    case Cell::Kind::Missing: return h.missing_text;
    case Cell::Kind::Suppressed: return "[c]";
    case Cell::Kind::Category: return cell.category < h.categories.size() ? h.categories[cell.category].name : "";
  }
  return {};
}

std::string heatmap_description(const Heatmap& h) {
  const auto or_default = [](const std::string& s, const char* fallback) { return s.empty() ? std::string(fallback) : s; };
  std::string out = "Heatmap of " + or_default(h.legend_title, "values") + " by " + or_default(h.row_axis, "row") +
                    " (" + std::to_string(h.row_labels.size()) + ") and " + or_default(h.column_axis, "column") +
                    " (" + std::to_string(h.column_labels.size()) + ").";
  const auto cells = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " cell" : " cells"); };
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  std::size_t suppressed = 0, missing = 0;
  std::vector<std::size_t> per_category(h.categories.size(), 0);
  for (const Cell& cell : h.cells) {
    switch (cell.kind) {
      case Cell::Kind::Value: lo = std::min(lo, cell.value); hi = std::max(hi, cell.value); break;
      case Cell::Kind::Missing: ++missing; break;
      case Cell::Kind::Suppressed: ++suppressed; break;
      case Cell::Kind::Category:
        if (cell.category < per_category.size()) ++per_category[cell.category];
        break;
    }
  }
  if (lo <= hi) out += " Values from " + format_value(lo, h.format) + " to " + format_value(hi, h.format) + ".";
  for (std::size_t i = 0; i < h.categories.size(); ++i)
    out += ' ' + h.categories[i].name + ": " + cells(per_category[i]) + '.';
  if (suppressed > 0) out += ' ' + cells(suppressed) + " suppressed ([c]).";
  if (missing > 0) out += ' ' + cells(missing) + " without a value (" + h.missing_text +
                             (h.missing_meaning == "no value" ? std::string() : ": " + h.missing_meaning) + ").";
  return out;
}

}  // namespace reticulist::viz

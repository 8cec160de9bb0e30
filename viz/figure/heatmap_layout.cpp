// layout_heatmap: every position of a heatmap, from the top down; heatmap_draw.cpp draws them.
#include <algorithm>
#include <cmath>

#include "viz/figure/heatmap.hpp"
#include "viz/figure/label_key.hpp"

namespace reticulist::viz {
namespace {

constexpr double kMargin = 20.0;
constexpr double kMinContentWidth = 560.0;
constexpr double kAxisSize = 12.0;
constexpr double kBarWidth = 240.0, kBarHeight = 12.0;
constexpr double kMaxRowLabel = 260.0, kMaxGroupLabel = 170.0;
constexpr double kMaxColumnWidth = 120.0, kMaxRotatedLabel = 180.0, kMaxMatrixWidth = 1100.0;
constexpr double kSin45 = 0.7071067811865476;

// Rows, type and cell text by how many rows there are: the figure grows rather than squashes.
struct RowScale {
  double height, label_size, cell_size;
  int label_lines;
  bool cell_text;
};
RowScale row_scale(std::size_t rows) {
  if (rows <= 30) return {28.0, 12.0, 12.0, 2, true};
  if (rows <= 80) return {20.0, 11.0, 11.0, 1, true};
  return {12.0, 9.0, 9.0, 1, false};
}

double line_height(double size, Weight weight = Weight::Normal) {
  const TextExtent e = measure_text("Ag", size, weight);
  return e.ascent + e.descent;
}

// The colour scale spans the data (from 0 for a sequential scale, symmetric around 0 for a
// diverging one) or the caller's range; the ticks are the nice values inside it, so the colours
// use the whole scale even when the data end between two ticks.
void set_domain(const Heatmap& h, HeatmapLayout& layout) {
  if (!h.categories.empty()) return;
  double lo = 0.0, hi = 0.0;
  for (const Cell& cell : h.cells) {
    if (cell.kind != Cell::Kind::Value) continue;
    lo = std::min(lo, cell.value);
    hi = std::max(hi, cell.value);
  }
  if (h.scale == Scale::Diverging) {
    hi = std::max(-lo, hi);
    lo = -hi;
  }
  lo = h.scale_min.value_or(lo);
  hi = h.scale_max.value_or(hi);
  if (!(hi > lo)) {  // no value, or all equal: a unit range around them
    if (h.scale == Scale::Diverging) lo = -(hi = std::max(std::fabs(hi), 1.0));
    else hi = lo + 1.0;
  }
  layout.domain_lo = lo;
  layout.domain_hi = hi;
  const Ticks ticks = nice_ticks(lo, hi, 6, h.format);
  const double slack = ticks.step * 1e-9;
  for (const double t : ticks.values)
    if (t >= lo - slack && t <= hi + slack) layout.ticks.push_back(t);
}

// Legend: title, then the colour bar with specials to its right, or the category swatches.
double place_legend(const Heatmap& h, HeatmapLayout& layout, double y) {
  if (!h.legend_title.empty()) {
    layout.legend_title_baseline = y + kAxisSize;
    y += kAxisSize + 8.0;
  }
  std::vector<LegendItem> items;
  for (const Category& c : h.categories) items.push_back({LegendMark::Swatch, c.colour, c.name});
  const auto any = [&](Cell::Kind kind) {
    return std::any_of(h.cells.begin(), h.cells.end(), [&](const Cell& c) { return c.kind == kind; });
  };
  if (any(Cell::Kind::Suppressed)) items.push_back({LegendMark::Suppressed, {}, "[c] suppressed"});
  if (any(Cell::Kind::Missing)) items.push_back({LegendMark::Missing, {}, h.missing_text + ": " + h.missing_meaning});
  const double left = layout.content_left, right = layout.content_right;
  if (h.categories.empty()) {
    // Tick labels may stand out half their width beyond the bar's ends.
    const double overhang = 0.5 * std::max(text_width(format_value(layout.domain_lo, h.format), 11.0),
                                           text_width(format_value(layout.domain_hi, h.format), 11.0));
    layout.colour_bar = Box{left + overhang, y + 4.0, kBarWidth, kBarHeight};
    const double bar_bottom = y + 4.0 + kBarHeight + 18.0;
    // Beside the bar, wrapping beside it; where an entry does not fit there, every entry goes
    // under the bar (a wrapped line at the left would run into the tick labels).
    const double beside = left + 2 * overhang + kBarWidth + 28.0;
    double widest = 0.0;
    for (const LegendItem& item : items) widest = std::max(widest, legend_item_width(item));
    if (beside + widest <= right) {
      layout.legend = flow_legend(std::move(items), beside, beside, y, right);
      return std::max(bar_bottom, layout.legend.bottom);
    }
    layout.legend = flow_legend(std::move(items), left, left, bar_bottom, right);
    return std::max(bar_bottom, layout.legend.bottom);
  }
  layout.legend = flow_legend(std::move(items), left, left, y, right);
  return layout.legend.bottom;
}

}  // namespace

HeatmapLayout layout_heatmap(const Heatmap& h) {
  validate(h);
  HeatmapLayout layout;
  LabelKey key;
  const std::size_t rows = h.row_labels.size(), columns = h.column_labels.size();
  const RowScale scale = row_scale(rows);
  layout.cell_h = scale.height;
  layout.cell_text = scale.cell_text;
  layout.row_label_size = scale.label_size;
  layout.cell_text_size = scale.cell_size;
  layout.column_label_size = columns <= 24 ? 11.0 : 10.0;
  set_domain(h, layout);

  // Column width: the widest cell text, then the labels: horizontal (up to two lines) if every
  // label fits a column of at most kMaxColumnWidth, else rotated 45 degrees.
  double cw = 44.0;
  if (scale.cell_text) {
    for (const Cell& cell : h.cells)
      cw = std::max(cw, std::min(text_width(cell_text(h, cell), scale.cell_size) + 12.0, 90.0));
  }
  const double cls = layout.column_label_size;
  {
    LabelKey trial;
    double widest = 0.0;
    std::vector<std::vector<std::string>> lines;
    for (const std::string& label : h.column_labels) {
      lines.push_back(trial.fit(label, cls, Weight::Normal, std::max(cw, kMaxColumnWidth) - 8.0, 2));
      for (const std::string& l : lines.back()) widest = std::max(widest, text_width(l, cls));
    }
    const double horizontal_cw = std::max(cw, widest + 8.0);
    layout.rotated_columns = !trial.entries().empty() || horizontal_cw * static_cast<double>(columns) > kMaxMatrixWidth;
    if (!layout.rotated_columns) {
      cw = horizontal_cw;
      layout.column_label_lines = std::move(lines);
    }
  }
  if (layout.rotated_columns) {
    cw = std::max(cw, 24.0);
    for (const std::string& label : h.column_labels)
      layout.column_label_lines.push_back(key.fit(label, cls, Weight::Normal, kMaxRotatedLabel, 1));
  }
  layout.cell_w = cw;

  // Left columns: row groups (bold) and row labels, each as wide as its widest label, capped.
  const double rls = scale.label_size, gs = rows > 80 ? 10.0 : 11.0;
  layout.group_label_size = gs;
  double group_w = 0.0;
  if (!h.row_groups.empty()) {
    group_w = text_width(h.group_axis, kAxisSize, Weight::Bold);
    for (const std::string& g : h.row_groups) group_w = std::max(group_w, text_width(normalise_label(g), gs, Weight::Bold));
    group_w = std::min(group_w + 12.0, kMaxGroupLabel);
  }
  double label_w = text_width(h.row_axis, kAxisSize, Weight::Bold);
  for (const std::string& l : h.row_labels) label_w = std::max(label_w, text_width(normalise_label(l), rls));
  label_w = std::min(label_w, kMaxRowLabel);
  layout.content_left = kMargin;
  const double labels_x = kMargin + (group_w > 0.0 ? group_w + 8.0 : 0.0);
  const double matrix_x = labels_x + label_w + 8.0;
  const double matrix_w = cw * static_cast<double>(columns);

  // Rotated labels run up and to the right from their column's centre.
  const TextExtent cle = measure_text("Ag", cls);
  double header_h = 0.0, right_overhang = 0.0;
  for (std::size_t j = 0; j < columns; ++j) {
    const auto& lines = layout.column_label_lines[j];
    if (layout.rotated_columns) {
      const double len = text_width(lines.front(), cls);
      header_h = std::max(header_h, (len + cle.ascent) * kSin45 + 6.0);
      right_overhang = std::max(right_overhang, (static_cast<double>(j) + 0.5) * cw + (len + cle.ascent) * kSin45 - matrix_w);
    } else {
      header_h = std::max(header_h, static_cast<double>(lines.size()) * (cle.ascent + cle.descent) + 6.0);
    }
  }
  const double content_w = std::max(kMinContentWidth, matrix_x + matrix_w + std::max(right_overhang, 0.0) - kMargin);
  layout.content_right = kMargin + content_w;

  // From the top: title, subtitle, legend, column axis, column labels.
  double y = place_heading(layout.frame, h.title, h.subtitle, content_w, kMargin);
  y = place_legend(h, layout, y + 12.0) + 14.0;
  if (!h.column_axis.empty()) {
    layout.column_axis_baseline = y + kAxisSize;
    y += kAxisSize + 8.0;
  }
  layout.column_labels_bottom = y + header_h - 4.0;
  y += header_h;
  layout.axis_names_baseline = y - 6.0;
  layout.matrix = {matrix_x, y, matrix_w, scale.height * static_cast<double>(rows)};
  layout.group_axis_text = group_w > 0.0 ? key.fit(h.group_axis, kAxisSize, Weight::Bold, group_w, 1).front() : "";
  layout.row_axis_text = key.fit(h.row_axis, kAxisSize, Weight::Bold, label_w, 1).front();

  // Row groups: bands of consecutive rows; the label at the band's top, in as many lines as fit.
  const double gline = line_height(gs, Weight::Bold);
  layout.group_column = {kMargin, y, group_w, layout.matrix.h};
  for (std::size_t r = 0; r < rows && !h.row_groups.empty();) {
    std::size_t end = r + 1;
    while (end < rows && h.row_groups[end] == h.row_groups[r]) ++end;
    const int fit_lines = static_cast<int>(std::floor(static_cast<double>(end - r) * scale.height / gline));
    layout.bands.push_back({r, end - r, key.fit(h.row_groups[r], gs, Weight::Bold, group_w - 8.0, std::clamp(fit_lines, 1, 2))});
    r = end;
  }

  // Row labels, right-aligned against the matrix and centred in their row.
  const TextExtent rle = measure_text("Ag", rls);
  const double rline = rle.ascent + rle.descent;
  for (std::size_t r = 0; r < rows; ++r) {
    auto lines = key.fit(h.row_labels[r], rls, Weight::Normal, label_w, scale.label_lines);
    double w = 0.0;
    for (const std::string& l : lines) w = std::max(w, text_width(l, rls));
    const double block = rline * static_cast<double>(lines.size());
    const double top = y + scale.height * static_cast<double>(r) + (scale.height - block) / 2.0;
    layout.row_label_boxes.push_back({matrix_x - 8.0 - w, top, w, block});
    layout.row_label_lines.push_back(std::move(lines));
  }
  for (std::size_t j = 0; j < columns; ++j) {
    const auto& lines = layout.column_label_lines[j];
    const double cx = matrix_x + (static_cast<double>(j) + 0.5) * cw;
    double w = 0.0;
    for (const std::string& l : lines) w = std::max(w, text_width(l, cls));
    if (layout.rotated_columns) {
      const double base = layout.column_labels_bottom;
      const double ax = cx + (cle.ascent - cle.descent) / 2.0 * kSin45;  // glyphs centred on the column
      const double side = (w + cle.ascent + cle.descent) * kSin45;
      layout.column_label_boxes.push_back({ax - cle.ascent * kSin45, base - (w + cle.ascent) * kSin45, side, side});
    } else {
      const double block = (cle.ascent + cle.descent) * static_cast<double>(lines.size());
      layout.column_label_boxes.push_back({cx - w / 2.0, layout.column_labels_bottom - block, w, block});
    }
  }

  // Below: the column labels again under a tall matrix, the footnote, the key.
  y = layout.matrix.y + layout.matrix.h;
  if (rows > 60 && !layout.rotated_columns) {
    layout.bottom_labels_top = y + 4.0;
    y += header_h;
  }
  layout.key = key.lines();
  y = place_notes(layout.frame, h.footnote, layout.key, content_w, y + 14.0);
  layout.width = std::ceil(layout.content_right + kMargin);
  layout.height = std::ceil(y + kMargin);
  return layout;
}

}  // namespace reticulist::viz

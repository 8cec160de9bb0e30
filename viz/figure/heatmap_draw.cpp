// heatmap_figure: draws a HeatmapLayout on any Canvas.
#include <algorithm>
#include <utility>

#include "viz/figure/heatmap.hpp"

namespace reticulist::viz {
namespace {

constexpr Rgb kBandShade{0xf4, 0xf4, 0xf4};
constexpr Rgb kSeparator{0x40, 0x40, 0x40};
constexpr double kSin45 = 0.7071067811865476;

struct HeatmapDrawing {
  Heatmap model;
  HeatmapLayout layout;
};

double to_unit(const HeatmapLayout& layout, double v) {
  return (v - layout.domain_lo) / (layout.domain_hi - layout.domain_lo);
}

Rgb fill_of(const Heatmap& h, const HeatmapLayout& layout, const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Value: return colour_at(h.scale, to_unit(layout, cell.value));
    case Cell::Kind::Category: return h.categories[cell.category].colour;
    case Cell::Kind::Suppressed: return kSuppressedFill;
    case Cell::Kind::Missing: return kMissingFill;
  }
  return kMissingFill;
}

void draw_colour_bar(Canvas& canvas, const Heatmap& h, const HeatmapLayout& layout) {
  const Box bar = *layout.colour_bar;
  constexpr int kSlices = 80;
  const double w = bar.w / kSlices;
  for (int i = 0; i < kSlices; ++i) {
    const double t = (i + 0.5) / kSlices;
    // Slices overlap by a hair so no seam shows between them.
    canvas.rect(bar.x + i * w, bar.y, w + (i + 1 < kSlices ? 0.3 : 0.0), bar.h, colour_at(h.scale, t));
  }
  canvas.outline(bar.x, bar.y, bar.w, bar.h, {0x80, 0x80, 0x80}, 0.5);
  for (const double tick : layout.ticks) {
    const double x = bar.x + bar.w * to_unit(layout, tick);
    canvas.line({x, bar.y + bar.h}, {x, bar.y + bar.h + 4.0}, kInk, 1.0);
    canvas.text({x, bar.y + bar.h + 15.0}, format_value(tick, h.format), text_style(11.0, Weight::Normal, Anchor::Middle));
  }
}

void draw_column_labels(Canvas& canvas, const HeatmapLayout& layout, double bottom, bool below) {
  const TextExtent e = measure_text("Ag", layout.column_label_size);
  const double line = e.ascent + e.descent;
  for (std::size_t j = 0; j < layout.column_label_lines.size(); ++j) {
    const auto& lines = layout.column_label_lines[j];
    const double cx = layout.matrix.x + (static_cast<double>(j) + 0.5) * layout.cell_w;
    if (layout.rotated_columns) {
      TextStyle s = text_style(layout.column_label_size);
      s.angle = -45.0;
      canvas.text({cx + (e.ascent - e.descent) / 2.0 * kSin45, bottom}, lines.front(), s);
      continue;
    }
    const double n = static_cast<double>(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const double top = below ? bottom : bottom - n * line;
      canvas.text({cx, top + e.ascent + static_cast<double>(i) * line}, lines[i],
                  text_style(layout.column_label_size, Weight::Normal, Anchor::Middle));
    }
  }
}

void draw_bands(Canvas& canvas, const HeatmapLayout& layout) {
  const Box& m = layout.matrix;
  const double ch = layout.cell_h;
  const double gs = layout.group_label_size;
  const TextExtent e = measure_text("Ag", gs, Weight::Bold);
  for (std::size_t b = 0; b < layout.bands.size(); ++b) {
    const auto& band = layout.bands[b];
    const double top = m.y + ch * static_cast<double>(band.first_row), h = ch * static_cast<double>(band.rows);
    if (b % 2 == 1) canvas.rect(layout.content_left, top, m.x - layout.content_left, h, kBandShade);
    if (b > 0) canvas.line({layout.content_left, top}, {m.x + m.w, top}, kSeparator, 1.0);
    const double block = (e.ascent + e.descent) * static_cast<double>(band.lines.size());
    const double pad = std::max(0.0, std::min(3.0, (h - block) / 2.0));
    for (std::size_t i = 0; i < band.lines.size(); ++i) {
      canvas.text({layout.group_column.x + 4.0, top + pad + e.ascent + static_cast<double>(i) * (e.ascent + e.descent)},
                  band.lines[i], text_style(gs, Weight::Bold));
    }
  }
}

void draw_cells(Canvas& canvas, const Heatmap& h, const HeatmapLayout& layout) {
  const std::size_t columns = h.column_labels.size();
  const double cw = layout.cell_w, ch = layout.cell_h, gap = ch >= 16.0 ? 2.0 : 1.0;
  const TextExtent e = measure_text("Ag", layout.cell_text_size);
  for (std::size_t r = 0; r < h.row_labels.size(); ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell& cell = h.cells[r * columns + c];
      const double x = layout.matrix.x + cw * static_cast<double>(c), y = layout.matrix.y + ch * static_cast<double>(r);
      const Rgb fill = fill_of(h, layout, cell);
      if (cell.kind == Cell::Kind::Suppressed) canvas.hatched_rect(x, y, cw - gap, ch - gap, fill, kHatchInk);
      else canvas.rect(x, y, cw - gap, ch - gap, fill);
      if (!layout.cell_text) continue;
      const std::string text = cell_text(h, cell);
      const double tw = text_width(text, layout.cell_text_size);
      if (tw > cw - gap - 6.0) continue;
      const double cx = x + (cw - gap) / 2.0, baseline = y + (ch - gap + e.ascent - e.descent) / 2.0;
      Rgb ink = cell.kind == Cell::Kind::Missing ? kQuietText : text_colour_on(fill);
      if (cell.kind == Cell::Kind::Suppressed) {
        // A plain patch under "[c]" keeps it legible over the hatch.
        canvas.rect(cx - tw / 2.0 - 2.0, baseline - e.ascent, tw + 4.0, e.ascent + e.descent, kSuppressedFill);
        ink = kInk;
      }
      canvas.text({cx, baseline}, text, text_style(layout.cell_text_size, Weight::Normal, Anchor::Middle, ink));
    }
  }
}

void draw(Canvas& canvas, const HeatmapDrawing& drawing) {
  const Heatmap& h = drawing.model;
  const HeatmapLayout& layout = drawing.layout;
  canvas.rect(0.0, 0.0, layout.width, layout.height, kPaper);
  const double left = layout.content_left;
  draw_frame(canvas, layout.frame, left);
  if (!h.legend_title.empty()) canvas.text({left, layout.legend_title_baseline}, h.legend_title, text_style(12.0, Weight::Bold));
  if (layout.colour_bar) draw_colour_bar(canvas, h, layout);
  draw_legend(canvas, layout.legend);
  const Box& m = layout.matrix;
  if (!h.column_axis.empty())
    canvas.text({m.x + m.w / 2.0, layout.column_axis_baseline}, h.column_axis, text_style(12.0, Weight::Bold, Anchor::Middle));
  draw_column_labels(canvas, layout, layout.column_labels_bottom, false);
  if (layout.bottom_labels_top) draw_column_labels(canvas, layout, *layout.bottom_labels_top, true);
  draw_bands(canvas, layout);
  if (!layout.group_axis_text.empty())
    canvas.text({layout.group_column.x + 4.0, layout.axis_names_baseline}, layout.group_axis_text, text_style(12.0, Weight::Bold));
  if (!layout.row_axis_text.empty())
    canvas.text({m.x - 8.0, layout.axis_names_baseline}, layout.row_axis_text, text_style(12.0, Weight::Bold, Anchor::End));
  const TextExtent e = measure_text("Ag", layout.row_label_size);
  for (std::size_t r = 0; r < layout.row_label_lines.size(); ++r) {
    const Box& box = layout.row_label_boxes[r];
    const auto& lines = layout.row_label_lines[r];
    for (std::size_t i = 0; i < lines.size(); ++i) {
      canvas.text({m.x - 8.0, box.y + e.ascent + static_cast<double>(i) * (e.ascent + e.descent)}, lines[i],
                  text_style(layout.row_label_size, Weight::Normal, Anchor::End));
    }
  }
  draw_cells(canvas, h, layout);
}

}  // namespace

Figure heatmap_figure(const Heatmap& heatmap) {
  HeatmapLayout layout = layout_heatmap(heatmap);
  const double width = layout.width, height = layout.height;
  return owning_figure(HeatmapDrawing{heatmap, std::move(layout)}, width, height, heatmap.title,
                       heatmap.description.empty() ? heatmap_description(heatmap) : heatmap.description, draw);
}

}  // namespace reticulist::viz

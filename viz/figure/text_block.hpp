#pragma once
// The text around a figure, the same in heatmaps and charts: a wrapped title and subtitle on
// top, a footnote and the key of shortened labels below.
#include <string>
#include <string_view>
#include <vector>

#include "viz/figure/canvas.hpp"

namespace reticulist::viz {

// Lines of text, each with its baseline.
struct TextBlock {
  std::vector<std::string> lines{};
  std::vector<double> baselines{};
};

// `text` wrapped to `width` from `y` down (y moves below the block).
TextBlock wrap_block(std::string_view text, double size, Weight weight, double width, double line_height, double& y);
void draw_block(Canvas& canvas, const TextBlock& block, double x, const TextStyle& style);

struct Frame {
  TextBlock title{}, subtitle{}, footnote{}, key{};
};

// Title (18 px bold) and subtitle (13 px) from `y`; returns the y below them.
double place_heading(Frame& frame, std::string_view title, std::string_view subtitle, double width, double y);
// Footnote and key lines (11 px) from `y`; returns the y below them.
double place_notes(Frame& frame, std::string_view footnote, const std::vector<std::string>& key, double width, double y);
void draw_frame(Canvas& canvas, const Frame& frame, double x);

}  // namespace reticulist::viz

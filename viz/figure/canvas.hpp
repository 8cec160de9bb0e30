#pragma once
// The drawing interface every figure uses once, rendered by two backends: SvgCanvas (an SVG
// document with real <text>, see svg_canvas.hpp) and CairoCanvas (PNG and PDF, cairo_canvas.hpp).
// A figure is a size, a title and alt text, and a function that draws it on a Canvas; write it
// with write_figure (figure_file.hpp).
//
// Coordinates are CSS pixels from the top left corner, y downwards; in PDF one pixel is one point,
// and PNG is drawn at twice the scale so that text stays crisp. Text is placed by its baseline.
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "viz/figure/palette.hpp"
#include "viz/figure/text.hpp"

namespace reticulist::viz {

struct Point {
  double x = 0.0, y = 0.0;
};

struct Box {
  double x = 0.0, y = 0.0, w = 0.0, h = 0.0;
};
inline bool overlap(const Box& a, const Box& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

enum class Anchor : unsigned char { Start, Middle, End };

// Text and marks, and the page under them.
inline constexpr Rgb kInk{0x1a, 0x1a, 0x1a};
inline constexpr Rgb kPaper{0xff, 0xff, 0xff};

struct TextStyle {
  double size = 12.0;
  Weight weight = Weight::Normal;
  Rgb colour = kInk;
  Anchor anchor = Anchor::Start;
  // Degrees clockwise about the anchor point (-90 reads upwards, as a y axis title does).
  double angle = 0.0;
};

inline TextStyle text_style(double size, Weight weight = Weight::Normal, Anchor anchor = Anchor::Start,
                            Rgb colour = kInk) {
  TextStyle s;
  s.size = size;
  s.weight = weight;
  s.anchor = anchor;
  s.colour = colour;
  return s;
}

class Canvas {
 public:
  virtual ~Canvas() = default;

  virtual void rect(double x, double y, double w, double h, Rgb fill) = 0;
  virtual void outline(double x, double y, double w, double h, Rgb stroke, double width) = 0;
  // A suppressed cell: `fill` crossed by diagonal lines of `ink`, so it is told apart from a cell
  // with no value in greyscale too.
  virtual void hatched_rect(double x, double y, double w, double h, Rgb fill, Rgb ink) = 0;
  virtual void line(Point from, Point to, Rgb colour, double width) = 0;
  virtual void polyline(std::span<const Point> points, Rgb colour, double width) = 0;
  // A marker: filled when `fill` is given, else open (a ring).
  virtual void circle(Point centre, double radius, std::optional<Rgb> fill, Rgb stroke,
                      double stroke_width) = 0;
  // One line of text (clean_text is applied), its baseline through `at`.
  virtual void text(Point at, std::string_view text, const TextStyle& style) = 0;
};

// What write_figure renders.
struct Figure {
  double width = 0.0;   // whole pixels
  double height = 0.0;
  std::string title{};        // SVG <title>, PDF title
  std::string description{};  // alt text (SVG <desc>): what a reader who cannot see it should know
  std::function<void(Canvas&)> draw{};
};

// A Figure that owns what it draws: `drawing` (a model and its layout) is shared by the copies of
// the figure and painted by `draw`.
template <typename Drawing>
Figure owning_figure(Drawing drawing, double width, double height, std::string title, std::string description,
                     void (*draw)(Canvas&, const Drawing&)) {
  auto shared = std::make_shared<const Drawing>(std::move(drawing));
  return {width, height, std::move(title), std::move(description), [shared, draw](Canvas& canvas) { draw(canvas, *shared); }};
}

// The hatch of suppressed cells, shared by legends and cells.
inline constexpr Rgb kHatchInk{0x73, 0x73, 0x73};
// Secondary text (axes, notes, "NA" on a missing cell): contrast 7.0:1 on white, 6.2:1 on kMissingFill.
inline constexpr Rgb kQuietText{0x59, 0x59, 0x59};

}  // namespace reticulist::viz

#pragma once
// CairoCanvas: a Canvas on a Cairo context, for PNG (image surface at twice the scale) and PDF.
// Text goes through Cairo's toy API in DejaVu Sans with the metrics measure_text uses, so it
// sits where the layout measured it.
#include <iosfwd>

#include "viz/figure/canvas.hpp"

typedef struct _cairo cairo_t;

namespace reticulist::viz {

class CairoCanvas final : public Canvas {
 public:
  // Draws on `cr` (not owned), whose user space is the figure's pixels.
  explicit CairoCanvas(cairo_t* cr);

  void rect(double x, double y, double w, double h, Rgb fill) override;
  void outline(double x, double y, double w, double h, Rgb stroke, double width) override;
  void hatched_rect(double x, double y, double w, double h, Rgb fill, Rgb ink) override;
  void line(Point from, Point to, Rgb colour, double width) override;
  void polyline(std::span<const Point> points, Rgb colour, double width) override;
  void circle(Point centre, double radius, std::optional<Rgb> fill, Rgb stroke,
              double stroke_width) override;
  void text(Point at, std::string_view text, const TextStyle& style) override;

 private:
  cairo_t* cr_;
};

// PNG pixels per figure pixel: text stays crisp on high-density screens and in print.
inline constexpr double kPngScale = 2.0;

// Cairo's images stop at 32,767 pixels a side: a figure larger than that at kPngScale (the
// officer's engagement heatmap of every establishment at national scale) is drawn smaller in its
// PNG, at png_scale; its SVG and PDF keep every label at full size.
inline constexpr double kMaxPngSide = 32767.0;
double png_scale(const Figure& figure);

// The figure as a PNG of ceil(width * png_scale) x ceil(height * png_scale) pixels, or as a
// one-page PDF of width x height points, written to `out`. Both are the same bytes every run (the
// PDF carries no creation date). Throws BackendError "cairo: <reason>" if Cairo fails; a failing
// stream is left failed for the caller to report.
void write_png(const Figure& figure, std::ostream& out);
void write_pdf(const Figure& figure, std::ostream& out);

}  // namespace reticulist::viz

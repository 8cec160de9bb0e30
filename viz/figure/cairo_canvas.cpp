#include "viz/figure/cairo_canvas.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <ostream>
#include <string>

#include "engine/error.hpp"
#include "viz/figure/png_writer.hpp"

namespace reticulist::viz {
namespace {

void set_colour(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0); }

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
  auto& out = *static_cast<std::ostream*>(closure);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
  return out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS)
    throw BackendError(std::string("cairo: ") + cairo_status_to_string(status));
}

// A write error of the stream is the caller's to report, with errno (the stream is left failed).
void check_written(cairo_status_t status, const std::ostream& out) {
  if (status == CAIRO_STATUS_WRITE_ERROR && !out) return;
  check(status);
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

// Draws the figure on a fresh context of `surface` at `scale`, unhinted as measure_text measures;
// returns the context's status.
cairo_status_t draw_on(cairo_surface_t* surface, const Figure& figure, double scale) {
  const Context cr(cairo_create(surface));
  if (const cairo_status_t status = cairo_status(cr.get()); status != CAIRO_STATUS_SUCCESS) return status;
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr.get(), options);
  cairo_font_options_destroy(options);
  cairo_scale(cr.get(), scale, scale);
  CairoCanvas canvas(cr.get());
  if (figure.draw) figure.draw(canvas);
  return cairo_status(cr.get());
}

}  // namespace

CairoCanvas::CairoCanvas(cairo_t* cr) : cr_(cr) {}

void CairoCanvas::rect(double x, double y, double w, double h, Rgb fill) {
  set_colour(cr_, fill);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_fill(cr_);
}

void CairoCanvas::outline(double x, double y, double w, double h, Rgb stroke, double width) {
  set_colour(cr_, stroke);
  cairo_set_line_width(cr_, width);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_stroke(cr_);
}

void CairoCanvas::hatched_rect(double x, double y, double w, double h, Rgb fill, Rgb ink) {
  rect(x, y, w, h, fill);
  // Lines rising to the right every 6 px measured across them, as the SVG pattern draws them.
  cairo_save(cr_);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_clip(cr_);
  set_colour(cr_, ink);
  cairo_set_line_width(cr_, 1.5);
  const double step = 6.0 * std::numbers::sqrt2;
  for (double start = std::floor((x + y) / step) * step; start < x + w + y + h; start += step) {
    // The line x + y' = start, from the rect's top edge to its bottom edge.
    cairo_move_to(cr_, start - y, y);
    cairo_line_to(cr_, start - (y + h), y + h);
  }
  cairo_stroke(cr_);
  cairo_restore(cr_);
}

void CairoCanvas::line(Point from, Point to, Rgb colour, double width) {
  set_colour(cr_, colour);
  cairo_set_line_width(cr_, width);
  cairo_move_to(cr_, from.x, from.y);
  cairo_line_to(cr_, to.x, to.y);
  cairo_stroke(cr_);
}

void CairoCanvas::polyline(std::span<const Point> points, Rgb colour, double width) {
  if (points.empty()) return;
  set_colour(cr_, colour);
  cairo_set_line_width(cr_, width);
  cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to(cr_, points[0].x, points[0].y);
  for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cr_, points[i].x, points[i].y);
  cairo_stroke(cr_);
  cairo_set_line_join(cr_, CAIRO_LINE_JOIN_MITER);
}

void CairoCanvas::circle(Point centre, double radius, std::optional<Rgb> fill, Rgb stroke,
                         double stroke_width) {
  cairo_new_sub_path(cr_);
  cairo_arc(cr_, centre.x, centre.y, radius, 0.0, 2.0 * std::numbers::pi);
  set_colour(cr_, fill.value_or(kPaper));
  cairo_fill_preserve(cr_);
  set_colour(cr_, stroke);
  cairo_set_line_width(cr_, stroke_width);
  cairo_stroke(cr_);
}

void CairoCanvas::text(Point at, std::string_view text, const TextStyle& style) {
  const std::string clean = clean_text(text);
  if (clean.empty()) return;
  cairo_save(cr_);
  cairo_select_font_face(cr_, std::string(kFontFamily).c_str(), CAIRO_FONT_SLANT_NORMAL,
                         style.weight == Weight::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr_, style.size);
  set_colour(cr_, style.colour);
  cairo_translate(cr_, at.x, at.y);
  if (style.angle != 0.0) cairo_rotate(cr_, style.angle * std::numbers::pi / 180.0);
  double dx = 0.0;
  if (style.anchor != Anchor::Start) {
    const double width = text_width(clean, style.size, style.weight);
    dx = style.anchor == Anchor::Middle ? -width / 2.0 : -width;
  }
  cairo_move_to(cr_, dx, 0.0);
  cairo_show_text(cr_, clean.c_str());
  cairo_restore(cr_);
}

double png_scale(const Figure& figure) {
  const double side = std::max(figure.width, figure.height);
  return side * kPngScale <= kMaxPngSide ? kPngScale : std::floor(kMaxPngSide / side * 1000.0) / 1000.0;
}

void write_png(const Figure& figure, std::ostream& out) {
  const double scale = png_scale(figure);
  const int w = static_cast<int>(std::ceil(figure.width * scale));
  const int h = static_cast<int>(std::ceil(figure.height * scale));
  const Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h));
  check(cairo_surface_status(surface.get()));
  {
    // RGB24 starts black: a white page under the figure.
    const Context cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 1.0, 1.0, 1.0);
    cairo_paint(cr.get());
  }
  check(draw_on(surface.get(), figure, scale));
  cairo_surface_flush(surface.get());
  write_rgb24_png(cairo_image_surface_get_data(surface.get()), w, h, cairo_image_surface_get_stride(surface.get()), out);
}

void write_pdf(const Figure& figure, std::ostream& out) {
  const Surface surface(cairo_pdf_surface_create_for_stream(write_to_stream, &out, figure.width, figure.height));
  check(cairo_surface_status(surface.get()));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, clean_text(figure.title).c_str());
  // No creation date: the same figure gives the same bytes (an empty date is left out).
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
  check_written(draw_on(surface.get(), figure, 1.0), out);
  cairo_surface_finish(surface.get());
  check_written(cairo_surface_status(surface.get()), out);
}

}  // namespace reticulist::viz

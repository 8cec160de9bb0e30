#pragma once
// SvgCanvas: a Canvas that writes SVG by hand, because Cairo 1.16's SVG surface turns text into
// glyph outlines (shared/notes/debian-build.md) that no search, screen reader or test can read.
// Every text is a <text> element, XML-escaped; numbers have at most two decimals; ids come from
// the caller, so the output is the same bytes every run and several figures can sit in one page.
#include <string>
#include <string_view>
#include <vector>

#include "viz/figure/canvas.hpp"

namespace reticulist::viz {

// & < > " ' as entities, after clean_text (no control character survives: XML 1.0 forbids them).
std::string xml_escape(std::string_view text);
// "12", "12.5", "12.35", "-3": fixed, at most two decimals, no trailing zeros, never "-0".
std::string svg_number(double v);

class SvgCanvas final : public Canvas {
 public:
  // `id` prefixes the ids of the title, description and hatch pattern; letters, digits, '-' and
  // '_' are kept, anything else becomes '-'.
  SvgCanvas(double width, double height, std::string_view id);

  void rect(double x, double y, double w, double h, Rgb fill) override;
  void outline(double x, double y, double w, double h, Rgb stroke, double width) override;
  void hatched_rect(double x, double y, double w, double h, Rgb fill, Rgb ink) override;
  void line(Point from, Point to, Rgb colour, double width) override;
  void polyline(std::span<const Point> points, Rgb colour, double width) override;
  void circle(Point centre, double radius, std::optional<Rgb> fill, Rgb stroke,
              double stroke_width) override;
  void text(Point at, std::string_view text, const TextStyle& style) override;

  // The <svg> element, for inlining in HTML: no XML prolog.
  std::string fragment(std::string_view title, std::string_view description) const;
  // A standalone .svg file: the XML prolog, then the fragment.
  std::string document(std::string_view title, std::string_view description) const;

 private:
  double width_, height_;
  std::string id_;
  std::string body_;
  std::vector<std::string> hatch_inks_;  // one <pattern> per ink used, written in <defs>
};

}  // namespace reticulist::viz

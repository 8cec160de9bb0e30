#include "viz/figure/svg_canvas.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace reticulist::viz {
namespace {

constexpr std::string_view kSvgFontFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";

std::string sanitise_id(std::string_view id) {
  std::string out = id.empty() ? std::string("figure") : std::string(id);
  for (char& c : out) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    if (!keep) c = '-';
  }
  return out;
}

// ' x="1" y="2"' and the like.
void attribute(std::string& out, std::string_view name, double v) {
  out += ' ';
  out += name;
  out += "=\"";
  out += svg_number(v);
  out += '"';
}

void attribute(std::string& out, std::string_view name, std::string_view v) {
  out += ' ';
  out += name;
  out += "=\"";
  out += v;
  out += '"';
}

}  // namespace

std::string xml_escape(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size());
  for (const char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string svg_number(double v) {
  if (!std::isfinite(v)) v = 0.0;
  const double rounded = std::round(v * 100.0) / 100.0;
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
  std::string out(buffer, ec == std::errc() ? end : buffer);
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  if (out == "-0" || out.empty()) out.assign(1, '0');
  return out;
}

SvgCanvas::SvgCanvas(double width, double height, std::string_view id)
    : width_(width), height_(height), id_(sanitise_id(id)) {}

void SvgCanvas::rect(double x, double y, double w, double h, Rgb fill) {
  body_ += "<rect";
  attribute(body_, "x", x);
  attribute(body_, "y", y);
  attribute(body_, "width", w);
  attribute(body_, "height", h);
  attribute(body_, "fill", to_hex(fill));
  body_ += "/>\n";
}

void SvgCanvas::outline(double x, double y, double w, double h, Rgb stroke, double width) {
  body_ += "<rect";
  attribute(body_, "x", x);
  attribute(body_, "y", y);
  attribute(body_, "width", w);
  attribute(body_, "height", h);
  attribute(body_, "fill", "none");
  attribute(body_, "stroke", to_hex(stroke));
  attribute(body_, "stroke-width", width);
  body_ += "/>\n";
}

void SvgCanvas::hatched_rect(double x, double y, double w, double h, Rgb fill, Rgb ink) {
  rect(x, y, w, h, fill);
  const std::string hex = to_hex(ink);
  auto it = std::find(hatch_inks_.begin(), hatch_inks_.end(), hex);
  if (it == hatch_inks_.end()) it = hatch_inks_.insert(hatch_inks_.end(), hex);
  const auto index = static_cast<std::size_t>(it - hatch_inks_.begin());
  body_ += "<rect";
  attribute(body_, "x", x);
  attribute(body_, "y", y);
  attribute(body_, "width", w);
  attribute(body_, "height", h);
  attribute(body_, "fill", "url(#" + id_ + "-hatch-" + std::to_string(index) + ")");
  body_ += "/>\n";
}

void SvgCanvas::line(Point from, Point to, Rgb colour, double width) {
  body_ += "<line";
  attribute(body_, "x1", from.x);
  attribute(body_, "y1", from.y);
  attribute(body_, "x2", to.x);
  attribute(body_, "y2", to.y);
  attribute(body_, "stroke", to_hex(colour));
  attribute(body_, "stroke-width", width);
  body_ += "/>\n";
}

void SvgCanvas::polyline(std::span<const Point> points, Rgb colour, double width) {
  if (points.empty()) return;
  std::string list;
  for (const Point& p : points) {
    if (!list.empty()) list += ' ';
    list += svg_number(p.x) + "," + svg_number(p.y);
  }
  body_ += "<polyline";
  attribute(body_, "points", list);
  attribute(body_, "fill", "none");
  attribute(body_, "stroke", to_hex(colour));
  attribute(body_, "stroke-width", width);
  attribute(body_, "stroke-linejoin", "round");
  body_ += "/>\n";
}

void SvgCanvas::circle(Point centre, double radius, std::optional<Rgb> fill, Rgb stroke,
                       double stroke_width) {
  body_ += "<circle";
  attribute(body_, "cx", centre.x);
  attribute(body_, "cy", centre.y);
  attribute(body_, "r", radius);
  attribute(body_, "fill", to_hex(fill.value_or(kPaper)));
  attribute(body_, "stroke", to_hex(stroke));
  attribute(body_, "stroke-width", stroke_width);
  body_ += "/>\n";
}

void SvgCanvas::text(Point at, std::string_view text, const TextStyle& style) {
  body_ += "<text";
  attribute(body_, "x", at.x);
  attribute(body_, "y", at.y);
  attribute(body_, "font-size", style.size);
  if (style.weight == Weight::Bold) attribute(body_, "font-weight", "bold");
  attribute(body_, "fill", to_hex(style.colour));
  if (style.anchor == Anchor::Middle) attribute(body_, "text-anchor", "middle");
  if (style.anchor == Anchor::End) attribute(body_, "text-anchor", "end");
  if (style.angle != 0.0) {
    attribute(body_, "transform",
              "rotate(" + svg_number(style.angle) + " " + svg_number(at.x) + " " + svg_number(at.y) + ")");
  }
  body_ += '>';
  body_ += xml_escape(text);
  body_ += "</text>\n";
}

std::string SvgCanvas::fragment(std::string_view title, std::string_view description) const {
  std::string out;
  out.reserve(body_.size() + 1024);
  out += "<svg";
  attribute(out, "xmlns", "http://www.w3.org/2000/svg");
  attribute(out, "width", width_);
  attribute(out, "height", height_);
  attribute(out, "viewBox", "0 0 " + svg_number(width_) + " " + svg_number(height_));
  attribute(out, "role", "img");
  attribute(out, "aria-labelledby", id_ + "-title " + id_ + "-desc");
  attribute(out, "font-family", kSvgFontFamily);
  out += ">\n<title id=\"" + id_ + "-title\">" + xml_escape(title) + "</title>\n";
  out += "<desc id=\"" + id_ + "-desc\">" + xml_escape(description) + "</desc>\n";
  if (!hatch_inks_.empty()) {
    out += "<defs>\n";
    for (std::size_t i = 0; i < hatch_inks_.size(); ++i) {
      out += "<pattern id=\"" + id_ + "-hatch-" + std::to_string(i) +
             "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
             "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + hatch_inks_[i] +
             "\" stroke-width=\"1.5\"/></pattern>\n";
    }
    out += "</defs>\n";
  }
  out += body_;
  out += "</svg>\n";
  return out;
}

std::string SvgCanvas::document(std::string_view title, std::string_view description) const {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + fragment(title, description);
}

}  // namespace reticulist::viz

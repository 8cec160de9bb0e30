#include "viz/diagram/diagram_label.hpp"

#include <algorithm>
#include <cmath>

#include "viz/diagram/dot_text.hpp"
#include "viz/figure/palette.hpp"

namespace reticulist::viz {
namespace {

constexpr std::size_t kGroupsPerRow = 4;   // swatch + name pairs on one legend line
constexpr std::size_t kWrapCharacters = 110;  // subtitle and footnote lines

std::string font(double points, std::string_view colour, const std::string& inner) {
  std::string out = "<FONT POINT-SIZE=\"" + fixed(points, 1) + "\"";
  if (!colour.empty()) out += " COLOR=\"" + std::string(colour) + "\"";
  return out + ">" + inner + "</FONT>";
}

// Wrapped text, lines joined by <BR/> (the cell's BALIGN sets their alignment).
std::string wrapped(std::string_view text) {
  std::string out;
  for (const auto& line : wrap_words(text, kWrapCharacters)) {
    if (!out.empty()) out += "<BR/>";
    out += html_text(line);
  }
  return out;
}

std::string row(const std::string& inner) {
  return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + inner + "</TD></TR>";
}

}  // namespace

bool has_suppressed(const Diagram& diagram) {
  return std::any_of(diagram.nodes.begin(), diagram.nodes.end(), [](const DiagramNode& n) { return std::isnan(n.size); }) ||
         std::any_of(diagram.edges.begin(), diagram.edges.end(), [](const DiagramEdge& e) { return e.suppressed; });
}

std::string diagram_label_html(const Diagram& d, double font_scale) {
  const auto& legend = d.legend;
  const std::size_t per_row = std::max<std::size_t>(1, std::min(kGroupsPerRow, legend.groups.size()));
  const double body = 12 * font_scale;
  const std::string swatch = fixed(12 * font_scale, 0);
  std::string out;
  if (!d.title.empty()) out += row(font(20 * font_scale, "", "<B>" + wrapped(d.title) + "</B>"));
  if (!d.subtitle.empty()) out += row(font(body, "#333333", wrapped(d.subtitle)));
  if (!legend.groups.empty()) {
    // The swatches in a table of their own, so that their columns do not follow the title's width.
    std::string swatches = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"" +
                           fixed(2 * font_scale, 0) + "\">";
    for (std::size_t first = 0; first < legend.groups.size(); first += per_row) {
      swatches += "<TR>";
      const std::size_t last = std::min(first + per_row, legend.groups.size());
      for (std::size_t g = first; g < last; ++g) {
        swatches += "<TD BGCOLOR=\"" + to_hex(categorical(g)) + "\" WIDTH=\"" + swatch + "\" HEIGHT=\"" + swatch +
                    "\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">" + font(body, "", html_text(legend.groups[g])) +
                    "</TD><TD WIDTH=\"" + swatch + "\"></TD>";
      }
      if (last - first < per_row) swatches += "<TD COLSPAN=\"" + std::to_string(3 * (per_row - (last - first))) + "\"></TD>";
      swatches += "</TR>";
    }
    out += row(swatches + "</TABLE>");
  }
  for (const auto* meaning : {&legend.size_meaning, &legend.width_meaning}) {
    if (!meaning->empty()) out += row(font(body, "", wrapped(*meaning)));
  }
  const bool highlighted = std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.highlighted; });
  if (highlighted && !legend.highlight_meaning.empty()) {
    out += row(font(body, "", "\u25C6 " + wrapped(legend.highlight_meaning)));
  }
  if (has_suppressed(d) && !legend.suppressed_meaning.empty()) {
    out += row(font(body, "", wrapped(legend.suppressed_meaning)));
  }
  if (!d.footnote.empty()) out += row(font(11 * font_scale, "#555555", "<I>" + wrapped(d.footnote) + "</I>"));
  if (out.empty()) return out;
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"" + fixed(3 * font_scale, 0) + "\">" +
         out + "</TABLE>";
}

}  // namespace reticulist::viz

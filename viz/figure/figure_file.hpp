#pragma once
// A Figure written as a file (SVG, PNG or PDF) or inlined as an <svg> element in a page.
//
//   const viz::Figure figure = viz::heatmap_figure(heatmap);
//   folder.add_file("engagement.png",
//                   [&](std::ostream& out) { viz::write_figure(viz::FigureFormat::Png, out, figure); },
//                   "heatmap of establishments' engagement by period");
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "viz/figure/canvas.hpp"

namespace reticulist::viz {

enum class FigureFormat : unsigned char { Svg, Png, Pdf };

// "svg", "png", "pdf".
std::string_view format_name(FigureFormat format);
// By the extension, in any case: .svg, .png, .pdf; nullopt for any other (or none).
std::optional<FigureFormat> format_of(const std::filesystem::path& path);

// The <svg> element alone, to inline in HTML; `id` prefixes its internal ids (unique per page).
std::string svg_fragment(const Figure& figure, std::string_view id = "figure");
// A standalone SVG file: the XML prolog, then the element.
std::string svg_document(const Figure& figure, std::string_view id = "figure");

// Writes the figure to `out` in `format` (an SVG file as svg_document). A failing stream is left
// failed for the caller to report (io::write_atomically names the file and the reason); Cairo's
// own failures throw BackendError.
void write_figure(FigureFormat format, std::ostream& out, const Figure& figure);

}  // namespace reticulist::viz

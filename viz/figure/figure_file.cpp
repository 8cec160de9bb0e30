#include "viz/figure/figure_file.hpp"

#include <ostream>

#include "viz/figure/cairo_canvas.hpp"
#include "viz/figure/svg_canvas.hpp"

namespace reticulist::viz {
namespace {

SvgCanvas draw_svg(const Figure& figure, std::string_view id) {
  SvgCanvas canvas(figure.width, figure.height, id);
  if (figure.draw) figure.draw(canvas);
  return canvas;
}

}  // namespace

std::string_view format_name(FigureFormat format) {
  switch (format) {
    case FigureFormat::Svg: return "svg";
    case FigureFormat::Png: return "png";
    case FigureFormat::Pdf: return "pdf";
  }
  return "svg";
}

std::optional<FigureFormat> format_of(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (ext == ".svg") return FigureFormat::Svg;
  if (ext == ".png") return FigureFormat::Png;
  if (ext == ".pdf") return FigureFormat::Pdf;
  return std::nullopt;
}

std::string svg_fragment(const Figure& figure, std::string_view id) {
  return draw_svg(figure, id).fragment(figure.title, figure.description);
}

std::string svg_document(const Figure& figure, std::string_view id) {
  return draw_svg(figure, id).document(figure.title, figure.description);
}

void write_figure(FigureFormat format, std::ostream& out, const Figure& figure) {
  switch (format) {
    case FigureFormat::Svg: {
      const std::string svg = svg_document(figure);
      out.write(svg.data(), static_cast<std::streamsize>(svg.size()));
      return;
    }
    case FigureFormat::Png: write_png(figure, out); return;
    case FigureFormat::Pdf: write_pdf(figure, out); return;
  }
}

}  // namespace reticulist::viz

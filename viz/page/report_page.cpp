#include "viz/page/report_page.hpp"

#include <ostream>
#include <set>
#include <stdexcept>

#include "viz/page/html_table.hpp"
#include "viz/page/html_text.hpp"
#include "viz/page/inline_svg.hpp"
#include "viz/page/page_style.hpp"

namespace reticulist::viz {
namespace {

constexpr std::string_view kPersonalData = "Contains personal data";

// Anchors: lowercase letters, digits and '-', starting with a letter; "contents" is the TOC's.
void check_ids(const std::vector<Section>& sections) {
  std::set<std::string> seen{"contents"};
  for (const Section& section : sections) {
    const std::string& id = section.id;
    const bool well_formed = !id.empty() && id.front() >= 'a' && id.front() <= 'z' &&
                             id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
    if (!well_formed) throw std::logic_error("ReportPage: section id '" + id + "' is not lowercase letters, digits and '-'");
    if (!seen.insert(id).second) throw std::logic_error("ReportPage: section id '" + id + "' is used twice");
  }
}

// `<tag class="...">text</tag>`, the text escaped.
void element(std::string& out, std::string_view open, std::string_view text, std::string_view close) {
  out += open;
  append_html(out, text);
  out += close;
}

void append_paragraph(std::string& out, const Paragraph& paragraph) {
  out += "<p>";
  for (const TextRun& run : paragraph.runs) {
    switch (run.emphasis) {
      case Emphasis::None: append_html(out, run.text); break;
      case Emphasis::Em: element(out, "<em>", run.text, "</em>"); break;
      case Emphasis::Strong: element(out, "<strong>", run.text, "</strong>"); break;
    }
  }
  out += "</p>\n";
}

void append_key_figures(std::string& out, const std::vector<KeyFigure>& figures) {
  if (figures.empty()) return;
  out += "<dl class=\"key-figures\">\n";
  for (const KeyFigure& figure : figures) {
    out += "<div class=\"key-figure\">";
    element(out, "<dt>", figure.label, "</dt>");
    element(out, "<dd class=\"value\">", figure.value, "</dd>");
    if (!figure.change.empty()) element(out, "<dd class=\"change\">", figure.change, "</dd>");
    out += "</div>\n";
  }
  out += "</dl>\n";
}

void append_figure(std::string& out, const PageFigure& figure, std::size_t number) {
  if (figure.alt.empty()) throw std::logic_error("ReportPage: figure '" + figure.caption + "' has no alt text");
  out += "<figure>\n<div class=\"graphic\" role=\"img\" aria-label=\"";
  append_html(out, figure.alt);
  out += "\">\n";
  std::string prefix(1, 'f');  // f1-, f2-, ...: not "f" + ..., which GCC 12 warns about falsely
  prefix += std::to_string(number);
  prefix += '-';
  out += inline_svg(figure.svg, prefix);
  out += "\n</div>\n";
  element(out, "<figcaption>", figure.caption, "</figcaption>\n");
  out += "</figure>\n";
  if (figure.table) {
    // The figure's numbers, folded: for readers of the numbers and for screen readers.
    TableView view = *figure.table;
    if (view.caption.empty()) view.caption = figure.caption;
    out += "<details>\n";
    element(out, "<summary>Table: ", view.caption, "</summary>\n");
    append_html_table(out, view);
    out += "</details>\n";
  }
}

void append_section(std::string& out, const Section& section, std::size_t& figure_number) {
  out += "<section id=\"" + section.id + "\" aria-labelledby=\"" + section.id + "-heading\">\n";
  element(out, "<h2 id=\"" + section.id + "-heading\">", section.heading, "</h2>\n");
  append_key_figures(out, section.key_figures);
  for (const Paragraph& paragraph : section.paragraphs) append_paragraph(out, paragraph);
  for (const PageFigure& figure : section.figures) append_figure(out, figure, ++figure_number);
  for (const TableView& table : section.tables) append_html_table(out, table);
  out += "</section>\n";
}

}  // namespace

std::string render_report_page(const ReportPage& page) {
  check_ids(page.sections);
  const std::string title = page.title.empty() ? "Reticulist report" : page.title;
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(kContentSecurityPolicy) + "\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  element(out, "<title>", title, "</title>\n");
  out += "<style>" + page_style(title, page.personal_data) + "</style>\n</head>\n<body>\n<div class=\"page\">\n";

  out += "<header class=\"title\">\n";
  if (page.personal_data) element(out, "<p class=\"banner\" role=\"note\">", kPersonalData, "</p>\n");
  element(out, "<h1>", title, "</h1>\n");
  if (!page.subtitle.empty()) element(out, "<p class=\"subtitle\">", page.subtitle, "</p>\n");
  out += "</header>\n";

  if (!page.sections.empty()) {
    out += "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n";
    for (const Section& section : page.sections) element(out, "<li><a href=\"#" + section.id + "\">", section.heading, "</a></li>\n");
    out += "</ol>\n</nav>\n";
  }

  out += "<main>\n";
  std::size_t figure_number = 0;
  for (const Section& section : page.sections) append_section(out, section, figure_number);
  out += "</main>\n";
  if (!page.footer.empty()) element(out, "<footer>\n<p>", page.footer, "</p>\n</footer>\n");
  out += "</div>\n</body>\n</html>\n";
  return out;
}

void write_report_page(const ReportPage& page, std::ostream& out) {
  const std::string html = render_report_page(page);
  out.write(html.data(), static_cast<std::streamsize>(html.size()));
}

}  // namespace reticulist::viz

#pragma once
// The offline report page: one self-contained HTML5 file that a Board member opens in any browser
// and prints on A4, with no network and no script (shared/spec/outputs.md).
//
//   viz::ReportPage page{.title = "West Partnership: Board pack", .personal_data = false};
//   viz::Section& s = page.sections.emplace_back(viz::Section{.id = "reach", .heading = "Reach"});
//   s.paragraphs.push_back({"Practitioners took part in ", viz::strong("1,234"), " networks."});
//   s.key_figures.push_back({"Practitioners", "1,234", "+5.2% on 2022/23"});
//   s.figures.push_back({.svg = heatmap_svg, .caption = "Ties between authorities, 2023/24",
//                        .alt = "Heatmap: Glasgow City and ...", .table = viz::TableView{&ties}});
//   s.tables.push_back(viz::TableView{.table = &by_authority, .columns = {"authority", "members"}});
//   viz::write_report_page(page, out);
//
// The document: <meta charset="utf-8">, a Content-Security-Policy that allows nothing but inline
// style and data: images (kContentSecurityPolicy), one inline <style> (screen and an A4 print
// sheet: a page per section, figures and table rows never split, table headers repeated, no dark
// backgrounds, "Contains personal data" and the page number in each page's margin), no <script>,
// lang="en-GB", a table of contents, headings in order (h1 title, h2 contents and sections),
// figures as <figure> with <figcaption>, tables with <caption> and <th scope>.
//
// Every text given is plain text: it is escaped (& < > " ') wherever it lands, attributes
// included, and bytes that are not UTF-8 become U+FFFD. The only markup taken as it is, is a
// figure's SVG, which comes from our own renderers (see PageFigure).
//
// Table cells are written for people (engine/report/format_for_people.hpp): three significant
// figures, shares as percentages, thousands separated, "[c]" for a suppressed cell, "NA" for an
// undefined one; numbers right-aligned; the columns that name the row as row headers.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/report/table.hpp"

namespace reticulist::viz {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

// Words in a paragraph: plain, emphasised (<em>) or strong (<strong>).
enum class Emphasis : std::uint8_t { None, Em, Strong };
struct TextRun {
  std::string text{};
  Emphasis emphasis = Emphasis::None;

  TextRun(std::string t, Emphasis e = Emphasis::None) : text(std::move(t)), emphasis(e) {}
  TextRun(const char* t) : text(t) {}
};
inline TextRun em(std::string text) { return {std::move(text), Emphasis::Em}; }
inline TextRun strong(std::string text) { return {std::move(text), Emphasis::Strong}; }

struct Paragraph {
  std::vector<TextRun> runs{};

  Paragraph(std::string text) : runs{TextRun(std::move(text))} {}
  Paragraph(const char* text) : runs{TextRun(text)} {}
  Paragraph(std::initializer_list<TextRun> r) : runs(r) {}
};

// A headline number: "Practitioners" / "1,234" / "+5.2% on 2022/23" (the change may be empty).
struct KeyFigure {
  std::string label{};
  std::string value{};
  std::string change{};
};

// Which part of a report::Table to show. The table is not copied: it must outlive the writing.
struct TableView {
  const report::Table* table = nullptr;
  // Column names, in the order shown; empty: the table's headline columns if it has them, else
  // every column. A name that is not a column throws std::out_of_range.
  std::vector<std::string> columns{};
  // The rows to show (given the row index); empty: every row.
  std::function<bool(std::size_t row)> rows{};
  // At most this many of those rows, then a line saying how many more there are and that every
  // row is in <table name>.csv; 0: no limit.
  std::size_t max_rows = 0;
  // The table's caption; empty: the table's title.
  std::string caption{};
};

struct PageFigure {
  // An <svg> element from our own renderers, trusted as markup. An XML prolog, a DOCTYPE and
  // comments before or inside it are removed, and its ids (and the #id references to them) are
  // prefixed so that two figures on one page cannot take each other's glyphs or gradients.
  // Markup that holds "<script", "<foreignObject" or "javascript:", or that is not an <svg>
  // element, throws std::logic_error.
  std::string svg{};
  std::string caption{};  // shown under the figure
  std::string alt{};      // what it shows, for people who cannot see it (aria-label, role="img")
  // The figure's numbers as a table, folded under "Table: <caption>".
  std::optional<TableView> table{};
};

struct Section {
  std::string id{};  // the anchor: lowercase letters, digits and '-', unique (std::logic_error)
  std::string heading{};
  std::vector<KeyFigure> key_figures{};  // shown first, as cards
  std::vector<Paragraph> paragraphs{};
  std::vector<PageFigure> figures{};
  std::vector<TableView> tables{};
};

struct ReportPage {
  std::string title{};
  std::string subtitle{};
  // Marks the page "Contains personal data": a banner at the top, and on every printed page.
  bool personal_data = false;
  std::vector<Section> sections{};
  std::string footer{};  // plain text; line breaks are kept
};

void write_report_page(const ReportPage& page, std::ostream& out);
std::string render_report_page(const ReportPage& page);

}  // namespace reticulist::viz

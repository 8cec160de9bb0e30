// viz/page/report_page: the whole offline page. What a browser does with it is checked by
// tests/page/check_in_browser.sh (ctest page.chromium); here, the document's text.
#include "viz/page/report_page.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>
#include <string>

namespace report = reticulist::report;
namespace viz = reticulist::viz;

namespace {

constexpr const char* kHostile = "<script>alert(1)</script> & \"quoted\" 'single'";
constexpr const char* kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &apos;single&apos;";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::size_t count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

report::Table small_table() {
  report::Table t("counts", "Counts", "one row per authority");
  t.add_column("authority", report::ColumnType::Text, "name");
  const auto n = t.add_column("members", report::ColumnType::Integer, "people", report::Holds::PeopleCount);
  t.append_row({kHostile, 4});
  t.append_row({"North", std::nullopt});
  t.suppress(0, n);
  return t;
}

// Hostile text in every place text can go.
viz::ReportPage hostile_page(const report::Table& table) {
  viz::ReportPage page;
  page.title = kHostile;
  page.subtitle = kHostile;
  page.footer = kHostile;
  viz::Section s{.id = "summary", .heading = kHostile};
  s.key_figures = {{kHostile, kHostile, kHostile}};
  s.paragraphs = {{kHostile, viz::em(kHostile), viz::strong(kHostile)}};
  s.figures.push_back(viz::PageFigure{.svg = "<?xml version=\"1.0\"?>\n<svg><g id=\"a\"/></svg>",
                                  .caption = kHostile,
                                  .alt = kHostile,
                                  .table = viz::TableView{.table = &table}});
  s.tables.push_back(viz::TableView{.table = &table, .caption = kHostile});
  page.sections.push_back(std::move(s));
  return page;
}

}  // namespace

TEST_CASE("report page: a self-contained document with the Content-Security-Policy", "[viz][page]") {
  const std::string html = viz::render_report_page(viz::ReportPage{.title = "Board pack"});
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "style-src 'unsafe-inline'; img-src data:\">\n"));
  CHECK(html.find("<title>Board pack</title>") != std::string::npos);
  CHECK(html.find("<h1>Board pack</h1>") != std::string::npos);
  CHECK(html.find("@page {\n  size: A4;\n  margin: 15mm;\n") != std::string::npos);
  CHECK(html.ends_with("</html>\n"));
  // Nothing to fetch: no link, script, external image or font.
  for (const char* absent : {"<script", "<link", "src=", "@import", "url(http", "@font-face", "Contains personal data"}) {
    CHECK(lower(html).find(lower(absent)) == std::string::npos);
  }
  // No sections: no table of contents.
  CHECK(html.find("Contents") == std::string::npos);
}

TEST_CASE("report page: every text escaped, in content and in attributes", "[viz][page]") {
  const report::Table table = small_table();
  const std::string html = viz::render_report_page(hostile_page(table));
  CHECK(lower(html).find("<script") == std::string::npos);
  // Where it lands: <title>, h1, subtitle, TOC link, h2 (5), key figure label, value, change (8),
  // paragraph's three runs (11), aria-label, figcaption, summary, the folded table's caption (the
  // figure's) and cell (16), the second table's caption and cell (18), footer: 19, all escaped.
  CHECK(count(html, kHostileEscaped) == 19);
  CHECK(html.find("aria-label=\"" + std::string(kHostileEscaped) + "\"") != std::string::npos);
  CHECK(html.find("<p>" + std::string(kHostileEscaped) + "<em>" + kHostileEscaped + "</em><strong>" +
                  kHostileEscaped + "</strong></p>") != std::string::npos);
  // The title in the printed footer is a CSS string: '<' is \3c, '"' is \22.
  CHECK(html.find("@bottom-left { content: \"\\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e  \\26  \\22 quoted\\22  "
                  "\\27 single\\27 \"") != std::string::npos);
  // [c] and NA in the tables; the SVG without its prolog and with its id prefixed.
  CHECK(html.find("<td class=\"num c\">[c]</td>") != std::string::npos);
  CHECK(html.find("<td class=\"num na\">NA</td>") != std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);
  CHECK(html.find("<div class=\"graphic\" role=\"img\" aria-label=") != std::string::npos);
  CHECK(html.find("<svg><g id=\"f1-a\"/></svg>") != std::string::npos);
}

TEST_CASE("report page: contents, sections in order, personal data marked", "[viz][page]") {
  viz::ReportPage page{.title = "Pack", .subtitle = "2023/24", .personal_data = true, .footer = "line 1\nline 2"};
  page.sections.push_back(viz::Section{.id = "reach", .heading = "Reach", .key_figures = {{"People", "1,234", ""}}});
  page.sections.push_back(viz::Section{.id = "ties-2", .heading = "Ties"});
  std::ostringstream out;
  viz::write_report_page(page, out);
  const std::string html = out.str();
  CHECK(html == viz::render_report_page(page));
  CHECK(html.find("<header class=\"title\">\n<p class=\"banner\" role=\"note\">Contains personal data</p>\n"
                  "<h1>Pack</h1>\n<p class=\"subtitle\">2023/24</p>\n</header>\n") != std::string::npos);
  CHECK(html.find("@top-center { content: \"Contains personal data\";") != std::string::npos);
  CHECK(html.find("<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
                  "<li><a href=\"#reach\">Reach</a></li>\n<li><a href=\"#ties-2\">Ties</a></li>\n</ol>\n</nav>\n") !=
        std::string::npos);
  CHECK(html.find("<section id=\"reach\" aria-labelledby=\"reach-heading\">\n<h2 id=\"reach-heading\">Reach</h2>\n"
                  "<dl class=\"key-figures\">\n<div class=\"key-figure\"><dt>People</dt><dd class=\"value\">1,234</dd>"
                  "</div>\n</dl>\n</section>\n") != std::string::npos);
  CHECK(html.find("<footer>\n<p>line 1&#10;line 2</p>\n</footer>\n") != std::string::npos);
  // Headings: one h1, then h2 only (contents and sections).
  CHECK(count(html, "<h1") == 1);
  CHECK(count(html, "<h2") == 3);
  CHECK(count(html, "<h3") == 0);
}

TEST_CASE("report page: ids and figures the page cannot take", "[viz][page]") {
  const auto page_with = [](std::vector<viz::Section> sections) {
    viz::ReportPage page;
    page.sections = std::move(sections);
    return page;
  };
  CHECK_THROWS_WITH(viz::render_report_page(page_with({{.id = "Reach"}})),
                    "ReportPage: section id 'Reach' is not lowercase letters, digits and '-'");
  CHECK_THROWS_WITH(viz::render_report_page(page_with({{.id = "a b"}})),
                    "ReportPage: section id 'a b' is not lowercase letters, digits and '-'");
  CHECK_THROWS_WITH(viz::render_report_page(page_with({{.id = "reach"}, {.id = "reach"}})),
                    "ReportPage: section id 'reach' is used twice");
  CHECK_THROWS_WITH(viz::render_report_page(page_with({{.id = "contents"}})),
                    "ReportPage: section id 'contents' is used twice");
  viz::Section no_alt{.id = "a"};
  no_alt.figures.push_back(viz::PageFigure{.svg = "<svg></svg>", .caption = "Ties"});
  CHECK_THROWS_WITH(viz::render_report_page(page_with({no_alt})), "ReportPage: figure 'Ties' has no alt text");
  viz::Section script{.id = "a"};
  script.figures.push_back(viz::PageFigure{.svg = "<svg><script>x</script></svg>", .alt = "x"});
  CHECK_THROWS_AS(viz::render_report_page(page_with({script})), std::logic_error);
}

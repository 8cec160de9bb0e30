#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "support/svg_text.hpp"
#include "viz/figure/figure_file.hpp"
#include "viz/figure/heatmap.hpp"

using namespace reticulist::viz;
using reticulist::testing::all_text;
using reticulist::testing::count_of;
using reticulist::testing::has_text;
using reticulist::testing::png_size;
using reticulist::testing::svg_element_text;
using reticulist::testing::svg_texts;

namespace {

// Three authorities by two periods, shares of staff reached:
//
//               2023/24   2024/25
//   Glasgow       45%       20%
//   Inverclyde    [c]       NA
//   Renfrewshire 100%        5%
Heatmap shares() {
  Heatmap h;
  h.title = "Share of staff reached by authority, 2023/24 and 2024/25";
  h.subtitle = "West Partnership, Board view";
  h.row_axis = "Authority";
  h.column_axis = "Period";
  h.row_labels = {"Glasgow", "Inverclyde", "Renfrewshire"};
  h.column_labels = {"2023/24", "2024/25"};
  h.cells = {Cell::of(0.45), Cell::of(0.2), Cell::suppressed(), Cell::missing(), Cell::of(1.0), Cell::of(0.05)};
  h.format = ValueFormat::Percent;
  h.legend_title = "Staff reached (% of teaching staff)";
  h.footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule)";
  return h;
}

bool any_overlap(const std::vector<Box>& boxes) {
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j)
      if (overlap(boxes[i], boxes[j])) return true;
  return false;
}

}  // namespace

TEST_CASE("heatmap: every label, value and legend entry is text in the SVG", "[viz][heatmap]") {
  const std::string svg = svg_fragment(heatmap_figure(shares()));
  for (const char* text : {"West Partnership, Board view", "Authority", "Period", "Glasgow", "Inverclyde",
                           "Renfrewshire", "2023/24", "2024/25", "Staff reached (% of teaching staff)",
                           "[c] suppressed", "NA: no value"}) {
    INFO(text);
    CHECK(has_text(svg, text));
  }
  // The title and the footnote wrap onto lines of the figure's width.
  const std::string text = all_text(svg);
  CHECK(text.find("Share of staff reached by authority, 2023/24 and 2024/25") != std::string::npos);
  CHECK(text.find("[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule)") != std::string::npos);
  // The cells: values as percentages, the suppressed cell marked [c], the empty one NA.
  for (const char* value : {"45%", "20%", "[c]", "NA", "100%", "5%"}) {
    INFO(value);
    CHECK(has_text(svg, value));
  }
  // The colour bar spans 0..100% (0 up to the largest share) with ticks every 20%.
  for (const char* tick : {"0%", "20%", "40%", "60%", "80%", "100%"}) CHECK(has_text(svg, tick));
  CHECK(svg_element_text(svg, "title") == "Share of staff reached by authority, 2023/24 and 2024/25");
  CHECK(svg_element_text(svg, "desc") ==
        "Heatmap of Staff reached (% of teaching staff) by Authority (3) and Period (2). Values from 5% to 100%. "
        "1 cell suppressed ([c]). 1 cell without a value (NA).");
  // The suppressed cell and its legend swatch are hatched.
  CHECK(count_of(svg, "url(#figure-hatch-0)") == 2);
}

// Viridis at 0.45 is halfway between its stops at 0.4 (#2a788e) and 0.5 (#21918c):
// r = 42 - 4.5 = 37.5 -> 38 (#26), g = 120 + 12.5 = 132.5 -> 133 (#85), b = 142 - 1 = 141 (#8d).
// Its WCAG luminance, 0.2126 x 0.0194 + 0.7152 x 0.2346 + 0.0722 x 0.2664 = 0.191, is above
// 0.179, so the value is written in black; on viridis' dark purple (5% -> #450a5c-ish) in white.
TEST_CASE("heatmap: cell colours from the scale, text colour by contrast", "[viz][heatmap]") {
  const std::string svg = svg_fragment(heatmap_figure(shares()));
  CHECK(svg.find("fill=\"#26858d\"") != std::string::npos);
  CHECK(svg.find("fill=\"#000000\" text-anchor=\"middle\">45%</text>") != std::string::npos);
  CHECK(svg.find("fill=\"#ffffff\" text-anchor=\"middle\">5%</text>") != std::string::npos);
  const HeatmapLayout layout = layout_heatmap(shares());
  CHECK(layout.domain_lo == 0.0);
  CHECK(layout.domain_hi == 1.0);
  CHECK(layout.cell_text);
}

TEST_CASE("heatmap: a diverging scale is symmetric around 0", "[viz][heatmap]") {
  Heatmap h = shares();
  h.cells = {Cell::of(0.12), Cell::of(-0.3), Cell::suppressed(), Cell::missing(), Cell::of(0.0), Cell::of(0.05)};
  h.format = ValueFormat::SignedPercent;
  h.scale = Scale::Diverging;
  const HeatmapLayout layout = layout_heatmap(h);
  CHECK(layout.domain_lo == -0.3);
  CHECK(layout.domain_hi == 0.3);
  // nice_ticks(-0.3, 0.3): step 0.1 gives 7 ticks, 0.2 gives -0.4..0.4; inside the range: -0.2, 0, 0.2.
  REQUIRE(layout.ticks.size() == 3);
  CHECK(layout.ticks[1] == 0.0);
  const std::string svg = svg_fragment(heatmap_figure(h));
  for (const char* text : {"+12%", "-30%", "0%", "+5%", "-20%", "+20%"}) {
    INFO(text);
    CHECK(has_text(svg, text));
  }
  CHECK(svg.find("fill=\"#f7f7f7\"") != std::string::npos);  // 0 is the neutral middle
}

TEST_CASE("heatmap: categories get swatches and names", "[viz][heatmap]") {
  Heatmap h;
  h.title = "Engagement status by period";
  h.row_labels = {"Baldernock Primary School", "Bearsden Academy"};
  h.column_labels = {"2023/24", "2024/25"};
  h.categories = {{"never", {0xcc, 0xcc, 0xcc}}, {"new", categorical(1)}, {"active", categorical(4)}};
  h.cells = {Cell::of_category(0), Cell::of_category(1), Cell::of_category(1), Cell::of_category(2)};
  h.legend_title = "Status";
  const std::string svg = svg_fragment(heatmap_figure(h));
  for (const char* text : {"never", "new", "active", "Status"}) CHECK(has_text(svg, text));
  CHECK_FALSE(has_text(svg, "[c] suppressed"));  // no suppressed cell, no legend entry
  CHECK_FALSE(has_text(svg, "NA: no value"));
  CHECK(svg.find("fill=\"#0072b2\"") != std::string::npos);  // active, Okabe-Ito blue
  CHECK(svg_element_text(svg, "desc").find("never: 1 cell. new: 2 cells. active: 1 cell.") != std::string::npos);
  CHECK_FALSE(layout_heatmap(h).colour_bar.has_value());
  h.cells[0] = Cell::of(0.5);
  CHECK_THROWS_AS(validate(h), std::invalid_argument);
  h.cells[0] = Cell::of_category(3);
  CHECK_THROWS_AS(validate(h), std::invalid_argument);
}

TEST_CASE("heatmap: hostile and non-Latin labels", "[viz][heatmap]") {
  Heatmap h = shares();
  h.row_labels[0] = "<script>alert(1)</script>&\"'";
  h.row_labels[1] = "Gàidhlig Ελληνικά";
  h.column_labels[0] = "Line\nbreak\tand\x01" "control";
  const std::string svg = svg_document(heatmap_figure(h));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(has_text(svg, "<script>alert(1)</script>&\"'"));
  CHECK(has_text(svg, "Gàidhlig Ελληνικά"));
  CHECK(all_text(svg).find("Line break and control") != std::string::npos);
}

TEST_CASE("heatmap: long labels wrap, then shorten with a numbered key, never overlapping", "[viz][heatmap]") {
  Heatmap h = shares();
  const std::string longest = "Craighalbert Scottish Centre for Children with Motor Impairments and a Name Longer Than Any Row";
  h.row_labels = {"East Dunbartonshire Council Education Services", longest, "Renfrewshire"};
  h.column_labels = {"Numeracy and mathematics network across the whole partnership and beyond", "2024/25"};
  const HeatmapLayout layout = layout_heatmap(h);
  // Two lines where a row of 28 px holds them; the longest is cut on its second line.
  CHECK(layout.row_label_lines[0].size() == 2);
  CHECK(layout.row_label_lines[1].size() == 2);
  CHECK(layout.row_label_lines[1][1].find("\u2026 (") != std::string::npos);
  CHECK(layout.rotated_columns);
  REQUIRE(layout.key.size() == 2);
  CHECK(layout.key[0] == "(1) Numeracy and mathematics network across the whole partnership and beyond");
  CHECK(layout.key[1] == "(2) " + longest);
  CHECK_FALSE(any_overlap(layout.row_label_boxes));
  for (std::size_t r = 0; r < layout.row_label_boxes.size(); ++r) {
    const Box& b = layout.row_label_boxes[r];
    CHECK(b.x + b.w <= layout.matrix.x);  // left of the matrix
    CHECK(b.y >= layout.matrix.y + layout.cell_h * static_cast<double>(r));  // inside its row
    CHECK(b.y + b.h <= layout.matrix.y + layout.cell_h * static_cast<double>(r + 1));
  }
  // Rotated column labels stay above the matrix and inside the figure.
  for (const Box& b : layout.column_label_boxes) {
    CHECK(b.y + b.h <= layout.matrix.y);
    CHECK(b.x + b.w <= layout.width);
  }
  const std::string svg = svg_fragment(heatmap_figure(h));
  CHECK(all_text(svg).find("(2) " + longest) != std::string::npos);
  CHECK(svg.find("rotate(-45 ") != std::string::npos);
}

// The officer's engagement heatmap: ~700 establishment rows by 3 periods, grouped by authority.
TEST_CASE("heatmap: hundreds of rows stay legible by growing the figure", "[viz][heatmap]") {
  Heatmap h;
  h.title = "Engagement by establishment";
  h.column_labels = {"2022/23", "2023/24", "2024/25"};
  for (int r = 0; r < 700; ++r) {
    h.row_labels.push_back("Establishment " + std::to_string(r + 1) + " Primary School");
    h.row_groups.push_back("Authority " + std::to_string(r / 100 + 1));
    for (int c = 0; c < 3; ++c) h.cells.push_back(r % 97 == 5 ? Cell::suppressed() : Cell::of((r * 7 + c * 13) % 100 / 100.0));
  }
  h.format = ValueFormat::Percent;
  h.group_axis = "Authority";
  h.row_axis = "Establishment";
  const HeatmapLayout layout = layout_heatmap(h);
  CHECK(layout.cell_h == 12.0);
  CHECK(layout.row_label_size == 9.0);
  CHECK_FALSE(layout.cell_text);
  CHECK(layout.height > 700 * 12.0);
  CHECK(layout.key.empty());
  CHECK(layout.bands.size() == 7);
  CHECK(layout.bands[1].first_row == 100);
  CHECK(layout.bands[1].lines == std::vector<std::string>{"Authority 2"});
  CHECK(layout.bottom_labels_top.has_value());  // the periods again below
  for (std::size_t r = 1; r < layout.row_label_boxes.size(); ++r)
    CHECK_FALSE(overlap(layout.row_label_boxes[r - 1], layout.row_label_boxes[r]));
  const std::string svg = svg_fragment(heatmap_figure(h));
  CHECK_FALSE(has_text(svg, "45%"));  // no text in 12 px cells
  CHECK_FALSE(has_text(svg, "[c]"));
  CHECK(has_text(svg, "[c] suppressed"));  // but the legend says what the hatch is
  CHECK(has_text(svg, "Establishment 700 Primary School"));
  CHECK(has_text(svg, "Authority 7"));
  CHECK(count_of(svg, ">2024/25</text>") == 2);
}

TEST_CASE("heatmap: PNG and PDF of the layout's size; the same bytes twice", "[viz][heatmap]") {
  const Figure figure = heatmap_figure(shares());
  const HeatmapLayout layout = layout_heatmap(shares());
  std::ostringstream png, png2, pdf, pdf2;
  write_figure(FigureFormat::Png, png, figure);
  write_figure(FigureFormat::Png, png2, figure);
  write_figure(FigureFormat::Pdf, pdf, figure);
  write_figure(FigureFormat::Pdf, pdf2, heatmap_figure(shares()));
  CHECK(png_size(png.str()) == std::pair<std::uint32_t, std::uint32_t>{static_cast<std::uint32_t>(2 * layout.width),
                                                                      static_cast<std::uint32_t>(2 * layout.height)});
  CHECK(png.str() == png2.str());
  CHECK(pdf.str().rfind("%PDF-", 0) == 0);
  CHECK(pdf.str() == pdf2.str());
  CHECK(svg_document(figure) == svg_document(heatmap_figure(shares())));
}

TEST_CASE("heatmap: a model of the wrong shape is refused", "[viz][heatmap]") {
  Heatmap h = shares();
  h.cells.pop_back();
  CHECK_THROWS_WITH(validate(h), "heatmap: 5 cells for 3 rows and 2 columns");
  h = shares();
  h.row_groups = {"a"};
  CHECK_THROWS_WITH(heatmap_figure(h), "heatmap: 1 row groups for 3 rows");
  h = shares();
  h.scale_min = 1.0;
  h.scale_max = 0.0;
  CHECK_THROWS_AS(validate(h), std::invalid_argument);
  // Empty is allowed: a title and nothing else.
  Heatmap empty;
  empty.title = "Nothing yet";
  CHECK(has_text(svg_fragment(heatmap_figure(empty)), "Nothing yet"));
}

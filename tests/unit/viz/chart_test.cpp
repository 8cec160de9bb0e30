#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "engine/report/table.hpp"
#include "support/svg_text.hpp"
#include "viz/figure/chart_pivot.hpp"
#include "viz/figure/figure_file.hpp"

using namespace reticulist;
using viz::Cell;
using reticulist::testing::all_text;
using reticulist::testing::count_of;
using reticulist::testing::has_text;
using reticulist::testing::png_size;
using reticulist::testing::svg_element_text;

namespace {

// Two authorities over four periods, one series:
//
//            2021/22  2022/23  2023/24  2024/25
//   Glasgow    10       20       NA       37        a gap between 20 and 37
//   Renfrew     4      [c]        6        8        [c] under the axis; line 6-8 only
viz::SmallMultiples practitioners() {
  viz::SmallMultiples c;
  c.title = "Practitioners taking part by authority";
  c.subtitle = "Board view";
  c.x_axis = "Period";
  c.y_axis = "Practitioners (people)";
  c.x_labels = {"2021/22", "2022/23", "2023/24", "2024/25"};
  c.series = {{"Practitioners", std::nullopt}};
  c.format = viz::ValueFormat::Integer;
  c.panels = {{"Glasgow", {{Cell::of(10), Cell::of(20), Cell::missing(), Cell::of(37)}}},
              {"Renfrewshire", {{Cell::of(4), Cell::suppressed(), Cell::of(6), Cell::of(8)}}}};
  c.footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule)";
  return c;
}

}  // namespace

TEST_CASE("chart: titles, panels, periods, legend and units are text", "[viz][chart]") {
  const std::string svg = viz::svg_fragment(viz::chart_figure(practitioners()));
  for (const char* text : {"Practitioners taking part by authority", "Board view", "Practitioners (people)", "Glasgow",
                           "Renfrewshire", "Practitioners", "[c] suppressed (marked under the axis)", "no value (NA)"}) {
    INFO(text);
    CHECK(has_text(svg, text));
  }
  // Each panel labels every period and every tick of the shared scale: the largest value 37
  // gives 0..40 by 10 (nice_ticks), in both panels.
  CHECK(count_of(svg, ">2021/22</text>") == 2);
  CHECK(count_of(svg, ">2024/25</text>") == 2);
  for (const char* tick : {">0</text>", ">10</text>", ">20</text>", ">30</text>", ">40</text>"}) {
    INFO(tick);
    CHECK(count_of(svg, tick) == 2);
  }
  CHECK(all_text(svg).find("[c] suppressed: fewer than 5 people") != std::string::npos);
  CHECK(svg_element_text(svg, "desc") ==
        "Line charts of Practitioners (people) by Period, 2021/22 to 2024/25, in 2 panels: Glasgow, Renfrewshire. "
        "Series: Practitioners. 1 point suppressed ([c]). 1 point without a value (NA).");
}

// Lines join runs of consecutive values only: Glasgow 10-20 and (37 alone), Renfrewshire (4
// alone) and 6-8: two polylines. Points: 3 + 3 filled markers (orange, ringed in white), one
// open marker (white fill, orange ring) for the suppressed value, and one in the legend.
TEST_CASE("chart: missing and suppressed values break the line", "[viz][chart]") {
  const std::string svg = viz::svg_fragment(viz::chart_figure(practitioners()));
  CHECK(count_of(svg, "<polyline") == 2);
  CHECK(count_of(svg, "fill=\"#e69f00\" stroke=\"#ffffff\"") == 6);
  CHECK(count_of(svg, "fill=\"#ffffff\" stroke=\"#e69f00\"") == 1);
  // Without suppressed or missing values the legend does not mention them.
  viz::SmallMultiples full = practitioners();
  full.panels[0].values[0][2] = Cell::of(30);
  full.panels[1].values[0][1] = Cell::of(5);
  const std::string plain = viz::svg_fragment(viz::chart_figure(full));
  CHECK_FALSE(has_text(plain, "no value (NA)"));
  CHECK_FALSE(has_text(plain, "[c] suppressed (marked under the axis)"));
  CHECK(count_of(plain, "<polyline") == 2);
}

TEST_CASE("chart: shared or own y scales; panels on a grid without overlap", "[viz][chart]") {
  viz::SmallMultiples c = practitioners();
  viz::ChartLayout shared = viz::layout_chart(c);
  REQUIRE(shared.y_ticks.size() == 2);
  CHECK(shared.y_ticks[1].hi == 40.0);
  c.shared_y = false;
  viz::ChartLayout own = viz::layout_chart(c);
  CHECK(own.y_ticks[0].hi == 40.0);
  CHECK(own.y_ticks[1].values == std::vector<double>{0.0, 2.0, 4.0, 6.0, 8.0});  // 0..8 by 2: 5 ticks

  // Eight authorities: four columns, two rows.
  viz::SmallMultiples eight = practitioners();
  eight.panels.clear();
  for (int a = 0; a < 8; ++a) eight.panels.push_back({"Authority " + std::to_string(a + 1), {{Cell::of(a), Cell::of(1), Cell::of(2), Cell::of(3)}}});
  const viz::ChartLayout grid = viz::layout_chart(eight);
  CHECK(grid.columns == 4);
  CHECK(grid.plots[4].x == grid.plots[0].x);
  CHECK(grid.plots[4].y > grid.plots[0].y + grid.plots[0].h);
  for (std::size_t i = 0; i < grid.plots.size(); ++i)
    for (std::size_t j = i + 1; j < grid.plots.size(); ++j) CHECK_FALSE(viz::overlap(grid.plots[i], grid.plots[j]));
  eight.columns = 2;
  CHECK(viz::layout_chart(eight).columns == 2);
}

TEST_CASE("chart: a long panel title is shortened into the key", "[viz][chart]") {
  viz::SmallMultiples c = practitioners();
  c.panels[1].title = "An authority with a rather long name for a panel title that cannot fit";
  const viz::ChartLayout layout = viz::layout_chart(c);
  REQUIRE(layout.key.size() == 1);
  CHECK(layout.key[0] == "(1) An authority with a rather long name for a panel title that cannot fit");
  CHECK(layout.panel_titles[1].find("\u2026 (1)") != std::string::npos);
}

TEST_CASE("chart: PNG of the layout's size, the same bytes twice; bad shapes refused", "[viz][chart]") {
  const viz::ChartLayout layout = viz::layout_chart(practitioners());
  std::ostringstream a, b;
  viz::write_figure(viz::FigureFormat::Png, a, viz::chart_figure(practitioners()));
  viz::write_figure(viz::FigureFormat::Png, b, viz::chart_figure(practitioners()));
  CHECK(png_size(a.str()) == std::pair<std::uint32_t, std::uint32_t>{static_cast<std::uint32_t>(2 * layout.width),
                                                                    static_cast<std::uint32_t>(2 * layout.height)});
  CHECK(a.str() == b.str());

  viz::SmallMultiples bad = practitioners();
  bad.panels[0].values[0].pop_back();
  CHECK_THROWS_WITH(viz::validate(bad), "chart: panel \"Glasgow\" has a series of 3 values for 4 x labels");
  bad = practitioners();
  bad.panels[1].values.emplace_back();
  CHECK_THROWS_WITH(viz::chart_figure(bad), "chart: panel \"Renfrewshire\" has 2 series of 1");
}

// summary's by_authority in miniature, with the whole span (period all) to leave out:
//
//   period   authority  practitioners  joiners
//   2023/24  A          12             5
//   2023/24  B          [c]            [c]
//   2024/25  A          15             NA
//   all      A          20             9
//   2024/25  B          6              2
TEST_CASE("chart pivot: panels by authority, x by period, a series per column", "[viz][chart]") {
  report::Table t("by_authority", "By authority", "one row per period and authority");
  t.add_column("period", report::ColumnType::Text, "period");
  t.add_column("authority", report::ColumnType::Text, "authority");
  const auto people = t.add_column("practitioners", report::ColumnType::Integer, "people", report::Holds::PeopleCount);
  const auto joiners = t.add_column("joiners", report::ColumnType::Integer, "joiners", report::Holds::PeopleCount);
  t.append_row({"2023/24", "A", 12, 5});
  t.append_row({"2023/24", "B", 3, 1});
  t.append_row({"2024/25", "A", 15, std::nullopt});
  t.append_row({"all", "A", 20, 9});
  t.append_row({"2024/25", "B", 6, 2});
  t.suppress(1, people);
  t.suppress(1, joiners);
  viz::ChartPivotSpec spec;
  spec.panel_column = "authority";
  spec.x_column = "period";
  spec.series = {{"practitioners", "Practitioners"}, {"joiners", ""}};
  spec.filters = {{"period", "all", true}};
  spec.x_order = {"2022/23"};
  const viz::SmallMultiples c = viz::pivot_small_multiples(t, spec);
  CHECK(c.x_labels == std::vector<std::string>{"2022/23", "2023/24", "2024/25"});
  REQUIRE(c.series.size() == 2);
  CHECK(c.series[0].name == "Practitioners");
  CHECK(c.series[1].name == "joiners");
  REQUIRE(c.panels.size() == 2);
  CHECK(c.panels[0].title == "A");
  CHECK(c.panels[0].values[0] == std::vector<Cell>{Cell::missing(), Cell::of(12), Cell::of(15)});
  CHECK(c.panels[0].values[1] == std::vector<Cell>{Cell::missing(), Cell::of(5), Cell::missing()});
  CHECK(c.panels[1].values[0] == std::vector<Cell>{Cell::missing(), Cell::suppressed(), Cell::of(6)});
  CHECK(c.panels[1].values[1] == std::vector<Cell>{Cell::missing(), Cell::suppressed(), Cell::of(2)});
  CHECK(c.format == viz::ValueFormat::Integer);
  CHECK(c.x_axis == "period");
  viz::validate(c);
  // The short form: panel, x, series and filters.
  const viz::SmallMultiples short_form =
      viz::pivot_small_multiples(t, "authority", "period", {{"practitioners", "Practitioners"}}, {{"period", "all", true}});
  CHECK(short_form.x_labels == std::vector<std::string>{"2023/24", "2024/25"});
  CHECK(short_form.panels[1].values[0] == std::vector<Cell>{Cell::suppressed(), Cell::of(6)});

  spec.filters.clear();
  spec.x_order.clear();
  t.append_row({"2024/25", "A", 1, 1});
  CHECK_THROWS_WITH(viz::pivot_small_multiples(t, spec), "pivot_small_multiples: two rows for (A, 2024/25) in table by_authority");
  spec.series = {{"authority", "x"}};
  CHECK_THROWS_WITH(viz::pivot_small_multiples(t, spec), "pivot_small_multiples: column authority of table by_authority is text");
}

// Not a check: renders the Board pack's figures from the sample dataset for a person to look at.
// Hidden ([.]); run with
//   RETICULIST_FIGURE_DEMO=/tmp/figures build/tests/reticulist_tests "[.demo]"
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/layers/selection.hpp"
#include "engine/privacy/disclose.hpp"
#include "engine/progress.hpp"
#include "engine/report/engagement_tables.hpp"
#include "engine/report/summary_tables.hpp"
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"
#include "viz/figure/chart_pivot.hpp"
#include "viz/figure/figure_file.hpp"
#include "viz/figure/heatmap_pivot.hpp"

using namespace reticulist;

namespace {

void write_all(const viz::Figure& figure, const std::filesystem::path& stem) {
  for (const auto format : {viz::FigureFormat::Svg, viz::FigureFormat::Png, viz::FigureFormat::Pdf}) {
    std::filesystem::path path = stem;
    path += "." + std::string(viz::format_name(format));
    std::ofstream out(path, std::ios::binary);
    viz::write_figure(format, out, figure);
  }
}

report::Table board(report::Table table) {
  return *privacy::disclose(std::move(table), privacy::View::Board, privacy::DisclosureRule{}).table;
}

}  // namespace

TEST_CASE("figure demo: the sample dataset's Board figures", "[.demo]") {
  const char* dir_env = std::getenv("RETICULIST_FIGURE_DEMO");
  const std::filesystem::path dir = dir_env ? dir_env : "/tmp/reticulist-figures";
  std::filesystem::create_directories(dir);

  io::DatasetConfig config = io::load_dataset_config(std::filesystem::path(RETICULIST_SOURCE_DIR) / "data/west-partnership", std::nullopt);
  config.key_file = testing::test_key_file();
  const io::Ingested in = testing::ingest_config(config);
  const model::Periods periods = layers::dataset_periods(in.dataset, config.periods);
  NoProgress progress;
  report::EngagementRun engagement = report::run_engagement(in.dataset, periods, {}, progress);
  const std::string footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule).";

  // Engagement status of every establishment by period, grouped by authority.
  viz::PivotSpec status;
  status.row_column = "establishment";
  status.row_label_column = "name";
  status.column_column = "period";
  status.group_column = "authority";
  status.value_column = "status";
  status.filters = {{"period", "all", true}, {"in_register", "true"}};
  const char* names[] = {"never", "new", "active", "returning", "lapsed"};
  const viz::Rgb colours[] = {{0xcc, 0xcc, 0xcc}, {0x56, 0xb4, 0xe9}, {0x00, 0x72, 0xb2}, {0x00, 0x9e, 0x73}, {0xe6, 0x9f, 0x00}};
  for (std::size_t i = 0; i < 5; ++i) status.categories.push_back({names[i], colours[i]});
  viz::Heatmap h = viz::pivot_heatmap(engagement.tables[0], status);
  h.title = "Engagement of West Partnership establishments by period";
  h.subtitle = "Status of each establishment in the register, grouped by authority";
  h.row_axis = "Establishment";
  h.column_axis = "Period";
  h.group_axis = "Authority";
  h.legend_title = "Engagement status";
  h.footnote = "never: no record yet; new: first record this period; active: records this and last period; "
               "returning: back after a gap; lapsed: none this period after earlier records.";
  write_all(viz::heatmap_figure(h), dir / "engagement_status");

  // Share of register establishments never engaged, by authority and sector, last period.
  const report::Table by_sector = board(engagement.tables[2]);
  viz::PivotSpec never;
  never.row_column = "authority";
  never.column_column = "sector";
  never.value_column = "share_never";
  never.filters = {{"period", periods[periods.size() - 1].label}};
  viz::Heatmap n = viz::pivot_heatmap(by_sector, never);
  n.title = "Establishments never engaged, by authority and sector, " + periods[periods.size() - 1].label;
  n.subtitle = "Share of the register's establishments with no record up to the period";
  n.row_axis = "Authority";
  n.column_axis = "Sector";
  n.legend_title = "Never engaged (% of establishments)";
  n.scale_min = 0.0;
  n.scale_max = 1.0;
  n.footnote = footnote;
  write_all(viz::heatmap_figure(n), dir / "never_engaged");

  // Establishments engaged by authority over the periods.
  report::SummaryOptions so;
  so.periods = config.periods;
  report::Summary summary = report::summarise(in.dataset, so, progress);
  const report::Table by_authority = board(summary.tables[1]);
  viz::ChartPivotSpec trend;
  trend.panel_column = "authority";
  trend.x_column = "period";
  trend.series = {{"establishments_in_register", "In the register"}, {"establishments_engaged", "Engaged"}};
  trend.filters = {{"period", "all", true}};
  viz::SmallMultiples c = viz::pivot_small_multiples(by_authority, trend);
  c.title = "Establishments engaged by authority, by period";
  c.subtitle = "Establishments with at least one participation record, against those in the register";
  c.y_axis = "Establishments";
  write_all(viz::chart_figure(c), dir / "engaged_by_authority");

  viz::ChartPivotSpec people = trend;
  people.series = {{"practitioners", "Practitioners"}};
  viz::SmallMultiples p = viz::pivot_small_multiples(by_authority, people);
  p.title = "Practitioners taking part by authority, by period";
  p.y_axis = "Practitioners (people)";
  p.footnote = footnote;
  write_all(viz::chart_figure(p), dir / "practitioners_by_authority");
}

// By hand: a change between two periods with suppressed and missing cells and long labels, and
// a chart with a suppressed and a missing point.
TEST_CASE("figure demo: changes, suppression, long labels", "[.demo]") {
  const char* dir_env = std::getenv("RETICULIST_FIGURE_DEMO");
  const std::filesystem::path dir = dir_env ? dir_env : "/tmp/reticulist-figures";
  std::filesystem::create_directories(dir);
  viz::Heatmap h;
  h.title = "Change in the share of staff reached, 2023/24 to 2024/25, by authority and network";
  h.subtitle = "Percentage points; a rise is blue, a fall red";
  h.row_axis = "Authority";
  h.column_axis = "Network";
  h.row_labels = {"East Dunbartonshire", "East Renfrewshire", "Glasgow City", "Inverclyde", "North Lanarkshire",
                  "Renfrewshire", "South Lanarkshire", "West Dunbartonshire and a Name Too Long for Any Row Label Box in a Figure"};
  h.column_labels = {"Numeracy & mathematics network", "Literacy <and> English", "STEM", "Gàidhlig Ελληνικά",
                     "Leadership for learning across the whole partnership and beyond", "Digital"};
  const double v[] = {0.05, -0.12, 0.0, 0.3, -0.02, 0.11};
  for (std::size_t r = 0; r < h.row_labels.size(); ++r) {
    for (std::size_t c = 0; c < h.column_labels.size(); ++c) {
      if ((r + c) % 7 == 3) h.cells.push_back(viz::Cell::suppressed());
      else if ((r * c) % 11 == 5) h.cells.push_back(viz::Cell::missing());
      else h.cells.push_back(viz::Cell::of(v[(r + 2 * c) % 6] * (1.0 + 0.1 * static_cast<double>(r))));
    }
  }
  h.format = viz::ValueFormat::SignedPercent;
  h.scale = viz::Scale::Diverging;
  h.legend_title = "Change in share reached (percentage points)";
  h.footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule).";
  write_all(viz::heatmap_figure(h), dir / "change_by_network");

  viz::SmallMultiples c;
  c.title = "Practitioners taking part, by authority";
  c.y_axis = "Practitioners (people)";
  c.x_labels = {"2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"};
  c.series = {{"Primary", std::nullopt}, {"Secondary", std::nullopt}};
  c.format = viz::ValueFormat::Integer;
  for (int a = 0; a < 5; ++a) {
    viz::Panel p;
    p.title = a == 4 ? "An authority with a rather long name for a panel title" : "Authority " + std::to_string(a + 1);
    for (int s = 0; s < 2; ++s) {
      std::vector<viz::Cell> values;
      for (int x = 0; x < 6; ++x) {
        if (a == 1 && x == 2 && s == 0) values.push_back(viz::Cell::suppressed());
        else if (a == 2 && x == 3) values.push_back(viz::Cell::missing());
        else if (a == 3 && x == 1) values.push_back(viz::Cell::suppressed());
        else values.push_back(viz::Cell::of(20.0 + 10.0 * a + 7.0 * x - 12.0 * s + (x % 2) * 5.0));
      }
      p.values.push_back(values);
    }
    c.panels.push_back(p);
  }
  c.footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule).";
  write_all(viz::chart_figure(c), dir / "chart_with_gaps");
}

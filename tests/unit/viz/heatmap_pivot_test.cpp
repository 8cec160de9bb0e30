#include <catch2/catch.hpp>

#include <stdexcept>

#include "engine/report/table.hpp"
#include "viz/figure/heatmap_pivot.hpp"

using namespace reticulist;
using viz::Cell;

namespace {

// by_authority_sector in miniature (long form, one row per period, authority and sector):
//
//   period   authority  sector     practitioners  share
//   2023/24  A          primary    12             0.5
//   2023/24  A          secondary  7              NA
//   2023/24  B          primary    [c]            [c]
//   2024/25  A          primary    15             0.25
//   all      A          primary    20             0.4
report::Table by_sector() {
  report::Table t("by_authority_sector", "Practitioners by authority and sector", "one row per period, authority and sector");
  t.add_column("period", report::ColumnType::Text, "period");
  t.add_column("authority", report::ColumnType::Text, "authority");
  t.add_column("sector", report::ColumnType::Text, "sector");
  const auto people = t.add_column("practitioners", report::ColumnType::Integer, "people", report::Holds::PeopleCount);
  const auto share = t.add_column("share", report::ColumnType::Real, "share", report::Holds::Share, {people});
  t.append_row({"2023/24", "A", "primary", 12, 0.5});
  t.append_row({"2023/24", "A", "secondary", 7, std::nullopt});
  t.append_row({"2023/24", "B", "primary", 3, 0.1});
  t.append_row({"2024/25", "A", "primary", 15, 0.25});
  t.append_row({"all", "A", "primary", 20, 0.4});
  t.suppress(2, people);
  t.suppress(2, share);
  return t;
}

}  // namespace

// Filter period = 2023/24; rows by authority (A, B as met), columns by sector (primary,
// secondary as met). B has no secondary row: missing.
//
//        primary  secondary
//   A    12       7
//   B    [c]      (none)
TEST_CASE("pivot: a long table becomes the matrix, first met order", "[viz][pivot]") {
  viz::PivotSpec spec;
  spec.row_column = "authority";
  spec.column_column = "sector";
  spec.value_column = "practitioners";
  spec.filters = {{"period", "2023/24"}};
  const viz::Heatmap h = viz::pivot_heatmap(by_sector(), spec);
  CHECK(h.row_labels == std::vector<std::string>{"A", "B"});
  CHECK(h.column_labels == std::vector<std::string>{"primary", "secondary"});
  CHECK(h.cells == std::vector<Cell>{Cell::of(12), Cell::of(7), Cell::suppressed(), Cell::missing()});
  CHECK(h.format == viz::ValueFormat::Integer);  // a count of people
  CHECK(h.row_axis == "authority");
  CHECK(h.column_axis == "sector");
  CHECK(h.legend_title == "practitioners");
  CHECK(h.row_groups.empty());

  // The share: NA stays missing, the suppressed share stays suppressed; shown as a percentage.
  spec.value_column = "share";
  const viz::Heatmap s = viz::pivot_heatmap(by_sector(), spec);
  CHECK(s.cells == std::vector<Cell>{Cell::of(0.5), Cell::missing(), Cell::suppressed(), Cell::missing()});
  CHECK(s.format == viz::ValueFormat::Percent);
}

// Periods as columns, the whole span dropped (exclude), explicit order: 2024/25 first, an
// empty 2025/26 shown, then 2023/24 as met.
//
//        2024/25  2025/26  2023/24
//   A    15       -        12
//   B    -        -        [c]
TEST_CASE("pivot: exclusion filter and explicit order", "[viz][pivot]") {
  viz::PivotSpec spec;
  spec.row_column = "authority";
  spec.column_column = "period";
  spec.value_column = "practitioners";
  spec.filters = {{"period", "all", true}, {"sector", "primary"}};
  spec.column_order = {"2024/25", "2025/26"};
  const viz::Heatmap h = viz::pivot_heatmap(by_sector(), spec);
  CHECK(h.column_labels == std::vector<std::string>{"2024/25", "2025/26", "2023/24"});
  CHECK(h.row_labels == std::vector<std::string>{"A", "B"});
  CHECK(h.cells == std::vector<Cell>{Cell::of(15), Cell::missing(), Cell::of(12),
                                     Cell::missing(), Cell::missing(), Cell::suppressed()});
}

// group_pairs in miniature: unordered pairs with group_a <= group_b.
//
//   group_a group_b ties          matrix   A    B    C
//   A       A       3                 A    3    1    -
//   A       B       1                 B    1    -    [c]
//   B       C       [c]               C    -    [c]  NA
//   C       C       NA
TEST_CASE("pivot: a symmetric pairs table mirrors each cell", "[viz][pivot]") {
  report::Table t("group_pairs", "Ties between groups", "one row per pair of groups");
  t.add_column("group_a", report::ColumnType::Text, "first group");
  t.add_column("group_b", report::ColumnType::Text, "second group");
  const auto ties = t.add_column("ties", report::ColumnType::Integer, "ties");
  t.append_row({"A", "A", 3});
  t.append_row({"A", "B", 1});
  t.append_row({"B", "C", 2});
  t.append_row({"C", "C", std::nullopt});
  t.suppress(2, ties);
  viz::PivotSpec spec;
  spec.row_column = "group_a";
  spec.column_column = "group_b";
  spec.value_column = "ties";
  spec.symmetric = true;
  const viz::Heatmap h = viz::pivot_heatmap(t, spec);
  CHECK(h.row_labels == std::vector<std::string>{"A", "B", "C"});
  CHECK(h.column_labels == h.row_labels);
  CHECK(h.cells == std::vector<Cell>{Cell::of(3), Cell::of(1), Cell::missing(),
                                     Cell::of(1), Cell::missing(), Cell::suppressed(),
                                     Cell::missing(), Cell::suppressed(), Cell::missing()});
  // (B, A) next to (A, B) is the same cell twice.
  t.append_row({"B", "A", 1});
  CHECK_THROWS_WITH(viz::pivot_heatmap(t, spec), "pivot_heatmap: two rows for (B, A) in table group_pairs");
}

// Establishments grouped by authority: rows keep their order within a group, groups in order of
// first appearance (X, then Y), labels from the name column.
TEST_CASE("pivot: row groups, labels and categories", "[viz][pivot]") {
  report::Table t("establishments", "Engagement", "one row per period and establishment");
  t.add_column("period", report::ColumnType::Text, "period");
  t.add_column("authority", report::ColumnType::Text, "authority");
  t.add_column("establishment", report::ColumnType::Text, "code");
  t.add_column("name", report::ColumnType::Text, "name", report::Holds::Detail);
  const auto status = t.add_column("status", report::ColumnType::Text, "status", report::Holds::Detail);
  t.append_row({"2023/24", "X", "e1", "Alpha Primary", "new"});
  t.append_row({"2023/24", "Y", "e2", "Beta Academy", "never"});
  t.append_row({"2023/24", "X", "e3", "Gamma Primary", "active"});
  t.append_row({"2024/25", "X", "e1", "Alpha Primary", "active"});
  t.append_row({"2024/25", "Y", "e2", "Beta Academy", std::nullopt});
  t.append_row({"2024/25", "X", "e3", "Gamma Primary", "lapsed"});
  viz::PivotSpec spec;
  spec.row_column = "establishment";
  spec.row_label_column = "name";
  spec.group_column = "authority";
  spec.column_column = "period";
  spec.value_column = "status";
  spec.categories = {{"never", {}}, {"new", {}}, {"active", {}}, {"lapsed", {}}};
  const viz::Heatmap h = viz::pivot_heatmap(t, spec);
  CHECK(h.row_labels == std::vector<std::string>{"Alpha Primary", "Gamma Primary", "Beta Academy"});
  CHECK(h.row_groups == std::vector<std::string>{"X", "X", "Y"});
  CHECK(h.cells == std::vector<Cell>{Cell::of_category(1), Cell::of_category(2),
                                     Cell::of_category(2), Cell::of_category(3),
                                     Cell::of_category(0), Cell::missing()});
  CHECK(h.categories.size() == 4);
  CHECK(h.group_axis == "authority");
  CHECK(h.row_axis == "name");
  viz::validate(h);

  t.set(0, status, "returning");
  CHECK_THROWS_WITH(viz::pivot_heatmap(t, spec),
                    "pivot_heatmap: status \"returning\" in table establishments is not one of the categories");
}

TEST_CASE("pivot: mistakes in the spec are named", "[viz][pivot]") {
  viz::PivotSpec spec;
  spec.row_column = "authority";
  spec.column_column = "sector";
  spec.value_column = "nope";
  CHECK_THROWS_WITH(viz::pivot_heatmap(by_sector(), spec), "pivot_heatmap: table by_authority_sector has no column nope");
  spec.value_column = "practitioners";
  // Without the period filter, (A, primary) has three rows.
  CHECK_THROWS_WITH(viz::pivot_heatmap(by_sector(), spec),
                    "pivot_heatmap: two rows for (A, primary) in table by_authority_sector");
  spec.value_column = "sector";
  spec.filters = {{"period", "2023/24"}};
  CHECK_THROWS_AS(viz::pivot_heatmap(by_sector(), spec), std::invalid_argument);  // text is not a number
  spec.value_column = "practitioners";
  spec.symmetric = true;
  spec.group_column = "period";
  CHECK_THROWS_AS(viz::pivot_heatmap(by_sector(), spec), std::invalid_argument);
}

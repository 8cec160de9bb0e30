#include "engine/report/authority_ties_table.hpp"

#include <catch2/catch.hpp>

using reticulist::report::ColumnType;
using reticulist::report::Table;

// Period P: authority A has 3 practitioners, B has 2. Ties: A-A 2, A-B 3, B-B 1; 6 in all over
// 5*4/2 = 10 possible pairs. Possible: A-A 3, A-B 6, B-B 1. Expected = 6 x possible / 10:
// A-A 1.8, A-B 3.6, B-B 0.6. Rows (a, b): ties, n_a, n_b, possible, density, expected, o/e, per 100:
//   A A  2 3 3 3  2/3  1.8  2/1.8 = 1.111  200/3 = 66.67
//   A B  3 3 2 6  0.5  3.6  3/3.6 = 0.8333 300/3 = 100
//   B A  3 2 3 6  0.5  3.6  0.8333         300/2 = 150
//   B B  1 2 2 1  1    0.6  1/0.6 = 1.667  100/2 = 50
TEST_CASE("authority_ties: every ordered pair with density, expectation and reach", "[report][ties]") {
  Table groups("groups", "t", "d");
  groups.add_column("period", ColumnType::Text, "");
  groups.add_column("group", ColumnType::Text, "");
  groups.add_column("vertices", ColumnType::Integer, "");
  groups.append_row({"P", "A", 3});
  groups.append_row({"P", "B", 2});
  Table pairs("group_pairs", "t", "d");
  pairs.add_column("period", ColumnType::Text, "");
  pairs.add_column("group_a", ColumnType::Text, "");
  pairs.add_column("group_b", ColumnType::Text, "");
  pairs.add_column("ties", ColumnType::Integer, "");
  pairs.add_column("possible", ColumnType::Integer, "");
  pairs.add_column("expected_ties", ColumnType::Real, "");
  pairs.append_row({"P", "A", "A", 2, 3, 1.8});
  pairs.append_row({"P", "A", "B", 3, 6, 3.6});
  pairs.append_row({"P", "B", "B", 1, 1, 0.6});

  const Table t = reticulist::report::authority_ties_table(groups, pairs);
  REQUIRE(t.row_count() == 4);
  const auto row = [&](std::size_t r) {
    std::vector<std::string> out;
    for (std::size_t c = 0; c < t.column_count(); ++c) out.push_back(t.format_cell(r, c));
    return out;
  };
  CHECK(row(0) == std::vector<std::string>{"P", "A", "A", "2", "3", "3", "3", "0.6666666667", "1.8", "1.111111111", "66.66666667"});
  CHECK(row(1) == std::vector<std::string>{"P", "A", "B", "3", "3", "2", "6", "0.5", "3.6", "0.8333333333", "100"});
  CHECK(row(2) == std::vector<std::string>{"P", "B", "A", "3", "2", "3", "6", "0.5", "3.6", "0.8333333333", "150"});
  CHECK(row(3) == std::vector<std::string>{"P", "B", "B", "1", "2", "2", "1", "1", "0.6", "1.666666667", "50"});
}

// A one-member authority C with no tie at all: its diagonal has no possible pair (density NA) and
// nothing expected (o/e NA); its pair with A exists with 0 ties.
TEST_CASE("authority_ties: a one-member authority and absent pairs", "[report][ties]") {
  Table groups("groups", "t", "d");
  groups.add_column("period", ColumnType::Text, "");
  groups.add_column("group", ColumnType::Text, "");
  groups.add_column("vertices", ColumnType::Integer, "");
  groups.append_row({"P", "A", 2});
  groups.append_row({"P", "C", 1});
  Table pairs("group_pairs", "t", "d");
  pairs.add_column("period", ColumnType::Text, "");
  pairs.add_column("group_a", ColumnType::Text, "");
  pairs.add_column("group_b", ColumnType::Text, "");
  pairs.add_column("ties", ColumnType::Integer, "");
  pairs.add_column("possible", ColumnType::Integer, "");
  pairs.add_column("expected_ties", ColumnType::Real, "");
  pairs.append_row({"P", "A", "A", 1, 1, 0.3333333333});
  const Table t = reticulist::report::authority_ties_table(groups, pairs);
  REQUIRE(t.row_count() == 4);
  CHECK(t.format_cell(1, t.column_index("ties")) == "0");  // (A, C) absent from group_pairs
  CHECK(t.format_cell(1, t.column_index("possible")) == "0");
  CHECK(t.format_cell(1, t.column_index("density")) == "NA");
  CHECK(t.format_cell(3, t.column_index("observed_to_expected")) == "NA");
  CHECK(t.format_cell(3, t.column_index("ties_per_100")) == "0");
}

#include "engine/report/under_engaged_summary.hpp"

#include <catch2/catch.hpp>

using reticulist::report::ColumnType;
using reticulist::report::Table;

// Rows: P1 A never, P1 A never, P1 A low_rate, P1 B lapsed, P2 A lapsed.
//   P1 A: never 2, lapsed 0, low 1, total 3;  P1 B: 0 1 0 1;  P2 A: 0 1 0 1.
TEST_CASE("under_engaged_summary counts by period, authority and reason", "[report][engagement]") {
  Table ue("under_engaged", "t", "d");
  ue.add_column("period", ColumnType::Text, "");
  ue.add_column("authority", ColumnType::Text, "");
  ue.add_column("reason", ColumnType::Text, "");
  for (auto row : {std::array<const char*, 3>{"P1", "A", "never"}, {"P1", "A", "never"}, {"P1", "A", "low_rate"},
                   {"P1", "B", "lapsed"}, {"P2", "A", "lapsed"}}) {
    ue.append_row({row[0], row[1], row[2]});
  }
  const Table s = reticulist::report::under_engaged_summary(ue);
  REQUIRE(s.row_count() == 3);
  const auto cells = [&](std::size_t r) {
    std::vector<std::string> out;
    for (std::size_t c = 0; c < s.column_count(); ++c) out.push_back(s.format_cell(r, c));
    return out;
  };
  CHECK(cells(0) == std::vector<std::string>{"P1", "A", "2", "0", "1", "3"});
  CHECK(cells(1) == std::vector<std::string>{"P1", "B", "0", "1", "0", "1"});
  CHECK(cells(2) == std::vector<std::string>{"P2", "A", "0", "1", "0", "1"});
  REQUIRE(s.sums().size() == 1);

  Table empty("under_engaged", "t", "d");
  empty.add_column("period", ColumnType::Text, "");
  empty.add_column("authority", ColumnType::Text, "");
  empty.add_column("reason", ColumnType::Text, "");
  CHECK(reticulist::report::under_engaged_summary(empty).row_count() == 0);
  empty.append_row({"P1", "A", "sideways"});
  CHECK_THROWS_AS(reticulist::report::under_engaged_summary(empty), std::logic_error);
}

#include "engine/report/whatif_scenario.hpp"

#include <catch2/catch.hpp>

#include "engine/privacy/disclose.hpp"

using reticulist::report::Table;

// A row counting people whose change is small: isolates 1,073 -> 1,071 (change -2). In the board
// view the change is suppressed (2 people); before and after would give it away by subtraction,
// so the declared sum after = before + change suppresses before too. A row that counts no people
// (ties) keeps every figure.
TEST_CASE("scenario: a suppressed change cannot be found from before and after", "[report][whatif]") {
  Table t = reticulist::report::make_scenario_table();
  REQUIRE(t.sums().size() == 1);
  CHECK(t.sums()[0].total == t.column_index("after"));
  CHECK(t.sums()[0].parts == std::vector<std::size_t>{t.column_index("before"), t.column_index("change")});

  const auto set_row = [&t](const char* measure, const char* counts, double before, double after) {
    const auto r = t.add_row();
    t.set(r, t.column_index("period"), "2024/25");
    t.set(r, t.column_index("measure"), measure);
    if (counts) t.set(r, t.column_index("counts"), counts);
    t.set(r, t.column_index("before"), before);
    t.set(r, t.column_index("after"), after);
    t.set(r, t.column_index("change"), after - before);
  };
  set_row("isolates", "people", 1073, 1071);
  set_row("ties", nullptr, 159719, 157861);
  const auto d = reticulist::privacy::disclose(std::move(t), reticulist::privacy::View::Board, {});
  REQUIRE(d.table);
  const Table& s = *d.table;
  CHECK(s.is_suppressed(0, s.column_index("change")));
  CHECK(s.is_suppressed(0, s.column_index("before")));
  CHECK(s.format_cell(0, s.column_index("after")) == "1071");
  CHECK(s.format_cell(1, s.column_index("change")) == "-1858");
  CHECK_FALSE(s.is_suppressed(1, s.column_index("before")));
}

#include "engine/report/authority_ties_table.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace reticulist::report {

report::Table authority_ties_table(const report::Table& groups, const report::Table& group_pairs) {
  report::Table t("authority_ties", "Co-attendance ties between authorities",
                  "one row per period and ordered pair of authorities (a, b), a = b for ties within an authority");
  t.add_column("period", ColumnType::Text, "period label");
  t.add_column("authority_a", ColumnType::Text, "authority (row)");
  t.add_column("authority_b", ColumnType::Text, "authority (column)");
  const auto ties = t.add_column("ties", ColumnType::Integer, "co-attendance ties between practitioners of a and of b");
  const auto n_a = t.add_column("practitioners_a", ColumnType::Integer, "practitioners of a in the period", Holds::PeopleCount);
  t.add_column("practitioners_b", ColumnType::Integer, "practitioners of b in the period", Holds::PeopleCount);
  const auto possible = t.add_column("possible", ColumnType::Integer,
                                     "pairs of practitioners that could be tied: n_a n_b, or n_a (n_a - 1) / 2 when a = b "
                                     "(it gives the sizes away, so it is protected as a count of people)",
                                     Holds::PeopleCount);
  t.add_column("density", ColumnType::Real, "ties / possible (block density); NA when no pair is possible",
               Holds::Measure, {ties, possible});
  const auto expected = t.add_column(
      "expected_ties", ColumnType::Real,
      "ties expected if the period's ties fell on random pairs: all ties x possible / all possible pairs",
      Holds::Measure, {possible});
  t.add_column("observed_to_expected", ColumnType::Real, "ties / expected_ties; NA when none is expected",
               Holds::Measure, {ties, expected});
  t.add_column("ties_per_100", ColumnType::Real, "ties of a with b per 100 practitioners of a; NA when a has none",
               Holds::Measure, {ties, n_a});

  // Practitioners per (period, authority); group_pairs holds every pair a <= b of a period.
  const auto g_period = groups.column_index("period"), g_group = groups.column_index("group"),
             g_vertices = groups.column_index("vertices");
  std::map<std::pair<std::string, std::string>, std::int64_t> people;
  for (std::size_t r = 0; r < groups.row_count(); ++r) {
    people[{groups.text(r, g_period), groups.text(r, g_group)}] = groups.integer(r, g_vertices);
  }
  const auto p_period = group_pairs.column_index("period"), p_a = group_pairs.column_index("group_a"),
             p_b = group_pairs.column_index("group_b"), p_ties = group_pairs.column_index("ties"),
             p_possible = group_pairs.column_index("possible"), p_expected = group_pairs.column_index("expected_ties");
  struct Cell {
    std::int64_t ties = 0, possible = 0;
    double expected = 0.0;
  };
  // Per period in order met: its authorities (in groups' order) and its cells by unordered pair.
  std::vector<std::string> periods;
  std::map<std::string, std::map<std::pair<std::string, std::string>, Cell>> cells;
  for (std::size_t r = 0; r < group_pairs.row_count(); ++r) {
    const std::string& period = group_pairs.text(r, p_period);
    if (!cells.count(period)) periods.push_back(period);
    cells[period][{group_pairs.text(r, p_a), group_pairs.text(r, p_b)}] = {
        group_pairs.integer(r, p_ties), group_pairs.integer(r, p_possible), group_pairs.real(r, p_expected)};
  }
  for (const auto& period : periods) {
    std::vector<std::string> authorities;
    for (std::size_t r = 0; r < groups.row_count(); ++r) {
      if (groups.text(r, g_period) == period) authorities.push_back(groups.text(r, g_group));
    }
    const auto& of_period = cells[period];
    for (const auto& a : authorities) {
      for (const auto& b : authorities) {
        auto at = of_period.find(a <= b ? std::pair(a, b) : std::pair(b, a));
        const Cell c = at == of_period.end() ? Cell{} : at->second;
        const std::int64_t na = people[{period, a}], nb = people[{period, b}];
        const auto ratio = [](double x, double y) { return y > 0 ? Value(x / y) : Value(); };
        t.append_row({period, a, b, c.ties, na, nb, c.possible, ratio(double(c.ties), double(c.possible)), c.expected,
                      ratio(double(c.ties), c.expected), ratio(100.0 * double(c.ties), double(na))});
      }
    }
  }
  return t;
}

}  // namespace reticulist::report

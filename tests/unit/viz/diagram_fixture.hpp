#pragma once
// Hand-built disclosed tables for the diagram tests: three authorities in 2023/24 (and a row of
// 2022/23 that must be ignored), as `reticulist metrics --layer practitioner --group authority`
// and summary's by_authority would give them after the board view.
//
//   groups (vertices = practitioners)      group_pairs (ties)           names
//   A0  120                                A0-A0  500 (diagonal: no line)  A0  Glasgow City
//   A1   30                                A0-A1   40                      A1  Argyll & Bute "North" \N
//   A2  [c] (suppressed)                   A0-A2  [c] (suppressed)         A2  Inverclyde
//                                          A1-A2    0 (no tie: no line)
#include "engine/report/table.hpp"

namespace reticulist::testing {

inline report::Table diagram_groups() {
  using report::ColumnType;
  report::Table t("groups", "Groups", "one row per period and group");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("layer", ColumnType::Text, "layer", report::Holds::Detail);
  t.add_column("grouping", ColumnType::Text, "grouping", report::Holds::Detail);
  t.add_column("group", ColumnType::Text, "group");
  const auto vertices = t.add_column("vertices", ColumnType::Integer, "vertices", report::Holds::PeopleCount);
  t.append_row({"2022/23", "practitioner", "authority", "A0", 99});
  t.append_row({"2023/24", "practitioner", "authority", "A0", 120});
  t.append_row({"2023/24", "practitioner", "authority", "A1", 30});
  t.append_row({"2023/24", "practitioner", "authority", "A2", 3});
  t.suppress(3, vertices);
  return t;
}

inline report::Table diagram_group_pairs() {
  using report::ColumnType;
  report::Table t("group_pairs", "Group pairs", "one row per period and pair of groups");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("layer", ColumnType::Text, "layer", report::Holds::Detail);
  t.add_column("grouping", ColumnType::Text, "grouping", report::Holds::Detail);
  t.add_column("group_a", ColumnType::Text, "first group");
  t.add_column("group_b", ColumnType::Text, "second group");
  const auto ties = t.add_column("ties", ColumnType::Integer, "ties");
  t.append_row({"2022/23", "practitioner", "authority", "A0", "A1", 7});
  t.append_row({"2023/24", "practitioner", "authority", "A0", "A0", 500});
  t.append_row({"2023/24", "practitioner", "authority", "A0", "A1", 40});
  t.append_row({"2023/24", "practitioner", "authority", "A0", "A2", 2});
  t.append_row({"2023/24", "practitioner", "authority", "A1", "A2", 0});
  t.suppress(3, ties);
  return t;
}

inline report::Table diagram_names() {
  using report::ColumnType;
  report::Table t("by_authority", "By authority", "one row per period and authority");
  t.add_column("period", ColumnType::Text, "period");
  t.add_column("authority", ColumnType::Text, "authority id");
  t.add_column("name", ColumnType::Text, "name", report::Holds::Detail);
  const auto engaged = t.add_column("establishments_engaged", ColumnType::Integer, "establishments",
                                    report::Holds::EstablishmentCount);
  t.append_row({"2023/24", "A0", "Glasgow City", 40});
  t.append_row({"2023/24", "A1", "Argyll & Bute \"North\" \\N", 10});
  t.append_row({"2023/24", "A2", "Inverclyde", 0});
  (void)engaged;
  return t;
}

}  // namespace reticulist::testing

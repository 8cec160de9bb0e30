#pragma once
// The Board's picture of the partnership: one circle per authority, its area the practitioners
// engaged (or, in the variant, the establishments engaged), and a line between two authorities
// whose practitioners attended network events together, its width and number the ties between
// them. Drawn from disclosed tables, so it shows exactly what the CSV shows: a suppressed count
// is "[c]", drawn dashed (thin for a line), never as a number or to scale.
#include <string>

#include "engine/report/table.hpp"
#include "viz/diagram/diagram.hpp"

namespace reticulist::viz {

struct AuthoritiesDiagramOptions {
  std::string title;  // empty: "How the authorities' practitioners are tied, <period>"
  // A table with columns `authority` and `name` (summary's by_authority) to print authorities'
  // names instead of their ids; nullptr: ids.
  const report::Table* names = nullptr;
  std::string suppressed_meaning = "[c], dashed: a count of fewer people than the disclosure threshold, not shown";
  // With more circles than this, only each authority's `strongest_lines` strongest lines are
  // drawn (their union), and the footnote says how many of how many: 32 authorities make 496
  // lines, a tangle no one can read (and Graphviz takes seconds to route), while the heatmap gives
  // every pair. The West Partnership's 8 authorities (28 lines) are always drawn whole.
  std::size_t all_lines_up_to = 12;
  std::size_t strongest_lines = 3;
};

// `groups` and `group_pairs`: the tables of `reticulist metrics --layer practitioner --group
// authority` (columns period, layer, grouping, group, vertices; group_a, group_b, ties).
// Nodes in the order of `groups`' rows for `period`; lines for group_a != group_b with ties > 0 or
// suppressed. Throws ConfigError when a table lacks a column or has no row for the period.
Diagram authorities_diagram(const report::Table& groups, const report::Table& group_pairs, const std::string& period,
                            const AuthoritiesDiagramOptions& options = {});

// The same with circles sized by establishments engaged: `by_authority` is summary's table
// (period, authority, name, establishments_engaged, ...); names come from it.
Diagram authorities_establishments_diagram(const report::Table& by_authority, const report::Table& group_pairs,
                                           const std::string& period, const AuthoritiesDiagramOptions& options = {});

}  // namespace reticulist::viz

#pragma once
// Diagrams of the networks, from disclosed tables:
//   - networks_bipartite_diagram: authorities in the left column, networks in the right, a line
//     where an authority's practitioners attended a network, its width their number (or the
//     establishments reached), coloured by authority;
//   - network_overlap_diagram: the network of networks, a circle per network (area: members), a
//     line between two networks that share members (width: shared members; number: shared and the
//     Jaccard overlap as a percentage).
// Suppressed counts show "[c]" and are drawn dashed, never to scale.
#include <cstdint>
#include <optional>
#include <string>

#include "engine/report/table.hpp"
#include "viz/diagram/diagram.hpp"

namespace reticulist::viz {

struct BipartiteDiagramOptions {
  std::string title;  // empty: "Which authorities take part in which networks, <period>"
  bool width_by_establishments = false;  // line width by establishments_reached instead of practitioners
  std::size_t name_width = 32;           // network names wrapped at this many characters
  const report::Table* names = nullptr;  // columns authority, name (summary's by_authority): authority names
  std::string suppressed_meaning = "[c], dashed: a count of fewer people than the disclosure threshold, not shown";
};

// `by_authority_network`: engagement's table (period, authority, network, network_name,
// establishments_reached, ..., practitioners, ...). Throws ConfigError when a column or the
// period's rows are missing.
Diagram networks_bipartite_diagram(const report::Table& by_authority_network, const std::string& period,
                                   const BipartiteDiagramOptions& options = {});

struct NetworkOverlapDiagramOptions {
  std::string title;  // empty: "Networks that share members, <period>"
  // Pairs drawn: those with Jaccard >= min_jaccard, then at most max_pairs of them, the largest
  // overlaps first (a suppressed pair, whose overlap is unknown, comes last); the figure says so.
  double min_jaccard = 0.0;
  std::optional<std::size_t> max_pairs = 150;
  std::size_t name_width = 24;
  // metrics' networks table (period, network, name, workstream, members): every network of the
  // period becomes a circle, those sharing no one included, coloured by workstream. nullptr: the
  // networks of the drawn pairs, one colour.
  const report::Table* networks = nullptr;
  // With more networks in that table than this, only those on a drawn line are circles, and the
  // footnote says how many of how many (national data has thousands).
  std::size_t all_networks_up_to = 150;
  std::string suppressed_meaning = "[c], dashed: a count of fewer people than the disclosure threshold, not shown";
};

// `network_pairs`: report::make_network_pairs_table's rows (engine/report/network_pairs_table.hpp).
Diagram network_overlap_diagram(const report::Table& network_pairs, const std::string& period,
                                const NetworkOverlapDiagramOptions& options = {});

}  // namespace reticulist::viz

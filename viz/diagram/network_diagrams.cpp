#include "viz/diagram/network_diagrams.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "viz/diagram/dot_text.hpp"
#include "viz/diagram/table_cells.hpp"

namespace reticulist::viz {
namespace {

constexpr std::string_view kBipartite = "networks diagram";
constexpr std::string_view kOverlap = "network overlap diagram";
// Numbers on the lines up to this many lines; beyond, the widths speak and the numbers are in
// the tooltips (SVG) and the table.
constexpr std::size_t kMaxLabelledEdges = 60;

std::string wrapped(std::string_view text, std::size_t width) {
  std::string out;
  for (const auto& line : wrap_words(text, width)) out += (out.empty() ? "" : "\n") + line;
  return out;
}

std::string percent(double share) { return fixed(100.0 * share, 0) + "%"; }

}  // namespace

Diagram networks_bipartite_diagram(const report::Table& table, const std::string& period,
                                   const BipartiteDiagramOptions& options) {
  const auto rows = rows_of_period(table, period, kBipartite);
  const auto authority = column_named(table, "authority", kBipartite);
  const auto network = column_named(table, "network", kBipartite);
  const auto network_name = column_named(table, "network_name", kBipartite);
  const auto people = column_named(table, "practitioners", kBipartite);
  const auto establishments = column_named(table, "establishments_reached", kBipartite);
  std::map<std::string, std::string> names;
  if (options.names != nullptr) {
    const auto id = column_named(*options.names, "authority", kBipartite);
    const auto name = column_named(*options.names, "name", kBipartite);
    for (std::size_t r = 0; r < options.names->row_count(); ++r) {
      names.emplace(text_at(*options.names, r, id), text_at(*options.names, r, name));
    }
  }

  Diagram d;
  d.title = options.title.empty() ? "Which authorities take part in which networks, " + period : options.title;
  d.subtitle = "Authorities on the left, the networks their practitioners attended on the right.";
  d.legend.width_meaning = std::string("Line width") + (rows.size() <= kMaxLabelledEdges ? " and number: " : ": ") +
                           (options.width_by_establishments ? "establishments of the authority reached by the network"
                                                            : "practitioners of the authority with a record in the network") +
                           " in " + period + "; its colour is the authority's.";
  d.legend.suppressed_meaning = options.suppressed_meaning;
  std::map<std::string, std::size_t> authorities, networks;  // id -> node
  for (const auto r : rows) authorities.emplace(text_at(table, r, authority), 0);
  for (auto& [id, node] : authorities) {
    node = d.nodes.size();
    const auto name = names.find(id);
    DiagramNode n;
    n.id = "authority " + id;
    n.label = name == names.end() || name->second.empty() ? id : name->second;
    n.group = node;
    n.rank = 0;
    d.nodes.push_back(std::move(n));
  }
  std::map<std::string, std::string> network_names;
  for (const auto r : rows) network_names.emplace(text_at(table, r, network), text_at(table, r, network_name));
  for (const auto& [id, name] : network_names) {
    networks.emplace(id, d.nodes.size());
    DiagramNode n;
    n.id = "network " + id;
    n.label = wrapped(name.empty() ? id : name, options.name_width);
    n.group = kNoGroup;
    n.rank = 1;
    n.tooltip = id + ": " + (name.empty() ? id : name);
    d.nodes.push_back(std::move(n));
  }
  const bool labelled = rows.size() <= kMaxLabelledEdges;
  for (const auto r : rows) {
    const Count people_count = count_at(table, r, people);
    const Count reached = count_at(table, r, establishments);
    const Count& width = options.width_by_establishments ? reached : people_count;
    DiagramEdge e;
    e.a = authorities.at(text_at(table, r, authority));
    e.b = networks.at(text_at(table, r, network));
    e.suppressed = width.suppressed;
    e.weight = width.value.value_or(0);
    e.group = d.nodes[e.a].group;
    e.label = labelled || width.suppressed ? width.text() : "";
    e.tooltip = d.nodes[e.a].label + " \u2013 " + d.nodes[e.b].tooltip + ": " + people_count.text() + " practitioners, " +
                reached.text() + " establishments reached";
    d.edges.push_back(std::move(e));
  }
  return d;
}

namespace {

struct Pair {
  std::size_t row;
  std::string a, b;  // network ids
  Count shared, jaccard;
};

// The pairs to draw: Jaccard >= min (a suppressed overlap is unknown: kept only when min is 0),
// then the largest overlaps up to max_pairs (suppressed last, ties in table order); returned in
// table order.
std::vector<Pair> pairs_to_draw(std::vector<Pair> pairs, const NetworkOverlapDiagramOptions& options) {
  std::erase_if(pairs, [&](const Pair& p) {
    return p.jaccard.known() ? *p.jaccard.value < options.min_jaccard : options.min_jaccard > 0;
  });
  if (options.max_pairs && pairs.size() > *options.max_pairs) {
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
      if (x.jaccard.known() != y.jaccard.known()) return x.jaccard.known();
      return x.jaccard.known() && *x.jaccard.value > *y.jaccard.value;
    });
    pairs.resize(*options.max_pairs);
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.row < y.row; });
  }
  return pairs;
}

}  // namespace

Diagram network_overlap_diagram(const report::Table& table, const std::string& period,
                                const NetworkOverlapDiagramOptions& options) {
  const auto rows = rows_of_period(table, period, kOverlap);
  const auto col = [&](std::string_view name) { return column_named(table, name, kOverlap); };
  const auto a_col = col("network_a"), b_col = col("network_b"), name_a = col("name_a"), name_b = col("name_b");
  const auto shared_col = col("shared_members"), members_a = col("members_a"), members_b = col("members_b");
  const auto jaccard_col = col("jaccard");

  Diagram d;
  d.title = options.title.empty() ? "Networks that share members, " + period : options.title;
  d.subtitle = "Each circle is a network; a line joins two networks with members in common.";
  d.legend.size_meaning = "Circle area: the network's members (practitioners with a record in it) in " + period + ".";
  d.legend.width_meaning = "Line width: members the two share; number: shared members and the Jaccard overlap "
                           "(shared / members of either), as a percentage.";
  d.legend.suppressed_meaning = options.suppressed_meaning;
  std::map<std::string, std::size_t> node_of;
  const auto add_network = [&](const std::string& id, const std::string& name, const Count& members, std::size_t group) {
    if (node_of.count(id) != 0) return;
    node_of.emplace(id, d.nodes.size());
    DiagramNode n;
    n.id = id;
    n.label = wrapped(name.empty() ? id : name, options.name_width);
    n.size = members.known() ? *members.value : std::nan("");
    n.size_text = members.text() + " members";
    n.group = group;
    n.tooltip = id + ": " + (name.empty() ? id : name) + ", " + n.size_text;
    d.nodes.push_back(std::move(n));
  };
  // Networks of the networks table: all of them drawn when there are few; with many, only those
  // on a drawn line (thousands of circles take Graphviz minutes to place and no one can read them).
  struct Known {
    std::string name;
    Count members;
    std::size_t group;
  };
  std::map<std::string, Known> known;
  std::size_t table_networks = 0;
  if (options.networks != nullptr) {
    const auto& nets = *options.networks;
    const auto net_rows = rows_of_period(nets, period, kOverlap);
    const auto id = column_named(nets, "network", kOverlap), name = column_named(nets, "name", kOverlap);
    const auto workstream = column_named(nets, "workstream", kOverlap), members = column_named(nets, "members", kOverlap);
    std::map<std::string, std::size_t> streams;  // workstream -> colour, in name order
    for (const auto r : net_rows) streams.emplace(text_at(nets, r, workstream), 0);
    for (auto& [stream, group] : streams) {
      group = d.legend.groups.size();
      d.legend.groups.push_back(stream.empty() ? "no workstream" : stream);
    }
    table_networks = net_rows.size();
    const bool all = net_rows.size() <= options.all_networks_up_to;
    for (const auto r : net_rows) {
      const std::string network = text_at(nets, r, id);
      const std::size_t group = streams.at(text_at(nets, r, workstream));
      if (all) add_network(network, text_at(nets, r, name), count_at(nets, r, members), group);
      known.emplace(network, Known{text_at(nets, r, name), count_at(nets, r, members), group});
    }
  }
  std::vector<Pair> pairs;
  for (const auto r : rows) {
    pairs.push_back({r, text_at(table, r, a_col), text_at(table, r, b_col), count_at(table, r, shared_col),
                     count_at(table, r, jaccard_col)});
  }
  const std::size_t all_pairs = pairs.size();
  pairs = pairs_to_draw(std::move(pairs), options);
  for (const auto& p : pairs) {
    for (const bool first : {true, false}) {
      const std::string& network = first ? p.a : p.b;
      const auto k = known.find(network);
      if (k != known.end()) {
        add_network(network, k->second.name, k->second.members, k->second.group);
      } else {
        add_network(network, text_at(table, p.row, first ? name_a : name_b),
                    count_at(table, p.row, first ? members_a : members_b), 0);
      }
    }
  }
  const bool labelled = pairs.size() <= kMaxLabelledEdges;
  if (!labelled) {
    d.legend.width_meaning = "Line width: members the two share (the numbers are in network_pairs).";
  }
  for (const auto& p : pairs) {
    DiagramEdge e;
    e.a = node_of.at(p.a);
    e.b = node_of.at(p.b);
    e.suppressed = p.shared.suppressed;
    e.weight = p.shared.value.value_or(0);
    const std::string numbers =
        p.shared.suppressed ? p.shared.text()
                            : p.shared.text() + " \u00b7 " + (p.jaccard.known() ? percent(*p.jaccard.value) : p.jaccard.text());
    e.label = labelled || p.shared.suppressed ? numbers : "";
    e.tooltip = p.a + " \u2013 " + p.b + ": " + numbers + " (shared members \u00b7 Jaccard)";
    d.edges.push_back(std::move(e));
  }
  if (pairs.size() < all_pairs) {
    d.footnote = "Lines drawn: " + thousands(static_cast<std::int64_t>(pairs.size())) + " of the " +
                 thousands(static_cast<std::int64_t>(all_pairs)) + " pairs that share members, the largest overlaps" +
                 (options.min_jaccard > 0 ? " with Jaccard at least " + percent(options.min_jaccard) : "") + ".";
  }
  if (table_networks > options.all_networks_up_to) {
    const std::string note = "Circles: the " + thousands(static_cast<std::int64_t>(d.nodes.size())) + " networks on a drawn line, of the " +
                             thousands(static_cast<std::int64_t>(table_networks)) + " with members in " + period + ".";
    d.footnote = d.footnote.empty() ? note : d.footnote + " " + note;
  }
  return d;
}

}  // namespace reticulist::viz

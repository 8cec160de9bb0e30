#include "viz/diagram/people_diagrams.hpp"

#include <algorithm>
#include <unordered_map>

#include "engine/graph/backbone.hpp"
#include "viz/diagram/dot_text.hpp"
#include "viz/diagram/table_cells.hpp"

namespace reticulist::viz {
namespace {

constexpr std::size_t kMaxLabelledEdges = 60;

// The colour group of a vertex: its authority's id (kNoGroup for networks or an unknown one).
std::size_t authority_group(const model::Dataset& ds, const layers::LayerView& layer, graph::Vertex v) {
  std::uint32_t a = model::kNone;
  switch (layer.kind) {
    case layers::LayerKind::Practitioner: a = layer.affiliation.authority[v]; break;
    case layers::LayerKind::Establishment: a = ds.establishments.authority[layer.entity[v]]; break;
    case layers::LayerKind::Authority: a = layer.entity[v]; break;
    case layers::LayerKind::Network: break;
  }
  return a == model::kNone ? kNoGroup : a;
}

std::string authority_name(const model::Dataset& ds, std::size_t group) {
  if (group == kNoGroup) return "no authority";
  const auto& name = ds.authorities.name[group];
  return name.empty() ? ds.authorities.id[group] : name;
}

// Colours for the authorities of the nodes drawn (node.group holds the authority id on entry).
// The eight Okabe-Ito colours tell eight groups apart: with more authorities, the seven with most
// nodes keep a colour of their own (ties to the lower id) and the rest share grey as "other
// authorities", so that no colour stands for two authorities.
void colour_by_authority(Diagram& d, const model::Dataset& ds) {
  constexpr std::size_t kColours = 8;
  std::vector<std::size_t> count(ds.authorities.size(), 0);
  for (const auto& n : d.nodes) {
    if (n.group != kNoGroup) ++count[n.group];
  }
  std::vector<std::size_t> present;
  for (std::size_t a = 0; a < count.size(); ++a) {
    if (count[a] > 0) present.push_back(a);
  }
  std::vector<std::size_t> colour(ds.authorities.size(), kNoGroup);
  if (present.size() > kColours) {
    std::stable_sort(present.begin(), present.end(), [&](std::size_t x, std::size_t y) { return count[x] > count[y]; });
    present.resize(kColours - 1);
    std::sort(present.begin(), present.end());
  }
  for (const auto a : present) {
    colour[a] = d.legend.groups.size();
    d.legend.groups.push_back(authority_name(ds, a));
  }
  const bool other = std::any_of(d.nodes.begin(), d.nodes.end(), [&](const DiagramNode& n) {
    return n.group != kNoGroup && colour[n.group] == kNoGroup;
  });
  if (other) d.legend.groups.push_back("other authorities");
  for (auto& n : d.nodes) {
    if (n.group == kNoGroup) continue;
    n.group = colour[n.group] == kNoGroup ? d.legend.groups.size() - 1 : colour[n.group];
  }
}

// How a vertex is named for people: a pseudonym, an establishment's or network's name.
std::string display_name(const model::Dataset& ds, const layers::LayerView& layer, graph::Vertex v) {
  const std::uint32_t id = layer.entity[v];
  switch (layer.kind) {
    case layers::LayerKind::Establishment:
      return ds.establishments.name[id].empty() ? ds.establishments.id[id] : ds.establishments.name[id];
    case layers::LayerKind::Authority: return authority_name(ds, id);
    case layers::LayerKind::Network: return ds.networks.name[id].empty() ? ds.networks.id[id] : ds.networks.name[id];
    case layers::LayerKind::Practitioner: break;
  }
  return layers::vertex_label(ds, layer, v);
}

// "an establishment", "a network".
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

std::string count_of(std::uint64_t n, const char* one, const char* many) {
  return thousands(static_cast<std::int64_t>(n)) + " " + (n == 1 ? one : many);
}

}  // namespace

Diagram practitioners_diagram(const model::Dataset& ds, const layers::LayerView& layer, const std::vector<bool>& reticulist,
                              const std::string& period, const PractitionersDiagramOptions& options) {
  const graph::Graph& g = layer.graph;
  const auto bb = graph::backbone(g, {options.alpha, options.max_ties});
  Diagram d;
  d.title = options.title.empty() ? "Who works with whom: the backbone of practitioners' ties, " + period : options.title;
  d.subtitle = "Each circle is a practitioner, coloured by authority; a line joins two who attended network events "
               "together, for the ties that matter most to at least one of the two.";
  d.legend.size_meaning = "Circle area: the person's co-attendance ties in " + period + " (all of them, not only those drawn).";
  d.legend.width_meaning = "Line width: " + layers::tie_weight_text(layers::LayerKind::Practitioner, options.weight) + ".";
  d.legend.highlight_meaning = "Diamond: a reticulist (the rule of nodes.csv: spans networks and authorities, or brokers between groups).";
  for (const graph::Vertex v : bb.original) {
    DiagramNode n;
    n.id = layers::vertex_label(ds, layer, v);
    n.size = static_cast<double>(g.degree(v));
    n.group = authority_group(ds, layer, v);
    n.highlighted = v < reticulist.size() && reticulist[v];
    n.tooltip = n.id + ", " + authority_name(ds, n.group) + ", " + count_of(g.degree(v), "tie", "ties") +
                (n.highlighted ? ", reticulist" : "");
    d.nodes.push_back(std::move(n));
  }
  colour_by_authority(d, ds);
  bb.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    DiagramEdge e;
    e.a = u;
    e.b = v;
    e.weight = w;
    e.tooltip = d.nodes[u].id + " \u2013 " + d.nodes[v].id + ": " + count_text(w);
    d.edges.push_back(std::move(e));
  });
  const auto count = [](std::uint64_t n) { return thousands(static_cast<std::int64_t>(n)); };
  d.footnote = "Ties kept: disparity filter alpha=" + report::format_real(options.alpha) +
               " (Serrano, Bogu\u00f1\u00e1 & Vespignani 2009: a tie is kept when it carries more of either person's "
               "ties than chance would give it)";
  if (bb.filtered_edges > bb.graph.edge_count()) {
    d.footnote += ", then the strongest " + count(bb.graph.edge_count()) + " of the " + count(bb.filtered_edges) + " it keeps";
  }
  d.footnote += ". Shown: " + count(bb.graph.edge_count()) + " of " + count(g.edge_count()) + " ties and " +
                count(bb.original.size()) + " of " + count(g.vertex_count()) + " people (those left with a tie).";
  return d;
}

std::vector<bool> reticulist_flags(const report::Table& nodes, const std::string& period, const model::Dataset& ds,
                                   const layers::LayerView& layer) {
  constexpr std::string_view kWho = "practitioners diagram";
  const auto rows = rows_of_period(nodes, period, kWho);
  const auto person = column_named(nodes, "practitioner", kWho);
  const auto flag = column_named(nodes, "reticulist", kWho);
  std::unordered_map<std::string, bool> flagged;
  for (const auto r : rows) {
    if (!nodes.is_na(r, flag) && !nodes.is_suppressed(r, flag)) flagged[text_at(nodes, r, person)] = nodes.boolean(r, flag);
  }
  std::vector<bool> out(layer.graph.vertex_count(), false);
  for (graph::Vertex v = 0; v < out.size(); ++v) {
    const auto it = flagged.find(layers::vertex_label(ds, layer, v));
    out[v] = it != flagged.end() && it->second;
  }
  return out;
}

std::optional<graph::Vertex> find_vertex(const model::Dataset& ds, const layers::LayerView& layer, std::string_view label) {
  for (graph::Vertex v = 0; v < layer.graph.vertex_count(); ++v) {
    if (layers::vertex_label(ds, layer, v) == label) return v;
  }
  return std::nullopt;
}

Diagram ego_diagram(const model::Dataset& ds, const layers::LayerView& layer, graph::Vertex ego, const std::string& period,
                    const EgoDiagramOptions& options) {
  const graph::Graph& g = layer.graph;
  const bool people = layer.kind == layers::LayerKind::Practitioner;
  // The neighbours, strongest tie first (then by vertex), up to the cap.
  const auto targets = g.neighbours(ego);
  const auto weights = g.weights(ego);
  std::vector<std::size_t> order(targets.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return weights[x] > weights[y]; });
  if (order.size() > options.max_neighbours) order.resize(options.max_neighbours);

  Diagram d;
  const std::string who = display_name(ds, layer, ego);
  d.title = options.title.empty() ? who + (people ? " and their" : " and its") + " strongest ties, " + period : options.title;
  // Only the ego's own ties: on the co-attendance layer the people met at one event are all tied
  // to each other, and those cliques would hide the ego's ties, which are the subject.
  d.subtitle = people ? "Each circle is a practitioner, coloured by authority; a line joins them to " + who +
                            " when the two attended network events together."
                      : "Each circle is " + with_article(layers::layer_name(layer.kind)) +
                            ", coloured by authority; a line joins it to " + who +
                            " when their practitioners attended events together.";
  d.legend.size_meaning = people ? "Circle area: the person's co-attendance ties in " + period + "."
                                 : "Circle area: its practitioners engaged in " + period + ".";
  d.legend.width_meaning = "Line width" + std::string(order.size() <= kMaxLabelledEdges ? " and number: " : ": ") +
                           layers::tie_weight_text(layer.kind, options.weight) + ".";
  d.legend.highlight_meaning = "Diamond: " + who + ", the subject of the diagram.";
  std::vector<graph::Vertex> shown{ego};
  for (const auto i : order) shown.push_back(targets[i]);
  for (const graph::Vertex v : shown) {
    DiagramNode n;
    n.id = layers::vertex_label(ds, layer, v);
    n.label = display_name(ds, layer, v);
    n.size = people ? static_cast<double>(g.degree(v)) : static_cast<double>(layer.members[v]);
    n.size_text = people ? count_of(g.degree(v), "tie", "ties") : count_of(layer.members[v], "practitioner", "practitioners");
    n.group = authority_group(ds, layer, v);
    n.highlighted = v == ego;
    d.nodes.push_back(std::move(n));
  }
  colour_by_authority(d, ds);
  for (std::size_t k = 0; k < order.size(); ++k) {
    DiagramEdge e;
    e.a = 0;
    e.b = k + 1;
    e.weight = weights[order[k]];
    e.label = order.size() <= kMaxLabelledEdges ? count_text(e.weight) : "";
    e.tooltip = who + " \u2013 " + d.nodes[k + 1].label + ": " + count_text(e.weight);
    d.edges.push_back(std::move(e));
  }
  if (targets.size() > order.size()) {
    d.footnote = "Shown: the " + thousands(static_cast<std::int64_t>(order.size())) + " strongest of " + who + "'s " +
                 thousands(static_cast<std::int64_t>(targets.size())) + " ties.";
  }
  return d;
}

}  // namespace reticulist::viz

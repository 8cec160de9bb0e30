#include "viz/diagram/authorities_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "viz/diagram/table_cells.hpp"

namespace reticulist::viz {
namespace {

constexpr std::string_view kWho = "authorities diagram";

// What a circle stands for: its authority id, name and size.
struct Circle {
  std::string id;
  std::string name;
  Count size;
};

std::map<std::string, std::string> names_of(const report::Table* table) {
  std::map<std::string, std::string> names;
  if (table == nullptr) return names;
  const auto id = column_named(*table, "authority", kWho);
  const auto name = column_named(*table, "name", kWho);
  for (std::size_t r = 0; r < table->row_count(); ++r) {
    const std::string n = text_at(*table, r, name);
    if (!n.empty()) names.emplace(text_at(*table, r, id), n);
  }
  return names;
}

// With many circles, keeps each circle's `strongest_lines` heaviest lines (a suppressed line
// counts as the lightest; ties broken by table order) and says so in the footnote.
void keep_strongest_lines(Diagram& d, const AuthoritiesDiagramOptions& options) {
  if (d.nodes.size() <= options.all_lines_up_to) return;
  std::vector<std::vector<std::size_t>> lines_of(d.nodes.size());
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    lines_of[d.edges[i].a].push_back(i);
    lines_of[d.edges[i].b].push_back(i);
  }
  std::vector<bool> kept(d.edges.size(), false);
  for (auto& lines : lines_of) {
    std::stable_sort(lines.begin(), lines.end(), [&](std::size_t x, std::size_t y) {
      return d.edges[x].weight > d.edges[y].weight;
    });
    for (std::size_t k = 0; k < std::min(options.strongest_lines, lines.size()); ++k) kept[lines[k]] = true;
  }
  const std::size_t all = d.edges.size();
  std::vector<DiagramEdge> strongest;
  for (std::size_t i = 0; i < all; ++i) {
    if (kept[i]) strongest.push_back(std::move(d.edges[i]));
  }
  d.edges = std::move(strongest);
  if (d.edges.size() == all) return;
  const std::string note = "Lines: each authority's " + std::to_string(options.strongest_lines) +
                           " strongest ties are drawn (" + std::to_string(d.edges.size()) + " of " + std::to_string(all) +
                           " pairs with ties); the heatmap gives every pair.";
  d.footnote = d.footnote.empty() ? note : d.footnote + " " + note;
}

Diagram draw(const std::vector<Circle>& circles, const std::string& unit, const report::Table& group_pairs,
             const std::string& period, const AuthoritiesDiagramOptions& options) {
  Diagram d;
  d.title = options.title.empty() ? "How the authorities' practitioners are tied, " + period : options.title;
  d.subtitle = "Each circle is an authority; a line joins two authorities whose practitioners attended network "
               "events together.";
  d.legend.size_meaning = "Circle area: " + unit + " engaged in " + period + ".";
  d.legend.width_meaning = "Line width and number: co-attendance ties between the two authorities (pairs of "
                           "practitioners, one from each, who attended at least one event together).";
  d.legend.suppressed_meaning = options.suppressed_meaning;
  std::map<std::string, std::size_t> index;
  std::string not_drawn;
  for (const auto& c : circles) {
    if (c.size.known() && *c.size.value == 0) {
      not_drawn += (not_drawn.empty() ? "" : ", ") + c.name;
      continue;
    }
    DiagramNode node;
    node.id = c.id;
    node.label = c.name;
    node.size = c.size.known() ? *c.size.value : std::nan("");
    node.size_text = c.size.text() + " " + unit;
    node.group = index.size();
    node.tooltip = c.name + ": " + node.size_text + " engaged in " + period;
    index.emplace(c.id, d.nodes.size());
    d.nodes.push_back(std::move(node));
  }
  if (!not_drawn.empty()) d.footnote = "Not drawn, with no " + unit + " engaged in " + period + ": " + not_drawn + ".";

  const auto rows = rows_of_period(group_pairs, period, kWho);
  const auto a_col = column_named(group_pairs, "group_a", kWho);
  const auto b_col = column_named(group_pairs, "group_b", kWho);
  const auto ties_col = column_named(group_pairs, "ties", kWho);
  for (const auto r : rows) {
    const auto a = index.find(text_at(group_pairs, r, a_col));
    const auto b = index.find(text_at(group_pairs, r, b_col));
    if (a == index.end() || b == index.end() || a->second == b->second) continue;
    const Count ties = count_at(group_pairs, r, ties_col);
    if (!ties.suppressed && (!ties.value || *ties.value <= 0)) continue;  // no tie, no line
    DiagramEdge e;
    e.a = a->second;
    e.b = b->second;
    e.suppressed = ties.suppressed;
    e.weight = ties.value.value_or(0);
    e.label = ties.text();
    e.tooltip = d.nodes[e.a].label + " \u2013 " + d.nodes[e.b].label + ": " + ties.text() + " ties";
    d.edges.push_back(std::move(e));
  }
  keep_strongest_lines(d, options);
  return d;
}

}  // namespace

Diagram authorities_diagram(const report::Table& groups, const report::Table& group_pairs, const std::string& period,
                            const AuthoritiesDiagramOptions& options) {
  const auto names = names_of(options.names);
  const auto rows = rows_of_period(groups, period, kWho);
  const auto group = column_named(groups, "group", kWho);
  const auto vertices = column_named(groups, "vertices", kWho);
  const auto layer = column_named(groups, "layer", kWho);
  std::vector<Circle> circles;
  std::string unit = "vertices";
  for (const auto r : rows) {
    const std::string kind = text_at(groups, r, layer);
    if (kind == "practitioner" || kind == "establishment") unit = kind + "s";
    const std::string id = text_at(groups, r, group);
    const auto name = names.find(id);
    circles.push_back({id, name == names.end() ? id : name->second, count_at(groups, r, vertices)});
  }
  return draw(circles, unit, group_pairs, period, options);
}

Diagram authorities_establishments_diagram(const report::Table& by_authority, const report::Table& group_pairs,
                                           const std::string& period, const AuthoritiesDiagramOptions& options) {
  const auto rows = rows_of_period(by_authority, period, kWho);
  const auto id = column_named(by_authority, "authority", kWho);
  const auto name = column_named(by_authority, "name", kWho);
  const auto engaged = column_named(by_authority, "establishments_engaged", kWho);
  std::vector<Circle> circles;
  for (const auto r : rows) {
    const std::string n = text_at(by_authority, r, name);
    circles.push_back({text_at(by_authority, r, id), n.empty() ? text_at(by_authority, r, id) : n,
                       count_at(by_authority, r, engaged)});
  }
  return draw(circles, "establishments", group_pairs, period, options);
}

}  // namespace reticulist::viz

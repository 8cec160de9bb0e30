#include "viz/diagram/diagram.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <stdexcept>

#include "viz/diagram/diagram_label.hpp"
#include "viz/diagram/dot_text.hpp"
#include "viz/diagram/edge_labels.hpp"
#include "viz/diagram/graphviz_session.hpp"
#include "viz/figure/palette.hpp"

namespace reticulist::viz {
namespace {

// neato (stress majorisation) keeps an n x n distance matrix and solves it densely: quick and the
// most faithful to distances up to a few hundred nodes. Past 150 nodes or 1,500 edges, sfdp
// (multilevel spring-electrical, about O(n log n) per iteration) is the one that stays fast.
constexpr std::size_t kNeatoMaxNodes = 150;
constexpr std::size_t kNeatoMaxEdges = 1500;

constexpr const char* kFont = "DejaVu Sans";

// How nodes and lines are drawn at a diagram's size.
struct Style {
  double max_node = 1.0;  // inches, the largest node's diameter
  double min_node = 0.1;  // inches, the smallest drawn (sizes below are not to scale)
  double min_pen = 1.0;   // points, the lightest tie
  double max_pen = 8.0;   // points, the heaviest tie
  double node_font = 12;
  double edge_font = 10;
  std::string edge_alpha;  // appended to line colours: translucent where thousands of lines cross
  bool boxed_edge_labels = true;  // numbers on a white ground, readable where lines cross
  bool roomy = false;             // few nodes: long lines with room for their numbers (neato)
};

Style style_for(std::size_t nodes, std::size_t edges, const DiagramLayout& layout) {
  Style s;
  if (edges > 100) s.edge_alpha = "80";  // half opaque: many lines cross
  if (nodes <= 30) {
    s.max_node = 1.6;
    s.roomy = true;
  } else if (nodes <= kNeatoMaxNodes) {
    s.max_node = 0.9;
    s.max_pen = 5;
    s.node_font = 10;
    s.edge_font = 8;
  } else {
    s.max_node = 0.3;
    s.min_pen = 0.3;
    s.max_pen = 2.5;
    s.edge_alpha = "59";  // 35% opaque
    s.boxed_edge_labels = false;
  }
  if (layout.max_node_inches) s.max_node = *layout.max_node_inches;
  s.min_node = std::max(0.05, s.max_node * 0.12);
  return s;
}

char* mutable_text(const std::string& s) { return const_cast<char*>(s.c_str()); }

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), mutable_text(value), const_cast<char*>(""));
}

// An HTML-like value (agstrdup_html marks the string; agwrite writes it between < >).
void set_html(Agraph_t* g, void* object, const char* name, const std::string& html) {
  char* value = agstrdup_html(g, mutable_text(html));
  agsafeset(object, const_cast<char*>(name), value, const_cast<char*>(""));
  agstrfree(g, value);
}

void set_default(Agraph_t* g, int kind, const char* name, const std::string& value) {
  agattr(g, kind, const_cast<char*>(name), mutable_text(value));
}

double largest(const std::vector<double>& values) {
  double m = 0;
  for (const double v : values) {
    if (std::isfinite(v) && v > m) m = v;
  }
  return m;
}

// `colour` mixed with white: `share` of the colour is kept.
Rgb tint(Rgb colour, double share) {
  const auto mix = [share](std::uint8_t c) {
    return static_cast<std::uint8_t>(std::lround(share * c + (1 - share) * 255.0));
  };
  return {mix(colour.r), mix(colour.g), mix(colour.b)};
}

constexpr Rgb kNeutral{0x99, 0x99, 0x99};

void set_graph_attributes(Agraph_t* g, const Diagram& d, LayoutEngine engine, const DiagramLayout& layout,
                          const Style& style) {
  set_default(g, AGRAPH, "fontname", kFont);
  set_default(g, AGRAPH, "bgcolor", "white");
  set_default(g, AGRAPH, "pad", "0.3");
  set_default(g, AGRAPH, "outputorder", "edgesfirst");
  const std::string heading = diagram_label_html(d);
  if (!heading.empty()) {
    char* html = agstrdup_html(g, mutable_text(heading));
    agattr(g, AGRAPH, const_cast<char*>("label"), html);
    agstrfree(g, html);
    set_default(g, AGRAPH, "labelloc", "t");
    set_default(g, AGRAPH, "labeljust", "l");
  }
  switch (engine) {
    case LayoutEngine::Dot:
      set_default(g, AGRAPH, "rankdir", "LR");
      set_default(g, AGRAPH, "ranksep", "2.5");
      set_default(g, AGRAPH, "nodesep", "0.08");
      break;
    case LayoutEngine::Neato:
      set_default(g, AGRAPH, "start", std::to_string(layout.seed));
      set_default(g, AGRAPH, "splines", "true");
      if (style.roomy) {
        // Room between the few nodes for the numbers on the lines: an edge's natural length is
        // 3.5 times the largest node, and overlaps are removed by scaling the layout up (prism,
        // the default, also shrinks it until nodes touch, which packs the numbers together).
        set_default(g, AGRAPH, "overlap", "scale");
        set_default(g, AGRAPH, "sep", "+12");
        set_default(g, AGRAPH, "esep", "+8");
        set_default(g, AGEDGE, "len", fixed(std::max(1.0, 3.5 * style.max_node), 2));
      } else {
        set_default(g, AGRAPH, "overlap", "prism");
        set_default(g, AGRAPH, "sep", "+6");
        set_default(g, AGRAPH, "esep", "+4");
      }
      break;
    case LayoutEngine::Sfdp:
      set_default(g, AGRAPH, "start", std::to_string(layout.seed));
      set_default(g, AGRAPH, "overlap", "prism");
      set_default(g, AGRAPH, "splines", "false");
      break;
  }
  set_default(g, AGNODE, "fontname", kFont);
  set_default(g, AGEDGE, "fontname", kFont);
}

void add_node(Agnode_t* n, const DiagramNode& node, double diameter, bool boxed, const Style& s) {
  const Rgb colour = node.group == kNoGroup ? kNeutral : categorical(node.group);
  const bool unknown = std::isnan(node.size);
  std::vector<std::string> lines;
  if (!node.label.empty()) lines.push_back(node.label);
  if (!node.size_text.empty() && !lines.empty()) lines.push_back(node.size_text);
  const bool labelled = !lines.empty();
  // Labelled nodes: a light tint under black text, the group's colour as a thick outline.
  set(n, "fillcolor", to_hex(labelled ? tint(colour, 0.35) : colour));
  set(n, "color", node.highlighted ? "black" : to_hex(colour));
  set(n, "penwidth", labelled ? "2.5" : node.highlighted ? "1.2" : "0");
  set(n, "fontsize", fixed(s.node_font, 0));
  set(n, "label", label_lines(lines));
  if (boxed) {
    // Two-column diagrams: labelled boxes, sized by their text.
    set(n, "shape", node.highlighted ? "doubleoctagon" : "box");
    set(n, "style", unknown ? "rounded,filled,dashed" : "rounded,filled");
  } else {
    // A diamond of width w has area w^2 / 2 against pi w^2 / 4 for a circle: widen it to keep areas.
    const double width = node.highlighted ? diameter * std::sqrt(std::numbers::pi / 2.0) : diameter;
    set(n, "shape", node.highlighted ? "diamond" : "circle");
    set(n, "style", unknown ? "filled,dashed" : "filled");
    if (node.highlighted) set(n, "peripheries", "2");
    // "shape": the circle keeps its size (its area is the figure) while the label may overflow it;
    // the layout still keeps labels clear of other nodes.
    set(n, "fixedsize", labelled ? "shape" : "true");
    set(n, "width", fixed(width, 3));
    set(n, "height", fixed(width, 3));
  }
  set(n, "tooltip", tooltip_text(node.tooltip.empty() ? lines : std::vector<std::string>{node.tooltip}));
}

void add_edge(Agraph_t* g, Agedge_t* e, const DiagramEdge& edge, double max_weight, const Style& s) {
  double pen = s.min_pen;
  if (!edge.suppressed && max_weight > 0 && std::isfinite(edge.weight)) {
    pen = s.min_pen + (s.max_pen - s.min_pen) * std::max(0.0, edge.weight) / max_weight;
  }
  set(e, "penwidth", fixed(edge.suppressed ? s.min_pen * 0.75 : pen, 2));
  set(e, "color", (edge.group ? to_hex(categorical(*edge.group)) : std::string("#4d4d4d")) + s.edge_alpha);
  set(e, "style", edge.suppressed ? "dashed" : "solid");
  set(e, "fontsize", fixed(s.edge_font, 0));
  if (edge.label.empty()) {
    set(e, "label", "");
  } else if (s.boxed_edge_labels) {
    set_html(g, e, "label", "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" BGCOLOR=\"white\"><TR><TD>" +
                                html_text(edge.label) + "</TD></TR></TABLE>");
  } else {
    set(e, "label", label_text(edge.label));
  }
  set(e, "tooltip", tooltip_text({edge.tooltip.empty() ? edge.label : edge.tooltip}));
}

void build(GraphvizGraph& graph, const Diagram& d, LayoutEngine engine, const DiagramLayout& layout) {
  Agraph_t* g = graph.get();
  const Style s = style_for(d.nodes.size(), d.edges.size(), layout);
  set_graph_attributes(g, d, engine, layout, s);
  std::vector<double> sizes, weights;
  for (const auto& n : d.nodes) sizes.push_back(n.size);
  for (const auto& e : d.edges) weights.push_back(e.suppressed ? 0.0 : e.weight);
  const double max_size = largest(sizes);
  const double max_weight = largest(weights);
  const bool boxed = engine == LayoutEngine::Dot;

  std::vector<Agnode_t*> nodes;
  nodes.reserve(d.nodes.size());
  for (const auto& node : d.nodes) {
    if (agnode(g, mutable_text(node.id), 0) != nullptr) throw std::invalid_argument("diagram: node id '" + node.id + "' twice");
    Agnode_t* n = agnode(g, mutable_text(node.id), 1);
    double diameter = s.min_node;
    if (std::isfinite(node.size) && node.size > 0 && max_size > 0) {
      diameter = std::max(s.min_node, s.max_node * std::sqrt(node.size / max_size));
    }
    add_node(n, node, diameter, boxed, s);
    nodes.push_back(n);
  }
  if (boxed) {
    // Ranked nodes in two columns: rank 0 on the left (rank=min), 1 on the right (rank=max).
    // The shorter column's boxes are made taller, so that it spans about as much as the other
    // (8 authorities beside 50 networks) instead of bunching in the middle.
    std::size_t count[2] = {0, 0};
    for (const auto& node : d.nodes) {
      if (node.rank == 0 || node.rank == 1) ++count[*node.rank];
    }
    constexpr double kBoxInches = 0.55;  // a box of two lines with the gap below it
    for (const int rank : {0, 1}) {
      Agraph_t* column = agsubg(g, mutable_text("rank" + std::to_string(rank)), 1);
      set(column, "rank", rank == 0 ? "min" : "max");
      const std::size_t here = count[rank], there = count[1 - rank];
      const double height = here > 0 ? 0.7 * kBoxInches * static_cast<double>(there) / static_cast<double>(here) : 0;
      for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        if (d.nodes[i].rank != rank) continue;
        agsubnode(column, nodes[i], 1);
        if (height > 2 * kBoxInches) set(nodes[i], "height", fixed(height, 2));
      }
    }
  }
  // One line per pair of nodes: Graphviz 2.42 routes parallel edges with neato's multi-spline
  // router, which writes past its buffer (valgrind: makeMultiSpline after mkRouter), and a line
  // from a node to itself means nothing here.
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& edge : d.edges) {
    if (edge.a >= nodes.size() || edge.b >= nodes.size()) {
      throw std::invalid_argument("diagram: an edge names node " + std::to_string(std::max(edge.a, edge.b)) +
                                  " of " + std::to_string(nodes.size()));
    }
    if (edge.a == edge.b) throw std::invalid_argument("diagram: an edge from node '" + d.nodes[edge.a].id + "' to itself");
    if (!pairs.emplace(std::min(edge.a, edge.b), std::max(edge.a, edge.b)).second) {
      throw std::invalid_argument("diagram: two edges between '" + d.nodes[edge.a].id + "' and '" + d.nodes[edge.b].id + "'");
    }
    add_edge(g, agedge(g, nodes[edge.a], nodes[edge.b], nullptr, 1), edge, max_weight, s);
  }
}

// Cairo 1.16 stamps a PDF with the time it was written (/CreationDate (D:YYYYMMDDHHmmSSZ)), and
// has no SOURCE_DATE_EPOCH: the 14 digits are overwritten with 1970-01-01 00:00:00, the same
// length, so the cross-reference offsets stay right and two renders are byte-identical.
void fix_pdf_date(std::string& pdf) {
  constexpr std::string_view kKey = "/CreationDate (D:";
  const std::size_t at = pdf.find(kKey);
  if (at == std::string::npos) return;
  const std::size_t digits = at + kKey.size();
  constexpr std::string_view kEpoch = "19700101000000";
  if (pdf.size() < digits + kEpoch.size()) return;
  for (std::size_t i = 0; i < kEpoch.size(); ++i) {
    if (pdf[digits + i] < '0' || pdf[digits + i] > '9') return;
  }
  pdf.replace(digits, kEpoch.size(), kEpoch);
}

std::string_view render_format(DiagramFormat format) {
  // The cairo plugins for bitmaps and PDF (anti-aliased, the fonts through pango).
  switch (format) {
    case DiagramFormat::Png: return "png:cairo";
    case DiagramFormat::Pdf: return "pdf:cairo";
    case DiagramFormat::Svg: return "svg";
    case DiagramFormat::Dot: return "dot";
  }
  return "svg";
}

}  // namespace

std::string_view layout_engine_name(LayoutEngine engine) {
  switch (engine) {
    case LayoutEngine::Dot: return "dot";
    case LayoutEngine::Neato: return "neato";
    case LayoutEngine::Sfdp: return "sfdp";
  }
  return "neato";
}

std::string_view diagram_format_name(DiagramFormat format) {
  switch (format) {
    case DiagramFormat::Dot: return "dot";
    case DiagramFormat::Svg: return "svg";
    case DiagramFormat::Png: return "png";
    case DiagramFormat::Pdf: return "pdf";
  }
  return "svg";
}

LayoutEngine choose_layout(std::size_t nodes, std::size_t edges, bool ranked) {
  if (ranked) return LayoutEngine::Dot;
  if (nodes <= kNeatoMaxNodes && edges <= kNeatoMaxEdges) return LayoutEngine::Neato;
  return LayoutEngine::Sfdp;
}

LayoutEngine choose_layout(const Diagram& d) {
  const bool ranked = std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.rank.has_value(); });
  return choose_layout(d.nodes.size(), d.edges.size(), ranked);
}

std::string diagram_dot(const Diagram& d, const DiagramLayout& layout) {
  GraphvizSession session;
  GraphvizGraph graph(session, d.title, d.directed);
  build(graph, d, layout.engine.value_or(choose_layout(d)), layout);
  return graph.dot();
}

void render_diagram(const Diagram& d, DiagramFormat format, std::ostream& out, const DiagramLayout& layout) {
  if (format == DiagramFormat::Dot) {
    out << diagram_dot(d, layout);
    return;
  }
  const LayoutEngine engine = layout.engine.value_or(choose_layout(d));
  GraphvizSession session;
  GraphvizGraph graph(session, d.title, d.directed);
  build(graph, d, engine, layout);
  if (format == DiagramFormat::Png) set_default(graph.get(), AGRAPH, "dpi", fixed(layout.dpi, 0));
  const std::string engine_name(layout_engine_name(engine));
  const std::string format_name(render_format(format));
  const bool labelled = std::any_of(d.edges.begin(), d.edges.end(), [](const DiagramEdge& e) { return !e.label.empty(); });
  std::string bytes;
  if (labelled && engine == LayoutEngine::Neato) {
    bytes = render_with_labels_on_top(session, graph, engine_name, format_name);
  } else {
    GraphvizLayout laid_out(session, graph, engine_name);
    bytes = laid_out.render(format_name);
  }
  if (format == DiagramFormat::Pdf) fix_pdf_date(bytes);
  out << bytes;
}

}  // namespace reticulist::viz

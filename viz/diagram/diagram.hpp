#pragma once
// A diagram as Reticulist draws it, whatever it shows (authorities, networks, people): a neutral
// model the builders fill (authorities_diagram.hpp, network_diagrams.hpp, people_diagrams.hpp)
// and one renderer through Graphviz.
//
// Reading a diagram: a circle's AREA is proportional to its size value (so a group twice as
// large looks twice as large, not four times); a line's width grows linearly with its weight;
// colour is a group (Okabe-Ito categories: viz/figure/palette.hpp), drawn as a light tint with a
// coloured outline where the node carries a label (black text reads on it) and solid where it does
// not; a highlighted node is a diamond with a black double outline. Labels sit inside their node
// and may overflow it; the layout keeps them clear of other nodes. A node or tie whose number was suppressed by disclosure
// control shows "[c]" and is drawn dashed (thin, for a tie): its size is never drawn to scale,
// which would give the number away. The title, subtitle, legend and footnote are drawn above the
// picture (an HTML-like graph label), so a PNG on its own explains itself.
//
// Output is deterministic: nodes in model order, edges grouped by their first node (in model
// order, then in model order within a node: cgraph's agwrite order), numbers in fixed notation
// independent of the locale, and the layout seeded (neato/sfdp start=<seed>).
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::viz {

// A node in no colour group: drawn light grey and left out of the legend (the networks of a
// two-column diagram whose other column is coloured).
inline constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);

struct DiagramNode {
  std::string id;       // unique within the diagram: the DOT node name
  std::string label;    // drawn on the node, lines split at '\n'; may be empty (large diagrams)
  // Area proportional; NaN: unknown or suppressed (drawn at the smallest size, dashed).
  double size = 1.0;
  std::string size_text;     // the size as people read it ("311 practitioners", "[c]"), under the label
  std::size_t group = 0;     // colour: categorical(group), or kNoGroup
  bool highlighted = false;  // e.g. a reticulist
  std::string tooltip;       // SVG hover text; empty: the label
  std::optional<int> rank;   // bipartite diagrams: 0 for the left column, 1 for the right
};

struct DiagramEdge {
  std::size_t a = 0;  // node indices
  std::size_t b = 0;
  double weight = 1.0;      // line width grows with it; ignored when suppressed
  std::string label;        // drawn on the line; may be empty
  bool suppressed = false;  // drawn thin and dashed; label should be "[c]"
  std::string tooltip;      // SVG hover text; empty: the label
  std::optional<std::size_t> group;  // colour the line as this group (categorical); nullopt: grey
};

struct DiagramLegend {
  // The names of the colour groups (group i is categorical(i)). Leave empty where every node is
  // labelled with its own group.
  std::vector<std::string> groups;
  std::string size_meaning;       // "circle area: practitioners engaged"
  std::string width_meaning;      // "line width and number: co-attendance ties"
  std::string highlight_meaning;  // "a reticulist (nodes.csv)"; empty: none highlighted
  std::string suppressed_meaning; // shown only where something is suppressed
};

struct Diagram {
  std::string title;
  std::string subtitle;
  std::string footnote;  // e.g. the backbone rule; printed under the legend
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  DiagramLegend legend;
  bool directed = false;
};

enum class LayoutEngine : std::uint8_t { Dot, Neato, Sfdp };
// "dot", "neato", "sfdp": Graphviz's names.
std::string_view layout_engine_name(LayoutEngine engine);

// The layout for a diagram of this size (thresholds in diagram.cpp): dot where nodes have ranks
// (two columns), neato for small graphs, sfdp for large ones.
LayoutEngine choose_layout(std::size_t nodes, std::size_t edges, bool ranked);
LayoutEngine choose_layout(const Diagram& diagram);

struct DiagramLayout {
  std::optional<LayoutEngine> engine;  // nullopt: choose_layout
  std::uint64_t seed = 1;              // neato and sfdp start=<seed>; dot needs none
  // Diameter of the largest node in inches; nullopt: by node count (diagram.cpp).
  std::optional<double> max_node_inches;
  double dpi = 96;  // PNG only
};

enum class DiagramFormat : std::uint8_t { Dot, Svg, Png, Pdf };
// "dot", "svg", "png", "pdf": also the file extension.
std::string_view diagram_format_name(DiagramFormat format);

// The diagram as DOT text, before layout (what `dot -Tsvg` would need to draw it).
std::string diagram_dot(const Diagram& diagram, const DiagramLayout& layout = {});

// Lays the diagram out and writes it in `format` (Dot: diagram_dot's text). Throws BackendError
// when Graphviz fails, and std::invalid_argument (diagram_dot too) for an edge naming a node that
// does not exist, a node id given twice, an edge from a node to itself or two edges between the
// same two nodes (one line per pair; Graphviz 2.42 overruns a buffer routing parallel edges).
void render_diagram(const Diagram& diagram, DiagramFormat format, std::ostream& out,
                    const DiagramLayout& layout = {});

}  // namespace reticulist::viz

#pragma once
// Numbers on lines that stay readable where many lines cross. Graphviz draws an edge's label with
// the edge, beside the middle of its line: every later line is drawn over it, and where a dozen
// lines cross a number sits nearer another line than its own. So a labelled diagram is laid out
// twice:
//   1. the chosen engine lays it out; each label's spot is the point halfway along its line (by
//      length), and attach_attrs writes every position into the graph's attributes;
//   2. the labels leave their edges and become nodes at those spots, and Graphviz's "nop2" engine
//      (neato -n2) keeps every node, line and the heading where step 1 put them.
// Nodes are drawn after all lines (outputorder=edgesfirst), so each number, on its white ground,
// sits on top of its own line, interrupting it, and of every other.
#include <string>
#include <vector>

struct Agraph_s;

namespace reticulist::viz {

class GraphvizSession;
class GraphvizGraph;

// Lays `graph` out with `engine`, moves its edge labels on top as above, and renders `format`.
std::string render_with_labels_on_top(GraphvizSession& session, GraphvizGraph& graph, const std::string& engine,
                                      const std::string& format);

}  // namespace reticulist::viz

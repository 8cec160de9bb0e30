#pragma once
// RAII over Graphviz's C API (cgraph + gvc 2.42), in the lifetime order of its demo
// (dot.demo/example.c): context -> graph -> layout -> render -> free layout -> close graph ->
// free context. Declare them in that order in one scope and C++ frees them in reverse:
//
//   GraphvizSession session;                       // lock, error channel, the context
//   GraphvizGraph graph(session, "name", false);   // agopen ... agclose
//   GraphvizLayout layout(session, graph, "neato"); // gvLayout ... gvFreeLayout
//   std::string svg = layout.render("svg");        // gvRenderData + gvFreeRenderData
//
// One exception to the demo's order: the context (gvContext) is made once per process and freed
// at exit, not per session. Graphviz 2.42's text layout plugin caches fonts in statics that point
// into a context, so a second context after a freed one read freed memory (graphviz_session.cpp).
//
// Graphviz is not thread-safe: the error channel, the attribute dictionaries and the plugin
// tables are process globals. A session holds one process-wide mutex from its first line to its
// last, so graphs are only built, laid out and rendered inside a session, one at a time. Never
// open a session inside another on one thread: the mutex is not recursive, it would deadlock.
//
// Errors: Graphviz reports through agerr, which prints to stderr unless a user function is set
// (agseterrf). The session installs one that keeps every message, and throws BackendError with the
// first error when a call fails; warnings are kept for the caller to log (warnings()).
// Graphviz types are only forward-declared here, so its headers stay inside viz/diagram.
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct GVC_s;
struct Agraph_s;

namespace reticulist::viz {

class GraphvizSession {
 public:
  GraphvizSession();
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  GVC_s* context() const { return context_; }
  // Throws BackendError "Graphviz: <what>: <first error message>" when Graphviz reported an error
  // since the session began (or since the last check), or when `failed` (a call's return code
  // said so) even without a message.
  void check(std::string_view what, bool failed = false);
  // Warnings Graphviz printed so far ("Warning: ..." lines without the prefix), in order.
  std::vector<std::string> warnings() const;

 private:
  std::unique_lock<std::mutex> lock_;
  GVC_s* context_ = nullptr;
};

class GraphvizGraph {
 public:
  // agopen with an in-memory output channel (so dot() needs no FILE).
  GraphvizGraph(GraphvizSession& session, const std::string& name, bool directed);
  ~GraphvizGraph();
  GraphvizGraph(const GraphvizGraph&) = delete;
  GraphvizGraph& operator=(const GraphvizGraph&) = delete;

  Agraph_s* get() const { return graph_; }
  // The graph as DOT text (agwrite): with layout attributes once a layout wrote them.
  std::string dot() const;

 private:
  GraphvizSession& session_;
  Agraph_s* graph_ = nullptr;
};

class GraphvizLayout {
 public:
  // gvLayout with `engine` ("dot", "neato", "sfdp", ...); throws BackendError when it fails.
  GraphvizLayout(GraphvizSession& session, GraphvizGraph& graph, const std::string& engine);
  ~GraphvizLayout();
  GraphvizLayout(const GraphvizLayout&) = delete;
  GraphvizLayout& operator=(const GraphvizLayout&) = delete;

  // gvRenderData in `format` ("svg", "png", "pdf", "dot"): the bytes of the picture.
  std::string render(const std::string& format) const;

 private:
  GraphvizSession& session_;
  GraphvizGraph& graph_;
};

}  // namespace reticulist::viz

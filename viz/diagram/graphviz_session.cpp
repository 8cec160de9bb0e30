#include "viz/diagram/graphviz_session.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <memory>

#include "engine/c_rand.hpp"
#include "engine/error.hpp"

namespace reticulist::viz {
namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// What agerr sent to the user function while a session held the lock. Graphviz calls it in
// pieces ("Error", ": ", "message\n"; a continuation line comes alone), so the text is kept whole
// and cut into lines when read.
struct ErrorChannel {
  std::string text;
  std::size_t checked = 0;  // text before this offset was already reported by check()
  agusererrf previous = nullptr;
};

ErrorChannel& channel() {
  static ErrorChannel c;
  return c;
}

int record(char* piece) {
  channel().text += piece;
  return 0;
}

std::vector<std::string> lines_with_prefix(std::string_view text, std::string_view prefix) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (line.starts_with(prefix)) out.emplace_back(line.substr(prefix.size()));
    start = end + 1;
  }
  return out;
}

// agwrite's output channel: `chan` is the std::string being filled. The discipline must outlive
// every graph opened with it (agopen keeps the pointer), hence static storage.
int put_string(void* chan, const char* text) {
  static_cast<std::string*>(chan)->append(text);
  return 0;
}
int flush_nothing(void*) { return 0; }

Agdisc_t* string_discipline() {
  static Agiodisc_t io{AgIoDisc.afread, put_string, flush_nothing};
  static Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
  return &disc;
}

// The one context of the process, created on first use (under the lock) and freed at exit.
// Graphviz 2.42's pango plugin keeps the last font it measured in statics that point into the
// context's font table: after gvFreeContext, the next context's first text measurement compares
// against freed memory (valgrind: strcmp in libgvplugin_pango on a block gvFreeContext freed),
// which corrupted the heap when tests rendered one diagram after another.
struct SharedContext {
  GVC_t* gvc = nullptr;
  ~SharedContext() {
    if (gvc != nullptr) gvFreeContext(gvc);
  }
};

GVC_t* shared_context() {
  static SharedContext context;
  if (context.gvc == nullptr) context.gvc = gvContext();
  return context.gvc;
}

}  // namespace

GraphvizSession::GraphvizSession() : lock_(graphviz_mutex()) {
  auto& c = channel();
  c.text.clear();
  c.checked = 0;
  c.previous = agseterrf(record);
  agreseterrors();
  context_ = shared_context();
  if (context_ == nullptr) {
    agseterrf(c.previous);
    throw BackendError("Graphviz: could not create a context (gvContext)");
  }
}

GraphvizSession::~GraphvizSession() { agseterrf(channel().previous); }

void GraphvizSession::check(std::string_view what, bool failed) {
  auto& c = channel();
  const auto errors = lines_with_prefix(std::string_view(c.text).substr(c.checked), "Error: ");
  c.checked = c.text.size();
  if (errors.empty() && !failed) return;
  agreseterrors();
  std::string message = "Graphviz: " + std::string(what);
  if (!errors.empty()) message += ": " + errors.front();
  throw BackendError(message);
}

std::vector<std::string> GraphvizSession::warnings() const {
  return lines_with_prefix(channel().text, "Warning: ");
}

GraphvizGraph::GraphvizGraph(GraphvizSession& session, const std::string& name, bool directed)
    : session_(session) {
  // agopen copies the name; its parameter is not const in 2.42.
  std::string copy = name;
  graph_ = agopen(copy.data(), directed ? Agdirected : Agundirected, string_discipline());
  if (graph_ == nullptr) session_.check("could not open a graph (agopen)", true);
}

GraphvizGraph::~GraphvizGraph() { agclose(graph_); }

std::string GraphvizGraph::dot() const {
  std::string out;
  const int rc = agwrite(graph_, &out);
  session_.check("could not write the graph (agwrite)", rc == EOF);
  return out;
}

GraphvizLayout::GraphvizLayout(GraphvizSession& session, GraphvizGraph& graph, const std::string& engine)
    : session_(session), graph_(graph) {
  // Graphviz 2.42's sfdp draws from the C library's rand() besides the generator its start=<seed>
  // seeds, so a second layout in one process differed from the first (checked: the first equals
  // `sfdp` run on the DOT text, later ones do not). Reseeding to a fresh process's state before
  // every layout makes each one that of a fresh process. The session's lock keeps other layouts
  // out; c_rand_mutex keeps out libxlsxwriter, which reseeds rand() (a workbook written beside
  // the figures).
  int rc = 0;
  {
    const std::lock_guard rand_state(c_rand_mutex());
    std::srand(1);
    rc = gvLayout(session_.context(), graph_.get(), engine.c_str());
  }
  try {
    session_.check("layout with " + engine + " failed", rc != 0);
  } catch (...) {
    gvFreeLayout(session_.context(), graph_.get());  // what a failed layout may have set up
    throw;
  }
}

GraphvizLayout::~GraphvizLayout() { gvFreeLayout(session_.context(), graph_.get()); }

std::string GraphvizLayout::render(const std::string& format) const {
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(session_.context(), graph_.get(), format.c_str(), &data, &length);
  const std::unique_ptr<char, void (*)(char*)> owned(data, gvFreeRenderData);
  session_.check("rendering as " + format + " failed", rc != 0 || data == nullptr);
  return std::string(data, length);
}

}  // namespace reticulist::viz

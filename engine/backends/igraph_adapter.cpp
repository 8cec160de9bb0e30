#include "engine/backends/igraph_adapter.hpp"

#include <mutex>
#include <new>

#include "engine/error.hpp"

namespace reticulist::backends {
namespace {

thread_local std::string first_reason;

void record_first_reason(const char* reason, const char* file, int line, igraph_error_t) {
  if (first_reason.empty()) first_reason = std::string(reason) + " (" + file + ":" + std::to_string(line) + ")";
}

}  // namespace

void install_igraph_error_handler() {
  static std::once_flag once;
  std::call_once(once, [] { igraph_set_error_handler(record_first_reason); });
}

void check(igraph_error_t code, const char* what) {
  if (code == IGRAPH_SUCCESS) {
    first_reason.clear();
    return;
  }
  std::string reason = first_reason.empty() ? igraph_strerror(code) : first_reason;
  first_reason.clear();
  // Out of memory is not igraph's failure: the CLI reports it as such (with --memory-limit's size).
  if (code == IGRAPH_ENOMEM) throw std::bad_alloc();
  throw BackendError(std::string("igraph: ") + what + ": " + reason);
}

IgraphGraph::IgraphGraph(const graph::Graph& g) {
  install_igraph_error_handler();
  igraph_vector_int_t edges;
  check(igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * g.edge_count())), "allocating edges");
  check(igraph_vector_init(&weights_, static_cast<igraph_integer_t>(g.edge_count())), "allocating weights");
  igraph_integer_t i = 0;
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    VECTOR(edges)[2 * i] = u;
    VECTOR(edges)[2 * i + 1] = v;
    VECTOR(weights_)[i] = w;
    ++i;
  });
  const igraph_error_t code = igraph_create(&graph_, &edges, g.vertex_count(), IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&edges);
  if (code != IGRAPH_SUCCESS) igraph_vector_destroy(&weights_);
  check(code, "creating the graph");
}

IgraphGraph::~IgraphGraph() {
  igraph_destroy(&graph_);
  igraph_vector_destroy(&weights_);
}

}  // namespace reticulist::backends

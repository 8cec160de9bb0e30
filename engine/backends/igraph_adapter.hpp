#pragma once
// The thin adapter to igraph (C, 0.10): one igraph_create from our CSR, owned RAII-style.
// Vertex ids are ours (0..n-1); edge i of igraph is the i-th edge of Graph::for_each_edge, and
// weights() holds their weights in that order. Include only from metric .cpp files.
//
// igraph reports errors through a handler; ours records the *first* reason of an unwinding
// (the handler is called once per level, the last message is useless) and returns, and
// `check()` throws BackendError at the call site. Exceptions never cross C frames.
#include <igraph/igraph.h>

#include <string>

#include "engine/graph/graph.hpp"

namespace reticulist::backends {

class IgraphGraph {
 public:
  explicit IgraphGraph(const graph::Graph& g);
  ~IgraphGraph();
  IgraphGraph(const IgraphGraph&) = delete;
  IgraphGraph& operator=(const IgraphGraph&) = delete;

  const igraph_t* get() const { return &graph_; }
  const igraph_vector_t* weights() const { return &weights_; }

 private:
  igraph_t graph_;
  igraph_vector_t weights_;
};

// Throws BackendError "igraph: <what>: <first reason>" when `code` is not IGRAPH_SUCCESS.
void check(igraph_error_t code, const char* what);

// Installs the error handler (idempotent); IgraphGraph calls it.
void install_igraph_error_handler();

}  // namespace reticulist::backends

#pragma once
// The thin adapter to Boost.Graph: a compressed_sparse_row_graph over our vertices, holding
// both arcs of every undirected edge (Boost's CSR is directed). Algorithms that count paths
// therefore see each undirected path twice: Brandes betweenness on it is exactly twice the
// undirected value (halve it; tests/unit/backends pin this). Include only from metric .cpp files:
// one Boost TU costs seconds to compile.
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "engine/graph/graph.hpp"

namespace reticulist::backends {

struct BoostEdgeWeight {
  double weight = 1.0;
};

using BoostGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, BoostEdgeWeight,
                                                      boost::no_property, graph::Vertex, std::uint64_t>;

BoostGraph to_boost(const graph::Graph& g);

}  // namespace reticulist::backends

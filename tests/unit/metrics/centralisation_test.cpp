// Freeman degree centralisation.
#include <catch2/catch.hpp>

#include "engine/graph/graph.hpp"
#include "engine/metrics/centralisation.hpp"

namespace g = reticulist::graph;
namespace mt = reticulist::metrics;

TEST_CASE("Degree centralisation: star 1, cycle 0, path and isolates by hand", "[metrics][centralisation]") {
  //   star  1-0-2, 0-3        degrees 3,1,1,1: sum (3-d) = 0+2+2+2 = 6; (n-1)(n-2) = 6 -> 1
  const std::vector<g::Edge> star{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}};
  CHECK(mt::degree_centralisation(g::graph_from_edges(4, star)) == Approx(1.0));
  //   cycle 0-1-2-3-0          all degree 2 -> 0
  const std::vector<g::Edge> cycle{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}};
  CHECK(mt::degree_centralisation(g::graph_from_edges(4, cycle)) == 0.0);
  //   path 0-1-2-3 plus isolate 4: degrees 1,2,2,1,0: sum (2-d) = 1+0+0+1+2 = 4; 4*3 = 12 -> 1/3
  const std::vector<g::Edge> path{{0, 1, 5}, {1, 2, 1}, {2, 3, 1}};
  CHECK(mt::degree_centralisation(g::graph_from_edges(5, path)) == Approx(1.0 / 3.0));
  //   weights, loops and duplicate ties do not count: the star again
  const std::vector<g::Edge> noisy{{0, 1, 2}, {1, 0, 1}, {0, 2, 1}, {0, 3, 1}, {2, 2, 1}};
  CHECK(mt::degree_centralisation(g::graph_from_edges(4, noisy)) == Approx(1.0));
}

TEST_CASE("Degree centralisation is NA below three vertices", "[metrics][centralisation]") {
  CHECK_FALSE(mt::degree_centralisation(g::Graph{}).has_value());
  const std::vector<g::Edge> one{{0, 1, 1}};
  CHECK_FALSE(mt::degree_centralisation(g::graph_from_edges(2, one)).has_value());
  //   three isolates: all degree 0 -> 0, defined
  CHECK(mt::degree_centralisation(g::graph_from_edges(3, {})) == 0.0);
}

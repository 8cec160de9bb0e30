// The reticulist rule: which condition flags whom, at the edges of each threshold.
#include <catch2/catch.hpp>

#include "engine/metrics/reticulist_rule.hpp"


TEST_CASE("Reticulist rule: spanner needs networks and spread ties together; broker needs both halves",
          "[analysis][reticulist]") {
  const reticulist::metrics::ReticulistRule rule;  // 0.5 participation, 5 ties, 3 networks, top 5%
  //                       participation  degree  networks  top betweenness  cross-group brokerage
  CHECK(reticulist::metrics::reticulist_reasons({0.5, 5, 3, false, 0}, rule) == "spanner");
  CHECK(reticulist::metrics::reticulist_reasons({0.49, 5, 3, false, 0}, rule).empty());  // ties in one authority mostly
  CHECK(reticulist::metrics::reticulist_reasons({0.9, 4, 3, false, 0}, rule).empty());   // too few ties
  CHECK(reticulist::metrics::reticulist_reasons({0.9, 9, 2, false, 0}, rule).empty());   // too few networks
  CHECK(reticulist::metrics::reticulist_reasons({std::nullopt, 0, 5, false, 0}, rule).empty());  // isolate: NA participation
  CHECK(reticulist::metrics::reticulist_reasons({0.1, 2, 1, true, 4}, rule) == "broker");
  CHECK(reticulist::metrics::reticulist_reasons({0.1, 2, 1, true, 0}, rule).empty());    // brokers only within groups
  CHECK(reticulist::metrics::reticulist_reasons({0.7, 8, 4, true, 1}, rule) == "spanner;broker");
  reticulist::metrics::ReticulistRule loose = rule;
  loose.min_networks = 1;
  CHECK(reticulist::metrics::reticulist_reasons({0.9, 9, 1, false, 0}, loose) == "spanner");
}

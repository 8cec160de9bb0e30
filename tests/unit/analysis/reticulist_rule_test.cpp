// The reticulist rule: which condition flags whom, at the edges of each threshold.
#include <catch2/catch.hpp>

#include "engine/analysis/reticulist_rule.hpp"

namespace a = reticulist::analysis;

TEST_CASE("Reticulist rule: spanner needs networks and spread ties together; broker needs both halves",
          "[analysis][reticulist]") {
  const a::ReticulistRule rule;  // 0.5 participation, 5 ties, 3 networks, top 5%
  //                       participation  degree  networks  top betweenness  cross-group brokerage
  CHECK(a::reticulist_reasons({0.5, 5, 3, false, 0}, rule) == "spanner");
  CHECK(a::reticulist_reasons({0.49, 5, 3, false, 0}, rule).empty());  // ties in one authority mostly
  CHECK(a::reticulist_reasons({0.9, 4, 3, false, 0}, rule).empty());   // too few ties
  CHECK(a::reticulist_reasons({0.9, 9, 2, false, 0}, rule).empty());   // too few networks
  CHECK(a::reticulist_reasons({std::nullopt, 0, 5, false, 0}, rule).empty());  // isolate: NA participation
  CHECK(a::reticulist_reasons({0.1, 2, 1, true, 4}, rule) == "broker");
  CHECK(a::reticulist_reasons({0.1, 2, 1, true, 0}, rule).empty());    // brokers only within groups
  CHECK(a::reticulist_reasons({0.7, 8, 4, true, 1}, rule) == "spanner;broker");
  a::ReticulistRule loose = rule;
  loose.min_networks = 1;
  CHECK(a::reticulist_reasons({0.9, 9, 1, false, 0}, loose) == "spanner");
}

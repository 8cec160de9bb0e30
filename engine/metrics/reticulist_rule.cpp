#include "engine/metrics/reticulist_rule.hpp"

namespace reticulist::metrics {

std::string reticulist_reasons(const ReticulistFacts& facts, const ReticulistRule& rule) {
  std::string out;
  const auto add = [&out](const char* reason) {
    if (!out.empty()) out += ';';
    out += reason;
  };
  const bool spreads = facts.participation && *facts.participation >= rule.min_participation &&
                       facts.degree >= rule.min_degree;
  if (spreads && facts.networks >= rule.min_networks) add("spanner");
  if (facts.in_top_betweenness && facts.cross_group_brokerage > 0) add("broker");
  return out;
}

}  // namespace reticulist::metrics

#pragma once
// Who is flagged a reticulist: a transparent rule over a practitioner's measures in one period,
// every threshold an option, and the output says which condition flagged each person.
//
// The evaluators of the West Partnership describe reticulists as the people who span
// authorities *and* networks, and who hold the partnership together. Two conditions, either of
// which flags:
//   spanner  they have records in at least min_networks networks in the period (default 3: most
//            practitioners are in one) and their co-attendance ties are spread over authorities:
//            participation coefficient over authorities >= min_participation (default 0.5: no
//            single authority holds more than about 70% of their ties) with at least min_degree
//            ties (default 5, so that two ties to two authorities are not enough). Either half
//            alone is common where networks span every authority (on the sample data about
//            three practitioners in four meet the authority half); together they pick about one
//            in ten;
//   broker   their betweenness is in the top `top_betweenness_share` of the layer (default 5%)
//            and they broker between groups (Gould–Fernandez roles other than coordinator > 0):
//            they sit on the paths between otherwise distant people.
// The flag and the reasons ("spanner;broker") are columns of nodes.csv; every threshold is an
// option of `reticulist metrics`.
#include <cstdint>
#include <optional>
#include <string>

namespace reticulist::metrics {

struct ReticulistRule {
  double min_participation = 0.5;
  std::uint32_t min_degree = 5;
  std::uint32_t min_networks = 3;
  double top_betweenness_share = 0.05;
};

struct ReticulistFacts {
  std::optional<double> participation;  // over authorities; NA for isolates
  std::uint32_t degree = 0;
  std::uint32_t networks = 0;
  bool in_top_betweenness = false;
  double cross_group_brokerage = 0;  // itinerant + representative/gatekeeper + liaison
};

// The conditions met, joined by ';' in the order above; empty when none.
std::string reticulist_reasons(const ReticulistFacts& facts, const ReticulistRule& rule);

}  // namespace reticulist::metrics

// Cohort retention: the retention triangle of cohort analysis, one row per joining period.
//
//   C_t          = { i : t is the first period with i in M (the scope's member sets) }
//   retained(t,k) = |{ i in C_t : i in M_t+k }| / |C_t|,   k = 0, 1, ..., last - t
//
// "Present k periods later" means a member in period t + k, whether or not they were present
// in between (a returner counts again); k = 0 is 1 by construction and kept so the triangle is
// complete. An empty cohort has NA shares. The first period's cohort holds everyone already
// there when the data begin (their real joining may be earlier). Cells stop at `last`: a
// network's last running period, after which there is nobody to be present.
//
// Cost: O(S log S) for the scope's S memberships, plus O((last - first + 1)^2) cells.
#include "engine/metrics/cohorts.hpp"

#include <algorithm>
#include <utility>

namespace reticulist::metrics {

std::optional<double> CohortCell::share() const {
  if (size == 0) return std::nullopt;
  return static_cast<double>(present) / static_cast<double>(size);
}

std::vector<CohortCell> cohort_retention(const MemberSets& sets, std::uint32_t scope, std::uint32_t first,
                                         std::uint32_t last) {
  if (first == model::kNone || last == model::kNone || last < first || last >= sets.periods) return {};
  const std::uint32_t span = last - first + 1;
  std::vector<std::pair<model::PractitionerId, std::uint32_t>> member_periods;
  for (std::uint32_t t = first; t <= last; ++t) {
    for (auto p : sets.members(scope, t)) member_periods.emplace_back(p, t);
  }
  std::sort(member_periods.begin(), member_periods.end());
  std::vector<std::uint64_t> size(span, 0), present(std::size_t{span} * span, 0);  // present[c * span + k]
  for (std::size_t i = 0; i < member_periods.size();) {
    const std::uint32_t c = member_periods[i].second - first;
    ++size[c];
    std::size_t j = i;
    for (; j < member_periods.size() && member_periods[j].first == member_periods[i].first; ++j) {
      ++present[std::size_t{c} * span + (member_periods[j].second - first - c)];
    }
    i = j;
  }
  std::vector<CohortCell> out;
  for (std::uint32_t c = 0; c < span; ++c) {
    for (std::uint32_t k = 0; c + k < span; ++k) {
      out.push_back({first + c, k, size[c], present[std::size_t{c} * span + k]});
    }
  }
  return out;
}

}  // namespace reticulist::metrics

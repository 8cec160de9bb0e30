#pragma once
// Cohort retention: of the members who joined a scope in period t (their first period there),
// the share present k periods later. Conventions and costs in cohorts.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/metrics/churn.hpp"

namespace reticulist::metrics {

struct CohortCell {
  std::uint32_t cohort = 0;         // t: the period the cohort joined in
  std::uint32_t periods_later = 0;  // k: the cell is period t + k
  std::uint64_t size = 0;           // members whose first period in the scope is t
  std::uint64_t present = 0;        // of them, members in period t + k
  std::optional<double> share() const;  // present / size; NA for an empty cohort
};

// The triangle of one scope for the cohorts first..last and cells up to `last` (a network's
// running periods; 0 .. periods-1 for the partnership): cohort-major, k ascending, every cell
// present (empty cohorts included, with share NA).
std::vector<CohortCell> cohort_retention(const MemberSets& sets, std::uint32_t scope, std::uint32_t first,
                                         std::uint32_t last);

}  // namespace reticulist::metrics

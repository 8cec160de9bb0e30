#pragma once
// Under-engaged establishments in every period: never engaged, lapsed, or engaging at a rate below
// a percentile of their peers' (same sector and rate basis, in their authority and in the
// partnership), ranked within each authority. Definitions, default thresholds (with their
// reasoning) and costs are in under_engaged.cpp.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/metrics/engagement.hpp"

namespace reticulist::metrics {

struct UnderEngagedOptions {
  double percentile = 10.0;     // flag a rate below this percentile of the peers' (0 < p < 100)
  std::uint32_t min_peers = 5;  // no peer comparison with fewer peers than this
};

// Throws ConfigError "--percentile X: expected a number above 0 and below 100" (and the like for
// --min-peers 0).
void check_options(const UnderEngagedOptions& options);

enum class UnderEngagedReason : std::uint8_t { Never, Lapsed, LowRate };

// "never", "lapsed", "low_rate".
std::string_view reason_name(UnderEngagedReason reason);

// One comparison of an establishment's rate with its peers' in one scope (its authority, or
// the partnership).
struct PeerComparison {
  std::uint32_t peers = 0;           // other establishments of the scope, sector and rate basis engaged in the period
  std::optional<double> threshold;   // the peers' percentile; NA when peers < min_peers or no rate
  std::optional<bool> below;         // rate < threshold; NA without a threshold or when not engaged in the period
};

struct UnderEngaged {
  std::uint32_t period = 0;
  model::EstablishmentId establishment = 0;
  UnderEngagedReason reason = UnderEngagedReason::Never;
  std::optional<double> rate;  // the establishment's rate in the period (0 when not engaged)
  RateBasis basis = RateBasis::None;
  PeerComparison authority;    // same sector and basis, same authority
  PeerComparison partnership;  // same sector and basis, every authority of the data
  std::uint32_t rank = 0;      // 1, 2, ... within the period and authority, most under-engaged first
};

// The under-engaged establishments of the register in every period, ordered by period, then
// authority (by its position in ds.authorities), then rank. Establishments outside the register
// are never listed (they have no register figures and no peers). O(P E log E).
std::vector<UnderEngaged> under_engaged(const model::Dataset& ds, const Engagement& engagement,
                                        const UnderEngagedOptions& options);

}  // namespace reticulist::metrics

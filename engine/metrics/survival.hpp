#pragma once
// Tenure: membership spells and the Kaplan-Meier estimate of staying, with the median tenure and
// its Brookmeyer-Crowley confidence interval. Formulas, conventions and costs in survival.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/metrics/churn.hpp"

namespace reticulist::metrics {

// 1.959963984540054: the standard normal quantile for a two-sided 95% interval.
inline constexpr double kZ95 = 1.959963984540054;

// One spell: `periods` consecutive periods of membership, ended by the member's absence in the
// next period (`ended`), or right-censored (ended = false) because it reaches `censor_at`.
struct Spell {
  std::uint32_t periods = 0;
  bool ended = false;
};

// The spells of one scope: maximal runs of consecutive periods t with the practitioner in M_t.
// A spell whose last period is at or after `censor_at` is censored: the last observed period,
// or for a network the last period it runs. Order: by practitioner, then time.
std::vector<Spell> tenure_spells(const MemberSets& sets, std::uint32_t scope, std::uint32_t censor_at);

struct KaplanMeierStep {
  std::uint32_t time = 0;       // tenure in periods
  std::uint64_t at_risk = 0;    // n_i: spells lasting at least `time` periods
  std::uint64_t events = 0;     // d_i: spells that ended after exactly `time` periods
  std::uint64_t censored = 0;   // spells censored after exactly `time` periods
  double survival = 1.0;        // S(time): estimated share of spells lasting more than `time` periods
  std::optional<double> std_error;  // Greenwood; NA when S = 0
  std::optional<double> lower;      // pointwise log-log interval; NA when S = 0
  std::optional<double> upper;
};

struct KaplanMeier {
  std::vector<KaplanMeierStep> steps;  // one per distinct spell length, ascending
  std::uint64_t spells = 0;
  std::uint64_t events = 0;
  std::optional<double> median;        // NA: S never falls to 1/2 ("not reached")
  std::optional<double> median_lower;  // Brookmeyer-Crowley (as R survfit), log-log; NA: not reached
  std::optional<double> median_upper;  // NA: the upper limit curve never falls to 1/2 in the data
};

// `z`: the normal quantile of the two-sided interval (kZ95 for 95%).
KaplanMeier kaplan_meier(std::span<const Spell> spells, double z = kZ95);

}  // namespace reticulist::metrics

// Tenure in a network (or the partnership) as a survival problem, time counted in periods.
//
// Spells. A spell is a maximal run of consecutive periods in which the practitioner is a member
// (churn.hpp, M_t). It ends (the event) when the member is absent in the next period; it is
// right-censored when it reaches the last observed period, or the last period of a network that
// ends (networks.csv `ended`, or inferred: churn.cpp), since leaving cannot be seen there. A
// member who leaves and comes back has two spells. A spell that starts in the first period may
// have begun before the data: its length counts from the first period (left truncation is not
// corrected). A network's empty period ends every spell running into it.
//
// Kaplan-Meier (Kaplan & Meier 1958, JASA 53, 457-481), at the distinct spell lengths t_i with
// n_i spells at risk (length >= t_i) and d_i ended after exactly t_i periods:
//   S(t)   = prod_{t_i <= t} (1 - d_i / n_i)           share of spells lasting more than t periods
//   Var S  = S(t)^2 sum_{t_i <= t} d_i / (n_i (n_i - d_i))           (Greenwood 1926)
// Pointwise interval on the log-log scale (Kalbfleisch & Prentice 1980; SAS PROC LIFETEST's
// default CONFTYPE=LOGLOG, R survfit conf.type = "log-log"), with G = the Greenwood sum:
//   [S^exp(z sqrt(G) / |log S|), S^exp(-z sqrt(G) / |log S|)]
// S = 1 gives [1, 1]; S = 0 gives NA (as R), and NA standard error (G is infinite).
//
// Median tenure: the smallest event time t_j with S(t_j) < 1/2; when S = 1/2 exactly (within
// 1e-9) from event time t_j on, the midpoint of t_j and the next event time (or the longest spell
// when none follows), as R's quantile.survfit and SAS PROC LIFETEST. NA when S never falls to 1/2
// ("not reached").
// Its confidence interval is Brookmeyer & Crowley's (1982, Biometrics 38, 29-41) as R's survival
// package computes it (print.survfit, quantile.survfit): the same rule applied to the pointwise
// log-log limits, i.e. where the horizontal line at 1/2 meets the lower curve (the lower limit)
// and the upper curve (the upper limit); NA when a curve never falls to 1/2 (steps where S = 0,
// whose limits are NA, are passed over). SAS instead takes the event times whose log-log test of
// S(t) = 1/2 is not rejected; with time in whole periods, a large sample whose curve jumps across
// 1/2 in one step leaves that set empty, where R's rule gives [t, t]; otherwise the two agree on
// the examples of survival_test.cpp.
//
// Cost: tenure_spells O(S log S) for the scope's S memberships; kaplan_meier O(k log k) for k
// spells. No state; concurrent calls share nothing.
#include "engine/metrics/survival.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace reticulist::metrics {

std::vector<Spell> tenure_spells(const MemberSets& sets, std::uint32_t scope, std::uint32_t censor_at) {
  std::vector<std::pair<model::PractitionerId, std::uint32_t>> member_periods;
  for (std::uint32_t t = 0; t < sets.periods; ++t) {
    for (auto p : sets.members(scope, t)) member_periods.emplace_back(p, t);
  }
  std::sort(member_periods.begin(), member_periods.end());
  std::vector<Spell> out;
  for (std::size_t i = 0; i < member_periods.size();) {
    std::size_t j = i + 1;
    while (j < member_periods.size() && member_periods[j].first == member_periods[i].first &&
           member_periods[j].second == member_periods[j - 1].second + 1) {
      ++j;
    }
    const std::uint32_t last = member_periods[j - 1].second;
    out.push_back({static_cast<std::uint32_t>(j - i), last < censor_at});
    i = j;
  }
  return out;
}

namespace {

constexpr double kHalfTolerance = 1e-9;

// Where the curve `value` (S, or one of its limits; NA values passed over) first falls to 1/2:
// the first event time below 1/2, or the midpoint of an exact 1/2 and the next event time.
template <typename Value>
std::optional<double> half_time(const std::vector<KaplanMeierStep>& steps, const std::vector<std::size_t>& event_steps,
                                Value value) {
  for (std::size_t e = 0; e < event_steps.size(); ++e) {
    const auto& step = steps[event_steps[e]];
    const std::optional<double> v = value(step);
    if (!v) continue;
    if (std::abs(*v - 0.5) <= kHalfTolerance) {
      const double next = e + 1 < event_steps.size() ? steps[event_steps[e + 1]].time : steps.back().time;
      return (step.time + next) / 2.0;
    }
    if (*v < 0.5) return static_cast<double>(step.time);
  }
  return std::nullopt;
}

}  // namespace

KaplanMeier kaplan_meier(std::span<const Spell> spells, double z) {
  KaplanMeier km;
  km.spells = spells.size();
  std::vector<Spell> sorted(spells.begin(), spells.end());
  std::sort(sorted.begin(), sorted.end(), [](const Spell& a, const Spell& b) { return a.periods < b.periods; });
  std::uint64_t n = sorted.size();  // at risk
  double S = 1.0;
  double G = 0.0;  // Greenwood sum, +inf once every spell at risk has ended
  for (std::size_t i = 0; i < sorted.size();) {
    KaplanMeierStep step;
    step.time = sorted[i].periods;
    step.at_risk = n;
    for (; i < sorted.size() && sorted[i].periods == step.time; ++i) ++(sorted[i].ended ? step.events : step.censored);
    const auto d = static_cast<double>(step.events), ni = static_cast<double>(n);
    if (step.events > 0) {
      S *= 1.0 - d / ni;
      G = step.events < n ? G + d / (ni * (ni - d)) : std::numeric_limits<double>::infinity();
    }
    step.survival = S;
    if (S > 0.0) {
      step.std_error = S * std::sqrt(G);
      if (S >= 1.0) {
        step.lower = step.upper = 1.0;
      } else {
        const double w = z * std::sqrt(G) / std::abs(std::log(S));
        step.lower = std::pow(S, std::exp(w));
        step.upper = std::pow(S, std::exp(-w));
      }
    }
    km.events += step.events;
    n -= step.events + step.censored;
    km.steps.push_back(step);
  }

  // Event times only, for the median and its interval.
  std::vector<std::size_t> event_steps;
  for (std::size_t k = 0; k < km.steps.size(); ++k) {
    if (km.steps[k].events > 0) event_steps.push_back(k);
  }
  km.median = half_time(km.steps, event_steps, [](const KaplanMeierStep& s) { return std::optional<double>(s.survival); });
  km.median_lower = half_time(km.steps, event_steps, [](const KaplanMeierStep& s) { return s.lower; });
  km.median_upper = half_time(km.steps, event_steps, [](const KaplanMeierStep& s) { return s.upper; });
  return km;
}

}  // namespace reticulist::metrics

#include "network_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "det_math.hpp"
#include "distributions.hpp"

namespace reticulist::generate {
namespace {

// Heavy-tailed sizes: most networks 10-60, some 61-499, a few 500-3000 (gen.py's classes).
int draw_size(Rng& rng, Kind kind) {
  if (kind == Kind::LearningSet) return static_cast<int>(std::clamp(std::round(lognormal_median(rng, 11, 0.2)), 8.0, 15.0));
  const auto& k = kind_params(kind);
  switch (weighted_index(rng, k.size_class)) {
    case 0: return static_cast<int>(std::clamp(std::round(lognormal_median(rng, 26, 0.45)), 10.0, 60.0));
    case 1: return static_cast<int>(std::clamp(std::round(lognormal_median(rng, 130, 0.6)), 61.0, 499.0));
    default: return static_cast<int>(std::clamp(std::round(lognormal_median(rng, 1000, 0.5)), 500.0, 3000.0));
  }
}

struct TimingRule {
  Timing timing = Timing::Standing;
  int cohort = 0, cohorts = 1;
  double late = 0.35;   // standing networks that start after the first weeks
  double early = 0.15;  // standing networks that stop before the end of the data
};

void set_timing(NetworkPlan& n, const TimingRule& rule, const std::vector<int>& days, Rng& rng) {
  const int years = static_cast<int>(days.size());
  const auto last_index = [&](int s) { return days[static_cast<std::size_t>(s)] - 1; };
  n.end_session = years - 1;
  n.end_day = last_index(years - 1);
  switch (rule.timing) {
    case Timing::Cohort: {
      const int s = std::min(years - 1, rule.cohort * years / std::max(1, rule.cohorts));
      n.start_session = s;
      n.start_day = rng.between(5, 25);
      n.end_session = s;
      n.end_day = rng.between(last_index(s) - 30, last_index(s));
      break;
    }
    case Timing::StartsInLastSession: {
      const int s = years - 1;
      n.start_session = s;
      n.start_day = rng.between(last_index(s) / 3, last_index(s) / 2);
      break;
    }
    case Timing::Standing: {
      const bool late = rng.uniform() < rule.late;
      n.start_session = late ? rng.between(0, years - 1) : 0;
      n.start_day = late ? rng.between(0, last_index(n.start_session) / 2) : rng.between(0, 20);
      if (rng.uniform() < rule.early && n.start_session + 1 <= years - 2) {
        n.end_session = rng.between(n.start_session + 1, years - 2);
        n.end_day = rng.between(last_index(n.end_session) / 2, last_index(n.end_session));
      }
      break;
    }
  }
  n.ended_early = !(n.end_session == years - 1 && n.end_day == last_index(years - 1));
}

// Sizes drift a little each session; attendance and meeting counts follow the size.
void plan_sessions(NetworkPlan& n, int initial, const Options& options, const std::vector<int>& days, Rng& rng) {
  const auto& k = kind_params(n.kind);
  const std::size_t years = days.size();
  n.size.assign(years, 0);
  n.leave.assign(years, 0.0);
  n.attendance.assign(years, 0.0);
  n.events.assign(years, 0.0);
  n.plenary.assign(years, 0);
  double s = initial;
  for (int y = n.start_session; y <= n.end_session; ++y) {
    const auto i = static_cast<std::size_t>(y);
    if (y > n.start_session) s = std::max(5.0, s * det_exp(normal(rng, 0.03, 0.12)));
    const int size = static_cast<int>(std::lround(s));
    n.size[i] = size;
    n.leave[i] = rng.uniform(k.leave_lo, k.leave_hi);
    if (size <= 60) {
      n.attendance[i] = std::clamp(size * rng.uniform(0.35, 0.75), 5.0, 80.0);
    } else {
      n.attendance[i] = std::clamp(lognormal_median(rng, std::min(45.0, 0.3 * size), 0.3), 5.0, 80.0);
    }
    const double running = static_cast<double>(n.last_day(y, days[i]) - n.first_day(y) + 1) / days[i];
    n.events[i] = k.events * std::max(1.0, std::sqrt(size / 60.0)) * running;
    const bool plenary = size >= 300 && rng.uniform() < 0.7;
    if (plenary && options.plenary_max > 80) {
      n.plenary[i] = std::min(options.plenary_max, std::max(81, static_cast<int>(size * rng.uniform(0.10, 0.25))));
    }
  }
}

std::string network_id(std::size_t i) {
  char id[16];
  std::snprintf(id, sizeof id, "N%05zu", i + 1);
  return id;
}

}  // namespace

std::vector<NetworkPlan> plan_networks(const ScaleConfig& config, const Options& options,
                                       const Authorities& authorities, const std::vector<int>& days, Rng& rng) {
  std::vector<double> authority_weights;
  for (const auto& a : authorities.items) authority_weights.push_back(a.weight);
  std::vector<NetworkPlan> out;

  if (config.scale == Scale::Wp) {
    for (const auto& entry : west_partnership_catalogue()) {
      NetworkPlan n;
      n.id = network_id(out.size());
      n.name = entry.name;
      n.workstream = entry.workstream;
      n.kind = entry.kind;
      const auto& k = kind_params(entry.kind);
      n.home = static_cast<std::uint16_t>(weighted_index(rng, authority_weights));
      const bool own_slots = entry.slots[0] + entry.slots[1] + entry.slots[2] + entry.slots[3] > 0;
      n.slots = own_slots ? entry.slots : k.slots;
      n.rule = entry.rule == DesignationRule::Sector ? k.rule : entry.rule;
      n.central_mix = entry.central_mix;
      n.central = entry.central >= 0 ? entry.central : k.central;
      n.roster = entry.roster;
      TimingRule rule{entry.timing, entry.cohort, entry.cohorts, 0.10, 0.10};
      // West OS, the VLNs and the subject networks are the standing structure: they run throughout.
      const bool standing = entry.kind == Kind::Content || entry.kind == Kind::Leadership || entry.kind == Kind::Subject;
      if (standing) rule.late = rule.early = 0.0;
      set_timing(n, rule, days, rng);
      const int initial = std::max(5, static_cast<int>(std::lround(entry.size * lognormal_median(rng, 1.0, 0.08))));
      plan_sessions(n, initial, options, days, rng);
      out.push_back(std::move(n));
    }
    return out;
  }

  std::vector<double> kind_shares;
  for (int k = 0; k < kKinds; ++k) kind_shares.push_back(kind_params(static_cast<Kind>(k)).share);
  std::map<std::string, int> stem_count;
  bool flagship_done = false;
  for (long i = 0; i < config.networks; ++i) {
    NetworkPlan n;
    n.id = network_id(out.size());
    n.kind = static_cast<Kind>(weighted_index(rng, kind_shares));
    const auto& k = kind_params(n.kind);
    n.workstream = k.workstream;
    n.home = static_cast<std::uint16_t>(weighted_index(rng, authority_weights));
    n.slots = k.slots;
    n.rule = k.rule;
    n.central = k.central;
    int initial = draw_size(rng, n.kind);
    // One partnership-wide content network of West OS size (gen.py's rule).
    const bool flagship = n.kind == Kind::Content && !flagship_done;
    if (flagship) {
      initial = std::max(initial, static_cast<int>(2200 * std::sqrt(std::max(1.0, config.factor))));
      flagship_done = true;
    }
    n.roster = initial >= 300 && rng.uniform() < k.roster;
    TimingRule rule;
    if (flagship) rule.late = rule.early = 0.0;
    set_timing(n, rule, days, rng);
    const char* stem = k.stems[static_cast<std::size_t>(i) % k.stems.size()];
    const int number = ++stem_count[stem];
    n.name = std::string(stem) + " " + std::to_string(number);
    if (initial <= 60) n.name += " (" + authorities.items[n.home].name + ")";
    plan_sessions(n, initial, options, days, rng);
    out.push_back(std::move(n));
  }
  return out;
}

Calibration calibrate(const std::vector<NetworkPlan>& networks, const ScaleConfig& config) {
  // Share of people created who ever attend anything: measured on seed-1 runs of each scale.
  constexpr double kVisible = 0.96;
  double base = 0.0, fixed = 0.0, joins = 0.0;
  for (const auto& n : networks) {
    for (int y = n.start_session; y <= n.end_session; ++y) {
      const auto i = static_cast<std::size_t>(y);
      const double size = n.size[i];
      base += n.events[i] * std::min(n.attendance[i], size);
      fixed += std::min<double>(n.plenary[i], size) + (n.roster ? size : 0.0);
      joins += y == n.start_session ? size : std::max(0.0, size - (1.0 - n.leave[i]) * n.size[i - 1]);
    }
  }
  Calibration c;
  c.event_factor = std::max(0.05, (static_cast<double>(config.rows) - fixed) / std::max(1.0, base));
  c.expected_joins = joins;
  c.p_new = std::clamp(static_cast<double>(config.people) / std::max(1.0, joins * kVisible), 0.02, 1.0);
  return c;
}

}  // namespace reticulist::generate

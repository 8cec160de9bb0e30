// Under-engaged establishments: never engaged, lapsed, or engaging at a rate below a percentile
// of their peers' (the counts, statuses and rates are engagement.cpp's).
//
// Under-engaged (period t, registered establishment e), one reason each, in this order:
//   never      status never;
//   lapsed     status lapsed;
//   low_rate   engaged in t, and its rate r_e is strictly below the threshold of its peers in
//              at least one of two scopes: its authority, and the partnership (every authority
//              of the data).
// The peers of e in a scope are the other registered establishments of the scope with the same
// sector and the same rate basis that are engaged in t (an establishment of unknown sector has
// none). Peers are engaged ones only: never and lapsed establishments are flagged for
// themselves, and counting their zeros would make the low percentile 0 wherever more than a
// tenth of a group is not engaged, leaving nothing below it. e is not its own peer
// (leave-one-out), so its own rate never moves the bar it is measured against.
// threshold = Q_p of the peers' rates, Hyndman, R. J. & Fan, Y. (1996) "Sample quantiles in
// statistical packages", The American Statistician 50(4), 361-365, type 7 (R's default quantile,
// numpy's "linear"): with the m peer rates sorted y_0 <= ... <= y_{m-1} and h = (m - 1) p,
//   Q_p = y_floor(h) + (h - floor(h)) (y_floor(h)+1 - y_floor(h)).
// With fewer than min_peers peers there is no threshold (NA) and no flag from that scope. A never
// or lapsed establishment still gets its peers' count and threshold, as context (what its peers
// reach), but no `below`: it is flagged for not engaging, not for its rate.
//
// Default thresholds, and why:
//   percentile 10   the bottom tenth of the engaged establishments of a sector: about one in ten
//                   per comparison, a short list per authority to look at, not a verdict. A rate
//                   equal to the threshold is not below it, so a group with equal rates flags none.
//   min_peers 5     with fewer peers the 10th percentile is in effect the lowest peer's rate
//                   (type 7 with 4 peers: 0.3 of the way from the lowest to the second), so one
//                   establishment would decide who is flagged; 5 is also the smallest group that
//                   Scottish official statistics usually publish.
//
// Ranking within a period and authority: never first, then lapsed, then low_rate. Never: larger
// staff FTE first (more staff not reached), then larger roll (unknown last); lapsed: longest since
// its last record first, then by size as never; low_rate: furthest below first, by the smallest
// r_e / threshold over the scopes it is below in. Ties by establishment id, so ranks are
// deterministic.
//
// Cost: O(P E log E) (the peers' rates of each period sorted per scope, sector and basis).
#include "engine/metrics/under_engaged.hpp"

#include <algorithm>
#include <string>

#include "engine/error.hpp"
#include "engine/metrics/quantile.hpp"
#include "engine/report/table.hpp"

namespace reticulist::metrics {
namespace {

using model::kNone;

// How far an establishment's size orders it among the never and lapsed (larger first; unknown last).
int compare_size(double a, double b) {
  const bool ka = model::known(a), kb = model::known(b);
  if (ka != kb) return ka ? -1 : 1;
  if (ka && a != b) return a > b ? -1 : 1;
  return 0;
}

std::size_t sector_basis_group(model::Sector s, RateBasis b) {
  return static_cast<std::size_t>(s) * 2 + static_cast<std::size_t>(b);
}

PeerComparison compare(const std::vector<double>& sorted_peers, bool self_included, double rate,
                       const UnderEngagedOptions& options) {
  PeerComparison c;
  const double p = options.percentile / 100.0;
  if (self_included) {
    c.peers = static_cast<std::uint32_t>(sorted_peers.size() - 1);
    if (c.peers >= options.min_peers) {
      const auto at = static_cast<std::size_t>(std::lower_bound(sorted_peers.begin(), sorted_peers.end(), rate) -
                                               sorted_peers.begin());
      c.threshold = quantile_without(sorted_peers, at, p);
    }
  } else {
    c.peers = static_cast<std::uint32_t>(sorted_peers.size());
    if (c.peers >= options.min_peers) c.threshold = quantile(sorted_peers, p);
  }
  if (c.threshold && self_included) c.below = rate < *c.threshold;
  return c;
}

}  // namespace

void check_options(const UnderEngagedOptions& options) {
  if (!(options.percentile > 0.0 && options.percentile < 100.0)) {
    throw ConfigError("--percentile " + report::format_real(options.percentile) +
                      ": expected a number above 0 and below 100");
  }
  if (options.min_peers < 1) throw ConfigError("--min-peers 0: expected at least 1");
}

std::string_view reason_name(UnderEngagedReason reason) {
  switch (reason) {
    case UnderEngagedReason::Never: return "never";
    case UnderEngagedReason::Lapsed: return "lapsed";
    case UnderEngagedReason::LowRate: return "low_rate";
  }
  return "never";
}

std::vector<UnderEngaged> under_engaged(const model::Dataset& ds, const Engagement& eng,
                                        const UnderEngagedOptions& options) {
  check_options(options);
  const auto& est = ds.establishments;
  const std::size_t E = est.size(), A = ds.authorities.size(), P = eng.period_count;
  constexpr std::size_t G = model::kSectorCount * 2;  // (sector, basis) with a rate
  std::vector<UnderEngaged> out;
  std::vector<RateBasis> basis(E, RateBasis::None);
  for (std::size_t e = 0; e < E; ++e) basis[e] = rate_basis(est.staff[e], est.roll[e]);
  // Whether e is compared with peers at all: in the register, of a known sector, with a rate.
  const auto comparable = [&](std::size_t e) {
    return est.in_register[e] && est.sector[e] != model::Sector::Unknown && basis[e] != RateBasis::None &&
           est.authority[e] != kNone;
  };

  std::vector<std::vector<double>> by_authority(A * G), by_partnership(G);
  std::vector<std::optional<double>> rate(E);
  for (std::uint32_t t = 0; t < P; ++t) {
    for (auto& v : by_authority) v.clear();
    for (auto& v : by_partnership) v.clear();
    for (std::size_t e = 0; e < E; ++e) {
      rate[e] = est.in_register[e] ? engagement_rate(eng.at(t, static_cast<model::EstablishmentId>(e)).practitioners,
                                                     est.staff[e], est.roll[e])
                                   : std::nullopt;
      if (!comparable(e) || eng.at(t, static_cast<model::EstablishmentId>(e)).attendances == 0) continue;
      const std::size_t g = sector_basis_group(est.sector[e], basis[e]);
      by_authority[est.authority[e] * G + g].push_back(*rate[e]);
      by_partnership[g].push_back(*rate[e]);
    }
    for (auto& v : by_authority) std::sort(v.begin(), v.end());
    for (auto& v : by_partnership) std::sort(v.begin(), v.end());

    const std::size_t from = out.size();
    for (std::size_t e = 0; e < E; ++e) {
      if (!est.in_register[e]) continue;
      const auto id = static_cast<model::EstablishmentId>(e);
      const EngagementStatus status = eng.status_at(t, id);
      const bool engaged = eng.at(t, id).attendances > 0;
      UnderEngaged u;
      u.period = t;
      u.establishment = id;
      u.rate = rate[e];
      u.basis = basis[e];
      if (comparable(e)) {
        const std::size_t g = sector_basis_group(est.sector[e], basis[e]);
        u.authority = compare(by_authority[est.authority[e] * G + g], engaged, *rate[e], options);
        u.partnership = compare(by_partnership[g], engaged, *rate[e], options);
      }
      if (status == EngagementStatus::Never) {
        u.reason = UnderEngagedReason::Never;
      } else if (status == EngagementStatus::Lapsed) {
        u.reason = UnderEngagedReason::Lapsed;
      } else if (u.authority.below.value_or(false) || u.partnership.below.value_or(false)) {
        u.reason = UnderEngagedReason::LowRate;
      } else {
        continue;
      }
      out.push_back(u);
    }

    // Rank within the period and authority.
    const auto shortfall = [](const UnderEngaged& u) {
      double s = 1.0;
      for (const PeerComparison* c : {&u.authority, &u.partnership}) {
        if (c->below.value_or(false)) s = std::min(s, *u.rate / *c->threshold);
      }
      return s;
    };
    const auto authority_of = [&](const UnderEngaged& u) { return est.authority[u.establishment]; };
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), [&](const UnderEngaged& a, const UnderEngaged& b) {
      if (authority_of(a) != authority_of(b)) return authority_of(a) < authority_of(b);
      if (a.reason != b.reason) return a.reason < b.reason;
      if (a.reason == UnderEngagedReason::LowRate) {
        const double sa = shortfall(a), sb = shortfall(b);
        if (sa != sb) return sa < sb;
      } else {
        if (a.reason == UnderEngagedReason::Lapsed) {
          const auto la = eng.last_engaged_at(t, a.establishment), lb = eng.last_engaged_at(t, b.establishment);
          if (la != lb) return la < lb;  // the earlier the last record, the longer the lapse
        }
        if (int c = compare_size(est.staff[a.establishment], est.staff[b.establishment])) return c < 0;
        if (int c = compare_size(est.roll[a.establishment], est.roll[b.establishment])) return c < 0;
      }
      if (est.id[a.establishment] != est.id[b.establishment]) return est.id[a.establishment] < est.id[b.establishment];
      return a.establishment < b.establishment;
    });
    std::uint32_t rank = 0;
    for (std::size_t i = from; i < out.size(); ++i) {
      rank = (i > from && authority_of(out[i]) == authority_of(out[i - 1])) ? rank + 1 : 1;
      out[i].rank = rank;
    }
  }
  return out;
}

}  // namespace reticulist::metrics

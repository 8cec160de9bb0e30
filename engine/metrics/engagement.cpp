// Establishment engagement.
//
// Counts. For establishment e and period t (the periods of one scheme, consecutive, empty ones
// kept): practitioners_et = distinct practitioners with a record at e in t (the record's
// establishment, so a practitioner who moved school within t counts at both); attendances_et =
// records at e in t; networks_et = distinct networks of those records. Records of centrally
// employed staff (no establishment) count for no establishment. e is engaged in t, E_t, when
// attendances_et > 0.
//
// Status (the period t of a registered establishment; the definitions use periods <= t only, so
// a status is what an officer could have seen at the end of t, and later data never change it):
//   never      not E_t, and no record in any earlier period. In the last period: never in any
//              record of the data ("in the register, never in any record").
//   new        E_t, and no record in any earlier period (its first period with a record).
//   active     E_t and E_{t-1}.
//   returning  E_t, not E_{t-1}, and a record in some period before t-1: engaged again after at
//              least one period without (churn's "returner", for establishments).
//   lapsed     not E_t, and a record in some earlier period.
// An establishment outside the register (named in participation only) is outside_register in
// every period, whatever its records: it has no register entry to be "never" against, and no
// roll or staff to give it a rate. Without a register at all every establishment is outside it,
// and "never engaged" cannot be known.
//
// Rates. share of staff reached = practitioners_et / staff_e, with staff_e the register's
// teaching staff FTE; NA when staff is unknown or not > 0. It may exceed 1: an FTE counts
// part-timers fractionally, and support staff and students take part too; it is not capped.
// The engagement rate is that share where staff is known, else 100 * practitioners_et / roll_e
// (practitioners per 100 pupils) where the roll is known and > 0, else NA. The two bases are
// different units and are never compared with each other.
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
// Cost: engagement() O(R log R + E P) time (distinct practitioners and networks per
// establishment by sorting (establishment, id) keys of each period and of the whole span),
// O(R + E P) memory. under_engaged() O(P E log E). reach_by_authority_network() O(R log R) in the
// records of its range (a counting sort by network, then a sort of each network's keys).
#include "engine/metrics/engagement.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/error.hpp"
#include "engine/report/table.hpp"

namespace reticulist::metrics {
namespace {

using model::kNone;
constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

bool positive(double v) { return model::known(v) && v > 0.0; }

// Distinct ids per establishment: sorts (establishment << 32 | id) keys and counts each
// establishment's distinct ones into counts[base + e] through `field`.
template <typename Field>
void count_distinct(std::vector<std::uint64_t>& keys, std::vector<EngagementCounts>& counts, std::size_t base,
                    Field field) {
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i] == keys[i - 1]) continue;
    ++(counts[base + (keys[i] >> 32)].*field);
  }
}

void count_span(const model::Dataset& ds, std::uint64_t first, std::uint64_t last, std::vector<EngagementCounts>& counts,
                std::size_t base, std::vector<std::uint64_t>& keys) {
  const auto& rec = ds.records;
  keys.clear();
  for (std::uint64_t r = first; r < last; ++r) {
    const auto e = rec.establishment[r];
    if (e == kNone) continue;
    ++counts[base + e].attendances;
    keys.push_back(static_cast<std::uint64_t>(e) << 32 | rec.practitioner[r]);
  }
  count_distinct(keys, counts, base, &EngagementCounts::practitioners);
  keys.clear();
  for (std::uint64_t r = first; r < last; ++r) {
    const auto e = rec.establishment[r];
    if (e != kNone) keys.push_back(static_cast<std::uint64_t>(e) << 32 | rec.network[r]);
  }
  count_distinct(keys, counts, base, &EngagementCounts::networks);
}

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

std::string_view status_name(EngagementStatus status) {
  switch (status) {
    case EngagementStatus::Never: return "never";
    case EngagementStatus::New: return "new";
    case EngagementStatus::Active: return "active";
    case EngagementStatus::Returning: return "returning";
    case EngagementStatus::Lapsed: return "lapsed";
    case EngagementStatus::OutsideRegister: return "outside_register";
  }
  return "never";
}

std::vector<EngagementStatus> engagement_statuses(std::span<const std::uint8_t> engaged, bool in_register) {
  std::vector<EngagementStatus> out(engaged.size(), EngagementStatus::OutsideRegister);
  if (!in_register) return out;
  bool before = false;  // a record in some period < t
  for (std::size_t t = 0; t < engaged.size(); ++t) {
    if (engaged[t]) {
      out[t] = !before ? EngagementStatus::New : engaged[t - 1] ? EngagementStatus::Active : EngagementStatus::Returning;
      before = true;
    } else {
      out[t] = before ? EngagementStatus::Lapsed : EngagementStatus::Never;
    }
  }
  return out;
}

std::string_view rate_basis_name(RateBasis basis) {
  switch (basis) {
    case RateBasis::StaffFte: return "staff_fte";
    case RateBasis::Roll: return "per_100_roll";
    case RateBasis::None: return "none";
  }
  return "none";
}

RateBasis rate_basis(double staff, double roll) {
  if (positive(staff)) return RateBasis::StaffFte;
  if (positive(roll)) return RateBasis::Roll;
  return RateBasis::None;
}

std::optional<double> engagement_rate(std::uint64_t practitioners, double staff, double roll) {
  switch (rate_basis(staff, roll)) {
    case RateBasis::StaffFte: return static_cast<double>(practitioners) / staff;
    case RateBasis::Roll: return 100.0 * static_cast<double>(practitioners) / roll;
    case RateBasis::None: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<double> share_of_staff(std::uint64_t practitioners, double staff) {
  if (!positive(staff)) return std::nullopt;
  return static_cast<double>(practitioners) / staff;
}

std::optional<double> quantile(std::span<const double> sorted, double p) {
  if (sorted.empty()) return std::nullopt;
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::optional<double> quantile_without(std::span<const double> sorted, std::size_t skip, double p) {
  if (sorted.size() <= 1) return std::nullopt;
  const std::size_t m = sorted.size() - 1;
  const auto y = [&](std::size_t k) { return sorted[k < skip ? k : k + 1]; };  // k-th of the rest
  const double h = static_cast<double>(m - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= m) return y(m - 1);
  return y(lo) + (h - static_cast<double>(lo)) * (y(lo + 1) - y(lo));
}

std::optional<double> median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return quantile(values, 0.5);
}

std::pair<std::uint64_t, std::uint64_t> period_records(const model::Dataset& ds, const model::Period& period) {
  const auto& dates = ds.events.date;
  const auto first = std::lower_bound(dates.begin(), dates.end(), period.first);
  const auto last = std::upper_bound(first, dates.end(), period.last);
  return {ds.events.first_record[static_cast<std::size_t>(first - dates.begin())],
          ds.events.first_record[static_cast<std::size_t>(last - dates.begin())]};
}

Engagement engagement(const model::Dataset& ds, const model::Periods& periods) {
  Engagement out;
  const std::size_t E = ds.establishments.size(), P = periods.size();
  out.establishment_count = E;
  out.period_count = P;
  out.counts.assign((P + 1) * E, EngagementCounts{});
  std::vector<std::uint64_t> keys;
  for (std::size_t t = 0; t < P; ++t) {
    const auto [first, last] = period_records(ds, periods[t]);
    if (first == last) out.empty_periods.push_back(static_cast<std::uint32_t>(t));
    count_span(ds, first, last, out.counts, t * E, keys);
  }
  count_span(ds, 0, ds.records.size(), out.counts, P * E, keys);
  keys = {};

  out.status.resize(P * E);
  out.last_engaged.assign(P * E, kNone);
  out.first_engaged.assign(E, kNone);
  std::vector<std::uint8_t> engaged(P);
  for (std::size_t e = 0; e < E; ++e) {
    std::uint32_t last = kNone;
    for (std::size_t t = 0; t < P; ++t) {
      engaged[t] = out.counts[t * E + e].attendances > 0;
      if (engaged[t]) {
        last = static_cast<std::uint32_t>(t);
        if (out.first_engaged[e] == kNone) out.first_engaged[e] = last;
      }
      out.last_engaged[t * E + e] = last;
    }
    const auto status = engagement_statuses(engaged, ds.establishments.in_register[e]);
    for (std::size_t t = 0; t < P; ++t) out.status[t * E + e] = status[t];
  }
  return out;
}

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

std::vector<AuthorityNetworkReach> reach_by_authority_network(const model::Dataset& ds, std::uint64_t first,
                                                              std::uint64_t last) {
  const auto& rec = ds.records;
  const std::size_t N = ds.networks.size();
  // Counting sort of the range's records by network.
  std::vector<std::uint64_t> offsets(N + 1, 0);
  for (std::uint64_t r = first; r < last; ++r) ++offsets[rec.network[r] + 1];
  for (std::size_t n = 0; n < N; ++n) offsets[n + 1] += offsets[n];
  std::vector<std::uint64_t> order(last - first);
  {
    std::vector<std::uint64_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::uint64_t r = first; r < last; ++r) order[fill[rec.network[r]]++] = r;
  }
  std::vector<AuthorityNetworkReach> out;
  std::vector<std::uint64_t> people, places;
  std::vector<std::size_t> slot(ds.authorities.size(), kNoSlot);  // authority -> its row of this network
  for (model::NetworkId n = 0; n < N; ++n) {
    if (offsets[n] == offsets[n + 1]) continue;
    people.clear();
    places.clear();
    for (std::uint64_t i = offsets[n]; i < offsets[n + 1]; ++i) {
      const auto r = order[i];
      people.push_back(static_cast<std::uint64_t>(rec.authority[r]) << 32 | rec.practitioner[r]);
      const auto e = rec.establishment[r];
      if (e != kNone) places.push_back(static_cast<std::uint64_t>(ds.establishments.authority[e]) << 32 | e);
    }
    std::sort(people.begin(), people.end());
    std::sort(places.begin(), places.end());
    const std::size_t start = out.size();
    const auto row = [&](std::uint64_t key) -> AuthorityNetworkReach& {
      const auto a = static_cast<model::AuthorityId>(key >> 32);
      if (slot[a] == kNoSlot) {
        slot[a] = out.size();
        out.push_back({a, n, 0, 0, 0, 0});
      }
      return out[slot[a]];
    };
    for (std::size_t i = 0; i < people.size(); ++i) {
      auto& x = row(people[i]);
      ++x.attendances;
      if (i == 0 || people[i] != people[i - 1]) ++x.practitioners;
    }
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (i > 0 && places[i] == places[i - 1]) continue;
      auto& x = row(places[i]);
      ++x.establishments;
      x.in_register += ds.establishments.in_register[static_cast<model::EstablishmentId>(places[i] & 0xffffffffu)];
    }
    for (std::size_t i = start; i < out.size(); ++i) slot[out[i].authority] = kNoSlot;
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(),
              [](const AuthorityNetworkReach& a, const AuthorityNetworkReach& b) { return a.authority < b.authority; });
  }
  std::stable_sort(out.begin(), out.end(), [](const AuthorityNetworkReach& a, const AuthorityNetworkReach& b) {
    return a.authority < b.authority;
  });
  return out;
}

}  // namespace reticulist::metrics

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
// Under-engaged establishments are under_engaged.cpp's part; quantiles, quantile.cpp's.
//
// Cost: engagement() O(R log R + E P) time (distinct practitioners and networks per
// establishment by sorting (establishment, id) keys of each period and of the whole span),
// O(R + E P) memory. reach_by_authority_network() O(R log R) in the records of its range (a
// counting sort by network, then a sort of each network's keys).
#include "engine/metrics/engagement.hpp"

#include <algorithm>

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

// Membership churn between consecutive periods, as shared/spec/metrics.md "Time" defines it.
//
//   M_t        members of a scope (a network, or the partnership) in period t: the practitioners
//              with at least min_records records there (default 1)
//   stayers    |M_t n M_t+1|            leavers    |M_t \ M_t+1|
//   joiners    |M_t+1 \ M_t|            returners  joiners j with j in M_s for some s < t
//   retention  stayers / |M_t|          attrition  1 - retention
//   accession  joiners / |M_t+1|        Jaccard    |M_t n M_t+1| / |M_t u M_t+1|
//                                                  (Jaccard 1901, Bull. Soc. Vaudoise Sci. Nat. 37, 547-579)
// Undefined is NA: retention and attrition when |M_t| = 0, accession when |M_t+1| = 0, Jaccard
// when both sets are empty. Joiners include returners (new joiners = joiners - returners: first
// time in the scope). A member's authority in a period is that of their latest record in the
// scope and period (graph::affiliation), so the sets split by authority honour moves: a member
// who moves authority between t and t+1 leaves one authority's set and joins the other's, and
// is counted in moved_out / moved_in as well.
//
// Empty periods stay in the sequence (|M_t| = 0); a network that has not started or has ended
// is not empty: network_life.cpp says when a network runs.
//
// Costs (R records, E events, P periods, S = sum of set sizes <= R): network_members /
// partnership_members O(E + R log R) time, O(R) memory; scope_transitions and
// authority_transitions O(S_scope log S_scope). Single-threaded; concurrent calls share nothing.
#include "engine/metrics/churn.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/event_selection.hpp"

namespace reticulist::metrics {

using model::kNone;
using model::PractitionerId;

std::span<const PractitionerId> MemberSets::members(std::uint32_t scope, std::uint32_t t) const {
  const std::size_t i = std::size_t{scope} * periods + t;
  return {practitioner.data() + offsets[i], practitioner.data() + offsets[i + 1]};
}

std::span<const model::AuthorityId> MemberSets::authorities(std::uint32_t scope, std::uint32_t t) const {
  const std::size_t i = std::size_t{scope} * periods + t;
  return {authority.data() + offsets[i], authority.data() + offsets[i + 1]};
}

std::uint64_t MemberSets::size(std::uint32_t scope, std::uint32_t t) const {
  const std::size_t i = std::size_t{scope} * periods + t;
  return offsets[i + 1] - offsets[i];
}

namespace {

// The events of each period, ascending (events outside every period are left out).
std::vector<graph::EventList> events_by_period(const std::vector<std::uint32_t>& event_period, std::uint32_t periods) {
  std::vector<graph::EventList> out(periods);
  for (model::EventId e = 0; e < event_period.size(); ++e) {
    if (event_period[e] < periods) out[event_period[e]].push_back(e);
  }
  return out;
}

// Appends the member set of `events` (one scope, one period) and closes it in `out.offsets`.
void append_set(const model::Dataset& ds, const graph::EventList& events, std::uint32_t min_records, MemberSets& out,
                std::vector<PractitionerId>& seen) {
  seen.clear();
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      seen.push_back(ds.records.practitioner[r]);
    }
  }
  std::sort(seen.begin(), seen.end());
  std::vector<PractitionerId> distinct;
  std::vector<std::uint32_t> records;
  for (std::size_t i = 0; i < seen.size();) {
    std::size_t j = i;
    while (j < seen.size() && seen[j] == seen[i]) ++j;
    distinct.push_back(seen[i]);
    records.push_back(static_cast<std::uint32_t>(j - i));
    i = j;
  }
  if (!distinct.empty()) {
    const graph::Affiliation aff = graph::affiliation(ds, events, distinct);
    for (std::size_t i = 0; i < distinct.size(); ++i) {
      if (records[i] < min_records) continue;
      out.practitioner.push_back(distinct[i]);
      out.authority.push_back(aff.authority[i]);
    }
  }
  out.offsets.push_back(out.practitioner.size());
}

void check_min_records(std::uint32_t min_records) {
  if (min_records == 0) throw std::invalid_argument("churn: min_records must be at least 1");
}

// (practitioner, key) -> the first period the pair is seen in, from unsorted entries.
template <typename Key>
class FirstPeriods {
 public:
  void add(Key key, std::uint32_t t) { entries_.emplace_back(key, t); }
  void seal() {
    std::sort(entries_.begin(), entries_.end());
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   entries_.end());
  }
  std::uint32_t of(Key key) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), std::pair<Key, std::uint32_t>{key, 0});
    return it != entries_.end() && it->first == key ? it->second : kNone;
  }

 private:
  std::vector<std::pair<Key, std::uint32_t>> entries_;
};

std::uint64_t pair_key(PractitionerId p, model::AuthorityId a) { return (std::uint64_t{p} << 32) | a; }

}  // namespace

MemberSets network_members(const model::Dataset& ds, const std::vector<std::uint32_t>& event_period,
                           std::uint32_t periods, std::uint32_t min_records) {
  check_min_records(min_records);
  MemberSets out;
  out.scopes = static_cast<std::uint32_t>(ds.networks.size());
  out.periods = periods;
  out.offsets.reserve(std::size_t{out.scopes} * periods + 1);
  out.offsets.push_back(0);
  const graph::EventsByNetwork by_network(ds);
  std::vector<PractitionerId> scratch;
  graph::EventList events;
  for (model::NetworkId n = 0; n < out.scopes; ++n) {
    const graph::EventList all = by_network.of(n);  // ascending, so in period order
    std::size_t i = 0;
    for (std::uint32_t t = 0; t < periods; ++t) {
      events.clear();
      while (i < all.size() && (event_period[all[i]] == kNone || event_period[all[i]] < t)) ++i;
      while (i < all.size() && event_period[all[i]] == t) events.push_back(all[i++]);
      append_set(ds, events, min_records, out, scratch);
    }
  }
  return out;
}

MemberSets partnership_members(const model::Dataset& ds, const std::vector<std::uint32_t>& event_period,
                               std::uint32_t periods, std::uint32_t min_records) {
  check_min_records(min_records);
  MemberSets out;
  out.scopes = 1;
  out.periods = periods;
  out.offsets.push_back(0);
  std::vector<PractitionerId> scratch;
  for (const auto& events : events_by_period(event_period, periods)) append_set(ds, events, min_records, out, scratch);
  return out;
}

std::optional<double> Transition::retention() const {
  if (before == 0) return std::nullopt;
  return static_cast<double>(stayers) / static_cast<double>(before);
}

std::optional<double> Transition::attrition() const {
  const auto r = retention();
  if (!r) return std::nullopt;
  return static_cast<double>(before - stayers) / static_cast<double>(before);  // 1 - r, exactly
}

std::optional<double> Transition::accession() const {
  if (after == 0) return std::nullopt;
  return static_cast<double>(joiners) / static_cast<double>(after);
}

std::optional<double> Transition::jaccard() const {
  const std::uint64_t both = before + after - stayers;
  if (both == 0) return std::nullopt;
  return static_cast<double>(stayers) / static_cast<double>(both);
}

Transition& Transition::operator+=(const Transition& o) {
  before += o.before;
  after += o.after;
  stayers += o.stayers;
  leavers += o.leavers;
  joiners += o.joiners;
  returners += o.returners;
  moved_out += o.moved_out;
  moved_in += o.moved_in;
  return *this;
}

std::vector<Transition> scope_transitions(const MemberSets& sets, std::uint32_t scope) {
  const std::uint32_t P = sets.periods;
  if (P < 2) return {};
  FirstPeriods<PractitionerId> first;
  for (std::uint32_t t = 0; t < P; ++t) {
    for (PractitionerId p : sets.members(scope, t)) first.add(p, t);
  }
  first.seal();
  std::vector<Transition> out(P - 1);
  for (std::uint32_t t = 0; t + 1 < P; ++t) {
    const auto a = sets.members(scope, t), b = sets.members(scope, t + 1);
    Transition& x = out[t];
    x.before = a.size();
    x.after = b.size();
    std::size_t i = 0, j = 0;
    while (j < b.size()) {
      if (i < a.size() && a[i] < b[j]) {
        ++i;
      } else if (i < a.size() && a[i] == b[j]) {
        ++x.stayers;
        ++i;
        ++j;
      } else {  // b[j] is a joiner
        if (first.of(b[j]) < t) ++x.returners;
        ++j;
      }
    }
    x.leavers = x.before - x.stayers;
    x.joiners = x.after - x.stayers;
  }
  return out;
}

std::vector<AuthorityTransition> authority_transitions(const MemberSets& sets, std::uint32_t scope) {
  const std::uint32_t P = sets.periods;
  if (P < 2) return {};
  FirstPeriods<std::uint64_t> first;  // (practitioner, authority) -> first period
  for (std::uint32_t t = 0; t < P; ++t) {
    const auto p = sets.members(scope, t);
    const auto a = sets.authorities(scope, t);
    for (std::size_t i = 0; i < p.size(); ++i) first.add(pair_key(p[i], a[i]), t);
  }
  first.seal();
  std::vector<AuthorityTransition> out;
  for (std::uint32_t t = 0; t + 1 < P; ++t) {
    const auto pa = sets.members(scope, t), aa = sets.authorities(scope, t);
    const auto pb = sets.members(scope, t + 1), ab = sets.authorities(scope, t + 1);
    std::map<model::AuthorityId, Transition> by;
    for (auto a : aa) ++by[a].before;
    for (auto b : ab) ++by[b].after;
    const auto join = [&](PractitionerId p, model::AuthorityId b) {
      Transition& x = by[b];
      ++x.joiners;
      if (first.of(pair_key(p, b)) < t) ++x.returners;
    };
    std::size_t i = 0, j = 0;
    while (i < pa.size() || j < pb.size()) {
      if (j == pb.size() || (i < pa.size() && pa[i] < pb[j])) {
        ++by[aa[i]].leavers;
        ++i;
      } else if (i == pa.size() || pb[j] < pa[i]) {
        join(pb[j], ab[j]);
        ++j;
      } else if (aa[i] == ab[j]) {
        ++by[aa[i]].stayers;
        ++i;
        ++j;
      } else {  // moved authority and stayed in the scope
        ++by[aa[i]].leavers;
        ++by[aa[i]].moved_out;
        join(pb[j], ab[j]);
        ++by[ab[j]].moved_in;
        ++i;
        ++j;
      }
    }
    for (const auto& [authority, counts] : by) out.push_back({t, authority, counts});
  }
  return out;
}

}  // namespace reticulist::metrics

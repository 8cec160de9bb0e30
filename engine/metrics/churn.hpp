#pragma once
// Membership churn: who is a member of each network (and of the partnership) in each period,
// and what changes between consecutive periods. Definitions follow shared/spec/metrics.md
// "Time"; conventions, citations and costs are in churn.cpp. When each network runs (so that its
// start or end is no mass joining or leaving) is in network_life.hpp.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/model/dataset.hpp"

namespace reticulist::metrics {

// Member sets of `scopes` scopes (networks, or the partnership as one scope) in each of
// `periods` periods. Set (s, t) holds the practitioners with at least min_records records in
// scope s during period t, ascending, each with the authority of their latest record there
// (graph::affiliation: a later record wins, on the same day too).
struct MemberSets {
  std::uint32_t scopes = 0;
  std::uint32_t periods = 0;
  std::vector<std::uint64_t> offsets;               // set (s, t) is [offsets[s*periods+t], offsets[s*periods+t+1])
  std::vector<model::PractitionerId> practitioner;  // ascending within a set
  std::vector<model::AuthorityId> authority;        // beside practitioner

  std::span<const model::PractitionerId> members(std::uint32_t scope, std::uint32_t t) const;
  std::span<const model::AuthorityId> authorities(std::uint32_t scope, std::uint32_t t) const;
  std::uint64_t size(std::uint32_t scope, std::uint32_t t) const;
};

// `event_period[e]`: the period of event e (graph::event_periods), kNone outside every period.
// One scope per network (scope = network id). Throws std::invalid_argument for min_records 0.
MemberSets network_members(const model::Dataset& ds, const std::vector<std::uint32_t>& event_period,
                           std::uint32_t periods, std::uint32_t min_records);
// One scope: the partnership, where a record in any network counts (min_records over all of a
// practitioner's records in the period, whatever the network).
MemberSets partnership_members(const model::Dataset& ds, const std::vector<std::uint32_t>& event_period,
                               std::uint32_t periods, std::uint32_t min_records);

// The comparison of member sets M_t (before) and M_t+1 (after).
struct Transition {
  std::uint64_t before = 0;     // |M_t|
  std::uint64_t after = 0;      // |M_t+1|
  std::uint64_t stayers = 0;    // |M_t n M_t+1|
  std::uint64_t leavers = 0;    // |M_t \ M_t+1|
  std::uint64_t joiners = 0;    // |M_t+1 \ M_t|, returners included
  std::uint64_t returners = 0;  // joiners who were members in a period before t
  std::uint64_t moved_out = 0;  // by authority: leavers still in the network under another authority
  std::uint64_t moved_in = 0;   // by authority: joiners who were in the network under another authority in t

  std::uint64_t new_joiners() const { return joiners - returners; }
  std::optional<double> retention() const;  // stayers / |M_t|; NA when |M_t| = 0
  std::optional<double> attrition() const;  // 1 - retention
  std::optional<double> accession() const;  // joiners / |M_t+1|; NA when |M_t+1| = 0
  std::optional<double> jaccard() const;    // |M_t n M_t+1| / |M_t u M_t+1|; NA when both are empty
  Transition& operator+=(const Transition& other);
};

// The transitions t -> t+1, t = 0 .. periods-2, of one scope (none below two periods).
std::vector<Transition> scope_transitions(const MemberSets& sets, std::uint32_t scope);

// The same per authority within one scope: member sets split by each member's authority in
// that period, so a member who moves authority leaves one set and joins the other (counted as
// moved_out / moved_in as well). Rows for the authorities with a member in t or t+1, ordered by
// (from, authority id).
struct AuthorityTransition {
  std::uint32_t from = 0;  // t
  model::AuthorityId authority = model::kNone;
  Transition counts;
};
std::vector<AuthorityTransition> authority_transitions(const MemberSets& sets, std::uint32_t scope);

}  // namespace reticulist::metrics

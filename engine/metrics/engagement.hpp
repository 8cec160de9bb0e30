#pragma once
// Establishment engagement: for every establishment and period, how many of its practitioners
// took part, how often and in how many networks, its status over time (never, new, active,
// returning, lapsed; outside_register for one the register does not hold), and its rate. The
// under-engaged establishments are under_engaged.hpp's. Definitions and costs are in engagement.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "engine/model/dataset.hpp"
#include "engine/model/periods.hpp"

namespace reticulist::metrics {

// ------------------------------------------------------------------ status over time

enum class EngagementStatus : std::uint8_t { Never, New, Active, Returning, Lapsed, OutsideRegister };

// "never", "new", "active", "returning", "lapsed", "outside_register".
std::string_view status_name(EngagementStatus status);

// The status in each period of an establishment that engaged (had a record) in the periods
// where engaged[t] != 0. Periods are consecutive; see engagement.cpp for the definitions. An
// establishment outside the register is outside_register in every period. O(P).
std::vector<EngagementStatus> engagement_statuses(std::span<const std::uint8_t> engaged, bool in_register);

// ------------------------------------------------------------------ rates

// What an engagement rate is counted against: staff FTE where the register gives it, else 100
// pupils of roll, else nothing (the rate is NA).
enum class RateBasis : std::uint8_t { StaffFte, Roll, None };

// "staff_fte", "per_100_roll", "none".
std::string_view rate_basis_name(RateBasis basis);

// StaffFte when staff is known and > 0, else Roll when roll is known and > 0, else None.
RateBasis rate_basis(double staff, double roll);

// practitioners / staff (StaffFte), 100 * practitioners / roll (Roll), NA (None).
std::optional<double> engagement_rate(std::uint64_t practitioners, double staff, double roll);

// practitioners / staff FTE; NA when staff is unknown or not > 0. May exceed 1 (see .cpp).
std::optional<double> share_of_staff(std::uint64_t practitioners, double staff);

// ------------------------------------------------------------------ per establishment and period

// What one establishment did in one stretch of time.
struct EngagementCounts {
  std::uint32_t practitioners = 0;  // distinct practitioners with a record at the establishment
  std::uint64_t attendances = 0;    // records at the establishment
  std::uint32_t networks = 0;       // distinct networks of those records
};

struct Engagement {
  std::size_t establishment_count = 0;
  std::size_t period_count = 0;
  // counts[t * E + e] for the periods t < P, and the whole span at t = P.
  std::vector<EngagementCounts> counts;
  // status[t * E + e] for t < P (none for the whole span).
  std::vector<EngagementStatus> status;
  // last_engaged[t * E + e]: the latest period <= t in which e had a record, model::kNone if none.
  std::vector<std::uint32_t> last_engaged;
  // first_engaged[e]: the first period with a record, model::kNone if none.
  std::vector<std::uint32_t> first_engaged;
  // Periods with no record at all: every establishment is lapsed or never there.
  std::vector<std::uint32_t> empty_periods;

  const EngagementCounts& at(std::size_t t, model::EstablishmentId e) const { return counts[t * establishment_count + e]; }
  EngagementStatus status_at(std::size_t t, model::EstablishmentId e) const { return status[t * establishment_count + e]; }
  std::uint32_t last_engaged_at(std::size_t t, model::EstablishmentId e) const {
    return last_engaged[t * establishment_count + e];
  }
};

// Counts and statuses of every establishment of ds (register or not) in every period of
// `periods` and over the whole span. Records of centrally employed staff (no establishment) and
// records outside every period are not counted. O(R log R + E P).
Engagement engagement(const model::Dataset& ds, const model::Periods& periods);

// ------------------------------------------------------------------ reach by authority and network

struct AuthorityNetworkReach {
  model::AuthorityId authority = 0;
  model::NetworkId network = 0;
  std::uint32_t establishments = 0;  // distinct establishments of the authority with a record in the network
  std::uint32_t in_register = 0;     // of them, in the register
  std::uint32_t practitioners = 0;   // distinct practitioners whose record there gives the authority
  std::uint64_t attendances = 0;     // records in the network giving the authority
};

// The (authority, network) pairs with at least one record among records [first, last), ordered
// by authority then network (ids). An establishment counts in the authority the register (or, for
// one outside it, the record) gives; a practitioner in the authority of their record, so central
// staff count in practitioners and attendances but reach no establishment. O(R log R) in the
// records of the range.
std::vector<AuthorityNetworkReach> reach_by_authority_network(const model::Dataset& ds, std::uint64_t first,
                                                              std::uint64_t last);

// The records of period t of `periods` ([first, last) into ds.records); records are in date order.
std::pair<std::uint64_t, std::uint64_t> period_records(const model::Dataset& ds, const model::Period& period);

}  // namespace reticulist::metrics

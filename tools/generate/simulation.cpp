#include "simulation.hpp"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

#include "distributions.hpp"

namespace reticulist::generate {
namespace {

// One network's current membership, in join order, plus who has left (for returners).
struct Members {
  std::vector<std::uint32_t> person;
  std::vector<Role> role;
  std::vector<double> weight;        // activity: how likely to attend a given session
  std::vector<std::uint8_t> seen;    // bit 0: has a row this session; bit 1: in this stint
  std::vector<std::pair<std::uint32_t, int>> past;  // (person, session they left in)
  std::vector<std::uint32_t> seen_people;           // once per stint with a row
};

enum class EventType : std::uint8_t { Roster = 0, Regular = 1, Plenary = 2 };

struct Event {
  int day;
  std::uint32_t network;
  EventType type;
  std::uint32_t seq;
  int attendance;
  bool operator<(const Event& o) const {
    if (day != o.day) return day < o.day;
    if (network != o.network) return network < o.network;
    if (type != o.type) return type < o.type;
    return seq < o.seq;
  }
};

constexpr double kReturnerChance = 0.15;  // a joiner is a former member coming back, if any
constexpr int kPoolTries = 6;

class Simulator {
 public:
  Simulator(const SimulationContext& c, People& people, PersonFactory& factory, ParticipationWriter& writer)
      : c_(c), people_(people), factory_(factory), writer_(writer), members_(c.networks.size()),
        rng_(make_rng(c.options.seed, Stream::Simulation)),
        pools_(c.authorities.regions.size() * kPoolClasses), all_pools_(kPoolClasses) {}

  SimulationResult run();

 private:
  void session(int y);
  void start(std::size_t n, int y);
  void churn(std::size_t n, int y);
  void add_members(std::size_t n, int count, const std::vector<Role>& roles, int y);
  std::uint32_t pick_joiner(std::size_t n, int y);
  bool eligible(std::uint32_t p, const NetworkPlan& net, int y) const;
  void enter_pools(std::uint32_t p, const NetworkPlan& net);
  void schedule(std::size_t n, int y, std::vector<Event>& events);
  void write(const Event& e, int y);
  void close_session(int y);

  const SimulationContext& c_;
  People& people_;
  PersonFactory& factory_;
  ParticipationWriter& writer_;
  std::vector<Members> members_;
  Rng rng_;
  EstablishmentChoosers choosers_;
  std::vector<std::vector<std::uint32_t>> pools_;      // region * kPoolClasses + class
  std::vector<std::vector<std::uint32_t>> all_pools_;  // class
  std::vector<std::uint32_t> mark_;                    // == token_: a member of the network being filled
  std::uint32_t token_ = 0;
  std::vector<std::uint16_t> kinds_this_session_;
  std::vector<Date> days_;
  std::vector<std::string> day_text_;
  std::vector<std::uint32_t> chosen_;
  std::vector<KeyedIndex> scratch_;
  std::string event_id_;
  SessionStats* stats_ = nullptr;
  SimulationResult result_;
};

SimulationResult Simulator::run() {
  const int years = static_cast<int>(c_.networks.empty() ? 0 : c_.networks.front().size.size());
  result_.attendees.assign(c_.networks.size(), std::vector<int>(static_cast<std::size_t>(years), 0));
  result_.first_size.assign(c_.networks.size(), 0);
  for (int y = 0; y < years; ++y) session(y);
  // Distinct networks per person, from each network's list of people with rows.
  result_.networks_per_person.assign(people_.size(), 0);
  for (auto& m : members_) {
    std::sort(m.seen_people.begin(), m.seen_people.end());
    m.seen_people.erase(std::unique(m.seen_people.begin(), m.seen_people.end()), m.seen_people.end());
    for (auto p : m.seen_people) ++result_.networks_per_person[p];
  }
  result_.practitioners_by_kind.assign(kKinds, 0);
  for (auto bits : people_.kinds_seen) {
    for (int k = 0; k < kKinds; ++k) result_.practitioners_by_kind[static_cast<std::size_t>(k)] += (bits >> k) & 1;
  }
  return std::move(result_);
}

void Simulator::session(int y) {
  const int start_year = c_.first_year + y;
  result_.sessions.push_back({});
  stats_ = &result_.sessions.back();
  stats_->label = session_label(start_year);
  days_ = term_days(start_year);
  day_text_.clear();
  for (const auto& d : days_) day_text_.push_back(iso(d));
  choosers_.build(c_.establishments, c_.authorities, y);

  if (y > 0) {  // school moves at the start of the session, from their own stream
    Rng moves = make_rng(c_.options.seed, Stream::Moves, static_cast<std::uint64_t>(y));
    for (std::uint32_t p = 0; p < people_.size(); ++p) {
      if (people_.establishment[p] < 0 || moves.uniform() >= c_.options.move) continue;
      bool across = false;
      if (factory_.move(people_, p, choosers_, moves, across)) {
        ++stats_->moves;
        stats_->moves_across_authorities += across;
      }
    }
  }

  std::vector<Event> events;
  for (std::size_t n = 0; n < c_.networks.size(); ++n) {
    const auto& net = c_.networks[n];
    if (!net.runs_in(y)) {
      if (y == net.end_session + 1) {  // finished: free the memberships, keep who was seen
        members_[n].person = {};
        members_[n].role = {};
        members_[n].weight = {};
        members_[n].seen = {};
        members_[n].past = {};
      }
      continue;
    }
    ++stats_->networks_running;
    if (y == net.start_session) start(n, y); else churn(n, y);
    stats_->members += static_cast<long>(members_[n].person.size());
    if (y == net.start_session) result_.first_size[n] = static_cast<int>(members_[n].person.size());
    schedule(n, y, events);
  }
  std::sort(events.begin(), events.end());
  kinds_this_session_.assign(people_.size(), 0);
  const long rows_before = writer_.rows();
  for (const auto& e : events) write(e, y);
  stats_->rows = writer_.rows() - rows_before;
  close_session(y);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - c_.started).count();
  spdlog::info("session {}: {} rows ({} so far), {} events, {} practitioners, {} people created [{:.1f}s]",
               stats_->label, stats_->rows, writer_.rows(), stats_->events + stats_->roster_events,
               stats_->practitioners, people_.size(), seconds);
}

void Simulator::start(std::size_t n, int y) {
  const auto& net = c_.networks[n];
  const int size = net.size[static_cast<std::size_t>(y)];
  const auto& k = kind_params(net.kind);
  std::vector<Role> roles;
  if (rng_.uniform() < 0.5) roles.push_back(Role::Lead);
  for (int i = 0; i < 1 + (size > 100); ++i) roles.push_back(Role::Coordinator);
  for (int i = 0; i < size / 40; ++i) roles.push_back(Role::Facilitator);
  for (int i = 0; i < static_cast<int>(k.resource_creators * size); ++i) roles.push_back(Role::ResourceCreator);
  shuffle(rng_, roles);
  ++token_;
  add_members(n, size, roles, y);
}

void Simulator::churn(std::size_t n, int y) {
  const auto& net = c_.networks[n];
  auto& m = members_[n];
  ++token_;
  for (auto p : m.person) mark_[p] = token_;  // leavers stay marked: no instant rejoin
  const double leave = net.leave[static_cast<std::size_t>(y)];
  std::vector<Role> lost;
  std::size_t kept = 0;
  for (std::size_t j = 0; j < m.person.size(); ++j) {
    const std::uint32_t p = m.person[j];
    const std::int32_t est = people_.establishment[p];
    const bool lapsed = est >= 0 && !c_.establishments.items[static_cast<std::size_t>(est)].engages_in(y);
    // Leads and coordinators stay longer.
    const double stick = (m.role[j] == Role::Lead || m.role[j] == Role::Coordinator) ? 0.4 : 1.0;
    const bool leaves = rng_.uniform() < leave * stick;
    if (lapsed || leaves) {
      ++stats_->leavers;
      stats_->lapsed_leavers += lapsed;
      if (m.role[j] != Role::Member) lost.push_back(m.role[j]);
      m.past.emplace_back(p, y);
      continue;
    }
    m.person[kept] = p;
    m.role[kept] = m.role[j];
    m.weight[kept] = m.weight[j];
    m.seen[kept] = m.seen[j];
    ++kept;
  }
  m.person.resize(kept);
  m.role.resize(kept);
  m.weight.resize(kept);
  m.seen.resize(kept);
  const int target = net.size[static_cast<std::size_t>(y)];
  add_members(n, std::max(0, target - static_cast<int>(kept)), lost, y);
}

void Simulator::add_members(std::size_t n, int count, const std::vector<Role>& roles, int y) {
  const auto& net = c_.networks[n];
  auto& m = members_[n];
  for (int j = 0; j < count; ++j) {
    const std::uint32_t p = pick_joiner(n, y);
    mark_[p] = token_;
    const Role role = static_cast<std::size_t>(j) < roles.size() ? roles[static_cast<std::size_t>(j)] : Role::Member;
    const bool active_role = role == Role::Lead || role == Role::Coordinator || role == Role::Facilitator;
    m.person.push_back(p);
    m.role.push_back(role);
    m.weight.push_back(lognormal_median(rng_, 1.0, 1.0) * (active_role ? 4.0 : 1.0));
    m.seen.push_back(0);
    enter_pools(p, net);
    ++stats_->joiners;
  }
}

bool Simulator::eligible(std::uint32_t p, const NetworkPlan& net, int y) const {
  if (mark_[p] == token_) return false;  // already in
  const std::int32_t est = people_.establishment[p];
  if (est >= 0) {
    if (!c_.establishments.items[static_cast<std::size_t>(est)].engages_in(y)) return false;
    if (net.slots[people_.slot[p]] <= 0.0) return false;
  } else if (net.central <= 0.0) {
    return false;
  }
  return fits_rule(people_.designation[p], net.rule);
}

std::uint32_t Simulator::pick_joiner(std::size_t n, int y) {
  const auto& net = c_.networks[n];
  auto& m = members_[n];
  // A former member coming back after at least a session away.
  if (!m.past.empty() && rng_.uniform() < kReturnerChance) {
    const std::size_t i = rng_.below(m.past.size());
    const auto [p, left] = m.past[i];
    if (left < y && eligible(p, net, y)) {
      m.past[i] = m.past.back();
      m.past.pop_back();
      ++stats_->returners;
      return p;
    }
  }
  // Someone already in other networks (more likely the more networks they are in): the brokers.
  if (rng_.uniform() >= c_.calibration.p_new) {
    auto cls = static_cast<std::size_t>(kind_params(net.kind).pool);
    const double u = rng_.uniform();
    if (cls == static_cast<std::size_t>(PoolClass::General) && u < 0.03) cls = static_cast<std::size_t>(PoolClass::Central);
    if (cls == static_cast<std::size_t>(PoolClass::Central) && u > 0.7) cls = static_cast<std::size_t>(PoolClass::General);
    const auto region = static_cast<std::size_t>(c_.authorities.items[net.home].region_index);
    for (int attempt = 0; attempt < kPoolTries; ++attempt) {
      const auto& local = pools_[region * kPoolClasses + cls];
      const auto& pool = (rng_.uniform() < 0.8 && !local.empty()) ? local : all_pools_[cls];
      if (pool.empty()) break;
      const std::uint32_t p = pool[rng_.below(pool.size())];
      if (eligible(p, net, y)) return p;
    }
  }
  const std::uint32_t p = factory_.create(people_, net, choosers_, rng_);
  if (mark_.size() < people_.size()) mark_.resize(people_.size() * 2, 0);
  return p;
}

void Simulator::enter_pools(std::uint32_t p, const NetworkPlan& net) {
  const auto region = static_cast<std::size_t>(c_.authorities.items[net.home].region_index);
  const auto put = [&](PoolClass cls, int copies) {
    const auto k = static_cast<std::size_t>(cls);
    for (int i = 0; i < copies; ++i) {
      pools_[region * kPoolClasses + k].push_back(p);
      all_pools_[k].push_back(p);
    }
  };
  const std::uint8_t f = people_.flags[p];
  if (f & kSeconded) {  // seconded officers are asked into more than their share
    put(PoolClass::General, 2);
    put(PoolClass::Central, 2);
  } else if (f & kCentral) {
    put(PoolClass::Central, 1);
  } else {
    put(PoolClass::General, 1);
    if (f & kLeader) put(PoolClass::Leader, 1);
  }
}

void Simulator::schedule(std::size_t n, int y, std::vector<Event>& events) {
  const auto& net = c_.networks[n];
  const auto i = static_cast<std::size_t>(y);
  const int members = static_cast<int>(members_[n].person.size());
  if (members == 0) return;
  const int lo = net.first_day(y);
  const int hi = net.last_day(y, static_cast<int>(days_.size()));
  const auto net_index = static_cast<std::uint32_t>(n);
  std::uint32_t seq = 0;
  // The Teams roster export: everyone, once, early in the session, under no event id.
  int roster_day = -1;
  if (net.roster) {
    roster_day = rng_.between(lo, std::min(hi, lo + 25));
    events.push_back({roster_day, net_index, EventType::Roster, seq++, members});
  }
  const auto day_avoiding_roster = [&] {
    int d = rng_.between(lo, hi);
    if (d == roster_day) d = d < hi ? d + 1 : std::max(lo, d - 1);
    return d;
  };
  const int count = std::max(1, poisson(rng_, net.events[i] * c_.calibration.event_factor));
  for (int k = 0; k < count; ++k) {
    const double a = std::round(lognormal_median(rng_, net.attendance[i], 0.35));
    const int attendance = std::min(members, static_cast<int>(std::clamp(a, 5.0, 80.0)));
    events.push_back({day_avoiding_roster(), net_index, EventType::Regular, seq++, attendance});
  }
  if (net.plenary[i] > 0) {
    events.push_back({day_avoiding_roster(), net_index, EventType::Plenary, seq++, std::min(members, net.plenary[i])});
  }
}

void Simulator::write(const Event& e, int y) {
  const auto& net = c_.networks[e.network];
  auto& m = members_[e.network];
  event_id_.clear();
  if (e.type == EventType::Roster) {
    chosen_.clear();
    for (std::size_t j = 0; j < m.person.size(); ++j) chosen_.push_back(static_cast<std::uint32_t>(j));
    ++stats_->roster_events;
    result_.rosters.push_back({net.id, day_text_[static_cast<std::size_t>(e.day)], static_cast<long>(chosen_.size())});
  } else {
    weighted_sample(rng_, m.weight, static_cast<std::size_t>(e.attendance), chosen_, scratch_);
    append_event_id(event_id_, ++result_.events);
    ++stats_->events;
    if (e.type == EventType::Plenary) {
      ++stats_->plenaries;
      result_.plenaries.push_back(static_cast<std::uint16_t>(chosen_.size()));
    } else {
      result_.attendance.push_back(static_cast<std::uint16_t>(chosen_.size()));
    }
  }
  const auto& date = day_text_[static_cast<std::size_t>(e.day)];
  const auto kind_bit = static_cast<std::uint16_t>(1u << static_cast<int>(net.kind));
  for (auto j : chosen_) {
    const std::uint32_t p = m.person[j];
    writer_.row(date, net.id, p, m.role[j], event_id_, y);
    if (!(m.seen[j] & 2)) m.seen_people.push_back(p);
    m.seen[j] |= 3;
    kinds_this_session_[p] |= kind_bit;
  }
}

void Simulator::close_session(int y) {
  for (std::size_t n = 0; n < members_.size(); ++n) {
    int seen = 0;
    for (auto& s : members_[n].seen) {
      seen += s & 1;
      s &= static_cast<std::uint8_t>(~1u);
    }
    result_.attendees[n][static_cast<std::size_t>(y)] = seen;
  }
  stats_->practitioners_by_kind.assign(kKinds, 0);
  for (std::size_t p = 0; p < kinds_this_session_.size(); ++p) {
    const std::uint16_t bits = kinds_this_session_[p];
    if (!bits) continue;
    ++stats_->practitioners;
    people_.kinds_seen[p] |= bits;
    for (int k = 0; k < kKinds; ++k) stats_->practitioners_by_kind[static_cast<std::size_t>(k)] += (bits >> k) & 1;
  }
}

}  // namespace

SimulationResult simulate(const SimulationContext& context, People& people, PersonFactory& factory,
                          ParticipationWriter& writer) {
  Simulator simulator(context, people, factory, writer);
  return simulator.run();
}

}  // namespace reticulist::generate

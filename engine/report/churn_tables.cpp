#include "engine/report/churn_tables.hpp"

#include <optional>
#include <string>

#include "engine/graph/event_selection.hpp"

namespace reticulist::report {

using metrics::NetworkStatus;
using report::ColumnType;

namespace {

// A rate is shown only for a transition of a running network: across a network's start or end
// there is nothing to retain or accede to, so the rate is NA (not 0 or 1).
report::Value rate(std::optional<double> value, bool running) {
  return running ? report::Value(value) : report::Value();
}

report::Value authority_label(const model::Dataset& ds, model::AuthorityId a) {
  return a == model::kNone ? report::Value() : report::Value(ds.authorities.id[a]);
}

void add_rate_columns(report::Table& t, const std::string& of) {
  const auto col = [&t](const char* name) { return t.column_index(name); };
  const auto before = col("members_before"), after = col("members_after"), stayers = col("stayers");
  const auto joiners = col("joiners");
  t.add_column("retention", ColumnType::Real, "stayers / members_before" + of + "; NA when members_before = 0",
               report::Holds::Share, {stayers, before});
  t.add_column("attrition", ColumnType::Real, "1 - retention", report::Holds::Share, {stayers, before});
  t.add_column("accession", ColumnType::Real, "joiners / members_after" + of + "; NA when members_after = 0",
               report::Holds::Share, {joiners, after});
  t.add_column("jaccard", ColumnType::Real,
               "|M_t n M_t+1| / |M_t u M_t+1| (Jaccard similarity of the two member sets); NA when both are empty",
               report::Holds::Share, {stayers, before, after});
}

// The sums between members_before .. new_joiners: they tell disclosure control that a hidden
// joiner count could be found from members_after - stayers.
void add_transition_sums(report::Table& t) {
  const auto col = [&t](const char* name) { return t.column_index(name); };
  t.add_sum(col("members_before"), {col("stayers"), col("leavers")});
  t.add_sum(col("members_after"), {col("stayers"), col("joiners")});
  t.add_sum(col("joiners"), {col("returners"), col("new_joiners")});
}

// Columns members_before .. new_joiners, with their sums.
void add_transition_columns(report::Table& t) {
  using report::Holds;
  t.add_column("members_before", ColumnType::Integer, "|M_t|: members in period_from", Holds::PeopleCount);
  t.add_column("members_after", ColumnType::Integer, "|M_t+1|: members in period_to", Holds::PeopleCount);
  t.add_column("stayers", ColumnType::Integer, "members in both periods", Holds::PeopleCount);
  t.add_column("leavers", ColumnType::Integer, "members in period_from, not in period_to", Holds::PeopleCount);
  t.add_column("joiners", ColumnType::Integer, "members in period_to, not in period_from (returners included)",
               Holds::PeopleCount);
  t.add_column("returners", ColumnType::Integer, "joiners who were members in a period before period_from",
               Holds::PeopleCount);
  t.add_column("new_joiners", ColumnType::Integer, "joiners - returners: members for the first time", Holds::PeopleCount);
  add_transition_sums(t);
}

constexpr const char* kRatesRunning =
    "rates are NA unless network_status is running: a network's start or end is no mass joining or leaving";

report::Table make_transitions() {
  report::Table t("transitions", "Membership churn of each network between consecutive periods",
                  "one row per pair of consecutive periods and network that runs within the data");
  t.add_column("period_from", ColumnType::Text, "earlier period (t)", report::Holds::Period);
  t.add_column("period_to", ColumnType::Text, "later period (t+1)", report::Holds::Period);
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("name", ColumnType::Text, "network name", report::Holds::Detail);
  t.add_column("network_status", ColumnType::Text,
               "running (in both periods), starting (only in period_to), ending (only in period_from), not_running", report::Holds::Detail);
  t.add_column("state_before", ColumnType::Text,
               "the network in period_from: active, empty (running, no member: |M| = 0), not_started, ended", report::Holds::Detail);
  t.add_column("state_after", ColumnType::Text, "the network in period_to, as state_before", report::Holds::Detail);
  add_transition_columns(t);
  add_rate_columns(t, "");
  t.add_column("authorities_before", ColumnType::Integer, "authorities with a member in period_from");
  t.add_column("authorities_after", ColumnType::Integer, "authorities with a member in period_to");
  t.add_column("authorities_gained", ColumnType::Integer,
               "authorities with members in period_to and none in period_from; NA unless running");
  t.add_column("authorities_lost", ColumnType::Integer,
               "authorities that lost every member (some in period_from, none in period_to); NA unless running");
  t.add_note("rates", kRatesRunning);
  t.add_note("membership", "a member has at least min_records records in the network in the period");
  return t;
}

report::Table make_by_authority() {
  report::Table t("transitions_by_authority", "Membership churn of each network by authority",
                  "one row per pair of consecutive periods, network and authority with a member in either period");
  t.add_column("period_from", ColumnType::Text, "earlier period (t)", report::Holds::Period);
  t.add_column("period_to", ColumnType::Text, "later period (t+1)", report::Holds::Period);
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("authority", ColumnType::Text,
               "authority id: a member counts for the authority of their latest record in the network and period");
  t.add_column("network_status", ColumnType::Text, "running, starting, ending or not_running (as transitions)", report::Holds::Detail);
  add_transition_columns(t);
  t.add_column("moved_out", ColumnType::Integer,
               "leavers who stayed in the network under another authority (they moved)", report::Holds::PeopleCount);
  t.add_column("moved_in", ColumnType::Integer,
               "joiners who were in the network under another authority in period_from (they moved)", report::Holds::PeopleCount);
  add_rate_columns(t, " of this authority in the network");
  t.add_note("rates", kRatesRunning);
  t.add_note("moves", "a member who changes authority leaves one authority's set and joins the other's");
  return t;
}

report::Table make_representation() {
  report::Table t("representation", "Presence of each authority in each network between consecutive periods",
                  "one row per pair of consecutive periods, network and authority with a member in either period");
  t.add_column("period_from", ColumnType::Text, "earlier period (t)", report::Holds::Period);
  t.add_column("period_to", ColumnType::Text, "later period (t+1)", report::Holds::Period);
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("authority", ColumnType::Text, "authority id (of each member's latest record in the network and period)");
  t.add_column("network_status", ColumnType::Text, "running, starting, ending or not_running (as transitions)", report::Holds::Detail);
  t.add_column("members_before", ColumnType::Integer, "the authority's members in the network in period_from", report::Holds::PeopleCount);
  t.add_column("members_after", ColumnType::Integer, "the authority's members in the network in period_to", report::Holds::PeopleCount);
  const auto before = t.column_index("members_before"), after = t.column_index("members_after");
  t.add_column("change", ColumnType::Integer, "members_after - members_before", report::Holds::Count, {before, after});
  t.add_column("share_before", ColumnType::Real, "members_before / the network's members in period_from; NA when none",
               report::Holds::Share, {before});
  t.add_column("share_after", ColumnType::Real, "members_after / the network's members in period_to; NA when none",
               report::Holds::Share, {after});
  t.add_column("presence", ColumnType::Text,
               "kept (members in both), gained (none before), lost (every member gone); NA unless running", report::Holds::Detail);
  t.add_note("lost", "presence = lost lists the networks that lost every member from an authority");
  return t;
}

}  // namespace

ChurnData churn_data(const model::Dataset& ds, const model::Periods& periods, std::uint32_t min_records) {
  ChurnData d;
  d.ds = &ds;
  d.periods = &periods;
  const auto P = static_cast<std::uint32_t>(periods.size());
  d.event_period = graph::event_periods(ds, periods);
  d.lives = metrics::network_lives(ds, periods, d.event_period);
  d.networks = metrics::network_members(ds, d.event_period, P, min_records);
  d.partnership = metrics::partnership_members(ds, d.event_period, P, min_records);
  d.network_transitions.resize(ds.networks.size());
  for (model::NetworkId n = 0; n < ds.networks.size(); ++n) {
    if (d.lives[n].ever_runs()) d.network_transitions[n] = metrics::scope_transitions(d.networks, n);
  }
  return d;
}

MembershipTables membership_tables(const ChurnData& d) {
  const auto& ds = *d.ds;
  const auto& periods = *d.periods;
  MembershipTables out{make_transitions(), make_by_authority(), make_representation()};
  const auto N = static_cast<model::NetworkId>(ds.networks.size());
  std::vector<std::vector<metrics::AuthorityTransition>> by_authority(N);
  for (model::NetworkId n = 0; n < N; ++n) {
    if (d.lives[n].ever_runs()) by_authority[n] = metrics::authority_transitions(d.networks, n);
  }
  std::vector<std::size_t> next(N, 0);  // position in by_authority[n], which is ordered by transition
  for (std::uint32_t t = 0; t + 1 < periods.size(); ++t) {
    const std::string& from = periods[t].label;
    const std::string& to = periods[t + 1].label;
    for (model::NetworkId n = 0; n < N; ++n) {
      const auto& life = d.lives[n];
      if (!life.ever_runs()) continue;
      const NetworkStatus status = metrics::transition_status(life, t);
      const bool running = status == NetworkStatus::Running;
      const std::string status_name(metrics::network_status_name(status));
      const metrics::Transition& x = d.network_transitions[n][t];
      std::uint64_t present_before = 0, present_after = 0, gained = 0, lost = 0;
      const auto& rows = by_authority[n];
      for (std::size_t& i = next[n]; i < rows.size() && rows[i].from == t; ++i) {
        const auto& a = rows[i].counts;
        present_before += a.before > 0;
        present_after += a.after > 0;
        gained += a.before == 0 && a.after > 0;
        lost += a.before > 0 && a.after == 0;
        const report::Value auth = authority_label(ds, rows[i].authority);
        out.by_authority.append_row({from, to, ds.networks.id[n], auth, status_name, a.before, a.after, a.stayers,
                                     a.leavers, a.joiners, a.returners, a.new_joiners(), a.moved_out, a.moved_in,
                                     rate(a.retention(), running), rate(a.attrition(), running),
                                     rate(a.accession(), running), rate(a.jaccard(), running)});
        const auto share = [](std::uint64_t part, std::uint64_t whole) {
          return whole == 0 ? report::Value() : report::Value(static_cast<double>(part) / static_cast<double>(whole));
        };
        const char* presence = a.before > 0 && a.after > 0 ? "kept" : a.after > 0 ? "gained" : "lost";
        out.representation.append_row({from, to, ds.networks.id[n], auth, status_name, a.before, a.after,
                                        static_cast<std::int64_t>(a.after) - static_cast<std::int64_t>(a.before),
                                        share(a.before, x.before), share(a.after, x.after),
                                        running ? report::Value(presence) : report::Value()});
      }
      const auto optional_count = [running](std::uint64_t v) { return running ? report::Value(v) : report::Value(); };
      out.transitions.append_row(
          {from, to, ds.networks.id[n], ds.networks.name[n], status_name,
           std::string(metrics::period_state_name(metrics::period_state(life, t, x.before))),
           std::string(metrics::period_state_name(metrics::period_state(life, t + 1, x.after))), x.before, x.after,
           x.stayers, x.leavers, x.joiners, x.returners, x.new_joiners(), rate(x.retention(), running),
           rate(x.attrition(), running), rate(x.accession(), running), rate(x.jaccard(), running), present_before,
           present_after, optional_count(gained), optional_count(lost)});
    }
  }
  return out;
}

report::Table partnership_table(const ChurnData& d) {
  const auto& periods = *d.periods;
  report::Table t("partnership", "Membership churn of the partnership as a whole",
                  "one row per pair of consecutive periods");
  t.add_column("period_from", ColumnType::Text, "earlier period (t)", report::Holds::Period);
  t.add_column("period_to", ColumnType::Text, "later period (t+1)", report::Holds::Period);
  t.add_column("members_before", ColumnType::Integer,
               "practitioners with at least min_records records in any network in period_from", report::Holds::PeopleCount);
  t.add_column("members_after", ColumnType::Integer, "the same in period_to", report::Holds::PeopleCount);
  t.add_column("stayers", ColumnType::Integer, "members in both periods", report::Holds::PeopleCount);
  t.add_column("leavers", ColumnType::Integer, "members in period_from, not in period_to", report::Holds::PeopleCount);
  t.add_column("joiners", ColumnType::Integer, "members in period_to, not in period_from (returners included)", report::Holds::PeopleCount);
  t.add_column("returners", ColumnType::Integer, "joiners who were members in a period before period_from", report::Holds::PeopleCount);
  t.add_column("new_joiners", ColumnType::Integer, "joiners - returners", report::Holds::PeopleCount);
  add_transition_sums(t);
  add_rate_columns(t, " (partnership)");
  t.add_column("joiners_with_starting_networks", ColumnType::Integer,
               "joiners whose records in period_to are all in networks starting then (they came with a new network)", report::Holds::PeopleCount);
  t.add_column("leavers_with_ending_networks", ColumnType::Integer,
               "leavers whose records in period_from are all in networks ending then (they went with their network)", report::Holds::PeopleCount);
  t.add_column("networks_running", ColumnType::Integer, "networks running in both periods");
  t.add_column("networks_starting", ColumnType::Integer, "networks starting in period_to");
  t.add_column("networks_ending", ColumnType::Integer, "networks ending in period_from");
  t.add_column("networks_empty_after", ColumnType::Integer, "running networks with no member in period_to");
  // Memberships are person-network pairs: counted as people, since a small one is a few people.
  using report::Holds;
  const auto m_before = t.add_column("memberships_before", ColumnType::Integer,
               "sum of members_before over the running networks (starting and ending networks left out)", Holds::PeopleCount);
  const auto m_after = t.add_column("memberships_after", ColumnType::Integer, "sum of members_after over the running networks",
                                    Holds::PeopleCount);
  const auto kept = t.add_column("memberships_kept", ColumnType::Integer, "sum of stayers over the running networks",
                                 Holds::PeopleCount);
  const auto ended = t.add_column("memberships_ended", ColumnType::Integer, "sum of leavers over the running networks",
                                  Holds::PeopleCount);
  const auto begun = t.add_column("memberships_begun", ColumnType::Integer, "sum of joiners over the running networks",
                                  Holds::PeopleCount);
  t.add_column("memberships_resumed", ColumnType::Integer, "sum of returners over the running networks", Holds::PeopleCount);
  t.add_sum(m_before, {kept, ended});
  t.add_sum(m_after, {kept, begun});
  t.add_column("membership_retention", ColumnType::Real,
               "memberships_kept / memberships_before; NA when memberships_before = 0", Holds::Share, {kept, m_before});
  t.add_column("membership_attrition", ColumnType::Real, "1 - membership_retention", Holds::Share, {kept, m_before});
  t.add_column("membership_accession", ColumnType::Real,
               "memberships_begun / memberships_after; NA when memberships_after = 0", Holds::Share, {begun, m_after});
  t.add_note("partnership_sets", "a practitioner is a member of the partnership with at least min_records records in "
                                 "any network in the period (records counted over all networks)");
  t.add_note("network_totals",
             "the memberships_* columns sum the transitions of networks running in both periods only: a network's "
             "start or end is not counted as mass joining or leaving");
  const auto whole = metrics::scope_transitions(d.partnership, 0);
  const auto attribution = metrics::partnership_attribution(*d.ds, d.partnership, d.lives, d.event_period);
  for (std::uint32_t p = 0; p + 1 < periods.size(); ++p) {
    std::uint64_t running = 0, starting = 0, ending = 0, empty_after = 0;
    metrics::Transition sum;
    for (model::NetworkId n = 0; n < d.lives.size(); ++n) {
      if (!d.lives[n].ever_runs()) continue;
      switch (metrics::transition_status(d.lives[n], p)) {
        case NetworkStatus::Running:
          ++running;
          sum += d.network_transitions[n][p];
          empty_after += d.network_transitions[n][p].after == 0;
          break;
        case NetworkStatus::Starting: ++starting; break;
        case NetworkStatus::Ending: ++ending; break;
        case NetworkStatus::NotRunning: break;
      }
    }
    const auto& x = whole[p];
    t.append_row({periods[p].label, periods[p + 1].label, x.before, x.after, x.stayers, x.leavers, x.joiners,
                  x.returners, x.new_joiners(), x.retention(), x.attrition(), x.accession(), x.jaccard(),
                  attribution[p].joiners_with_starting_networks, attribution[p].leavers_with_ending_networks, running,
                  starting, ending, empty_after, sum.before, sum.after, sum.stayers, sum.leavers, sum.joiners,
                  sum.returners, sum.retention(), sum.attrition(), sum.accession()});
  }
  return t;
}

report::Table network_life_table(const ChurnData& d) {
  const auto& ds = *d.ds;
  const auto& periods = *d.periods;
  report::Table t("network_life", "When each network runs within the data, and how that is known",
                  "one row per network");
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("name", ColumnType::Text, "network name", report::Holds::Detail);
  t.add_column("listed", ColumnType::Boolean, "in networks.csv");
  t.add_column("started", ColumnType::Text, "networks.csv started date; NA when not given", report::Holds::Period);
  t.add_column("ended", ColumnType::Text, "networks.csv ended date; NA when not given", report::Holds::Period);
  t.add_column("first_period", ColumnType::Text, "first period it runs; NA when it never runs within the data", report::Holds::Period);
  t.add_column("last_period", ColumnType::Text, "last period it runs", report::Holds::Period);
  t.add_column("start_source", ColumnType::Text,
               "started_date (networks.csv), first_record (inferred: no started date, or records before it), none", report::Holds::Detail);
  t.add_column("end_source", ColumnType::Text,
               "ended_date (networks.csv), open (in networks.csv without an ended date: runs to the end of the "
               "data), last_record (inferred: not in networks.csv, or records after its ended date), none", report::Holds::Detail);
  t.add_column("periods_running", ColumnType::Integer, "periods from first_period to last_period");
  t.add_column("periods_empty", ColumnType::Integer, "running periods without a member (|M| = 0)");
  t.add_note("rule", "first = period of started (0 if before the data) or of the first record, whichever is earlier; "
                     "last = period of ended, or the last period for a listed network without ended, or of the "
                     "last record for an unlisted one, and never before the last record");
  for (model::NetworkId n = 0; n < ds.networks.size(); ++n) {
    const auto& life = d.lives[n];
    const auto date = [](const std::optional<model::Day>& day) {
      return day ? report::Value(model::format_iso_date(*day)) : report::Value();
    };
    std::uint64_t empty = 0;
    if (life.ever_runs()) {
      for (std::uint32_t p = life.first; p <= life.last; ++p) empty += d.networks.size(n, p) == 0;
    }
    t.append_row({ds.networks.id[n], ds.networks.name[n], static_cast<bool>(ds.networks.listed[n]),
                  date(ds.networks.started[n]), date(ds.networks.ended[n]),
                  life.ever_runs() ? report::Value(periods[life.first].label) : report::Value(),
                  life.ever_runs() ? report::Value(periods[life.last].label) : report::Value(),
                  std::string(metrics::life_source_name(life.start_source)),
                  std::string(metrics::life_source_name(life.end_source)),
                  life.ever_runs() ? std::uint64_t{life.last - life.first + 1} : std::uint64_t{0}, empty});
  }
  return t;
}

std::vector<report::Table> run_churn(const model::Dataset& ds, const model::Periods& periods,
                                     const ChurnOptions& options, Progress& progress) {
  progress.begin("membership churn", 0);
  const ChurnData data = churn_data(ds, periods, options.min_records);
  MembershipTables membership = membership_tables(data);
  std::vector<report::Table> out;
  out.push_back(partnership_table(data));
  out.push_back(std::move(membership.transitions));
  out.push_back(std::move(membership.by_authority));
  out.push_back(std::move(membership.representation));
  for (auto& t : tenure_tables(data)) out.push_back(std::move(t));
  out.push_back(cohorts_table(data));
  progress.end();
  out.push_back(options.tie_churn ? *options.tie_churn : tie_churn_table(ds, periods, options.coattendance, progress));
  out.push_back(network_life_table(data));
  return out;
}

}  // namespace reticulist::report

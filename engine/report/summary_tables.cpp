#include "engine/report/summary_tables.hpp"

#include <algorithm>
#include <map>

#include "engine/layers/selection.hpp"
#include "engine/graph/affiliation.hpp"
#include "engine/graph/event_selection.hpp"
#include "engine/graph/tie_counts.hpp"

namespace reticulist::report {
namespace {

using report::ColumnType;
using model::kNone;

// Distinct values of one record column over some events, counted with a stamp per value so that
// repeated calls cost O(records seen), not O(values).
class DistinctCounter {
 public:
  explicit DistinctCounter(std::size_t values) : stamp_(values, 0) {}
  void next_round() { ++round_; count_ = 0; }
  void see(std::uint32_t value) {
    if (value == kNone || stamp_[value] == round_) return;
    stamp_[value] = round_;
    ++count_;
  }
  std::uint64_t count() const { return count_; }

 private:
  std::vector<std::uint32_t> stamp_;
  std::uint32_t round_ = 0;
  std::uint64_t count_ = 0;
};

report::Table make_overview() {
  report::Table t("overview", "Participation and co-attendance by period",
                  "one row per period, and one for the whole span (period = all)");
  t.add_column("period", ColumnType::Text, "period label (Scottish academic session unless chosen otherwise), or all");
  t.add_column("first_day", ColumnType::Text, "first day of the period (ISO 8601)", report::Holds::Detail);
  t.add_column("last_day", ColumnType::Text, "last day of the period (ISO 8601)", report::Holds::Detail);
  t.add_column("records", ColumnType::Integer, "accepted, deduplicated participation records");
  t.add_column("practitioners", ColumnType::Integer, "distinct practitioners with a record", report::Holds::PeopleCount);
  t.add_column("establishments_engaged", ColumnType::Integer, "distinct establishments with a record", report::Holds::EstablishmentCount);
  t.add_column("authorities_engaged", ColumnType::Integer, "distinct authorities with a record");
  t.add_column("networks_active", ColumnType::Integer, "distinct networks with a record");
  t.add_column("events", ColumnType::Integer, "distinct events (sessions; network + date when the export has no event)");
  t.add_column("large_events", ColumnType::Integer, "events above the large-event size: membership, but no ties");
  t.add_column("large_event_records", ColumnType::Integer, "records of those large events");
  t.add_column("coattendance_ties", ColumnType::Integer, "distinct practitioner pairs who attended an event together");
  t.add_column("isolates", ColumnType::Integer, "practitioners with no co-attendance tie", report::Holds::PeopleCount);
  return t;
}

report::Table make_by_authority() {
  report::Table t("by_authority", "Engagement and ties by authority",
                  "one row per period and authority (authorities with no record in the period show zeros)");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("authority", ColumnType::Text, "authority id");
  t.add_column("name", ColumnType::Text, "authority name", report::Holds::Detail);
  t.add_column("region", ColumnType::Text, "regional improvement collaborative (from authorities.csv)", report::Holds::Detail);
  t.add_column("establishments_in_register", ColumnType::Integer, "establishments of the authority in the register", report::Holds::EstablishmentCount);
  t.add_column("establishments_engaged", ColumnType::Integer, "of its establishments, those with a record in the period", report::Holds::EstablishmentCount);
  t.add_column("practitioners", ColumnType::Integer, "practitioners placed in the authority (by their latest record in the period)", report::Holds::PeopleCount);
  t.add_column("records", ColumnType::Integer, "records whose row gives this authority (or an establishment of it)");
  t.add_column("ties_within", ColumnType::Integer, "co-attendance ties with both practitioners in this authority");
  t.add_column("ties_across", ColumnType::Integer, "co-attendance ties between a practitioner here and one in another authority");
  return t;
}

report::Table make_by_sector() {
  report::Table t("by_sector", "Engagement by sector",
                  "one row per period and sector; 'central' holds practitioners with no establishment");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("sector", ColumnType::Text, "elc, primary, secondary, special, other, unknown, or central");
  t.add_column("establishments_in_register", ColumnType::Integer, "establishments of the sector in the register", report::Holds::EstablishmentCount);
  t.add_column("establishments_engaged", ColumnType::Integer, "establishments of the sector with a record in the period", report::Holds::EstablishmentCount);
  t.add_column("practitioners", ColumnType::Integer, "practitioners placed in the sector (by their latest record in the period)", report::Holds::PeopleCount);
  t.add_column("records", ColumnType::Integer, "records whose establishment is of the sector");
  return t;
}

report::Table make_by_network() {
  report::Table t("by_network", "Membership and co-attendance by network", "one row per period and network");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("name", ColumnType::Text, "network name", report::Holds::Detail);
  t.add_column("workstream", ColumnType::Text, "workstream (from networks.csv), or unassigned");
  t.add_column("members", ColumnType::Integer, "distinct practitioners with a record in the network", report::Holds::PeopleCount);
  t.add_column("records", ColumnType::Integer, "accepted records");
  t.add_column("events", ColumnType::Integer, "distinct events");
  t.add_column("large_events", ColumnType::Integer, "events above the large-event size (no ties)");
  t.add_column("establishments_reached", ColumnType::Integer, "distinct establishments of its members' records", report::Holds::EstablishmentCount);
  t.add_column("authorities_reached", ColumnType::Integer, "distinct authorities of its members' records");
  t.add_column("coattendance_ties", ColumnType::Integer, "distinct pairs of members who attended one of its events together");
  return t;
}

report::Table make_by_workstream() {
  report::Table t("by_workstream", "Membership and co-attendance by workstream", "one row per period and workstream");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("workstream", ColumnType::Text, "workstream (from networks.csv), or unassigned");
  t.add_column("networks", ColumnType::Integer, "networks of the workstream with a record in the period");
  t.add_column("members", ColumnType::Integer, "distinct practitioners with a record in its networks", report::Holds::PeopleCount);
  t.add_column("records", ColumnType::Integer, "accepted records");
  t.add_column("events", ColumnType::Integer, "distinct events");
  t.add_column("coattendance_ties", ColumnType::Integer, "distinct pairs who attended one of its events together");
  return t;
}

std::string workstream_of(const model::Dataset& ds, model::NetworkId n) {
  return ds.networks.workstream[n].empty() ? "unassigned" : ds.networks.workstream[n];
}

}  // namespace

Summary summarise(const model::Dataset& ds, const SummaryOptions& options, Progress& progress) {
  Summary out;
  out.periods = layers::dataset_periods(ds, options.periods);
  const std::vector<layers::Selection> selections = layers::select_periods(ds, out.periods, "each");

  report::Table overview = make_overview(), by_authority = make_by_authority(), by_sector = make_by_sector(),
                by_network = make_by_network(), by_workstream = make_by_workstream();
  const std::size_t A = ds.authorities.size(), N = ds.networks.size();
  const auto& est = ds.establishments;
  std::vector<std::uint64_t> register_by_authority(A, 0), register_by_sector(model::kSectorCount, 0);
  for (std::size_t e = 0; e < est.size(); ++e) {
    if (!est.in_register[e]) continue;
    ++register_by_authority[est.authority[e]];
    ++register_by_sector[static_cast<std::size_t>(est.sector[e])];
  }
  std::map<std::string, std::vector<model::NetworkId>> workstreams;
  for (model::NetworkId n = 0; n < N; ++n) workstreams[workstream_of(ds, n)].push_back(n);
  std::vector<std::uint32_t> workstream_index(N, 0);  // network -> its workstream's place in `workstreams`
  {
    std::uint32_t w = 0;
    for (const auto& [name, networks] : workstreams) {
      for (model::NetworkId n : networks) workstream_index[n] = w;
      ++w;
    }
  }
  const graph::EventsByNetwork events_by_network(ds);
  DistinctCounter people(ds.practitioner_count()), network_people(ds.practitioner_count()), places(est.size()),
      auths(A), nets(N);

  progress.begin("summarising", selections.size());
  for (std::size_t s = 0; s < selections.size(); ++s) {
    const layers::Selection& sel = selections[s];
    // Ties are counted for the selection, each network and each workstream in one pass (tie_counts.hpp).
    const graph::EventIncidence incidence = graph::event_incidence(ds, sel.events, options.coattendance);
    if (!sel.period) out.whole_span = incidence.stats;
    const auto aff = graph::affiliation(ds, sel.events, incidence.practitioner);
    const graph::TieCounts ties = graph::count_ties(
        ds, incidence, {&aff.authority, A, &workstream_index, workstreams.size()}, options.coattendance.threads);

    // Per record counts.
    std::uint64_t records = 0;
    std::vector<std::uint64_t> records_by_authority(A, 0), records_by_sector(model::kSectorCount + 1, 0);
    std::vector<std::uint8_t> engaged(est.size(), 0);
    places.next_round(); auths.next_round(); nets.next_round();
    for (model::EventId e : sel.events) {
      for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
        ++records;
        const auto place = ds.records.establishment[r];
        places.see(place);
        auths.see(ds.records.authority[r]);
        nets.see(ds.records.network[r]);
        ++records_by_authority[ds.records.authority[r]];
        ++records_by_sector[place == kNone ? model::kSectorCount : static_cast<std::size_t>(est.sector[place])];
        if (place != kNone) engaged[place] = 1;
      }
    }
    const std::string first = sel.period ? model::format_iso_date(sel.period->first) : (ds.first_day() ? model::format_iso_date(*ds.first_day()) : "");
    const std::string last = sel.period ? model::format_iso_date(sel.period->last) : (ds.last_day() ? model::format_iso_date(*ds.last_day()) : "");
    overview.append_row({sel.label, first.empty() ? report::Value() : report::Value(first),
                         last.empty() ? report::Value() : report::Value(last), records, incidence.practitioner.size(),
                         places.count(), auths.count(), nets.count(), sel.events.size(), incidence.stats.large_events,
                         incidence.stats.large_event_records, ties.ties, ties.isolates});

    // By authority and sector: practitioners placed by affiliation, ties by their ends.
    std::vector<std::uint64_t> people_by_authority(A, 0);
    std::vector<std::uint64_t> people_by_sector(model::kSectorCount + 1, 0);
    std::vector<std::uint64_t> engaged_by_authority(A, 0), engaged_by_sector(model::kSectorCount, 0);
    for (std::size_t v = 0; v < incidence.practitioner.size(); ++v) {
      ++people_by_authority[aff.authority[v]];
      const auto place = aff.establishment[v];
      ++people_by_sector[place == kNone ? model::kSectorCount : static_cast<std::size_t>(est.sector[place])];
    }
    for (std::size_t e = 0; e < est.size(); ++e) {
      if (!engaged[e]) continue;
      ++engaged_by_authority[est.authority[e]];
      ++engaged_by_sector[static_cast<std::size_t>(est.sector[e])];
    }
    for (std::size_t a = 0; a < A; ++a) {
      by_authority.append_row({sel.label, ds.authorities.id[a], ds.authorities.name[a], ds.authorities.region[a],
                               register_by_authority[a], engaged_by_authority[a], people_by_authority[a],
                               records_by_authority[a], ties.within_group[a], ties.across_group[a]});
    }
    for (std::size_t k = 0; k <= model::kSectorCount; ++k) {
      const bool central = k == model::kSectorCount;
      by_sector.append_row({sel.label, central ? std::string("central") : std::string(model::sector_name(static_cast<model::Sector>(k))),
                            central ? report::Value() : report::Value(register_by_sector[k]),
                            central ? report::Value() : report::Value(engaged_by_sector[k]), people_by_sector[k],
                            records_by_sector[k]});
    }

    // By network, and by workstream (the union of its networks' events).
    std::uint32_t w = 0;
    for (const auto& [workstream, networks] : workstreams) {
      std::uint64_t ws_records = 0, ws_networks = 0, ws_events = 0;  // an event has one network
      people.next_round();
      for (model::NetworkId n : networks) {
        const auto events = sel.period ? events_by_network.of(n, *sel.period, ds) : events_by_network.of(n);
        std::uint64_t n_records = 0;
        std::uint32_t n_large = 0;
        places.next_round(); auths.next_round();
        network_people.next_round();
        for (model::EventId e : events) {
          if (options.coattendance.max_event_size > 0 && ds.events.attendees[e] > options.coattendance.max_event_size) ++n_large;
          for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
            if (ds.records.network[r] != n) continue;  // an event id shared by two networks
            ++n_records;
            places.see(ds.records.establishment[r]);
            auths.see(ds.records.authority[r]);
            network_people.see(ds.records.practitioner[r]);
            people.see(ds.records.practitioner[r]);
          }
        }
        const std::uint64_t n_members = network_people.count();
        by_network.append_row({sel.label, ds.networks.id[n], ds.networks.name[n], workstream, n_members, n_records,
                               events.size(), n_large, places.count(), auths.count(), ties.by_network[n]});
        ws_records += n_records;
        ws_networks += n_records > 0;
        ws_events += events.size();
      }
      by_workstream.append_row(
          {sel.label, workstream, ws_networks, people.count(), ws_records, ws_events, ties.by_network_set[w++]});
    }
    progress.advance(s + 1);
  }
  progress.end();
  out.tables.push_back(std::move(overview));
  out.tables.push_back(std::move(by_authority));
  out.tables.push_back(std::move(by_sector));
  out.tables.push_back(std::move(by_network));
  out.tables.push_back(std::move(by_workstream));
  return out;
}

}  // namespace reticulist::report

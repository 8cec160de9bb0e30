#include "engine/report/network_table.hpp"

#include <algorithm>
#include <numeric>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/membership.hpp"
#include "engine/graph/network_overlap.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/centralisation.hpp"
#include "engine/metrics/density.hpp"
#include "engine/parallel.hpp"

namespace reticulist::report {

using report::ColumnType;

report::Table make_networks_table() {
  report::Table t("networks", "Profile of each network",
                  "one row per period and network with a record in it; ties are those of the network's own events");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("name", ColumnType::Text, "network name", report::Holds::Detail);
  t.add_column("workstream", ColumnType::Text, "workstream (networks.csv)");
  const auto members =
      t.add_column("members", ColumnType::Integer, "practitioners with a record in the network", report::Holds::PeopleCount);
  t.add_column("establishments_reached", ColumnType::Integer, "distinct establishments of its records", report::Holds::EstablishmentCount);
  t.add_column("authorities_reached", ColumnType::Integer, "distinct authorities of its records");
  t.add_column("events", ColumnType::Integer, "its events (sessions)");
  t.add_column("ties", ColumnType::Integer, "co-attendance ties from its own events (large-event rule applied)");
  t.add_column("density", ColumnType::Real, "2 ties / (members (members - 1)); NA below 2 members",
               report::Holds::Measure, {members});
  t.add_column("degree_centralisation", ColumnType::Real,
               "Freeman degree centralisation of its co-attendance: 0 all alike, 1 a star; NA below 3 members");
  t.add_column("cross_authority_share", ColumnType::Real,
               "share of its ties between members of different authorities; NA without ties", report::Holds::Share);
  t.add_column("top3_brokerage_share", ColumnType::Real,
               "share of its cross-authority brokerage (Gould-Fernandez roles other than coordinator, authorities "
               "as groups) held by its three biggest brokers: near 1, it depends on a few; NA without any",
               report::Holds::Share);
  t.add_column("networks_sharing_members", ColumnType::Integer,
               "other networks with at least one member in common in the period (0: it knows no other network)");
  t.add_column("max_jaccard", ColumnType::Real,
               "largest Jaccard overlap of its members with another network's; NA when it shares none",
               report::Holds::Share);
  return t;
}

namespace {

// Share of the cross-group brokerage held by the three vertices with most of it; NA with none.
std::optional<double> top3_share(const graph::Graph& g, const std::vector<model::AuthorityId>& authority,
                                 std::uint32_t authorities) {
  const auto brokers = metrics::brokerage(g, {authority, authorities});
  std::vector<std::uint64_t> cross;
  for (const auto& roles : brokers.counts) {
    cross.push_back(roles[metrics::BrokerageRole::total] - roles[metrics::BrokerageRole::coordinator]);
  }
  const std::uint64_t all = std::accumulate(cross.begin(), cross.end(), std::uint64_t{0});
  if (all == 0) return std::nullopt;
  const std::size_t k = std::min<std::size_t>(3, cross.size());
  std::partial_sort(cross.begin(), cross.begin() + static_cast<std::ptrdiff_t>(k), cross.end(), std::greater<>());
  return static_cast<double>(std::accumulate(cross.begin(), cross.begin() + static_cast<std::ptrdiff_t>(k),
                                             std::uint64_t{0})) / static_cast<double>(all);
}

std::uint64_t distinct(std::vector<std::uint32_t> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  if (!values.empty() && values.back() == model::kNone) values.pop_back();
  return values.size();
}

}  // namespace

void add_network_rows(report::Table& table, const model::Dataset& ds, const layers::Selection& selection,
                      const MetricsOptions& options, Progress& progress) {
  const graph::EventsByNetwork by_network(ds);
  const auto overlap = graph::network_overlap(graph::membership(ds, selection.events));
  const std::size_t count = overlap.graph.vertex_count();
  // Networks are profiled side by side, each on one thread (a network's layer is small next to
  // the period's, and the largest networks' brokerage is most of the stage), and their rows
  // appended in network order afterwards: the table does not depend on the thread count.
  const unsigned workers = parallel::thread_count(options.threads, count);
  graph::CoattendanceOptions one_thread = options.coattendance;
  if (workers > 1) one_thread.threads = 1;
  std::vector<std::vector<report::Value>> rows(count);
  ProgressStage stage(progress, "network profiles", count);
  parallel::for_each_index(count, workers, [&](std::size_t index, unsigned) {
    const auto nv = static_cast<graph::Vertex>(index);
    const model::NetworkId n = overlap.network[nv];
    const auto events = selection.period ? by_network.of(n, *selection.period, ds) : by_network.of(n);
    const auto layer = graph::coattendance(ds, events, one_thread);
    const auto aff = graph::affiliation(ds, events, layer.practitioner);
    std::vector<std::uint32_t> places, authorities;
    for (auto e : events) {
      for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
        places.push_back(ds.records.establishment[r]);
        authorities.push_back(ds.records.authority[r]);
      }
    }
    std::uint64_t across = 0;
    layer.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) { across += aff.authority[u] != aff.authority[v]; });
    const auto d = metrics::density(layer.graph);
    std::optional<double> max_jaccard;
    const auto neighbours = overlap.graph.neighbours(nv);
    const auto shared = overlap.graph.weights(nv);
    for (std::size_t i = 0; i < neighbours.size(); ++i) {
      const double j = overlap.jaccard(nv, neighbours[i], shared[i]);
      if (!max_jaccard || j > *max_jaccard) max_jaccard = j;
    }
    rows[index] = {selection.label, ds.networks.id[n], ds.networks.name[n],
                   ds.networks.workstream[n].empty() ? report::Value() : report::Value(ds.networks.workstream[n]),
                   layer.practitioner.size(), distinct(std::move(places)), distinct(std::move(authorities)),
                   events.size(), d.m, d.density, metrics::degree_centralisation(layer.graph),
                   d.m > 0 ? report::Value(static_cast<double>(across) / static_cast<double>(d.m)) : report::Value(),
                   top3_share(layer.graph, aff.authority, static_cast<std::uint32_t>(ds.authorities.size())),
                   neighbours.size(), max_jaccard};
    stage.add();
  });
  for (const auto& row : rows) table.append_row(row);
}

}  // namespace reticulist::report

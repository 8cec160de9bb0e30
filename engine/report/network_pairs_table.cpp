#include "engine/report/network_pairs_table.hpp"

#include "engine/graph/membership.hpp"
#include "engine/graph/network_overlap.hpp"

namespace reticulist::report {

report::Table make_network_pairs_table() {
  report::Table t("network_pairs", "Networks that share members",
                  "one row per period and pair of networks with at least one member in common, each pair once");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("network_a", ColumnType::Text, "first network id");
  t.add_column("network_b", ColumnType::Text, "second network id");
  t.add_column("name_a", ColumnType::Text, "first network's name", Holds::Detail);
  t.add_column("name_b", ColumnType::Text, "second network's name", Holds::Detail);
  const auto shared = t.add_column("shared_members", ColumnType::Integer,
                                   "practitioners with a record in both networks in the period", Holds::PeopleCount);
  const auto a = t.add_column("members_a", ColumnType::Integer, "practitioners with a record in the first network",
                              Holds::PeopleCount);
  const auto b = t.add_column("members_b", ColumnType::Integer, "practitioners with a record in the second network",
                              Holds::PeopleCount);
  t.add_column("jaccard", ColumnType::Real,
               "Jaccard overlap shared_members / (members_a + members_b - shared_members): 1 the same people, "
               "near 0 barely any in common",
               Holds::Share, {shared, a, b});
  return t;
}

void add_network_pair_rows(report::Table& table, const model::Dataset& ds, const layers::Selection& selection) {
  const auto overlap = graph::network_overlap(graph::membership(ds, selection.events));
  const auto& nets = ds.networks;
  overlap.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double shared) {
    const model::NetworkId a = overlap.network[u];
    const model::NetworkId b = overlap.network[v];
    table.append_row({selection.label, nets.id[a], nets.id[b], nets.name[a], nets.name[b],
                      static_cast<std::int64_t>(shared), overlap.members[u], overlap.members[v],
                      overlap.jaccard(u, v, shared)});
  });
}

}  // namespace reticulist::report

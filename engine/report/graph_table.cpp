#include "engine/report/graph_table.hpp"

#include <tuple>

#include "engine/metrics/assortativity.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/communities.hpp"
#include "engine/metrics/components.hpp"
#include "engine/metrics/clustering.hpp"
#include "engine/metrics/coreness.hpp"
#include "engine/metrics/density.hpp"
#include "engine/metrics/distances.hpp"
#include "engine/metrics/ei_index.hpp"

namespace reticulist::report {

using report::ColumnType;

report::Holds vertex_count_holds(layers::LayerKind kind) {
  if (kind == layers::LayerKind::Practitioner) return report::Holds::PeopleCount;
  return kind == layers::LayerKind::Establishment ? report::Holds::EstablishmentCount : report::Holds::Count;
}

namespace {

// How Leiden found its partition, e.g. leiden:runs=10:kept=3:iterations=4:gamma=1:beta=0.01:seed=1.
std::string community_method(const metrics::Communities& c, const metrics::LeidenOptions& options) {
  if (c.restarts == 0) return "none:no_ties";
  std::string out = "leiden:runs=" + std::to_string(c.restarts) + ":kept=" + std::to_string(c.best_restart) +
                    ":iterations=" + std::to_string(c.iterations);
  if (!c.stable) out += ":not_stable";
  return out + ":gamma=" + report::format_real(options.resolution) + ":beta=" + report::format_real(options.beta) +
         ":seed=" + std::to_string(options.seed);
}

}  // namespace

report::Table make_graph_table(const MetricsOptions& options) {
  report::Table t("graph", "Whole-graph measures", "one row per period (and all): the layer's graph as a whole");
  const auto col = [&t](const char* name, ColumnType type, const std::string& description,
                        report::Holds holds = report::Holds::Measure) {
    t.add_column(name, type, description, type == ColumnType::Text ? report::default_holds(name, type) : holds);
  };
  const report::Holds vertices = vertex_count_holds(options.layer);
  const std::string weight = "; a tie's weight: " + layers::tie_weight_text(options.layer, options.coattendance.weight);
  col("period", ColumnType::Text, "period label, or all");
  col("layer", ColumnType::Text, "the graph's vertices: practitioner, establishment, authority or network");
  col("grouping", ColumnType::Text, "what the groups are (--group)");
  col("vertices", ColumnType::Integer, "n, isolates included", vertices);
  col("ties", ColumnType::Integer, "m, undirected ties", report::Holds::Count);
  col("isolates", ColumnType::Integer, "vertices without a tie", vertices);
  col("density", ColumnType::Real, "2m / (n (n - 1)), unweighted; NA for n < 2");
  col("total_weight", ColumnType::Real, "sum of tie weights" + weight);
  col("mean_tie_weight", ColumnType::Real, "total weight / m; NA without ties");
  col("mean_strength", ColumnType::Real, "2 total weight / n; NA for n = 0");
  col("components", ColumnType::Integer, "connected components, each isolate one", report::Holds::Count);
  col("largest_component", ColumnType::Integer, "vertices in the largest component", vertices);
  col("giant_share", ColumnType::Real, "largest component / n");
  col("transitivity", ColumnType::Real, "3 triangles / connected triples (global clustering), unweighted");
  col("avg_clustering_excl", ColumnType::Real, "mean local clustering over vertices of degree >= 2 (igraph's default)");
  col("avg_clustering_zero", ColumnType::Real, "mean local clustering with degree < 2 counted as 0 (networkx)");
  col("max_core", ColumnType::Integer, "largest k with a non-empty k-core (unweighted)");
  col("avg_path_length", ColumnType::Real, "mean shortest-path length over connected ordered pairs (unweighted)");
  col("avg_path_length_se", ColumnType::Real, "its standard error over sampled sources (0 when exact)");
  col("diameter", ColumnType::Integer, "longest shortest path between connected vertices (sampled: a lower bound)");
  col("distance_method", ColumnType::Text, "exact (BFS from every vertex) or sampled:<k sources>");
  col("communities", ColumnType::Integer,
      "Leiden communities maximising modularity with each tie once (Traag et al. 2019; how: community_method)");
  col("community_modularity", ColumnType::Real, "modularity Q of that partition, each tie once (Newman 2006)");
  col("community_method", ColumnType::Text,
      "leiden:runs=<R>:kept=<r>:iterations=<I>:gamma=<resolution>:beta=<refinement randomness>:seed=<--seed>: the "
      "best Q of R seeded runs (run r kept, from 0), each from singletons and iterated until an iteration changed "
      "nothing (I iterations; :not_stable if it stopped at 100); R = 10 up to 100,000 ties, 1 above 500,000; "
      "none:no_ties without a tie");
  col("communities_weighted", ColumnType::Integer,
      "the same with tie weights in the objective; NA unless --weighted" + weight);
  col("community_modularity_weighted", ColumnType::Real,
      "weighted modularity Q of that partition; NA unless --weighted");
  col("community_method_weighted", ColumnType::Text,
      "how communities_weighted was found, as community_method; NA unless --weighted");
  col("group_modularity", ColumnType::Real, "modularity Q of the group partition, each tie once");
  col("group_modularity_weighted", ColumnType::Real, "the same with tie weights; NA unless --weighted");
  col("nmi_communities_groups", ColumnType::Real, "normalised mutual information of communities and groups");
  col("ari_communities_groups", ColumnType::Real, "adjusted Rand index of communities and groups (Hubert & Arabie 1985)");
  col("nmi_communities_groups_weighted", ColumnType::Real,
      "normalised mutual information of communities_weighted and groups; NA unless --weighted");
  col("ari_communities_groups_weighted", ColumnType::Real,
      "adjusted Rand index of communities_weighted and groups; NA unless --weighted");
  col("ei", ColumnType::Real, "E-I index (E - I) / (E + I), each tie once (Krackhardt & Stern 1988), unweighted");
  col("ei_weighted", ColumnType::Real, "the same with tie weights for counts" + weight);
  col("ei_rescaled", ColumnType::Real, "E-I rescaled to [-1, 1] between its minimum and maximum given m and group sizes");
  col("ei_permutations", ColumnType::Integer, "label permutations of the E-I test (seeded)");
  col("ei_p_greater", ColumnType::Real, "share of permuted E-I >= observed, (count + 1) / (R + 1): more mixing than chance");
  col("ei_p_less", ColumnType::Real, "share of permuted E-I <= observed, (count + 1) / (R + 1): more homophily than chance");
  col("assortativity", ColumnType::Real, "nominal assortativity by group (Newman 2003)");
  for (const char* role : metrics::kBrokerageRoleNames) {
    t.add_column(std::string("brokerage_") + role, ColumnType::Integer,
                 std::string("Gould-Fernandez ") + role +
                     " two-paths of the whole graph (open two-paths a-v-b, each pair {a, b} once, by group)");
    t.add_column(std::string("brokerage_") + role + "_z", ColumnType::Real,
                 "z-score of R sna::brokerage's z.gli (Bernoulli null, sna's scale); NA when the role is impossible");
  }
  col("weighted", ColumnType::Boolean,
      "whether --weighted was given: it fills the *_weighted columns, NA without it (all but ei_weighted, always "
      "given); no other column depends on it");
  return t;
}

GraphCommunities add_graph_row(report::Table& table, const std::string& period, const layers::LayerView& layer,
                               const layers::Grouping& grouping, const SharedMeasures& shared,
                               const MetricsOptions& options, Progress& progress) {
  const auto& g = layer.graph;
  const auto d = metrics::density(g);
  const auto comps = metrics::components(g);
  const auto& clus = shared.clustering;
  const auto cores = metrics::coreness(g);
  const auto dist = metrics::distances(g, {.seed = options.seed, .threads = options.threads}, progress);
  metrics::LeidenOptions leiden_options;
  leiden_options.seed = options.seed;
  std::optional<metrics::Communities> leiden_w;
  metrics::PartitionAgreement agree_w;  // NA without --weighted
  std::optional<double> group_modularity_w;
  const auto [leiden, agree] = in_stage(progress, "communities", [&] {
    auto found = metrics::communities(g, leiden_options);
    const auto agreement = metrics::agreement(found.membership, grouping.partition);
    if (options.weighted) {
      metrics::LeidenOptions weighted = leiden_options;
      weighted.weighted = true;
      leiden_w = metrics::communities(g, weighted);
      agree_w = metrics::agreement(leiden_w->membership, grouping.partition);
      group_modularity_w = metrics::modularity(g, grouping.partition, true);
    }
    return std::pair(std::move(found), agreement);
  });
  const auto ei = metrics::ei_index(g, grouping.partition);
  const auto test = metrics::ei_permutation_test(
      g, grouping.partition, {.permutations = options.ei_permutations, .seed = options.seed, .threads = options.threads},
      progress);
  const auto assort = metrics::assortativity(g, grouping.partition);
  const auto& brokers = shared.brokerage;
  const std::string method = dist.exact ? "exact" : "sampled:" + std::to_string(dist.sources);
  std::vector<report::Value> row{period, layers::layer_name(layer.kind), grouping.by, d.n, d.m, d.isolates, d.density,
                                 d.total_weight, d.mean_weight, d.mean_strength, comps.count, comps.largest_size,
                                 comps.giant_share, clus.transitivity, clus.avg_clustering_excl,
                                 clus.avg_clustering_zero, cores.max_core, dist.average_path_length,
                                 dist.standard_error, dist.diameter, method, leiden.count, leiden.modularity,
                                 community_method(leiden, leiden_options)};
  if (leiden_w) {
    row.insert(row.end(), {leiden_w->count, leiden_w->modularity, community_method(*leiden_w, leiden_options)});
  } else {
    row.insert(row.end(), 3, report::Value());
  }
  row.insert(row.end(), {metrics::modularity(g, grouping.partition, false), group_modularity_w, agree.nmi,
                         agree.adjusted_rand, agree_w.nmi, agree_w.adjusted_rand, ei.graph.ei, ei.graph.ei_weighted,
                         ei.ei_rescaled, test.permutations, test.p_greater, test.p_less, assort.r});
  for (std::size_t r = 0; r < metrics::kBrokerageRoles; ++r) {
    row.emplace_back(brokers.graph_counts[r]);
    row.emplace_back(brokers.graph_z[r]);
  }
  row.emplace_back(options.weighted);
  table.append_row(row);
  GraphCommunities out{leiden.membership, std::nullopt};
  if (leiden_w) out.weighted = leiden_w->membership;
  return out;
}

}  // namespace reticulist::report

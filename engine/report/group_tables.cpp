#include "engine/report/group_tables.hpp"

#include "engine/metrics/block_density.hpp"
#include "engine/metrics/ei_index.hpp"
#include "engine/report/graph_table.hpp"

namespace reticulist::report {

using report::ColumnType;

report::Table make_groups_table(const MetricsOptions& options) {
  const layers::LayerKind kind = options.layer;
  report::Table t("groups", "Density and homophily by group",
                  "one row per period and group (groups with no vertex in the period included)");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("layer", ColumnType::Text, "the graph's vertices: practitioner, establishment, authority or network",
               report::Holds::Detail);
  t.add_column("grouping", ColumnType::Text, "what the groups are (--group)", report::Holds::Detail);
  t.add_column("group", ColumnType::Text, "group label");
  const auto n_g =
      t.add_column("vertices", ColumnType::Integer, "vertices in the group, isolates included (n_g)", vertex_count_holds(kind));
  t.add_column("ties_within", ColumnType::Integer, "ties with both ends in the group (I_g, unweighted)");
  t.add_column("ties_out", ColumnType::Integer, "ties with one end in the group (E_g, unweighted)");
  t.add_column("density_within", ColumnType::Real, "I_g / (n_g (n_g - 1) / 2); NA when n_g < 2", report::Holds::Measure,
               {n_g});
  t.add_column("expected_within", ColumnType::Real,
               "ties within expected under random mixing with the same number of ties: m pairs_g / (n (n - 1) / 2)");
  t.add_column("ei", ColumnType::Real, "group E-I index (E_g - I_g) / (E_g + I_g), Krackhardt & Stern 1988; NA without ties");
  t.add_column("ei_weighted", ColumnType::Real,
               "the same with tie weights for counts; NA without ties; a tie's weight: " +
                   layers::tie_weight_text(options.layer, options.coattendance.weight));
  return t;
}

report::Table make_group_pairs_table(const MetricsOptions& options) {
  const layers::LayerKind kind = options.layer;
  report::Table t("group_pairs", "Block matrix: ties and density between groups",
                  "one row per period and pair of groups g <= h (g = h: within the group)");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("layer", ColumnType::Text, "the graph's vertices", report::Holds::Detail);
  t.add_column("grouping", ColumnType::Text, "what the groups are (--group)", report::Holds::Detail);
  t.add_column("group_a", ColumnType::Text, "first group (labels in ascending order)");
  t.add_column("group_b", ColumnType::Text, "second group (equal to group_a for the diagonal)");
  t.add_column("ties", ColumnType::Integer, "ties between the two groups (e_gh, unweighted)");
  t.add_column("weight", ColumnType::Real,
               "sum of those ties' weights; a tie's weight: " +
                   layers::tie_weight_text(options.layer, options.coattendance.weight));
  // n_g n_h gives the group sizes away: on the practitioner layer it is protected as a count of people.
  const auto possible = t.add_column("possible", ColumnType::Integer,
                                     "possible ties: n_g n_h, or n_g (n_g - 1) / 2 on the diagonal", vertex_count_holds(kind));
  t.add_column("density", ColumnType::Real, "ties / possible; NA when no tie is possible (a one-member group's diagonal)",
               report::Holds::Measure, {possible});
  t.add_column("expected_ties", ColumnType::Real,
               "ties expected under random mixing with the same number of ties m: m possible / (n (n - 1) / 2)",
               report::Holds::Measure, {possible});
  return t;
}

void add_group_rows(report::Table& groups, report::Table& group_pairs, const std::string& period,
                    const layers::LayerView& layer, const layers::Grouping& grouping, Progress& progress) {
  ProgressStage stage(progress, "groups and blocks", 0);
  const std::string layer_text(layers::layer_name(layer.kind));
  const auto blocks = metrics::block_density(layer.graph, grouping.partition);
  const auto ei = metrics::ei_index(layer.graph, grouping.partition);
  for (std::uint32_t g = 0; g < grouping.partition.group_count; ++g) {
    const auto& within = blocks.cell(g, g);
    groups.append_row({period, layer_text, grouping.by, grouping.labels[g], blocks.sizes[g], ei.groups[g].internal,
                       ei.groups[g].external, within.density, within.expected_ties, ei.groups[g].ei,
                       ei.groups[g].ei_weighted});
  }
  for (const auto& cell : blocks.cells) {
    group_pairs.append_row({period, layer_text, grouping.by, grouping.labels[cell.g], grouping.labels[cell.h], cell.ties,
                            cell.weight, cell.pairs, cell.density, cell.expected_ties});
  }
}

}  // namespace reticulist::report

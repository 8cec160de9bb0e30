// tie_churn of `reticulist churn`: between consecutive periods, the ties formed, dissolved and
// kept on the practitioner co-attendance layer (large-event rule applied), on its
// cross-authority subset (authorities as graph::affiliation places each practitioner in the
// period) and on the authority layer (graph::aggregate: two authorities are tied when a
// practitioner tie joins them). Only one period's layers are held at a time, beside the ties
// (metrics::TieSet, 8 bytes a tie) of the period before.
#include <optional>
#include <string>

#include "engine/report/churn_tables.hpp"
#include "engine/graph/aggregate.hpp"
#include "engine/graph/event_selection.hpp"
#include "engine/metrics/tie_churn.hpp"

namespace reticulist::report {

using report::ColumnType;

TieChurnRows::TieChurnRows()
    : table_("tie_churn", "Ties formed, dissolved and kept between consecutive periods",
             "one row per pair of consecutive periods and layer") {
  report::Table& t = table_;
  t.add_column("period_from", ColumnType::Text, "earlier period (t)", report::Holds::Period);
  t.add_column("period_to", ColumnType::Text, "later period (t+1)", report::Holds::Period);
  t.add_column("layer", ColumnType::Text,
               "practitioner (co-attendance), practitioner_cross_authority (its ties between authorities), authority", report::Holds::Detail);
  t.add_column("vertices_before", ColumnType::Integer, "vertices in period_from (practitioners with a record, or authorities)", report::Holds::PeopleCount);
  t.add_column("vertices_after", ColumnType::Integer, "vertices in period_to", report::Holds::PeopleCount);
  t.add_column("ties_before", ColumnType::Integer, "ties in period_from (unweighted)");
  t.add_column("ties_after", ColumnType::Integer, "ties in period_to");
  t.add_column("tie_change", ColumnType::Integer, "ties_after - ties_before");
  t.add_column("formed", ColumnType::Integer, "ties in period_to that were not ties in period_from");
  t.add_column("dissolved", ColumnType::Integer, "ties in period_from that are not ties in period_to");
  t.add_column("kept", ColumnType::Integer, "ties in both periods");
  t.add_column("dissolved_both_present", ColumnType::Integer,
               "dissolved ties whose two ends are both still vertices in period_to");
  t.add_column("possible_formations", ColumnType::Integer,
               "pairs of period_to vertices (in different authorities, for the cross-authority subset) not tied in "
               "period_from");
  t.add_column("formation_fraction", ColumnType::Real, "formed / possible_formations; NA when 0");
  t.add_column("dissolution_fraction", ColumnType::Real, "dissolved / ties_before (as tsna tEdgeDissolution); NA when 0");
  t.add_note("tsna", "dissolution fraction as tsna tEdgeDissolution(result.type='fraction'); formation fraction as "
                     "tsna's stated definition (forming / empty dyads that could form) over the vertices of period_to, "
                     "not tsna's aggregate network size");
  t.add_note("cross_authority", "a practitioner tie is cross-authority when its ends are in different authorities in "
                                "that period; a tie that stops crossing because someone moved counts as dissolved");
  t.add_note("large_event_rule", "events above max_event_size add no ties (as every co-attendance layer)");

}

void TieChurnRows::add(const std::string& period, const graph::Graph& practitioners,
                       const std::vector<model::PractitionerId>& practitioner, const graph::Affiliation& affiliation) {
  const graph::GroupLayer authorities = graph::aggregate(practitioners, affiliation.authority);
  Snapshot current{period, metrics::tie_set(practitioners, practitioner, &affiliation.authority),
                   metrics::tie_set(authorities.graph, authorities.entity)};
  if (previous_) {
    const Snapshot& a = *previous_;
    const Snapshot& b = current;
    const auto row = [&](const char* layer, const metrics::TieChurn& x) {
      table_.append_row({a.period, b.period, layer, x.vertices_before, x.vertices_after, x.ties_before, x.ties_after,
                         static_cast<std::int64_t>(x.ties_after) - static_cast<std::int64_t>(x.ties_before), x.formed,
                         x.dissolved, x.kept, x.dissolved_both_present, x.possible_formations,
                         x.formation_fraction(), x.dissolution_fraction()});
    };
    row("practitioner", metrics::tie_churn(a.practitioners, b.practitioners));
    row("practitioner_cross_authority", metrics::tie_churn(a.practitioners, b.practitioners, true));
    row("authority", metrics::tie_churn(a.authorities, b.authorities));
  }
  previous_ = std::move(current);
}

report::Table tie_churn_table(const model::Dataset& ds, const model::Periods& periods,
                              const graph::CoattendanceOptions& options, Progress& progress) {
  TieChurnRows rows;
  progress.begin("tie churn", periods.size());
  for (std::size_t p = 0; p < periods.size(); ++p) {
    const auto events = graph::events_in_period(ds, periods[p]);
    const graph::PractitionerLayer layer = graph::coattendance(ds, events, options);
    rows.add(periods[p].label, layer.graph, layer.practitioner, graph::affiliation(ds, events, layer.practitioner));
    progress.advance(p + 1);
  }
  progress.end();
  return rows.take();
}

}  // namespace reticulist::report

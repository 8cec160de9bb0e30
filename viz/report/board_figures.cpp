#include "viz/report/board_figures.hpp"

#include <algorithm>
#include <map>

#include "engine/error.hpp"
#include "viz/figure/chart_pivot.hpp"
#include "viz/figure/heatmap_pivot.hpp"

namespace reticulist::viz {
namespace {

const report::Table& need(const Tables& tables, std::string_view name, std::string_view figure) {
  const report::Table* t = find_table(tables, name);
  if (!t || t->row_count() == 0) {
    throw ConfigError(std::string(figure) + ": no " + std::string(name) + " table to draw from");
  }
  return *t;
}

std::string subtitle(const FigureContext& c, const std::string& what) {
  return c.dataset + " \u00b7 " + what + " \u00b7 " + std::string(privacy::view_name(c.view)) + " view";
}

Cell& cell_at(Heatmap& h, std::size_t row, std::size_t col) { return h.cells[row * h.column_labels.size() + col]; }

std::string sector_label(const std::string& sector) {
  static const std::map<std::string, std::string> names{{"elc", "Early learning"}, {"primary", "Primary"},
                                                        {"secondary", "Secondary"}, {"special", "Special"},
                                                        {"other", "Other"}, {"unknown", "Unknown"}};
  const auto at = names.find(sector);
  return at == names.end() ? sector : at->second;
}

// The label of each key of `column` in `table` from `label_column` (an id's name).
std::map<std::string, std::string> labels_of(const report::Table& table, std::string_view column,
                                             std::string_view label_column) {
  std::map<std::string, std::string> out;
  const auto key = table.column_index(column), label = table.column_index(label_column);
  for (std::size_t r = 0; r < table.row_count(); ++r) out.emplace(table.format_cell(r, key), table.format_cell(r, label));
  return out;
}

struct TieColumn {
  const char* column;
  const char* legend;
  ValueFormat format;
};

TieColumn tie_column(TieMeasure measure) {
  switch (measure) {
    case TieMeasure::Ties: return {"ties", "Co-attendance ties (pairs of practitioners who met at an event)", ValueFormat::Integer};
    case TieMeasure::Density: return {"density", "Block density (ties / possible pairs)", ValueFormat::Decimal};
    case TieMeasure::Per100: return {"ties_per_100", "Ties per 100 practitioners of the row authority", ValueFormat::Decimal};
    case TieMeasure::ObservedToExpected:
      return {"observed_to_expected", "Observed / expected ties under random mixing (1 = as chance)", ValueFormat::Decimal};
  }
  return {"ties", "", ValueFormat::Integer};
}

Heatmap tie_matrix(const report::Table& t, const std::string& period, const TieColumn& column) {
  PivotSpec spec;
  spec.row_column = "authority_a";
  spec.column_column = "authority_b";
  spec.value_column = column.column;
  spec.filters = {{"period", period}};
  Heatmap h = pivot_heatmap(t, spec);
  // Ties within an authority are not cross-authority ties: left blank.
  for (std::size_t r = 0; r < h.row_labels.size(); ++r) {
    for (std::size_t c = 0; c < h.column_labels.size(); ++c) {
      if (h.row_labels[r] == h.column_labels[c]) cell_at(h, r, c) = Cell::missing();
    }
  }
  return h;
}

// A heatmap of shares on the full 0-100% scale, blank cells explained.
void as_shares(Heatmap& h, const FigureContext& c, std::string legend, std::string missing_meaning) {
  h.format = ValueFormat::Percent;
  h.legend_title = std::move(legend);
  h.scale_min = 0.0;
  h.scale_max = 1.0;
  h.missing_text = "\u2013";
  h.missing_meaning = std::move(missing_meaning);
  h.footnote = suppression_note(c);
}

}  // namespace

std::string suppression_note(const FigureContext& c) {
  if (c.view == privacy::View::Officer) return "Officer view: every figure is shown; not for publication.";
  return "[c] suppressed: a count of fewer than " + std::to_string(c.threshold) +
         " people, or a figure that would reveal one (GSS disclosure rule).";
}

std::string chosen_period(const FigureContext& c, const std::optional<std::string>& given) {
  if (c.periods.empty()) throw ConfigError("the data has no period with a record: nothing to draw");
  if (!given) return c.periods.back();
  if (std::find(c.periods.begin(), c.periods.end(), *given) == c.periods.end()) {
    std::string known;
    for (const auto& p : c.periods) known += (known.empty() ? "" : ", ") + p;
    throw ConfigError("--period " + *given + ": no such period (the data has " + known + ")");
  }
  return *given;
}

std::optional<TieMeasure> parse_tie_measure(std::string_view text) {
  if (text == "ties") return TieMeasure::Ties;
  if (text == "density") return TieMeasure::Density;
  if (text == "per-100") return TieMeasure::Per100;
  if (text == "observed-expected") return TieMeasure::ObservedToExpected;
  return std::nullopt;
}

Heatmap authority_ties_heatmap(const Tables& tables, const FigureContext& c, const std::string& period,
                               TieMeasure measure, const std::optional<std::string>& compare) {
  const report::Table& t = need(tables, "authority_ties", "authority-ties heatmap");
  const TieColumn column = tie_column(measure);
  Heatmap h = tie_matrix(t, period, column);
  h.row_axis = "Authority";
  h.column_axis = "Authority";
  h.format = column.format;
  h.legend_title = column.legend;
  h.missing_text = "\u2013";
  h.missing_meaning = "ties within an authority (not shown: see groups.csv)";
  h.footnote = suppression_note(c);
  if (!compare) {
    h.title = "Ties between authorities, " + period;
    h.subtitle = subtitle(c, column.legend);
    return h;
  }
  const Heatmap before = tie_matrix(t, *compare, column);
  for (std::size_t r = 0; r < h.row_labels.size(); ++r) {
    for (std::size_t col = 0; col < h.column_labels.size(); ++col) {
      Cell& now = cell_at(h, r, col);
      const auto br = std::find(before.row_labels.begin(), before.row_labels.end(), h.row_labels[r]);
      const auto bc = std::find(before.column_labels.begin(), before.column_labels.end(), h.column_labels[col]);
      if (br == before.row_labels.end() || bc == before.column_labels.end()) {
        now = Cell::missing();
        continue;
      }
      const Cell was = before.cells[std::size_t(br - before.row_labels.begin()) * before.column_labels.size() +
                                    std::size_t(bc - before.column_labels.begin())];
      if (now.kind == Cell::Kind::Suppressed || was.kind == Cell::Kind::Suppressed) now = Cell::suppressed();
      else if (now.kind == Cell::Kind::Value && was.kind == Cell::Kind::Value) now = Cell::of(now.value - was.value);
      else now = Cell::missing();
    }
  }
  h.title = "Change in ties between authorities, " + *compare + " to " + period;
  h.subtitle = subtitle(c, "change in " + std::string(column.column));
  h.legend_title = "Change since " + *compare + ": " + column.legend;
  h.scale = Scale::Diverging;
  h.format = measure == TieMeasure::Ties ? ValueFormat::SignedInteger : ValueFormat::Decimal;
  return h;
}

Heatmap engagement_heatmap(const Tables& tables, const FigureContext& c, const std::string& period,
                           bool by_establishment) {
  if (!by_establishment) {
    const report::Table& t = need(tables, "by_authority_sector", "engagement heatmap");
    PivotSpec spec;
    spec.row_column = "authority";
    spec.column_column = "sector";
    spec.value_column = "share_engaged";
    spec.filters = {{"period", period}};
    spec.column_order = {"elc", "primary", "secondary", "special"};
    Heatmap h = pivot_heatmap(t, spec);
    for (auto& label : h.column_labels) label = sector_label(label);
    h.title = "Establishments engaged, by authority and sector, " + period;
    h.subtitle = subtitle(c, "share of the register's establishments with a practitioner taking part");
    h.row_axis = "Authority";
    h.column_axis = "Sector";
    as_shares(h, c, "Establishments engaged (% of the register)", "no establishment of that sector in the register");
    return h;
  }
  const report::Table& t = need(tables, "establishments", "engagement heatmap");
  const auto est = t.column_index("establishment"), per = t.column_index("period"), reg = t.column_index("in_register"),
             eng = t.column_index("engaged"), auth = t.column_index("authority"), sec = t.column_index("sector"),
             name = t.column_index("name");
  struct Row {
    std::string authority, sector, name, key;
    int engaged = 0;
  };
  std::map<std::string, Row> rows;
  for (std::size_t r = 0; r < t.row_count(); ++r) {
    if (t.format_cell(r, per) == "all" || t.format_cell(r, reg) != "true") continue;
    Row& row = rows[t.format_cell(r, est)];
    row = {t.format_cell(r, auth), t.format_cell(r, sec), t.format_cell(r, name), t.format_cell(r, est),
           row.engaged + (t.format_cell(r, eng) == "true")};
  }
  std::vector<Row> ordered;
  for (auto& [key, row] : rows) ordered.push_back(row);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Row& a, const Row& b) {
    if (a.authority != b.authority) return a.authority < b.authority;
    if (a.sector != b.sector) return a.sector < b.sector;
    if (a.engaged != b.engaged) return a.engaged > b.engaged;
    return a.name < b.name;
  });
  PivotSpec spec;
  spec.row_column = "establishment";
  spec.row_label_column = "name";
  spec.group_column = "authority";
  spec.column_column = "period";
  spec.value_column = "status";
  spec.filters = {{"period", "all", true}, {"in_register", "true"}};
  spec.categories = {{"never", {0xd5, 0x5e, 0x00}}, {"lapsed", {0xe6, 0x9f, 0x00}}, {"new", {0x56, 0xb4, 0xe9}},
                     {"returning", {0x00, 0x72, 0xb2}}, {"active", {0x00, 0x9e, 0x73}}};
  for (const auto& row : ordered) spec.row_order.push_back(row.key);
  spec.column_order = c.periods;
  Heatmap h = pivot_heatmap(t, spec);
  h.title = "Engagement of every establishment in the register, " + c.periods.front() + " to " + c.periods.back();
  h.subtitle = subtitle(c, "status in each period; establishments by authority, then sector, most engaged first");
  h.row_axis = "Establishment";
  h.column_axis = "Period";
  h.group_axis = "Authority";
  h.legend_title = "Status in the period";
  h.footnote = "never: no record up to the period; new: first record; active: a record this period and the one "
               "before; returning: a record again after a gap; lapsed: none this period, some before. " +
               suppression_note(c);
  return h;
}

Heatmap reach_heatmap(const Tables& tables, const FigureContext& c, const std::string& period) {
  const report::Table& t = need(tables, "by_authority_network", "reach heatmap");
  PivotSpec spec;
  spec.row_column = "network_name";
  spec.column_column = "authority";
  spec.value_column = "share_of_register_reached";
  spec.filters = {{"period", period}};
  Heatmap h = pivot_heatmap(t, spec);
  for (auto& cell : h.cells) {
    if (cell.kind == Cell::Kind::Missing) cell = Cell::of(0.0);  // no record there: reached none
  }
  h.title = "Reach of each network into each authority, " + period;
  h.subtitle = subtitle(c, "share of the authority's register establishments with a practitioner in the network");
  h.row_axis = "Network";
  h.column_axis = "Authority";
  h.format = ValueFormat::Percent;
  h.legend_title = "Establishments reached (% of the authority's register)";
  h.scale_min = 0.0;
  h.footnote = suppression_note(c);
  return h;
}

Heatmap retention_heatmap(const Tables& tables, const FigureContext& c) {
  const report::Table& t = need(tables, "transitions", "retention heatmap");
  PivotSpec spec;
  spec.row_column = "name";
  spec.column_column = "period_to";
  spec.value_column = "retention";
  Heatmap h = pivot_heatmap(t, spec);
  h.title = "Members kept from one period to the next, by network";
  h.subtitle = subtitle(c, "retention: members of the period before who took part again");
  h.row_axis = "Network";
  h.column_axis = "Period (kept from the one before)";
  as_shares(h, c, "Members kept (% of the period before)", "no members in the period before (or not running)");
  return h;
}

Heatmap cohorts_heatmap(const Tables& tables, const FigureContext& c) {
  const report::Table& t = need(tables, "cohorts", "cohorts heatmap");
  PivotSpec spec;
  spec.row_column = "cohort";
  spec.column_column = "periods_later";
  spec.value_column = "share";
  spec.filters = {{"scope", "partnership"}};
  Heatmap h = pivot_heatmap(t, spec);
  for (auto& label : h.column_labels) label = label == "0" ? "joining period" : "+" + label;
  h.title = "Cohort retention across the partnership";
  h.subtitle = subtitle(c, "of those who first took part in a period, the share taking part later");
  h.row_axis = "Cohort (first period)";
  h.column_axis = "Periods later";
  as_shares(h, c, "Cohort still taking part (%)", "not yet observed");
  return h;
}

std::optional<ChartKind> parse_chart_kind(std::string_view text) {
  if (text == "engagement") return ChartKind::Engagement;
  if (text == "practitioners") return ChartKind::Practitioners;
  if (text == "ties") return ChartKind::Ties;
  if (text == "membership") return ChartKind::Membership;
  return std::nullopt;
}

SmallMultiples trend_chart(const Tables& tables, const FigureContext& c, ChartKind kind) {
  ChartPivotSpec spec;
  spec.x_order = c.periods;
  const std::string span = c.periods.empty() ? std::string() : c.periods.front() + " to " + c.periods.back();
  SmallMultiples chart;
  switch (kind) {
    case ChartKind::Engagement: {
      spec.panel_column = "authority";
      spec.x_column = "period";
      spec.series = {{"engaged", "Engaged in the period"}, {"never", "Never engaged"}};
      spec.filters = {{"period", "all", true}};
      chart = pivot_small_multiples(need(tables, "engagement_by_authority", "engagement chart"), spec);
      chart.title = "Establishments engaged and never engaged, by authority, " + span;
      chart.y_axis = "Establishments in the register";
      chart.format = ValueFormat::Integer;
      break;
    }
    case ChartKind::Practitioners:
    case ChartKind::Ties: {
      const bool people = kind == ChartKind::Practitioners;
      spec.panel_column = "authority";
      spec.x_column = "period";
      spec.series = {people ? SeriesSpec{"practitioners", "Practitioners"} : SeriesSpec{"ties_across", "Ties across authorities"}};
      spec.filters = {{"period", "all", true}};
      chart = pivot_small_multiples(need(tables, "by_authority", "trend chart"), spec);
      chart.title = (people ? "Practitioners taking part, by authority, " : "Ties to other authorities, by authority, ") + span;
      chart.y_axis = people ? "Practitioners (people)" : "Co-attendance ties with practitioners of other authorities";
      chart.format = ValueFormat::Integer;
      break;
    }
    case ChartKind::Membership: {
      const report::Table& t = need(tables, "transitions", "membership chart");
      spec.panel_column = "network";
      spec.x_column = "period_to";
      spec.series = {{"members_after", "Members"}, {"joiners", "Joiners"}, {"leavers", "Leavers"}};
      if (!spec.x_order.empty()) spec.x_order.erase(spec.x_order.begin());  // changes start with the second
      chart = pivot_small_multiples(t, spec);
      // The largest networks in the last period: 12 panels stay readable.
      const auto names = labels_of(t, "network", "name");
      std::vector<std::pair<double, std::size_t>> size;
      for (std::size_t p = 0; p < chart.panels.size(); ++p) {
        const auto& members = chart.panels[p].values[0];
        double last = 0.0;
        for (const Cell& v : members) {
          if (v.kind == Cell::Kind::Value) last = v.value;
        }
        size.emplace_back(-last, p);
      }
      std::stable_sort(size.begin(), size.end());
      std::vector<Panel> kept;
      for (std::size_t i = 0; i < size.size() && i < 12; ++i) {
        Panel panel = chart.panels[size[i].second];
        const auto at = names.find(panel.title);
        if (at != names.end()) panel.title = at->second;
        kept.push_back(std::move(panel));
      }
      const std::size_t all = chart.panels.size();
      chart.panels = std::move(kept);
      chart.title = "Membership of the largest networks, with joiners and leavers, " + span;
      chart.y_axis = "People";
      chart.format = ValueFormat::Integer;
      // Each panel on its own scale: the largest network has ten times the members of the
      // twelfth, which on a shared scale draws flat.
      chart.shared_y = false;
      chart.footnote = "The " + std::to_string(chart.panels.size()) + " largest of " + std::to_string(all) +
                       " networks by members in the last period, each on its own scale; every network is in "
                       "transitions.csv. ";
      break;
    }
  }
  chart.subtitle = subtitle(c, "by period");
  chart.x_axis = "Period";
  chart.footnote += suppression_note(c);
  return chart;
}

}  // namespace reticulist::viz

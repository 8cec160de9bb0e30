// board_figures and BoardFigure: which pictures the Board pack holds, and their table equivalents.
#include <ostream>
#include <sstream>

#include "engine/error.hpp"
#include "viz/diagram/authorities_diagram.hpp"
#include "viz/diagram/network_diagrams.hpp"
#include "viz/report/board_report.hpp"

namespace reticulist::viz {
namespace {

// Rows of `table` whose `column` reads `value` (and, with `differ`, whose two columns differ).
std::function<bool(std::size_t)> rows_where(const report::Table* table, std::string column, std::string value) {
  const auto col = table->column_index(column);
  return [table, col, value](std::size_t r) { return table->format_cell(r, col) == value; };
}

struct Builder {
  const Tables& tables;
  const FigureContext& context;
  std::vector<std::string>& notes;
  std::vector<BoardFigure> out{};

  const report::Table* table(std::string_view name) const { return find_table(tables, name); }

  // Adds a figure built by `draw`, or a note when its table is missing (ConfigError).
  template <typename Draw>
  void add(std::string stem, std::string section, Draw draw, std::optional<TableView> view) {
    try {
      BoardFigure f{std::move(stem), std::move(section), {}, {}, draw(), std::move(view), {}};
      if (const auto* figure = std::get_if<Figure>(&f.drawing)) {
        f.title = figure->title;
        f.alt = figure->description;
      } else {
        const auto& d = std::get<Diagram>(f.drawing);
        f.title = d.title;
        f.alt = d.title + ". " + d.subtitle + ". " + d.legend.size_meaning + "; " + d.legend.width_meaning + ".";
      }
      out.push_back(std::move(f));
    } catch (const ConfigError& e) {
      notes.push_back(stem + " not drawn: " + e.what());
    }
  }

  std::optional<TableView> view(std::string_view name, std::vector<std::string> columns,
                                std::function<bool(std::size_t)> rows, std::size_t max_rows = 0) const {
    const report::Table* t = table(name);
    if (!t) return std::nullopt;
    return TableView{t, std::move(columns), std::move(rows), max_rows, {}};
  }
};

}  // namespace

const std::string& BoardFigure::svg() const {
  if (svg_cache) return *svg_cache;
  if (const auto* figure = std::get_if<Figure>(&drawing)) {
    svg_cache = svg_document(*figure, stem);
  } else {
    std::ostringstream out;
    render_diagram(std::get<Diagram>(drawing), DiagramFormat::Svg, out);
    svg_cache = out.str();
  }
  return *svg_cache;
}

void BoardFigure::write_png(std::ostream& out) const {
  if (const auto* figure = std::get_if<Figure>(&drawing)) {
    write_figure(FigureFormat::Png, out, *figure);
    return;
  }
  render_diagram(std::get<Diagram>(drawing), DiagramFormat::Png, out);
}

std::vector<BoardFigure> board_figures(const Tables& tables, const FigureContext& c, std::vector<std::string>& notes) {
  Builder b{tables, c, notes};
  if (c.periods.empty()) return {};
  const std::string last = c.periods.back();
  const std::string previous = c.periods.size() > 1 ? c.periods[c.periods.size() - 2] : std::string();
  const bool officer = c.view == privacy::View::Officer;

  // Ties between authorities.
  const report::Table* ties = b.table("authority_ties");
  const auto tie_rows = [ties](const std::string& period) -> std::function<bool(std::size_t)> {
    if (!ties) return {};
    const auto p = ties->column_index("period"), a = ties->column_index("authority_a"), z = ties->column_index("authority_b");
    return [ties, p, a, z, period](std::size_t r) {
      return ties->format_cell(r, p) == period && ties->format_cell(r, a) < ties->format_cell(r, z);
    };
  };
  const std::vector<std::string> tie_columns{"period", "authority_a", "authority_b", "ties", "ties_per_100",
                                             "observed_to_expected", "density"};
  b.add("authorities_diagram", "ties", [&]() -> std::variant<Figure, Diagram> {
    const report::Table* groups = b.table("groups");
    const report::Table* pairs = b.table("group_pairs");
    if (!groups || !pairs) throw ConfigError("no groups or group_pairs table");
    AuthoritiesDiagramOptions o;
    o.names = b.table("by_authority");
    return authorities_diagram(*groups, *pairs, last, o);
  }, b.view("authority_ties", tie_columns, tie_rows(last)));
  b.add("authority_ties_heatmap", "ties", [&]() -> std::variant<Figure, Diagram> {
    return heatmap_figure(authority_ties_heatmap(tables, c, last, TieMeasure::Ties));
  }, b.view("authority_ties", tie_columns, tie_rows(last)));
  if (!previous.empty()) {
    b.add("authority_ties_change", "ties", [&]() -> std::variant<Figure, Diagram> {
      return heatmap_figure(authority_ties_heatmap(tables, c, last, TieMeasure::Ties, previous));
    }, b.view("authority_ties", tie_columns, [f = tie_rows(last), g = tie_rows(previous)](std::size_t r) {
      return f(r) || g(r);
    }));
  }
  b.add("ties_chart", "ties", [&]() -> std::variant<Figure, Diagram> {
    return chart_figure(trend_chart(tables, c, ChartKind::Ties));
  }, b.view("by_authority", {"period", "authority", "practitioners", "ties_within", "ties_across"}, {}));

  // Engagement.
  const report::Table* sectors = b.table("by_authority_sector");
  b.add("engagement_heatmap", "engagement", [&]() -> std::variant<Figure, Diagram> {
    return heatmap_figure(engagement_heatmap(tables, c, last, false));
  }, sectors ? b.view("by_authority_sector", {"period", "authority", "sector", "establishments", "engaged", "share_engaged"},
                      rows_where(sectors, "period", last))
             : std::nullopt);
  if (officer) {
    const report::Table* est = b.table("establishments");
    b.add("engagement_establishments_heatmap", "engagement", [&]() -> std::variant<Figure, Diagram> {
      return heatmap_figure(engagement_heatmap(tables, c, last, true));
    }, est ? b.view("establishments", {"period", "authority", "name", "sector", "status", "practitioners"},
                    rows_where(est, "period", last), 200)
           : std::nullopt);
  }
  const report::Table* by_authority = b.table("engagement_by_authority");
  b.add("engagement_chart", "engagement", [&]() -> std::variant<Figure, Diagram> {
    return chart_figure(trend_chart(tables, c, ChartKind::Engagement));
  }, b.view("engagement_by_authority", {"period", "authority", "establishments", "engaged", "never", "share_engaged"},
            by_authority ? [t = by_authority, col = by_authority->column_index("period")](std::size_t r) {
              return t->format_cell(r, col) != "all";
            } : std::function<bool(std::size_t)>{}));
  b.add("practitioners_chart", "engagement", [&]() -> std::variant<Figure, Diagram> {
    return chart_figure(trend_chart(tables, c, ChartKind::Practitioners));
  }, b.view("by_authority", {"period", "authority", "practitioners", "establishments_engaged"}, {}));

  // Networks.
  const report::Table* reach = b.table("by_authority_network");
  const std::vector<std::string> reach_columns{"authority", "network_name", "in_register_reached",
                                               "establishments_in_register", "share_of_register_reached", "practitioners"};
  b.add("reach_heatmap", "networks", [&]() -> std::variant<Figure, Diagram> {
    return heatmap_figure(reach_heatmap(tables, c, last));
  }, reach ? b.view("by_authority_network", reach_columns, rows_where(reach, "period", last), 100) : std::nullopt);
  // The networks-against-authorities diagram (diagram --kind networks) is left out of the page:
  // 8 authorities by 50-odd networks make hundreds of crossing lines; the reach heatmap above
  // shows the same pairs legibly.
  const report::Table* pairs = b.table("network_pairs");
  b.add("network_overlap_diagram", "networks", [&]() -> std::variant<Figure, Diagram> {
    if (!pairs) throw ConfigError("no network_pairs table");
    NetworkOverlapDiagramOptions o;
    o.networks = b.table("networks");
    // Overlaps of at least 1%: the smaller ones (and those suppressed, whose size is unknown) only
    // clutter the picture; every pair is in network_pairs.
    o.min_jaccard = 0.01;
    return network_overlap_diagram(*pairs, last, o);
  }, pairs ? b.view("network_pairs", {"name_a", "name_b", "shared_members", "jaccard"}, rows_where(pairs, "period", last), 60)
           : std::nullopt);
  b.add("retention_heatmap", "networks", [&]() -> std::variant<Figure, Diagram> {
    return heatmap_figure(retention_heatmap(tables, c));
  }, b.view("transitions", {"period_to", "name", "members_before", "stayers", "retention"}, {}, 150));
  b.add("membership_chart", "networks", [&]() -> std::variant<Figure, Diagram> {
    return chart_figure(trend_chart(tables, c, ChartKind::Membership));
  }, b.view("transitions", {"period_to", "name", "members_after", "joiners", "leavers"}, {}, 150));
  const report::Table* cohorts = b.table("cohorts");
  b.add("cohorts_heatmap", "networks", [&]() -> std::variant<Figure, Diagram> {
    return heatmap_figure(cohorts_heatmap(tables, c));
  }, cohorts ? b.view("cohorts", {"cohort", "period", "cohort_size", "present", "share"},
                      rows_where(cohorts, "scope", "partnership"))
             : std::nullopt);
  return std::move(b.out);
}

}  // namespace reticulist::viz

#pragma once
// The Board pack's heatmaps and trend charts, built from the disclosed tables of the pack (named
// as engine/report/board_pack.hpp lists them). `reticulist heatmap`, `reticulist chart` and the
// report page all draw these, so a figure reads the same wherever it appears.
//
// Every builder names the data, period and measure in the title and explains suppressed cells in
// the footnote; a builder whose table is absent or empty throws ConfigError saying what is
// missing (e.g. no register for the engagement heatmap).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/privacy/disclose.hpp"
#include "viz/figure/chart.hpp"
#include "viz/figure/heatmap.hpp"
#include "viz/report/table_read.hpp"

namespace reticulist::viz {

// What every figure says about where it comes from.
struct FigureContext {
  std::string dataset;                // the dataset's name, for titles ("west-partnership")
  std::vector<std::string> periods;   // the labels in order
  privacy::View view = privacy::View::Board;
  std::uint32_t threshold = 5;        // the disclosure threshold, for the footnote
};

// The period a figure shows: `given` if set (ConfigError when it is not a period of the data),
// else the last.
std::string chosen_period(const FigureContext& context, const std::optional<std::string>& given);

enum class TieMeasure { Ties, Density, Per100, ObservedToExpected };
// "ties", "density", "per-100", "observed-expected"; nullopt for anything else.
std::optional<TieMeasure> parse_tie_measure(std::string_view text);

// authority x authority from authority_ties. Cross-authority only: the diagonal (ties within an
// authority) is left blank, and said so in the footnote. With `compare`, the change from that
// period to `period` on a diverging scale.
Heatmap authority_ties_heatmap(const Tables& tables, const FigureContext& context, const std::string& period,
                               TieMeasure measure, const std::optional<std::string>& compare = {});

// by_establishment false: authority x sector, the share of establishments engaged in `period`
// (by_authority_sector), the Board's version. true: every register establishment (grouped by
// authority, then by sector, the most engaged first) x period, coloured by status
// (establishments), the officer's version.
Heatmap engagement_heatmap(const Tables& tables, const FigureContext& context, const std::string& period,
                           bool by_establishment);

// network x authority: the share of each authority's register establishments a network reached
// in `period` (by_authority_network; a pair with no record reached none).
Heatmap reach_heatmap(const Tables& tables, const FigureContext& context, const std::string& period);
// network x period: the share of members kept from the period before (transitions).
Heatmap retention_heatmap(const Tables& tables, const FigureContext& context);
// cohort x periods later: the share of each joining cohort still present (cohorts, partnership).
Heatmap cohorts_heatmap(const Tables& tables, const FigureContext& context);

enum class ChartKind { Engagement, Practitioners, Ties, Membership };
std::optional<ChartKind> parse_chart_kind(std::string_view text);

// Small multiples per authority over the periods (engagement_by_authority, by_authority), or per
// network for membership (transitions: members, joiners and leavers, the largest networks).
SmallMultiples trend_chart(const Tables& tables, const FigureContext& context, ChartKind kind);

// The footnote line on suppressed cells, for the view.
std::string suppression_note(const FigureContext& context);

}  // namespace reticulist::viz

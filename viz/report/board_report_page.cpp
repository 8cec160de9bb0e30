// board_page: the sections of the Board pack's page, in the order a Board paper reads.
#include <algorithm>

#include "engine/report/format_for_people.hpp"
#include "viz/figure/figure_file.hpp"
#include "viz/report/board_report.hpp"
#include "viz/report/key_figures.hpp"
#include "viz/report/methods.hpp"

namespace reticulist::viz {
namespace {

std::function<bool(std::size_t)> where(const report::Table* t, std::string column, std::string value) {
  const auto col = t->column_index(column);
  return [t, col, value](std::size_t r) { return t->format_cell(r, col) == value; };
}

struct PageBuilder {
  const BoardReportInput& in;
  const std::vector<BoardFigure>& figures;
  ReportPage page{};

  const report::Table* table(std::string_view name) const { return find_table(*in.tables, name); }

  Section& section(std::string id, std::string heading) {
    Section& s = page.sections.emplace_back();
    s.id = std::move(id);
    s.heading = std::move(heading);
    for (const auto& f : figures) {
      if (f.section != s.id) continue;
      s.figures.push_back({f.svg(), f.title, f.alt, f.table});
    }
    return s;
  }

  void add_table(Section& s, std::string_view name, std::vector<std::string> columns,
                 std::function<bool(std::size_t)> rows = {}, std::size_t max_rows = 0, std::string caption = {}) {
    const report::Table* t = table(name);
    if (!t) return;
    s.tables.push_back({t, std::move(columns), std::move(rows), max_rows, std::move(caption)});
  }

  void key_figures_section() {
    const KeyFigures k = key_figures(*in.tables, in.context.periods, in.fragility_people);
    Section& s = section("key-figures", "Key figures, " + last());
    s.key_figures = k.tiles;
    for (const auto& sentence : k.sentences) s.paragraphs.emplace_back(sentence);
    for (const auto& note : in.notes) s.paragraphs.push_back({em("Note: "), TextRun(note)});
  }

  void ties_section() {
    Section& s = section("ties", "How the authorities are tied");
    s.paragraphs.emplace_back(
        "Two practitioners are tied when they attended a network event together. The diagram draws each authority "
        "as a circle whose area is the number of its practitioners taking part, and a line between two authorities "
        "whose width and number are the ties between their practitioners. The heatmap gives the same ties as a "
        "table of colours: read across a row for one authority's ties with each of the others.");
    if (in.context.periods.size() > 1) {
      s.paragraphs.emplace_back("The change heatmap shows where ties grew (blue) or fell (red) since " + previous() + ".");
    }
  }

  void engagement_section() {
    Section& s = section("engagement", "Which establishments are reached");
    s.paragraphs.emplace_back(
        "An establishment of the register is engaged in a period when at least one of its practitioners took part "
        "in a network. Under-engaged establishments have never taken part, have lapsed (none this period, some "
        "before), or take part at a rate below the 10th percentile of their peers of the same sector.");
    if (const auto* t = table("under_engaged_by_authority")) {
      add_table(s, "under_engaged_by_authority", {"authority", "never", "lapsed", "low_rate", "under_engaged"},
                where(t, "period", last()), 0, "Under-engaged establishments by authority and reason, " + last());
    }
    if (const auto* t = table("under_engaged")) {
      const auto p = t->column_index("period"), rank = t->column_index("rank");
      add_table(s, "under_engaged", {"authority", "rank", "name", "sector", "reason", "detail"},
                [t, p, rank, l = last()](std::size_t r) {
                  return t->format_cell(r, p) == l && !t->is_na(r, rank) && t->integer(r, rank) <= 5;
                },
                0, "The five most under-engaged establishments of each authority, " + last() + " (all of them in under_engaged.csv)");
    }
  }

  void networks_section() {
    Section& s = section("networks", "How networks keep their members");
    s.paragraphs.emplace_back(
        "Reach is the share of an authority's establishments with a practitioner in the network. Retention is the "
        "share of a network's members who took part again the next period; cohort retention follows everyone who "
        "first took part in a period. A network whose ties across authorities run through a few people is "
        "fragile: the last table gives the share of its brokerage held by its three strongest brokers.");
    if (const auto* t = table("networks")) {
      const auto p = t->column_index("period"), top = t->column_index("top3_brokerage_share");
      std::size_t dependent = 0, measured = 0;
      for (std::size_t r = 0; r < t->row_count(); ++r) {
        if (t->format_cell(r, p) != last() || t->is_na(r, top) || t->is_suppressed(r, top)) continue;
        ++measured;
        dependent += t->real(r, top) >= 0.5;
      }
      if (measured > 0) {
        s.paragraphs.push_back({TextRun("In " + last() + ", "), strong(std::to_string(dependent) + " of " + std::to_string(measured)),
                                TextRun(" networks relied on three people for at least half of their brokerage.")});
      }
      add_table(s, "networks", {"name", "members", "authorities_reached", "cross_authority_share", "top3_brokerage_share"},
                where(t, "period", last()), 0, "Each network's reach and its dependence on a few people, " + last());
    }
    if (const auto* t = table("transitions")) {
      add_table(s, "transitions", {"name", "members_before", "members_after", "stayers", "leavers", "joiners", "retention"},
                where(t, "period_to", last()), 0, "Membership churn of each network into " + last());
    }
  }

  void fragility_section() {
    if (!table("scenario")) return;
    Section& s = section("fragility", "If the secondees were recalled");
    s.paragraphs.emplace_back(
        "Seconded officers often span authorities and networks, and the evaluators found that when they are recalled "
        "they take their ties with them. The scenario removes them (" + in.fragility_scenario + ") from the " + last() +
        " co-attendance graph and compares what is lost with random removals of as many people: a share of random "
        "draws 'as bad' near 0 means the group matters more than anyone would.");
    const auto* t = table("scenario");
    add_table(s, "scenario", {"measure", "before", "after", "change", "baseline_mean", "baseline_share_as_bad"},
              where(t, "period", last()), 0, "What the scenario costs, beside random removals, " + last());
    if (const auto* lost = table("lost_authority_pairs"); lost && lost->row_count() > 0) {
      add_table(s, "lost_authority_pairs", {}, {}, 0, "Pairs of authorities that would lose every tie");
    }
  }

  void people_section() {
    const report::Table* nodes = table("nodes");
    if (!nodes || in.context.view != privacy::View::Officer) return;
    Section& s = section("people", "Who holds the partnership together (officer view)");
    s.paragraphs.emplace_back(
        "Reticulists span authorities and networks or broker between them (see Methods). This section is for the data "
        "officer: it lists people by pseudonym" + std::string(in.personal_data ? " and identifier" : "") +
        " and must not be published.");
    add_table(s, "nodes", {"practitioner", "authority", "designation", "networks", "degree", "betweenness_normalised",
                           "participation_authorities", "reticulist_reasons"},
              where(nodes, "reticulist", "true"), 50, "Reticulists, " + last());
    add_table(s, "who_matters", {"rank", "practitioner", "authority", "designation", "cross_authority_ties",
                                 "authority_pairs_sole_link", "removed_in_scenario"},
              {}, 25, "Who matters most: the people whose loss would cost the most cross-authority ties");
  }

  void quality_section() {
    Section& s = section("quality", "Data quality");
    s.paragraphs.emplace_back(
        "Every row read is accounted for: accepted, rejected (kept with its line and reason in rejects.csv, for the "
        "data officer) or a duplicate of a row already counted.");
    add_table(s, "reconciliation", {}, {}, 0, "Rows read, accepted, rejected and duplicated, per input file");
    add_table(s, "rejects_by_reason", {}, {}, 30, "Rejected rows by reason");
  }

  void methods_section() {
    Section& s = section("methods", "Methods");
    for (const MethodNote& m : methods()) {
      s.paragraphs.push_back({strong(std::string(m.measure) + ". "), TextRun(std::string(m.definition)),
                              em(" Source: " + std::string(m.source) + ".")});
    }
    s.paragraphs.push_back({strong("Disclosure. "), TextRun(in.disclosure)});
    for (const auto& [name, reason] : in.withheld) {
      s.paragraphs.push_back({strong("Withheld: "), TextRun(name + ": " + reason)});
    }
    std::string options;
    for (const auto& [name, value] : in.options) options += (options.empty() ? "" : "; ") + name + " = " + value;
    s.paragraphs.push_back({strong("Options. "), TextRun(options)});
    for (const auto& [file, sha] : in.inputs) s.paragraphs.push_back({strong("Input. "), TextRun(file + ", SHA-256 " + sha)});
    s.paragraphs.push_back({strong("Program. "), TextRun("Reticulist " + in.version + "; pseudonymisation key fingerprint " +
                                                          in.key_fingerprint + " (the key itself is never written).")});
  }

  std::string last() const { return in.context.periods.empty() ? std::string("no period") : in.context.periods.back(); }
  std::string previous() const {
    const auto& p = in.context.periods;
    return p.size() > 1 ? p[p.size() - 2] : std::string();
  }
};

}  // namespace

ReportPage board_page(const BoardReportInput& input, const std::vector<BoardFigure>& figures) {
  PageBuilder b{input, figures};
  b.page.title = input.title;
  const auto& periods = input.context.periods;
  b.page.subtitle = input.context.dataset + " \u00b7 " +
                    (periods.empty() ? std::string("no period") : periods.front() + " to " + periods.back()) + " \u00b7 " +
                    std::string(privacy::view_name(input.context.view)) + " view";
  b.page.personal_data = input.personal_data;
  b.key_figures_section();
  b.ties_section();
  b.engagement_section();
  b.networks_section();
  b.fragility_section();
  b.people_section();
  b.quality_section();
  b.methods_section();
  b.page.footer = "Made by Reticulist " + input.version + " from " + input.context.dataset +
                  ". Every figure and table is in the workbook (report.xlsx) and as CSV beside this page.";
  return std::move(b.page);
}

}  // namespace reticulist::viz

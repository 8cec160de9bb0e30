// tenure, tenure_summary and cohorts of `reticulist churn`: per network, pooled over the
// networks (all_networks: every network membership spell or cohort cell, whatever the network)
// and for the partnership (membership = a record anywhere).
#include <map>
#include <string>
#include <utility>

#include "engine/report/churn_tables.hpp"
#include "engine/metrics/cohorts.hpp"
#include "engine/metrics/survival.hpp"

namespace reticulist::report {

using report::ColumnType;

namespace {

void add_scope_columns(report::Table& t) {
  t.add_column("scope", ColumnType::Text,
               "network (one network), all_networks (pooled over networks), partnership (a record in any network)",
               report::Holds::Detail);
  t.add_column("network", ColumnType::Text, "network id; NA for all_networks and partnership");
}

struct Fit {
  std::string scope;
  report::Value network;
  metrics::KaplanMeier km;
};

}  // namespace

std::vector<report::Table> tenure_tables(const ChurnData& d) {
  const auto& ds = *d.ds;
  const auto P = static_cast<std::uint32_t>(d.periods->size());
  report::Table curve("tenure", "How long membership lasts: the Kaplan-Meier estimate of staying",
                      "one row per scope and spell length (in periods) at which a spell ended or was censored");
  add_scope_columns(curve);
  using report::Holds;
  curve.add_column("tenure", ColumnType::Integer, "spell length in periods (consecutive periods of membership)",
                   Holds::Label);
  const auto at_risk = curve.add_column("at_risk", ColumnType::Integer, "spells lasting at least this many periods",
                                        Holds::PeopleCount);
  const auto ended = curve.add_column("ended", ColumnType::Integer,
                                      "spells that ended after exactly this many periods (member absent next)",
                                      Holds::PeopleCount);
  curve.add_column("censored", ColumnType::Integer,
                   "spells cut off after exactly this many periods by the end of the data or of the network",
                   Holds::PeopleCount);
  curve.add_column("staying", ColumnType::Real, "Kaplan-Meier S(tenure): share of spells lasting more than tenure periods",
                   Holds::Share, {at_risk, ended});
  curve.add_column("std_error", ColumnType::Real, "Greenwood standard error of staying; NA when staying = 0",
                   Holds::Measure, {at_risk, ended});
  curve.add_column("lower", ColumnType::Real, "95% pointwise confidence limit, log-log transform; NA when staying = 0",
                   Holds::Share, {at_risk, ended});
  curve.add_column("upper", ColumnType::Real, "95% pointwise confidence limit, log-log transform; NA when staying = 0",
                   Holds::Share, {at_risk, ended});
  curve.add_note("spells", "a spell is a run of consecutive periods of membership; a member who leaves and comes back "
                           "has two; spells reaching the last period of the data or of their network are censored");
  curve.add_note("left_truncation", "spells running in the first period may have begun earlier; they are counted from it");

  report::Table summary("tenure_summary", "Median tenure with its confidence interval",
                        "one row per scope: network, all_networks, partnership");
  add_scope_columns(summary);
  const auto spells_total = summary.add_column("spells", ColumnType::Integer, "membership spells", Holds::PeopleCount);
  const auto spells_ended =
      summary.add_column("ended", ColumnType::Integer, "spells ended by the member leaving", Holds::PeopleCount);
  const auto spells_censored = summary.add_column(
      "censored", ColumnType::Integer, "spells still running at the end of the data or of the network", Holds::PeopleCount);
  summary.add_sum(spells_total, {spells_ended, spells_censored});
  summary.add_column("median_tenure", ColumnType::Real,
                     "periods: first event time with staying < 0.5 (midpoint when exactly 0.5); NA: not reached", Holds::Measure, {spells_total});
  summary.add_column("median_lower", ColumnType::Real,
                     "95% Brookmeyer-Crowley limit: where the lower log-log limit curve falls to 0.5; NA: never", Holds::Measure, {spells_total});
  summary.add_column("median_upper", ColumnType::Real,
                     "95% Brookmeyer-Crowley limit: where the upper log-log limit curve falls to 0.5; NA: not "
                     "reached within the data", Holds::Measure, {spells_total});
  summary.add_note("method", "Kaplan-Meier with Greenwood variance; median and its Brookmeyer & Crowley (1982) "
                             "interval with the log-log transform, as R survival's survfit(conf.type='log-log') "
                             "and quantile.survfit");

  std::vector<Fit> fits;
  if (P > 0) {
    fits.push_back({"partnership", report::Value(),
                    metrics::kaplan_meier(metrics::tenure_spells(d.partnership, 0, P - 1))});
    std::vector<metrics::Spell> pooled;
    std::vector<Fit> per_network;
    for (model::NetworkId n = 0; n < ds.networks.size(); ++n) {
      const auto& life = d.lives[n];
      if (!life.ever_runs()) continue;
      const auto spells = metrics::tenure_spells(d.networks, n, life.last);
      pooled.insert(pooled.end(), spells.begin(), spells.end());
      per_network.push_back({"network", report::Value(ds.networks.id[n]), metrics::kaplan_meier(spells)});
    }
    fits.push_back({"all_networks", report::Value(), metrics::kaplan_meier(pooled)});
    for (auto& f : per_network) fits.push_back(std::move(f));
  }
  for (const auto& f : fits) {
    for (const auto& s : f.km.steps) {
      curve.append_row({f.scope, f.network, s.time, s.at_risk, s.events, s.censored, s.survival, s.std_error, s.lower,
                        s.upper});
    }
    summary.append_row({f.scope, f.network, f.km.spells, f.km.events, f.km.spells - f.km.events, f.km.median,
                        f.km.median_lower, f.km.median_upper});
  }
  std::vector<report::Table> out;
  out.push_back(std::move(curve));
  out.push_back(std::move(summary));
  return out;
}

report::Table cohorts_table(const ChurnData& d) {
  const auto& ds = *d.ds;
  const auto& periods = *d.periods;
  const auto P = static_cast<std::uint32_t>(periods.size());
  report::Table t("cohorts", "Cohort retention: of those who joined in a period, the share present later",
                  "one row per scope, joining period (cohort) and number of periods later: a triangle");
  add_scope_columns(t);
  using report::Holds;
  t.add_column("cohort", ColumnType::Text, "the period the cohort joined in (their first period in the scope)",
               Holds::Period);
  t.add_column("periods_later", ColumnType::Integer, "k: periods after the cohort's first (0 is the cohort itself)",
               Holds::Detail);
  t.add_column("period", ColumnType::Text, "the period k periods after the cohort's");
  const auto size = t.add_column(
      "cohort_size", ColumnType::Integer,
      "members whose first period in the scope is cohort (all_networks: summed over networks still running)",
      Holds::PeopleCount);
  const auto present = t.add_column("present", ColumnType::Integer,
                                    "of them, members in period (whether or not in between)", Holds::PeopleCount);
  t.add_column("share", ColumnType::Real, "present / cohort_size; NA for an empty cohort", Holds::Share, {size, present});
  t.add_note("first_cohort", "the first period's cohort holds everyone already there when the data (or the network) begin");
  t.add_note("network_end", "a network's cells stop at its last running period");
  if (P == 0) return t;

  const auto add = [&](const std::string& scope, const report::Value& network,
                       const std::vector<metrics::CohortCell>& cells) {
    for (const auto& c : cells) {
      t.append_row({scope, network, periods[c.cohort].label, c.periods_later, periods[c.cohort + c.periods_later].label,
                    c.size, c.present, c.share()});
    }
  };
  add("partnership", report::Value(), metrics::cohort_retention(d.partnership, 0, 0, P - 1));
  std::map<std::pair<std::uint32_t, std::uint32_t>, metrics::CohortCell> pooled;
  std::vector<std::pair<model::NetworkId, std::vector<metrics::CohortCell>>> per_network;
  for (model::NetworkId n = 0; n < ds.networks.size(); ++n) {
    const auto& life = d.lives[n];
    if (!life.ever_runs()) continue;
    auto cells = metrics::cohort_retention(d.networks, n, life.first, life.last);
    for (const auto& c : cells) {
      auto& p = pooled[{c.cohort, c.periods_later}];
      p.cohort = c.cohort;
      p.periods_later = c.periods_later;
      p.size += c.size;
      p.present += c.present;
    }
    per_network.emplace_back(n, std::move(cells));
  }
  std::vector<metrics::CohortCell> all;
  for (const auto& [key, cell] : pooled) all.push_back(cell);
  add("all_networks", report::Value(), all);
  for (const auto& [n, cells] : per_network) add("network", report::Value(ds.networks.id[n]), cells);
  return t;
}

}  // namespace reticulist::report

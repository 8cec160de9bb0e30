// The scenario table of `reticulist whatif`: each measure of the layer before and after the
// removal, beside the same measure after each random removal of as many people (the baseline):
// their mean, sd, min, 5th and 95th percentiles (type 7, metrics/quantile.hpp), max, and the share
// of random removals at least as damaging as the scenario.
#include "engine/report/whatif_scenario.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

#include "engine/whatif/whatif.hpp"
#include "engine/metrics/quantile.hpp"

namespace reticulist::report {
namespace {

using report::ColumnType;
using report::Value;

// Items lost, counted (0 before anything is removed).
struct LossCounts {
  std::uint64_t authority_pairs = 0;
  std::uint64_t networks = 0;
  std::uint64_t establishments = 0;
};

struct Measure {
  const char* name;
  int worse;  // +1: higher is worse, -1: lower is worse, 0: not a loss
  const char* description;
  std::function<std::optional<double>(const whatif::WhatifFigures&, const LossCounts&)> get;
  bool counts_people = false;  // a number of practitioners: the scenario's `counts` says "people"
};

std::optional<double> num(std::uint64_t v) { return static_cast<double>(v); }

const std::vector<Measure>& measures() {
  static const std::vector<Measure> list = {
      {"people_removed", 0, "vertices of the layer removed (the baseline removes as many)",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.people_removed); }, true},
      {"vertices", 0, "practitioners in the layer (n)", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.vertices); },
       true},
      {"ties", -1, "co-attendance ties (unweighted)", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.ties); }},
      {"components", 1, "connected components, isolates included",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.components); }},
      {"giant_share", -1, "share of the vertices in the largest component; NA without vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.giant_share; }},
      {"isolates", 1, "vertices with no tie", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.isolates); },
       true},
      {"fragmentation", 1,
       "Borgatti's key-player fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)); NA below 2 vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.fragmentation; }},
      {"distance_fragmentation", 1,
       "Borgatti's distance-weighted fragmentation dF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1)); exact or "
       "estimated from sampled sources (before_se, after_se); NA below 2 vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.distance_fragmentation.value; }},
      {"cross_authority_ties", -1, "ties between practitioners of different authorities",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.cross_authority_ties); }},
      {"cross_authority_share", -1, "cross-authority ties / ties; NA without ties",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.cross_authority_share; }},
      {"authority_pairs_tied", -1, "pairs of different authorities with at least one tie",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.authority_pairs_tied); }},
      {"authority_pairs_lost", 1, "pairs of authorities tied before and not after (lost_authority_pairs)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.authority_pairs); }},
      {"networks_with_cross_authority_ties", -1,
       "networks whose own events tie members of different authorities",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.networks_with_bridges); }},
      {"networks_losing_every_cross_authority_tie", 1,
       "networks with such ties before and none after (networks_losing_bridges)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.networks); }},
      {"establishments_with_outside_tie", -1,
       "establishments with a practitioner tied to a practitioner of another authority",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.establishments_with_outside_tie); }},
      {"establishments_losing_every_outside_tie", 1,
       "establishments with such a tie before and none after (isolated_establishments)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.establishments); }},
  };
  return list;
}

Value or_na(std::optional<double> v) { return v ? Value(*v) : Value(); }

std::optional<double> difference(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return std::nullopt;
  return *b - *a;
}

}  // namespace

report::Table make_scenario_table() {
  report::Table s("scenario", "What the scenario costs, beside random removals of as many people",
                  "one row per period and measure of the practitioner co-attendance layer");
  s.add_column("period", ColumnType::Text, "period label, or all");
  s.add_column("measure", ColumnType::Text, "what is measured (the manifest's notes define each)");
  s.add_column("counts", ColumnType::Text, "people when the measure counts people (then suppressed when small in the "
               "board view), NA otherwise", report::Holds::Unit);
  const auto before = s.add_column("before", ColumnType::Real, "value with everyone present");
  const auto after = s.add_column("after", ColumnType::Real, "value without the people removed");
  const auto change = s.add_column("change", ColumnType::Real, "after - before");
  // after = before + change: a suppressed change (a small count of people) must not be found by
  // subtraction, so disclosure suppresses before with it.
  s.add_sum(after, {before, change});
  s.add_column("before_se", ColumnType::Real, "standard error of before when estimated from sampled sources (dF); 0 exact");
  s.add_column("after_se", ColumnType::Real, "the same for after");
  s.add_column("baseline_mean", ColumnType::Real, "mean of after over random removals of as many people");
  s.add_column("baseline_sd", ColumnType::Real, "their standard deviation (n - 1); NA below 2 repetitions");
  s.add_column("baseline_min", ColumnType::Real, "their smallest value");
  s.add_column("baseline_p5", ColumnType::Real, "their 5th percentile (type 7, as R's quantile)");
  s.add_column("baseline_p95", ColumnType::Real, "their 95th percentile");
  s.add_column("baseline_max", ColumnType::Real, "their largest value");
  s.add_column("worse_when", ColumnType::Text, "higher or lower values mean more damage; NA for counts of people",
               report::Holds::Detail);
  s.add_column("baseline_share_as_bad", ColumnType::Real,
               "share of random removals whose after is at least as bad as the scenario's: small = the scenario's "
               "loss is special");
  for (const Measure& m : measures()) s.add_note(std::string("measure ") + m.name, m.description);
  return s;
}

void add_scenario_rows(report::Table& t, const WhatifOutcome& o) {
  const auto lost = whatif::losses(*o.before, *o.after);
  const LossCounts scenario_lost{lost.authority_pairs.size(), lost.networks.size(), lost.establishments.size()};
  const whatif::BaselineResult& b = *o.baseline;
  const auto& df_before = o.before->figures.distance_fragmentation;
  const auto& df_after = o.after->figures.distance_fragmentation;
  // dF of the repetitions comes from the baseline's (fewer) sources. It is put on the scale of
  // before and after as before + the repetition's change, both ends of the change measured on
  // those sources (a difference estimator: the shared sources cancel out of the change); the
  // scenario is compared with the repetitions the same way.
  const std::optional<double> df_shift =
      difference(o.before->figures.paired_distance_fragmentation.value, df_before.value);
  for (const Measure& m : measures()) {
    const bool df = std::string_view(m.name) == "distance_fragmentation";
    const auto before = m.get(o.before->figures, {});
    const auto after = m.get(o.after->figures, scenario_lost);
    std::vector<double> values;
    for (std::size_t r = 0; r < b.figures.size(); ++r) {
      const LossCounts l{b.authority_pairs_lost[r], b.networks_lost[r], b.establishments_lost[r]};
      const auto v = m.get(b.figures[r], l);
      if (!v) continue;
      if (!df) {
        values.push_back(*v);
      } else if (df_shift) {
        values.push_back(*v + *df_shift);
      }
    }
    std::sort(values.begin(), values.end());
    // The scenario's value on the baseline's scale (dF: measured on the same sources).
    bool has_compared = after.has_value();
    double compared = after.value_or(0.0);
    if (df) {
      const auto paired = o.after->figures.paired_distance_fragmentation.value;
      has_compared = paired.has_value() && df_shift.has_value();
      compared = has_compared ? *paired + *df_shift : 0.0;
    }
    std::optional<double> mean, sd, as_bad;
    if (!values.empty()) {
      double sum = 0;
      for (double v : values) sum += v;
      mean = sum / static_cast<double>(values.size());
      if (values.size() > 1) {
        double ss = 0;
        for (double v : values) ss += (v - *mean) * (v - *mean);
        sd = std::sqrt(ss / static_cast<double>(values.size() - 1));
      }
      if (m.worse != 0 && has_compared) {
        std::size_t count = 0;
        for (double v : values) count += m.worse > 0 ? v >= compared : v <= compared;
        as_bad = static_cast<double>(count) / static_cast<double>(values.size());
      }
    }
    t.append_row({o.period, m.name, m.counts_people ? Value("people") : Value(), or_na(before), or_na(after), or_na(difference(before, after)),
                  df ? or_na(df_before.standard_error) : Value(), df ? or_na(df_after.standard_error) : Value(),
                  or_na(mean), or_na(sd), values.empty() ? Value() : Value(values.front()), or_na(metrics::quantile(values, 0.05)),
                  or_na(metrics::quantile(values, 0.95)), values.empty() ? Value() : Value(values.back()),
                  m.worse > 0 ? Value("higher") : m.worse < 0 ? Value("lower") : Value(), or_na(as_bad)});
  }
}

}  // namespace reticulist::report

#include "engine/layers/selection.hpp"

#include "engine/error.hpp"

namespace reticulist::layers {

model::Periods dataset_periods(const model::Dataset& ds, const model::PeriodOptions& options) {
  const auto first = ds.first_day();
  if (!first) return {};
  return model::Periods::covering(options, *first, *ds.last_day());
}

std::vector<Selection> select_periods(const model::Dataset& ds, const model::Periods& periods, std::string_view spec) {
  std::vector<Selection> out;
  if (spec == "each") {
    for (const auto& p : periods) out.push_back({p.label, p, graph::events_in_period(ds, p)});
  }
  if (spec == "each" || spec == "all") {
    out.push_back({"all", std::nullopt, graph::all_events(ds)});
    return out;
  }
  for (const auto& p : periods) {
    if (p.label == spec) return {{p.label, p, graph::events_in_period(ds, p)}};
  }
  std::string known;
  for (const auto& p : periods) known += (known.empty() ? "" : ", ") + p.label;
  throw ConfigError("--period " + std::string(spec) + ": no such period (the data has " +
                    (known.empty() ? std::string("no record") : known) + "; or all, each)");
}

}  // namespace reticulist::layers

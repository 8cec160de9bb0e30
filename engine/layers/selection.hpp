#pragma once
// Which stretches of time a command computes for (--period): one period by its label
// ("2022/23"), the whole span ("all"), or every period of the scheme and then the whole span
// ("each"). Each selection is a label and its events.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/model/periods.hpp"

namespace reticulist::layers {

struct Selection {
  std::string label;                    // the period's label, or "all"
  std::optional<model::Period> period;  // nullopt: the whole span
  graph::EventList events;
};

// The periods of `options` covering the dataset's records (none when it has no record).
model::Periods dataset_periods(const model::Dataset& ds, const model::PeriodOptions& options);

// Throws ConfigError "--period X: no such period (the data has 2022/23, 2023/24, 2024/25; or all, each)".
std::vector<Selection> select_periods(const model::Dataset& ds, const model::Periods& periods, std::string_view spec);

}  // namespace reticulist::layers

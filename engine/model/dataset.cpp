#include "engine/model/dataset.hpp"

#include <algorithm>

namespace reticulist::model {

// Records are in event order; an explicit event may span days, so scan rather than take ends.
std::optional<Day> Dataset::first_day() const {
  if (records.size() == 0) return std::nullopt;
  return *std::min_element(records.date.begin(), records.date.end());
}

std::optional<Day> Dataset::last_day() const {
  if (records.size() == 0) return std::nullopt;
  return *std::max_element(records.date.begin(), records.date.end());
}

}  // namespace reticulist::model

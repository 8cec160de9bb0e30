#pragma once
// One check, column by column, that two datasets hold the same records and events (for tests that
// build a dataset two ways: on one thread and several, read in place and sorted).
#include "engine/model/dataset.hpp"

namespace reticulist::testing {

// A Catch2 CHECK per record column (extra columns' names, dictionaries and codes included) and
// per event column.
void check_same_records_and_events(const model::Dataset& a, const model::Dataset& b);

}  // namespace reticulist::testing

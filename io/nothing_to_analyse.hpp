#pragma once
// Whether a dataset gives anything to analyse: at least one accepted participation record. A
// header-only participation.csv, or one whose every row was rejected, reads without error and
// used to give empty tables and exit 0 in silence.
#include <optional>
#include <string>

#include "io/dataset_config.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// nullopt when participation.csv gave at least one accepted record; else why not, naming the file:
//   "<path> has a header and no rows: nothing to analyse"
//   "<path>: its one row was rejected: nothing to analyse"
//   "<path>: all 3 of its rows were rejected: nothing to analyse"
std::optional<std::string> nothing_to_analyse(const DatasetConfig& config, const IngestReport& report);

}  // namespace reticulist::io

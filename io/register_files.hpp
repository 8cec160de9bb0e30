#pragma once
// Reading the optional files that describe entities: authorities.csv, establishments.csv (the
// register that makes "never engaged" visible) and networks.csv. Each row is accepted into the
// Registry or rejected with its reason; a file that is absent is simply not there.
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"
#include "io/registry.hpp"

namespace reticulist::io {

void read_authorities(const DatasetConfig& config, Registry& registry, IngestReport& report);
void read_establishments(const DatasetConfig& config, Registry& registry, IngestReport& report);
void read_networks(const DatasetConfig& config, Registry& registry, IngestReport& report);

}  // namespace reticulist::io

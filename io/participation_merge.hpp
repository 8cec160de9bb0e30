#pragma once
// Phase two of reading participation.csv: local codes -> model ids, row validation with
// reasons, deduplication and the sorted, columnar Records (see participation_parse.hpp).
#include <vector>

#include "io/background_release.hpp"
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"
#include "io/participation_parse.hpp"
#include "engine/privacy/pseudonymiser.hpp"
#include "io/registry.hpp"

namespace reticulist::io {

// Fills dataset.records, events, pseudonyms (and identities when asked), designations;
// adds rejects and counts to `report` / `reconciliation`. Consumes the chunks and their rows (which
// become the records), handing what is left to `release` to be freed in the background.
void merge_participation(std::vector<ParsedChunk>& chunks, ParsedRows& rows, const ColumnLayout& layout,
                         const DatasetConfig& config,
                         const model::DateRange& valid_dates, const privacy::Pseudonymiser& pseudonymiser,
                         Registry& registry, IngestReport& report, FileReconciliation& reconciliation,
                         std::vector<Duplicate>& duplicates, BackgroundRelease& release);

}  // namespace reticulist::io

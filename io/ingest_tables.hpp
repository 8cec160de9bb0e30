#pragma once
// What ingest tells the user, as Tables: the reconciliation of every file, the rejected rows
// (kept whole) and the duplicates. Every command that reads a dataset writes these beside its
// own outputs, so no rejected row is ever lost from view.
#include "engine/report/table.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

report::Table reconciliation_table(const IngestReport& report);
report::Table rejects_table(const IngestReport& report);
// The rejects counted by file, column and reason, with the values a reason quotes ('...')
// replaced by an ellipsis so that rows rejected for the same cause count together and no value of
// a record (an identifier, a name) appears: for the Board's data-quality section.
report::Table rejects_by_reason_table(const IngestReport& report);
report::Table duplicates_table(const IngestReport& report, const std::string& participation_file);

}  // namespace reticulist::io

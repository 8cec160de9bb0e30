#include "io/nothing_to_analyse.hpp"

namespace reticulist::io {

std::optional<std::string> nothing_to_analyse(const DatasetConfig& config, const IngestReport& report) {
  // report.files opens with participation.csv (ingest.hpp); duplicates repeat an accepted row.
  if (report.files.empty() || report.files.front().accepted > 0) return std::nullopt;
  const FileReconciliation& f = report.files.front();
  const std::string path = config.path_of(FileKind::Participation).string();
  if (f.read == 0) return path + " has a header and no rows: nothing to analyse";
  if (f.read == 1) return path + ": its one row was rejected: nothing to analyse";
  return path + ": all " + std::to_string(f.read) + " of its rows were rejected: nothing to analyse";
}

}  // namespace reticulist::io

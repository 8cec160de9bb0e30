#pragma once
// How to read one dataset folder: file names, column mappings, periods, the pseudonymisation key,
// role synonyms and ingest limits. Read from `dataset.toml` beside the files (optional), then
// overridden by command-line options. Unknown keys are errors, so a typo never passes silently.
//
//   [files]                 participation = "attendance.csv"     (also establishments, networks, authorities)
//                           encoding = "windows-1252"            (every CSV of the dataset; default UTF-8)
//   [columns.participation] "Attendee Email" = "practitioner"    (export header = contract column)
//   [periods]               scheme = "session"  cuts = ["2021-01-01"]
//   [pseudonymisation]      key_file = "/secure/wp.key"
//   [roles]                 "Network Lead" = "lead"
//   [ingest]                valid_dates = ["2000-01-01", "2030-12-31"]   max_reject_share = 0.05
//   [graph]                 max_event_size = 100
//   [disclosure]            threshold = 5       (board view: counts of people below it suppressed)
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/civil_date.hpp"
#include "engine/model/periods.hpp"
#include "engine/model/role.hpp"
#include "io/column_layout.hpp"

namespace reticulist::io {

enum class FileKind { Participation, Establishments, Networks, Authorities };
inline constexpr FileKind kFileKinds[] = {FileKind::Participation, FileKind::Establishments,
                                          FileKind::Networks, FileKind::Authorities};
std::string_view file_kind_name(FileKind kind);  // "participation", "establishments", ...

struct DatasetConfig {
  std::filesystem::path folder;
  std::optional<std::filesystem::path> config_file;  // the dataset.toml that was read, if any
  std::map<FileKind, std::string> file_names;  // relative to folder
  // The encoding of every CSV file (an iconv name, checked when set); none: UTF-8. A file's
  // byte-order mark (UTF-8, UTF-16) wins over it.
  std::optional<std::string> encoding;
  std::map<FileKind, ColumnMap> columns;
  model::PeriodOptions periods;
  std::optional<std::filesystem::path> key_file;
  model::RoleNames roles;
  std::vector<std::pair<std::string, std::string>> role_synonyms;  // as given, for the manifest
  std::optional<model::DateRange> valid_dates;  // default: model::default_plausible_dates(today)
  std::optional<double> max_reject_share;        // exit 3 when more rows than this share are rejected
  std::optional<std::uint32_t> max_event_size;   // default: graph::kDefaultMaxEventSize
  bool identify = false;
  std::optional<std::uint32_t> disclosure_threshold;  // default: privacy::DisclosureRule's
  std::optional<std::filesystem::path> output_folder;  // the key file may never be inside it
  unsigned threads = 0;  // 0: one per core

  std::filesystem::path path_of(FileKind kind) const { return folder / file_names.at(kind); }
};

// Defaults, then `config_file` if given, else `folder/dataset.toml` if it exists.
// Throws ConfigError "<toml file>:<line>: reason" for bad content.
DatasetConfig load_dataset_config(const std::filesystem::path& folder,
                                  const std::optional<std::filesystem::path>& config_file);

// Adds one mapping "Export Header=column" (as --map gives it) for the kind of file; throws
// ConfigError when the text has no '=' or the column is not one of that file's contract columns.
void add_column_mapping(DatasetConfig& config, FileKind kind, std::string_view header_equals_column);

// Parses "2000-01-01:2030-12-31" (as --dates gives it); ConfigError when malformed.
model::DateRange parse_date_range(std::string_view text);

}  // namespace reticulist::io

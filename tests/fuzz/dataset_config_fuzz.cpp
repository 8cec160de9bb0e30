// Fuzz target: the dataset.toml reader (io/dataset_config), a file's bytes in, a DatasetConfig out.
//
// Invariants, besides "no crash, no sanitizer report":
// - the only error is ConfigError, and its message starts "<path of dataset.toml>:";
// - a configuration read holds what ingest relies on: a file name for each of the four files,
//   column mappings onto contract columns only, a date range whose first day is not after its
//   last, a reject share from 0 to 1 (not NaN), a disclosure threshold from 2 to 1000, cut dates
//   sorted and distinct, and a max_event_size equal to the number written (toml++ read again).
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "engine/error.hpp"
#include "fuzz_support.hpp"
#include "io/column_layout.hpp"
#include "io/dataset_config.hpp"

namespace reticulist::fuzz {
namespace {

std::span<const io::ColumnSpec> contract_columns(io::FileKind kind) {
  switch (kind) {
    case io::FileKind::Participation: return io::participation_columns();
    case io::FileKind::Establishments: return io::establishment_columns();
    case io::FileKind::Networks: return io::network_columns();
    case io::FileKind::Authorities: return io::authority_columns();
  }
  return {};
}

void check_config(const io::DatasetConfig& config, const std::filesystem::path& toml_file, std::string_view text) {
  require(config.config_file == toml_file, "the file read is recorded");
  for (io::FileKind kind : io::kFileKinds) {
    require(config.file_names.contains(kind), "every file has a name", std::string(io::file_kind_name(kind)));
  }
  for (const auto& [kind, map] : config.columns) {
    const auto specs = contract_columns(kind);
    for (const auto& mapping : map) {  // not a structured binding: clang 14 cannot capture one
      const std::string& column = mapping.second;
      require(std::any_of(specs.begin(), specs.end(), [&](const io::ColumnSpec& s) { return s.name == column; }),
              "columns map onto contract columns", mapping.first + " = " + column);
    }
  }
  if (config.valid_dates) {
    require(config.valid_dates->first <= config.valid_dates->last, "valid_dates is [first, last] with first <= last");
  }
  if (config.max_reject_share) {
    const double share = *config.max_reject_share;
    require(!std::isnan(share) && share >= 0 && share <= 1, "max_reject_share is from 0 to 1",
            std::to_string(share));
  }
  if (config.disclosure_threshold) {
    require(*config.disclosure_threshold >= 2 && *config.disclosure_threshold <= 1000,
            "the disclosure threshold is from 2 to 1000");
  }
  const auto& cuts = config.periods.cuts;
  require(std::adjacent_find(cuts.begin(), cuts.end(), std::greater_equal<>()) == cuts.end(),
          "cut dates are sorted and distinct");
  if (config.max_event_size) {
    const toml::table root = toml::parse(text);
    const auto written = root["graph"]["max_event_size"].value<std::int64_t>();
    require(written && *written == static_cast<std::int64_t>(*config.max_event_size),
            "max_event_size is the number written", std::to_string(*config.max_event_size));
  }
}

}  // namespace
}  // namespace reticulist::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reticulist;
  static const std::filesystem::path folder = [] {
    std::filesystem::path f = fuzz::scratch_folder() / "dataset";
    std::filesystem::create_directory(f);
    return f;
  }();
  const std::filesystem::path toml_file = folder / "dataset.toml";
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::write_bytes(toml_file, text);
  io::DatasetConfig config;
  try {
    config = io::load_dataset_config(folder, std::nullopt);
  } catch (const ConfigError& e) {
    fuzz::require(std::string_view(e.what()).starts_with(toml_file.string() + ":"), "an error names the file",
                  e.what());
    return 0;
  }
  fuzz::check_config(config, toml_file, text);
  return 0;
}

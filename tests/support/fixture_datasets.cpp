#include "support/fixture_datasets.hpp"

#include "engine/error.hpp"
#include "engine/progress.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::testing {

const std::filesystem::path& test_key_file() {
  static const TempDir dir;  // removed when the program ends
  static const std::filesystem::path path = [] {
    const std::filesystem::path copy = dir.path() / "test.key";
    std::filesystem::copy_file(fixture("test.key"), copy);
    std::filesystem::permissions(copy, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return copy;
  }();
  return path;
}

io::DatasetConfig fixture_config(std::string_view name) {
  io::DatasetConfig config = io::load_dataset_config(fixture(name), std::nullopt);
  config.key_file = test_key_file();
  config.valid_dates = model::DateRange{model::day_from_civil(2000, 1, 1), model::day_from_civil(2030, 12, 31)};
  return config;
}

io::Ingested ingest_config(const io::DatasetConfig& config) {
  NoProgress progress;
  return io::ingest(config, progress);
}

std::string ingest_error(const io::DatasetConfig& config) {
  try {
    ingest_config(config);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no InputError)";
}

io::Ingested ingest_fixture(std::string_view name) { return ingest_config(fixture_config(name)); }

}  // namespace reticulist::testing

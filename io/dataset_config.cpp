#include "io/dataset_config.hpp"

#include <toml++/toml.h>

#include <limits>
#include <set>

#include "engine/error.hpp"
#include "io/text_encoding.hpp"

namespace reticulist::io {
namespace {

std::span<const ColumnSpec> columns_of(FileKind kind) {
  switch (kind) {
    case FileKind::Participation: return participation_columns();
    case FileKind::Establishments: return establishment_columns();
    case FileKind::Networks: return network_columns();
    case FileKind::Authorities: return authority_columns();
  }
  return {};
}

std::optional<FileKind> kind_from_name(std::string_view name) {
  for (FileKind k : kFileKinds) {
    if (file_kind_name(k) == name) return k;
  }
  return std::nullopt;
}

void add_mapping(DatasetConfig& config, FileKind kind, std::string_view header, std::string_view column,
                 const std::string& where) {
  const std::string target = lower_trimmed(column);
  std::string expected;
  bool ok = false;
  for (const ColumnSpec& spec : columns_of(kind)) {
    ok |= spec.name == target;
    expected += (expected.empty() ? "" : ", ") + std::string(spec.name);
  }
  if (!ok) {
    throw ConfigError(where + ": '" + std::string(column) + "' is not a column of " +
                      std::string(file_kind_name(kind)) + ".csv (expected one of: " + expected + ")");
  }
  config.columns[kind][lower_trimmed(header)] = target;
}

std::string where_of(const std::filesystem::path& file, const toml::node& node) {
  return located(file.string(), node.source().begin.line, "");
}

// "file:line" prefix for messages about one key.
std::string at(const std::filesystem::path& file, const toml::node& node) {
  std::string s = where_of(file, node);
  return s.substr(0, s.size() - 2);
}

std::string string_value(const std::filesystem::path& file, const toml::node& node, std::string_view key) {
  if (auto v = node.value<std::string>()) return *v;
  throw ConfigError(at(file, node) + ": '" + std::string(key) + "' must be a string");
}

void reject_unknown(const std::filesystem::path& file, const toml::table& table, std::string_view section,
                    std::initializer_list<std::string_view> known) {
  for (const auto& [key, node] : table) {
    bool ok = false;
    for (auto k : known) ok |= key.str() == k;
    if (!ok) {
      throw ConfigError(at(file, node) + ": unknown key '" + std::string(key.str()) + "' in [" +
                        std::string(section) + "]");
    }
  }
}

// A section such as [graph]: absent is fine, but `graph = 5` is a mistake, not an empty section.
const toml::table* section(const std::filesystem::path& file, const toml::table& root, std::string_view name) {
  const toml::node* node = root.get(name);
  if (!node) return nullptr;
  if (const auto* table = node->as_table()) return table;
  throw ConfigError(at(file, *node) + ": '" + std::string(name) + "' must be a section ([" + std::string(name) + "])");
}

const toml::array* array_value(const std::filesystem::path& file, const toml::table& table, std::string_view key,
                               std::string_view shape) {
  const toml::node* node = table.get(key);
  if (!node) return nullptr;
  if (const auto* array = node->as_array()) return array;
  throw ConfigError(at(file, *node) + ": '" + std::string(key) + "' must be a list, " + std::string(shape));
}

// Only a TOML integer: node::value<int64_t>() would also convert a float, with undefined behaviour
// when it is out of range (found by fuzzing: max_event_size = 2147481e97).
std::optional<std::int64_t> whole_number(const toml::node& node) {
  if (const auto* integer = node.as_integer()) return integer->get();
  return std::nullopt;
}

model::Day parse_day(const std::filesystem::path& file, const toml::node& node, std::string_view key) {
  const std::string text = string_value(file, node, key);
  auto day = model::parse_iso_date(text);
  if (!day) throw ConfigError(at(file, node) + ": '" + text + "' is not a date (YYYY-MM-DD)");
  return *day;
}

void read_toml(DatasetConfig& config, const std::filesystem::path& file) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw ConfigError(located(file.string(), e.source().begin.line, std::string(e.description())));
  }
  reject_unknown(file, root, "top level",
                 {"files", "columns", "periods", "pseudonymisation", "roles", "ingest", "graph", "disclosure"});
  if (auto* files = section(file, root, "files")) {
    for (const auto& [key, node] : *files) {
      if (key.str() == "encoding") {
        const std::string name = string_value(file, node, key.str());
        check_encoding_name(name, at(file, node));
        config.encoding = name;
        continue;
      }
      auto kind = kind_from_name(key.str());
      if (!kind) throw ConfigError(at(file, node) + ": unknown file '" + std::string(key.str()) + "' in [files]");
      config.file_names[*kind] = string_value(file, node, key.str());
    }
  }
  if (auto* columns = section(file, root, "columns")) {
    for (const auto& [key, node] : *columns) {
      auto kind = kind_from_name(key.str());
      const auto* table = node.as_table();
      if (!kind || !table) {
        throw ConfigError(at(file, node) + ": [columns." + std::string(key.str()) +
                          "] must name a file: participation, establishments, networks or authorities");
      }
      for (const auto& [header, target] : *table) {
        add_mapping(config, *kind, header.str(), string_value(file, target, header.str()), at(file, target));
      }
    }
  }
  if (auto* periods = section(file, root, "periods")) {
    reject_unknown(file, *periods, "periods", {"scheme", "cuts"});
    // The parsers' messages do not know the file: they are located here, at the key's line.
    if (auto* scheme = periods->get("scheme")) {
      const std::string text = string_value(file, *scheme, "scheme");
      try {
        config.periods.scheme = model::parse_period_scheme(text);
      } catch (const ConfigError& e) {
        throw ConfigError(at(file, *scheme) + ": " + e.what());
      }
    }
    if (auto* cuts = array_value(file, *periods, "cuts", "e.g. [\"2021-08-01\"]")) {
      std::string joined;
      for (const auto& c : *cuts) {
        if (!joined.empty()) joined += ',';
        joined += string_value(file, c, "cuts");
      }
      try {
        config.periods.cuts = model::parse_cut_dates(joined);
      } catch (const ConfigError& e) {
        throw ConfigError(at(file, *cuts) + ": " + e.what());
      }
    }
  }
  if (auto* pseudo = section(file, root, "pseudonymisation")) {
    reject_unknown(file, *pseudo, "pseudonymisation", {"key_file"});
    if (auto* key_file = pseudo->get("key_file")) config.key_file = string_value(file, *key_file, "key_file");
  }
  if (auto* roles = section(file, root, "roles")) {
    for (const auto& [spelling, node] : *roles) {
      const std::string role = string_value(file, node, spelling.str());
      try {
        config.roles.add_synonym(spelling.str(), role);
      } catch (const ConfigError& e) {
        throw ConfigError(at(file, node) + ": " + e.what());
      }
      config.role_synonyms.emplace_back(std::string(spelling.str()), role);
    }
  }
  if (auto* ingest = section(file, root, "ingest")) {
    reject_unknown(file, *ingest, "ingest", {"valid_dates", "max_reject_share"});
    if (auto* dates = array_value(file, *ingest, "valid_dates", "[first, last]")) {
      if (dates->size() != 2) throw ConfigError(at(file, *dates) + ": valid_dates is [first, last]");
      config.valid_dates = model::DateRange{parse_day(file, *dates->get(0), "valid_dates"),
                                            parse_day(file, *dates->get(1), "valid_dates")};
      // Reversed, every dated row would be rejected as implausible.
      if (config.valid_dates->first > config.valid_dates->last) {
        throw ConfigError(at(file, *dates) + ": valid_dates is [first, last], and '" +
                          model::format_iso_date(config.valid_dates->first) + "' is after '" +
                          model::format_iso_date(config.valid_dates->last) + "'");
      }
    }
    if (auto* share = ingest->get("max_reject_share")) {
      auto v = share->value<double>();  // TOML has nan, which no comparison holds for
      if (!v || !(*v >= 0 && *v <= 1)) throw ConfigError(at(file, *share) + ": max_reject_share is a number from 0 to 1");
      config.max_reject_share = *v;
    }
  }
  if (auto* graph = section(file, root, "graph")) {
    reject_unknown(file, *graph, "graph", {"max_event_size"});
    if (auto* size = graph->get("max_event_size")) {
      auto v = whole_number(*size);
      if (!v || *v < 0 || *v > std::numeric_limits<std::uint32_t>::max()) {  // events are counted in 32 bits
        throw ConfigError(at(file, *size) + ": max_event_size is a whole number from 0 to 4294967295");
      }
      config.max_event_size = static_cast<std::uint32_t>(*v);
    }
  }
  if (auto* disclosure = section(file, root, "disclosure")) {
    reject_unknown(file, *disclosure, "disclosure", {"threshold"});
    if (auto* threshold = disclosure->get("threshold")) {
      auto v = whole_number(*threshold);
      if (!v || *v < 2 || *v > 1000) {
        throw ConfigError(at(file, *threshold) + ": threshold is a whole number from 2 to 1000 (counts of people "
                                                 "below it are suppressed in the board view)");
      }
      config.disclosure_threshold = static_cast<std::uint32_t>(*v);
    }
  }
}

}  // namespace

std::string_view file_kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::Participation: return "participation";
    case FileKind::Establishments: return "establishments";
    case FileKind::Networks: return "networks";
    case FileKind::Authorities: return "authorities";
  }
  return "?";
}

DatasetConfig load_dataset_config(const std::filesystem::path& folder,
                                  const std::optional<std::filesystem::path>& config_file) {
  DatasetConfig config;
  config.folder = folder;
  for (FileKind k : kFileKinds) config.file_names[k] = std::string(file_kind_name(k)) + ".csv";
  std::optional<std::filesystem::path> file = config_file;
  if (!file && std::filesystem::exists(folder / "dataset.toml")) file = folder / "dataset.toml";
  if (file) {
    if (!std::filesystem::exists(*file)) throw ConfigError(file->string() + ": no such configuration file");
    read_toml(config, *file);
    config.config_file = *file;
  }
  return config;
}

void add_column_mapping(DatasetConfig& config, FileKind kind, std::string_view text) {
  const auto eq = text.rfind('=');
  if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size()) {
    throw ConfigError("--map '" + std::string(text) + "': expected \"Export Header=column\"");
  }
  add_mapping(config, kind, text.substr(0, eq), text.substr(eq + 1), "--map '" + std::string(text) + "'");
}

model::DateRange parse_date_range(std::string_view text) {
  const auto colon = text.find(':');
  std::optional<model::Day> first, last;
  if (colon != std::string_view::npos) {
    first = model::parse_iso_date(text.substr(0, colon));
    last = model::parse_iso_date(text.substr(colon + 1));
  }
  if (!first || !last || *first > *last) {
    throw ConfigError("'" + std::string(text) + "' is not a date range (FIRST:LAST, e.g. 2000-01-01:2030-12-31)");
  }
  return {*first, *last};
}

}  // namespace reticulist::io

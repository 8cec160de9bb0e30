#include "io/register_files.hpp"

#include <charconv>
#include <functional>
#include <limits>
#include <unordered_map>

#include "engine/error.hpp"
#include "io/csv_reader.hpp"
#include "io/text_encoding.hpp"

namespace reticulist::io {
namespace {

// One row of a small file: its contract fields (trimmed; empty when the column is absent).
struct Row {
  std::vector<std::string_view> field;
  std::vector<std::string_view> extra;
  std::uint64_t line;
};

// Reads `kind` if present; calls `accept` on each well-formed row, which returns an empty string
// to accept or the reason (and the column at fault) to reject.
using Acceptor = std::function<std::pair<std::string, std::string>(const Row&)>;

void read_small_file(const DatasetConfig& config, FileKind kind, std::span<const ColumnSpec> specs,
                     IngestReport& report, model::Attributes& extra, const Acceptor& accept) {
  const std::filesystem::path path = config.path_of(kind);
  const std::string file = config.file_names.at(kind);
  FileReconciliation rec{file, false, 0, 0, 0, 0};
  if (!std::filesystem::exists(path)) {
    report.files.push_back(rec);
    return;
  }
  rec.present = true;
  report.inputs.push_back(path);
  CsvFile csv = CsvFile::open(path, config.encoding.value_or(""));
  CsvChunk body;
  const std::vector<std::string> header = read_header(csv, body);
  auto mapping = config.columns.find(kind);
  const ColumnLayout layout =
      layout_columns(header, specs, mapping == config.columns.end() ? ColumnMap{} : mapping->second, path.string());
  extra.names = layout.extra_names;
  extra.values.assign(layout.extra_names.size(), {});

  CsvCursor cursor(csv, body);
  CsvRecord record;
  Row row;
  row.field.resize(specs.size());
  row.extra.resize(layout.extra_position.size());
  while (cursor.next(record)) {
    ++rec.read;
    std::pair<std::string, std::string> verdict;
    if (record.invalid_utf8) {  // the rows of a register are referred to: mend it rather than lose one
      throw InputError(located(path.string(), record.line, *record.problem + encoding_advice(csv.bytes())));
    }
    if (record.problem) {
      verdict = {"", *record.problem};
    } else if (record.fields.size() != layout.field_count) {
      verdict = {"", "expected " + std::to_string(layout.field_count) + " fields, found " +
                         std::to_string(record.fields.size())};
    } else {
      for (std::size_t k = 0; k < specs.size(); ++k) {
        row.field[k] = layout.has(k) ? trimmed(record.fields[layout.position[k]]) : std::string_view{};
      }
      for (std::size_t x = 0; x < row.extra.size(); ++x) row.extra[x] = trimmed(record.fields[layout.extra_position[x]]);
      row.line = record.line;
      verdict = accept(row);
    }
    if (verdict.second.empty()) {
      ++rec.accepted;
    } else {
      ++rec.rejected;
      report.rejects.push_back({file, record.line, verdict.first, verdict.second, std::string(record.raw)});
    }
  }
  report.files.push_back(rec);
}

void push_extra(model::Attributes& extra, const Row& row) {
  for (std::size_t x = 0; x < row.extra.size(); ++x) extra.values[x].emplace_back(row.extra[x]);
}

// A non-negative number or empty (unknown); nullopt when it is not a number.
std::optional<double> parse_amount(std::string_view text) {
  if (text.empty()) return std::numeric_limits<double>::quiet_NaN();
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::string first_seen(const std::unordered_map<std::string, std::uint64_t>& seen, std::string_view id) {
  return "appears twice (first on line " + std::to_string(seen.at(std::string(id))) + ")";
}

}  // namespace

void read_authorities(const DatasetConfig& config, Registry& registry, IngestReport& report) {
  std::unordered_map<std::string, std::uint64_t> seen;
  auto& t = registry.dataset().authorities;
  read_small_file(config, FileKind::Authorities, authority_columns(), report, t.extra,
                  [&](const Row& r) -> std::pair<std::string, std::string> {
                    if (r.field[0].empty()) return {"authority", "authority is blank"};
                    if (seen.count(std::string(r.field[0]))) return {"authority", "authority '" + std::string(r.field[0]) + "' " + first_seen(seen, r.field[0])};
                    seen.emplace(std::string(r.field[0]), r.line);
                    registry.add_listed_authority(r.field[0], r.field[1], r.field[2]);
                    push_extra(t.extra, r);
                    return {};
                  });
}

void read_establishments(const DatasetConfig& config, Registry& registry, IngestReport& report) {
  std::unordered_map<std::string, std::uint64_t> seen;
  auto& t = registry.dataset().establishments;
  read_small_file(config, FileKind::Establishments, establishment_columns(), report, t.extra,
                  [&](const Row& r) -> std::pair<std::string, std::string> {
                    // Contract order: establishment, name, authority, sector, roll, staff.
                    if (r.field[0].empty()) return {"establishment", "establishment is blank"};
                    if (r.field[2].empty()) return {"authority", "authority is blank"};
                    if (seen.count(std::string(r.field[0]))) return {"establishment", "establishment '" + std::string(r.field[0]) + "' " + first_seen(seen, r.field[0])};
                    const auto sector = model::parse_sector(r.field[3]);
                    if (!sector) return {"sector", "unknown sector '" + std::string(r.field[3]) + "' (expected elc, primary, secondary, special or other)"};
                    const auto roll = parse_amount(r.field[4]);
                    if (!roll) return {"roll", "roll '" + std::string(r.field[4]) + "' is not a number"};
                    const auto staff = parse_amount(r.field[5]);
                    if (!staff) return {"staff", "staff '" + std::string(r.field[5]) + "' is not a number"};
                    seen.emplace(std::string(r.field[0]), r.line);
                    const auto id = registry.add_registered_establishment(r.field[0]);
                    t.name[id] = std::string(r.field[1].empty() ? r.field[0] : r.field[1]);
                    t.authority[id] = registry.authority(r.field[2]);
                    t.sector[id] = *sector;
                    t.roll[id] = *roll;
                    t.staff[id] = *staff;
                    registry.index_establishment_name(id, r.field[1]);
                    push_extra(t.extra, r);
                    return {};
                  });
  registry.dataset().has_register = report.files.back().present;
}

void read_networks(const DatasetConfig& config, Registry& registry, IngestReport& report) {
  std::unordered_map<std::string, std::uint64_t> seen;
  auto& t = registry.dataset().networks;
  read_small_file(config, FileKind::Networks, network_columns(), report, t.extra,
                  [&](const Row& r) -> std::pair<std::string, std::string> {
                    // Contract order: network, name, workstream, started, ended.
                    if (r.field[0].empty()) return {"network", "network is blank"};
                    if (seen.count(std::string(r.field[0]))) return {"network", "network '" + std::string(r.field[0]) + "' " + first_seen(seen, r.field[0])};
                    std::optional<model::Day> started, ended;
                    if (!r.field[3].empty() && !(started = model::parse_iso_date(r.field[3]))) return {"started", "bad date '" + std::string(r.field[3]) + "' (not a calendar day YYYY-MM-DD)"};
                    if (!r.field[4].empty() && !(ended = model::parse_iso_date(r.field[4]))) return {"ended", "bad date '" + std::string(r.field[4]) + "' (not a calendar day YYYY-MM-DD)"};
                    if (started && ended && *ended < *started) return {"ended", "network ends before it starts"};
                    seen.emplace(std::string(r.field[0]), r.line);
                    const auto id = registry.add_listed_network(r.field[0]);
                    if (!r.field[1].empty()) t.name[id] = std::string(r.field[1]);
                    t.workstream[id] = std::string(r.field[2]);
                    t.started[id] = started;
                    t.ended[id] = ended;
                    registry.index_network_name(id, r.field[1]);
                    push_extra(t.extra, r);
                    return {};
                  });
}

}  // namespace reticulist::io

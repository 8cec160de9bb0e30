#include "io/ingest.hpp"

#include "io/drop_unreferenced.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

#include "engine/error.hpp"
#include "engine/parallel.hpp"
#include "io/csv_reader.hpp"
#include "io/key_file.hpp"
#include "io/participation_merge.hpp"
#include "io/participation_parse.hpp"
#include "io/register_files.hpp"
#include "io/registry.hpp"
#include "io/text_encoding.hpp"

namespace reticulist::io {
namespace {

model::Day today() {
  using namespace std::chrono;
  return static_cast<model::Day>(floor<days>(system_clock::now()).time_since_epoch().count());
}

// participation.csv opened, its header laid out and its body split into one chunk per thread:
// all that parsing needs and nothing the registers give, so it is done while they are read.
struct OpenedParticipation {
  std::filesystem::path path;
  CsvFile csv;
  ColumnLayout layout;
  CsvChunk body;
  std::vector<CsvChunk> pieces;
};

OpenedParticipation open_participation(const DatasetConfig& config) {
  const std::filesystem::path path = config.path_of(FileKind::Participation);
  if (!std::filesystem::exists(path)) {
    throw InputError(path.string() + ": cannot open: no such file (" + config.file_names.at(FileKind::Participation) +
                     " is required)");
  }
  CsvFile csv = CsvFile::open(path, config.encoding.value_or(""));
  CsvChunk body;
  const std::vector<std::string> header = read_header(csv, body);
  auto mapping = config.columns.find(FileKind::Participation);
  ColumnLayout layout = layout_columns(header, participation_columns(),
                                       mapping == config.columns.end() ? ColumnMap{} : mapping->second, path.string());
  // One chunk per thread, and none over kMaxChunkBytes.
  const auto pieces_needed = static_cast<unsigned>(std::max<std::size_t>(
      parallel::thread_count(config.threads), (body.bytes.size() + kMaxChunkBytes - 1) / kMaxChunkBytes));
  std::vector<CsvChunk> pieces = split_chunks(body, pieces_needed);
  return {path, std::move(csv), std::move(layout), body, std::move(pieces)};
}

// Invalid UTF-8 in participation.csv: a few rows are rejected (with a note on the encoding),
// more stop the run at the first (ingest.hpp).
void check_invalid_utf8(const std::vector<ParsedChunk>& chunks, const OpenedParticipation& opened,
                        const std::string& file, IngestReport& report) {
  std::uint64_t rows = 0;
  const Reject* first = nullptr;
  for (const ParsedChunk& chunk : chunks) {
    if (chunk.invalid_utf8 > 0 && first == nullptr) first = &chunk.rejects[chunk.first_invalid_utf8];
    rows += chunk.invalid_utf8;
  }
  if (rows == 0) return;
  const std::string advice = encoding_advice(opened.csv.bytes());
  if (rows > kMaxInvalidUtf8Rows) {
    throw InputError(located(opened.path.string(), first->line,
                             first->reason + "; " + std::to_string(rows) + " rows hold invalid UTF-8, more than the " +
                                 std::to_string(kMaxInvalidUtf8Rows) + " that are rejected one by one" + advice));
  }
  report.notes.push_back(file + ": " + std::to_string(rows) + (rows == 1 ? " row" : " rows") +
                         " rejected for invalid UTF-8" + advice);
}

FileReconciliation read_participation(const OpenedParticipation& opened, const DatasetConfig& config,
                                      const model::DateRange& valid_dates, Registry& registry, IngestReport& report,
                                      Progress& progress, BackgroundRelease& release) {
  const std::string file = config.file_names.at(FileKind::Participation);
  report.inputs.push_back(opened.path);
  const CsvFile& csv = opened.csv;
  const CsvChunk& body = opened.body;
  const ColumnLayout& layout = opened.layout;
  const std::vector<CsvChunk>& pieces = opened.pieces;

  progress.begin("parsing " + file, body.bytes.size());
  std::vector<ParsedChunk> chunks(pieces.size());
  // One set of row columns for all chunks, each chunk's rows at slots of its own: room for as many
  // as its records (counted when split).
  std::vector<std::size_t> base(pieces.size() + 1, 0);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    base[i + 1] = base[i] + pieces[i].max_records;
  }
  if (base.back() >= model::kNone) {  // rows are numbered in 32 bits
    throw InputError(opened.path.string() + ": more lines than the 4,294,967,294 rows one dataset can hold");
  }
  ParsedRows rows;
  rows.allocate(base.back(), layout.extra_position.size());
  // When chunks fail, the first one's error is thrown: the earliest line.
  parallel::run_parts(pieces.size(), [&](std::size_t i) {
    chunks[i] = parse_participation_chunk(csv, pieces[i], layout, file, rows, base[i]);
  });
  progress.advance(body.bytes.size());
  progress.end();
  check_invalid_utf8(chunks, opened, file, report);

  // The key is loaded (and created on first use) only once the file is known to be readable, so
  // a run that stops on an unusable file leaves no new key behind that nobody was told about.
  const LoadedKey key = load_or_create_key(config.key_file, config.output_folder);
  const privacy::Pseudonymiser pseudonymiser(key.key);
  report.key_fingerprint = pseudonymiser.fingerprint();
  report.key_source = key.source;
  report.key_created = key.created;

  progress.begin("validating and deduplicating", 0);
  FileReconciliation rec{file, true, 0, 0, 0, 0};
  merge_participation(chunks, rows, layout, config, valid_dates, pseudonymiser, registry, report, rec,
                      report.duplicates, release);
  progress.end();
  return rec;
}

// An event id under more than one network is one session, as the contract says (rows with the
// same event co-attend), but the Dataset files it under the network of its first row: worth a
// note, as an export that reuses ids such as "Session 1" in every network means other sessions.
std::optional<std::string> events_across_networks(const model::Dataset& ds) {
  const auto& rec = ds.records;
  std::uint64_t events = 0;
  std::uint32_t first = model::kNone;
  model::NetworkId other = model::kNone;
  std::uint32_t last_counted = model::kNone;
  for (std::size_t r = 0; r < rec.size(); ++r) {
    const std::uint32_t e = rec.event[r];
    if (rec.network[r] == ds.events.network[e] || e == last_counted) continue;
    last_counted = e;  // records are sorted by event: each is counted once
    if (events++ == 0) {
      first = e;
      other = rec.network[r];
    }
  }
  if (events == 0) return std::nullopt;
  const std::string id = ds.events.id[first].empty() ? "(no event id)" : ds.events.id[first];
  return std::to_string(events) + (events == 1 ? " event is" : " events are") +
         " recorded under more than one network (e.g. '" + id + "' under " +
         ds.networks.id[ds.events.network[first]] + " and " + ds.networks.id[other] +
         "): each is one session whose attendees co-attend, filed under the network of its first row (" +
         ds.networks.id[ds.events.network[first]] + ")";
}

}  // namespace

std::uint64_t IngestReport::rows_read() const {
  std::uint64_t n = 0;
  for (const auto& f : files) n += f.read;
  return n;
}

std::uint64_t IngestReport::rows_rejected() const {
  std::uint64_t n = 0;
  for (const auto& f : files) n += f.rejected;
  return n;
}

Ingested ingest(const DatasetConfig& config, Progress& progress) {
  if (!std::filesystem::is_directory(config.folder)) {
    throw InputError(config.folder.string() + ": not a dataset folder (expected a folder holding participation.csv)");
  }
  if (!std::filesystem::exists(config.path_of(FileKind::Participation))) {
    throw InputError(config.path_of(FileKind::Participation).string() + ": cannot open: no such file (" +
                     config.file_names.at(FileKind::Participation) + " is required)");
  }
  Ingested out;
  IngestReport& report = out.report;
  Registry registry(out.dataset);
  // participation.csv is opened and split on a second thread while the registers are read. Their
  // errors come first, as when read one after the other: the registers are part 0, whose error
  // run_parts throws before the opener's.
  std::optional<OpenedParticipation> opened;
  parallel::run_parts(2, [&](std::size_t part) {
    if (part == 1) {
      opened.emplace(open_participation(config));
      return;
    }
    read_authorities(config, registry, report);
    read_establishments(config, registry, report);
    read_networks(config, registry, report);
  });
  const model::DateRange valid_dates = config.valid_dates.value_or(model::default_plausible_dates(today()));
  BackgroundRelease release;  // declared after `opened`: joined first, while the chunks' file is still mapped
  FileReconciliation participation =
      read_participation(*opened, config, valid_dates, registry, report, progress, release);
  report.files.insert(report.files.begin(), participation);

  const Dropped dropped = drop_unreferenced(out.dataset);
  std::string left_out;
  for (const auto& [count, what] : {std::pair{dropped.practitioners, "practitioners"}, {dropped.networks, "networks"},
                                    {dropped.authorities, "authorities"}, {dropped.establishments, "establishments"}}) {
    if (count > 0) left_out += (left_out.empty() ? "" : ", ") + std::to_string(count) + " " + what;
  }
  if (!left_out.empty()) report.notes.push_back("left out, as they appear only in rejected rows: " + left_out);
  const auto& ds = out.dataset;
  if (auto note = events_across_networks(ds)) report.notes.push_back(*note);
  report.establishments_outside_register = static_cast<std::uint64_t>(
      std::count(ds.establishments.in_register.begin(), ds.establishments.in_register.end(), false));
  std::stable_sort(report.rejects.begin(), report.rejects.end(), [](const Reject& a, const Reject& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
  });
  std::sort(report.duplicates.begin(), report.duplicates.end(),
            [](const Duplicate& a, const Duplicate& b) { return a.line < b.line; });
  if (report.establishments_matched_by_name > 0) {
    report.notes.push_back(std::to_string(report.establishments_matched_by_name) +
                           " distinct establishment references were matched by name rather than SEED code");
  }
  if (report.register_authority_overrides > 0) {
    report.notes.push_back(std::to_string(report.register_authority_overrides) +
                           " establishment references gave an authority other than the register's; the register's was used");
  }
  if (ds.has_register && report.establishments_outside_register > 0) {
    report.notes.push_back(std::to_string(report.establishments_outside_register) +
                           " establishments appear in participation but not in the register; their records are kept, under the name or code given");
  }
  if (!ds.has_register) {
    report.notes.push_back("no establishment register (establishments.csv): establishments that never engaged cannot be known");
  }
  return out;
}

}  // namespace reticulist::io

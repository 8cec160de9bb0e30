#include "tools/reticulist/dataset_options.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "engine/error.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/memory_limit.hpp"
#include "engine/model/periods.hpp"
#include "engine/parallel.hpp"
#include "engine/report/table.hpp"
#include "io/ingest_tables.hpp"
#include "io/nothing_to_analyse.hpp"
#include "io/text_encoding.hpp"
#include "tools/reticulist/exit_codes.hpp"

namespace reticulist::cli {

void add_dataset_options(CLI::App& command, DatasetOptions& o, const std::string& default_out) {
  o.out = default_out;
  command.add_option("dataset", o.dataset, "Dataset folder: participation.csv (required), establishments.csv, "
                                           "networks.csv, authorities.csv, dataset.toml (optional)")
      ->required()
      ->check(CLI::ExistingDirectory);
  command.add_option("--out", o.out, "Output folder (created if missing; files are complete or absent)")
      ->capture_default_str();
  command.add_option("--map", o.maps, "Map an export header to a contract column of participation.csv, "
                                      "e.g. --map \"Attendee Email=practitioner\" (repeatable)");
  command.add_option("--config", o.config, "Configuration file (default: DATASET/dataset.toml if present)");
  command.add_option("--encoding", o.encoding,
                     "Encoding of the dataset's CSV files when they are not UTF-8, e.g. windows-1252 or iso-8859-1 "
                     "(default: UTF-8, or dataset.toml's [files] encoding; a UTF-8 or UTF-16 byte-order mark is "
                     "always honoured). Fields are at most 1 MiB and lines 4 MiB");
  command.add_option("--key-file", o.key_file, "Pseudonymisation key file (default: $RETICULIST_KEY_FILE or "
                                               "~/.config/reticulist/pseudonym.key, created on first use)");
  command.add_option("--periods", o.period, "How time is cut into periods: session (1 Aug-31 Jul), term, quarter, month, year, cuts")
      ->capture_default_str();
  command.add_option("--cuts", o.cuts, "Cut dates for --periods cuts, e.g. 2021-01-01,2021-06-01");
  command.add_option("--dates", o.dates, "Plausible record dates FIRST:LAST (default 2000-01-01 to the end of next year)");
  command.add_option("--max-event-size", o.max_event_size,
                     "Events with more attendees make no co-attendance ties (default 100; 0: no limit)");
  command.add_option("--max-reject-share", o.max_reject_share,
                     "Exit with code 3 when more than this share (0-1) of rows are rejected")
      ->check(CLI::Range(0.0, 1.0));
  command.add_flag("--identify", o.identify, "Keep raw practitioner identifiers for outputs that list people, each "
                                              "as first written in participation.csv (personal data: the manifest "
                                              "says so)");
  command.add_option("--view", o.view,
                     "Who the outputs are for: officer (every figure, people as pseudonyms) or board (no table about "
                     "one person; counts of fewer than 5 people, or dataset.toml's [disclosure] threshold, suppressed as "
                     "[c] with the cells that would give them away)")
      ->capture_default_str()
      ->check(CLI::IsMember({"officer", "board"}));
  command.add_option("--threads", o.threads, "Threads (default: one per core)");
  command.add_option("--memory-limit", o.memory_limit,
                     "The most memory the run may take, e.g. 4G or 512M (powers of 1024): builds that can trade "
                     "time for memory take the lean way where the fast one might not fit (the manifest says "
                     "which), and a run that cannot fit stops with a message saying what it needed (exit 1)");
}

io::DatasetConfig make_config(const DatasetOptions& o, const CLI::App& command) {
  io::DatasetConfig config = io::load_dataset_config(
      o.dataset, o.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.config));
  for (const auto& m : o.maps) io::add_column_mapping(config, io::FileKind::Participation, m);
  if (!o.encoding.empty()) {
    io::check_encoding_name(o.encoding, "--encoding");
    config.encoding = o.encoding;
  }
  if (!o.key_file.empty()) config.key_file = o.key_file;
  if (command.count("--periods") > 0 || !config.config_file) config.periods.scheme = model::parse_period_scheme(o.period);
  if (!o.cuts.empty()) config.periods.cuts = model::parse_cut_dates(o.cuts);
  if (config.periods.scheme == model::PeriodScheme::Cuts && config.periods.cuts.empty()) {
    throw ConfigError("--periods cuts needs --cuts DATE[,DATE...]");
  }
  if (config.periods.scheme != model::PeriodScheme::Cuts && !config.periods.cuts.empty()) {
    throw ConfigError("cut dates are given but the period scheme is '" +
                      std::string(model::period_scheme_name(config.periods.scheme)) + "' (use --periods cuts)");
  }
  if (!o.dates.empty()) config.valid_dates = io::parse_date_range(o.dates);
  if (o.max_event_size) config.max_event_size = *o.max_event_size;
  if (o.max_reject_share) config.max_reject_share = *o.max_reject_share;
  config.identify = o.identify;
  config.threads = o.threads;
  config.output_folder = o.out;
  if (!o.memory_limit.empty()) {
    // Set before the data is read: ingest is the first large allocation.
    const std::uint64_t bytes = memory::parse_size(o.memory_limit);
    memory::set_limit(bytes);
    if (!memory::cap_address_space(bytes)) spdlog::debug("--memory-limit: no address-space cap in a sanitizer build");
  }
  return config;
}

privacy::View view_of(const DatasetOptions& options) {
  const auto view = privacy::parse_view(options.view);
  if (!view) throw ConfigError("--view " + options.view + ": expected officer or board");
  return *view;
}

std::uint32_t max_event_size(const io::DatasetConfig& config) {
  return config.max_event_size.value_or(graph::kDefaultMaxEventSize);
}

unsigned thread_count(const io::DatasetConfig& config) {
  return parallel::thread_count(config.threads);
}

graph::CoattendanceOptions coattendance_options(const io::DatasetConfig& config) {
  graph::CoattendanceOptions options;
  options.max_event_size = max_event_size(config);
  options.threads = thread_count(config);
  return options;
}

io::Ingested run_ingest(const io::DatasetConfig& config, Progress& progress, bool writes_rejects,
                        bool needs_records) {
  io::Ingested in = io::ingest(config, progress);
  const auto& report = in.report;
  if (report.key_created) {
    spdlog::warn("created a new pseudonymisation key ({}): keep it safe and out of shared folders; the same key "
                 "gives the same pseudonyms next time, and without it people cannot be followed across runs",
                 report.key_source);
  }
  for (const auto& f : report.files) {
    if (!f.present) continue;
    spdlog::info("{}: {} rows read = {} accepted + {} rejected + {} duplicates", f.file, f.read, f.accepted,
                 f.rejected, f.duplicates);
  }
  for (const auto& note : report.notes) spdlog::info("{}", note);
  const std::optional<std::string> nothing = io::nothing_to_analyse(config, report);
  const bool stops = nothing && needs_records;  // then no rejects.csv is written
  if (report.rows_rejected() > 0) {
    if (writes_rejects && !stops) {
      spdlog::warn("{} rows rejected; each is in rejects.csv with its file, line and reason", report.rows_rejected());
    } else {
      spdlog::warn("{} rows rejected; `reticulist validate` lists each with its file, line and reason",
                   report.rows_rejected());
    }
  }
  if (stops) throw InputError(*nothing);
  if (nothing) spdlog::warn("{}", *nothing);
  return in;
}

std::vector<std::pair<std::string, std::string>> memory_limit_options() {
  std::vector<std::pair<std::string, std::string>> out;
  const auto bytes = memory::limit();
  if (!bytes) return out;
  out.emplace_back("memory_limit", memory::format_size(*bytes) + " (" + std::to_string(*bytes) + " bytes)");
  const std::vector<std::string> adaptations = memory::adaptations();
  for (std::size_t i = 0; i < adaptations.size(); ++i) {
    out.emplace_back("memory_limit.adaptation." + std::to_string(i + 1), adaptations[i]);
  }
  return out;
}

io::Manifest base_manifest(const io::DatasetConfig& config, const io::IngestReport& report,
                           const std::vector<std::string>& command_line) {
  io::Manifest m;
  m.version = RETICULIST_VERSION;
  m.command_line = command_line;
  for (const auto& path : report.inputs) m.inputs.push_back(io::describe_input(path));
  auto& opt = m.options;
  opt.emplace_back("dataset", config.folder.string());
  opt.emplace_back("config", config.config_file ? config.config_file->string() : "none");
  if (config.encoding) opt.emplace_back("encoding", *config.encoding);
  for (const auto& [kind, name] : config.file_names) opt.emplace_back("file." + std::string(io::file_kind_name(kind)), name);
  for (const auto& [kind, map] : config.columns) {
    for (const auto& [header, column] : map) opt.emplace_back("map." + std::string(io::file_kind_name(kind)) + "." + header, column);
  }
  opt.emplace_back("period", std::string(model::period_scheme_name(config.periods.scheme)));
  std::string cuts;
  for (auto c : config.periods.cuts) cuts += (cuts.empty() ? "" : ",") + model::format_iso_date(c);
  if (!cuts.empty()) opt.emplace_back("cuts", cuts);
  if (config.valid_dates) {
    opt.emplace_back("dates", model::format_iso_date(config.valid_dates->first) + ":" + model::format_iso_date(config.valid_dates->last));
  } else {
    opt.emplace_back("dates", "default (2000-01-01 to 31 December of next year)");
  }
  opt.emplace_back("max_event_size", std::to_string(max_event_size(config)));
  opt.emplace_back("max_reject_share", config.max_reject_share ? report::format_real(*config.max_reject_share) : "none");
  for (const auto& [spelling, role] : config.role_synonyms) opt.emplace_back("role." + spelling, role);
  opt.emplace_back("identify", config.identify ? "true" : "false");
  opt.emplace_back("pseudonymisation", "keyed BLAKE2b-64 of the trimmed, lower-cased identifier (libsodium crypto_generichash)");
  m.key_fingerprint = report.key_fingerprint;
  m.identify = config.identify;
  return m;
}

int reject_exit_code(const io::DatasetConfig& config, const io::IngestReport& report) {
  if (!config.max_reject_share || report.rows_read() == 0) return kExitOk;
  const double share = static_cast<double>(report.rows_rejected()) / static_cast<double>(report.rows_read());
  if (share <= *config.max_reject_share) return kExitOk;
  spdlog::error("{:.2f}% of rows were rejected, more than the {:.2f}% allowed by --max-reject-share", 100 * share,
                100 * *config.max_reject_share);
  return kExitTooManyRejects;
}

}  // namespace reticulist::cli

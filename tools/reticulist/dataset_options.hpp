#pragma once
// The options every command that reads a dataset shares, and the run they share: load the
// configuration, ingest, log the reconciliation, and put the ingest tables in the output folder.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/graph/coattendance.hpp"
#include "engine/privacy/disclose.hpp"
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"
#include "io/manifest.hpp"
#include "io/output_folder.hpp"

namespace reticulist::cli {

struct DatasetOptions {
  std::string dataset;
  std::string out;
  std::vector<std::string> maps;
  std::string config;
  std::string encoding;
  std::string key_file;
  std::string period = "session";
  std::string cuts;
  std::string dates;
  std::optional<std::uint32_t> max_event_size;
  std::optional<double> max_reject_share;
  bool identify = false;
  std::string view = "officer";
  unsigned threads = 0;
  std::string memory_limit;  // --memory-limit SIZE; empty: none
};

// --view: officer (every figure, people as pseudonyms) or board (disclosure control).
privacy::View view_of(const DatasetOptions& options);

// Adds the dataset argument and the shared options to `command`; `default_out` is its --out.
void add_dataset_options(CLI::App& command, DatasetOptions& options, const std::string& default_out);

// The configuration in force: dataset.toml, then the options (which win).
io::DatasetConfig make_config(const DatasetOptions& options, const CLI::App& command);

// Ingests and logs the reconciliation and notes (warnings for rejects, the key's creation).
// `writes_rejects`: the command writes rejects.csv (else the warning points to validate).
// With no accepted participation record (io::nothing_to_analyse) a command that `needs_records`
// throws InputError (exit 1, nothing written); validate, which reports the reconciliation, warns.
io::Ingested run_ingest(const io::DatasetConfig& config, Progress& progress, bool writes_rejects = true,
                        bool needs_records = true);

// With --memory-limit: the limit and what the run did to stay within it (memory_limit.hpp), as
// manifest options; nothing without a limit.
std::vector<std::pair<std::string, std::string>> memory_limit_options();

// The manifest's common part: program, version, command line, inputs, options, key fingerprint.
io::Manifest base_manifest(const io::DatasetConfig& config, const io::IngestReport& report,
                           const std::vector<std::string>& command_line);

// kExitTooManyRejects when the user set a share and the rejects exceed it, else kExitOk.
int reject_exit_code(const io::DatasetConfig& config, const io::IngestReport& report);

std::uint32_t max_event_size(const io::DatasetConfig& config);

// --threads, or one per core.
unsigned thread_count(const io::DatasetConfig& config);

// The co-attendance projection in force: the large-event rule and the threads (shared events as
// the tie weight; a command offering --newman sets that itself).
graph::CoattendanceOptions coattendance_options(const io::DatasetConfig& config);

}  // namespace reticulist::cli

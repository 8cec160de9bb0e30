#pragma once
// The end every command that writes tables shares (design.md): the command's tables and the
// ingest tables -> disclosure for the view -> the output folder -> manifest.json (the options in
// force, the periods, the view and what was suppressed and why). The command then prints what
// it chooses from the disclosed tables, so the terminal shows what the files hold.
//
//   CommandRun run{config, in.report, command_line, options->out, view};
//   run.options = {{"min_records", "1"}};
//   run.periods = &periods;
//   return finish(std::move(tables), run, {"partnership"});   // writes, prints, exit code
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/model/periods.hpp"
#include "engine/privacy/disclose.hpp"
#include "engine/report/table.hpp"
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"
#include "io/output_folder.hpp"

namespace reticulist::cli {

struct CommandRun {
  const io::DatasetConfig& config;
  const io::IngestReport& report;
  const std::vector<std::string>& command_line;
  std::filesystem::path out;
  privacy::View view = privacy::View::Officer;
  // The command's own options in force (defaults included), for the manifest.
  std::vector<std::pair<std::string, std::string>> options{};
  const model::Periods* periods = nullptr;  // the periods the tables use, if any
  bool ingest_tables = true;                // reconciliation, rejects and duplicates too
  // The manifest's common part when the command made it already (its inputs' SHA-256 are read
  // once); nullptr: write_outputs makes it.
  const io::Manifest* base = nullptr;
};

// What was written: the disclosed tables in the order given (withheld ones absent).
struct Written {
  std::vector<report::Table> tables;
  std::vector<std::pair<std::string, std::string>> withheld;  // table name, reason
  std::filesystem::path folder;

  const report::Table* find(std::string_view name) const;
};

// The disclosure rule in force: dataset.toml's [disclosure] threshold, else the default.
privacy::DisclosureRule disclosure_rule(const io::DatasetConfig& config);
// The view's rule in words, for the manifest and the page: the board rule, or what the officer
// view shows.
std::string disclosure_text(privacy::View view, const io::DatasetConfig& config);

// Files a command adds beside its tables, drawn from the disclosed tables (figures, a page, a
// workbook), whole or absent with the rest and listed in the manifest after the tables.
struct ExtraFiles {
  // Called once every table is disclosed, before their CSV and JSON are written: a file begun
  // here with OutputFolder::start_file_at is written on a thread of its own meanwhile, and
  // finished in `add`. `written.tables` stay as they are until write_outputs returns.
  std::function<void(io::OutputFolder& folder, const Written& written)> start{};
  // Called once all tables are in the folder and before it is committed.
  std::function<void(io::OutputFolder& folder, const Written& written)> add{};
};

// Discloses every table for the view, starts `extra.start`, writes the tables (CSV and JSON)
// with the ingest tables, adds `extra.add`, and commits the folder with its manifest. Files are
// whole or absent (io::OutputFolder).
Written write_outputs(std::vector<report::Table> tables, const CommandRun& run, const ExtraFiles& extra = {});

// Prints the named tables for a person (only the rows of `only_period`, if given), or says that
// one was withheld in this view.
void print_tables(const Written& written, const std::vector<std::string>& names, std::ostream& out,
                  const std::optional<std::string>& only_period = {});
// "Full tables: <folder>/*.csv", and in the board view how many cells were suppressed.
void print_folder(const Written& written, std::ostream& out);

// The whole tail of a command that prints the tables it names: write_outputs, print_tables and
// print_folder to standard output; returns the exit code (reject_exit_code).
int finish(std::vector<report::Table> tables, const CommandRun& run, const std::vector<std::string>& shown,
           const std::optional<std::string>& only_period = {});

}  // namespace reticulist::cli

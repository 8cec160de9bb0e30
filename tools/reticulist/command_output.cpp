#include "tools/reticulist/command_output.hpp"

#include <iostream>

#include "io/ingest_tables.hpp"
#include "io/output_folder.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"

namespace reticulist::cli {
namespace {

io::ManifestPeriods describe_periods(const model::Periods& periods) {
  io::ManifestPeriods described{model::Periods::describe(periods.scheme()), {}};
  for (const auto& p : periods) {
    described.labels.push_back({p.label, model::format_iso_date(p.first), model::format_iso_date(p.last)});
  }
  return described;
}

}  // namespace

const report::Table* Written::find(std::string_view name) const {
  for (const auto& t : tables) {
    if (t.name() == name) return &t;
  }
  return nullptr;
}

privacy::DisclosureRule disclosure_rule(const io::DatasetConfig& config) {
  privacy::DisclosureRule rule;
  if (config.disclosure_threshold) rule.threshold = *config.disclosure_threshold;
  return rule;
}

std::string disclosure_text(privacy::View view, const io::DatasetConfig& config) {
  if (view == privacy::View::Board) return privacy::describe(disclosure_rule(config));
  return "officer view: every figure, people as pseudonyms (raw identifiers only with --identify); for the data "
         "officer, not for publication";
}

Written write_outputs(std::vector<report::Table> tables, const CommandRun& run, const ExtraFiles& extra) {
  if (run.ingest_tables) {
    tables.push_back(io::reconciliation_table(run.report));
    tables.push_back(io::rejects_table(run.report));
    tables.push_back(io::duplicates_table(run.report, run.config.file_names.at(io::FileKind::Participation)));
  }
  const privacy::DisclosureRule rule = disclosure_rule(run.config);
  io::ManifestDisclosure disclosure{std::string(privacy::view_name(run.view)), {}, {}, {}};
  disclosure.rule = disclosure_text(run.view, run.config);
  if (run.view == privacy::View::Board) disclosure.threshold = rule.threshold;

  Written written;
  written.folder = run.out;
  io::OutputFolder folder(run.out);
  for (auto& table : tables) {
    const std::string name = table.name();
    privacy::Disclosure d = privacy::disclose(std::move(table), run.view, rule);
    if (run.view == privacy::View::Board) {
      disclosure.tables.push_back({name, d.withheld_reason, d.primary, d.secondary, d.derived});
    }
    if (!d.table) {
      written.withheld.emplace_back(name, d.withheld_reason);
      continue;
    }
    written.tables.push_back(std::move(*d.table));
  }
  if (extra.start) extra.start(folder, written);
  for (const report::Table& table : written.tables) folder.add_table(table, {.csv = true, .json = true});
  if (extra.add) extra.add(folder, written);

  io::Manifest manifest = run.base ? *run.base : base_manifest(run.config, run.report, run.command_line);
  for (const auto& option : run.options) manifest.options.push_back(option);
  manifest.options.emplace_back("view", std::string(privacy::view_name(run.view)));
  for (auto& option : memory_limit_options()) manifest.options.push_back(std::move(option));
  if (run.periods) manifest.periods = describe_periods(*run.periods);
  manifest.disclosure = std::move(disclosure);
  folder.commit(std::move(manifest));
  return written;
}

void print_tables(const Written& written, const std::vector<std::string>& names, std::ostream& out,
                  const std::optional<std::string>& only_period) {
  for (const auto& name : names) {
    if (const report::Table* t = written.find(name)) {
      print_table(*t, out, only_period);
      continue;
    }
    for (const auto& [withheld, reason] : written.withheld) {
      if (withheld == name) out << name << ": withheld in the board view: " << reason << "\n";
    }
  }
}

void print_folder(const Written& written, std::ostream& out) {
  std::size_t suppressed = 0;
  for (const auto& t : written.tables) suppressed += t.suppressed_count();
  print_full_tables(written.folder, out);
  if (suppressed > 0 || !written.withheld.empty()) {
    const auto plural = [](std::size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    out << "Board view: " << plural(suppressed, "cell", "cells") << " suppressed ([c]), "
        << plural(written.withheld.size(), "table", "tables") << " withheld; manifest.json says which and why\n";
  }
}

int finish(std::vector<report::Table> tables, const CommandRun& run, const std::vector<std::string>& shown,
           const std::optional<std::string>& only_period) {
  const Written written = write_outputs(std::move(tables), run);
  print_tables(written, shown, std::cout, only_period);
  print_folder(written, std::cout);
  return reject_exit_code(run.config, run.report);
}

}  // namespace reticulist::cli

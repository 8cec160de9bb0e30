// reticulist: collaboration network analysis for education partnerships.
// One catch site maps errors to the documented exit codes (exit_codes.hpp).
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>
#include <new>
#include <string>
#include <system_error>

#include "engine/error.hpp"
#include "engine/memory_limit.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/exit_codes.hpp"

namespace {

using reticulist::cli::Command;

constexpr Command kCommands[] = {
    {"validate", "Check a dataset: what is accepted, rejected (with reasons) and duplicated",
     reticulist::cli::install_validate},
    {"summary", "Counts by period, authority, sector, network and workstream, with co-attendance ties",
     reticulist::cli::install_summary},
    {"metrics", "Density, cohesion, bridging and brokerage of a layer, per period, with the reticulists flagged",
     reticulist::cli::install_metrics},
    {"churn", "Membership churn between periods: joiners, leavers, returners, tenure, cohorts, tie churn, representation",
     reticulist::cli::install_churn},
    {"export", "One layer as GraphML, GEXF (with time spells), DOT, node-link JSON or CSV",
     reticulist::cli::install_export},
    {"engagement", "Engagement of every establishment by period: never, new, active, lapsed, returning; the under-engaged ranked",
     reticulist::cli::install_engagement},
    {"whatif", "Fragility: what the partnership loses if some people leave, against random removals; who matters most",
     reticulist::cli::install_whatif},
    {"report", "The Board pack: one offline HTML page with heatmaps and diagrams, its workbook and every table, disclosed",
     reticulist::cli::install_report},
    {"heatmap", "One heatmap of the Board pack (authority ties, engagement, reach, retention, cohorts) as SVG, PNG or PDF",
     reticulist::cli::install_heatmap},
    {"chart", "Trend charts of the Board pack: small multiples per authority or network over periods, as SVG, PNG or PDF",
     reticulist::cli::install_chart},
    {"diagram", "Diagrams of the Board pack (authorities, networks, network overlap; officer: practitioners, ego) as SVG, PNG, PDF or DOT",
     reticulist::cli::install_diagram},
};

void set_up_logging(bool quiet, bool verbose) {
  const char* no_color = std::getenv("NO_COLOR");
  auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>(
      no_color && *no_color ? spdlog::color_mode::never : spdlog::color_mode::automatic);
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("reticulist", sink));
  spdlog::set_pattern("%^%l%$: %v");
  spdlog::set_level(quiet ? spdlog::level::warn : verbose ? spdlog::level::debug : spdlog::level::info);
}

// Past --memory-limit's address-space cap, or out of memory without one; the output folder is as it was.
std::string out_of_memory() {
  const auto limit = reticulist::memory::limit();
  if (!limit) {
    return "out of memory (the output folder is left as it was): set --memory-limit to learn what the run needs, "
           "lower --max-event-size, or choose fewer or shorter periods";
  }
  return "ran out of its --memory-limit of " + reticulist::memory::format_size(*limit) +
         " (the output folder is left as it was): " + std::string(reticulist::memory::kRemedy);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Reticulist: density, cohesion, bridging and churn of collaboration networks in education.\n"
               "Exit codes: 0 done, 1 failure (bad input: the message names file, line and reason), 2 usage,\n"
               "3 done but rejected rows exceeded --max-reject-share."};
  app.set_version_flag("--version", std::string("reticulist ") + RETICULIST_VERSION);
  bool quiet = false, verbose = false;
  app.add_flag("-q,--quiet", quiet, "Only warnings and errors on stderr");
  app.add_flag("-v,--verbose", verbose, "Debug messages on stderr");
  app.require_subcommand(1);
  app.fallthrough();  // --quiet and --verbose may also follow the subcommand

  std::vector<std::pair<CLI::App*, reticulist::cli::Runner>> runners;
  for (const Command& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.description);
    runners.emplace_back(sub, c.install(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return reticulist::cli::kExitUsage;
  }
  set_up_logging(quiet, verbose);
  const std::vector<std::string> command_line(argv, argv + argc);
  try {
    for (auto& [sub, run] : runners) {
      if (sub->parsed()) return run(command_line);
    }
  } catch (const reticulist::ConfigError& e) {
    spdlog::error("{}", e.what());
    return reticulist::cli::kExitUsage;
  } catch (const reticulist::InputError& e) {
    spdlog::error("{}", e.what());
    return reticulist::cli::kExitFailure;
  } catch (const std::bad_alloc&) {
    spdlog::error("{}", out_of_memory());
    return reticulist::cli::kExitFailure;
  } catch (const std::system_error& e) {
    // A thread whose stack no longer fits under --memory-limit's address-space cap.
    const bool memory = e.code() == std::errc::resource_unavailable_try_again && reticulist::memory::limit();
    spdlog::error("{}", memory ? out_of_memory() : std::string(e.what()));
    return reticulist::cli::kExitFailure;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return reticulist::cli::kExitFailure;
  }
  return reticulist::cli::kExitUsage;
}

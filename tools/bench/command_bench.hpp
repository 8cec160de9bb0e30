#pragma once
// `reticulist-bench --commands`: each command of the CLI run as a user runs it, in a fresh
// process, timed from outside (wall, CPU, peak resident set) and stage by stage from what the
// command itself says at --verbose ("info: <stage> (1.23 s)").
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::bench {

struct CommandSpec {
  std::string name;                // as printed: "report", "report (officer)"
  std::vector<std::string> words;  // subcommand and options, without dataset and --out
};

// The specs for a comma-separated list (summary, validate, metrics, churn, engagement, whatif,
// report, report-officer, or "all"); throws std::invalid_argument naming an unknown command.
// `max_event_size` is passed to every command when given.
std::vector<CommandSpec> command_specs(std::string_view list, std::optional<std::uint32_t> max_event_size,
                                       unsigned threads);

struct StageTime {
  std::string stage;   // with " of <period>" removed, so the periods of one stage add up
  double seconds = 0;  // summed over its occurrences
  unsigned count = 0;  // occurrences (e.g. one per period)
};

// The stages a run announced, in order of first appearance. Lines that are not a finished stage
// ("info: <stage> (<seconds> s)") are ignored.
std::vector<StageTime> parse_stages(std::string_view stderr_text);

struct CommandRun {
  double wall = 0;
  double cpu = 0;
  std::uint64_t peak_kib = 0;
  std::vector<StageTime> stages;
};

// Runs `reticulist <words> <dataset> --out <scratch>/out -v` once; throws std::runtime_error with
// the command's last error lines when it fails.
CommandRun run_command(const std::filesystem::path& reticulist, const CommandSpec& spec,
                       const std::filesystem::path& dataset, const std::filesystem::path& scratch);

}  // namespace reticulist::bench

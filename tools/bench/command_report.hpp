#pragma once
// The output of `reticulist-bench --commands`: per command, wall / CPU / peak over the
// repetitions and each stage's median; with --peer, the peer pipeline's figures and the ratios
// (how many times faster, what share of the peer's peak memory). A table on stdout, JSON on request.
#include <ostream>
#include <optional>
#include <string>
#include <vector>

#include "tools/bench/command_bench.hpp"
#include "tools/bench/peer_bench.hpp"

namespace reticulist::bench {

struct CommandResults {
  CommandSpec spec;
  std::vector<CommandRun> runs;  // one per repetition
};

struct CommandsSetup {
  std::string dataset;
  std::string generation;  // e.g. "scale M, seed 1"; empty when unknown
  std::uint64_t csv_bytes = 0;
  unsigned reps = 0;
  unsigned cores = 0;
  std::string cpu;
  std::string load_before;
  std::string load_after;
  std::string peer_command;  // empty without --peer
};

void print_commands_report(const CommandsSetup& setup, const std::vector<CommandResults>& commands,
                           const std::optional<PeerRun>& peer, std::ostream& out);
void write_commands_json(const CommandsSetup& setup, const std::vector<CommandResults>& commands,
                         const std::optional<PeerRun>& peer, std::ostream& out);

}  // namespace reticulist::bench

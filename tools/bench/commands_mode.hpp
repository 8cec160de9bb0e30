#pragma once
// `reticulist-bench DATASET --commands LIST [--peer]`: every command as a user runs it, and the
// peer pipeline on the same folder in the same run (see README.md here).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace reticulist::bench {

struct CommandsOptions {
  std::filesystem::path dataset;
  std::string commands = "all";
  unsigned reps = 1;
  unsigned threads = 0;  // 0: each command's default (one per core)
  std::optional<std::uint32_t> max_event_size;
  std::filesystem::path reticulist;   // the CLI binary
  std::filesystem::path peer_script;  // empty: no peer
  std::string peer_arguments;         // extra words for the peer, space-separated
  std::string json_path;
};

int run_commands(const CommandsOptions& options);

}  // namespace reticulist::bench

#pragma once
// The yardstick: the pandas + python-igraph pipeline an analyst would write instead of using
// Reticulist (../shared/bench/pipe_igraph.py), run on the same folder in the same benchmark, so
// that the ratios compare like with like on one machine and one day.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::bench {

struct PeerStage {
  std::string stage;
  std::string status;  // "ok", "skipped", "timeout_after_300s", ...
  double seconds = 0;  // wall seconds (0 when skipped)
};

struct PeerRun {
  double wall = 0;  // the whole process, interpreter start included
  double cpu = 0;
  std::uint64_t peak_kib = 0;  // the larger of wait4's ru_maxrss and the peaks its log reports
  std::vector<PeerStage> stages;
};

// The stages of the pipeline's JSON-lines log (one object per stage; END_TO_END is left out).
// Throws std::runtime_error on a line that is not JSON. `peak_mib` receives the largest
// peak_mib any line reports.
std::vector<PeerStage> parse_peer_log(std::string_view jsonl, double& peak_mib);

// Runs `python3 script dataset --log <scratch>/peer.jsonl <extra>`; throws std::runtime_error when
// it fails.
PeerRun run_peer(const std::filesystem::path& python, const std::filesystem::path& script,
                 const std::filesystem::path& dataset, const std::vector<std::string>& extra,
                 const std::filesystem::path& scratch);

}  // namespace reticulist::bench

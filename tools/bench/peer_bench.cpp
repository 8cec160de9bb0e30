#include "tools/bench/peer_bench.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tools/bench/child_process.hpp"

namespace reticulist::bench {

std::vector<PeerStage> parse_peer_log(std::string_view jsonl, double& peak_mib) {
  std::vector<PeerStage> stages;
  peak_mib = 0;
  std::size_t line_number = 0;
  while (!jsonl.empty()) {
    const auto newline = jsonl.find('\n');
    const std::string_view line = jsonl.substr(0, newline);
    jsonl = newline == std::string_view::npos ? std::string_view{} : jsonl.substr(newline + 1);
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error("peer log line " + std::to_string(line_number) + ": not JSON (" + e.what() + ")");
    }
    if (record.contains("peak_mib") && record["peak_mib"].is_number()) {
      peak_mib = std::max(peak_mib, record["peak_mib"].get<double>());
    }
    const std::string stage = record.value("stage", "");
    if (stage.empty() || stage == "END_TO_END") continue;
    PeerStage s{stage, record.value("status", ""), 0};
    if (record.contains("wall_s") && record["wall_s"].is_number()) s.seconds = record["wall_s"].get<double>();
    stages.push_back(std::move(s));
  }
  return stages;
}

PeerRun run_peer(const std::filesystem::path& python, const std::filesystem::path& script,
                 const std::filesystem::path& dataset, const std::vector<std::string>& extra,
                 const std::filesystem::path& scratch) {
  const std::filesystem::path log = scratch / "peer.jsonl";
  std::filesystem::remove(log);
  std::vector<std::string> argv{python.string(), script.string(), dataset.string(), "--log", log.string()};
  argv.insert(argv.end(), extra.begin(), extra.end());
  const ChildRun child = run_child(argv, scratch / "peer_stdout.txt");
  if (child.exit_code != 0) {
    throw child_failure("the peer pipeline", child);
  }
  std::ifstream in(log);
  std::ostringstream text;
  text << in.rdbuf();
  double log_peak_mib = 0;
  PeerRun run;
  run.stages = parse_peer_log(text.str(), log_peak_mib);
  run.wall = child.wall;
  run.cpu = child.cpu;
  run.peak_kib = std::max(child.peak_kib, static_cast<std::uint64_t>(log_peak_mib * 1024.0));
  return run;
}

}  // namespace reticulist::bench

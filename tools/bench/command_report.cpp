#include "tools/bench/command_report.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/fmt/fmt.h>

#include <algorithm>

#include "tools/bench/report.hpp"

namespace reticulist::bench {
namespace {

double mib(std::uint64_t kib) { return static_cast<double>(kib) / 1024.0; }

template <typename Get>
Stats over(const std::vector<CommandRun>& runs, Get get) {
  std::vector<double> values;
  for (const CommandRun& r : runs) values.push_back(get(r));
  return stats_of(values);
}

// Median seconds of each stage over the repetitions, in the order of the first run (a stage a
// repetition did not announce counts 0 there).
std::vector<std::pair<StageTime, double>> stage_medians(const std::vector<CommandRun>& runs) {
  std::vector<std::pair<StageTime, double>> medians;
  for (const StageTime& stage : runs.front().stages) {
    std::vector<double> values;
    for (const CommandRun& r : runs) {
      const auto it = std::find_if(r.stages.begin(), r.stages.end(),
                                   [&](const StageTime& s) { return s.stage == stage.stage; });
      values.push_back(it == r.stages.end() ? 0.0 : it->seconds);
    }
    medians.emplace_back(stage, stats_of(values).median);
  }
  return medians;
}

std::string ratio_text(double ratio) { return ratio >= 10 ? fmt::format("{:.0f}x", ratio) : fmt::format("{:.1f}x", ratio); }

}  // namespace

void print_commands_report(const CommandsSetup& setup, const std::vector<CommandResults>& commands,
                           const std::optional<PeerRun>& peer, std::ostream& out) {
  out << fmt::format("dataset        {}{}\n", setup.dataset, setup.generation.empty() ? "" : "  (" + setup.generation + ")");
  out << fmt::format("participation  {:.1f} MB\n", static_cast<double>(setup.csv_bytes) / 1e6);
  out << fmt::format("machine        {} cores, {}; load {} before, {} after\n", setup.cores, setup.cpu,
                     setup.load_before, setup.load_after);
  out << fmt::format("repetitions    {} per command, each a fresh process, timed from outside\n\n", setup.reps);

  out << fmt::format("{:<18} {:>26} {:>9} {:>10}", "command", "wall s (min / median / max)", "CPU s", "peak MiB");
  if (peer) out << fmt::format(" {:>16} {:>18}", "faster than peer", "share of peer peak");
  out << "\n";
  for (const CommandResults& c : commands) {
    const Stats wall = over(c.runs, [](const CommandRun& r) { return r.wall; });
    const Stats cpu = over(c.runs, [](const CommandRun& r) { return r.cpu; });
    const Stats peak = over(c.runs, [](const CommandRun& r) { return mib(r.peak_kib); });
    out << fmt::format("{:<18} {:>8.2f} / {:>7.2f} / {:>7.2f} {:>9.2f} {:>10.0f}", c.spec.name, wall.min, wall.median,
                       wall.max, cpu.median, peak.max);
    if (peer) {
      out << fmt::format(" {:>16} {:>18}", ratio_text(peer->wall / wall.median),
                         fmt::format("{:.2f}", peak.max / mib(peer->peak_kib)));
    }
    out << "\n";
  }
  if (peer) {
    out << fmt::format("{:<18} {:>26.2f} {:>9.2f} {:>10.0f}   ({})\n", "peer pipeline", peer->wall, peer->cpu,
                       mib(peer->peak_kib), setup.peer_command);
  }

  for (const CommandResults& c : commands) {
    out << fmt::format("\n{}: reticulist {} (median seconds per stage; periods of a stage added)\n", c.spec.name,
                       fmt::join(c.spec.words, " "));
    double staged = 0;
    for (const auto& [stage, median] : stage_medians(c.runs)) {
      out << fmt::format("  {:<48} {:>9.2f}{}\n", stage.stage, median,
                         stage.count > 1 ? fmt::format("  (x{})", stage.count) : "");
      staged += median;
    }
    const double wall = over(c.runs, [](const CommandRun& r) { return r.wall; }).median;
    out << fmt::format("  {:<48} {:>9.2f}\n", "outside the stages (start, tables, figures, writing)",
                       std::max(0.0, wall - staged));
  }
  if (peer) {
    out << "\npeer pipeline stages (wall seconds)\n";
    for (const PeerStage& s : peer->stages) {
      out << fmt::format("  {:<48} {:>9.2f}{}\n", s.stage, s.seconds, s.status == "ok" ? "" : "  " + s.status);
    }
  }
}

void write_commands_json(const CommandsSetup& setup, const std::vector<CommandResults>& commands,
                         const std::optional<PeerRun>& peer, std::ostream& out) {
  nlohmann::ordered_json j;
  j["dataset"] = setup.dataset;
  j["generation"] = setup.generation;
  j["csv_bytes"] = setup.csv_bytes;
  j["reps"] = setup.reps;
  j["cores"] = setup.cores;
  j["cpu"] = setup.cpu;
  j["load_before"] = setup.load_before;
  j["load_after"] = setup.load_after;
  j["commands"] = nlohmann::ordered_json::array();
  for (const CommandResults& c : commands) {
    nlohmann::ordered_json command;
    command["name"] = c.spec.name;
    command["arguments"] = c.spec.words;
    const double wall = over(c.runs, [](const CommandRun& r) { return r.wall; }).median;
    const double peak = over(c.runs, [](const CommandRun& r) { return mib(r.peak_kib); }).max;
    command["wall_s_median"] = wall;
    command["peak_mib"] = peak;
    if (peer) {
      command["times_faster_than_peer"] = peer->wall / wall;
      command["share_of_peer_peak"] = peak / mib(peer->peak_kib);
    }
    command["runs"] = nlohmann::ordered_json::array();
    for (const CommandRun& r : c.runs) {
      nlohmann::ordered_json run{{"wall_s", r.wall}, {"cpu_s", r.cpu}, {"peak_mib", mib(r.peak_kib)}};
      run["stages"] = nlohmann::ordered_json::array();
      for (const StageTime& s : r.stages) run["stages"].push_back({{"stage", s.stage}, {"seconds", s.seconds}, {"count", s.count}});
      command["runs"].push_back(std::move(run));
    }
    j["commands"].push_back(std::move(command));
  }
  if (peer) {
    nlohmann::ordered_json p{{"command", setup.peer_command}, {"wall_s", peer->wall}, {"cpu_s", peer->cpu},
                             {"peak_mib", mib(peer->peak_kib)}};
    p["stages"] = nlohmann::ordered_json::array();
    for (const PeerStage& s : peer->stages) p["stages"].push_back({{"stage", s.stage}, {"status", s.status}, {"seconds", s.seconds}});
    j["peer"] = std::move(p);
  }
  out << j.dump(2) << "\n";
}

}  // namespace reticulist::bench

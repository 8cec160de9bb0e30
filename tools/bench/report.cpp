#include "tools/bench/report.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/fmt/fmt.h>

#include <algorithm>
#include <cstring>
#include <functional>

namespace reticulist::bench {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;

std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

Stats over(const std::vector<RunResult>& runs, const std::function<double(const RunResult&)>& get) {
  std::vector<double> values;
  for (const auto& r : runs) values.push_back(get(r));
  return stats_of(values);
}

Stats wall(const std::vector<RunResult>& runs, Stage s) {
  return over(runs, [s](const RunResult& r) { return r.stage[s].wall; });
}

double mib(std::uint64_t bytes) { return static_cast<double>(bytes) / kMiB; }
double kib_to_mib(std::uint64_t kib) { return static_cast<double>(kib) / 1024.0; }

bool shown(const std::vector<RunResult>& runs, Stage s) { return runs.front().stage[s].measured; }

// Figures that should not change between repetitions (the pipeline is deterministic).
bool figures_agree(const std::vector<RunResult>& runs) {
  for (const auto& r : runs) {
    if (std::memcmp(&r.figures, &runs.front().figures, sizeof(Figures)) != 0) return false;
  }
  return true;
}

nlohmann::ordered_json stats_json(const Stats& s) {
  return {{"min", s.min}, {"median", s.median}, {"max", s.max}};
}

}  // namespace

Stats stats_of(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  const double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  return {values.front(), median, values.back()};
}

void print_report(const Setup& setup, const std::vector<RunResult>& runs, std::ostream& out) {
  const Figures& f = runs.front().figures;
  out << fmt::format("reticulist-bench {}{}\n", setup.dataset.string(),
                     setup.generation.empty() ? "" : " (" + setup.generation + ")");
  out << fmt::format("machine: {} cores, {}; load average {} before, {} after\n", setup.cores,
                     setup.cpu.empty() ? "cpu unknown" : setup.cpu, setup.load_before, setup.load_after);
  out << fmt::format("{} repetitions, each in a fresh process; threads: ingest {}, summary/projection {}; "
                     "max_event_size {}{}\n",
                     setup.reps, setup.ingest_threads, setup.threads, setup.max_event_size,
                     setup.two_pass ? "; projections in two passes (--memory-limit's lean way)" : "");
  out << fmt::format("participation.csv {} bytes ({:.1f} MiB); page cache warmed by one read ({:.3f} s, {:.2f} GB/s)\n\n",
                     grouped(setup.csv_bytes), mib(setup.csv_bytes), setup.warm_read_seconds,
                     static_cast<double>(setup.csv_bytes) / setup.warm_read_seconds / 1e9);

  out << "dataset\n";
  auto row = [&out](std::string_view name, const std::string& value) { out << fmt::format("  {:<40}{:>16}\n", name, value); };
  row("rows read (participation.csv)", grouped(f.rows_read));
  row("accepted", grouped(f.accepted));
  row("rejected", grouped(f.rejected));
  row("duplicates", grouped(f.duplicates));
  row("practitioners", grouped(f.practitioners));
  row("events", grouped(f.events));
  row("networks / establishments / authorities",
      fmt::format("{} / {} / {}", grouped(f.networks), grouped(f.establishments), grouped(f.authorities)));
  if (shown(runs, kProjection)) {
    row(fmt::format("ties (whole span, max {})", setup.max_event_size), grouped(f.ties));
    row("  vertices", grouped(f.vertices));
    row("  pair instances (sum n(n-1)/2)", grouped(f.pair_instances));
    row("  large events / their records", fmt::format("{} / {}", grouped(f.large_events), grouped(f.large_event_records)));
    row("  pairs the rule left out", grouped(f.large_event_pairs));
    row("  largest event", grouped(f.largest_event));
  }
  if (setup.unlimited) {
    row("ties (whole span, no limit)", grouped(f.ties_unlimited));
    row("  pair instances", grouped(f.pair_instances_unlimited));
  }
  if (!figures_agree(runs)) out << "  WARNING: the figures differ between repetitions (the first run's are shown)\n";

  out << "\nmemory (MiB)\n";
  auto mem = [&out](std::string_view name, double value) { out << fmt::format("  {:<40}{:>16.1f}\n", name, value); };
  mem("model (Dataset heap, estimate)", mib(f.model_bytes));
  if (shown(runs, kProjection)) mem(fmt::format("CSR graph, whole span, max {}", setup.max_event_size), mib(f.csr_bytes));
  if (setup.unlimited) mem("CSR graph, whole span, no limit", mib(f.csr_bytes_unlimited));
  mem("resident after ingest (median)",
      over(runs, [](const RunResult& r) { return kib_to_mib(r.rss_after_ingest_kib); }).median);
  const Stats peak = over(runs, [](const RunResult& r) { return kib_to_mib(r.peak_rss_kib); });
  out << fmt::format("  {:<40}{:>16}\n", "peak resident, whole run", fmt::format("{:.1f} / {:.1f} / {:.1f}", peak.min, peak.median, peak.max));
  out << fmt::format("  {:<40}{:>16}\n", "", "min / median / max");

  out << fmt::format("\n{:<34}{:>9}{:>9}{:>9}{:>10}{:>12}\n", "stage (seconds)", "min", "median", "max", "cpu med",
                     runs.front().peak_reset ? "peak MiB" : "peak* MiB");
  for (int s = 0; s < kStageCount; ++s) {
    const auto stage = static_cast<Stage>(s);
    if (!shown(runs, stage)) continue;
    const StageName name = stage_name(stage);
    const Stats w = wall(runs, stage);
    const Stats cpu = over(runs, [stage](const RunResult& r) { return r.stage[stage].cpu; });
    const Stats pk = over(runs, [stage](const RunResult& r) { return kib_to_mib(r.stage[stage].at_end.peak_kib); });
    std::string label = std::string(name.depth * 2, ' ') + std::string(name.label);
    if (stage == kProjection) label += fmt::format(" (max {})", setup.max_event_size);
    out << fmt::format("{:<34}{:>9.3f}{:>9.3f}{:>9.3f}{:>10.3f}{:>12.1f}\n", label, w.min, w.median, w.max, cpu.median,
                       pk.median);
  }
  out << (runs.front().peak_reset ? "  peak MiB: the median of the peak resident set during the stage\n"
                                  : "  peak* MiB: the peak resident set up to the end of the stage (no per-stage reset)\n");

  const Stats ingest = wall(runs, kIngest);
  const double bytes = static_cast<double>(setup.csv_bytes);
  out << "\nthroughput (median wall)\n";
  out << fmt::format("  {:<36}{:>10.3f} GB/s {:>12} rows/s\n", "ingest (participation.csv bytes)", bytes / ingest.median / 1e9,
                     grouped(static_cast<std::uint64_t>(static_cast<double>(f.rows_read) / ingest.median)));
  if (shown(runs, kParse)) {
    const Stats parse = wall(runs, kParse);
    out << fmt::format("  {:<36}{:>10.3f} GB/s {:>12} rows/s\n", "parse stage alone", bytes / parse.median / 1e9,
                       grouped(static_cast<std::uint64_t>(static_cast<double>(f.rows_read) / parse.median)));
  }
  const Stats ingest_cpu = over(runs, [](const RunResult& r) { return r.stage[kIngest].cpu; });
  out << fmt::format("  {:<36}{:>10.3f} GB per CPU-second (all threads; robust to a busy machine)\n",
                     "ingest, per CPU-second", bytes / ingest_cpu.median / 1e9);
}

void write_json(const Setup& setup, const std::vector<RunResult>& runs, std::ostream& out) {
  const Figures& f = runs.front().figures;
  nlohmann::ordered_json j;
  j["dataset"] = setup.dataset.string();
  j["generation"] = setup.generation;
  j["machine"] = {{"cores", setup.cores},
                  {"cpu", setup.cpu},
                  {"load_average_before", setup.load_before},
                  {"load_average_after", setup.load_after}};
  j["options"] = {{"reps", setup.reps},
                  {"ingest_threads", setup.ingest_threads},
                  {"threads", setup.threads},
                  {"max_event_size", setup.max_event_size},
                  {"unlimited", setup.unlimited},
                  {"two_pass", setup.two_pass}};
  j["participation_csv_bytes"] = setup.csv_bytes;
  j["warm_read_seconds"] = setup.warm_read_seconds;
  nlohmann::ordered_json d = {{"rows_read", f.rows_read},
                              {"accepted", f.accepted},
                              {"rejected", f.rejected},
                              {"duplicates", f.duplicates},
                              {"practitioners", f.practitioners},
                              {"events", f.events},
                              {"networks", f.networks},
                              {"establishments", f.establishments},
                              {"authorities", f.authorities},
                              {"vertices", f.vertices},
                              {"ties", f.ties},
                              {"pair_instances", f.pair_instances},
                              {"large_events", f.large_events},
                              {"large_event_records", f.large_event_records},
                              {"large_event_pairs", f.large_event_pairs},
                              {"largest_event", f.largest_event}};
  if (setup.unlimited) {
    d["ties_unlimited"] = f.ties_unlimited;
    d["pair_instances_unlimited"] = f.pair_instances_unlimited;
  }
  d["figures_agree_across_reps"] = figures_agree(runs);
  j["dataset_figures"] = d;
  nlohmann::ordered_json m = {{"model_bytes_estimate", f.model_bytes}, {"csr_bytes", f.csr_bytes}};
  if (setup.unlimited) m["csr_bytes_unlimited"] = f.csr_bytes_unlimited;
  m["rss_after_ingest_bytes"] = stats_json(over(runs, [](const RunResult& r) { return static_cast<double>(r.rss_after_ingest_kib) * 1024.0; }));
  m["peak_rss_bytes"] = stats_json(over(runs, [](const RunResult& r) { return static_cast<double>(r.peak_rss_kib) * 1024.0; }));
  m["stage_peaks_are_per_stage"] = runs.front().peak_reset;
  j["memory"] = m;
  nlohmann::ordered_json stages = nlohmann::ordered_json::object();
  for (int s = 0; s < kStageCount; ++s) {
    const auto stage = static_cast<Stage>(s);
    if (!shown(runs, stage)) continue;
    stages[std::string(stage_name(stage).key)] = {
        {"wall_seconds", stats_json(wall(runs, stage))},
        {"cpu_seconds", stats_json(over(runs, [stage](const RunResult& r) { return r.stage[stage].cpu; }))},
        {"peak_rss_bytes",
         stats_json(over(runs, [stage](const RunResult& r) { return static_cast<double>(r.stage[stage].at_end.peak_kib) * 1024.0; }))}};
  }
  j["stages"] = stages;
  const Stats ingest = wall(runs, kIngest);
  const double bytes = static_cast<double>(setup.csv_bytes);
  nlohmann::ordered_json t = {{"ingest_gb_per_second", bytes / ingest.median / 1e9},
                              {"ingest_rows_per_second", static_cast<double>(f.rows_read) / ingest.median}};
  if (shown(runs, kParse)) t["parse_gb_per_second"] = bytes / wall(runs, kParse).median / 1e9;
  t["ingest_gb_per_cpu_second"] =
      bytes / over(runs, [](const RunResult& r) { return r.stage[kIngest].cpu; }).median / 1e9;
  j["throughput_at_median"] = t;
  nlohmann::ordered_json per_run = nlohmann::ordered_json::array();
  for (const auto& r : runs) {
    nlohmann::ordered_json one = {{"peak_rss_bytes", r.peak_rss_kib * 1024}};
    for (int s = 0; s < kStageCount; ++s) {
      if (r.stage[s].measured) one[std::string(stage_name(static_cast<Stage>(s)).key) + "_seconds"] = r.stage[s].wall;
    }
    per_run.push_back(one);
  }
  j["runs"] = per_run;
  out << j.dump(2) << '\n';
}

}  // namespace reticulist::bench

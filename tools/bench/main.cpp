// reticulist-bench: what `reticulist summary` costs on a dataset folder, stage by stage.
// Each repetition runs in a fresh child process; the table gives min / median / max wall seconds
// per stage, the peak resident set and ingest throughput (see tools/bench/README.md).
//
//   reticulist-bench /tmp/national --reps 3 --json national.json
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>

#include "engine/error.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/parallel.hpp"
#include "io/output_folder.hpp"
#include "tools/bench/measure.hpp"
#include "tools/bench/report.hpp"
#include "tools/bench/run.hpp"

namespace bench = reticulist::bench;
namespace io = reticulist::io;

namespace {

// A fixed key, so that every run gives the same pseudonyms (and so the same practitioner
// order) and nothing is ever written to ~/.config. It protects nothing: benchmark data only.
constexpr const char* kBenchKey = "62656e63686d61726b206b6579206f6e6c793a206e6f74207365637265742121";

// Reads the file once so that every repetition finds it in the page cache: the benchmark
// measures parsing, not the disk. Returns the seconds the read took.
double warm_page_cache(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buffer(std::size_t{1} << 20);
  const double start = bench::wall_seconds();
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
  }
  return bench::wall_seconds() - start;
}

std::string cpu_model() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  std::string line;
  while (std::getline(cpuinfo, line)) {
    if (line.starts_with("model name")) {
      const auto colon = line.find(':');
      return colon == std::string::npos ? "" : line.substr(line.find_first_not_of(' ', colon + 1));
    }
  }
  return "";
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one_minute;
  in >> one_minute;
  return one_minute.empty() ? "unknown" : one_minute;
}

std::string generation_of(const std::filesystem::path& folder) {
  std::ifstream in(folder / "generation.json");
  if (!in) return "";
  try {
    const auto j = nlohmann::json::parse(in);
    std::string s;
    if (j.contains("generator")) s += j["generator"].get<std::string>() + " ";
    if (j.contains("scale")) s += "scale " + j["scale"].get<std::string>();
    if (j.contains("seed")) s += ", seed " + j["seed"].dump();
    return s;
  } catch (const nlohmann::json::exception&) {
    return "";
  }
}

int run(const std::filesystem::path& dataset, unsigned reps, unsigned threads,
        std::optional<std::uint32_t> max_event_size, bool unlimited, bool ingest_only, const std::string& json_path) {
  const unsigned cores = reticulist::parallel::thread_count(0);
  bench::BenchOptions options;
  options.config = io::load_dataset_config(dataset, std::nullopt);
  options.config.threads = threads;
  if (max_event_size) options.config.max_event_size = *max_event_size;
  options.config.key_file.reset();
  options.config.output_folder.reset();
  ::setenv("RETICULIST_KEY", kBenchKey, 1);
  options.threads = threads ? threads : cores;
  options.max_event_size = options.config.max_event_size.value_or(reticulist::graph::kDefaultMaxEventSize);
  options.unlimited = unlimited && options.max_event_size != 0 && !ingest_only;
  options.ingest_only = ingest_only;

  bench::Setup setup;
  setup.dataset = dataset;
  setup.generation = generation_of(dataset);
  const auto csv = options.config.path_of(io::FileKind::Participation);
  if (!std::filesystem::exists(csv)) throw reticulist::InputError(csv.string() + ": cannot open: no such file");
  setup.csv_bytes = std::filesystem::file_size(csv);
  setup.warm_read_seconds = warm_page_cache(csv);
  setup.reps = reps;
  setup.ingest_threads = options.threads;
  setup.threads = options.threads;
  setup.max_event_size = options.max_event_size;
  setup.unlimited = options.unlimited;
  setup.cores = cores;
  setup.cpu = cpu_model();

  setup.load_before = load_average();
  std::vector<bench::RunResult> runs;
  for (unsigned i = 0; i < reps; ++i) {
    runs.push_back(bench::run_in_child(options));
    const bench::RunResult& r = runs.back();
    spdlog::info("repetition {}/{}: ingest {:.3f} s, summarise {:.3f} s, projection {:.3f} s, peak {:.0f} MiB", i + 1,
                 reps, r.stage[bench::kIngest].wall, r.stage[bench::kSummarise].wall, r.stage[bench::kProjection].wall,
                 static_cast<double>(r.peak_rss_kib) / 1024.0);
  }
  setup.load_after = load_average();
  bench::print_report(setup, runs, std::cout);
  if (!json_path.empty()) {
    io::write_atomically(json_path, [&](std::ostream& out) { bench::write_json(setup, runs, out); });
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("bench");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%^%l%$ %v");

  CLI::App app{"reticulist-bench: stage timings, peak memory and ingest throughput of `reticulist summary`\n"
               "on a dataset folder; each repetition runs in a fresh process."};
  std::filesystem::path dataset;
  unsigned reps = 3;
  unsigned threads = 0;
  std::optional<std::uint32_t> max_event_size;
  bool unlimited = false;
  bool ingest_only = false;
  std::string json_path;
  app.add_option("dataset", dataset, "Dataset folder (participation.csv, ...), e.g. from reticulist-generate")
      ->required()
      ->check(CLI::ExistingDirectory);
  app.add_option("--reps", reps, "Repetitions, each in a fresh child process")->capture_default_str()->check(CLI::Range(1u, 1000u));
  app.add_option("--threads", threads, "Threads (default: one per core)");
  app.add_option("--max-event-size", max_event_size,
                 "Large-event rule for summarise and the projection (default: dataset.toml, else 100; 0: no limit)");
  app.add_flag("--unlimited", unlimited,
               "Also time the whole-span projection with no event-size limit (as the Python yardstick projects)");
  app.add_flag("--ingest-only", ingest_only, "Stop each repetition after ingest (to profile it)");
  app.add_option("--json", json_path, "Also write the figures as JSON to this file");
  CLI11_PARSE(app, argc, argv);
  try {
    return run(dataset, reps, threads, max_event_size, unlimited, ingest_only, json_path);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}

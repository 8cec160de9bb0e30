// reticulist-bench: what `reticulist summary` costs on a dataset folder, stage by stage; with
// --commands, what each command costs as a user runs it, beside the Python peer (--peer).
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
#include "tools/bench/commands_mode.hpp"
#include "tools/bench/measure.hpp"
#include "tools/bench/report.hpp"
#include "tools/bench/run.hpp"
#include "tools/bench/setup_info.hpp"

namespace bench = reticulist::bench;
namespace io = reticulist::io;

namespace {


int run(const std::filesystem::path& dataset, unsigned reps, unsigned threads,
        std::optional<std::uint32_t> max_event_size, bool unlimited, bool two_pass, bool ingest_only,
        const std::string& json_path) {
  const unsigned cores = reticulist::parallel::thread_count(0);
  bench::BenchOptions options;
  options.config = io::load_dataset_config(dataset, std::nullopt);
  options.config.threads = threads;
  if (max_event_size) options.config.max_event_size = *max_event_size;
  options.config.key_file.reset();
  options.config.output_folder.reset();
  ::setenv("RETICULIST_KEY", bench::kBenchKey, 1);
  options.threads = threads ? threads : cores;
  options.max_event_size = options.config.max_event_size.value_or(reticulist::graph::kDefaultMaxEventSize);
  options.unlimited = unlimited && options.max_event_size != 0 && !ingest_only;
  options.ingest_only = ingest_only;
  options.two_pass = two_pass;

  bench::Setup setup;
  setup.dataset = dataset;
  setup.generation = bench::generation_of(dataset);
  const auto csv = options.config.path_of(io::FileKind::Participation);
  if (!std::filesystem::exists(csv)) throw reticulist::InputError(csv.string() + ": cannot open: no such file");
  setup.csv_bytes = std::filesystem::file_size(csv);
  setup.warm_read_seconds = bench::warm_page_cache(csv);
  setup.reps = reps;
  setup.ingest_threads = options.threads;
  setup.threads = options.threads;
  setup.max_event_size = options.max_event_size;
  setup.unlimited = options.unlimited;
  setup.two_pass = two_pass;
  setup.cores = cores;
  setup.cpu = bench::cpu_model();

  setup.load_before = bench::load_average();
  std::vector<bench::RunResult> runs;
  for (unsigned i = 0; i < reps; ++i) {
    runs.push_back(bench::run_in_child(options));
    const bench::RunResult& r = runs.back();
    spdlog::info("repetition {}/{}: ingest {:.3f} s, summarise {:.3f} s, projection {:.3f} s, peak {:.0f} MiB", i + 1,
                 reps, r.stage[bench::kIngest].wall, r.stage[bench::kSummarise].wall, r.stage[bench::kProjection].wall,
                 static_cast<double>(r.peak_rss_kib) / 1024.0);
  }
  setup.load_after = bench::load_average();
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
  bool two_pass = false;
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
  app.add_flag("--two-pass", two_pass, "Project in two passes (count, then store), as under a tight --memory-limit");
  app.add_flag("--ingest-only", ingest_only, "Stop each repetition after ingest (to profile it)");
  app.add_option("--json", json_path, "Also write the figures as JSON to this file");

  bench::CommandsOptions commands;
  commands.reticulist = std::filesystem::path(argv[0]).parent_path() / "reticulist";
  commands.peer_script = std::filesystem::path(RETICULIST_SOURCE_DIR) / ".." / "shared" / "bench" / "pipe_igraph.py";
  bool peer = false;
  auto* commands_option = app.add_option(
      "--commands", commands.commands,
      "Instead of the summary pipeline in process: run these commands of the CLI, each as a user runs it "
      "(validate, summary, metrics, churn, engagement, whatif, report, report-officer, or all; comma-separated)");
  app.add_flag("--peer", peer,
               "With --commands: also run the Python peer pipeline on the same folder and print the ratios")
      ->needs(commands_option);
  app.add_option("--peer-script", commands.peer_script, "The peer pipeline")->capture_default_str();
  app.add_option("--peer-args", commands.peer_arguments, "Extra arguments for the peer, e.g. \"--skip leiden\"");
  app.add_option("--reticulist", commands.reticulist, "The CLI binary for --commands")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    if (!commands_option->empty()) {
      commands.dataset = dataset;
      commands.reps = reps;
      commands.threads = threads;
      commands.max_event_size = max_event_size;
      commands.json_path = json_path;
      if (!peer) commands.peer_script.clear();
      return bench::run_commands(commands);
    }
    return run(dataset, reps, threads, max_event_size, unlimited, two_pass, ingest_only, json_path);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}

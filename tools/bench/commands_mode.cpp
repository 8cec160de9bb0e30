#include "tools/bench/commands_mode.hpp"

#include <spdlog/spdlog.h>
#include <stdlib.h>

#include <iostream>
#include <sstream>
#include <stdexcept>

#include "engine/parallel.hpp"
#include "io/output_folder.hpp"
#include "tools/bench/command_report.hpp"
#include "tools/bench/setup_info.hpp"

namespace reticulist::bench {
namespace {

// A private folder for the commands' outputs, removed at the end.
struct ScratchFolder {
  std::filesystem::path path;
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "reticulist-bench-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a folder in " + pattern);
    path = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
};

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

int run_commands(const CommandsOptions& options) {
  const std::vector<CommandSpec> specs = command_specs(options.commands, options.max_event_size, options.threads);
  if (!std::filesystem::exists(options.reticulist)) {
    throw std::runtime_error(options.reticulist.string() + ": no such program (build it, or give --reticulist)");
  }
  ::setenv("RETICULIST_KEY", kBenchKey, 1);
  ScratchFolder scratch;

  CommandsSetup setup;
  setup.dataset = options.dataset.string();
  setup.generation = generation_of(options.dataset);
  const auto csv = options.dataset / "participation.csv";
  if (std::filesystem::exists(csv)) {
    setup.csv_bytes = std::filesystem::file_size(csv);
    warm_page_cache(csv);
  }
  setup.reps = options.reps;
  setup.cores = parallel::thread_count(0);
  setup.cpu = cpu_model();
  setup.load_before = load_average();

  std::vector<CommandResults> results;
  for (const CommandSpec& spec : specs) {
    CommandResults r{spec, {}};
    for (unsigned i = 0; i < options.reps; ++i) {
      r.runs.push_back(run_command(options.reticulist, spec, options.dataset, scratch.path));
      spdlog::info("{} {}/{}: {:.2f} s, peak {:.0f} MiB", spec.name, i + 1, options.reps, r.runs.back().wall,
                   static_cast<double>(r.runs.back().peak_kib) / 1024.0);
    }
    results.push_back(std::move(r));
  }
  std::optional<PeerRun> peer;
  if (!options.peer_script.empty()) {
    const std::vector<std::string> extra = words_of(options.peer_arguments);
    setup.peer_command = "/usr/bin/python3 " + options.peer_script.string() + " " + options.dataset.string();
    for (const std::string& w : extra) setup.peer_command += " " + w;
    spdlog::info("peer pipeline: {}", setup.peer_command);
    peer = run_peer("/usr/bin/python3", options.peer_script, options.dataset, extra, scratch.path);
    spdlog::info("peer pipeline: {:.1f} s, peak {:.0f} MiB", peer->wall, static_cast<double>(peer->peak_kib) / 1024.0);
  }
  setup.load_after = load_average();
  print_commands_report(setup, results, peer, std::cout);
  if (!options.json_path.empty()) {
    io::write_atomically(options.json_path,
                         [&](std::ostream& out) { write_commands_json(setup, results, peer, out); });
  }
  return 0;
}

}  // namespace reticulist::bench

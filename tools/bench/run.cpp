#include "tools/bench/run.hpp"

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "engine/graph/coattendance.hpp"
#include "engine/graph/event_selection.hpp"
#include "engine/report/summary_tables.hpp"
#include "io/ingest.hpp"
#include "tools/bench/model_bytes.hpp"

namespace reticulist::bench {
namespace {

static_assert(std::is_trivially_copyable_v<RunResult>, "RunResult crosses a pipe as bytes");

constexpr StageName kStageNames[kStageCount] = {
    {"ingest", "ingest (io::ingest)", 0},
    {"ingest_setup", "registers, open CSV", 1},
    {"parse", "parse participation.csv", 1},
    {"merge", "key, validate, dedupe, merge", 1},
    {"ingest_finish", "sort rejects, notes", 1},
    {"summarise", "report::summarise", 0},
    {"projection", "projection, whole span", 0},
    {"projection_unlimited", "projection, no size limit", 0},
};

graph::PractitionerLayer project_all(const model::Dataset& ds, std::uint32_t max_event_size, unsigned threads,
                                     bool two_pass) {
  graph::CoattendanceOptions options;
  options.two_pass = two_pass;
  options.max_event_size = max_event_size;
  options.threads = threads;
  return graph::coattendance(ds, graph::all_events(ds), options);
}

void write_all(int fd, const void* data, std::size_t size) {
  const auto* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(3);
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

std::size_t read_all(int fd, void* data, std::size_t size) {
  auto* p = static_cast<char*>(data);
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(fd, p + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  return got;
}

}  // namespace

StageName stage_name(Stage stage) { return kStageNames[stage]; }

RunResult run_stages(const BenchOptions& options) {
  RunResult r;
  Figures& f = r.figures;

  // Ingest, split at the stages it announces.
  RecordingProgress progress;
  const Mark ingest_start = mark();
  const io::Ingested in = io::ingest(options.config, progress);
  const Mark ingest_end = mark();
  r.stage[kIngest] = cost(ingest_start, ingest_end);
  const auto* parse = progress.find("parsing");
  const auto* merge = progress.find("validating");
  if (parse && merge) {
    r.stage[kIngestSetup] = cost(ingest_start, parse->begin);
    r.stage[kParse] = cost(parse->begin, parse->end);
    r.stage[kMerge] = cost(parse->end, merge->end);  // contiguous: the stages add up to the whole
    r.stage[kIngestFinish] = cost(merge->end, ingest_end);
  }
  // Marks reset the peak, so the whole ingest's peak is the largest of its stretches.
  for (const auto& s : progress.spans()) {
    auto& peak = r.stage[kIngest].at_end.peak_kib;
    peak = std::max({peak, s.begin.memory.peak_kib, s.end.memory.peak_kib});
  }
  r.rss_after_ingest_kib = ingest_end.memory.rss_kib;

  const model::Dataset& ds = in.dataset;
  const std::string& participation_file = options.config.file_names.at(io::FileKind::Participation);
  const auto found = std::find_if(in.report.files.begin(), in.report.files.end(),
                                  [&](const io::FileReconciliation& file) { return file.file == participation_file; });
  if (found == in.report.files.end()) throw std::runtime_error("ingest reported no " + participation_file);
  const io::FileReconciliation& participation = *found;
  f.rows_read = participation.read;
  f.accepted = participation.accepted;
  f.rejected = participation.rejected;
  f.duplicates = participation.duplicates;
  f.practitioners = ds.practitioner_count();
  f.events = ds.events.size();
  f.networks = ds.networks.size();
  f.establishments = ds.establishments.size();
  f.authorities = ds.authorities.size();
  f.model_bytes = model_bytes(ds);

  if (options.ingest_only) {
    mark();
    r.peak_rss_kib = peak_so_far_kib();
    r.peak_reset = peak_reset_works();
    return r;
  }
  {
    report::SummaryOptions so;
    so.periods = options.config.periods;
    so.coattendance.max_event_size = options.max_event_size;
    so.coattendance.threads = options.threads;
    NoProgress quiet;
    const Mark start = mark();
    const report::Summary result = report::summarise(ds, so, quiet);
    r.stage[kSummarise] = cost(start, mark());
  }
  {
    const Mark start = mark();
    const graph::PractitionerLayer layer = project_all(ds, options.max_event_size, options.threads, options.two_pass);
    r.stage[kProjection] = cost(start, mark());
    f.vertices = layer.graph.vertex_count();
    f.ties = layer.graph.edge_count();
    f.csr_bytes = layer.graph.memory_bytes();
    f.pair_instances = layer.stats.pair_instances;
    f.large_events = layer.stats.large_events;
    f.large_event_records = layer.stats.large_event_records;
    f.large_event_pairs = layer.stats.large_event_pairs;
    f.largest_event = layer.stats.largest_event;
  }
  if (options.unlimited) {
    const Mark start = mark();
    const graph::PractitionerLayer layer = project_all(ds, 0, options.threads, options.two_pass);
    r.stage[kProjectionUnlimited] = cost(start, mark());
    f.ties_unlimited = layer.graph.edge_count();
    f.csr_bytes_unlimited = layer.graph.memory_bytes();
    f.pair_instances_unlimited = layer.stats.pair_instances;
  }
  mark();
  r.peak_rss_kib = peak_so_far_kib();
  r.peak_reset = peak_reset_works();
  return r;
}

RunResult run_in_child(const BenchOptions& options) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  std::cout.flush();
  std::cerr.flush();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(pipe_fds[0]);
    int code = 0;
    try {
      const RunResult r = run_stages(options);
      write_all(pipe_fds[1], &r, sizeof r);
    } catch (const std::exception& e) {
      spdlog::error("{}", e.what());
      code = 1;
    }
    spdlog::shutdown();
    _exit(code);  // no destructors: freeing gigabytes is not part of any stage
  }
  ::close(pipe_fds[1]);
  RunResult r;
  const std::size_t got = read_all(pipe_fds[0], &r, sizeof r);
  ::close(pipe_fds[0]);
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error(std::string("wait4: ") + std::strerror(errno));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || got != sizeof r) {
    throw std::runtime_error(WIFSIGNALED(status) ? "the measured child was killed by signal " +
                                                       std::to_string(WTERMSIG(status))
                                                 : "the measured child failed (exit status " +
                                                       std::to_string(WEXITSTATUS(status)) + ")");
  }
  r.peak_rss_kib = std::max<std::uint64_t>(r.peak_rss_kib, static_cast<std::uint64_t>(usage.ru_maxrss));
  return r;
}

}  // namespace reticulist::bench

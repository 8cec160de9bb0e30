#pragma once
// One repetition of the `reticulist summary` pipeline, stage by stage, in a fresh child process
// so that its memory figures are its own: ingest (split into the stages io::ingest announces
// through Progress), report::summarise, and the whole-span co-attendance projection alone.
#include <cstdint>
#include <string_view>

#include "io/dataset_config.hpp"
#include "tools/bench/measure.hpp"

namespace reticulist::bench {

enum Stage : int {
  kIngest,        // io::ingest as a whole
  kIngestSetup,   // establishments / networks / authorities files, opening participation.csv
  kParse,         // participation.csv split into chunks and parsed ("parsing ...")
  kMerge,         // from the end of parsing to the end of "validating and deduplicating": the key,
                  // validation, deduplication, model ids
  kIngestFinish,  // sorting rejects and duplicates, notes
  kSummarise,     // report::summarise (its own projections per period, network and workstream)
  kProjection,    // graph::coattendance over all events, max_event_size as given
  kProjectionUnlimited,  // the same with max_event_size 0 (no limit), when asked
  kStageCount
};

struct StageName {
  std::string_view key;    // for JSON
  std::string_view label;  // for the table
  int depth;               // 1: part of the stage above
};
StageName stage_name(Stage stage);

struct BenchOptions {
  io::DatasetConfig config;  // threads and max_event_size already set
  unsigned threads = 1;      // for summarise and the projection (resolved: never 0)
  std::uint32_t max_event_size = 100;
  bool unlimited = false;    // also project with no event-size limit
  bool two_pass = false;     // the projections the lean way (--memory-limit's), to time it
  bool ingest_only = false;  // stop after ingest (for profiling it)
};

// What the dataset holds; the same in every repetition.
struct Figures {
  std::uint64_t rows_read = 0;  // participation.csv records
  std::uint64_t accepted = 0;
  std::uint64_t rejected = 0;
  std::uint64_t duplicates = 0;
  std::uint64_t practitioners = 0;
  std::uint64_t events = 0;
  std::uint64_t networks = 0;
  std::uint64_t establishments = 0;
  std::uint64_t authorities = 0;
  std::uint64_t model_bytes = 0;  // model_bytes(dataset)
  // Whole-span projection with max_event_size.
  std::uint64_t vertices = 0;
  std::uint64_t ties = 0;
  std::uint64_t csr_bytes = 0;  // Graph::memory_bytes
  std::uint64_t pair_instances = 0;
  std::uint64_t large_events = 0;
  std::uint64_t large_event_records = 0;
  std::uint64_t large_event_pairs = 0;
  std::uint64_t largest_event = 0;
  // With no limit (when asked).
  std::uint64_t ties_unlimited = 0;
  std::uint64_t csr_bytes_unlimited = 0;
  std::uint64_t pair_instances_unlimited = 0;
};

struct RunResult {
  StageCost stage[kStageCount];
  Figures figures;
  std::uint64_t peak_rss_kib = 0;  // the run's peak resident set
  std::uint64_t rss_after_ingest_kib = 0;
  bool peak_reset = false;  // per-stage peaks are per stage (else cumulative)
};

// Runs the stages in this process.
RunResult run_stages(const BenchOptions& options);

// Forks, runs the stages in the child and returns its figures; the peak is the larger of the
// child's own VmHWM readings and wait4's ru_maxrss. Throws std::runtime_error when the child fails
// (its error is on stderr).
RunResult run_in_child(const BenchOptions& options);

}  // namespace reticulist::bench

#pragma once
// What a benchmark prints about the machine and the data beside its figures.
#include <filesystem>
#include <string>

namespace reticulist::bench {

// A fixed key, so that every run gives the same pseudonyms (and so the same practitioner
// order) and nothing is ever written to ~/.config. It protects nothing: benchmark data only.
inline constexpr const char* kBenchKey = "62656e63686d61726b206b6579206f6e6c793a206e6f74207365637265742121";

// Reads the file once so that every repetition finds it in the page cache: the benchmark
// measures parsing, not the disk. Returns the seconds the read took.
double warm_page_cache(const std::filesystem::path& path);
std::string cpu_model();     // /proc/cpuinfo's first "model name"
std::string load_average();  // /proc/loadavg's 1-minute figure
// "generator scale M, seed 1" from the folder's generation.json (reticulist-generate) or
// gen_stats.json (../shared/bench/gen.py); empty when neither is there.
std::string generation_of(const std::filesystem::path& folder);

}  // namespace reticulist::bench

#include "tools/bench/setup_info.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <vector>

#include "tools/bench/measure.hpp"

namespace reticulist::bench {

double warm_page_cache(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buffer(std::size_t{1} << 20);
  const double start = wall_seconds();
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
  }
  return wall_seconds() - start;
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
  if (!in) in = std::ifstream(folder / "gen_stats.json");
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

}  // namespace reticulist::bench

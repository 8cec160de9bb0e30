#include "engine/memory_limit.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <cctype>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <utility>

#include "engine/error.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define RETICULIST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define RETICULIST_SANITIZED 1
#endif
#endif

namespace reticulist::memory {
namespace {

constexpr std::uint64_t kSmallestLimit = std::uint64_t{64} << 20;

struct State {
  std::mutex mutex;
  std::optional<std::uint64_t> limit;
  std::vector<std::pair<std::string, std::uint64_t>> adaptations;
};

State& state() {
  static State s;
  return s;
}

}  // namespace

void set_limit(std::optional<std::uint64_t> bytes) {
  if (bytes && *bytes < kSmallestLimit) {
    throw ConfigError("--memory-limit " + format_size(*bytes) + " is below the smallest workable limit, " +
                      format_size(kSmallestLimit));
  }
  State& s = state();
  const std::lock_guard lock(s.mutex);
  s.limit = bytes;
}

bool cap_address_space([[maybe_unused]] std::uint64_t bytes) {
#ifdef RETICULIST_SANITIZED
  return false;
#else
  rlimit cap{};
  if (getrlimit(RLIMIT_AS, &cap) != 0) throw ConfigError("--memory-limit: cannot read the address-space limit");
  // An unprivileged process cannot raise the hard cap, so never ask above it.
  cap.rlim_cur = cap.rlim_max == RLIM_INFINITY ? bytes : std::min<rlim_t>(bytes, cap.rlim_max);
  if (setrlimit(RLIMIT_AS, &cap) != 0) throw ConfigError("--memory-limit: the address-space cap was refused");
  return true;
#endif
}

std::optional<std::uint64_t> limit() {
  State& s = state();
  const std::lock_guard lock(s.mutex);
  return s.limit;
}

std::uint64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::uint64_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

bool fits(std::uint64_t more) {
  const auto cap = limit();
  if (!cap) return true;
  const std::uint64_t now = resident_bytes();
  return now <= *cap && more <= *cap - now;
}

void record_adaptation(const std::string& what) {
  State& s = state();
  const std::lock_guard lock(s.mutex);
  for (auto& [text, times] : s.adaptations) {
    if (text == what) {
      ++times;
      return;
    }
  }
  s.adaptations.emplace_back(what, 1);
}

std::vector<std::string> adaptations() {
  State& s = state();
  const std::lock_guard lock(s.mutex);
  std::vector<std::string> out;
  for (const auto& [text, times] : s.adaptations) {
    out.push_back(times == 1 ? text : text + " (" + std::to_string(times) + " times)");
  }
  return out;
}

void clear_adaptations() {
  State& s = state();
  const std::lock_guard lock(s.mutex);
  s.adaptations.clear();
}

std::uint64_t parse_size(std::string_view text) {
  const auto bad = [&] {
    return ConfigError("--memory-limit '" + std::string(text) +
                       "' is not a size (e.g. 4G, 512M, 1.5GiB; K, M, G and T are powers of 1024)");
  };
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  if (i == 0) throw bad();
  double number = 0;
  const std::string digits(text.substr(0, i));
  char* end = nullptr;
  number = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(number)) throw bad();
  std::string unit;
  for (char c : text.substr(i)) {
    if (c != ' ') unit += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  double scale = 1;
  if (unit.empty() || unit == "B") {
    scale = 1;
  } else {
    const std::string_view units = "KMGT";
    const auto power = units.find(unit[0]);
    const std::string_view rest = std::string_view(unit).substr(1);
    if (power == std::string_view::npos || !(rest.empty() || rest == "B" || rest == "IB")) throw bad();
    scale = std::ldexp(1.0, 10 * static_cast<int>(power + 1));
  }
  const double bytes = std::floor(number * scale);
  if (bytes < 1 || bytes > 1.8e19) throw bad();
  return static_cast<std::uint64_t>(bytes);
}

std::string format_size(std::uint64_t bytes) {
  const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double value = static_cast<double>(bytes);
  int unit = -1;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  return text;
}

}  // namespace reticulist::memory

#include "engine/model/sector.hpp"

#include <array>
#include <string>

namespace reticulist::model {
namespace {
constexpr std::array<std::string_view, kSectorCount> kNames = {
    "elc", "primary", "secondary", "special", "other", "unknown"};

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}
}  // namespace

std::string_view sector_name(Sector sector) { return kNames[static_cast<std::size_t>(sector)]; }

std::optional<Sector> parse_sector(std::string_view text) {
  const std::string s = lower_trimmed(text);
  if (s.empty()) return Sector::Unknown;
  for (int i = 0; i < kSectorCount; ++i) {
    if (s == kNames[i]) return static_cast<Sector>(i);
  }
  if (s == "early learning and childcare" || s == "nursery") return Sector::Elc;
  return std::nullopt;
}

}  // namespace reticulist::model

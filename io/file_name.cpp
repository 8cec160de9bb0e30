#include "io/file_name.hpp"

#include <array>
#include <cstdint>
#include <cstdio>

namespace reticulist::io {
namespace {

bool plain(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

// Windows refuses these as file names, with any extension.
bool device_name(std::string_view stem) {
  static constexpr std::array<std::string_view, 4> kPlain{"con", "prn", "aux", "nul"};
  const std::string s = lowered(stem.substr(0, stem.find('.')));
  for (std::string_view name : kPlain) {
    if (s == name) return true;
  }
  return s.size() == 4 && (s.starts_with("com") || s.starts_with("lpt")) && s[3] >= '1' && s[3] <= '9';
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::string safe_file_stem(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const char kept = plain(c) ? c : '_';
    if (kept == '_' && !out.empty() && out.back() == '_') continue;
    if (out.empty() && (kept == '.' || kept == '-' || kept == '_')) continue;
    out += kept;
  }
  if (out.size() > kMaxFileStem) out.resize(kMaxFileStem);
  while (!out.empty() && (out.back() == '.' || out.back() == '_')) out.pop_back();
  if (out.empty()) return "unnamed";
  if (device_name(out)) out += '_';
  return out;
}

std::string FileNames::unique(std::string_view stem, std::string_view extension) {
  std::string safe = safe_file_stem(stem);
  if (safe != stem) {
    char hash[10];
    std::snprintf(hash, sizeof hash, "-%08x", static_cast<unsigned>(fnv1a(stem) >> 32));
    safe += hash;
  }
  std::string name = safe + std::string(extension);
  for (int n = 2; !taken_.insert(lowered(name)).second; ++n)
    name = safe + "-" + std::to_string(n) + std::string(extension);
  return name;
}

}  // namespace reticulist::io

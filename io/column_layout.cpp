#include "io/column_layout.hpp"

#include <array>

#include "engine/error.hpp"
#include "engine/model/civil_date.hpp"

namespace reticulist::io {
namespace {

constexpr std::array<ColumnSpec, 8> kParticipation = {{
    {"date", true}, {"network", true}, {"practitioner", true}, {"establishment", false},
    {"authority", false}, {"role", false}, {"designation", false}, {"event", false}}};
constexpr std::array<ColumnSpec, 6> kEstablishments = {{
    {"establishment", true}, {"name", false}, {"authority", true}, {"sector", false},
    {"roll", false}, {"staff", false}}};
constexpr std::array<ColumnSpec, 5> kNetworks = {{
    {"network", true}, {"name", false}, {"workstream", false}, {"started", false}, {"ended", false}}};
constexpr std::array<ColumnSpec, 3> kAuthorities = {{
    {"authority", true}, {"name", false}, {"region", false}}};

}  // namespace

std::span<const ColumnSpec> participation_columns() { return kParticipation; }
std::span<const ColumnSpec> establishment_columns() { return kEstablishments; }
std::span<const ColumnSpec> network_columns() { return kNetworks; }
std::span<const ColumnSpec> authority_columns() { return kAuthorities; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower_trimmed(std::string_view s) {
  std::string out(trimmed(s));
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

ColumnLayout layout_columns(const std::vector<std::string>& header, std::span<const ColumnSpec> specs,
                            const ColumnMap& mapping, const std::string& file) {
  ColumnLayout layout;
  layout.position.assign(specs.size(), -1);
  layout.field_count = header.size();
  for (std::size_t f = 0; f < header.size(); ++f) {
    std::string name = lower_trimmed(header[f]);
    if (auto m = mapping.find(name); m != mapping.end()) name = m->second;
    std::size_t k = 0;
    while (k < specs.size() && specs[k].name != name) ++k;
    if (k == specs.size()) {
      layout.extra_position.push_back(static_cast<int>(f));
      layout.extra_names.emplace_back(trimmed(header[f]));
      continue;
    }
    if (layout.position[k] >= 0) {
      throw InputError(located(file, 1,
                               "column '" + std::string(specs[k].name) + "' appears twice (fields " +
                                   std::to_string(layout.position[k] + 1) + " and " +
                                   std::to_string(f + 1) + ")"));
    }
    layout.position[k] = static_cast<int>(f);
  }
  for (std::size_t k = 0; k < specs.size(); ++k) {
    if (!specs[k].required || layout.position[k] >= 0) continue;
    std::string found;
    for (const auto& h : header) found += (found.empty() ? "" : ", ") + std::string(trimmed(h));
    // An export saved without its header row: its first record is taken for one, and a date in
    // it gives that away.
    bool looks_like_record = false;
    for (const auto& h : header) looks_like_record |= model::parse_iso_date(trimmed(h)).has_value();
    throw InputError(located(file, 1, "missing required column '" + std::string(specs[k].name) +
                                          "' (columns found: " + found + ")" +
                                          (looks_like_record ? "; the first line looks like a record, not a header: "
                                                               "the file needs a header row naming its columns"
                                                             : "")));
  }
  return layout;
}

}  // namespace reticulist::io

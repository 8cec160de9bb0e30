#pragma once
// Which column of an input file holds which contract column, after the user's mapping.
// Header names are matched case-insensitively after trimming; every other column is kept as an
// attribute, never dropped.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::io {

struct ColumnSpec {
  std::string_view name;
  bool required;
};

// Export header (lower-cased, trimmed) -> contract column, for one kind of file.
using ColumnMap = std::map<std::string, std::string, std::less<>>;

struct ColumnLayout {
  std::vector<int> position;  // position[k] = field index of contract column k, or -1 if absent
  std::vector<int> extra_position;
  std::vector<std::string> extra_names;  // as written in the header, trimmed
  std::size_t field_count = 0;
  bool has(std::size_t k) const { return position[k] >= 0; }
};

std::string lower_trimmed(std::string_view s);
std::string_view trimmed(std::string_view s);

// Throws InputError "<file>:1: missing required column 'date' (columns found: a, b)" or
// "<file>:1: column 'network' appears twice (fields 2 and 5)".
ColumnLayout layout_columns(const std::vector<std::string>& header, std::span<const ColumnSpec> specs,
                            const ColumnMap& mapping, const std::string& file);

// The contract's columns of each input file (spec/dataset.md).
std::span<const ColumnSpec> participation_columns();
std::span<const ColumnSpec> establishment_columns();
std::span<const ColumnSpec> network_columns();
std::span<const ColumnSpec> authority_columns();

}  // namespace reticulist::io

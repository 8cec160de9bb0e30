#include "io/xlsx_sheet_names.hpp"

#include <cstddef>
#include <set>

#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

constexpr std::size_t kMaxUnits = 31;  // Excel's limit, in UTF-16 code units

// UTF-16 code units of one UTF-8 sequence of `bytes` bytes: four-byte sequences are surrogate pairs.
std::size_t units(std::size_t bytes) { return bytes == 4 ? 2 : 1; }

// Bytes of the UTF-8 sequence that starts with `lead` (the text is well-formed here).
std::size_t sequence_bytes(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The longest prefix of well-formed `s` that fits in `max_units`.
std::string cut(const std::string& s, std::size_t max_units) {
  std::size_t i = 0, used = 0;
  while (i < s.size()) {
    const std::size_t n = sequence_bytes(static_cast<unsigned char>(s[i]));
    if (used + units(n) > max_units) break;
    used += units(n);
    i += n;
  }
  return s.substr(0, i);
}

// Excel compares sheet names without case; ASCII folding covers table names (snake_case).
std::string folded(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::string fitting_sheet_name(std::string_view wanted) {
  std::string name;
  append_repaired_utf8(
      name, wanted,
      [](std::string& out, char c) {
        const bool refused = static_cast<unsigned char>(c) < 0x20 || c == 0x7F ||
                             std::string_view("[]:*?/\\").find(c) != std::string_view::npos;
        out += refused ? '_' : c;
      },
      [](std::string_view) { return true; });
  // U+FFFD (a byte that was not UTF-8) would be a puzzle in a tab: '_' as for other refusals.
  std::string plain;
  for (std::size_t i = 0; i < name.size();) {
    const bool replaced = name.compare(i, kReplacementCharacter.size(), kReplacementCharacter) == 0;
    plain += replaced ? '_' : name[i];
    i += replaced ? kReplacementCharacter.size() : 1;
  }
  name = std::move(plain);
  while (!name.empty() && name.front() == '\'') name.erase(name.begin());
  name = cut(name, kMaxUnits);
  while (!name.empty() && name.back() == '\'') name.pop_back();
  if (name.empty()) name = "sheet";
  if (folded(name) == "history") name += '_';
  return name;
}

std::vector<std::string> sheet_names(const std::vector<std::string>& table_names) {
  std::set<std::string> taken{folded(std::string(kReadmeSheet))};
  std::vector<std::string> names;
  names.reserve(table_names.size());
  for (const std::string& wanted : table_names) {
    const std::string base = fitting_sheet_name(wanted);
    std::string name = base;
    for (std::size_t k = 2; taken.count(folded(name)) != 0; ++k) {
      std::string suffix(1, '_');
      suffix += std::to_string(k);  // not "_" + ...: GCC 12 warns falsely (-Wrestrict)
      name = cut(base, kMaxUnits - suffix.size());
      while (!name.empty() && name.back() == '\'') name.pop_back();
      name += suffix;
    }
    taken.insert(folded(name));
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace reticulist::io

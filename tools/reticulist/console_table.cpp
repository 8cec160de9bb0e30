#include "tools/reticulist/console_table.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ostream>
#include <vector>

namespace reticulist::cli {
namespace {

using report::cell_for_people;

// Display width of UTF-8 text: count the bytes that start a character.
std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

std::size_t console_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) != 0 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    std::size_t n = 0;
    const std::string_view text(columns);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), n);
    if (result.ec == std::errc() && result.ptr == text.data() + text.size() && n > 0) return n;
  }
  return kDefaultWidth;
}

void print_table(const report::Table& table, std::ostream& out, const std::optional<std::string>& only_period) {
  print_table(table, out, PrintOptions{.only_period = only_period});
}

void print_table(const report::Table& table, std::ostream& out, const PrintOptions& options) {
  std::optional<std::size_t> period_col;
  if (options.only_period) {
    for (std::size_t c = 0; c < table.column_count(); ++c) {
      if (table.column(c).name == "period") period_col = c;
    }
  }
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (!period_col || table.text(r, *period_col) == *options.only_period) rows.push_back(r);
  }
  std::vector<std::size_t> candidates;
  if (table.headline().empty()) {
    for (std::size_t c = 0; c < table.column_count(); ++c) candidates.push_back(c);
  } else {
    candidates = table.headline();
  }
  std::erase_if(candidates, [&](std::size_t c) { return c == period_col; });

  // Each candidate's cells (header first) and width.
  std::vector<std::vector<std::string>> cells(candidates.size());
  std::vector<std::size_t> width(candidates.size(), 0);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    cells[i].push_back(table.column(candidates[i]).name);
    for (std::size_t r : rows) cells[i].push_back(cell_for_people(table, r, candidates[i]));
    for (const auto& text : cells[i]) width[i] = std::max(width[i], width_of(text));
  }

  // Labels always; other columns left to right while they fit (at least one of them).
  const std::size_t budget = options.width != 0 ? options.width : console_width();
  std::size_t used = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (report::names_row(table.column(candidates[i]))) used += (used ? 2 : 0) + width[i];
  }
  std::vector<std::size_t> shown;  // indices into candidates
  bool full = false, any_value = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (report::names_row(table.column(candidates[i]))) {
      shown.push_back(i);
      continue;
    }
    if (full) continue;
    const std::size_t wider = used + (used ? 2 : 0) + width[i];
    if (wider > budget && any_value) {
      full = true;
      continue;
    }
    used = wider;
    any_value = true;
    shown.push_back(i);
  }

  out << table.title() << (options.only_period ? " (" + *options.only_period + ")" : std::string()) << '\n';
  for (std::size_t line = 0; line < rows.size() + 1; ++line) {
    for (std::size_t k = 0; k < shown.size(); ++k) {
      const std::size_t i = shown[k];
      const std::string& text = cells[i][line];
      const std::string pad(width[i] - width_of(text), ' ');
      const bool last = k + 1 == shown.size();
      out << (k ? "  " : "") << (report::is_numeric(table.column(candidates[i])) ? pad + text : text + (last ? "" : pad));
    }
    out << '\n';
  }
  const std::size_t columns = table.column_count() - (period_col ? 1 : 0);
  if (shown.size() < columns) {
    out << "(" << shown.size() << " of " << columns << " columns; all of them in " << table.name() << ".csv)\n";
  }
  out << '\n';
}

void print_full_tables(const std::filesystem::path& folder, std::ostream& out) {
  out << "Full tables: " << (folder / "*.csv").string() << '\n';
}

}  // namespace reticulist::cli

#include "tools/reticulist/console_table.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <vector>

namespace reticulist::cli {
namespace {

using report::ColumnType;
using report::Holds;

// Display width of UTF-8 text: count the bytes that start a character.
std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool is_label(const report::ColumnInfo& info) { return info.holds == Holds::Label || info.holds == Holds::Person; }

bool is_number(const report::ColumnInfo& info) {
  return info.type == ColumnType::Integer || info.type == ColumnType::Real;
}

// Digits of a magnitude with a comma every three from the right.
std::string grouped(std::uint64_t magnitude) {
  const std::string digits = std::to_string(magnitude);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string integer_for_people(std::int64_t v) {
  // The magnitude as unsigned, so that INT64_MIN has one too.
  const std::uint64_t magnitude = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  std::string out = v < 0 ? "-" : "";
  out += grouped(magnitude);
  return out;
}

std::string round_for_people(double v) {
  if (!std::isfinite(v)) return "NA";
  if (v == 0.0) return "0";  // and -0.0
  // From 999.5 up three figures would print 1e+03 or false zeros (12,300 for 12,345.6): whole
  // numbers instead, while they fit in an int64 exactly.
  if (std::fabs(v) >= 999.5 && std::fabs(v) < 1e15) return integer_for_people(std::llround(v));
  // printf("%.3g") in the C locale: three significant figures, trailing zeros dropped, scientific
  // below 1e-4 (and above 1e15, where the rule above stops).
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 3);
  return std::string(buf, result.ptr);
}

std::string share_for_people(double v) {
  if (!std::isfinite(v)) return "NA";
  return round_for_people(100.0 * v) + "%";
}

std::string cell_for_people(const report::Table& table, std::size_t row, std::size_t col) {
  if (table.is_suppressed(row, col)) return std::string(report::kSuppressed);
  if (table.is_na(row, col)) return "NA";
  const report::ColumnInfo& info = table.column(col);
  if (is_label(info)) return table.format_cell(row, col);
  switch (info.type) {
    case ColumnType::Integer:
      return info.holds == Holds::Share ? share_for_people(static_cast<double>(table.integer(row, col)))
                                        : integer_for_people(table.integer(row, col));
    case ColumnType::Real:
      return info.holds == Holds::Share ? share_for_people(table.real(row, col)) : round_for_people(table.real(row, col));
    case ColumnType::Boolean: return table.boolean(row, col) ? "yes" : "no";
    case ColumnType::Text: return table.text(row, col);
  }
  return table.format_cell(row, col);
}

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
    if (is_label(table.column(candidates[i]))) used += (used ? 2 : 0) + width[i];
  }
  std::vector<std::size_t> shown;  // indices into candidates
  bool full = false, any_value = false;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (is_label(table.column(candidates[i]))) {
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
      out << (k ? "  " : "") << (is_number(table.column(candidates[i])) ? pad + text : text + (last ? "" : pad));
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

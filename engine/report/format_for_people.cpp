#include "engine/report/format_for_people.hpp"

#include <charconv>
#include <cmath>

namespace reticulist::report {
namespace {

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

bool names_row(const ColumnInfo& info) { return info.holds == Holds::Label || info.holds == Holds::Person; }

bool is_numeric(const ColumnInfo& info) {
  return info.type == ColumnType::Integer || info.type == ColumnType::Real;
}

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

std::string cell_for_people(const Table& table, std::size_t row, std::size_t col) {
  if (table.is_suppressed(row, col)) return std::string(kSuppressed);
  if (table.is_na(row, col)) return "NA";
  const ColumnInfo& info = table.column(col);
  if (names_row(info)) return table.format_cell(row, col);
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

}  // namespace reticulist::report

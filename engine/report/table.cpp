#include "engine/report/table.hpp"

#include <charconv>
#include <cmath>

namespace reticulist::report {
namespace {

bool is_snake_case(std::string_view s) {
  if (s.empty() || !(s.front() >= 'a' && s.front() <= 'z')) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool is_one_line(std::string_view s) { return s.find_first_of("\r\n") == std::string_view::npos; }

std::string_view kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::Na: return "NA";
    case Value::Kind::Integer: return "integer";
    case Value::Kind::Real: return "real";
    case Value::Kind::Text: return "text";
    case Value::Kind::Boolean: return "boolean";
  }
  return "?";
}

std::string mismatch(Value::Kind kind, ColumnType type) {
  return "cannot store a value of type " + std::string(kind_name(kind)) + " in a column of type " +
         std::string(type_name(type));
}

}  // namespace

std::string_view type_name(ColumnType type) {
  switch (type) {
    case ColumnType::Integer: return "integer";
    case ColumnType::Real: return "real";
    case ColumnType::Text: return "text";
    case ColumnType::Boolean: return "boolean";
  }
  return "?";
}

std::string_view holds_name(Holds holds) {
  switch (holds) {
    case Holds::Period: return "period";
    case Holds::Label: return "label";
    case Holds::Detail: return "detail";
    case Holds::Person: return "person";
    case Holds::PeopleCount: return "people_count";
    case Holds::EstablishmentCount: return "establishment_count";
    case Holds::Count: return "count";
    case Holds::Share: return "share";
    case Holds::Unit: return "unit";
    case Holds::Measure: return "measure";
  }
  return "?";
}

Holds default_holds(std::string_view name, ColumnType type) {
  switch (type) {
    case ColumnType::Text: return name == "period" ? Holds::Period : Holds::Label;
    case ColumnType::Integer: return Holds::Count;
    case ColumnType::Real:
    case ColumnType::Boolean: return Holds::Measure;
  }
  return Holds::Measure;
}

bool Value::is_na() const {
  return kind_ == Kind::Na || (kind_ == Kind::Real && !std::isfinite(real_));
}

void append_integer(std::string& out, std::int64_t v) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}

void append_real(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "NA";
    return;
  }
  // -0.0 would print as "-0"; a zero has one spelling.
  if (v == 0.0) {
    out += '0';
    return;
  }
  // to_chars is locale-independent and specified as printf("%.10g") in the C locale, which
  // already drops trailing zeros: the shortest text that rounds to the same 10 digits.
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10);
  out.append(buf, result.ptr);
}

std::string format_real(double v) {
  std::string out;
  append_real(out, v);
  return out;
}

Table::Table(std::string name, std::string title, std::string description)
    : name_(std::move(name)), title_(std::move(title)), description_(std::move(description)) {
  if (!is_snake_case(name_))
    throw std::logic_error("report::Table: name '" + name_ + "' is not snake_case");
  if (!is_one_line(title_) || !is_one_line(description_))
    throw std::logic_error("report::Table " + name_ + ": title and description must be one line");
}

std::size_t Table::add_column(std::string name, ColumnType type, std::string description) {
  const Holds holds = default_holds(name, type);
  return add_column(std::move(name), type, std::move(description), holds);
}

std::size_t Table::add_column(std::string name, ColumnType type, std::string description, Holds holds,
                              std::vector<std::size_t> based_on) {
  for (std::size_t base : based_on) {
    if (base >= columns_.size())
      throw std::logic_error("report::Table " + name_ + ", column " + name + ": based on column " +
                             std::to_string(base) + ", which does not come before it");
  }
  if (!is_snake_case(name))
    throw std::logic_error("report::Table " + name_ + ": column name '" + name +
                           "' is not snake_case");
  if (!is_one_line(description))
    throw std::logic_error("report::Table " + name_ + ", column " + name +
                           ": description must be one line");
  for (const Column& c : columns_) {
    if (c.info.name == name)
      throw std::logic_error("report::Table " + name_ + ": duplicate column '" + name + "'");
  }
  Column column;
  column.info = ColumnInfo{std::move(name), type, std::move(description), holds, std::move(based_on)};
  grow(column, rows_);
  columns_.push_back(std::move(column));
  return columns_.size() - 1;
}

void Table::add_sum(std::size_t total, std::vector<std::size_t> parts) {
  column(total);
  for (std::size_t part : parts) column(part);
  if (parts.empty()) throw std::logic_error("report::Table " + name_ + ": a sum needs parts");
  sums_.push_back({total, std::move(parts)});
}

void Table::set_headline(std::initializer_list<std::string_view> names) {
  std::vector<std::size_t> columns;
  for (std::string_view name : names) {
    std::size_t c = 0;
    while (c < columns_.size() && columns_[c].info.name != name) ++c;
    if (c == columns_.size())
      throw std::logic_error("report::Table " + name_ + ": headline names no column '" + std::string(name) + "'");
    columns.push_back(c);
  }
  headline_ = std::move(columns);
}

void Table::grow(Column& column, std::size_t rows) {
  switch (column.info.type) {
    case ColumnType::Integer: column.integers.resize(rows, 0); break;
    case ColumnType::Real:
      column.reals.resize(rows, std::numeric_limits<double>::quiet_NaN());
      break;
    case ColumnType::Text: column.texts.resize(rows); break;
    case ColumnType::Boolean: column.booleans.resize(rows, 0); break;
  }
  if (column.info.type != ColumnType::Real) column.na.resize(rows, true);
  if (!column.suppressed.empty()) column.suppressed.resize(rows, false);
}

void Table::reserve(std::size_t rows) {
  for (Column& column : columns_) {
    switch (column.info.type) {
      case ColumnType::Integer: column.integers.reserve(rows); break;
      case ColumnType::Real: column.reals.reserve(rows); break;
      case ColumnType::Text: column.texts.reserve(rows); break;
      case ColumnType::Boolean: column.booleans.reserve(rows); break;
    }
    if (column.info.type != ColumnType::Real) column.na.reserve(rows);
  }
}

std::size_t Table::add_row() {
  for (Column& column : columns_) {
    switch (column.info.type) {
      case ColumnType::Integer: column.integers.push_back(0); break;
      case ColumnType::Real:
        column.reals.push_back(std::numeric_limits<double>::quiet_NaN());
        break;
      case ColumnType::Text: column.texts.emplace_back(); break;
      case ColumnType::Boolean: column.booleans.push_back(0); break;
    }
    if (column.info.type != ColumnType::Real) column.na.push_back(true);
    if (!column.suppressed.empty()) column.suppressed.push_back(false);
  }
  return rows_++;
}

void Table::append_row(std::initializer_list<Value> cells) {
  append_row(std::span<const Value>(cells.begin(), cells.size()));
}

void Table::append_row(std::span<const Value> cells) {
  if (cells.size() != columns_.size()) {
    throw std::logic_error("report::Table " + name_ + ": append_row given " +
                           std::to_string(cells.size()) + " cells for " +
                           std::to_string(columns_.size()) + " columns");
  }
  // Check every cell before adding the row, so a mismatch leaves the table as it was.
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const Value::Kind kind = cells[c].kind();
    const ColumnType type = columns_[c].info.type;
    const bool ok =
        kind == Value::Kind::Na || (type == ColumnType::Integer && kind == Value::Kind::Integer) ||
        (type == ColumnType::Real && (kind == Value::Kind::Real || kind == Value::Kind::Integer)) ||
        (type == ColumnType::Text && kind == Value::Kind::Text) ||
        (type == ColumnType::Boolean && kind == Value::Kind::Boolean);
    if (!ok) {
      fail(columns_[c], mismatch(kind, type));
    }
  }
  const std::size_t row = add_row();
  for (std::size_t c = 0; c < cells.size(); ++c) set(row, c, cells[c]);
}

void Table::set(std::size_t row, std::size_t col, const Value& value) {
  checked(row, col);
  Column& column = columns_[col];
  if (is_suppressed(row, col)) fail(column, "row " + std::to_string(row) + " is suppressed");
  const Value::Kind kind = value.kind();
  if (kind == Value::Kind::Na) {
    set_na(row, col);
    return;
  }
  switch (column.info.type) {
    case ColumnType::Integer:
      if (kind != Value::Kind::Integer) break;
      column.integers[row] = value.integer();
      column.na[row] = false;
      return;
    case ColumnType::Real:
      if (kind == Value::Kind::Real) {
        column.reals[row] =
            std::isfinite(value.real()) ? value.real() : std::numeric_limits<double>::quiet_NaN();
        return;
      }
      if (kind != Value::Kind::Integer) break;
      column.reals[row] = static_cast<double>(value.integer());
      return;
    case ColumnType::Text:
      if (kind != Value::Kind::Text) break;
      column.texts[row] = value.text();
      column.na[row] = false;
      return;
    case ColumnType::Boolean:
      if (kind != Value::Kind::Boolean) break;
      column.booleans[row] = value.boolean() ? 1 : 0;
      column.na[row] = false;
      return;
  }
  fail(column, mismatch(kind, column.info.type));
}

void Table::set_na(std::size_t row, std::size_t col) {
  checked(row, col);
  Column& column = columns_[col];
  if (is_suppressed(row, col)) fail(column, "row " + std::to_string(row) + " is suppressed");
  switch (column.info.type) {
    case ColumnType::Real: column.reals[row] = std::numeric_limits<double>::quiet_NaN(); return;
    case ColumnType::Text: column.texts[row].clear(); break;
    case ColumnType::Integer: column.integers[row] = 0; break;
    case ColumnType::Boolean: column.booleans[row] = 0; break;
  }
  column.na[row] = true;
}

const ColumnInfo& Table::column(std::size_t col) const {
  if (col >= columns_.size())
    throw std::out_of_range("report::Table " + name_ + ": no column " + std::to_string(col));
  return columns_[col].info;
}

std::size_t Table::column_index(std::string_view name) const {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c].info.name == name) return c;
  }
  throw std::out_of_range("report::Table " + name_ + ": no column '" + std::string(name) + "'");
}

const Table::Column& Table::checked(std::size_t row, std::size_t col) const {
  if (col >= columns_.size())
    throw std::out_of_range("report::Table " + name_ + ": no column " + std::to_string(col));
  if (row >= rows_) {
    throw std::out_of_range("report::Table " + name_ + ": no row " + std::to_string(row) + " (" +
                            std::to_string(rows_) + " rows)");
  }
  return columns_[col];
}

const Table::Column& Table::checked(std::size_t row, std::size_t col, ColumnType expected) const {
  const Column& column = checked(row, col);
  if (column.info.type != expected) {
    fail(column, "read as " + std::string(type_name(expected)) + " but the column is " +
                     std::string(type_name(column.info.type)));
  }
  if (!column.suppressed.empty() && column.suppressed[row] && expected != ColumnType::Real)
    fail(column, "row " + std::to_string(row) + " is suppressed");
  if (expected != ColumnType::Real && column.na[row])
    fail(column, "row " + std::to_string(row) + " is NA");
  return column;
}

void Table::fail(const Column& column, const std::string& reason) const {
  throw std::logic_error("report::Table " + name_ + ", column " + column.info.name + ": " + reason);
}

void Table::suppress(std::size_t row, std::size_t col) {
  checked(row, col);
  if (is_suppressed(row, col)) return;
  set_na(row, col);  // the value is forgotten, not hidden
  Column& column = columns_[col];
  if (column.suppressed.empty()) column.suppressed.resize(rows_, false);
  column.suppressed[row] = true;
  ++suppressed_;
}

bool Table::is_suppressed(std::size_t row, std::size_t col) const {
  const Column& column = checked(row, col);
  return !column.suppressed.empty() && column.suppressed[row];
}

bool Table::is_na(std::size_t row, std::size_t col) const {
  const Column& column = checked(row, col);
  if (!column.suppressed.empty() && column.suppressed[row]) return false;
  if (column.info.type == ColumnType::Real) return std::isnan(column.reals[row]);
  return column.na[row];
}

std::int64_t Table::integer(std::size_t row, std::size_t col) const {
  return checked(row, col, ColumnType::Integer).integers[row];
}

double Table::real(std::size_t row, std::size_t col) const {
  return checked(row, col, ColumnType::Real).reals[row];
}

const std::string& Table::text(std::size_t row, std::size_t col) const {
  return checked(row, col, ColumnType::Text).texts[row];
}

bool Table::boolean(std::size_t row, std::size_t col) const {
  return checked(row, col, ColumnType::Boolean).booleans[row] != 0;
}

void Table::append_cell(std::string& out, std::size_t row, std::size_t col) const {
  const Column& column = checked(row, col);
  if (!column.suppressed.empty() && column.suppressed[row]) {
    out += kSuppressed;
    return;
  }
  if (column.info.type != ColumnType::Real && column.na[row]) {
    out += "NA";
    return;
  }
  switch (column.info.type) {
    case ColumnType::Integer: append_integer(out, column.integers[row]); return;
    case ColumnType::Real: append_real(out, column.reals[row]); return;
    case ColumnType::Text: out += column.texts[row]; return;
    case ColumnType::Boolean: out += column.booleans[row] ? "true" : "false"; return;
  }
}

std::string Table::format_cell(std::size_t row, std::size_t col) const {
  std::string out;
  append_cell(out, row, col);
  return out;
}

void Table::add_note(std::string key, std::string value) {
  for (auto& [k, v] : notes_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  notes_.emplace_back(std::move(key), std::move(value));
}

}  // namespace reticulist::report

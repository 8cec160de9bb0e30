#include "io/table_writer.hpp"

#include <ostream>
#include <string>
#include <vector>

#include "io/output_folder.hpp"
#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

bool is_plain_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool needs_quotes(std::string_view field) {
  if (field.empty()) return false;
  const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  return field.find_first_of(",\"\r\n") != std::string_view::npos || is_space(field.front()) ||
         is_space(field.back());
}

void flush_if_full(std::string& buffer, std::ostream& out) {
  if (buffer.size() >= kFlushBytes) {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  }
}

void flush(std::string& buffer, std::ostream& out) {
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
}

}  // namespace

void append_csv_field(std::string& out, std::string_view field) {
  const bool quoted = needs_quotes(field);
  if (quoted) out += '"';
  if (is_plain_ascii(field) && field.find('"') == std::string_view::npos) {
    out.append(field);
  } else {
    append_repaired_utf8(
        out, field,
        [](std::string& o, char c) {
          if (c == '"') o += '"';
          o += c;
        },
        [](std::string_view) { return true; });
  }
  if (quoted) out += '"';
}

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  append_repaired_utf8(out, text, [](std::string& o, char c) {
    switch (c) {
      case '"': o += "\\\""; return;
      case '\\': o += "\\\\"; return;
      case '\b': o += "\\b"; return;
      case '\f': o += "\\f"; return;
      case '\n': o += "\\n"; return;
      case '\r': o += "\\r"; return;
      case '\t': o += "\\t"; return;
      default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      o += "\\u00";
      o += kHex[(c >> 4) & 0xF];
      o += kHex[c & 0xF];
    } else {
      o += c;
    }
  }, [](std::string_view) { return true; });
  out += '"';
}

void write_csv(const report::Table& table, std::ostream& out) {
  std::string buffer;
  buffer.reserve(kFlushBytes + 4096);
  const std::size_t columns = table.column_count();
  std::vector<bool> is_text(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    if (c > 0) buffer += ',';
    append_csv_field(buffer, table.column(c).name);
    is_text[c] = table.column(c).type == report::ColumnType::Text;
  }
  buffer += '\n';
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) buffer += ',';
      if (is_text[c] && !table.is_na(r, c)) {
        append_csv_field(buffer, table.text(r, c));
      } else {
        table.append_cell(buffer, r, c);  // numbers, booleans and NA never need quotes
      }
    }
    buffer += '\n';
    flush_if_full(buffer, out);
  }
  flush(buffer, out);
}

void write_json(const report::Table& table, std::ostream& out) {
  const std::size_t columns = table.column_count();
  // `"column": ` for each column, escaped once rather than once per row.
  std::vector<std::string> keys(columns);
  std::vector<bool> is_text(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    append_json_string(keys[c], table.column(c).name);
    keys[c] += ": ";
    is_text[c] = table.column(c).type == report::ColumnType::Text;
  }
  std::string buffer;
  buffer.reserve(kFlushBytes + 4096);
  buffer += "{\n  ";
  append_json_string(buffer, table.name());
  buffer += ": [";
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    buffer += r == 0 ? "\n    {" : ",\n    {";
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) buffer += ", ";
      buffer += keys[c];
      if (table.is_suppressed(r, c)) {
        append_json_string(buffer, report::kSuppressed);  // a string, never null (outputs.md)
      } else if (table.is_na(r, c)) {
        buffer += "null";
      } else if (is_text[c]) {
        append_json_string(buffer, table.text(r, c));
      } else {
        table.append_cell(buffer, r, c);  // same digits as the CSV; true/false are JSON too
      }
    }
    buffer += '}';
    flush_if_full(buffer, out);
  }
  buffer += table.row_count() == 0 ? "]\n}\n" : "\n  ]\n}\n";
  flush(buffer, out);
}

void write_csv_file(const report::Table& table, const std::filesystem::path& path) {
  write_atomically(path, [&](std::ostream& out) { write_csv(table, out); });
}

void write_json_file(const report::Table& table, const std::filesystem::path& path) {
  write_atomically(path, [&](std::ostream& out) { write_json(table, out); });
}

}  // namespace reticulist::io

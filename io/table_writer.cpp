#include "io/table_writer.hpp"

#include <ostream>
#include <string>
#include <vector>

#include "io/output_folder.hpp"

namespace reticulist::io {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

// Length of the well-formed UTF-8 sequence at s[i], or 0 if it is not one. On 0, `bad` is how
// many bytes to replace by one U+FFFD: the maximal ill-formed subpart (Unicode ch. 3, U+FFFD
// substitution), so a truncated sequence swallows no valid byte after it.
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t trail = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the first trailing byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    bad = 1;
    return 0;
  }
  for (std::size_t k = 1; k <= trail; ++k) {
    const bool ok = i + k < s.size() && byte(i + k) >= (k == 1 ? low : 0x80) &&
                    byte(i + k) <= (k == 1 ? high : 0xBF);
    if (!ok) {
      bad = k;
      return 0;
    }
  }
  return trail + 1;
}

// Appends `s` as well-formed UTF-8; `escape(out, byte)` handles ASCII bytes.
template <typename Escape>
void append_utf8(std::string& out, std::string_view s, Escape escape) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      escape(out, static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t bad = 0;
    const std::size_t n = utf8_sequence(s, i, bad);
    if (n > 0) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out.append(kReplacement);
      i += bad;
    }
  }
}

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
    append_utf8(out, field, [](std::string& o, char c) {
      if (c == '"') o += '"';
      o += c;
    });
  }
  if (quoted) out += '"';
}

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  append_utf8(out, text, [](std::string& o, char c) {
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
  });
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
      if (table.is_na(r, c)) {
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

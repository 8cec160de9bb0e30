#include "io/export/export_text.hpp"

#include "io/utf8.hpp"

#include <ostream>

namespace reticulist::io {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 16;
bool is_c0_control(char c) { return static_cast<unsigned char>(c) < 0x20; }

bool dot_keyword(std::string_view name) {
  static constexpr std::string_view kKeywords[] = {"node", "edge", "graph", "digraph", "subgraph", "strict"};
  for (const std::string_view keyword : kKeywords) {
    if (name.size() != keyword.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) {
      const char c = name[i] >= 'A' && name[i] <= 'Z' ? static_cast<char>(name[i] - 'A' + 'a') : name[i];
      same = c == keyword[i];
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  append_repaired_utf8(
      out, text,
      [](std::string& o, char c) {
        switch (c) {
          case '&': o += "&amp;"; return;
          case '<': o += "&lt;"; return;
          case '>': o += "&gt;"; return;
          case '"': o += "&quot;"; return;
          case '\'': o += "&apos;"; return;
          case '\t': o += "&#9;"; return;
          case '\n': o += "&#10;"; return;
          case '\r': o += "&#13;"; return;
          default: break;
        }
        if (is_c0_control(c)) {
          o.append(kReplacementCharacter);
        } else {
          o += c;
        }
      },
      // U+FFFE and U+FFFF are not XML characters (XML 1.0, production [2] Char).
      [](std::string_view seq) { return seq != "\xEF\xBF\xBE" && seq != "\xEF\xBF\xBF"; });
}

std::string_view xml_attribute_type(report::ColumnType type) {
  switch (type) {
    case report::ColumnType::Integer: return "long";
    case report::ColumnType::Real: return "double";
    case report::ColumnType::Text: return "string";
    case report::ColumnType::Boolean: return "boolean";
  }
  return "string";
}

void append_xml_cell(std::string& out, const report::Table& table, std::size_t row, std::size_t column) {
  if (table.column(column).type == report::ColumnType::Text) {
    append_xml_escaped(out, table.text(row, column));
  } else {
    table.append_cell(out, row, column);
  }
}

void append_dot_quoted(std::string& out, std::string_view text) {
  out += '"';
  append_repaired_utf8(
      out, text,
      [](std::string& o, char c) {
        switch (c) {
          case '"': o += "\\\""; return;
          case '\\': o += "\\\\"; return;
          case '\n': o += "\\n"; return;
          case '\r': return;  // CR LF line ends become \n
          case '\t': o += '\t'; return;
          default: break;
        }
        if (is_c0_control(c)) {
          o.append(kReplacementCharacter);
        } else {
          o += c;
        }
      },
      [](std::string_view) { return true; });
  out += '"';
}

void append_dot_id(std::string& out, std::string_view name) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  bool bare = !name.empty() && letter(name.front()) && !dot_keyword(name);
  for (std::size_t i = 1; i < name.size() && bare; ++i) {
    bare = letter(name[i]) || (name[i] >= '0' && name[i] <= '9');
  }
  if (bare) {
    out.append(name);
  } else {
    append_dot_quoted(out, name);
  }
}

ExportBuffer::ExportBuffer(std::ostream& out) : out_(&out) { text_.reserve(kFlushBytes + 4096); }

void ExportBuffer::flush_if_full() {
  if (text_.size() >= kFlushBytes) {
    out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }
}

void ExportBuffer::finish() {
  out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
}

}  // namespace reticulist::io

#include "viz/diagram/dot_text.hpp"

#include <charconv>
#include <cmath>

#include "engine/report/format_for_people.hpp"
#include "io/export/export_text.hpp"
#include "io/utf8.hpp"

namespace reticulist::viz {
namespace {

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

// Well-formed UTF-8 (ill-formed bytes become U+FFFD, as every writer does: Graphviz would
// otherwise guess Latin-1), each backslash as `backslash`, '\n' as Graphviz's line break.
std::string escaped(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size());
  io::append_repaired_utf8(
      out, text,
      [backslash](std::string& o, char c) {
        if (c == '\\') {
          o += backslash;
        } else if (c == '\n') {
          o += "\\n";
        } else {
          o += is_control(c) ? ' ' : c;
        }
      },
      [](std::string_view) { return true; });
  return out;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

}  // namespace

std::string label_text(std::string_view text) { return escaped(text, "\\\\"); }

std::string label_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    out += label_text(lines[i]);
  }
  return out;
}

std::string tooltip_text(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    out += escaped(lines[i], "\\\\\\\\");
  }
  return out;
}

std::string html_text(std::string_view text) {
  // Controls as spaces and backslashes doubled first, then the writers' XML escaping (which
  // repairs UTF-8 too).
  std::string plain;
  plain.reserve(text.size());
  for (const char c : text) {
    if (c == '\\') {
      plain += "\\\\";
    } else {
      plain += is_control(c) ? ' ' : c;
    }
  }
  std::string out;
  io::append_xml_escaped(out, plain);
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = text.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::size_t w = code_points(word);
    if (!line.empty() && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string thousands(std::int64_t value) { return report::integer_for_people(value); }

std::string fixed(double value, int decimals) {
  char buffer[64];
  if (!std::isfinite(value)) value = 0.0;
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string out(buffer, result.ptr);
  if (out.starts_with('-') && out.find_first_not_of("-0.") == std::string::npos) out.erase(0, 1);  // no "-0.000"
  return out;
}

}  // namespace reticulist::viz

#include "io/export/export_text.hpp"

#include <ostream>

namespace reticulist::io {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{1} << 16;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence of 2..4 bytes at s[i], or 0 if there is none; then
// `bad` is the length of the maximal ill-formed subpart to replace by one U+FFFD (Unicode 15,
// section 3.9, "U+FFFD Substitution of Maximal Subparts").
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t trail = 0;
  unsigned char low = 0x80, high = 0xBF;  // range of the first trailing byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
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

// Walks `s`, handing each ASCII byte to `ascii(out, c)` and copying other well-formed sequences
// unless `allowed(sequence)` says no, in which case (as for ill-formed ones) U+FFFD is written.
template <typename Ascii, typename Allowed>
void append_utf8(std::string& out, std::string_view s, Ascii ascii, Allowed allowed) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ascii(out, static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t bad = 0;
    const std::size_t n = utf8_sequence(s, i, bad);
    if (n > 0) {
      const std::string_view sequence = s.substr(i, n);
      if (allowed(sequence)) {
        out.append(sequence);
      } else {
        out.append(kReplacement);
      }
      i += n;
    } else {
      out.append(kReplacement);
      i += bad;
    }
  }
}

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
  append_utf8(
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
          o.append(kReplacement);
        } else {
          o += c;
        }
      },
      // U+FFFE and U+FFFF are not XML characters (XML 1.0, production [2] Char).
      [](std::string_view seq) { return seq != "\xEF\xBF\xBE" && seq != "\xEF\xBF\xBF"; });
}

void append_dot_quoted(std::string& out, std::string_view text) {
  out += '"';
  append_utf8(
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
          o.append(kReplacement);
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

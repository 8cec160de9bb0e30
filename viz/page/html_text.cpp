#include "viz/page/html_text.hpp"

#include <cstdio>

#include "io/utf8.hpp"

namespace reticulist::viz {

std::string html_escaped(std::string_view text) {
  std::string out;
  append_html(out, text);
  return out;
}

std::string css_string(std::string_view text) {
  std::string out = "\"";
  io::append_repaired_utf8(
      out, text,
      [](std::string& o, char c) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
        if (plain) {
          o += c;
          return;
        }
        // A CSS escape: backslash, hex code point, one space that ends it (and is not shown).
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%x ", static_cast<unsigned>(static_cast<unsigned char>(c)));
        o += buf;
      },
      [](std::string_view) { return true; });
  return out + "\"";
}

}  // namespace reticulist::viz

#include "support/svg_text.hpp"

#include <algorithm>

#include "io/utf8.hpp"

namespace reticulist::testing {
namespace {

std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t end = s.find(';', i);
    const std::string_view entity = s.substr(i + 1, end - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (!entity.empty() && entity[0] == '#') {
      const bool hex = entity.size() > 1 && entity[1] == 'x';
      io::append_code_point(out, static_cast<std::uint32_t>(std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10)));
    } else {
      out += '&';
      continue;
    }
    i = end;
  }
  return out;
}

}  // namespace

std::vector<std::string> svg_texts(std::string_view svg) {
  std::vector<std::string> texts;
  std::size_t at = 0;
  while ((at = svg.find("<text", at)) != std::string_view::npos) {
    const std::size_t open_end = svg.find('>', at);
    const std::size_t close = svg.find("</text>", open_end);
    if (open_end == std::string_view::npos || close == std::string_view::npos) break;
    texts.push_back(decode(svg.substr(open_end + 1, close - open_end - 1)));
    at = close;
  }
  return texts;
}

std::string all_text(std::string_view svg) {
  std::string out;
  for (const std::string& text : svg_texts(svg)) {
    if (!out.empty()) out += ' ';
    out += text;
  }
  return out;
}

bool has_text(std::string_view svg, std::string_view text) {
  const auto texts = svg_texts(svg);
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

std::string svg_element_text(std::string_view svg, std::string_view tag) {
  const std::string open = "<" + std::string(tag), close = "</" + std::string(tag) + ">";
  const std::size_t at = svg.find(open);
  if (at == std::string_view::npos) return {};
  const std::size_t open_end = svg.find('>', at);
  const std::size_t end = svg.find(close, open_end);
  if (open_end == std::string_view::npos || end == std::string_view::npos) return {};
  return decode(svg.substr(open_end + 1, end - open_end - 1));
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

std::pair<std::uint32_t, std::uint32_t> png_size(std::string_view bytes) {
  if (bytes.size() < 24 || bytes.substr(0, 8) != std::string_view("\x89PNG\r\n\x1a\n", 8)) return {0, 0};
  const auto be32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(bytes[at + k]);
    return v;
  };
  return {be32(16), be32(20)};  // IHDR: length(4) "IHDR"(4) after the 8-byte signature
}

}  // namespace reticulist::testing

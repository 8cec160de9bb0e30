#include "viz/page/inline_svg.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace reticulist::viz {
namespace {

bool starts_with_at(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.substr(i, prefix.size()) == prefix;
}

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Drops <?...?>, <!DOCTYPE ...> (with an internal subset in [...]) and <!--...-->; keeps
// <![CDATA[...]]> as it is.
std::string without_prolog_and_comments(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  std::size_t i = 0;
  const auto skip_past = [&](std::string_view end) {
    const std::size_t at = svg.find(end, i);
    if (at == std::string_view::npos) throw std::logic_error("inline_svg: unterminated markup: no '" + std::string(end) + "'");
    i = at + end.size();
  };
  while (i < svg.size()) {
    if (starts_with_at(svg, i, "<![CDATA[")) {
      const std::size_t at = svg.find("]]>", i);
      const std::size_t end = at == std::string_view::npos ? svg.size() : at + 3;
      out.append(svg.substr(i, end - i));
      i = end;
    } else if (starts_with_at(svg, i, "<!--")) {
      i += 4;
      skip_past("-->");
    } else if (starts_with_at(svg, i, "<?")) {
      skip_past("?>");
    } else if (starts_with_at(svg, i, "<!DOCTYPE") || starts_with_at(svg, i, "<!doctype")) {
      const std::size_t subset = svg.find('[', i), close = svg.find('>', i);
      if (subset != std::string_view::npos && subset < close) {
        skip_past("]");
      }
      skip_past(">");
    } else {
      out += svg[i++];
    }
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Prefixes ids and the references to them, inside tags only (header comment).
std::string with_prefixed_ids(std::string_view svg, std::string_view prefix) {
  std::string out;
  out.reserve(svg.size() + svg.size() / 16);
  bool in_tag = false;
  char quote = 0;  // inside an attribute value quoted by this character
  std::size_t i = 0;
  while (i < svg.size()) {
    if (in_tag && starts_with_at(svg, i, "url(#")) {  // fill, clip-path, or inside style="..."
      out += "url(#";
      out += prefix;
      i += 5;
      continue;
    }
    const char c = svg[i++];
    out += c;
    if (!in_tag) {
      in_tag = c == '<';
    } else if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '>') {
      in_tag = false;
    } else if (c == '"' || c == '\'') {
      quote = c;
      const std::string_view name = std::string_view(out).substr(0, out.size() - 1);  // ends at '='
      if (name.ends_with("id=") && name.size() > 3 && is_space(name[name.size() - 4])) {
        out += prefix;
      } else if (name.ends_with("href=") && i < svg.size() && svg[i] == '#') {  // xlink:href too
        out += '#';
        out += prefix;
        ++i;
      }
    }
  }
  return out;
}

}  // namespace

std::string inline_svg(std::string_view svg, std::string_view id_prefix) {
  std::string clean = without_prolog_and_comments(svg);
  const std::size_t first = clean.find_first_not_of(" \t\r\n");
  const std::size_t last = clean.find_last_not_of(" \t\r\n");
  clean = first == std::string::npos ? std::string() : clean.substr(first, last - first + 1);
  const bool element = clean.starts_with("<svg") && clean.size() > 4 && (is_space(clean[4]) || clean[4] == '>') &&
                       clean.ends_with("</svg>");
  if (!element) throw std::logic_error("inline_svg: not an <svg> element");
  const std::string lower = lowered(clean);
  for (std::string_view refused : {"<script", "<foreignobject", "javascript:"}) {
    if (lower.find(refused) != std::string::npos)
      throw std::logic_error("inline_svg: the figure holds \"" + std::string(refused) + "\"");
  }
  return with_prefixed_ids(clean, id_prefix);
}

}  // namespace reticulist::viz

#pragma once
// Text as Graphviz reads it. DOT itself only escapes the double quote, which agsafeset and agwrite
// take care of, but Graphviz then reads escape sequences in labels: \N (node name), \G (graph
// name), \E, \T, \H, \L, \n, \l, \r, and \\ for a backslash. A name holding "\N" would print the
// node's id instead, so every backslash of our text is doubled. Tooltips go through that reading
// twice in the SVG renderer (checked on Graphviz 2.42: "\\\\N" shows as \N), so theirs are
// quadrupled. A line break ('\n') becomes Graphviz's centred line break (the escape \n), and other
// control characters become spaces. HTML-like labels (the legend) escape & < > " ' as XML
// entities (io::append_xml_escaped) and still double backslashes (Graphviz 2.42 expands \G there
// too). All text leaves as well-formed UTF-8, ill-formed bytes as U+FFFD (io/utf8.hpp).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::viz {

// A plain label: backslashes doubled, '\n' as Graphviz's line break, other control characters as spaces.
std::string label_text(std::string_view text);
// Lines of a plain label joined by Graphviz's centred line break.
std::string label_lines(const std::vector<std::string>& lines);
// A tooltip (SVG title): backslashes quadrupled, '\n' and the lines' joins as line breaks, other
// control characters as spaces.
std::string tooltip_text(const std::vector<std::string>& lines);
// Text inside an HTML-like label: & < > " ' as entities, backslashes doubled, control characters
// (line breaks included: the caller places <BR/>) as spaces.
std::string html_text(std::string_view text);

// Words of `text` on lines of at most `width` characters (UTF-8 code points); a longer word gets
// a line of its own. Empty text gives no line.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// 1234567 -> "1,234,567"; -1234 -> "-1,234".
std::string thousands(std::int64_t value);
// `value` with `decimals` digits after the point, '.' whatever the locale: (0.25, 3) -> "0.250".
std::string fixed(double value, int decimals);

}  // namespace reticulist::viz

#pragma once
// SVG from our own renderers (Cairo, Graphviz, hand-written) made ready to sit inside an HTML
// page, several figures to a page.
#include <string>
#include <string_view>

namespace reticulist::viz {

// Returns the <svg> element of `svg` with:
// - an XML prolog (<?xml ...?>), any other processing instruction, a DOCTYPE and every comment
//   removed (HTML parses none of them inside <svg>, and Graphviz writes all three);
// - every id="x" inside a tag made id="<prefix>x", and the references to ids (href="#x",
//   xlink:href="#x", url(#x)) made to match: Cairo names its glyphs glyph0-0, glyph0-1, ... in
//   every file, so without this the second figure on a page would draw the first one's letters.
// Throws std::logic_error when what remains is not one <svg ...>...</svg> element, or holds
// "<script", "<foreignObject" or "javascript:" (any case): the page runs no script.
std::string inline_svg(std::string_view svg, std::string_view id_prefix);

}  // namespace reticulist::viz

#pragma once
// Reading figures back in tests: the texts of an SVG (what a reader, a search or a screen reader
// finds), and the size of a PNG, so that tests check what a figure says rather than its bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reticulist::testing {

// The content of every <text> element, in document order, with the five XML entities and
// numeric character references decoded. Nested elements are not expected (none are written).
std::vector<std::string> svg_texts(std::string_view svg);
// Every <text> joined by single spaces: a wrapped title or note reads as one string here.
std::string all_text(std::string_view svg);
// Whether some <text> is exactly `text`.
bool has_text(std::string_view svg, std::string_view text);
// The content of the first <tag>...</tag> (decoded), or "" if none.
std::string svg_element_text(std::string_view svg, std::string_view tag);
// How many times `needle` occurs in `haystack`.
std::size_t count_of(std::string_view haystack, std::string_view needle);

// Width and height from a PNG's IHDR chunk; {0, 0} if `bytes` does not start with the PNG signature.
std::pair<std::uint32_t, std::uint32_t> png_size(std::string_view bytes);

}  // namespace reticulist::testing

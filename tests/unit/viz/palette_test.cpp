#include "viz/figure/palette.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace reticulist::viz;

// The scales' ends and middles are their sources' published colours; between two stops the
// colour is the linear mix, e.g. viridis at 0.05 = halfway between #440154 and #482475:
// r = 0x44 + (0x48-0x44)/2 = 0x46, g = 0x01 + (0x24-0x01)/2 = 18.5 -> 0x13 (rounded half up),
// b = 0x54 + (0x75-0x54)/2 = 100.5 -> 0x65.
TEST_CASE("palette: stops and interpolation", "[viz][palette]") {
  CHECK(to_hex(colour_at(Scale::Viridis, 0.0)) == "#440154");
  CHECK(to_hex(colour_at(Scale::Viridis, 1.0)) == "#fde725");
  CHECK(to_hex(colour_at(Scale::Viridis, 0.5)) == "#21918c");
  CHECK(to_hex(colour_at(Scale::Viridis, 0.05)) == "#461365");
  CHECK(to_hex(colour_at(Scale::Cividis, 0.0)) == "#00224e");
  CHECK(to_hex(colour_at(Scale::Diverging, 0.5)) == "#f7f7f7");  // no change is neutral
  CHECK(to_hex(colour_at(Scale::Diverging, 0.0)) == "#67001f");  // a fall is red
  CHECK(to_hex(colour_at(Scale::Diverging, 1.0)) == "#053061");  // a rise is blue
}

TEST_CASE("palette: out of range and NaN are clamped", "[viz][palette]") {
  CHECK(colour_at(Scale::Viridis, -3.0) == colour_at(Scale::Viridis, 0.0));
  CHECK(colour_at(Scale::Viridis, 7.0) == colour_at(Scale::Viridis, 1.0));
  CHECK(colour_at(Scale::Viridis, std::nan("")) == colour_at(Scale::Viridis, 0.0));
}

// WCAG luminance: viridis' dark purple takes white text, its yellow black text; pure white and
// black are the obvious cases, and mid grey #777777 (luminance 0.184 > 0.179) takes black.
TEST_CASE("palette: text colour on a cell", "[viz][palette]") {
  CHECK(text_colour_on({0x44, 0x01, 0x54}) == Rgb{0xff, 0xff, 0xff});
  CHECK(text_colour_on({0xfd, 0xe7, 0x25}) == Rgb{0, 0, 0});
  CHECK(text_colour_on({0xff, 0xff, 0xff}) == Rgb{0, 0, 0});
  CHECK(text_colour_on({0, 0, 0}) == Rgb{0xff, 0xff, 0xff});
  CHECK(text_colour_on({0x77, 0x77, 0x77}) == Rgb{0, 0, 0});
}

TEST_CASE("palette: categorical colours wrap", "[viz][palette]") {
  REQUIRE(categorical().size() == 8);
  CHECK(to_hex(categorical(0)) == "#e69f00");
  CHECK(categorical(8) == categorical(0));
}

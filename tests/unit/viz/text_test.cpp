#include <catch2/catch.hpp>

#include "viz/figure/label_key.hpp"
#include "viz/figure/text.hpp"

using namespace reticulist::viz;

// DejaVu Sans has 2048 units per em; its hmtx table gives advances '0' 1303, 'a' 1255, 'b' 1300,
// 'M' 1767 and hhea ascent 1901, descent 483. At size 2048 a width is its advance in units; the
// toy API does not kern, so "ab" = 1255 + 1300 = 2555; unhinted, a width scales with the size.
TEST_CASE("text: measured from DejaVu Sans' advances", "[viz][text]") {
  const TextExtent zero = measure_text("0", 2048.0);
  CHECK(zero.width == Approx(1303.0));
  CHECK(zero.ascent == Approx(1901.0));
  CHECK(zero.descent == Approx(483.0));
  CHECK(text_width("M", 2048.0) == Approx(1767.0));
  CHECK(text_width("ab", 2048.0) == Approx(2555.0));
  CHECK(text_width("00", 12.0) == Approx(2.0 * 1303.0 * 12.0 / 2048.0));
  CHECK(text_width("Glasgow City", 24.0) == Approx(2.0 * text_width("Glasgow City", 12.0)));
  CHECK(text_width("M", 12.0, Weight::Bold) > text_width("M", 12.0));
  CHECK(text_width("", 12.0) == 0.0);
}

TEST_CASE("text: wrap and truncate by measured width", "[viz][text]") {
  // Each "00" is 2 x 1303 / 2048 x 20.48 = 26.06 px at size 20.48 and a space is 651 units
  // (6.51 px): "00 00" = 58.63 px. A line of 60 px holds two words, not three (91.2 px).
  const double size = 20.48;
  CHECK(wrap_text("00 00 00", size, Weight::Normal, 60.0) == std::vector<std::string>{"00 00", "00"});
  CHECK(wrap_text("  00   00 ", size, Weight::Normal, 200.0) == std::vector<std::string>{"00 00"});
  CHECK(wrap_text("", size, Weight::Normal, 60.0).empty());
  // A word wider than the line keeps a line of its own.
  CHECK(wrap_text("0000000000 00", size, Weight::Normal, 60.0) == std::vector<std::string>{"0000000000", "00"});
  // Truncation keeps whole characters: "000" + "…" fits 60 px (39.09 + 20.48 for U+2026, 2048
  // units: 59.57), "0000" + "…" (72.6) does not.
  CHECK(truncate_to_width("0000000", "\u2026", size, Weight::Normal, 60.0) == "000\u2026");
  CHECK(truncate_to_width("Ελληνικά", "\u2026", 12.0, Weight::Normal, 1.0) == "\u2026");
}

TEST_CASE("label key: wrap onto two lines, else shorten and number", "[viz][text]") {
  LabelKey key;
  CHECK(key.fit("Glasgow   City", 12.0, Weight::Normal, 200.0) == std::vector<std::string>{"Glasgow City"});
  CHECK(key.fit("East Dunbartonshire Council", 12.0, Weight::Normal, 130.0, 2) ==
        std::vector<std::string>{"East Dunbartonshire", "Council"});
  CHECK(key.entries().empty());
  const std::string long_name = "St Mary's Primary School and Early Learning and Childcare Centre";
  const auto lines = key.fit(long_name, 12.0, Weight::Normal, 150.0, 2);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "St Mary's Primary School");
  CHECK(lines[1].size() > 4);
  CHECK(lines[1].substr(lines[1].size() - 7) == "\u2026 (1)");
  for (const std::string& line : lines) CHECK(text_width(line, 12.0) <= 150.0);
  // One line only: cut and numbered; the same label again keeps its number.
  const auto one = key.fit(long_name, 12.0, Weight::Normal, 150.0, 1);
  REQUIRE(one.size() == 1);
  CHECK(one[0].rfind("St Mary's Primary", 0) == 0);
  CHECK(key.fit("Another establishment with a very long name indeed", 12.0, Weight::Normal, 100.0).front().find("(2)") !=
        std::string::npos);
  CHECK(key.lines() == std::vector<std::string>{"(1) " + long_name, "(2) Another establishment with a very long name indeed"});
}

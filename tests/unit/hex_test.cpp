// Bytes as hexadecimal text (engine/hex.hpp), worked by hand: 0x00 -> "00", 0x0F -> "0f",
// 0xA5 -> "a5" (high nibble first, lower case), 0xFF -> "ff".
#include <catch2/catch.hpp>

#include <string>

#include "engine/hex.hpp"

TEST_CASE("to_hex: two lower-case digits a byte, high nibble first", "[hex]") {
  const unsigned char bytes[] = {0x00, 0x0F, 0xA5, 0xFF, 0x10};
  CHECK(reticulist::to_hex(bytes, 5) == "000fa5ff10");
  CHECK(reticulist::to_hex(bytes, 0).empty());

  // write_hex writes into place and nothing beyond.
  std::string text = "p_....######";
  reticulist::write_hex(bytes + 2, 2, text, 2);
  CHECK(text == "p_a5ff######");
}

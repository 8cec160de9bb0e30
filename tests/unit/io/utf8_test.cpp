#include "io/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace reticulist::io {
namespace {

// Reference decoder that follows the definition literally: the lead byte gives the length,
// every following byte must be 10xxxxxx, and the code point must need that length, must not
// be a surrogate and must not pass U+10FFFF. Returns the offset of the first bad lead byte.
std::size_t reference_invalid(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      len = 2, cp = b & 0x1Fu;
    } else if ((b & 0xF0) == 0xE0) {
      len = 3, cp = b & 0x0Fu;
    } else if ((b & 0xF8) == 0xF0) {
      len = 4, cp = b & 0x07u;
    } else {
      return i;
    }
    if (i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = cp << 6 | (c & 0x3Fu);
    }
    const std::uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::string::npos;
}

TextCheck check(const std::string& s) { return check_text(s); }

}  // namespace

TEST_CASE("utf8: ASCII and well-formed sequences at the edges of table 3-7", "[utf8]") {
  CHECK(check("").fault == TextFault::none);
  CHECK(check("plain ASCII, longer than eight bytes").fault == TextFault::none);
  for (const char* ok : {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                         "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
                         "R\xC3\xB3n\xC3\xA1n", "G\xC3\xA0idhlig", "\xF0\x9F\x98\x80"}) {
    INFO(ok);
    CHECK(check(ok).fault == TextFault::none);
  }
}

TEST_CASE("utf8: ill-formed sequences are reported at their first byte", "[utf8]") {
  struct Case {
    const char* bytes;
    std::size_t offset;
  };
  for (const Case& c : {Case{"\x80", 0}, Case{"ab\xBF", 2},                 // stray continuation
                        Case{"\xC0\xAF", 0}, Case{"\xC1\xBF", 0},            // overlong 2-byte
                        Case{"\xE0\x9F\xBF", 0}, Case{"\xF0\x8F\xBF\xBF", 0},  // overlong
                        Case{"\xED\xA0\x80", 0}, Case{"x\xED\xBF\xBF", 1},   // surrogates
                        Case{"\xF4\x90\x80\x80", 0}, Case{"\xF5\x80\x80\x80", 0},  // > U+10FFFF
                        Case{"\xFF", 0}, Case{"\xFE", 0},
                        Case{"abc\xE2\x82", 3}, Case{"\xC3", 0},             // truncated at the end
                        Case{"\xE2\x82z", 0}, Case{"caf\xE9 noir", 3}}) {   // Latin-1
    INFO(c.bytes);
    const TextCheck got = check(c.bytes);
    CHECK(got.fault == TextFault::invalid_utf8);
    CHECK(got.offset == c.offset);
  }
}

TEST_CASE("utf8: offsets are exact on the eight-byte path", "[utf8]") {
  for (std::size_t prefix = 0; prefix < 40; ++prefix) {
    INFO("prefix " << prefix);
    const std::string ascii(prefix, 'a');
    CHECK(check(ascii + "\xC3\xA9" + ascii).fault == TextFault::none);
    TextCheck got = check(ascii + '\0' + "tail of text");
    CHECK(got.fault == TextFault::nul_byte);
    CHECK(got.offset == prefix);
    got = check(ascii + "\xC3(" + ascii);
    CHECK(got.fault == TextFault::invalid_utf8);
    CHECK(got.offset == prefix);
    got = check(ascii + "\xC3\xA9\xA9" + ascii);
    CHECK(got.fault == TextFault::invalid_utf8);
    CHECK(got.offset == prefix + 2);
  }
}

TEST_CASE("utf8: NUL is a fault of text but not of UTF-8", "[utf8]") {
  const std::string with_nul("ab\0cd", 5);
  CHECK(check(with_nul).fault == TextFault::nul_byte);
  CHECK(check(with_nul).offset == 2);
  CHECK(is_valid_utf8(with_nul));
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));
  CHECK(is_valid_utf8("\xE2\x82\xAC"));
}

TEST_CASE("utf8: agrees with a literal reference decoder on random bytes", "[utf8]") {
  std::mt19937 rng(20240917);
  // ASCII, whole sequences and loose lead and continuation bytes, so that about half the
  // strings are valid and the rest fail at all kinds of places.
  const std::vector<std::string> tokens = {
      "a", "Z", ",", "abcdefgh", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xED\x9F\xBF",
      "\x80", "\xBF", "\xC0", "\xC1", "\xC2", "\xDF", "\xE0", "\xE0\xA0", "\xED", "\xED\xA0",
      "\xEF", "\xF0", "\xF0\x90", "\xF4", "\xF4\x90", "\xF5", "\xFF", "\x9F", "\xA0", "\x8F"};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t count = rng() % 12;
    for (std::size_t i = 0; i < count; ++i) {
      s += rng() % 2 == 0 ? tokens[rng() % 8] : tokens[rng() % tokens.size()];
    }
    const std::size_t expected = reference_invalid(s);
    const TextCheck got = check(s);
    INFO("round " << round);
    if (expected == std::string::npos) {
      CHECK(got.fault == TextFault::none);
    } else {
      CHECK(got.fault == TextFault::invalid_utf8);
      CHECK(got.offset == expected);
    }
  }
}

}  // namespace reticulist::io

// UTF-16 to UTF-8, by hand: surrogate pairs joined, a lone surrogate an error naming its line
// (iconv would only say "invalid input", without where). The byte-order mark is found here too.
#include <algorithm>
#include <cstdio>

#include "engine/error.hpp"
#include "io/text_encoding.hpp"
#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

std::string hex4(std::uint32_t unit) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%04X", unit);
  return text;
}

}  // namespace

ByteOrderMark byte_order_mark(std::string_view bytes, std::size_t& length) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    length = 3;
    return ByteOrderMark::utf8;
  }
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    length = 2;
    return ByteOrderMark::utf16le;
  }
  if (bytes.substr(0, 2) == "\xFE\xFF") {
    length = 2;
    return ByteOrderMark::utf16be;
  }
  length = 0;
  return ByteOrderMark::none;
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian, const std::string& file) {
  std::string out;
  out.reserve(bytes.size() / 2 + bytes.size() / 8);  // mostly ASCII: one byte per unit
  std::uint64_t line = 1;
  const auto unit_at = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (std::uint32_t{a} << 8 | b) : (std::uint32_t{b} << 8 | a);
  };
  const std::size_t n = bytes.size() & ~std::size_t{1};
  for (std::size_t i = 0; i < n; i += 2) {
    const std::uint32_t unit = unit_at(i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      if (unit == '\n') ++line;
      append_code_point(out, unit);
      continue;
    }
    // A high surrogate (D800..DBFF) must be followed by a low one (DC00..DFFF).
    const std::uint32_t low = unit <= 0xDBFF && i + 3 < n ? unit_at(i + 2) : 0;
    if (low < 0xDC00 || low > 0xDFFF) {
      throw InputError(located(file, line, "invalid UTF-16 (lone surrogate " + hex4(unit) + ")"));
    }
    append_code_point(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
    i += 2;
  }
  if (n != bytes.size()) {
    throw InputError(located(file, line, "invalid UTF-16 (odd number of bytes: the file is cut off)"));
  }
  return out;
}

std::string nul_advice(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 512) & ~std::size_t{1};
  std::size_t zero_even = 0;
  std::size_t zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0' ? 1 : 0;
    zero_odd += bytes[i + 1] == '\0' ? 1 : 0;
  }
  const std::size_t units = n / 2;
  // ASCII in UTF-16: one byte of each unit is zero, the other (nearly) never.
  const auto mostly = [&](std::size_t count) { return units >= 4 && count * 10 >= units * 9; };
  const auto rarely = [&](std::size_t count) { return count * 10 <= units; };
  const char* order = mostly(zero_odd) && rarely(zero_even)   ? "le"
                      : mostly(zero_even) && rarely(zero_odd) ? "be"
                                                              : nullptr;
  if (order == nullptr) return {};
  return std::string("; it looks like UTF-16 without a byte-order mark: read it with --encoding utf-16") + order;
}

}  // namespace reticulist::io

#include "io/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace reticulist::io {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the well-formed sequence that starts with the non-ASCII byte p[0], or 0 when it
// is ill-formed. Second-byte ranges follow table 3-7: E0 A0..BF (no overlong), ED 80..9F (no
// surrogates), F0 90..BF (no overlong), F4 80..8F (nothing above U+10FFFF).
std::size_t sequence_length(const unsigned char* p, std::size_t avail) {
  const unsigned char b = p[0];
  if (b < 0xC2) return 0;  // a stray continuation byte, or C0/C1 (always overlong)
  if (b < 0xE0) return avail >= 2 && is_continuation(p[1]) ? 2 : 0;
  if (b < 0xF0) {
    if (avail < 3) return 0;
    const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) ? 3 : 0;
  }
  if (b < 0xF5) {
    if (avail < 4) return 0;
    const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) && is_continuation(p[3]) ? 4 : 0;
  }
  return 0;  // F5..FF never occur in UTF-8
}

// Bit 7 of each byte of the result is set for the bytes that need a closer look: non-ASCII
// bytes and, when asked, NUL bytes. The lowest flagged byte is exact (the zero test can only
// flag spuriously above a real zero byte), which is all the caller uses.
template <bool kRejectNul>
std::uint64_t suspicious(std::uint64_t w) {
  if constexpr (kRejectNul) return (w | ((w - kOnes) & ~w)) & kHighs;
  return w & kHighs;
}

template <bool kRejectNul>
TextCheck scan(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if constexpr (std::endian::native == std::endian::little) {
      while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        const std::uint64_t flags = suspicious<kRejectNul>(w);
        if (flags != 0) {
          i += static_cast<std::size_t>(std::countr_zero(flags)) / 8;
          break;
        }
        i += 8;
      }
      if (i >= n) break;
    }
    const unsigned char b = p[i];
    if (b == 0 && kRejectNul) return {TextFault::nul_byte, i};
    if (b < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = sequence_length(p + i, n - i);
    if (len == 0) return {TextFault::invalid_utf8, i};
    i += len;
  }
  return {};
}

}  // namespace

TextCheck check_text(std::string_view bytes) { return scan<true>(bytes); }

bool is_valid_utf8(std::string_view bytes) {
  return scan<false>(bytes).fault == TextFault::none;
}

void append_code_point(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t& bad) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t trail = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the first trailing byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    bad = 1;
    return 0;
  }
  for (std::size_t k = 1; k <= trail; ++k) {
    const bool ok = i + k < s.size() && byte(i + k) >= (k == 1 ? low : 0x80) &&
                    byte(i + k) <= (k == 1 ? high : 0xBF);
    if (!ok) {
      bad = k;
      return 0;
    }
  }
  return trail + 1;
}

}  // namespace reticulist::io

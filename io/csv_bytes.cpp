#include "io/csv_bytes.hpp"

#include <cstdio>

#include "engine/error.hpp"
#include "io/utf8.hpp"

namespace reticulist::io::csv_bytes {

std::uint64_t count_lf(std::string_view s) {
  std::uint64_t lines = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n');
  while (i + 64 <= s.size()) {
    __m128i counts = _mm_setzero_si128();
    for (int step = 0; step < 63 && i + 64 <= s.size(); ++step, i += 64) {  // 4 x 63 < 256 per lane
      const char* p = s.data() + i;
      const __m128i a = _mm_add_epi8(_mm_cmpeq_epi8(load16(p), lf), _mm_cmpeq_epi8(load16(p + 16), lf));
      const __m128i b = _mm_add_epi8(_mm_cmpeq_epi8(load16(p + 32), lf), _mm_cmpeq_epi8(load16(p + 48), lf));
      counts = _mm_sub_epi8(counts, _mm_add_epi8(a, b));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());  // a sum in each 64-bit half
    lines += static_cast<std::uint64_t>(_mm_cvtsi128_si64(sums)) +
             static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < s.size(); ++i) lines += s[i] == '\n' ? 1 : 0;
  return lines;
}

std::string invalid_utf8_reason(std::string_view bytes, std::size_t offset, std::uint64_t line) {
  const std::string_view before = bytes.substr(0, offset);
  const std::uint64_t later = count_lf(before);
  const std::size_t line_start = before.rfind('\n');
  const std::size_t column = line_start == std::string_view::npos ? offset + 1 : offset - line_start;
  char byte[3];
  std::snprintf(byte, sizeof byte, "%02X", static_cast<unsigned char>(bytes[offset]));
  return std::string("invalid UTF-8 (byte 0x") + byte + " at " +
         (later > 0 ? "line " + std::to_string(line + later) + ", " : std::string()) + "column " +
         std::to_string(column) + ")";
}

void require_text(const std::string& file, std::string_view bytes, std::uint64_t line) {
  const TextCheck check = check_text(bytes);
  if (check.fault == TextFault::none) return;
  if (check.fault == TextFault::nul_byte) {
    throw InputError(located(file, line + count_lf(bytes.substr(0, check.offset)), "not a text file (NUL byte)"));
  }
  // The reason's line is the message's: the fault's own.
  const std::uint64_t at = line + count_lf(bytes.substr(0, check.offset));
  const std::size_t line_start = bytes.substr(0, check.offset).rfind('\n');
  const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
  throw InputError(located(file, at, invalid_utf8_reason(bytes.substr(from), check.offset - from, at)));
}

}  // namespace reticulist::io::csv_bytes

#pragma once
// Byte-level pieces shared by the CSV cursor (csv_reader.cpp) and the chunk splitter
// (csv_chunks.cpp): 16-byte SSE2 loads turned into bit masks (bit i of a mask stands for byte i of
// a block of at most 64 bytes), line feeds counted, and the check that bytes are text, whose error
// names file, line and column. Internal to io/csv_*.
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace reticulist::io::csv_bytes {

#if defined(__SSE2__)
inline __m128i load16(const char* s) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s)); }

inline std::uint64_t movemask(__m128i bytes, int shift) {
  return std::uint64_t{static_cast<std::uint32_t>(_mm_movemask_epi8(bytes))} << shift;
}
#endif

// Line feeds in `s`. 64 bytes a step: each byte lane of `counts` counts the line feeds it sees (a
// match is 0xFF, minus one) for up to 63 steps before the lanes are summed, so a step costs a few
// instructions (split_chunks counts the lines of whole files).
std::uint64_t count_lf(std::string_view s);

// Throws InputError "<file>:<line>: not a text file (NUL byte)" or "<file>:<line>: invalid UTF-8
// (byte 0xC3 at column 17)" unless `bytes` are text (io/utf8.hpp); `bytes` start at the beginning
// of physical line `line`.
void require_text(const std::string& file, std::string_view bytes, std::uint64_t line);

// The reason for an invalid UTF-8 sequence at `offset` in `bytes` (which start at the beginning of
// physical line `line`): "invalid UTF-8 (byte 0xC3 at column 17)", or "invalid UTF-8 (byte 0xC3
// at line 5, column 2)" when the sequence is on a later line than `line`.
std::string invalid_utf8_reason(std::string_view bytes, std::size_t offset, std::uint64_t line);

}  // namespace reticulist::io::csv_bytes

// Splitting a CSV body into chunks at record boundaries, for parsing on several threads: the quote
// state at each byte, found 64 bytes at a time from bit masks, tells which line feeds end records.
#include "io/csv_chunks.hpp"

#include <algorithm>
#include <bit>

#include "io/csv_bytes.hpp"

namespace reticulist::io {
namespace {

using csv_bytes::count_lf;
#if defined(__SSE2__)
using csv_bytes::load16;
using csv_bytes::movemask;
#endif

// ---------------------------------------------------------------- byte masks
// Bit i of a mask stands for byte i of a block of at most 64 bytes.

struct BlockMasks {
  std::uint64_t quote = 0;
  std::uint64_t comma = 0;
  std::uint64_t lf = 0;
};

BlockMasks block_masks(const char* s, std::size_t len) {
  BlockMasks m;
#if defined(__SSE2__)
  if (len == 64) {
    for (int k = 0; k < 4; ++k) {
      const __m128i x = load16(s + 16 * k);
      m.quote |= movemask(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), 16 * k);
      m.comma |= movemask(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')), 16 * k);
      m.lf |= movemask(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), 16 * k);
    }
    return m;
  }
#endif
  for (std::size_t i = 0; i < len; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (s[i] == '"') m.quote |= bit;
    if (s[i] == ',') m.comma |= bit;
    if (s[i] == '\n') m.lf |= bit;
  }
  return m;
}

// Bit i of the result is the parity of the set bits 0..i of x.
std::uint64_t prefix_xor(std::uint64_t x) {
  for (int shift = 1; shift < 64; shift *= 2) x ^= x << shift;
  return x;
}

// ---------------------------------------------------------------- record boundaries
// The quote state of CsvCursor, byte by byte: a quote opens a quoted field only at the start
// of a field; elsewhere outside quotes it is literal (`ab"c`, and text after a closing quote).
enum class QuoteState : unsigned char { field_start, unquoted, quoted, after_quote };

QuoteState scan_bytes(const char* s, std::size_t len, QuoteState st, std::uint64_t& outside_lf) {
  outside_lf = 0;
  for (std::size_t i = 0; i < len; ++i) {
    const char c = s[i];
    if (st == QuoteState::quoted) {
      if (c == '"') st = QuoteState::after_quote;
    } else if (c == '\n') {
      outside_lf |= std::uint64_t{1} << i;
      st = QuoteState::field_start;
    } else if (c == ',') {
      st = QuoteState::field_start;
    } else if (c == '"' && st != QuoteState::unquoted) {
      st = QuoteState::quoted;  // an opening quote, or the second quote of a doubled pair
    } else {
      st = QuoteState::unquoted;
    }
  }
  return st;
}

// The same state machine for a whole block. Quote parity gives the state exactly as long as
// every quote that parity takes for an opening one sits at a field start (after a comma, a
// line feed or a closing quote); otherwise the block holds a literal quote and is walked byte
// by byte. `outside_lf` receives the line feeds that end records.
QuoteState scan_block(const char* s, std::size_t len, const BlockMasks& m, QuoteState in,
                      std::uint64_t& outside_lf) {
  const std::uint64_t last = std::uint64_t{1} << (len - 1);
  const std::uint64_t delimiters = m.comma | m.lf;
  if (m.quote == 0) {
    if (in == QuoteState::quoted) {
      outside_lf = 0;
      return in;
    }
    outside_lf = m.lf;
    return (delimiters & last) != 0 ? QuoteState::field_start : QuoteState::unquoted;
  }
  std::uint64_t inside = prefix_xor(m.quote);
  if (in == QuoteState::quoted) inside = ~inside;
  const std::uint64_t opening = m.quote & inside;
  const std::uint64_t closing = m.quote & ~inside;
  const bool starts_field = in == QuoteState::field_start || in == QuoteState::after_quote;
  const std::uint64_t may_open = ((delimiters | closing) << 1) | (starts_field ? 1 : 0);
  if ((opening & ~may_open) != 0) return scan_bytes(s, len, in, outside_lf);
  outside_lf = m.lf & ~inside;
  if ((inside & last) != 0) return QuoteState::quoted;
  if ((closing & last) != 0) return QuoteState::after_quote;
  return (delimiters & last) != 0 ? QuoteState::field_start : QuoteState::unquoted;
}

}  // namespace

std::vector<CsvChunk> split_chunks(const CsvChunk& body, unsigned parts,
                                   std::size_t min_chunk_bytes) {
  const std::string_view bytes = body.bytes;
  const std::size_t n = bytes.size();
  const std::size_t most = std::max<std::size_t>(1, n / std::max<std::size_t>(1, min_chunk_bytes));
  const std::size_t count = std::min<std::size_t>(parts, most);
  if (count <= 1) return {CsvChunk{bytes, body.first_line, count_lf(bytes) + 1}};

  const auto target_of = [&](std::size_t k) { return n / count * k + n % count * k / count; };
  // One pass over the body up to the last split point, for the quote state there: it depends on
  // all before it. The chunks' line feeds are counted once they are known (quoted ones too: the
  // records are at most one more).
  std::vector<std::size_t> cuts{0};
  std::size_t k = 1;
  std::size_t target = target_of(k);
  QuoteState state = QuoteState::field_start;
  for (std::size_t base = 0; base < n && k < count; base += 64) {
    const std::size_t len = std::min<std::size_t>(64, n - base);
    const BlockMasks masks = block_masks(bytes.data() + base, len);
    std::uint64_t outside_lf = 0;
    state = scan_block(bytes.data() + base, len, masks, state, outside_lf);
    while (k < count && target < base + len) {
      const std::size_t from = target > base ? target - base : 0;
      const std::uint64_t hits = outside_lf & (~std::uint64_t{0} << from);
      if (hits == 0) break;  // the split moves on to a later block
      const std::size_t split = base + static_cast<std::size_t>(std::countr_zero(hits)) + 1;
      if (split < n) cuts.push_back(split);
      ++k;
      target = std::max(target_of(k), split);
    }
  }
  cuts.push_back(n);
  std::vector<CsvChunk> chunks;
  std::uint64_t line = body.first_line;
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const std::string_view chunk = bytes.substr(cuts[c], cuts[c + 1] - cuts[c]);
    const std::uint64_t lines = count_lf(chunk);
    chunks.push_back(CsvChunk{chunk, line, lines + 1});
    line += lines;
  }
  return chunks;
}

}  // namespace reticulist::io

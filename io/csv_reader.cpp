// CsvCursor: the state machine that reads the records of a chunk (fields, quotes, line ends) from
// the structural bits of 64-byte blocks; and the header record. The bytes come from csv_file.cpp,
// the chunks from csv_chunks.cpp.
#include "io/csv_reader.hpp"

#include <algorithm>
#include <bit>

#include "engine/error.hpp"
#include "io/csv_bytes.hpp"
#include "io/text_encoding.hpp"
#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

using csv_bytes::count_lf;
using csv_bytes::invalid_utf8_reason;
using csv_bytes::require_text;
#if defined(__SSE2__)
using csv_bytes::load16;
using csv_bytes::movemask;

// Written out per 16-byte lane: a loop over an array of __m128i goes through the stack at -O2.
std::uint64_t structural_lane(__m128i x, int shift) {
  const __m128i hits = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
      _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
  return movemask(hits, shift);
}
#endif

// Commas, line feeds and quotes: the bytes where the cursor has something to decide. `text`
// is cleared when the block holds a NUL or non-ASCII byte; records within blocks of plain
// ASCII need no UTF-8 check.
std::uint64_t structural_mask(const char* s, std::size_t len, bool& text) {
#if defined(__SSE2__)
  if (len == 64) {
    const __m128i a = load16(s);
    const __m128i b = load16(s + 16);
    const __m128i c = load16(s + 32);
    const __m128i d = load16(s + 48);
    // A byte >= 0x80 sets a high bit of the OR; a NUL byte makes the unsigned minimum zero.
    const __m128i any = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
    const __m128i min = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
    text = _mm_movemask_epi8(_mm_or_si128(any, _mm_cmpeq_epi8(min, _mm_setzero_si128()))) == 0;
    return structural_lane(a, 0) | structural_lane(b, 16) | structural_lane(c, 32) |
           structural_lane(d, 48);
  }
#endif
  std::uint64_t mask = 0;
  text = true;
  for (std::size_t i = 0; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ',' || b == '\n' || b == '"') mask |= std::uint64_t{1} << i;
    if (b == 0 || b >= 0x80) text = false;
  }
  return mask;
}

}  // namespace

// ---------------------------------------------------------------- CsvCursor

CsvCursor::CsvCursor(const CsvFile& file, const CsvChunk& chunk)
    : file_(&file), data_(chunk.bytes), line_(chunk.first_line) {}

// The first ',', '\n' or '"' at or after `pos`, or the end of the data. The common case, a
// hit in the current block, is small enough to inline.
inline std::size_t CsvCursor::next_structural(std::size_t pos) {
  if (pos < block_end_) {
    const std::uint64_t rest = block_mask_ >> (pos - block_pos_);
    if (rest != 0) [[likely]] return pos + static_cast<std::size_t>(std::countr_zero(rest));
    pos = block_end_;
  }
  return next_structural_in_new_block(pos);
}

constexpr std::size_t kReadAhead = 2048;

// Works through the data in 64-byte blocks whose bits are found 16 bytes at a time.
// Consecutive blocks of plain ASCII extend the range [ascii_begin_, ascii_end_).
std::size_t CsvCursor::next_structural_in_new_block(std::size_t pos) {
  for (;;) {
    if (pos >= data_.size()) return data_.size();
    // A block starts where the last one ended unless `pos` is far beyond: the ASCII range then
    // stays unbroken when a closing quote skips a byte or two.
    const std::size_t base = pos - block_end_ < 64 ? block_end_ : pos;
    block_pos_ = base;
    block_end_ = std::min(base + 64, data_.size());
    bool ascii = false;
    // The file is read at memory speed only if it is asked for ahead: the hardware prefetcher
    // stops at each 4 KiB page.
    if (base + kReadAhead < data_.size()) __builtin_prefetch(data_.data() + base + kReadAhead);
    block_mask_ = structural_mask(data_.data() + base, block_end_ - base, ascii);
    if (!ascii) {
      ascii_begin_ = ascii_end_ = block_end_;
    } else {
      if (base != ascii_end_) ascii_begin_ = base;
      ascii_end_ = block_end_;
    }
    const std::uint64_t rest = block_mask_ >> (pos - base);
    if (rest != 0) return pos + static_cast<std::size_t>(std::countr_zero(rest));
    pos = block_end_;
  }
}

// The first ',' or '\n' at or after `pos` (outside quotes, where a quote is literal).
[[gnu::always_inline]] inline std::size_t CsvCursor::next_separator(std::size_t pos) {
  for (;;) {
    pos = next_structural(pos);
    if (pos >= data_.size() || data_[pos] != '"') [[likely]] return pos;
    ++pos;
  }
}

// A quoted field still open at the end of the data, in the record that starts at `start`.
void CsvCursor::fail_unclosed(std::size_t start, std::uint64_t line) const {
  // A binary file is better reported as such than as a stray quote.
  require_text(file_->name(), data_.substr(start), line);
  throw InputError(located(file_->name(), line, "quoted field never closed"));
}

void CsvCursor::fail_field_too_long(std::size_t field, std::size_t size, std::uint64_t line) const {
  throw InputError(located(file_->name(), line,
                           "field " + std::to_string(field) + " is " + std::to_string(size) +
                               " bytes long, more than the 1 MiB a field may hold (is it a CSV export?)"));
}

// The rare checks of a record, out of the fast path: its text when it is not all ASCII (a NUL
// byte stops the file, invalid UTF-8 makes the record a problem), and its size when it is
// longer than a field may be.
void CsvCursor::check_record(CsvRecord& record) const {
  if (record.raw.size() > kMaxFieldBytes) {  // the field at fault first: it says more than the record
    for (std::size_t k = 0; k < field_count_; ++k) {
      if (fields_[k].size() > kMaxFieldBytes) fail_field_too_long(k + 1, fields_[k].size(), record.line);
    }
    if (record.raw.size() > kMaxRecordBytes) {
      throw InputError(located(file_->name(), record.line,
                               "record is " + std::to_string(record.raw.size()) +
                                   " bytes long, more than the 4 MiB a record may hold (is it a CSV export?)"));
    }
  }
  const TextCheck check = check_text(record.raw);
  if (check.fault == TextFault::nul_byte) {
    throw InputError(located(file_->name(), record.line + count_lf(record.raw.substr(0, check.offset)),
                             "not a text file (NUL byte)" + nul_advice(file_->bytes())));
  }
  if (check.fault == TextFault::invalid_utf8) {
    record.problem = invalid_utf8_reason(record.raw, check.offset, record.line);
    record.invalid_utf8 = true;
  }
}

// Adds a quoted field's content with each doubled quote made single.
void CsvCursor::add_unescaped(std::string_view content) {
  const std::size_t offset = scratch_.size();
  for (std::size_t i = 0; i < content.size(); ++i) {
    scratch_.push_back(content[i]);
    if (content[i] == '"') ++i;
  }
  unescaped_.push_back({field_count_, offset, scratch_.size() - offset});
  push_field({});
}

// Skips text between a closing quote and the separator at or after `after`, which makes the
// record a problem, and returns the separator.
std::size_t CsvCursor::skip_after_quote(std::size_t after, CsvRecord& record) {
  const std::size_t separator = next_separator(after);
  const bool line_end_cr = separator < data_.size() && data_[separator - 1] == '\r';
  if (separator - (line_end_cr ? 1 : 0) > after && !record.problem) {
    record.problem = "text after closing quote in field " + std::to_string(field_count_);
  }
  return separator;
}

// Parses the quoted field that opens at `open` (a record starting at `start`) and returns
// the position of the separator that ends it. Rare cases go to separate functions, which
// keeps this one light enough for files that quote every field.
inline std::size_t CsvCursor::parse_quoted(std::size_t start, std::size_t open,
                                           CsvRecord& record) {
  const char* d = data_.data();
  const std::size_t n = data_.size();
  std::size_t close = open + 1;
  bool doubled = false;
  for (;; ++close) {
    close = next_structural(close);
    if (close >= n) [[unlikely]] fail_unclosed(start, record.line);
    if (d[close] == '"') {
      if (close + 1 >= n || d[close + 1] != '"') break;
      doubled = true;
      ++close;  // the second quote of a pair
    } else if (d[close] == '\n') {
      ++line_;
    }
  }
  const std::string_view content(d + open + 1, close - open - 1);
  if (content.size() > kMaxFieldBytes) [[unlikely]] fail_field_too_long(field_count_ + 1, content.size(), record.line);
  if (doubled) [[unlikely]] {
    add_unescaped(content);
  } else {
    push_field(content);
  }
  const std::size_t after = close + 1;
  if (after >= n || d[after] == ',' || d[after] == '\n') [[likely]] return after;
  return skip_after_quote(after, record);
}

// Makes room for more fields: fields_ is kept at its full size, field_count_ of them in use.
void CsvCursor::grow_fields() { fields_.resize(std::max<std::size_t>(16, 2 * fields_.size())); }

// The common record, with no quote: its fields end at the commas before its line end, found from
// the structural bits of its blocks, held in registers. Returns the separator that ends the record
// (its line feed, or the end of the data), or npos at a quote: the record then goes the general
// way, from its start again.
inline std::size_t CsvCursor::split_unquoted(std::size_t start) {
  const char* d = data_.data();
  const std::size_t n = data_.size();
  std::string_view* out = fields_.data();
  std::size_t count = 0;
  std::size_t room = fields_.size();
  const auto push = [&](std::string_view field) {
    if (count == room) [[unlikely]] {
      grow_fields();
      out = fields_.data();
      room = fields_.size();
    }
    out[count++] = field;
  };
  // The structural bits of the current block at or after `start`, each cleared once dealt with.
  std::size_t base = block_pos_;
  std::uint64_t bits = 0;
  if (start < block_end_ && start >= base) bits = block_mask_ & (~std::uint64_t{0} << (start - base));
  std::size_t field = start;
  for (;;) {
    std::size_t pos;
    if (bits != 0) [[likely]] {
      pos = base + static_cast<std::size_t>(std::countr_zero(bits));
      bits &= bits - 1;
    } else {
      // Blocks follow on from the last one (which keeps the range known to be ASCII unbroken).
      pos = next_structural_in_new_block(std::max(field, block_end_));
      if (pos >= n) {
        push(std::string_view(d + field, n - field));
        field_count_ = count;
        return n;
      }
      base = block_pos_;
      bits = block_mask_ & (~std::uint64_t{0} << (pos - base));
      bits &= bits - 1;
    }
    const char c = d[pos];
    if (c == ',') [[likely]] {
      push(std::string_view(d + field, pos - field));
      field = pos + 1;
    } else if (c == '\n') {
      const std::size_t last = pos > field && d[pos - 1] == '\r' ? pos - 1 : pos;  // drop the CR of a CRLF
      push(std::string_view(d + field, last - field));
      field_count_ = count;
      return pos;
    } else {
      block_end_ = 0;  // the general way starts before this block: it finds its blocks again
      return std::string_view::npos;
    }
  }
}

bool CsvCursor::next(CsvRecord& record) {
  const char* d = data_.data();
  const std::size_t n = data_.size();
  std::size_t p = pos_;
  for (;;) {  // blank lines
    if (p < n && d[p] == '\n') {
      ++p;
    } else if (p + 1 < n && d[p] == '\r' && d[p + 1] == '\n') {
      p += 2;
    } else {
      break;
    }
    ++line_;
  }
  if (p >= n) {
    pos_ = n;
    return false;
  }

  const std::size_t start = p;
  record.line = line_;
  record.problem.reset();
  record.invalid_utf8 = false;
  std::size_t separator = split_unquoted(start);
  if (separator == std::string_view::npos) [[unlikely]] {
    field_count_ = 0;  // the fields split_unquoted found before the quote are found again
    scratch_.clear();
    unescaped_.clear();
    for (;;) {
      if (p < n && d[p] == '"') {
        separator = parse_quoted(start, p, record);
        if (separator >= n || d[separator] != ',') break;
        p = separator + 1;
        continue;
      }
      separator = next_separator(p);
      if (separator < n && d[separator] == ',') {
        push_field(std::string_view(d + p, separator - p));
        p = separator + 1;
        continue;
      }
      std::size_t end = separator;  // the record's last field: drop the CR of a CRLF
      if (separator < n && end > p && d[end - 1] == '\r') --end;
      push_field(std::string_view(d + p, end - p));
      break;
    }
    for (const Unescaped& u : unescaped_) {
      fields_[u.field] = std::string_view(scratch_.data() + u.offset, u.size);
    }
  }

  std::size_t raw_end = separator;
  if (separator < n) {
    if (d[separator - 1] == '\r') --raw_end;
    pos_ = separator + 1;
    ++line_;
  } else {
    pos_ = n;
  }
  record.raw = std::string_view(d + start, raw_end - start);
  record.fields = std::span<const std::string_view>(fields_.data(), field_count_);
  if (start < ascii_begin_ || raw_end > ascii_end_ || raw_end - start > kMaxFieldBytes) [[unlikely]] {
    check_record(record);
  }
  return true;
}

// ---------------------------------------------------------------- header

std::vector<std::string> read_header(const CsvFile& file, CsvChunk& body) {
  const std::string_view all = file.bytes();
  CsvCursor cursor(file, CsvChunk{all, 1});
  CsvRecord record;
  if (!cursor.next(record)) throw InputError(located(file.name(), 1, "empty file (no header row)"));
  // A malformed header cannot become a reject row: the file is unusable.
  if (record.problem) {
    throw InputError(located(file.name(), record.line,
                             *record.problem + (record.invalid_utf8 ? encoding_advice(all) : std::string())));
  }
  std::vector<std::string> names(record.fields.begin(), record.fields.end());

  // The raw bytes end where the line end starts: "\r\n", "\n" or nothing.
  std::size_t rest = static_cast<std::size_t>(record.raw.data() + record.raw.size() - all.data());
  std::uint64_t line = record.line + count_lf(record.raw);
  if (rest < all.size()) {
    rest += all[rest] == '\r' ? 2 : 1;
    ++line;
  }
  body = CsvChunk{all.substr(rest), line};
  return names;
}

}  // namespace reticulist::io

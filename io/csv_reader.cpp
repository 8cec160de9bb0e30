#include "io/csv_reader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/error.hpp"
#include "io/utf8.hpp"

namespace reticulist::io {
namespace {

// ---------------------------------------------------------------- byte masks
// Bit i of a mask stands for byte i of a block of at most 64 bytes.

struct BlockMasks {
  std::uint64_t quote = 0;
  std::uint64_t comma = 0;
  std::uint64_t lf = 0;
};

#if defined(__SSE2__)
__m128i load16(const char* s) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s)); }

std::uint64_t movemask(__m128i bytes, int shift) {
  return std::uint64_t{static_cast<std::uint32_t>(_mm_movemask_epi8(bytes))} << shift;
}

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

// ---------------------------------------------------------------- errors

// Line feeds in `s`. 64 bytes a step: each byte lane of `counts` counts the line feeds it sees (a
// match is 0xFF, minus one) for up to 63 steps before the lanes are summed, so a step costs a few
// instructions (split_chunks counts the lines of whole files).
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

// `bytes` start at the beginning of physical line `line`.
void require_text(const std::string& file, std::string_view bytes, std::uint64_t line) {
  const TextCheck check = check_text(bytes);
  if (check.fault == TextFault::none) return;
  const std::string_view before = bytes.substr(0, check.offset);
  line += count_lf(before);
  if (check.fault == TextFault::nul_byte) {
    throw InputError(located(file, line, "not a text file (NUL byte)"));
  }
  const std::size_t line_start = before.rfind('\n');
  const std::size_t column =
      line_start == std::string_view::npos ? check.offset + 1 : check.offset - line_start;
  char byte[3];
  std::snprintf(byte, sizeof byte, "%02X", static_cast<unsigned char>(bytes[check.offset]));
  throw InputError(located(file, line, std::string("invalid UTF-8 (byte 0x") + byte +
                                           " at column " + std::to_string(column) + ")"));
}

std::string system_message(int err) { return std::system_category().message(err); }

}  // namespace

// ---------------------------------------------------------------- CsvFile

struct CsvFile::Impl {
  std::string name;
  std::string owned;  // from_string, or a file that cannot be mapped (a pipe)
  void* map = nullptr;
  std::size_t map_size = 0;
  std::string_view bytes;
  bool had_bom = false;

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    if (map != nullptr) ::munmap(map, map_size);
  }

  void set_content(std::string_view all) {
    had_bom = all.substr(0, 3) == "\xEF\xBB\xBF";
    bytes = had_bom ? all.substr(3) : all;
  }
};

CsvFile::CsvFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CsvFile::CsvFile(CsvFile&&) noexcept = default;
CsvFile& CsvFile::operator=(CsvFile&&) noexcept = default;
CsvFile::~CsvFile() = default;

CsvFile CsvFile::open(const std::filesystem::path& path) {
  auto impl = std::make_unique<Impl>();
  impl->name = path.string();
  const auto fail = [&](int err) {
    throw InputError(located(impl->name, 0, "cannot open: " + system_message(err)));
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};

  struct stat st {};
  if (::fstat(fd, &st) != 0) fail(errno);
  if (S_ISDIR(st.st_mode)) fail(EISDIR);
  if (S_ISREG(st.st_mode)) {
    if (st.st_size > 0) {  // mmap refuses a length of 0
      const auto size = static_cast<std::size_t>(st.st_size);
      // The page tables are filled at once (the file is read ahead if it is not cached), rather
      // than a fault at a time by the parsing threads; a file too large for that is mapped lazily.
      constexpr std::size_t kPopulateUpTo = std::size_t{4} << 30;
      void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | (size <= kPopulateUpTo ? MAP_POPULATE : 0), fd, 0);
      if (map == MAP_FAILED) fail(errno);
      impl->map = map;
      impl->map_size = size;
      impl->set_content(std::string_view(static_cast<const char*>(map), size));
    }
  } else {
    char buffer[1 << 16];
    for (;;) {
      const ::ssize_t got = ::read(fd, buffer, sizeof buffer);
      if (got == 0) break;
      if (got < 0) {
        if (errno == EINTR) continue;
        fail(errno);
      }
      impl->owned.append(buffer, static_cast<std::size_t>(got));
    }
    impl->set_content(impl->owned);
  }
  return CsvFile(std::move(impl));
}

CsvFile CsvFile::from_string(std::string bytes, std::string display_name) {
  auto impl = std::make_unique<Impl>();
  impl->name = std::move(display_name);
  impl->owned = std::move(bytes);
  impl->set_content(impl->owned);
  return CsvFile(std::move(impl));
}

const std::string& CsvFile::name() const { return impl_->name; }
std::string_view CsvFile::bytes() const { return impl_->bytes; }
bool CsvFile::had_bom() const { return impl_->had_bom; }

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
  if (start < ascii_begin_ || raw_end > ascii_end_) [[unlikely]] {
    require_text(file_->name(), record.raw, record.line);
  }
  record.fields = std::span<const std::string_view>(fields_.data(), field_count_);
  return true;
}

// ---------------------------------------------------------------- header and chunks

std::vector<std::string> read_header(const CsvFile& file, CsvChunk& body) {
  const std::string_view all = file.bytes();
  CsvCursor cursor(file, CsvChunk{all, 1});
  CsvRecord record;
  if (!cursor.next(record)) throw InputError(located(file.name(), 1, "empty file (no header row)"));
  // A malformed header cannot become a reject row: the file is unusable.
  if (record.problem) throw InputError(located(file.name(), record.line, *record.problem));
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

#pragma once
// RFC 4180 CSV reading, fast enough for national exports (hundreds of MB).
//
// A CsvFile owns the file's bytes (csv_file.hpp). Its body can be split into chunks at record
// boundaries (csv_chunks.hpp) so that several threads parse one file, each chunk with a CsvCursor.
//
// Dialect: ',' separates fields; a field that starts with '"' is quoted and may hold ',', ""
// (for one ") and line breaks; a '"' anywhere else is literal. Records end at "\n" or "\r\n"
// outside quotes; a CR elsewhere is data. Fields are handed out unescaped but not trimmed;
// line numbers are 1-based physical lines (a record with an embedded line break reports the
// line it starts on); error columns count bytes from the start of the line (after a BOM).
//
// Limits: a field may hold at most kMaxFieldBytes (1 MiB) and a record kMaxRecordBytes (4 MiB);
// beyond, the file is taken for something other than a CSV export (or a quote left open) and
// reading stops with its file and line, before anything is copied.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_chunks.hpp"
#include "io/csv_file.hpp"

namespace reticulist::io {

inline constexpr std::size_t kMaxFieldBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxRecordBytes = std::size_t{4} << 20;

// One record. `fields` and `raw` stay valid until the cursor moves on; `raw` is the record's
// bytes exactly as in the file, without its line end.
struct CsvRecord {
  std::span<const std::string_view> fields;
  std::uint64_t line = 0;
  std::string_view raw;
  // Set when the record is malformed but the file can go on (text after a closing quote,
  // e.g. `"ab"c`): the reason, for a reject row. Fields are then best effort.
  std::optional<std::string> problem;
  // The problem is invalid UTF-8 ("invalid UTF-8 (byte 0xE9 at column 12)"): the caller decides
  // whether the file can go on (ingest.hpp says when).
  bool invalid_utf8 = false;
};

// Reads the header record. Names are returned as in the file (the caller trims/lowercases).
// `body` receives the chunk after the header. Throws InputError "<file>:1: empty file (no
// header row)" when there is no record, the errors of CsvCursor::next, and the record's
// problem ("<file>:1: text after closing quote in field 2"): a header cannot be a reject.
std::vector<std::string> read_header(const CsvFile& file, CsvChunk& body);

// Iterates the records of one chunk. Blank lines (nothing but a line end) are skipped.
// A record with invalid UTF-8 comes with that problem (CsvRecord::invalid_utf8). Throws
// InputError naming file and line when the file cannot be read on: a NUL byte ("<file>:<line>:
// not a text file (NUL byte)"), a quoted field still open at the end of the data
// ("<file>:<line>: quoted field never closed"), a field or record over the limits
// ("<file>:<line>: field 3 is 10485760 bytes long, more than the 1 MiB a field may hold").
class CsvCursor {
 public:
  CsvCursor(const CsvFile& file, const CsvChunk& chunk);
  // Moves to the next record; false at the end of the chunk.
  bool next(CsvRecord& record);

 private:
  // A field whose unescaped text lives in scratch_; its view is made once the record is
  // complete, because appending to scratch_ may move its buffer.
  struct Unescaped {
    std::size_t field;
    std::size_t offset;
    std::size_t size;
  };

  std::size_t split_unquoted(std::size_t start);
  void push_field(std::string_view field) {
    if (field_count_ == fields_.size()) [[unlikely]] grow_fields();
    fields_[field_count_++] = field;
  }
  void grow_fields();
  std::size_t next_structural(std::size_t pos);
  std::size_t next_structural_in_new_block(std::size_t pos);
  std::size_t next_separator(std::size_t pos);
  std::size_t parse_quoted(std::size_t start, std::size_t open, CsvRecord& record);
  [[noreturn]] void fail_unclosed(std::size_t start, std::uint64_t line) const;
  [[noreturn]] void fail_field_too_long(std::size_t field, std::size_t size, std::uint64_t line) const;
  void check_record(CsvRecord& record) const;
  void add_unescaped(std::string_view content);
  std::size_t skip_after_quote(std::size_t after, CsvRecord& record);

  const CsvFile* file_;
  std::string_view data_;
  std::size_t pos_ = 0;
  std::uint64_t line_;
  std::vector<std::string_view> fields_;  // kept at its full size: field_count_ in use
  std::size_t field_count_ = 0;
  std::string scratch_;  // unescaped text of the fields that held doubled quotes
  std::vector<Unescaped> unescaped_;
  // The current block of up to 64 bytes: bit i of block_mask_ is set when byte block_pos_ + i
  // is ',', '\n' or '"'.
  std::size_t block_pos_ = 0;
  std::size_t block_end_ = 0;
  std::uint64_t block_mask_ = 0;
  // Bytes known to be ASCII without NUL, which need no UTF-8 check.
  std::size_t ascii_begin_ = 0;
  std::size_t ascii_end_ = 0;
};

}  // namespace reticulist::io

#pragma once
// RFC 4180 in both directions, as small as the generator needs: a whole-file reader for the
// establishment register (a few hundred rows) and a buffered writer for the outputs, which
// writes `<path>.tmp` and renames it into place on close, so a failed run leaves nothing
// half-written under the real name.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::generate {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<long> lines;  // physical line each row starts on, for messages
};

// Reads a whole CSV file: optional UTF-8 byte-order mark, CRLF or LF, quoted fields with
// doubled quotes and embedded line breaks. Throws std::runtime_error "path:line: reason".
CsvTable read_csv(const std::filesystem::path& path);
CsvTable parse_csv(std::string_view text, const std::string& name);

// The field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF (and, to
// keep them visible, leading or trailing spaces), with inner quotes doubled.
std::string csv_field(std::string_view value);
void append_csv_field(std::string& out, std::string_view value);

class CsvWriter {
 public:
  explicit CsvWriter(std::filesystem::path path);
  ~CsvWriter();  // an unclosed writer removes its temporary file
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  // Appends already-escaped text; flushes in large blocks.
  void raw(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= kFlushAt) flush();
  }
  void row(const std::vector<std::string>& fields);  // escapes each field, ends with LF
  std::uint64_t bytes_written() const { return written_ + buffer_.size(); }
  void close();  // flush, fsync-free close, rename over the final name

 private:
  static constexpr std::size_t kFlushAt = std::size_t{1} << 22;
  void flush();
  std::filesystem::path path_;
  std::filesystem::path tmp_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  std::uint64_t written_ = 0;
};

// Writes a small text file the same way (temporary name, then rename).
void write_text_file(const std::filesystem::path& path, std::string_view text);

}  // namespace reticulist::generate

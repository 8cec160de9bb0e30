#pragma once
// The bytes of a CSV file for the reader (csv_reader.hpp), always UTF-8: memory-mapped, or read into
// memory when the file cannot be mapped (a pipe), with a UTF-8 byte-order mark set aside. A file
// that starts with a UTF-16 byte-order mark, or that is declared in another encoding, is converted
// to UTF-8 in memory (text_encoding.hpp); a byte-order mark wins over the declared encoding.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace reticulist::io {

class CsvFile {
 public:
  // Maps the file (reads it, when it is a pipe). `encoding` is an iconv name; empty or UTF-8
  // needs no conversion. Throws InputError "<path>: cannot open: <reason>" when it cannot be
  // read, and the conversion's errors (text_encoding.hpp).
  static CsvFile open(const std::filesystem::path& path, const std::string& encoding = {});
  // For tests and in-memory data: `display_name` stands for the path in messages.
  static CsvFile from_string(std::string bytes, std::string display_name, const std::string& encoding = {});

  CsvFile(CsvFile&&) noexcept;
  CsvFile& operator=(CsvFile&&) noexcept;
  ~CsvFile();

  const std::string& name() const;      // path or display name, as messages show it
  std::string_view bytes() const;       // whole content in UTF-8, after its byte-order mark if any
  bool had_bom() const;                 // any byte-order mark, UTF-8 or UTF-16

 private:
  struct Impl;
  explicit CsvFile(std::unique_ptr<Impl>);
  std::unique_ptr<Impl> impl_;
};

}  // namespace reticulist::io

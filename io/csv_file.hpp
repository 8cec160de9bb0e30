#pragma once
// The bytes of a CSV file for the reader (csv_reader.hpp): memory-mapped, or read into memory when
// the file cannot be mapped (a pipe), with a UTF-8 byte-order mark set aside.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace reticulist::io {

class CsvFile {
 public:
  // Maps the file (reads it, when it is a pipe). Throws InputError
  // "<path>: cannot open: <reason>" when it cannot be read.
  static CsvFile open(const std::filesystem::path& path);
  // For tests and in-memory data: `display_name` stands for the path in messages.
  static CsvFile from_string(std::string bytes, std::string display_name);

  CsvFile(CsvFile&&) noexcept;
  CsvFile& operator=(CsvFile&&) noexcept;
  ~CsvFile();

  const std::string& name() const;      // path or display name, as messages show it
  std::string_view bytes() const;       // whole content after a UTF-8 byte-order mark, if any
  bool had_bom() const;

 private:
  struct Impl;
  explicit CsvFile(std::unique_ptr<Impl>);
  std::unique_ptr<Impl> impl_;
};

}  // namespace reticulist::io

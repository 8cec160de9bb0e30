#pragma once
// CSV and JSON renderings of a report::Table (outputs.md).
//
// CSV: RFC 4180, UTF-8 without byte-order mark, one header row of column names, LF line ends,
// NA as `NA`, a suppressed cell as `[c]`; a field is quoted only when it holds a comma, a quote, CR or LF, or starts or
// ends with a space or tab; quotes inside are doubled.
// JSON: {"<table name>": [{"<column>": value, ...}, ...]}, one row per line, keys in column
// order, null for NA, "[c]" for a suppressed cell, numbers with the same digits as the CSV.
// Text that is not valid UTF-8 is written with U+FFFD for each bad sequence, in both.
//
// Both stream row by row through a small buffer, so a table of millions of rows is never held
// twice, and both are deterministic. The stream variants leave stream errors to the caller;
// the file variants write `<path>.tmp` and rename it, throwing InputError on failure.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "engine/report/table.hpp"

namespace reticulist::io {

void write_csv(const report::Table& table, std::ostream& out);
void write_json(const report::Table& table, std::ostream& out);
void write_csv_file(const report::Table& table, const std::filesystem::path& path);
void write_json_file(const report::Table& table, const std::filesystem::path& path);

// Building blocks for writers of other tabular files (rejects, lists).
void append_csv_field(std::string& out, std::string_view field);
void append_json_string(std::string& out, std::string_view text);

}  // namespace reticulist::io

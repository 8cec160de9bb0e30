// Fuzz target: the CSV reader (io/csv_reader, io/csv_chunks), bytes in, records out.
//
// Invariants, besides "no crash, no sanitizer report":
// - errors are InputError naming the file ("f.csv:<line>: ...");
// - every record's raw text is the file's bytes from the start of its physical line, followed by
//   a line end or the end of the file, and its line number counts the line feeds before it;
//   records come in file order and what lies between them is only line ends (blank lines);
// - a record without a problem, written back in quoted CSV, reads back as the same fields;
// - the body split into 2 and into 3 chunks (split_chunks, which ingest uses to parse on several
//   threads) tiles it, each chunk counts at least its records, and the chunks read one after the
//   other give exactly the records and the error of one cursor over the whole body.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.hpp"
#include "fuzz_support.hpp"
#include "io/csv_chunks.hpp"
#include "io/csv_reader.hpp"

namespace reticulist::fuzz {
namespace {

struct Row {
  std::vector<std::string> fields;
  std::uint64_t line = 0;
  std::string_view raw;  // into the file's bytes
  std::optional<std::string> problem;
  bool operator==(const Row&) const = default;
};

struct Parse {
  std::vector<Row> rows;
  std::optional<std::string> error;
  bool operator==(const Parse&) const = default;
};

Parse read(const io::CsvFile& file, const std::vector<io::CsvChunk>& chunks) {
  Parse out;
  io::CsvRecord record;
  try {
    for (const io::CsvChunk& chunk : chunks) {
      io::CsvCursor cursor(file, chunk);
      std::uint64_t records = 0;
      while (cursor.next(record)) {
        ++records;
        out.rows.push_back({{record.fields.begin(), record.fields.end()}, record.line, record.raw, record.problem});
      }
      require(chunk.max_records == 0 || records <= chunk.max_records, "a chunk counts at least its records");
    }
  } catch (const InputError& e) {
    out.error = e.what();
  }
  return out;
}

std::string quoted_csv(const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& field : fields) {
    if (!out.empty()) out += ',';
    out += '"';
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out + "\n";
}

bool only_line_ends(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r'; });
}

void check_records(const io::CsvFile& file, const io::CsvChunk& body, const Parse& parse) {
  const std::string_view bytes = file.bytes();
  const char* previous_end = body.bytes.data();
  for (const Row& row : parse.rows) {
    const std::string detail = "line " + std::to_string(row.line) + " raw [" + std::string(row.raw) + "]";
    require(row.raw.data() >= previous_end && row.raw.data() + row.raw.size() <= body.bytes.data() + body.bytes.size(),
            "records lie in the body, in order", detail);
    require(only_line_ends({previous_end, static_cast<std::size_t>(row.raw.data() - previous_end)}),
            "only blank lines between records", detail);
    const auto offset = static_cast<std::size_t>(row.raw.data() - bytes.data());
    require(offset == 0 || bytes[offset - 1] == '\n', "a record starts a physical line", detail);
    require(row.line == 1 + static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n')),
            "the line number counts the line feeds before the record", detail);
    const std::string_view after = bytes.substr(offset + row.raw.size());
    require(after.empty() || after.starts_with("\n") || after.starts_with("\r\n"),
            "raw ends at a line end or the end of the file", detail);
    require(!row.fields.empty(), "a record has a field", detail);
    if (!row.problem) {
      const io::CsvFile again = io::CsvFile::from_string(quoted_csv(row.fields), "again.csv");
      const Parse back = read(again, {io::CsvChunk{again.bytes(), 1}});
      require(!back.error && back.rows.size() == 1 && back.rows[0].fields == row.fields && !back.rows[0].problem,
              "fields written back as quoted CSV read back the same", detail);
    }
    previous_end = row.raw.data() + row.raw.size();
  }
}

}  // namespace
}  // namespace reticulist::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reticulist;
  using fuzz::require;
  // A byte-order mark makes the file UTF-16, converted when it is opened: a lone surrogate or an
  // odd byte count is an error there, naming the file and line.
  std::optional<io::CsvFile> opened;
  try {
    opened.emplace(io::CsvFile::from_string(std::string(reinterpret_cast<const char*>(data), size), "f.csv"));
  } catch (const InputError& e) {
    require(std::string_view(e.what()).starts_with("f.csv:"), "an encoding error names the file", e.what());
    return 0;
  }
  const io::CsvFile& file = *opened;
  io::CsvChunk body;
  try {
    io::read_header(file, body);
  } catch (const InputError& e) {
    require(std::string_view(e.what()).starts_with("f.csv:"), "a header error names the file", e.what());
    return 0;
  }
  const std::string_view bytes = file.bytes();
  require(body.bytes.data() >= bytes.data() && body.bytes.data() + body.bytes.size() == bytes.data() + bytes.size(),
          "the body is the rest of the file");
  require(body.first_line == 1 + static_cast<std::uint64_t>(std::count(bytes.data(), body.bytes.data(), '\n')),
          "the body's first line counts the line feeds before it");

  const fuzz::Parse whole = fuzz::read(file, {body});
  if (whole.error) {
    require(whole.error->starts_with("f.csv:"), "an error names the file", *whole.error);
  }
  fuzz::check_records(file, body, whole);

  for (unsigned parts : {2u, 3u}) {
    const std::vector<io::CsvChunk> chunks = io::split_chunks(body, parts, 1);
    require(!chunks.empty() && chunks.size() <= parts, "split_chunks gives 1..parts chunks");
    const char* next = body.bytes.data();
    std::uint64_t line = body.first_line;
    for (const io::CsvChunk& chunk : chunks) {
      require(chunk.bytes.data() == next, "chunks tile the body");
      require(chunk.first_line == line, "a chunk's first line counts the line feeds before it");
      next += chunk.bytes.size();
      line += static_cast<std::uint64_t>(std::count(chunk.bytes.begin(), chunk.bytes.end(), '\n'));
    }
    require(next == body.bytes.data() + body.bytes.size(), "chunks cover the body");
    const fuzz::Parse split = fuzz::read(file, chunks);
    if (!(split == whole)) {
      require(false, "chunks read as one cursor",
              std::to_string(parts) + " parts: " + std::to_string(split.rows.size()) + " records, error [" +
                  split.error.value_or("") + "]; one cursor: " + std::to_string(whole.rows.size()) +
                  " records, error [" + whole.error.value_or("") + "]");
    }
  }
  return 0;
}

#include "io/csv_reader.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace reticulist::io {
namespace {

struct Row {
  std::vector<std::string> fields;
  std::uint64_t line = 0;
  std::string raw;
  std::optional<std::string> problem;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Row& row) {
  os << "line " << row.line << " raw [" << row.raw << "] fields";
  for (const std::string& f : row.fields) os << " [" << f << "]";
  if (row.problem) os << " problem: " << *row.problem;
  return os;
}

// Copies each record while its views are valid.
std::vector<Row> read_chunk(const CsvFile& file, const CsvChunk& chunk) {
  std::vector<Row> rows;
  CsvCursor cursor(file, chunk);
  CsvRecord record;
  while (cursor.next(record)) {
    rows.push_back({std::vector<std::string>(record.fields.begin(), record.fields.end()),
                    record.line, std::string(record.raw), record.problem});
  }
  return rows;
}

std::vector<Row> parse(const std::string& text) {
  const CsvFile file = CsvFile::from_string(text, "t.csv");
  return read_chunk(file, CsvChunk{file.bytes(), 1});
}

std::vector<std::string> fields(const std::string& text) {
  const std::vector<Row> rows = parse(text);
  REQUIRE(rows.size() == 1);
  return rows[0].fields;
}

using Fields = std::vector<std::string>;

// The message of the InputError that parsing `text` throws, or "no error".
std::string error(const std::string& text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    return std::string(e.what());
  }
  return std::string("no error");
}

}  // namespace

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line breaks", "[csv]") {
  CHECK(fields("a,\"b,c\",d\n") == Fields{"a", "b,c", "d"});
  CHECK(fields("\"say \"\"hi\"\"\",x") == Fields{"say \"hi\"", "x"});
  CHECK(fields("\"\"\"\",\"\",\"a\"\"\"") == Fields{"\"", "", "a\""});
  CHECK(fields("\"one\ntwo\",\"three\r\nfour\"\r\n") == Fields{"one\ntwo", "three\r\nfour"});
}

TEST_CASE("csv: LF and CRLF files give the same records without their line ends", "[csv]") {
  const std::vector<Row> lf = parse("a,b\n1,2\n");
  const std::vector<Row> crlf = parse("a,b\r\n1,2\r\n");
  REQUIRE(lf.size() == 2);
  CHECK(lf == crlf);
  CHECK(lf[1] == Row{{"1", "2"}, 2, "1,2", std::nullopt});
  CHECK(fields("a,\r\n") == Fields{"a", ""});
  CHECK(fields("\"q\"\r\n") == Fields{"q"});
  CHECK(fields("a\rb,c\n") == Fields{"a\rb", "c"});  // a CR that ends no line is data
}

TEST_CASE("csv: the final record may lack a line end", "[csv]") {
  const std::vector<Row> rows = parse("a,b\n1,2");
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == Row{{"1", "2"}, 2, "1,2", std::nullopt});
  CHECK(fields("\"x\"") == Fields{"x"});
  CHECK(parse("").empty());
}

TEST_CASE("csv: blank lines are skipped but counted", "[csv]") {
  const std::vector<Row> rows = parse("\na\n\n\r\nb\n\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == Row{{"a"}, 2, "a", std::nullopt});
  CHECK(rows[1] == Row{{"b"}, 5, "b", std::nullopt});
}

TEST_CASE("csv: line numbers count the breaks inside quoted fields", "[csv]") {
  const std::vector<Row> rows = parse("h\n\"x\ny\r\nz\",1\nnext,2\n\"\n\"\nlast\n");
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].line == 1);
  CHECK(rows[1] == Row{{"x\ny\r\nz", "1"}, 2, "\"x\ny\r\nz\",1", std::nullopt});
  CHECK(rows[2].line == 5);
  CHECK(rows[3].line == 6);
  CHECK(rows[4].line == 8);
}

TEST_CASE("csv: fields are unescaped but not trimmed, empty fields are kept", "[csv]") {
  CHECK(fields("a,,b,") == Fields{"a", "", "b", ""});
  CHECK(fields(",") == Fields{"", ""});
  CHECK(fields(" a , \"b\"") == Fields{" a ", " \"b\""});  // quote after a space is literal
}

TEST_CASE("csv: a quote inside an unquoted field is literal", "[csv]") {
  const std::vector<Row> rows = parse("ab\"c,5'10\",x\"\"y\nnext\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == Fields{"ab\"c", "5'10\"", "x\"\"y"});
  CHECK_FALSE(rows[0].problem);
  CHECK(rows[1].fields == Fields{"next"});
}

TEST_CASE("csv: text after a closing quote is a problem of the record", "[csv]") {
  const std::vector<Row> rows = parse("\"ab\"c,d\nx,\"y\" ,\"z\"\"\"w\"v,e\r\n\"ok\"\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == Row{{"ab", "d"}, 1, "\"ab\"c,d", "text after closing quote in field 1"});
  CHECK(rows[1].problem == "text after closing quote in field 2");  // the first one counts
  CHECK(rows[1].fields == Fields{"x", "y", "z\"", "e"});
  CHECK(rows[1].raw == "x,\"y\" ,\"z\"\"\"w\"v,e");
  CHECK(rows[2] == Row{{"ok"}, 3, "\"ok\"", std::nullopt});
}

TEST_CASE("csv: views stay valid until the next record", "[csv]") {
  // Many unescaped fields, short (small-string) and long, all made in one scratch buffer.
  std::string text;
  Fields expected;
  for (int i = 0; i < 60; ++i) {
    const std::string body(static_cast<std::size_t>(i % 23), static_cast<char>('a' + i % 26));
    text += (i ? "," : "") + ("\"" + body + "\"\"\"");
    expected.push_back(body + "\"");
  }
  text += "\nplain,\"q\"\"\"\n";
  const CsvFile file = CsvFile::from_string(text, "t.csv");
  CsvCursor cursor(file, CsvChunk{file.bytes(), 1});
  CsvRecord record;
  REQUIRE(cursor.next(record));
  CHECK(Fields(record.fields.begin(), record.fields.end()) == expected);
  REQUIRE(cursor.next(record));
  CHECK(Fields(record.fields.begin(), record.fields.end()) == Fields{"plain", "q\""});
  CHECK_FALSE(cursor.next(record));
}

TEST_CASE("csv: errors name the file and line word for word", "[csv]") {
  CHECK(error("a,b\n1,\"open\n2,3\n") == "t.csv:2: quoted field never closed");
  CHECK(error("a,b\n\"x\"\"") == "t.csv:2: quoted field never closed");
  CHECK(error(std::string("a,b\n1,2\0x\n", 10)) == "t.csv:2: not a text file (NUL byte)");
  CHECK(error(std::string("a\n\"x\ny\0\"\n", 9)) == "t.csv:3: not a text file (NUL byte)");
  // A binary file is not a CSV file with a stray quote.
  CHECK(error(std::string("\"PK\0\x03", 5)) == "t.csv:1: not a text file (NUL byte)");
}

TEST_CASE("csv: invalid UTF-8 is a problem of its record, named by byte, line and column", "[csv]") {
  // Each text's first problem, with the line of its record: the file reads on after it.
  const auto problem = [](const std::string& text) {
    for (const Row& row : parse(text)) {
      if (row.problem) return std::to_string(row.line) + ": " + *row.problem;
    }
    return std::string("no problem");
  };
  CHECK(problem("name,town\nR\xF3n\xE1n,Oban\n") == "2: invalid UTF-8 (byte 0xF3 at column 2)");
  CHECK(problem("a\nabc,d\xC3(e\n") == "2: invalid UTF-8 (byte 0xC3 at column 6)");
  // The record starts on line 1; the bad byte is in its quoted field on line 2.
  CHECK(problem("a,\"b\nxx\xFF\"\n") == "1: invalid UTF-8 (byte 0xFF at line 2, column 3)");
  CHECK(problem("\xC0\xAF") == "1: invalid UTF-8 (byte 0xC0 at column 1)");  // overlong
  // A surrogate, a byte above F4, a sequence cut short by the end of the data.
  CHECK(problem("x,\xED\xA0\x80") == "1: invalid UTF-8 (byte 0xED at column 3)");
  CHECK(problem("x\n\n\xF5\x80\x80\x80") == "3: invalid UTF-8 (byte 0xF5 at column 1)");
  CHECK(problem("ok\nab\xE2\x82") == "2: invalid UTF-8 (byte 0xE2 at column 3)");
  CHECK(problem("x,\"" + std::string(100, 'a') + "\xFF\"\n") == "1: invalid UTF-8 (byte 0xFF at column 104)");
  // Past the ASCII fast path: the bad byte sits in the second 64-byte block of a record.
  CHECK(problem(std::string(70, 'a') + ",\x80\n") == "1: invalid UTF-8 (byte 0x80 at column 72)");

  // The records around a bad one are read as usual, and the bad one is split into its fields.
  const std::vector<Row> rows = parse("n,t\nA\xE9,x\nB,y\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == Row{{"A\xE9", "x"}, 2, "A\xE9,x", "invalid UTF-8 (byte 0xE9 at column 2)"});
  CHECK(rows[2] == Row{{"B", "y"}, 3, "B,y", {}});
}

TEST_CASE("csv: a field over 1 MiB or a record over 4 MiB stops reading at its line", "[csv]") {
  const std::string mib(kMaxFieldBytes, 'x');
  // Exactly 1 MiB is allowed, one byte more is not: unquoted, quoted, quoted with doubled quotes.
  CHECK(error("a,b\n1," + mib + "\n") == "no error");
  CHECK(error("a,b\n1," + mib + "y\n") ==
        "t.csv:2: field 2 is 1048577 bytes long, more than the 1 MiB a field may hold (is it a CSV export?)");
  CHECK(error("a,b\n1,\"" + mib + "\"\n") == "no error");
  CHECK(error("a,b\n\"" + mib + "\"\"\",2\n") ==
        "t.csv:2: field 1 is 1048578 bytes long, more than the 1 MiB a field may hold (is it a CSV export?)");
  // Four fields of 1 MiB and three commas: 3 bytes over 4 MiB.
  CHECK(error("a\n" + mib + "," + mib + "," + mib + "," + mib + "\n") ==
        "t.csv:2: record is 4194307 bytes long, more than the 4 MiB a record may hold (is it a CSV export?)");
}

TEST_CASE("csv: well-formed multi-byte UTF-8 is accepted", "[csv]") {
  CHECK(fields("R\xC3\xB3n\xC3\xA1n,G\xC3\xA0idhlig,\xF0\x9F\x98\x80,\"\xE2\x82\xAC\"\n") ==
        Fields{"R\xC3\xB3n\xC3\xA1n", "G\xC3\xA0idhlig", "\xF0\x9F\x98\x80", "\xE2\x82\xAC"});
}

TEST_CASE("csv: UTF-16 with a byte-order mark is read as UTF-8, lines kept", "[csv]") {
  // "dé,😀\n" in UTF-16: d, é (U+00E9), ',', U+1F600 as the surrogate pair D83D DE00, LF.
  const std::string le("\xFF\xFE" "d\0\xE9\0,\0\x3D\xD8\x00\xDE\n\0x\0", 16);
  const std::string be("\xFE\xFF" "\0d\0\xE9\0,\xD8\x3D\xDE\x00\0\n\0x", 16);
  for (const std::string& bytes : {le, be}) {
    const CsvFile file = CsvFile::from_string(bytes, "u16.csv");
    CHECK(file.had_bom());
    CHECK(file.bytes() == "d\xC3\xA9,\xF0\x9F\x98\x80\nx");
  }
  const auto error = [](const std::string& bytes) {
    try {
      CsvFile::from_string(bytes, "u16.csv");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  // A low surrogate alone on line 2, a high one followed by a letter, a file cut after a byte.
  CHECK(error(std::string("\xFF\xFE" "a\0\n\0\x00\xDC", 8)) == "u16.csv:2: invalid UTF-16 (lone surrogate 0xDC00)");
  CHECK(error(std::string("\xFE\xFF" "\xD8\x3D\0a", 6)) == "u16.csv:1: invalid UTF-16 (lone surrogate 0xD83D)");
  CHECK(error(std::string("\xFE\xFF" "\xD8\x3D", 4)) == "u16.csv:1: invalid UTF-16 (lone surrogate 0xD83D)");
  CHECK(error(std::string("\xFF\xFE" "a\0b", 5)) ==
        "u16.csv:1: invalid UTF-16 (odd number of bytes: the file is cut off)");
}

TEST_CASE("csv: UTF-16 without a byte-order mark stops as not text, with the encoding to give", "[csv]") {
  // "date,network\n" as UTF-16 LE, then BE: a NUL beside every letter.
  std::string le, be;
  for (char c : std::string("date,network\nx,y\n")) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  CHECK(error(le) == "t.csv:1: not a text file (NUL byte); it looks like UTF-16 without a byte-order mark: read "
                     "it with --encoding utf-16le");
  CHECK(error(be) == "t.csv:1: not a text file (NUL byte); it looks like UTF-16 without a byte-order mark: read "
                     "it with --encoding utf-16be");
  // Read so, it is its text.
  CHECK(CsvFile::from_string(le, "t.csv", "utf-16le").bytes() == "date,network\nx,y\n");
  // A stray NUL in UTF-8 text gets no such advice.
  CHECK(error(std::string("date,network\nx,y\0\n", 18)) == "t.csv:2: not a text file (NUL byte)");
}

TEST_CASE("csv: a declared legacy encoding is converted; a byte-order mark wins over it", "[csv]") {
  // Windows-1252: 0xE9 é, 0x92 ’ (U+2019), 0x80 € (U+20AC); ISO-8859-1: 0x92 is the control U+0092.
  const CsvFile cp1252 = CsvFile::from_string("Ren\xE9" "e O\x92Neil,\x80\n", "w.csv", "windows-1252");
  CHECK(cp1252.bytes() == "Ren\xC3\xA9" "e O\xE2\x80\x99Neil,\xE2\x82\xAC\n");
  const CsvFile latin1 = CsvFile::from_string("\xE9\x92", "l.csv", "iso-8859-1");
  CHECK(latin1.bytes() == "\xC3\xA9\xC2\x92");
  CHECK(CsvFile::from_string("\xEF\xBB\xBF\xC3\xA9", "b.csv", "windows-1252").bytes() == "\xC3\xA9");
  CHECK(CsvFile::from_string("\xC3\xA9", "u.csv", "UTF-8").bytes() == "\xC3\xA9");
  // 0x81 has no character in Windows-1252: the line of the byte, counted in what was converted.
  CHECK_THROWS_WITH(CsvFile::from_string("a\nb\n\xE9\x81\n", "w.csv", "windows-1252"),
                    "w.csv:3: byte 0x81 is not a character in windows-1252");
}

TEST_CASE("csv: a byte-order mark is skipped and reported", "[csv]") {
  CsvChunk body;
  const CsvFile with = CsvFile::from_string("\xEF\xBB\xBFname,town\nx,y\n", "bom.csv");
  CHECK(with.had_bom());
  CHECK(with.bytes() == "name,town\nx,y\n");
  CHECK(read_header(with, body) == Fields{"name", "town"});
  CHECK(body.bytes == "x,y\n");
  CHECK(body.first_line == 2);
  const CsvFile without = CsvFile::from_string("name\n", "plain.csv");
  CHECK_FALSE(without.had_bom());
}

TEST_CASE("csv: read_header returns the first record and the body after it", "[csv]") {
  CsvChunk body;
  const CsvFile file = CsvFile::from_string("\r\n\"Attendee\nEmail\",Date\r\na,b\r\n", "h.csv");
  CHECK(read_header(file, body) == Fields{"Attendee\nEmail", "Date"});
  CHECK(body.bytes == "a,b\r\n");
  CHECK(body.first_line == 4);
  const std::vector<Row> rows = read_chunk(file, body);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].line == 4);

  const CsvFile only = CsvFile::from_string("a,b", "o.csv");
  CHECK(read_header(only, body) == Fields{"a", "b"});
  CHECK(body.bytes.empty());

  for (const char* empty : {"", "\n\r\n", "\xEF\xBB\xBF"}) {
    const CsvFile e = CsvFile::from_string(empty, "e.csv");
    CHECK_THROWS_WITH(read_header(e, body), "e.csv:1: empty file (no header row)");
  }
  const CsvFile bad = CsvFile::from_string("\"a\"b,c\n", "b.csv");
  CHECK_THROWS_WITH(read_header(bad, body), "b.csv:1: text after closing quote in field 1");
}

TEST_CASE("csv: open maps a file, and reports one it cannot open", "[csv]") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("reticulist_csv_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto write = [&](const char* name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  };
  CsvChunk body;
  const CsvFile file =
      CsvFile::open(write("p.csv", "\xEF\xBB\xBF" "date,network\n2023-09-14,N1\n"));
  CHECK(file.had_bom());
  CHECK(file.name() == (dir / "p.csv").string());
  CHECK(read_header(file, body) == Fields{"date", "network"});
  CHECK(read_chunk(file, body) == std::vector<Row>{{{"2023-09-14", "N1"}, 2, "2023-09-14,N1", {}}});

  const CsvFile empty = CsvFile::open(write("empty.csv", ""));
  CHECK(empty.bytes().empty());
  CHECK_THROWS_WITH(read_header(empty, body), (dir / "empty.csv").string() +
                                                  ":1: empty file (no header row)");
  CHECK_THROWS_WITH(CsvFile::open(dir / "missing.csv"),
                    (dir / "missing.csv").string() + ": cannot open: No such file or directory");
  CHECK_THROWS_WITH(CsvFile::open(dir), dir.string() + ": cannot open: Is a directory");
  std::filesystem::remove_all(dir);
}

// ---------------------------------------------------------------- split_chunks

namespace {

// Records built to trip a splitter: quoted line breaks, doubled quotes, literal quotes that
// break plain quote parity, text after closing quotes, CRLF, blank lines, multi-byte text.
std::string adversarial_body(std::mt19937& rng, std::size_t min_size) {
  static const std::vector<std::string> pieces = {
      "plain", "", "x", "ab\"c", "5'10\"", "q\"\"q", "\"a,b\"", "\"l1\nl2\"", "\"c1\r\nc2\"",
      "\"say \"\"hi\"\"\"", "\"\"", "\"\"\"\"", "\"ab\"c", "\"ab\"c\"d", "\"\n\n\"",
      "R\xC3\xB3n\xC3\xA1n", "\"\xF0\x9F\x98\x80,\n\"", "\",\"", "\"x\" \"y\"", "a\rb"};
  std::string body;
  while (body.size() < min_size) {
    const std::size_t count = 1 + rng() % 6;
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) body += ',';
      body += pieces[rng() % pieces.size()];
    }
    const unsigned end = rng() % 8;
    body += end < 4 ? "\n" : end < 7 ? "\r\n" : "\n\n";
  }
  if (rng() % 2 == 0) body.pop_back();  // sometimes no final line end
  return body;
}

Row to_row(const CsvRecord& r) {
  return {Fields(r.fields.begin(), r.fields.end()), r.line, std::string(r.raw), r.problem};
}

bool same(const CsvRecord& a, const CsvRecord& b) {
  return a.line == b.line && a.raw == b.raw && a.problem == b.problem &&
         std::equal(a.fields.begin(), a.fields.end(), b.fields.begin(), b.fields.end());
}

// The chunks tile the body, each first_line counts the line feeds before it, and the records
// of the chunks in turn are the records of one cursor over the whole body.
void check_split(const std::string& text, unsigned max_parts, std::size_t min_chunk_bytes) {
  const CsvFile file = CsvFile::from_string(text, "s.csv");
  const CsvChunk body{file.bytes(), 7};
  for (unsigned parts = 1; parts <= max_parts; ++parts) {
    INFO("parts " << parts);
    const std::vector<CsvChunk> chunks = split_chunks(body, parts, min_chunk_bytes);
    REQUIRE(!chunks.empty());
    REQUIRE(chunks.size() <= parts);
    CsvCursor whole(file, body);
    CsvRecord expected;
    CsvRecord got;
    std::size_t offset = 0;
    std::uint64_t line = 7;
    for (const CsvChunk& chunk : chunks) {
      REQUIRE(chunk.bytes.data() == body.bytes.data() + offset);
      REQUIRE((!chunk.bytes.empty() || chunks.size() == 1));
      CHECK(chunk.first_line == line);
      offset += chunk.bytes.size();
      line += static_cast<std::uint64_t>(std::count(chunk.bytes.begin(), chunk.bytes.end(), '\n'));
      CsvCursor cursor(file, chunk);
      std::uint64_t records = 0;
      while (cursor.next(got)) {  // assert only on a difference: there are many records
        ++records;
        const bool more = whole.next(expected);
        if (!more || !same(got, expected)) {
          REQUIRE(more);
          REQUIRE(to_row(got) == to_row(expected));
        }
      }
      CHECK(records <= chunk.max_records);
      CHECK(chunk.max_records <= static_cast<std::uint64_t>(std::count(chunk.bytes.begin(), chunk.bytes.end(), '\n')) + 1);
    }
    CHECK(offset == body.bytes.size());
    CHECK_FALSE(whole.next(expected));
  }
}

}  // namespace

TEST_CASE("csv: split_chunks keeps small bodies whole", "[csv][split]") {
  const CsvFile file = CsvFile::from_string("a\nb\nc\n", "s.csv");
  const CsvChunk body{file.bytes(), 2};
  for (unsigned parts : {0u, 1u, 4u}) {
    const std::vector<CsvChunk> chunks = split_chunks(body, parts);
    REQUIRE(chunks.size() == 1);
    CHECK(chunks[0].bytes == body.bytes);
    CHECK(chunks[0].first_line == 2);
  }
  CHECK(split_chunks(CsvChunk{{}, 1}, 4, 1).size() == 1);
}

TEST_CASE("csv: split_chunks is exact on adversarial data", "[csv][split]") {
  std::mt19937 rng(4180);
  for (int round = 0; round < 300; ++round) {
    const std::string text = adversarial_body(rng, 40 + rng() % 600);
    INFO("round " << round);
    check_split(text, 8, 1);
  }
}

TEST_CASE("csv: split_chunks does not trust quote parity across a literal quote", "[csv][split]") {
  // Parity alone would think everything after `ab"c` is quoted, or that the quoted line
  // breaks of the second half end records.
  std::string text = "ab\"c,x\n";
  for (int i = 0; i < 20; ++i) text += "row,\"multi\nline\",y\n";
  check_split(text, 8, 1);
  // A quoted field with many line breaks straddles every split point.
  text = "a\n\"" + std::string(300, '\n') + "\"\nb\n";
  check_split(text, 8, 1);
}

TEST_CASE("csv: split_chunks is exact on a body over 1 MiB with the default size", "[csv][split]") {
  std::mt19937 rng(590);
  const std::string text = adversarial_body(rng, 3 * kMinChunkBytes + 12345);
  check_split(text, 8, kMinChunkBytes);
  const CsvFile file = CsvFile::from_string(text, "s.csv");
  CHECK(split_chunks(CsvChunk{file.bytes(), 1}, 8).size() == 3);
}

TEST_CASE("csv: chunks report an unclosed quote as the whole body does", "[csv][split]") {
  std::mt19937 rng(11);
  std::string text = adversarial_body(rng, 2000);
  if (text.back() != '\n') text += '\n';
  const auto line = 7 + static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
  text += "last,\"never closed\nreally\n";
  const CsvFile file = CsvFile::from_string(text, "s.csv");
  const std::string message = "s.csv:" + std::to_string(line) + ": quoted field never closed";
  CHECK_THROWS_WITH(read_chunk(file, CsvChunk{file.bytes(), 7}), message);
  const std::vector<CsvChunk> chunks = split_chunks(CsvChunk{file.bytes(), 7}, 4, 1);
  REQUIRE(chunks.size() == 4);
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) CHECK_NOTHROW(read_chunk(file, chunks[i]));
  CHECK_THROWS_WITH(read_chunk(file, chunks.back()), message);
}

}  // namespace reticulist::io

// Lists written by hand (io/list_file.hpp): one entry per line, as a user of Notepad or Excel
// saves them. The file below, byte by byte:
//   BOM "# leavers, summer term" CRLF        -> a comment, though it follows a byte-order mark
//   "  Jane.Smith@Glow.sch.uk  " CRLF         -> Jane.Smith@Glow.sch.uk (trimmed, case kept)
//   "" CRLF, "   \t" LF                        -> blank: skipped
//   "\t# the QIOs" LF                          -> a comment after space
//   "Smith, Jane" LF                           -> one entry, comma included
//   "gw12345"                                  -> the last line, without a line end
#include "io/list_file.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/error.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {

TEST_CASE("a list file gives one trimmed entry per line, without blanks and comments", "[io]") {
  testing::TempDir dir;
  const auto path = dir.path() / "leavers.txt";
  testing::write_file(path,
                      "\xEF\xBB\xBF# leavers, summer term\r\n  Jane.Smith@Glow.sch.uk  \r\n\r\n   \t\n\t# the QIOs\n"
                      "Smith, Jane\ngw12345");
  CHECK(read_list_file(path) == std::vector<std::string>{"Jane.Smith@Glow.sch.uk", "Smith, Jane", "gw12345"});
}

TEST_CASE("an empty list file gives no entry; a missing one is an input error", "[io]") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "empty.txt", "");
  CHECK(read_list_file(dir.path() / "empty.txt").empty());
  const auto missing = dir.path() / "missing.txt";
  try {
    read_list_file(missing);
    FAIL("no InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == missing.string() + ": cannot be read");
  }
}

}  // namespace reticulist::io

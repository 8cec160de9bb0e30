// io/xlsx_workbook and io/xlsx_sheet_names. The cells themselves are checked by a real client:
// tests/workbook/check_workbook.py reads a sample workbook back with openpyxl.
#include "io/xlsx_workbook.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "engine/c_rand.hpp"
#include "engine/error.hpp"
#include "io/output_folder.hpp"
#include "io/xlsx_sheet_names.hpp"
#include "support/temp_dir.hpp"

namespace io = reticulist::io;
namespace report = reticulist::report;
using reticulist::testing::read_file;
using reticulist::testing::TempDir;
using Names = std::vector<std::string>;

namespace {

std::vector<report::Table> two_tables() {
  std::vector<report::Table> tables;
  report::Table a("by_authority", "Counts by authority", "one row per authority");
  a.add_column("authority", report::ColumnType::Text, "name");
  a.add_column("practitioners", report::ColumnType::Integer, "people", report::Holds::PeopleCount);
  a.append_row({"North", 12});
  a.append_row({"South", 3});
  a.suppress(1, 1);
  tables.push_back(std::move(a));
  report::Table b("density", "Density", "one row per period");
  b.add_column("period", report::ColumnType::Text, "period");
  b.add_column("density", report::ColumnType::Real, "ties / possible ties");
  b.append_row({"2022/23", 0.25});
  tables.push_back(std::move(b));
  return tables;
}

}  // namespace

TEST_CASE("fitting_sheet_name: Excel's rules", "[io][xlsx]") {
  CHECK(io::fitting_sheet_name("by_authority") == "by_authority");
  // Each of [ ] : * ? / \ and control characters becomes '_'.
  CHECK(io::fitting_sheet_name("a[b]c:d*e?f/g\\h") == "a_b_c_d_e_f_g_h");
  CHECK(io::fitting_sheet_name("tab\there\x7f") == "tab_here_");
  // A byte that is not UTF-8 is refused too.
  CHECK(io::fitting_sheet_name("bad\xff" "byte") == "bad_byte");
  // Apostrophes may not open or close a name; inside it they may.
  CHECK(io::fitting_sheet_name("'o'brien'") == "o'brien");
  CHECK(io::fitting_sheet_name("''") == "sheet");
  CHECK(io::fitting_sheet_name("") == "sheet");
  CHECK(io::fitting_sheet_name("History") == "History_");
  CHECK(io::fitting_sheet_name("history") == "history_");
  // 31 UTF-16 units: 40 'a' -> 31; 40 'é' (one unit each) -> 31; 20 emoji (two units each,
  // U+1F600 is beyond U+FFFF) -> 15, as a 16th would make 32.
  CHECK(io::fitting_sheet_name(std::string(40, 'a')) == std::string(31, 'a'));
  std::string e_acute, emoji;
  for (int i = 0; i < 40; ++i) e_acute += "\xC3\xA9";
  for (int i = 0; i < 20; ++i) emoji += "\xF0\x9F\x98\x80";
  CHECK(io::fitting_sheet_name(e_acute) == e_acute.substr(0, 31 * 2));
  CHECK(io::fitting_sheet_name(emoji) == emoji.substr(0, 15 * 4));
  // Cut after 31 units the name would end in an apostrophe: it goes too.
  CHECK(io::fitting_sheet_name(std::string(30, 'a') + "'bc") == std::string(30, 'a'));
}

TEST_CASE("sheet_names: unique ignoring case, README kept for the first sheet", "[io][xlsx]") {
  // readme meets README -> readme_2; A meets a -> A_2; README meets README and readme_2 -> README_3.
  CHECK(io::sheet_names({"readme", "a", "A", "README"}) == Names{"readme_2", "a", "A_2", "README_3"});
  // Two long names alike in their first 31 characters: the second is cut to 29 and gets "_2".
  const std::string long_name = "a_table_name_that_is_far_longer_than_excel_allows";
  CHECK(io::sheet_names({long_name, long_name + "_too"}) ==
        Names{"a_table_name_that_is_far_longer", "a_table_name_that_is_far_long_2"});
  // The suffix grows past one digit.
  const Names eleven = io::sheet_names(Names(11, "x"));
  CHECK(eleven == Names{"x", "x_2", "x_3", "x_4", "x_5", "x_6", "x_7", "x_8", "x_9", "x_10", "x_11"});
  CHECK(io::sheet_names({}).empty());
}

TEST_CASE("write_xlsx: the same tables give the same bytes", "[io][xlsx]") {
  TempDir dir;
  const auto tables = two_tables();
  io::WorkbookOptions options{.title = "Board pack"};
  io::write_xlsx(tables, options, dir.path() / "a.xlsx");
  io::write_xlsx(tables, options, dir.path() / "b.xlsx");
  const std::string a = read_file(dir.path() / "a.xlsx");
  CHECK(a.substr(0, 4) == "PK\x03\x04");  // a zip file
  CHECK(a == read_file(dir.path() / "b.xlsx"));
  // Another creation time is another file: the time is what made it deterministic.
  options.created = io::kFixedWorkbookTime + 86400;
  io::write_xlsx(tables, options, dir.path() / "c.xlsx");
  CHECK(a != read_file(dir.path() / "c.xlsx"));
}

TEST_CASE("write_xlsx: a file that cannot be created is an input error", "[io][xlsx]") {
  TempDir dir;
  const auto tables = two_tables();
  const auto missing = dir.path() / "no_such_folder" / "a.xlsx";
  CHECK_THROWS_AS(io::write_xlsx(tables, {}, missing), reticulist::InputError);
  CHECK_THROWS_WITH(io::write_xlsx(tables, {}, missing),
                    missing.string() + ": cannot write: No such file or directory");
}

TEST_CASE("write_xlsx through OutputFolder::add_file_at", "[io][xlsx]") {
  TempDir dir;
  const auto tables = two_tables();
  {
    io::OutputFolder folder(dir.path());
    folder.add_file_at(
        "board.xlsx",
        [&](const std::filesystem::path& temporary) { io::write_xlsx(tables, {}, temporary); },
        io::FileInfo{.description = "the tables as an Excel workbook"});
    folder.commit(io::Manifest{});
  }
  TempDir other;
  io::write_xlsx(tables, {}, other.path() / "board.xlsx");
  CHECK(read_file(dir.path() / "board.xlsx") == read_file(other.path() / "board.xlsx"));
  // libxlsxwriter's temporaries (beside the file) are gone.
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  CHECK(names == Names{"board.xlsx", "manifest.json"});
}

// libxlsxwriter reseeds rand() from the clock for each temporary file it makes; a Graphviz layout
// on another thread (the figures) must not see that, so it happens only under c_rand_mutex.
TEST_CASE("write_xlsx: no temporary file while another thread holds c_rand_mutex", "[io][xlsx]") {
  TempDir dir;
  const auto tables = two_tables();
  std::unique_lock held(reticulist::c_rand_mutex());
  std::srand(5);
  const int first = std::rand();
  std::srand(5);
  auto written = std::async(std::launch::async, [&] { io::write_xlsx(tables, {}, dir.path() / "a.xlsx"); });
  // Unlocked, this workbook takes a few milliseconds.
  CHECK(written.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
  CHECK(std::rand() == first);  // nobody reseeded meanwhile
  held.unlock();
  written.get();
  CHECK(read_file(dir.path() / "a.xlsx").substr(0, 4) == "PK\x03\x04");
}

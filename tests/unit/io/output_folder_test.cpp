#include "io/output_folder.hpp"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "engine/error.hpp"
#include "io/table_writer.hpp"

namespace fs = std::filesystem;
namespace io = reticulist::io;
namespace report = reticulist::report;
using report::ColumnType;
using report::Table;

namespace {

// A fresh folder under /tmp for one test, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "reticulist_folder_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> folder_listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

using Names = std::vector<std::string>;

// Where this process's OutputFolder keeps its files until commit.
std::string staging_name() { return ".reticulist-partial-" + std::to_string(::getpid()); }

Table by_authority() {
  Table t("by_authority", "Counts by authority", "one row per authority");
  t.add_column("authority", ColumnType::Text, "authority name");
  t.add_column("practitioners", ColumnType::Integer, "distinct practitioners");
  t.append_row({"North", 12});
  t.append_row({"South", 3});
  t.add_note("period", "2022/23");
  return t;
}

io::Manifest manifest() {
  io::Manifest m;
  m.version = "0.1.0";
  m.command_line = {"reticulist", "density", "--out", "out"};
  return m;
}

}  // namespace

TEST_CASE("OutputFolder creates the folder and its parents", "[io]") {
  TempDir dir;
  const fs::path out = dir.path() / "a" / "b" / "out";
  io::OutputFolder folder(out);
  CHECK(fs::is_directory(out));
  CHECK(folder.path() == out);
  io::OutputFolder again(out);  // an existing folder is fine
}

TEST_CASE("OutputFolder: --out naming a regular file is an input error", "[io]") {
  TempDir dir;
  const fs::path file = dir.path() / "taken";
  std::ofstream(file) << "x";
  CHECK_THROWS_AS(io::OutputFolder(file), reticulist::InputError);
  CHECK_THROWS_WITH(io::OutputFolder(file), file.string() + ": exists and is not a folder");
  CHECK_THROWS_WITH(io::OutputFolder(file / "below"),
                    (file / "below").string() + ": cannot create folder: Not a directory");
}

TEST_CASE("OutputFolder: files stay temporaries until commit", "[io]") {
  TempDir dir;
  io::OutputFolder folder(dir.path());
  folder.add_table(by_authority(), {.csv = true, .json = true});
  folder.add_file("network.dot", "graph {}\n", "co-attendance network, Graphviz DOT");
  CHECK(folder_listing(dir.path()) == Names{staging_name()});
  CHECK(folder_listing(dir.path() / staging_name()) ==
        Names{"by_authority.csv", "by_authority.json", "network.dot"});

  folder.commit(manifest());
  CHECK(folder_listing(dir.path()) ==
        Names{"by_authority.csv", "by_authority.json", "manifest.json", "network.dot"});
  std::ostringstream csv, json;
  io::write_csv(by_authority(), csv);
  io::write_json(by_authority(), json);
  CHECK(read_file(dir.path() / "by_authority.csv") == csv.str());
  CHECK(read_file(dir.path() / "by_authority.json") == json.str());
  CHECK(read_file(dir.path() / "network.dot") == "graph {}\n");
}

TEST_CASE("OutputFolder: the manifest lists every file written", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    folder.add_table(by_authority(), {.csv = true, .json = true});
    folder.add_file(
        "rejects.csv", [](std::ostream& out) { out << "file,line,reason\nx.csv,3,bad date\n"; },
        io::FileInfo{.description = "rows that were not accepted",
                     .rows = 1,
                     .columns = {{"file", "text", "input file"},
                                 {"line", "integer", "line in it"},
                                 {"reason", "text", "why"}}});
    REQUIRE(folder.files().size() == 3);
    folder.commit(manifest());
  }
  const auto m = nlohmann::ordered_json::parse(read_file(dir.path() / "manifest.json"));
  const auto expected_files = nlohmann::ordered_json::parse(R"([
    {"name": "by_authority.csv", "title": "Counts by authority",
     "description": "one row per authority", "rows": 2,
     "columns": [{"name": "authority", "type": "text", "description": "authority name", "holds": "label"},
                 {"name": "practitioners", "type": "integer",
                  "description": "distinct practitioners", "holds": "count"}],
     "notes": {"period": "2022/23"}},
    {"name": "by_authority.json", "title": "Counts by authority",
     "description": "one row per authority", "rows": 2,
     "columns": [{"name": "authority", "type": "text", "description": "authority name", "holds": "label"},
                 {"name": "practitioners", "type": "integer",
                  "description": "distinct practitioners", "holds": "count"}],
     "notes": {"period": "2022/23"}},
    {"name": "rejects.csv", "title": "", "description": "rows that were not accepted", "rows": 1,
     "columns": [{"name": "file", "type": "text", "description": "input file"},
                 {"name": "line", "type": "integer", "description": "line in it"},
                 {"name": "reason", "type": "text", "description": "why"}],
     "notes": {}}
  ])");
  CHECK(m["files"] == expected_files);
  CHECK(m["command_line"] == nlohmann::ordered_json({"reticulist", "density", "--out", "out"}));
  CHECK(m["version"] == "0.1.0");
}

TEST_CASE("OutputFolder: without commit no file is left", "[io]") {
  TempDir dir;
  const auto run = [&] {
    io::OutputFolder folder(dir.path());
    folder.add_table(by_authority(), {.csv = true, .json = true});
    folder.add_file("notes.txt", "text", "free text");
    throw std::runtime_error("metric failed");
  };
  CHECK_THROWS_WITH(run(), "metric failed");
  CHECK(folder_listing(dir.path()).empty());
}

TEST_CASE("OutputFolder: a writer that throws leaves no temporary", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    folder.add_table(by_authority());
    CHECK_THROWS_AS(folder.add_file(
                        "broken.dot",
                        [](std::ostream& out) {
                          out << "graph {";
                          throw std::runtime_error("layout failed");
                        },
                        "never written"),
                    std::runtime_error);
    CHECK(folder_listing(dir.path() / staging_name()) == Names{"by_authority.csv"});
    CHECK(folder.files().size() == 1);
    folder.commit(manifest());
  }
  CHECK(folder_listing(dir.path()) == Names{"by_authority.csv", "manifest.json"});
}

TEST_CASE("OutputFolder: a second run replaces files and manifest", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    folder.add_file("a.txt", "first\n", "a");
    folder.commit(manifest());
  }
  {
    io::OutputFolder folder(dir.path());
    folder.add_file("a.txt", "second\n", "a again");
    folder.commit(manifest());
  }
  CHECK(read_file(dir.path() / "a.txt") == "second\n");
  const auto m = nlohmann::json::parse(read_file(dir.path() / "manifest.json"));
  CHECK(m["files"][0]["description"] == "a again");
  CHECK(folder_listing(dir.path()) == Names{"a.txt", "manifest.json"});
}

TEST_CASE("OutputFolder: names are plain, unique and not reserved", "[io]") {
  TempDir dir;
  io::OutputFolder folder(dir.path());
  folder.add_file("a.txt", "x", "a");
  CHECK_THROWS_AS(folder.add_file("a.txt", "y", "again"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file("sub/a.txt", "y", "d"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file("..", "y", "d"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file("", "y", "d"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file("manifest.json", "y", "d"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file(".hidden", "y", "d"), std::logic_error);
  CHECK_THROWS_AS(folder.add_file(staging_name(), "y", "d"), std::logic_error);
  folder.commit(manifest());
  CHECK_THROWS_AS(folder.commit(manifest()), std::logic_error);
  CHECK_THROWS_AS(folder.add_file("c.txt", "y", "late"), std::logic_error);
}

TEST_CASE("OutputFolder::add_file_at: a library writes the temporary by name", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    fs::path given;
    folder.add_file_at(
        "board.xlsx",
        [&](const fs::path& temporary) {
          given = temporary;
          std::ofstream(temporary, std::ios::binary) << "PK\x03\x04";
        },
        io::FileInfo{.description = "workbook", .title = "Board pack"});
    // The writer is given <folder>/<staging>/<name>, which stays a temporary until commit.
    CHECK(given == dir.path() / staging_name() / "board.xlsx");
    CHECK(folder_listing(dir.path()) == Names{staging_name()});
    folder.commit(manifest());
  }
  CHECK(folder_listing(dir.path()) == Names{"board.xlsx", "manifest.json"});
  CHECK(read_file(dir.path() / "board.xlsx") == "PK\x03\x04");
  const auto m = nlohmann::json::parse(read_file(dir.path() / "manifest.json"));
  CHECK(m["files"][0]["name"] == "board.xlsx");
  CHECK(m["files"][0]["title"] == "Board pack");
  CHECK(m["files"][0]["description"] == "workbook");
}

TEST_CASE("OutputFolder::add_file_at: whole or absent when the writer fails", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    // Throws after writing half a file: the half is removed and the exception passes through.
    CHECK_THROWS_WITH(folder.add_file_at(
                          "half.xlsx",
                          [](const fs::path& temporary) {
                            std::ofstream(temporary) << "PK";
                            throw std::runtime_error("workbook_close failed");
                          },
                          io::FileInfo{.description = "never written"}),
                      "workbook_close failed");
    // Returns without creating the file: an input error naming the file.
    CHECK_THROWS_AS(folder.add_file_at("none.xlsx", [](const fs::path&) {}, io::FileInfo{}),
                    reticulist::InputError);
    CHECK_THROWS_WITH(folder.add_file_at("none.xlsx", [](const fs::path&) {}, io::FileInfo{}),
                      (dir.path() / "none.xlsx").string() + ": was not written");
    // Names are checked before the writer runs.
    bool ran = false;
    CHECK_THROWS_AS(folder.add_file_at("sub/x.xlsx", [&](const fs::path&) { ran = true; }, io::FileInfo{}),
                    std::logic_error);
    CHECK_FALSE(ran);
    CHECK(folder_listing(dir.path()) == Names{staging_name()});
    CHECK(folder_listing(dir.path() / staging_name()).empty());
    CHECK(folder.files().empty());
    folder.commit(manifest());
  }
  CHECK(folder_listing(dir.path()) == Names{"manifest.json"});
}

namespace {

std::vector<std::string> listed(const fs::path& dir) {
  const auto manifest = nlohmann::json::parse(read_file(dir / "manifest.json"));
  std::vector<std::string> names;
  for (const auto& file : manifest["files"]) names.push_back(file["name"]);
  return names;
}

}  // namespace

// The workbook of the Board pack is written on a thread of its own while the figures are added:
// it is listed where finish_file is called, whether its thread ends before or after the others.
TEST_CASE("OutputFolder::start_file_at: listed where finished, whichever ends first", "[io]") {
  for (const bool workbook_first : {true, false}) {
    TempDir dir;
    {
      io::OutputFolder folder(dir.path());
      folder.add_file("a.csv", "a\n", "before");
      std::promise<void> figure_added;
      std::promise<void> workbook_written;
      auto figure_was_added = figure_added.get_future();
      folder.start_file_at(
          "board.xlsx",
          [&](const fs::path& temporary) {
            if (!workbook_first) figure_was_added.wait();  // end after the figure
            std::ofstream(temporary, std::ios::binary) << "PK";
            workbook_written.set_value();
          },
          io::FileInfo{.description = "workbook"});
      if (workbook_first) workbook_written.get_future().wait();  // end before the figure
      folder.add_file("figure.svg", "<svg/>", "figure");
      figure_added.set_value();
      folder.add_file("report.html", "<html>", "page");
      folder.finish_file("board.xlsx");
      folder.commit(manifest());
    }
    CHECK(listed(dir.path()) == Names{"a.csv", "figure.svg", "report.html", "board.xlsx"});
    CHECK(read_file(dir.path() / "board.xlsx") == "PK");
  }
}

TEST_CASE("OutputFolder::start_file_at: a thread of its own, or the caller's in finish_file", "[io]") {
  TempDir dir;
  io::OutputFolder folder(dir.path());
  const auto caller = std::this_thread::get_id();
  std::thread::id beside_thread, inline_thread;
  bool inline_ran = false;
  folder.start_file_at("beside.txt", [&](const fs::path& temporary) {
    beside_thread = std::this_thread::get_id();
    std::ofstream(temporary) << "b";
  }, io::FileInfo{});
  folder.start_file_at("later.txt", [&](const fs::path& temporary) {
    inline_thread = std::this_thread::get_id();
    inline_ran = true;
    std::ofstream(temporary) << "l";
  }, io::FileInfo{}, false);
  folder.add_file("between.txt", "x", "x");
  CHECK_FALSE(inline_ran);  // not before finish_file
  folder.finish_file("beside.txt");
  folder.finish_file("later.txt");
  CHECK(beside_thread != caller);
  CHECK(inline_thread == caller);
  CHECK_THROWS_WITH(folder.finish_file("later.txt"), "OutputFolder: later.txt was not started");
  folder.commit(manifest());
  CHECK(listed(dir.path()) == Names{"between.txt", "beside.txt", "later.txt"});
}

TEST_CASE("OutputFolder::start_file_at: names checked at the start, failures whole or absent", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    folder.add_file("taken.txt", "x", "x");
    bool ran = false;
    const auto mark = [&](const fs::path&) { ran = true; };
    CHECK_THROWS_WITH(folder.start_file_at("taken.txt", mark, io::FileInfo{}),
                      "OutputFolder: taken.txt is written twice");
    CHECK_THROWS_AS(folder.start_file_at("sub/x.xlsx", mark, io::FileInfo{}), std::logic_error);
    CHECK_FALSE(ran);
    // A name being written is taken as well.
    folder.start_file_at("book.xlsx", [](const fs::path& temporary) {
      std::ofstream(temporary) << "PK";
      throw std::runtime_error("workbook_close failed");
    }, io::FileInfo{});
    CHECK_THROWS_WITH(folder.add_file("book.xlsx", "y", "y"), "OutputFolder: book.xlsx is written twice");
    // The thread's exception comes out of finish_file; the half-written temporary is gone.
    CHECK_THROWS_WITH(folder.finish_file("book.xlsx"), "workbook_close failed");
    CHECK(folder_listing(dir.path() / staging_name()) == Names{"taken.txt"});
    // Returning without writing the file is an input error naming it.
    folder.start_file_at("none.xlsx", [](const fs::path&) {}, io::FileInfo{});
    CHECK_THROWS_WITH(folder.finish_file("none.xlsx"), (dir.path() / "none.xlsx").string() + ": was not written");
    folder.commit(manifest());
  }
  CHECK(folder_listing(dir.path()) == Names{"manifest.json", "taken.txt"});
}

// An exception between start and finish: the folder is not committed, and its destructor waits
// for the thread still writing into the staging folder before removing it.
TEST_CASE("OutputFolder::start_file_at: never finished, nothing is left", "[io]") {
  TempDir dir;
  std::atomic<bool> written{false};
  {
    io::OutputFolder folder(dir.path());
    folder.add_file("a.csv", "a\n", "a");
    folder.start_file_at("book.xlsx", [&](const fs::path& temporary) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      std::ofstream(temporary) << "PK";
      written = true;
    }, io::FileInfo{});
    bool never_ran = true;
    folder.start_file_at("later.xlsx", [&](const fs::path&) { never_ran = false; }, io::FileInfo{}, false);
    CHECK_THROWS_WITH(folder.commit(manifest()), "OutputFolder: book.xlsx was never finished");
    CHECK_FALSE(written);
    CHECK(never_ran);
  }
  CHECK(written);
  CHECK(folder_listing(dir.path()).empty());
}

TEST_CASE("OutputFolder: files added from two threads at once are all listed", "[io]") {
  TempDir dir;
  {
    io::OutputFolder folder(dir.path());
    const auto add = [&](const std::string& prefix) {
      for (int i = 0; i < 200; ++i) folder.add_file(prefix + std::to_string(i) + ".txt", prefix, prefix);
    };
    std::thread other(add, "b");
    add("a");
    other.join();
    CHECK(folder.files().size() == 400);
    folder.commit(manifest());
  }
  auto names = listed(dir.path());
  std::sort(names.begin(), names.end());
  Names expected;
  for (const char* prefix : {"a", "b"}) {
    for (int i = 0; i < 200; ++i) expected.push_back(prefix + std::to_string(i) + ".txt");
  }
  std::sort(expected.begin(), expected.end());
  CHECK(names == expected);
  CHECK(read_file(dir.path() / "b199.txt") == "b");
}

// The id of a process that has exited and been reaped: a run killed before it could clean up.
static pid_t gone_process() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

// A SIGKILL skips every destructor: the staging folder of the killed run stays. The next run on
// the folder removes it, and only it: another live run's staging folder (here the parent
// process's id, alive), the user's own hidden files and the earlier outputs stay as they were.
TEST_CASE("OutputFolder: a killed run's staging folder is removed by the next run", "[io]") {
  TempDir dir;
  const std::string dead = ".reticulist-partial-" + std::to_string(gone_process());
  const std::string live = ".reticulist-partial-" + std::to_string(::getppid());
  for (const std::string& name : {dead, live}) {
    fs::create_directory(dir.path() / name);
    std::ofstream(dir.path() / name / "nodes.csv") << "half a fi";
  }
  std::ofstream(dir.path() / ".reticulist-partial-notapid") << "not ours";
  std::ofstream(dir.path() / "nodes.csv") << "earlier run\n";
  {
    io::OutputFolder folder(dir.path());
    CHECK(folder_listing(dir.path()) == Names{live, ".reticulist-partial-notapid", "nodes.csv"});
    folder.add_file("graph.csv", "a\n", "a");
    folder.commit(manifest());
  }
  CHECK(folder_listing(dir.path()) ==
        Names{live, ".reticulist-partial-notapid", "graph.csv", "manifest.json", "nodes.csv"});
  CHECK(read_file(dir.path() / "nodes.csv") == "earlier run\n");
}

// write_atomically's temporary is hidden beside the file; a killed run's is removed by the next
// write of the same file, another file's is not.
TEST_CASE("write_atomically: a hidden temporary, a killed run's removed", "[io]") {
  TempDir dir;
  const std::string pid = std::to_string(gone_process());
  std::ofstream(dir.path() / (".a.svg.reticulist-partial-" + pid)) << "<svg";
  std::ofstream(dir.path() / (".b.svg.reticulist-partial-" + pid)) << "<svg";
  fs::path seen;
  io::write_atomically(dir.path() / "a.svg", [&](std::ostream& out) {
    for (const auto& entry : fs::directory_iterator(dir.path()))
      if (entry.path().filename().string().starts_with(".a.svg")) seen = entry.path().filename();
    out << "<svg/>";
  });
  CHECK(seen == ".a.svg.reticulist-partial-" + std::to_string(::getpid()));
  CHECK(folder_listing(dir.path()) == Names{".b.svg.reticulist-partial-" + pid, "a.svg"});
  CHECK(read_file(dir.path() / "a.svg") == "<svg/>");
}

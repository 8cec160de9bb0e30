#include "io/table_writer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <locale>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "io/output_folder.hpp"

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
    std::string pattern = (fs::temp_directory_path() / "reticulist_writer_XXXXXX").string();
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

std::string csv(const Table& t) {
  std::ostringstream out;
  io::write_csv(t, out);
  return out.str();
}

std::string json(const Table& t) {
  std::ostringstream out;
  io::write_json(t, out);
  return out.str();
}

std::string csv_field(std::string_view s) {
  std::string out;
  io::append_csv_field(out, s);
  return out;
}

std::string json_string(std::string_view s) {
  std::string out;
  io::append_json_string(out, s);
  return out;
}

Table sample() {
  Table t("by_authority", "Counts by authority", "one row per authority");
  t.add_column("authority", ColumnType::Text, "authority name");
  t.add_column("practitioners", ColumnType::Integer, "distinct practitioners");
  t.add_column("density", ColumnType::Real, "edges / possible edges");
  t.add_column("active", ColumnType::Boolean, "any record in the period");
  t.append_row({"North", 12, 1.0 / 3.0, true});
  t.append_row({"South, East", std::nullopt, std::nullopt, std::nullopt});
  t.append_row({std::nullopt, -4, 1e-12, false});
  return t;
}

// Counts what reaches the stream and the largest single write, to show that writers stream.
class CountingBuffer : public std::streambuf {
 public:
  std::size_t total = 0;
  std::size_t largest_write = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    total += static_cast<std::size_t>(n);
    largest_write = std::max(largest_write, static_cast<std::size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++total;
    return traits_type::not_eof(c);
  }
};

// Formats doubles with a decimal comma through iostreams, as a German locale would.
struct CommaDecimal : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
};

}  // namespace

TEST_CASE("write_csv: header, typed cells and NA", "[io]") {
  CHECK(csv(sample()) ==
        "authority,practitioners,density,active\n"
        "North,12,0.3333333333,true\n"
        "\"South, East\",NA,NA,NA\n"
        "NA,-4,1e-12,false\n");
}

TEST_CASE("write_json: rows as objects, null for NA, same digits as the CSV", "[io]") {
  CHECK(json(sample()) ==
        "{\n"
        "  \"by_authority\": [\n"
        "    {\"authority\": \"North\", \"practitioners\": 12, \"density\": 0.3333333333, "
        "\"active\": true},\n"
        "    {\"authority\": \"South, East\", \"practitioners\": null, \"density\": null, "
        "\"active\": null},\n"
        "    {\"authority\": null, \"practitioners\": -4, \"density\": 1e-12, \"active\": false}\n"
        "  ]\n"
        "}\n");
  const auto parsed = nlohmann::json::parse(json(sample()));
  REQUIRE(parsed.at("by_authority").size() == 3);
  CHECK(parsed["by_authority"][0]["practitioners"] == 12);
  CHECK(parsed["by_authority"][1]["density"].is_null());
  CHECK(parsed["by_authority"][2]["density"] == 1e-12);
}

TEST_CASE("CSV fields are quoted only when needed", "[io]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field(" leading") == "\" leading\"");
  CHECK(csv_field("trailing ") == "\"trailing \"");
  CHECK(csv_field("\ttab") == "\"\ttab\"");
  CHECK(csv_field("inner space") == "inner space");
  CHECK(csv_field("Zoë Ørsted, 東京") == "\"Zoë Ørsted, 東京\"");
  CHECK(csv_field("Zoë") == "Zoë");
}

TEST_CASE("Text that is not UTF-8 gets U+FFFD per ill-formed subpart", "[io]") {
  const std::string fffd = "\xEF\xBF\xBD";
  const std::string ff_in_text = std::string("a") + '\xFF' + "b";
  const std::string truncated_3 = std::string("\xE2\x82") + 'x';
  CHECK(csv_field(ff_in_text) == "a" + fffd + "b");
  CHECK(csv_field(truncated_3) == fffd + "x");                        // truncated 3-byte sequence
  CHECK(csv_field("\xC3") == fffd);                                   // truncated at the end
  CHECK(csv_field("\xED\xA0\x80") == fffd + fffd + fffd);             // a surrogate: 3 subparts
  CHECK(csv_field("\xC0\xAF") == fffd + fffd);                        // overlong
  CHECK(csv_field("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);  // above U+10FFFF
  CHECK(json_string("\x80") == "\"" + fffd + "\"");
  CHECK(csv_field("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // U+1F600 kept
}

TEST_CASE("JSON strings are escaped as nlohmann::json escapes them", "[io]") {
  std::vector<std::string> samples = {
      "plain", "quote \" here", "back\\slash",       "tab\tnl\ncr\r",
      "\b\f",  "DEL \x7F kept", "Zoë Ørsted 東京 😀", "",
      "/"};
  for (int c = 0; c < 0x20; ++c) samples.push_back(std::string(1, static_cast<char>(c)) + "x");
  for (const std::string& s : samples) {
    INFO("sample: " << nlohmann::json(s).dump());
    CHECK(json_string(s) == nlohmann::json(s).dump());
    CHECK(nlohmann::json::parse(json_string(s)).get<std::string>() == s);
  }
}

TEST_CASE("Awkward text survives a round trip through the JSON", "[io]") {
  Table t("names", "Names", "one row per name");
  t.add_column("name", ColumnType::Text, "a name");
  const std::vector<std::string> names = {"O'Brien, \"Jo\"", "line\nbreak", " padded ", "a\\b",
                                          "\x01\x1F",        "Łódź"};
  for (const std::string& n : names) t.append_row({n});
  const auto parsed = nlohmann::json::parse(json(t));
  REQUIRE(parsed["names"].size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(parsed["names"][i]["name"] == names[i]);
  CHECK(csv(t) ==
        "name\n\"O'Brien, \"\"Jo\"\"\"\n\"line\nbreak\"\n\" padded \"\na\\b\n\x01\x1F\nŁódź\n");
}

TEST_CASE("An empty table: header only, empty array", "[io]") {
  Table t("empty", "Nothing", "one row per nothing");
  t.add_column("period", ColumnType::Text, "period label");
  t.add_column("n", ColumnType::Integer, "count");
  CHECK(csv(t) == "period,n\n");
  CHECK(json(t) == "{\n  \"empty\": []\n}\n");
  CHECK(nlohmann::json::parse(json(t))["empty"].empty());
}

TEST_CASE("Writers are deterministic and ignore the global locale", "[io]") {
  const Table t = sample();
  const std::locale previous =
      std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
  std::ostringstream a, b, c, d;
  a.imbue(std::locale());
  io::write_csv(t, a);
  io::write_csv(t, b);
  io::write_json(t, c);
  io::write_json(t, d);
  std::locale::global(previous);
  CHECK(a.str() == b.str());
  CHECK(c.str() == d.str());
  CHECK(a.str() == csv(t));
  CHECK(a.str().find("0.3333333333") != std::string::npos);
}

TEST_CASE("A million rows stream through a small buffer", "[io]") {
  Table t("big", "Big", "one row per i");
  const auto id = t.add_column("i", ColumnType::Integer, "row number");
  const auto half = t.add_column("half", ColumnType::Real, "i / 2");
  constexpr std::size_t kRows = 1000000;
  t.reserve(kRows);
  for (std::size_t i = 0; i < kRows; ++i) {
    const auto r = t.add_row();
    t.set(r, id, i);
    t.set(r, half, static_cast<double>(i) / 2.0);
  }
  CountingBuffer csv_buffer, json_buffer;
  std::ostream csv_out(&csv_buffer), json_out(&json_buffer);
  io::write_csv(t, csv_out);
  io::write_json(t, json_out);
  CHECK(csv_buffer.total > 10 * kRows);
  CHECK(json_buffer.total > 20 * kRows);
  CHECK(csv_buffer.largest_write < (std::size_t{1} << 17));
  CHECK(json_buffer.largest_write < (std::size_t{1} << 17));
}

TEST_CASE("write_csv_file and write_json_file write atomically", "[io]") {
  TempDir dir;
  const Table t = sample();
  io::write_csv_file(t, dir.path() / "by_authority.csv");
  io::write_json_file(t, dir.path() / "by_authority.json");
  CHECK(read_file(dir.path() / "by_authority.csv") == csv(t));
  CHECK(read_file(dir.path() / "by_authority.json") == json(t));
  CHECK(folder_listing(dir.path()) ==
        std::vector<std::string>{"by_authority.csv", "by_authority.json"});
}

TEST_CASE("write_atomically keeps the old file when the writer fails", "[io]") {
  TempDir dir;
  const fs::path path = dir.path() / "out.csv";
  io::write_atomically(path, [](std::ostream& out) { out << "old\n"; });
  CHECK_THROWS_AS(io::write_atomically(path,
                                       [](std::ostream& out) {
                                         out << "half";
                                         throw std::runtime_error("boom");
                                       }),
                  std::runtime_error);
  CHECK(read_file(path) == "old\n");
  CHECK(folder_listing(dir.path()) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("write_csv_file into a missing folder names the file", "[io]") {
  TempDir dir;
  const fs::path path = dir.path() / "missing" / "t.csv";
  CHECK_THROWS_AS(io::write_csv_file(sample(), path), reticulist::InputError);
  CHECK_THROWS_WITH(io::write_csv_file(sample(), path),
                    path.string() + ": cannot write: No such file or directory");
}

#include "io/manifest.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "engine/error.hpp"
#include "io/sha256.hpp"

namespace fs = std::filesystem;
namespace io = reticulist::io;
using Json = nlohmann::ordered_json;

namespace {

// A fresh folder under /tmp for one test, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "reticulist_manifest_XXXXXX").string();
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

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

io::Manifest full_manifest() {
  io::Manifest m;
  m.version = "0.1.0";
  m.command_line = {"reticulist", "cohesion", "--data", "in", "--out", "out"};
  m.inputs = {{"in/participation.csv", std::string(64, 'a'), 1234},
              {"in/networks.csv", std::string(64, 'b'), 56}};
  m.options = {{"period", "academic"}, {"large_event", "50"}, {"formats", "csv"}};
  m.periods = io::ManifestPeriods{
      "academic years, 1 September to 31 August",
      {{"2022/23", "2022-09-01", "2023-08-31"}, {"2023/24", "2023-09-01", "2024-08-31"}}};
  m.key_fingerprint = "0123456789abcdef";
  io::ManifestFile file;
  file.name = "cohesion.csv";
  file.title = "Cohesion";
  file.description = "one row per network and period";
  file.rows = 7;
  file.columns = {{"period", "text", "period label"},
                  {"density", "real", "edges / possible edges, undirected"}};
  file.notes = {{"convention", "each unordered pair once"}};
  m.files = {file};
  return m;
}

}  // namespace

TEST_CASE("sha256_hex matches the FIPS 180-2 vectors", "[io]") {
  CHECK(io::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(io::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(io::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256_file_hex streams files larger than its block", "[io]") {
  TempDir dir;
  write_bytes(dir.path() / "million_a", std::string(1000000, 'a'));
  CHECK(io::sha256_file_hex(dir.path() / "million_a") ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

  std::string big;
  for (std::size_t i = 0; i < 2621440 + 17; ++i) big += static_cast<char>((i * 131) % 251);
  write_bytes(dir.path() / "big", big);
  const io::FileDigest digest = io::digest_file(dir.path() / "big");
  CHECK(digest.sha256 == io::sha256_hex(big));
  CHECK(digest.bytes == big.size());

  write_bytes(dir.path() / "empty", "");
  CHECK(io::sha256_file_hex(dir.path() / "empty") == io::sha256_hex(""));
}

TEST_CASE("sha256_file_hex: an unreadable file is an input error", "[io]") {
  TempDir dir;
  const fs::path missing = dir.path() / "missing.csv";
  CHECK_THROWS_AS(io::sha256_file_hex(missing), reticulist::InputError);
  CHECK_THROWS_WITH(io::sha256_file_hex(missing),
                    missing.string() + ": cannot read: No such file or directory");
  CHECK_THROWS_WITH(io::sha256_file_hex(dir.path()),
                    dir.path().string() + ": cannot read: Is a directory");
}

TEST_CASE("describe_input records path, digest and size", "[io]") {
  TempDir dir;
  write_bytes(dir.path() / "x.csv", "abc");
  const io::ManifestInput input = io::describe_input(dir.path() / "x.csv");
  CHECK(input.path == (dir.path() / "x.csv").string());
  CHECK(input.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(input.bytes == 3);
}

TEST_CASE("manifest_to_json: fields, order and values", "[io]") {
  const std::string text = io::manifest_to_json(full_manifest());
  const Json expected = Json::parse(R"({
    "output_contract": 1,
    "program": "reticulist",
    "version": "0.1.0",
    "command_line": ["reticulist", "cohesion", "--data", "in", "--out", "out"],
    "inputs": [
      {"path": "in/participation.csv",
       "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bytes": 1234},
      {"path": "in/networks.csv",
       "sha256": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bytes": 56}
    ],
    "options": {"period": "academic", "large_event": "50", "formats": "csv"},
    "periods": {
      "scheme": "academic years, 1 September to 31 August",
      "labels": [
        {"label": "2022/23", "first": "2022-09-01", "last": "2023-08-31"},
        {"label": "2023/24", "first": "2023-09-01", "last": "2024-08-31"}
      ]
    },
    "key_fingerprint": "0123456789abcdef",
    "identify": false,
    "files": [
      {"name": "cohesion.csv", "title": "Cohesion", "description": "one row per network and period",
       "rows": 7,
       "columns": [{"name": "period", "type": "text", "description": "period label"},
                   {"name": "density", "type": "real",
                    "description": "edges / possible edges, undirected"}],
       "notes": {"convention": "each unordered pair once"}}
    ]
  })");
  // ordered_json compares objects key by key in order, so this checks the order too.
  CHECK(Json::parse(text) == expected);
  // 2-space indentation, a final newline, the same bytes every time.
  CHECK(text == expected.dump(2) + "\n");
  CHECK(text.rfind("{\n  \"output_contract\": 1,\n  \"program\": \"reticulist\",\n", 0) == 0);
  CHECK(io::manifest_to_json(full_manifest()) == text);
  std::ostringstream out;
  io::write_manifest(full_manifest(), out);
  CHECK(out.str() == text);
}

TEST_CASE("manifest_to_json: --identify adds a warning", "[io]") {
  io::Manifest m = full_manifest();
  m.identify = true;
  const Json j = Json::parse(io::manifest_to_json(m));
  CHECK(j["identify"] == true);
  CHECK(j["warning"] == io::kIdentifyWarning);
  // The warning follows the flag, before the files.
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"output_contract", "program", "version", "command_line",
                                         "inputs", "options", "periods", "key_fingerprint",
                                         "identify", "warning", "files"});
  CHECK_FALSE(Json::parse(io::manifest_to_json(full_manifest())).contains("warning"));
}

TEST_CASE("manifest_to_json: absent periods, key and rows are null", "[io]") {
  io::Manifest m;
  m.version = "0.1.0";
  io::ManifestFile dot;
  dot.name = "network.dot";
  dot.description = "co-attendance network, Graphviz DOT";
  m.files = {dot};
  const Json j = Json::parse(io::manifest_to_json(m));
  CHECK(j["periods"].is_null());
  CHECK(j["key_fingerprint"].is_null());
  CHECK(j["inputs"] == Json::array());
  CHECK(j["options"] == Json::object());
  CHECK(j["command_line"] == Json::array());
  CHECK(j["files"][0] == Json::parse(R"({"name": "network.dot", "title": "",
      "description": "co-attendance network, Graphviz DOT", "rows": null, "columns": [],
      "notes": {}})"));
}

TEST_CASE("manifest_to_json: non-UTF-8 arguments do not throw", "[io]") {
  io::Manifest m;
  m.command_line = {"reticulist", "--out", "caf\xE9"};
  const Json j = Json::parse(io::manifest_to_json(m));
  CHECK(j["command_line"][2] == "caf\xEF\xBF\xBD");
}

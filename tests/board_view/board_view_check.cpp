// The board view's promise, checked end to end on the sample dataset: run summary, engagement,
// churn and metrics --layer authority with --view board, then read every byte of every file they
// wrote and fail on
//   - a pseudonym (p_ and 16 hex digits) anywhere;
//   - a practitioner identifier of participation.csv anywhere (any case);
//   - a count of people (a column the manifest says holds people_count) from 1 to threshold - 1,
//     in the CSV or the JSON of any table.
// and check that suppressed cells are "[c]" in both. The officer view of the same commands must
// show pseudonyms or small counts somewhere, or the check would prove nothing.
//
//   board_view_check RETICULIST DATASET KEY_FILE WORK_DIR
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

int failures = 0;

void fail(const std::string& what) {
  std::cerr << "FAIL: " << what << '\n';
  ++failures;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// RFC 4180 records of a whole file.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// The practitioner identifiers of the dataset, lower-cased.
std::set<std::string> identifiers(const fs::path& participation) {
  const auto rows = parse_csv(read(participation));
  const auto& header = rows.at(0);
  const auto col = static_cast<std::size_t>(std::find(header.begin(), header.end(), "practitioner") - header.begin());
  std::set<std::string> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (col < rows[r].size() && !rows[r][col].empty()) out.insert(lower(rows[r][col]));
  }
  return out;
}

bool small_count(const std::string& cell, unsigned threshold) {
  if (cell.empty() || !std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const unsigned long v = std::stoul(cell);
  return v > 0 && v < threshold;
}

// Scans one output folder; returns how many suppressed cells it saw.
std::size_t check_folder(const fs::path& dir, const std::set<std::string>& ids) {
  const Json manifest = Json::parse(read(dir / "manifest.json"));
  if (manifest["disclosure"]["view"] != "board") fail(dir.string() + ": manifest does not say the board view");
  const unsigned threshold = manifest["disclosure"]["threshold"].get<unsigned>();
  const std::regex pseudonym("p_[0-9a-f]{16}");
  std::size_t suppressed = 0;

  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string text = read(entry.path());
    const std::string name = entry.path().filename().string();
    std::smatch m;
    if (std::regex_search(text, m, pseudonym)) fail(name + " in " + dir.string() + ": pseudonym " + m.str());
    // Identifiers: every maximal run of identifier characters, looked up lower-cased.
    const std::string low = lower(text);
    std::size_t i = 0;
    while (i < low.size()) {
      const auto is_id = [&](char c) { return std::isalnum(static_cast<unsigned char>(c)) || std::string("._%+-@").find(c) != std::string::npos; };
      if (!is_id(low[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < low.size() && is_id(low[j])) ++j;
      if (ids.count(low.substr(i, j - i))) fail(name + " in " + dir.string() + ": identifier " + low.substr(i, j - i));
      i = j;
    }
  }

  for (const auto& file : manifest["files"]) {
    std::set<std::string> people;
    for (const auto& column : file["columns"]) {
      if (column.value("holds", "") == "people_count") people.insert(column["name"].get<std::string>());
    }
    const std::string name = file["name"];
    const fs::path path = dir / name;
    if (name.ends_with(".csv")) {
      const auto rows = parse_csv(read(path));
      const auto& header = rows.at(0);
      for (std::size_t r = 1; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < header.size() && c < rows[r].size(); ++c) {
          if (rows[r][c] == "[c]") ++suppressed;
          if (people.count(header[c]) && small_count(rows[r][c], threshold)) {
            fail(name + " row " + std::to_string(r) + ": " + header[c] + " = " + rows[r][c]);
          }
        }
      }
    } else if (name.ends_with(".json")) {
      const Json j = Json::parse(read(path));
      for (const auto& row : j.begin().value()) {
        for (const auto& [key, value] : row.items()) {
          if (people.count(key) && value.is_number() && value.get<double>() > 0 && value.get<double>() < threshold) {
            fail(name + ": " + key + " = " + value.dump());
          }
        }
      }
    }
  }
  return suppressed;
}

int run(const std::string& command) {
  const int rc = std::system(command.c_str());
  if (rc != 0) fail("exit " + std::to_string(rc) + ": " + command);
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: board_view_check RETICULIST DATASET KEY_FILE WORK_DIR\n";
    return 2;
  }
  const std::string cli = argv[1], dataset = argv[2];
  const fs::path work = argv[4];
  fs::remove_all(work);
  fs::create_directories(work);
  // A private copy of the key: git keeps the fixture 0644, which reticulist refuses.
  const std::string key = (work / "test.key").string();
  fs::copy_file(argv[3], key);
  fs::permissions(key, fs::perms::owner_read | fs::perms::owner_write);
  const std::set<std::string> ids = identifiers(fs::path(dataset) / "participation.csv");
  if (ids.empty()) fail("no identifiers read from the dataset");

  const std::vector<std::pair<std::string, std::string>> commands = {
      {"summary", "summary"}, {"engagement", "engagement"}, {"churn", "churn"},
      {"metrics", "metrics --layer authority"}};
  std::size_t suppressed = 0;
  for (const auto& [name, args] : commands) {
    const fs::path out = work / name;
    run("\"" + cli + "\" " + args + " \"" + dataset + "\" --key-file \"" + key + "\" --view board -q --out \"" +
        out.string() + "\" > \"" + (work / (name + ".stdout")).string() + "\" 2>&1");
    suppressed += check_folder(out, ids);
  }
  // The search must be able to fail: the officer view of churn shows small counts, and metrics on
  // the practitioner layer shows pseudonyms.
  run("\"" + cli + "\" metrics \"" + dataset + "\" --key-file \"" + key + "\" --period all -q --out \"" +
      (work / "officer").string() + "\" > /dev/null 2>&1");
  if (read(work / "officer" / "nodes.csv").find("p_") == std::string::npos) fail("officer nodes.csv has no pseudonym");
  if (suppressed == 0) fail("the board view suppressed nothing: the sample has small counts, so the check is idle");

  std::cout << "board view: " << commands.size() << " commands, " << suppressed
            << " suppressed cells, no pseudonym, identifier or small count of people\n";
  std::cout << (failures == 0 ? "1 passed, 0 failed" : "0 passed, 1 failed") << '\n';
  return failures == 0 ? 0 : 1;
}

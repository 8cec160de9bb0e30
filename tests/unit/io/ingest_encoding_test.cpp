// Ingest of files that are not plain UTF-8 (io/ingest.hpp, io/text_encoding.hpp).
//
// tests/fixtures/not_utf8/participation.csv, LF line ends:
//   1  header
//   2  a.smith, designation "class teacher"                 accepted
//   3  b.jones, designation "m\xE9diateur" (Windows-1252 é)  rejected: invalid UTF-8 at column 64
// So 2 read = 1 accepted + 1 rejected; read as windows-1252, 2 read = 2 accepted ("médiateur").
//
// The rule: at most kMaxInvalidUtf8Rows (10) participation rows with invalid UTF-8 are rejected
// one by one; an 11th stops the run at the first, as does any in a register file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "engine/error.hpp"
#include "io/ingest.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

using testing::fixture;

constexpr const char* kHeader = "date,network,practitioner,establishment,authority,role,designation,event\n";

// `bad` rows whose designation holds 0xE9 (é in Windows-1252), after one good row.
std::string rows_with_latin_bytes(int bad) {
  std::string text = kHeader;
  text += "2022-09-05,N1,p0@x.uk,,Glasgow City,member,teacher,E1\n";
  for (int i = 1; i <= bad; ++i) {
    text += "2022-09-05,N1,p" + std::to_string(i) + "@x.uk,,Glasgow City,member,m\xE9" "diateur,E1\n";
  }
  return text;
}

// The fixture configuration (test key, fixed dates) for the dataset in `dir`.
DatasetConfig config_of(const testing::TempDir& dir) {
  DatasetConfig config = testing::fixture_config("not_utf8");
  config.folder = dir.path();
  return config;
}

}  // namespace

TEST_CASE("a row with invalid UTF-8 is rejected with its line and reason, and the encoding advised",
          "[io][ingest][encoding]") {
  const Ingested in = testing::ingest_fixture("not_utf8");
  const FileReconciliation& p = in.report.files.front();
  CHECK(p.read == 2);
  CHECK(p.accepted == 1);
  CHECK(p.rejected == 1);
  REQUIRE(in.report.rejects.size() == 1);
  const Reject& r = in.report.rejects.front();
  CHECK(r.line == 3);
  CHECK(r.column.empty());
  CHECK(r.reason == "invalid UTF-8 (byte 0xE9 at column 64)");
  CHECK(r.raw == kRecordWithheld);  // its identifier could not be pseudonymised
  CHECK(in.report.notes.front() ==
        "participation.csv: 1 row rejected for invalid UTF-8; the file looks like Windows-1252 (e.g. '\xC3\xA9' at "
        "line 3); read it with --encoding windows-1252");

  DatasetConfig identify = testing::fixture_config("not_utf8");
  identify.identify = true;  // the row byte for byte
  CHECK(testing::ingest_config(identify).report.rejects.front().raw ==
        "2022-09-05,N1,b.jones@glow.sch.uk,8100001,Glasgow City,member,m\xE9" "diateur,E1");
}

TEST_CASE("read as windows-1252 the same file is accepted whole", "[io][ingest][encoding]") {
  DatasetConfig config = testing::fixture_config("not_utf8");
  config.encoding = "windows-1252";
  const Ingested in = testing::ingest_config(config);
  CHECK(in.report.files.front().accepted == 2);
  CHECK(in.report.rejects.empty());
  const auto& names = in.dataset.designations;
  CHECK(std::find(names.begin(), names.end(), "m\xC3\xA9" "diateur") != names.end());
}

TEST_CASE("ten rows with invalid UTF-8 are rejected; an eleventh stops ingest at the first",
          "[io][ingest][encoding]") {
  testing::TempDir dir;
  const DatasetConfig config = config_of(dir);
  const auto path = dir.path() / "participation.csv";

  testing::write_file(path, rows_with_latin_bytes(10));
  const Ingested ten = testing::ingest_config(config);
  CHECK(ten.report.files.front().read == 11);
  CHECK(ten.report.files.front().rejected == 10);

  testing::write_file(path, rows_with_latin_bytes(11));
  CHECK(testing::ingest_error(config) == path.string() +
                                  ":3: invalid UTF-8 (byte 0xE9 at column 45); 11 rows hold invalid UTF-8, more than "
                                  "the 10 that are rejected one by one; the file looks like Windows-1252 (e.g. "
                                  "'\xC3\xA9' at line 3); read it with --encoding windows-1252");
}

TEST_CASE("a UTF-8 file with a damaged row is not taken for Windows-1252", "[io][ingest][encoding]") {
  testing::TempDir dir;
  const DatasetConfig config = config_of(dir);
  // Line 2 holds a well-formed é (C3 A9), so the file is UTF-8 and line 3's 0xE9 is damage.
  std::string text = rows_with_latin_bytes(1);
  text.replace(text.find("teacher"), 7, "t\xC3\xA9" "acher");
  testing::write_file(dir.path() / "participation.csv", text);
  const Ingested in = testing::ingest_config(config);
  CHECK(in.report.files.front().rejected == 1);
  CHECK(in.report.notes.front() ==
        "participation.csv: 1 row rejected for invalid UTF-8; if the file was saved in another encoding, read it "
        "with --encoding NAME (e.g. windows-1252)");
}

TEST_CASE("invalid UTF-8 in a register or a header stops ingest", "[io][ingest][encoding]") {
  testing::TempDir dir;
  const DatasetConfig config = config_of(dir);
  testing::write_file(dir.path() / "participation.csv", rows_with_latin_bytes(0));
  testing::write_file(dir.path() / "authorities.csv", "authority,name\nGlasgow City,Glasgow\nFife,Fi\xE9\n");
  CHECK(testing::ingest_error(config) == (dir.path() / "authorities.csv").string() +
                                  ":3: invalid UTF-8 (byte 0xE9 at column 8); the file looks like Windows-1252 "
                                  "(e.g. '\xC3\xA9' at line 3); read it with --encoding windows-1252");

  std::filesystem::remove(dir.path() / "authorities.csv");
  testing::write_file(dir.path() / "participation.csv", std::string("d\xE2te,") + (kHeader + 5));
  CHECK(testing::ingest_error(config) == (dir.path() / "participation.csv").string() +
                                  ":1: invalid UTF-8 (byte 0xE2 at column 2); the file looks like Windows-1252 "
                                  "(e.g. '\xC3\xA2' at line 1); read it with --encoding windows-1252");
}

TEST_CASE("UTF-16 files with a byte-order mark are ingested as their UTF-8 text", "[io][ingest][encoding]") {
  testing::TempDir dir;
  const DatasetConfig config = config_of(dir);
  const std::string text = std::string(kHeader) + "2022-09-05,N1,a@x.uk,,Glasgow City,member,m\xC3\xA9" "diateur,E1\n";
  // UTF-8 to UTF-16LE for this text of code points below U+0800.
  std::string le = "\xFF\xFE";
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    unsigned cp = c;
    if (c >= 0xC0) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[++i]) & 0x3Fu);
    le += static_cast<char>(cp & 0xFF);
    le += static_cast<char>(cp >> 8);
  }
  testing::write_file(dir.path() / "participation.csv", le);
  const Ingested in = testing::ingest_config(config);
  CHECK(in.report.files.front().accepted == 1);
  const auto& names = in.dataset.designations;
  CHECK(std::find(names.begin(), names.end(), "m\xC3\xA9" "diateur") != names.end());
}

}  // namespace reticulist::io

// Ingest of tests/fixtures/damaged: a participation.csv with a byte-order mark, CRLF line ends
// and one fault of each kind, beside a small register. Lines of participation.csv (1 is the
// header; the row on line 10 holds a quoted line break, so it ends on line 11):
//
//    2- 5  E1: four people; " MEMBER " and "Co-ordinator" spellings      accepted
//    6     exact repeat of line 2                                        duplicate of 2
//    7- 8  E2; line 8 names St Mary's with its authority                 accepted
//    9     St Mary's without an authority: two in the register          rejected (establishment)
//   10-11  "class teacher<LF>and mentor"                                 accepted
//   12     2023-02-30                                                    rejected (date)
//   13     1899-01-01                                                    rejected (date, implausible)
//   14     role "observer"                                               rejected (role)
//   15     unknown establishment, no authority                           rejected (establishment)
//   16     unknown establishment with its authority                      accepted, outside register
//   17     blank practitioner                                            rejected (practitioner)
//   18-28  central staff, a case variant of line 2's person, implicit events, a network by
//          name, a school by unique name, an authority the register overrides   accepted
//
// participation.csv: 26 records read = 19 accepted + 6 rejected + 1 duplicate.
#include "io/ingest.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

using testing::fixture;
using testing::ingest_fixture;

struct Rec {
  std::string file;
  bool present;
  std::uint64_t read, accepted, rejected, duplicates;
  bool operator==(const Rec&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Rec& r) {
  return os << r.file << (r.present ? "" : " (absent)") << ": " << r.read << " = " << r.accepted << " + "
            << r.rejected << " + " << r.duplicates;
}

struct Why {
  std::string file;
  std::uint64_t line;
  std::string column;
  std::string reason;
  bool operator==(const Why&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Why& w) {
  return os << w.file << ":" << w.line << " [" << w.column << "] " << w.reason;
}

std::vector<Rec> reconciliation(const IngestReport& report) {
  std::vector<Rec> out;
  for (const auto& f : report.files) out.push_back({f.file, f.present, f.read, f.accepted, f.rejected, f.duplicates});
  return out;
}

std::vector<Why> reasons(const IngestReport& report) {
  std::vector<Why> out;
  for (const auto& r : report.rejects) out.push_back({r.file, r.line, r.column, r.reason});
  return out;
}

}  // namespace

TEST_CASE("ingest reconciles every file of the damaged fixture", "[io][ingest]") {
  const IngestReport report = ingest_fixture("damaged").report;
  CHECK(reconciliation(report) == std::vector<Rec>{{"participation.csv", true, 26, 19, 6, 1},
                                                   {"authorities.csv", true, 3, 3, 0, 0},
                                                   {"establishments.csv", true, 8, 8, 0, 0},
                                                   {"networks.csv", true, 3, 3, 0, 0}});
  for (const auto& f : report.files) CHECK(f.read == f.accepted + f.rejected + f.duplicates);
  CHECK(report.rows_read() == 40);
  CHECK(report.rows_rejected() == 6);
}

TEST_CASE("ingest rejects each damaged row with its line, column and reason", "[io][ingest]") {
  const IngestReport report = ingest_fixture("damaged").report;
  const std::string f = "participation.csv";
  CHECK(reasons(report) ==
        std::vector<Why>{
            {f, 9, "establishment",
             "establishment name 'St Mary's Primary School' is ambiguous (2 establishments in the register; "
             "give the SEED code or the authority)"},
            {f, 12, "date", "bad date '2023-02-30' (not a calendar day YYYY-MM-DD)"},
            {f, 13, "date", "date 1899-01-01 is outside the plausible range 2000-01-01..2030-12-31"},
            {f, 14, "role",
             "unknown role 'observer' (expected member, coordinator, facilitator, resource_creator or lead)"},
            {f, 15, "establishment",
             "establishment 'Greenfield Primary School' is not in the register and no authority is given"},
            {f, 17, "practitioner", "practitioner is blank"},
        });
}

TEST_CASE("a rejected row is kept exactly as in the file, without its line end", "[io][ingest]") {
  const IngestReport report = ingest_fixture("damaged").report;
  REQUIRE(report.rejects.size() == 6);
  CHECK(report.rejects[5].raw == "2023-01-16,N3,,8300001,South Lanarkshire,member,class teacher,E3");
  for (const auto& r : report.rejects) {
    CHECK(r.raw.find('\r') == std::string::npos);
    CHECK(r.raw.find('\n') == std::string::npos);
  }
}

TEST_CASE("a row with several faults gives every reason and the first column at fault", "[io][ingest]") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "participation.csv",
                      "date,network,practitioner,role\n"
                      "2023-13-01,,,boss\n");
  DatasetConfig config = testing::fixture_config("damaged");
  config.folder = dir.path();
  const IngestReport report = testing::ingest_config(config).report;
  CHECK(reasons(report) ==
        std::vector<Why>{{"participation.csv", 2, "practitioner",
                          "practitioner is blank; network is blank; bad date '2023-13-01' (not a calendar day "
                          "YYYY-MM-DD); unknown role 'boss' (expected member, coordinator, facilitator, "
                          "resource_creator or lead); no establishment and no authority (one is needed to place "
                          "the practitioner)"}});
}

TEST_CASE("ingest counts an exact repeat once and names the line it repeats", "[io][ingest]") {
  const IngestReport report = ingest_fixture("damaged").report;
  REQUIRE(report.duplicates.size() == 1);
  CHECK(report.duplicates[0].line == 6);
  CHECK(report.duplicates[0].first_line == 2);
}

TEST_CASE("a quoted line break is accepted and later rows keep their physical line numbers", "[io][ingest]") {
  const Ingested in = ingest_fixture("damaged");
  const auto& rec = in.dataset.records;
  std::vector<std::uint32_t> lines(rec.line.begin(), rec.line.end());
  std::sort(lines.begin(), lines.end());
  CHECK(lines == std::vector<std::uint32_t>{2, 3, 4, 5, 7, 8, 10, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28});
  const auto at = std::find(rec.line.begin(), rec.line.end(), 10u) - rec.line.begin();
  REQUIRE(rec.designation[at] != model::kNone);
  CHECK(in.dataset.designations[rec.designation[at]] == "class teacher\nand mentor");
  CHECK(in.report.rejects[1].line == 12);  // the first row after it
}

TEST_CASE("a file missing a required column stops ingest with a message naming it", "[io][ingest]") {
  const std::string file = fixture("missing_column/participation.csv").string();
  CHECK(testing::ingest_error(testing::fixture_config("missing_column")) ==
        file + ":1: missing required column 'practitioner' (columns found: date, network, establishment, "
               "authority, role, designation, event)");
}

TEST_CASE("a binary file saved as .csv stops ingest as not text", "[io][ingest]") {
  CHECK(testing::ingest_error(testing::fixture_config("not_csv")) ==
        fixture("not_csv/participation.csv").string() + ":1: not a text file (NUL byte)");
}

TEST_CASE("a dataset without participation.csv stops ingest", "[io][ingest]") {
  testing::TempDir dir;
  DatasetConfig config = testing::fixture_config("damaged");
  config.folder = dir.path();
  CHECK(testing::ingest_error(config) == (dir.path() / "participation.csv").string() +
                                  ": cannot open: no such file (participation.csv is required)");
  config.folder = dir.path() / "absent";
  CHECK(testing::ingest_error(config) == (dir.path() / "absent").string() +
                                  ": not a dataset folder (expected a folder holding participation.csv)");
}

TEST_CASE("a dataset that cannot be read creates no pseudonymisation key", "[io][ingest]") {
  testing::TempDir dir;
  DatasetConfig config = testing::fixture_config("missing_column");
  config.key_file = dir.path() / "keys" / "pseudonym.key";
  CHECK_THROWS_AS(testing::ingest_config(config), InputError);
  CHECK_FALSE(std::filesystem::exists(*config.key_file));
  CHECK_FALSE(std::filesystem::exists(dir.path() / "keys"));
}

TEST_CASE("ingest reports the key by fingerprint and source, never the key", "[io][ingest]") {
  const IngestReport report = ingest_fixture("damaged").report;
  CHECK(report.key_fingerprint == testing::kTestKeyFingerprint);
  CHECK(report.key_source == "key file " + testing::test_key_file().string());
  CHECK_FALSE(report.key_created);
}

}  // namespace reticulist::io

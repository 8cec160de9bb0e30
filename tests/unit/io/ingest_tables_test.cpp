#include "io/ingest_tables.hpp"

#include <catch2/catch.hpp>

using reticulist::io::IngestReport;
using reticulist::io::Reject;

// Four rejects of participation.csv: two ambiguous names (one quoting a name with an apostrophe),
// one bad date, one unknown role; one of networks.csv. By reason, quoted values left out:
//   participation.csv establishment "establishment name '…' is ambiguous"   2
//   participation.csv date          "invalid date '…'"                       1
//   participation.csv role          "unknown role '…'"                       1
//   networks.csv      (whole row)   "expected 3 fields, found 2"             1
// Most rows first; equal counts keep the (file, column, reason) order.
TEST_CASE("rejects_by_reason counts rejects by cause without their values", "[io][ingest_tables]") {
  IngestReport report;
  report.rejects = {
      {"participation.csv", 10, "establishment", "establishment name 'St Joseph's Primary' is ambiguous", "raw1"},
      {"participation.csv", 12, "date", "invalid date '2021-02-30'", "raw2"},
      {"participation.csv", 15, "establishment", "establishment name 'Holy Cross' is ambiguous", "raw3"},
      {"participation.csv", 20, "role", "unknown role 'p_0123abcd'", "raw4"},
      {"networks.csv", 3, "", "expected 3 fields, found 2", "raw5"},
  };
  const auto t = reticulist::io::rejects_by_reason_table(report);
  REQUIRE(t.row_count() == 4);
  CHECK(t.text(0, t.column_index("reason")) == "establishment name '\u2026' is ambiguous");
  CHECK(t.integer(0, t.column_index("rows")) == 2);
  CHECK(t.text(1, t.column_index("file")) == "networks.csv");
  CHECK(t.text(1, t.column_index("column")) == "");
  CHECK(t.text(2, t.column_index("reason")) == "invalid date '\u2026'");
  CHECK(t.text(3, t.column_index("reason")) == "unknown role '\u2026'");
  for (std::size_t r = 0; r < t.row_count(); ++r) {
    CHECK(t.format_cell(r, t.column_index("reason")).find("p_0123abcd") == std::string::npos);
  }
}

TEST_CASE("rejects_by_reason of no rejects is an empty table", "[io][ingest_tables]") {
  const auto t = reticulist::io::rejects_by_reason_table(IngestReport{});
  CHECK(t.row_count() == 0);
  CHECK(t.column_count() == 4);
}

// When a dataset gives nothing to analyse (io/nothing_to_analyse.hpp), through a real ingest.
//
//   header_only/participation.csv   1 line: the header             read 0 -> "has a header and no rows"
//   one bad row (2023-02-30)        read 1 = 0 accepted + 1 rejected -> "its one row was rejected"
//   three bad rows (dates, role)    read 3 = 0 + 3                   -> "all 3 of its rows were rejected"
//   damaged/                        read 26 = 19 + 6 + 1             -> nothing to say
#include "io/nothing_to_analyse.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

using testing::TempDir;

constexpr const char* kHeader = "date,network,practitioner,establishment,authority,role,designation,event\n";

// A dataset folder holding only `participation` (no registers), with the test key.
DatasetConfig dataset_of(const TempDir& dir, const std::string& participation) {
  testing::write_file(dir.path() / "participation.csv", participation);
  DatasetConfig config = load_dataset_config(dir.path(), std::nullopt);
  config.key_file = testing::test_key_file();
  config.valid_dates = model::DateRange{model::day_from_civil(2000, 1, 1), model::day_from_civil(2030, 12, 31)};
  return config;
}

}  // namespace

TEST_CASE("a participation file with a header and no rows gives nothing to analyse", "[io][nothing]") {
  const DatasetConfig config = testing::fixture_config("header_only");
  const Ingested in = testing::ingest_config(config);
  REQUIRE(in.report.files.front().read == 0);
  CHECK(nothing_to_analyse(config, in.report) ==
        testing::fixture("header_only").string() + "/participation.csv has a header and no rows: nothing to analyse");
}

TEST_CASE("a participation file whose every row is rejected gives nothing to analyse", "[io][nothing]") {
  TempDir one;
  const DatasetConfig a = dataset_of(one, std::string(kHeader) + "2023-02-30,N1,a@x.uk,8100001,Glasgow City,member,teacher,E1\n");
  const IngestReport ra = testing::ingest_config(a).report;
  REQUIRE(ra.files.front().rejected == 1);
  CHECK(nothing_to_analyse(a, ra) ==
        (one.path() / "participation.csv").string() + ": its one row was rejected: nothing to analyse");

  TempDir three;
  const DatasetConfig b = dataset_of(three, std::string(kHeader) +
                                            "2023-02-30,N1,a@x.uk,8100001,Glasgow City,member,teacher,E1\n"
                                            "1899-01-01,N1,b@x.uk,8100001,Glasgow City,member,teacher,E1\n"
                                            "2023-01-10,N1,c@x.uk,8100001,Glasgow City,observer,teacher,E1\n");
  const IngestReport rb = testing::ingest_config(b).report;
  REQUIRE(rb.files.front().rejected == 3);
  CHECK(nothing_to_analyse(b, rb) ==
        (three.path() / "participation.csv").string() + ": all 3 of its rows were rejected: nothing to analyse");
}

TEST_CASE("one accepted row is something to analyse", "[io][nothing]") {
  const DatasetConfig damaged = testing::fixture_config("damaged");
  CHECK(nothing_to_analyse(damaged, testing::ingest_config(damaged).report) == std::nullopt);

  TempDir dir;  // one row accepted beside one rejected
  const DatasetConfig config = dataset_of(dir, std::string(kHeader) +
                                           "2023-01-10,N1,a@x.uk,8100001,Glasgow City,member,teacher,E1\n"
                                           "2023-02-30,N1,b@x.uk,8100001,Glasgow City,member,teacher,E1\n");
  const IngestReport report = testing::ingest_config(config).report;
  REQUIRE(report.files.front().accepted == 1);
  CHECK(nothing_to_analyse(config, report) == std::nullopt);
}

}  // namespace reticulist::io

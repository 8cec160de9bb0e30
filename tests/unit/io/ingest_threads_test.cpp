// Ingest shares its work out between threads once a file is large enough: participation.csv is
// parsed in chunks, and the records are sorted, deduplicated and written in ranges of events
// that are then moved together over the slots their duplicates left. None of that may show in
// the result: the dataset, the duplicates and the rejects must be the same on any number of
// threads. The file here is built to reach every path of that: over 100,000 accepted rows (the
// size from which assembly is shared out), duplicates in every part of the file, sessions listed
// out of date order, rows without an event (one event per network and day), a case variant of an
// identifier, rejected rows, and an extra column.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "io/ingest.hpp"
#include "support/fixture_datasets.hpp"
#include "support/same_dataset.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

std::string participation_csv() {
  std::string csv = "date,network,practitioner,establishment,authority,role,event,cohort\n";
  std::uint64_t state = 12345;
  auto next = [&state](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % below;
  };
  std::vector<std::string> event_rows;
  for (int e = 0; e < 4200; ++e) {
    // Every seventh session is listed a month before the one listed before it.
    const int day = 1 + (e / 7) % 28;
    const int month = e % 7 == 6 ? 1 : 2 + (e / 196) % 10;
    const std::string date = "2022-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" +
                             (day < 10 ? "0" : "") + std::to_string(day);
    const std::string network = "N" + std::to_string(next(40));
    const std::string event = e % 11 == 5 ? "" : "EV" + std::to_string(e);  // some rows give no event
    event_rows.clear();
    for (int a = 0; a < 30; ++a) {
      const std::uint64_t person = next(9000);
      std::string id = "p" + std::to_string(person) + "@glow.sch.uk";
      if (person % 97 == 0 && a % 2 == 0) id[0] = 'P';  // the same person, in capitals
      const std::string row = date + "," + network + "," + id + ",S" + std::to_string(person % 300) + ",A" +
                              std::to_string(person % 8) + "," + (a == 0 ? "lead" : "member") + "," + event +
                              ",c" + std::to_string(next(5)) + "\n";
      event_rows.push_back(row);
      csv += row;
      if (next(50) == 0) csv += event_rows[next(event_rows.size())];  // a repeat of a row of this session
    }
    if (e % 500 == 250) csv += "2022-13-01,N1,x@glow.sch.uk,S1,A1,member,EV1,c1\n";  // rejected: no such day
  }
  return csv;
}

struct Outcome {
  model::Dataset dataset;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> duplicates;
  std::vector<std::uint64_t> rejected_lines;
};

Outcome ingest_with(const std::filesystem::path& folder, unsigned threads) {
  DatasetConfig config = load_dataset_config(folder, std::nullopt);
  config.key_file = testing::fixture("test.key");
  config.valid_dates = model::DateRange{model::day_from_civil(2000, 1, 1), model::day_from_civil(2030, 12, 31)};
  config.threads = threads;
  Ingested in = testing::ingest_config(config);
  Outcome out{std::move(in.dataset), {}, {}};
  for (const Duplicate& d : in.report.duplicates) out.duplicates.emplace_back(d.line, d.first_line);
  for (const Reject& r : in.report.rejects) out.rejected_lines.push_back(r.line);
  return out;
}

}  // namespace

TEST_CASE("ingest gives the same dataset, duplicates and rejects on one thread as on several",
          "[io][ingest][threads]") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "participation.csv", participation_csv());
  const Outcome one = ingest_with(dir.path(), 1);
  const model::Records& r1 = one.dataset.records;
  REQUIRE(r1.size() > 100'000);
  REQUIRE(one.duplicates.size() > 1'000);
  REQUIRE(one.rejected_lines.size() == 8);
  // Sessions listed out of order still come out numbered by date.
  for (std::size_t e = 1; e < one.dataset.events.size(); ++e) {
    REQUIRE(one.dataset.events.date[e - 1] <= one.dataset.events.date[e]);
  }

  for (unsigned threads : {2u, 3u}) {
    INFO("threads " << threads);
    const Outcome many = ingest_with(dir.path(), threads);
    testing::check_same_records_and_events(many.dataset, one.dataset);
    CHECK(many.dataset.pseudonyms == one.dataset.pseudonyms);
    CHECK(many.duplicates == one.duplicates);
    CHECK(many.rejected_lines == one.rejected_lines);
  }
}

}  // namespace reticulist::io

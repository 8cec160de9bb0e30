// Ingest shares its work out between threads once a file is large enough: participation.csv is
// parsed in chunks, and the records are sorted, deduplicated and written in ranges of events
// that are then moved together over the slots their duplicates left. None of that may show in
// the result: the dataset, the duplicates and the rejects must be the same on any number of
// threads. The file here is built to reach every path of that: over 100,000 accepted rows (the
// size from which assembly is shared out), duplicates in every part of the file, sessions listed
// out of date order, rows without an event (one event per network and day), a case variant of an
// identifier, rejected rows, and an extra column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/privacy/pseudonymiser.hpp"
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

// participation_csv() with people written more than one way where the chunks of any split
// differ: the first rows of the file, then its last rows (a chunk of their own on 2 or more
// threads). By hand, each as first written:
//   Medici@Glow.sch.uk       first row; "medici@glow.sch.uk" in the last rows
//   QIO.One@Glow.sch.uk      second row, rejected (no such day): still the first in the input;
//                            "qio.one@glow.sch.uk" accepted in the last rows
//   jane.smith@glow.sch.uk   last rows, before "Jane.Smith@Glow.sch.uk" there
// The generated rows add about a hundred people written with a capital P on some of their rows.
std::string mixed_case_csv() {
  const std::string generated = participation_csv();
  const std::size_t body = generated.find('\n') + 1;
  return generated.substr(0, body) +
         "2022-03-01,N1,Medici@Glow.sch.uk,S1,A1,member,MIX1,c1\n"
         "2022-13-01,N1,QIO.One@Glow.sch.uk,S1,A1,member,MIX1,c1\n" +
         generated.substr(body) +
         "2022-03-02,N1,medici@glow.sch.uk,S1,A1,member,MIX2,c1\n"
         "2022-03-02,N1,jane.smith@glow.sch.uk,S1,A1,member,MIX2,c1\n"
         "2022-03-03,N1,qio.one@glow.sch.uk,S1,A1,member,MIX3,c1\n"
         "2022-03-03,N1,Jane.Smith@Glow.sch.uk,S1,A1,member,MIX3,c1\n";
}

// By normal form, each person's spellings in `csv` in the order first written (practitioner is
// its third field, and no field is quoted).
std::map<std::string, std::vector<std::string>> spellings_of(const std::string& csv) {
  std::map<std::string, std::vector<std::string>> spellings;
  for (std::size_t at = csv.find('\n') + 1; at < csv.size(); at = csv.find('\n', at) + 1) {
    const std::size_t from = csv.find(',', csv.find(',', at) + 1) + 1;
    const std::string id = csv.substr(from, csv.find(',', from) - from);
    auto& seen = spellings[privacy::normalise_identifier(id)];
    if (std::find(seen.begin(), seen.end(), id) == seen.end()) seen.push_back(id);
  }
  return spellings;
}

struct Outcome {
  model::Dataset dataset;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> duplicates;
  std::vector<std::uint64_t> rejected_lines;
};

Outcome ingest_with(const std::filesystem::path& folder, unsigned threads, bool identify = false) {
  DatasetConfig config = load_dataset_config(folder, std::nullopt);
  config.identify = identify;
  config.key_file = testing::test_key_file();
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

TEST_CASE("with --identify each person is shown as first written in the file, on any number of threads",
          "[io][ingest][threads][privacy]") {
  testing::TempDir dir;
  const std::string csv = mixed_case_csv();
  testing::write_file(dir.path() / "participation.csv", csv);
  const auto spellings = spellings_of(csv);
  // The generated rows write people both ways round: first with a capital, then without, and the
  // other way.
  std::size_t capital_first = 0, capital_later = 0;
  for (const auto& [normal, seen] : spellings) {
    if (normal[0] == 'p' && seen.size() > 1) ++(seen.front()[0] == 'P' ? capital_first : capital_later);
  }
  REQUIRE(capital_first >= 20);
  REQUIRE(capital_later >= 20);

  const privacy::Pseudonymiser pseudonymiser(privacy::key_from_hex(testing::kTestKeyHex));
  std::vector<std::string> on_one_thread;
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads " << threads);
    const model::Dataset ds = ingest_with(dir.path(), threads, true).dataset;
    REQUIRE(ds.identities.size() == ds.pseudonyms.size());
    auto shown = [&](std::string_view normal) {
      const auto at = std::find(ds.pseudonyms.begin(), ds.pseudonyms.end(), pseudonymiser.pseudonym(normal));
      if (at == ds.pseudonyms.end()) return std::string("(not in the dataset)");
      return ds.identities[static_cast<std::size_t>(at - ds.pseudonyms.begin())];
    };
    CHECK(shown("medici@glow.sch.uk") == "Medici@Glow.sch.uk");
    CHECK(shown("qio.one@glow.sch.uk") == "QIO.One@Glow.sch.uk");
    CHECK(shown("jane.smith@glow.sch.uk") == "jane.smith@glow.sch.uk");
    for (std::size_t p = 0; p < ds.identities.size(); ++p) {
      const std::string normal = privacy::normalise_identifier(ds.identities[p]);
      CHECK(ds.pseudonyms[p] == pseudonymiser.pseudonym(normal));  // the pseudonym does not change
      CHECK(ds.identities[p] == spellings.at(normal).front());
    }
    if (threads == 1) {
      on_one_thread = ds.identities;
    } else {
      CHECK(ds.identities == on_one_thread);
    }
  }
}

}  // namespace reticulist::io

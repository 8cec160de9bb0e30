// How a dataset is read (io/dataset_config.hpp): defaults, `--map` mappings, dataset.toml and
// its errors, which read "<file>:<line>: reason" and are ConfigErrors (exit code 2, usage).
#include "io/dataset_config.hpp"

#include <catch2/catch.hpp>

#include <string>

#include "engine/error.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {
namespace {

using testing::TempDir;
using testing::write_file;

model::Day day(int y, unsigned m, unsigned d) { return model::day_from_civil(y, m, d); }

// The configuration of a folder holding only `toml` as dataset.toml.
DatasetConfig load_toml(const TempDir& dir, const std::string& toml) {
  write_file(dir.path() / "dataset.toml", toml);
  return load_dataset_config(dir.path(), std::nullopt);
}

std::string toml_error(const TempDir& dir, const std::string& toml) {
  try {
    load_toml(dir, toml);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

std::string map_error(std::string_view text) {
  DatasetConfig config = load_dataset_config(testing::fixture("damaged"), std::nullopt);
  try {
    add_column_mapping(config, FileKind::Participation, text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

const char* const kParticipationColumns =
    "(expected one of: date, network, practitioner, establishment, authority, role, designation, event)";

}  // namespace

TEST_CASE("without dataset.toml a dataset is read with the contract's defaults", "[io][config]") {
  const DatasetConfig config = load_dataset_config(testing::fixture("damaged"), std::nullopt);
  CHECK(config.folder == testing::fixture("damaged"));
  CHECK_FALSE(config.config_file);
  CHECK(config.file_names == std::map<FileKind, std::string>{{FileKind::Participation, "participation.csv"},
                                                             {FileKind::Establishments, "establishments.csv"},
                                                             {FileKind::Networks, "networks.csv"},
                                                             {FileKind::Authorities, "authorities.csv"}});
  CHECK(config.path_of(FileKind::Networks) == testing::fixture("damaged") / "networks.csv");
  CHECK(config.columns.empty());
  CHECK(config.periods.scheme == model::PeriodScheme::Session);
  CHECK_FALSE(config.key_file);
  CHECK_FALSE(config.valid_dates);
  CHECK_FALSE(config.max_reject_share);
  CHECK_FALSE(config.max_event_size);
  CHECK_FALSE(config.identify);
}

TEST_CASE("a --map option maps an export header to a contract column", "[io][config]") {
  DatasetConfig config = load_dataset_config(testing::fixture("damaged"), std::nullopt);
  add_column_mapping(config, FileKind::Participation, "Attendee Email=practitioner");
  add_column_mapping(config, FileKind::Participation, "  Session Date = Date ");
  CHECK(config.columns.at(FileKind::Participation) ==
        ColumnMap{{"attendee email", "practitioner"}, {"session date", "date"}});
}

TEST_CASE("a mapped header is read as its contract column", "[io][config]") {
  TempDir dir;
  write_file(dir.path() / "participation.csv",
             "Session Date,Network,Attendee Email,Authority,Room\n"
             "2022-09-05,N1,Jane.Doe@glow.sch.uk,Glasgow City,B12\n"
             "2022-09-05,N1,john.roe@glow.sch.uk,Glasgow City,B12\n");
  DatasetConfig config = testing::fixture_config("damaged");
  config.folder = dir.path();
  add_column_mapping(config, FileKind::Participation, "Attendee Email=practitioner");
  add_column_mapping(config, FileKind::Participation, "Session Date=date");
  const Ingested in = testing::ingest_config(config);
  CHECK(in.report.files[0].accepted == 2);
  CHECK(in.report.rejects.empty());
  CHECK(in.dataset.practitioner_count() == 2);
  CHECK(in.dataset.records.extra.names == std::vector<std::string>{"Room"});  // unmapped: kept
}

TEST_CASE("a bad --map is a usage error", "[io][config]") {
  CHECK(map_error("Attendee Email") == "--map 'Attendee Email': expected \"Export Header=column\"");
  CHECK(map_error("=practitioner") == "--map '=practitioner': expected \"Export Header=column\"");
  CHECK(map_error("Attendee Email=") == "--map 'Attendee Email=': expected \"Export Header=column\"");
  CHECK(map_error("Attendee Email=email") ==
        std::string("--map 'Attendee Email=email': 'email' is not a column of participation.csv ") +
            kParticipationColumns);
}

TEST_CASE("dataset.toml sets files, columns, periods, key, roles, ingest and graph options", "[io][config]") {
  TempDir dir;
  const DatasetConfig config = load_toml(dir,
                                         "[files]\n"
                                         "participation = \"attendance.csv\"\n"
                                         "\n"
                                         "[columns.participation]\n"
                                         "\"Attendee Email\" = \"practitioner\"\n"
                                         "\n"
                                         "[columns.establishments]\n"
                                         "\"SEED\" = \"establishment\"\n"
                                         "\n"
                                         "[periods]\n"
                                         "scheme = \"cuts\"\n"
                                         "cuts = [\"2023-01-01\", \"2022-09-01\"]\n"
                                         "\n"
                                         "[pseudonymisation]\n"
                                         "key_file = \"/secure/wp.key\"\n"
                                         "\n"
                                         "[roles]\n"
                                         "\"Network Champion\" = \"lead\"\n"
                                         "\"Scribe\" = \"resource_creator\"\n"
                                         "\n"
                                         "[ingest]\n"
                                         "valid_dates = [\"2010-01-01\", \"2025-12-31\"]\n"
                                         "max_reject_share = 0.05\n"
                                         "\n"
                                         "[graph]\n"
                                         "max_event_size = 40\n");
  CHECK(config.config_file == dir.path() / "dataset.toml");
  CHECK(config.file_names.at(FileKind::Participation) == "attendance.csv");
  CHECK(config.file_names.at(FileKind::Networks) == "networks.csv");
  CHECK(config.columns.at(FileKind::Participation) == ColumnMap{{"attendee email", "practitioner"}});
  CHECK(config.columns.at(FileKind::Establishments) == ColumnMap{{"seed", "establishment"}});
  CHECK(config.periods.scheme == model::PeriodScheme::Cuts);
  CHECK(config.periods.cuts == std::vector<model::Day>{day(2022, 9, 1), day(2023, 1, 1)});
  CHECK(config.key_file == std::filesystem::path("/secure/wp.key"));
  CHECK(config.roles.parse("network champion") == model::Role::Lead);
  CHECK(config.roles.parse("SCRIBE") == model::Role::ResourceCreator);
  CHECK(config.roles.parse("coordinator") == model::Role::Coordinator);  // the contract's names stay
  CHECK(config.role_synonyms == std::vector<std::pair<std::string, std::string>>{
                                    {"Network Champion", "lead"}, {"Scribe", "resource_creator"}});
  REQUIRE(config.valid_dates);
  CHECK(config.valid_dates->first == day(2010, 1, 1));
  CHECK(config.valid_dates->last == day(2025, 12, 31));
  CHECK(config.max_reject_share == 0.05);
  CHECK(config.max_event_size == 40u);
}

TEST_CASE("a configuration file named explicitly is read instead of dataset.toml", "[io][config]") {
  TempDir dir;
  write_file(dir.path() / "dataset.toml", "[periods]\nscheme = \"term\"\n");
  write_file(dir.path() / "other.toml", "[periods]\nscheme = \"month\"\n");
  const DatasetConfig config = load_dataset_config(dir.path(), dir.path() / "other.toml");
  CHECK(config.config_file == dir.path() / "other.toml");
  CHECK(config.periods.scheme == model::PeriodScheme::Month);
  CHECK_THROWS_WITH(load_dataset_config(dir.path(), dir.path() / "absent.toml"),
                    (dir.path() / "absent.toml").string() + ": no such configuration file");
}

TEST_CASE("an unknown key in dataset.toml is an error at its line", "[io][config]") {
  TempDir dir;
  const std::string file = (dir.path() / "dataset.toml").string();
  CHECK(toml_error(dir, "[periods]\nscheme = \"session\"\ncut = [\"2021-01-01\"]\n") ==
        file + ":3: unknown key 'cut' in [periods]");
  CHECK(toml_error(dir, "# comment\n\n[period]\nscheme = \"term\"\n") ==
        file + ":3: unknown key 'period' in [top level]");
  CHECK(toml_error(dir, "[ingest]\nvalid_dates = [\"2000-01-01\", \"2030-12-31\"]\nmax_rejects = 0.1\n") ==
        file + ":3: unknown key 'max_rejects' in [ingest]");
  CHECK(toml_error(dir, "[pseudonymisation]\nkey = \"00\"\n") == file + ":2: unknown key 'key' in [pseudonymisation]");
  CHECK(toml_error(dir, "[graph]\n\nmax_size = 10\n") == file + ":3: unknown key 'max_size' in [graph]");
  CHECK(toml_error(dir, "[files]\nattendance = \"a.csv\"\n") == file + ":2: unknown file 'attendance' in [files]");
}

TEST_CASE("bad values in dataset.toml are errors at their line", "[io][config]") {
  TempDir dir;
  const std::string file = (dir.path() / "dataset.toml").string();
  CHECK(toml_error(dir, "[columns.participation]\n\"Attendee Email\" = \"email\"\n") ==
        file + ":2: 'email' is not a column of participation.csv " + kParticipationColumns);
  CHECK(toml_error(dir, "[columns.attendance]\n\"Attendee Email\" = \"practitioner\"\n") ==
        file + ":1: [columns.attendance] must name a file: participation, establishments, networks or authorities");
  CHECK(toml_error(dir, "[roles]\n\"Boss\" = \"chief\"\n") ==
        file + ":2: role synonym 'Boss' maps to unknown role 'chief' (expected member, coordinator, facilitator, "
               "resource_creator or lead)");
  CHECK(toml_error(dir, "[files]\nparticipation = 3\n") == file + ":2: 'participation' must be a string");
  CHECK(toml_error(dir, "[ingest]\nvalid_dates = [\"2000-01-01\", \"2030-02-30\"]\n") ==
        file + ":2: '2030-02-30' is not a date (YYYY-MM-DD)");
  CHECK(toml_error(dir, "[ingest]\nvalid_dates = [\"2000-01-01\"]\n") == file + ":2: valid_dates is [first, last]");
  CHECK(toml_error(dir, "[ingest]\nmax_reject_share = 1.5\n") ==
        file + ":2: max_reject_share is a number from 0 to 1");
  CHECK(toml_error(dir, "[graph]\nmax_event_size = -1\n") ==
        file + ":2: max_event_size is a whole number from 0 to 4294967295");
}

// Found by tests/fuzz (dataset_config target; the inputs are in tests/fuzz/corpus/dataset_config).
TEST_CASE("dataset.toml values that slipped through: unlocated, reversed, NaN, past 32 bits", "[io][config]") {
  TempDir dir;
  const std::string file = (dir.path() / "dataset.toml").string();
  // The period parsers' errors named no file or line.
  CHECK(toml_error(dir, "[periods]\nscheme = \"4erm\"\n") ==
        file + ":2: unknown period scheme '4erm' (expected session, term, quarter, month, year or cuts)");
  CHECK(toml_error(dir, "[periods]\n\ncuts = [\"2021-01-01\", \"2021-13-01\"]\n") ==
        file + ":3: bad cut date '2021-13-01' (expected YYYY-MM-DD)");
  // A reversed range was taken, and would have rejected every dated row as implausible.
  CHECK(toml_error(dir, "[ingest]\nvalid_dates = [\"2021-02-28\", \"1021-03-01\"]\n") ==
        file + ":2: valid_dates is [first, last], and '2021-02-28' is after '1021-03-01'");
  CHECK(load_toml(dir, "[ingest]\nvalid_dates = [\"2021-02-28\", \"2021-02-28\"]\n").valid_dates->first ==
        day(2021, 2, 28));
  // nan fails every comparison, so "< 0 or > 1" let it through.
  CHECK(toml_error(dir, "[ingest]\nmax_reject_share = nan\n") == file + ":2: max_reject_share is a number from 0 to 1");
  // 4294967296 was cast to 32 bits: 0, which turns the large-event rule off.
  CHECK(toml_error(dir, "[graph]\nmax_event_size = 4294967296\n") ==
        file + ":2: max_event_size is a whole number from 0 to 4294967295");
  CHECK(load_toml(dir, "[graph]\nmax_event_size = 4294967295\n").max_event_size == 4294967295u);
}

// Found by CI's fuzzing: a float read as an integer was converted with undefined behaviour when out of
// range. And a value of the wrong shape where a section or list belongs was skipped in silence.
TEST_CASE("dataset.toml: a float is not a whole number, and a section or list of the wrong shape is an error",
          "[io][config]") {
  TempDir dir;
  const std::string file = (dir.path() / "dataset.toml").string();
  CHECK(toml_error(dir, "[graph]\nmax_event_size = 2147481e97\n") ==
        file + ":2: max_event_size is a whole number from 0 to 4294967295");
  CHECK(toml_error(dir, "[graph]\nmax_event_size = 30.0\n") ==
        file + ":2: max_event_size is a whole number from 0 to 4294967295");
  CHECK(toml_error(dir, "[disclosure]\nthreshold = 5.0\n") ==
        file + ":2: threshold is a whole number from 2 to 1000 (counts of people below it are suppressed in the "
               "board view)");
  CHECK(toml_error(dir, "\ngraph = 5\n") == file + ":2: 'graph' must be a section ([graph])");
  CHECK(toml_error(dir, "files = \"participation.csv\"\n") == file + ":1: 'files' must be a section ([files])");
  CHECK(toml_error(dir, "[periods]\ncuts = \"2021-08-01\"\n") ==
        file + ":2: 'cuts' must be a list, e.g. [\"2021-08-01\"]");
  CHECK(toml_error(dir, "[ingest]\nvalid_dates = \"2000-01-01\"\n") ==
        file + ":2: 'valid_dates' must be a list, [first, last]");
  // An integer-valued share is a number: 1 means every row may be rejected.
  CHECK(load_toml(dir, "[ingest]\nmax_reject_share = 1\n").max_reject_share == 1.0);
}

TEST_CASE("a dataset.toml that is not TOML is an error at its line", "[io][config]") {
  TempDir dir;
  const std::string file = (dir.path() / "dataset.toml").string();
  CHECK_THAT(toml_error(dir, "[periods]\nscheme = session\n"), Catch::StartsWith(file + ":2: "));
}

TEST_CASE("[disclosure] threshold sets the board view's smallest shown count of people", "[io][config]") {
  TempDir dir;
  CHECK_FALSE(load_toml(dir, "").disclosure_threshold);
  CHECK(load_toml(dir, "[disclosure]\nthreshold = 10\n").disclosure_threshold == 10u);
  const std::string file = (dir.path() / "dataset.toml").string();
  const std::string range =
      ": threshold is a whole number from 2 to 1000 (counts of people below it are suppressed in the board view)";
  CHECK(toml_error(dir, "[disclosure]\nthreshold = 1\n") == file + ":2" + range);
  CHECK(toml_error(dir, "[disclosure]\nthreshold = \"5\"\n") == file + ":2" + range);
  CHECK(toml_error(dir, "[disclosure]\nminimum = 5\n") == file + ":2: unknown key 'minimum' in [disclosure]");
}

TEST_CASE("a --dates range is FIRST:LAST", "[io][config]") {
  const model::DateRange range = parse_date_range("2000-01-01:2030-12-31");
  CHECK(range.first == day(2000, 1, 1));
  CHECK(range.last == day(2030, 12, 31));
  const std::string expected = " is not a date range (FIRST:LAST, e.g. 2000-01-01:2030-12-31)";
  CHECK_THROWS_WITH(parse_date_range("2000-01-01"), "'2000-01-01'" + expected);
  CHECK_THROWS_WITH(parse_date_range("2030-12-31:2000-01-01"), "'2030-12-31:2000-01-01'" + expected);
  CHECK_THROWS_WITH(parse_date_range("2000-01-01:2030-02-30"), "'2000-01-01:2030-02-30'" + expected);
  CHECK_THROWS_AS(parse_date_range("x"), ConfigError);
}


TEST_CASE("[files] encoding names the encoding of every CSV; an unknown one is an error at its line",
          "[io][config]") {
  TempDir dir;
  CHECK_FALSE(load_toml(dir, "").encoding);
  const DatasetConfig config = load_toml(dir, "[files]\nparticipation = \"a.csv\"\nencoding = \"windows-1252\"\n");
  CHECK(config.encoding == "windows-1252");
  CHECK(config.file_names.at(FileKind::Participation) == "a.csv");
  CHECK(load_toml(dir, "[files]\nencoding = \"ISO-8859-1\"\n").encoding == "ISO-8859-1");
  const std::string file = (dir.path() / "dataset.toml").string();
  CHECK(toml_error(dir, "[files]\n\nencoding = \"latin-9000\"\n") ==
        file + ":3: unknown encoding 'latin-9000' (e.g. windows-1252, iso-8859-1)");
  CHECK(toml_error(dir, "[files]\nencoding = 1252\n") == file + ":2: 'encoding' must be a string");
}

}  // namespace reticulist::io

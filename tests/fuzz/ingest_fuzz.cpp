// Fuzz target: ingest of a whole dataset folder (io/ingest). The input is participation.csv; the
// registers beside it are fixed and small (three authorities, four schools, three networks, as in
// tests/fixtures/damaged), the key is the fixed test key, the plausible dates are fixed, and
// everything lives in a private scratch folder (fuzz_support.hpp): nothing is written elsewhere.
//
// Invariants, besides "no crash, no sanitizer report":
// - the only error is InputError, and its message names participation.csv's path;
// - each file's reconciliation adds up: read = accepted + rejected + duplicates; its rejected
//   count is its number of reject rows, the duplicates are participation.csv's duplicate rows
//   and each repeats an earlier line;
// - no row is lost or invented: the lines of the dataset's records, of participation.csv's
//   rejects and of its duplicates are together exactly the lines where the CSV reader (read
//   here on its own) starts a record, each once;
// - with --identify, every rejected row is kept byte for byte: its raw text is the file's bytes
//   from the start of its line up to a line end or the end of the file;
// - ingest on 1 and on 2 threads gives the same reconciliation, rejects, duplicates, notes,
//   pseudonyms and record lines.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/error.hpp"
#include "engine/model/civil_date.hpp"
#include "engine/progress.hpp"
#include "fuzz_support.hpp"
#include "io/csv_reader.hpp"
#include "io/dataset_config.hpp"
#include "io/ingest.hpp"

namespace reticulist::fuzz {
namespace {

constexpr std::string_view kAuthorities =
    "authority,name,region\n"
    "Glasgow City,Glasgow City,West Partnership\n"
    "North Lanarkshire,North Lanarkshire,West Partnership\n"
    "South Lanarkshire,South Lanarkshire,West Partnership\n";
constexpr std::string_view kEstablishments =
    "establishment,name,authority,sector,roll,staff\n"
    "8100001,Hillhead Primary School,Glasgow City,primary,400,20\n"
    "8100002,St Mary's Primary School,Glasgow City,primary,250,12.5\n"
    "8200001,St Mary's Primary School,North Lanarkshire,primary,180,9\n"
    "8300001,Calderside Academy,South Lanarkshire,secondary,950,70\n";
constexpr std::string_view kNetworks =
    "network,name,workstream,started,ended\n"
    "N1,Numeracy Network,Learning and Teaching,2022-08-15,\n"
    "N2,Leadership Network,Leadership,2022-08-15,\n"
    "N3,Digital Network,Digital,2023-01-09,2023-06-30\n";
// tests/fixtures/test.key.
constexpr std::string_view kKeyHex = "c1d85935ea75aa61b0b245ccfa0d7ed676d1cf7cf5fbde88fcc9de3385f47d2d\n";

struct Folder {
  std::filesystem::path dataset;
  std::filesystem::path key;
};

const Folder& folder() {
  static const Folder f = [] {
    Folder made{scratch_folder() / "dataset", scratch_folder() / "test.key"};
    std::filesystem::create_directory(made.dataset);
    write_bytes(made.dataset / "authorities.csv", kAuthorities);
    write_bytes(made.dataset / "establishments.csv", kEstablishments);
    write_bytes(made.dataset / "networks.csv", kNetworks);
    const int fd = ::open(made.key.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);  // a key others may read is refused
    require(fd >= 0 && ::write(fd, kKeyHex.data(), kKeyHex.size()) == static_cast<ssize_t>(kKeyHex.size()),
            "the test key written", made.key.string());
    ::close(fd);
    return made;
  }();
  return f;
}

// Lines where the CSV reader starts a record of the body (after the header); empty when it
// cannot read the file.
std::vector<std::uint64_t> record_lines(std::string_view bytes) {
  std::vector<std::uint64_t> lines;
  try {
    const io::CsvFile file = io::CsvFile::from_string(std::string(bytes), "participation.csv");
    io::CsvChunk body;
    io::read_header(file, body);
    io::CsvCursor cursor(file, body);
    io::CsvRecord record;
    while (cursor.next(record)) lines.push_back(record.line);
  } catch (const InputError&) {
    lines.clear();
  }
  return lines;
}

struct Run {
  std::optional<io::Ingested> ingested;
  std::string error;
};

Run run(unsigned threads) {
  io::DatasetConfig config = io::load_dataset_config(folder().dataset, std::nullopt);
  config.key_file = folder().key;
  config.valid_dates = model::DateRange{*model::parse_iso_date("2000-01-01"), *model::parse_iso_date("2030-12-31")};
  config.identify = true;
  config.threads = threads;
  NoProgress progress;
  Run out;
  try {
    out.ingested = io::ingest(config, progress);
  } catch (const InputError& e) {
    out.error = e.what();
  }
  return out;
}

void check(const io::Ingested& in, std::string_view bytes) {
  const io::IngestReport& report = in.report;
  for (const io::FileReconciliation& f : report.files) {
    require(f.read == f.accepted + f.rejected + f.duplicates, "read = accepted + rejected + duplicates", f.file);
    const auto rejects = std::count_if(report.rejects.begin(), report.rejects.end(),
                                       [&](const io::Reject& r) { return r.file == f.file; });
    require(f.rejected == static_cast<std::uint64_t>(rejects), "the rejected count is the reject rows", f.file);
  }
  require(!report.files.empty() && report.files[0].file == "participation.csv", "participation.csv comes first");
  const io::FileReconciliation& participation = report.files[0];
  require(participation.duplicates == report.duplicates.size(), "the duplicate count is the duplicate rows");
  require(participation.accepted == in.dataset.records.size(), "accepted rows are the records");

  // Every row once: records, rejects and duplicates.
  std::vector<std::uint64_t> seen(in.dataset.records.line.begin(), in.dataset.records.line.end());
  for (const io::Duplicate& d : report.duplicates) {
    require(d.first_line < d.line, "a duplicate repeats an earlier line", std::to_string(d.line));
    seen.push_back(d.line);
  }
  const std::size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (const io::Reject& r : report.rejects) {
    if (r.file != "participation.csv") continue;
    seen.push_back(r.line);
    // The bytes of physical line r.line on.
    std::size_t at = bom;
    for (std::uint64_t l = 1; l < r.line && at != std::string_view::npos; ++l) {
      at = bytes.find('\n', at);
      if (at != std::string_view::npos) ++at;
    }
    const std::string detail = "line " + std::to_string(r.line) + " raw [" + r.raw + "]";
    require(at != std::string_view::npos && bytes.substr(at).starts_with(r.raw), "a reject keeps its row byte for byte",
            detail);
    const std::string_view after = bytes.substr(at + r.raw.size());
    require(after.empty() || after.starts_with("\n") || after.starts_with("\r\n"),
            "a reject keeps its whole row", detail);
  }
  std::sort(seen.begin(), seen.end());
  const std::vector<std::uint64_t> expected = record_lines(bytes);
  require(seen == expected, "every row is a record, a reject or a duplicate, once",
          std::to_string(seen.size()) + " rows accounted for, " + std::to_string(expected.size()) + " read");
  require(participation.read == expected.size(), "rows read are the CSV records");
}

struct RejectKey {
  std::string file;
  std::uint64_t line;
  std::string column, reason, raw;
  bool operator==(const RejectKey&) const = default;
};

void check_same(const io::Ingested& a, const io::Ingested& b) {
  auto recs = [](const io::IngestReport& r) {
    std::vector<std::uint64_t> v;
    for (const auto& f : r.files) v.insert(v.end(), {f.read, f.accepted, f.rejected, f.duplicates});
    return v;
  };
  auto rejects = [](const io::IngestReport& r) {
    std::vector<RejectKey> v;
    for (const auto& j : r.rejects) v.push_back({j.file, j.line, j.column, j.reason, j.raw});
    return v;
  };
  auto duplicates = [](const io::IngestReport& r) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> v;
    for (const auto& d : r.duplicates) v.emplace_back(d.line, d.first_line);
    return v;
  };
  require(recs(a.report) == recs(b.report), "1 and 2 threads: the same reconciliation");
  require(rejects(a.report) == rejects(b.report), "1 and 2 threads: the same rejects");
  require(duplicates(a.report) == duplicates(b.report), "1 and 2 threads: the same duplicates");
  require(a.report.notes == b.report.notes, "1 and 2 threads: the same notes");
  require(a.dataset.pseudonyms == b.dataset.pseudonyms, "1 and 2 threads: the same pseudonyms");
  require(a.dataset.records.line == b.dataset.records.line, "1 and 2 threads: the same records");
}

}  // namespace
}  // namespace reticulist::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace reticulist;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::filesystem::path participation = fuzz::folder().dataset / "participation.csv";
  fuzz::write_bytes(participation, bytes);
  const fuzz::Run one = fuzz::run(1);
  const fuzz::Run two = fuzz::run(2);
  fuzz::require(one.error == two.error, "1 and 2 threads: the same error", one.error + " | " + two.error);
  if (!one.ingested) {
    fuzz::require(one.error.starts_with(participation.string()), "an error names participation.csv", one.error);
    return 0;
  }
  fuzz::require(two.ingested.has_value(), "1 and 2 threads: both ingest");
  fuzz::check(*one.ingested, bytes);
  fuzz::check_same(*one.ingested, *two.ingested);
  return 0;
}

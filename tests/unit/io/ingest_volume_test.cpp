// A million identical participation rows (made at test time, not committed): ingest keeps one
// record and reports 999,999 duplicates, each against line 2, in memory proportional to what it
// keeps. The file is 47 MB: the rows, the row columns while parsing and the duplicate list
// (8 bytes each) stay well under the bound below, which a copy per row of the raw text or of
// the records would break.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "io/ingest.hpp"
#include "support/fixture_datasets.hpp"
#include "support/temp_dir.hpp"

namespace reticulist::io {

TEST_CASE("a million identical rows are one record and 999,999 duplicates, in bounded memory",
          "[io][ingest][volume]") {
  constexpr std::uint64_t kRows = 1'000'000;
  testing::TempDir dir;
  {
    const std::string row = "2022-09-05,N1,a.smith@glow.sch.uk,,Glasgow City,member,,E1\n";
    std::string text = "date,network,practitioner,establishment,authority,role,designation,event\n";
    text.reserve(text.size() + kRows * row.size());
    for (std::uint64_t i = 0; i < kRows; ++i) text += row;
    testing::write_file(dir.path() / "participation.csv", text);
  }
  DatasetConfig config = testing::fixture_config("header_only");
  config.folder = dir.path();

  // Peak memory of an ingest alone, in a child process of its own (the test program's own peak
  // holds whatever ran before).
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    testing::ingest_config(config);
    ::_exit(0);
  }
  int status = 0;
  struct rusage usage {};
  REQUIRE(::wait4(child, &status, 0, &usage) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  const long peak_mib = usage.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux
  INFO("peak resident set of the ingest: " << peak_mib << " MiB");
  CHECK(peak_mib < 400);

  const Ingested in = testing::ingest_config(config);
  const FileReconciliation& p = in.report.files.front();
  CHECK(p.read == kRows);
  CHECK(p.accepted == 1);
  CHECK(p.rejected == 0);
  CHECK(p.duplicates == kRows - 1);
  CHECK(p.read == p.accepted + p.rejected + p.duplicates);
  CHECK(in.dataset.records.size() == 1);
  REQUIRE(in.report.duplicates.size() == kRows - 1);
  CHECK(in.report.duplicates.front().line == 3);
  CHECK(in.report.duplicates.front().first_line == 2);
  CHECK(in.report.duplicates.back().line == kRows + 1);
  CHECK(in.report.duplicates.back().first_line == 2);
}

}  // namespace reticulist::io

#pragma once
// manifest.json: what produced an output folder and what each file in it holds (outputs.md).
//
//   {
//     "output_contract": 1,
//     "program": "reticulist", "version": "0.1.0",
//     "command_line": ["reticulist", "density", "--out", "out"],
//     "inputs": [{"path": ..., "sha256": ..., "bytes": ...}],
//     "options": {"--period": "academic", ...},          // in force, defaults included
//     "periods": {"scheme": ..., "labels": [{"label", "first", "last"}]} | null,
//     "key_fingerprint": "..." | null,                    // never the key itself
//     "identify": false,                                  // true adds "warning"
//     "disclosure": {"view", "rule", "symbol": "[c]", "threshold", "tables": [{"table", "withheld",
//                    "primary", "secondary", "derived"}]},  // threshold and tables: board view
//     "files": [{"name", "title", "description", "rows", "columns": [...], "notes": {...}}]
//   }
//
// Keys keep this order and the text is 2-space indented with a final newline, so the same
// run gives the same bytes.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace reticulist::io {

inline constexpr int kOutputContractVersion = 1;

// Every member has an initialiser so that designated initialisers may leave any out
// (GCC 12's -Wextra warns about omitted members otherwise).

struct ManifestInput {
  std::string path{};    // as given on the command line
  std::string sha256{};  // lower-case hex
  std::uint64_t bytes = 0;
};

struct ManifestPeriod {
  std::string label{};  // e.g. "2022/23"
  std::string first{};  // first day, ISO "2022-09-01"
  std::string last{};   // last day, inclusive
};

struct ManifestPeriods {
  std::string scheme{};  // e.g. "academic years, 1 September to 31 August"
  std::vector<ManifestPeriod> labels{};
};

struct ManifestColumn {
  std::string name{};
  std::string type{};  // "integer", "real", "text", "boolean"
  std::string description{};
  std::string holds{};  // report::holds_name ("people_count", ...); empty for files that are not tables
};

struct ManifestFile {
  std::string name{};                   // file name inside the output folder
  std::string title{};                  // may be empty for files that are not tables
  std::string description{};            // one line: what the file, or a row of it, is
  std::optional<std::uint64_t> rows{};  // data rows, header excluded; null if not tabular
  std::vector<ManifestColumn> columns{};
  std::vector<std::pair<std::string, std::string>> notes{};
};

// What disclosure control did to one table (privacy::disclose).
struct ManifestDisclosed {
  std::string table{};
  std::string withheld{};  // why the table was not written; empty when it was
  std::uint64_t primary = 0;
  std::uint64_t secondary = 0;
  std::uint64_t derived = 0;
};

struct ManifestDisclosure {
  std::string view{};  // "officer" or "board"
  std::string rule{};  // in words
  std::optional<std::uint32_t> threshold{};  // board view only
  std::vector<ManifestDisclosed> tables{};   // board view only: every table the command made
};

struct Manifest {
  std::string program = "reticulist";
  std::string version{};
  std::vector<std::string> command_line{};
  std::vector<ManifestInput> inputs{};
  std::vector<std::pair<std::string, std::string>> options{};
  std::optional<ManifestPeriods> periods{};
  std::optional<std::string> key_fingerprint{};
  bool identify = false;  // raw identifiers were written
  std::optional<ManifestDisclosure> disclosure{};
  std::vector<ManifestFile> files{};
};

inline constexpr const char* kIdentifyWarning =
    "these outputs contain personal identifiers (--identify): "
    "store and share them as personal data";

// Hashes the file and records its size; `path` is recorded as given.
ManifestInput describe_input(const std::filesystem::path& path);

std::string manifest_to_json(const Manifest& manifest);
void write_manifest(const Manifest& manifest, std::ostream& out);

}  // namespace reticulist::io

#pragma once
// Ingest: a dataset folder -> the validated model::Dataset, the rejected rows and the
// reconciliation of every file (rows read = accepted + rejected + duplicates).
//
// A file that cannot be used at all (missing, not CSV, not UTF-8, a required column missing)
// throws InputError naming it; nothing has been written by then.
//
// Invalid UTF-8 (in a file not declared in another encoding): a participation row that holds some
// is rejected ("invalid UTF-8 (byte 0xE9 at column 12)"), as long as at most kMaxInvalidUtf8Rows
// rows do; more, or any in the header or in a register file (whose rows other rows refer to),
// stop the run at the first, saying which encoding the file probably is and how to read it
// ("...; the file looks like Windows-1252 (e.g. 'é' at line 3); read it with --encoding
// windows-1252"). The few rows rejected get the same advice as a note.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/dataset.hpp"
#include "engine/progress.hpp"
#include "io/dataset_config.hpp"

namespace reticulist::io {

// A row that was not accepted, kept whole so it can be mended and read again.
struct Reject {
  std::string file;  // file name within the dataset folder
  std::uint64_t line = 0;
  std::string column;  // the contract column at fault (empty when the row as a whole is)
  std::string reason;
  // The record as in the file; in participation.csv, without --identify, the practitioner's
  // identifier is replaced by its pseudonym, or the record is kRecordWithheld or
  // kRecordWithheldExtraColumns (see there).
  std::string raw;
};

// The record of a rejected participation row whose identifier could not be replaced (a row that
// could not be split into fields, or an identifier written with doubled quotes).
inline constexpr std::string_view kRecordWithheld =
    "(withheld: holds a practitioner identifier that could not be pseudonymised; see the file at this line, "
    "or run with --identify)";

// The record of a rejected participation row when participation.csv has columns beyond the
// contract (kept as attributes: a name, an e-mail, a note may be personal data the pseudonym does
// not cover) and --identify was not given.
inline constexpr std::string_view kRecordWithheldExtraColumns =
    "(withheld: participation.csv has columns beyond the contract, which may hold personal data; see the file "
    "at this line, or run with --identify)";

// An exact repeat of an accepted participation record: counted once, reported, not an error.
struct Duplicate {
  std::uint32_t line;        // the repeated record
  std::uint32_t first_line;  // the record it repeats (the one kept)
};

struct FileReconciliation {
  std::string file;
  bool present = false;
  std::uint64_t read = 0;
  std::uint64_t accepted = 0;
  std::uint64_t rejected = 0;
  std::uint64_t duplicates = 0;  // exact repeats (same practitioner, network, event), counted once
};

struct IngestReport {
  std::vector<FileReconciliation> files;  // in the order participation, authorities, establishments, networks
  std::vector<Reject> rejects;            // sorted by file, then line
  std::vector<Duplicate> duplicates;      // of participation.csv, by line
  std::vector<std::string> notes;         // things worth telling the user that are not errors
  std::vector<std::filesystem::path> inputs;  // the files read
  std::string key_fingerprint;
  std::string key_source;
  bool key_created = false;
  std::uint64_t establishments_matched_by_name = 0;
  std::uint64_t register_authority_overrides = 0;  // row's authority differed from the register's
  std::uint64_t establishments_outside_register = 0;

  std::uint64_t rows_read() const;
  std::uint64_t rows_rejected() const;
};

inline constexpr std::uint64_t kMaxInvalidUtf8Rows = 10;

struct Ingested {
  model::Dataset dataset;
  IngestReport report;
};

Ingested ingest(const DatasetConfig& config, Progress& progress);

}  // namespace reticulist::io

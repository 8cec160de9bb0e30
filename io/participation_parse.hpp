#pragma once
// Phase one of reading participation.csv: each thread parses one chunk of the file into codes
// local to that chunk (one dictionary per column), so no lock is ever taken. Phase two
// (participation_merge) turns local codes into model ids. Validation then runs once per
// distinct value (a date string, a role spelling) instead of once per row.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/column.hpp"
#include "engine/model/dataset.hpp"
#include "engine/model/pair_interner.hpp"
#include "io/column_layout.hpp"
#include "io/csv_reader.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// A row without an event is coded by its (network, date) pair, flagged with kImplicitEvent.
inline constexpr std::uint32_t kImplicitEvent = 0x80000000u;

// The rows of participation.csv, a column per field, each chunk's rows at slots of its own
// ([ParsedChunk::base, base + row_count)). Parsing writes them; as merging checks them, each
// chunk's records are written over its own rows (ChunkRecords), and assembly moves them together
// into the dataset's records, so that millions of rows are neither copied nor faulted in twice. While parsed, a slot holds the chunk's local codes:
// date, network, practitioner, designation, event and extra columns in their record columns; the
// (establishment, authority) place in `establishment`; the role in `authority` (the role column is
// a byte wide, and a row's authority is known only once checked).
struct ParsedRows {
  model::Records records;
  model::Column<std::uint32_t> offset;  // where the row starts, in bytes from its chunk's start
  // Room for `slots` rows; nothing is written (column.hpp).
  void allocate(std::size_t slots, std::size_t extras);
  std::size_t slots() const { return offset.size(); }
};

// Contract columns of participation.csv in the order of column_layout's participation_columns().
enum ParticipationColumn : std::uint8_t {
  kColDate, kColNetwork, kColPractitioner, kColEstablishment, kColAuthority, kColRole, kColDesignation,
  kColEvent, kColumns
};

struct ParsedChunk {
  // Per contract column, then per extra column: local code -> the distinct value, in order of
  // first sight. Views into `text`, which holds one copy of each.
  std::vector<std::vector<std::string_view>> values;
  std::deque<std::string> text;
  std::vector<std::uint64_t> practitioner_hash;  // model::hash_bytes of each practitioner value
  model::PairInterner place;                      // (establishment code, authority code)
  model::PairInterner implicit_event;             // (network code, date code)
  ParsedRows* rows = nullptr;                     // where the rows are
  std::size_t base = 0;                           // the chunk's first slot
  std::size_t row_count = 0;                      // rows parsed (rejects excepted)
  const CsvFile* file = nullptr;                  // what was parsed, for record()
  CsvChunk chunk;
  std::vector<Reject> rejects;                    // rows that could not be split into fields
  std::uint64_t read = 0;
  std::uint64_t invalid_utf8 = 0;                 // of the rejects, those for invalid UTF-8
  std::size_t first_invalid_utf8 = 0;             // the first of them, an index into rejects
  // The bytes of the row at `slot` exactly as in the file (CsvRecord::raw).
  std::string_view record(std::size_t slot) const;
};

// Chunks larger than this are split further before parsing (row offsets are 32-bit).
inline constexpr std::size_t kMaxChunkBytes = std::size_t{1} << 31;

// Parses one chunk into rows' slots from `base` on (room for chunk.max_records, as split_chunks
// counts them). Fields are trimmed. Rows with the wrong number of fields, a malformed quote or
// invalid UTF-8 are rejected here.
ParsedChunk parse_participation_chunk(const CsvFile& file, const CsvChunk& chunk, const ColumnLayout& layout,
                                      const std::string& file_name, ParsedRows& rows, std::size_t base);

}  // namespace reticulist::io

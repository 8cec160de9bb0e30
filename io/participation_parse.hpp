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
#include "engine/model/pair_interner.hpp"
#include "io/column_layout.hpp"
#include "io/csv_reader.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// Slots of one parsed row. Establishment and authority are coded as one pair (they are resolved
// together); an event is its own string, or, when the row has none, the (network, date) pair
// flagged with kImplicitEvent.
// kLine holds the row's line number and kOffset where the row starts, in bytes from the start of
// the chunk (so a chunk must be under 4 GiB): a rejected row's text is read again from there
// rather than kept for every row. A row is as wide as an AcceptedRow (participation_assemble.hpp),
// which merging writes over the row in place.
enum Slot : std::uint8_t { kDate, kNetwork, kPractitioner, kPlace, kRole, kDesignation, kEvent, kLine, kOffset, kSlots };
inline constexpr std::uint32_t kImplicitEvent = 0x80000000u;

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
  model::PairInterner place;                      // (establishment code, authority code)
  model::PairInterner implicit_event;             // (network code, date code)
  std::size_t stride = 0;                         // kSlots + extra columns
  model::Column<std::uint32_t> codes;             // stride codes per parsed row
  const CsvFile* file = nullptr;                  // what was parsed, for record()
  CsvChunk chunk;
  std::vector<Reject> rejects;                    // rows that could not be split into fields
  std::uint64_t read = 0;
  std::size_t rows() const { return stride == 0 ? 0 : codes.size() / stride; }
  // The bytes of a parsed row exactly as in the file (CsvRecord::raw). Only while the row's codes
  // are still its codes (before merging writes its AcceptedRow over them).
  std::string_view record(std::size_t row) const;
};

// Chunks larger than this are split further before parsing (row offsets are 32-bit).
inline constexpr std::size_t kMaxChunkBytes = std::size_t{1} << 31;

// Parses one chunk. Fields are trimmed. Rows with the wrong number of fields or a malformed
// quote are rejected here.
ParsedChunk parse_participation_chunk(const CsvFile& file, const CsvChunk& chunk, const ColumnLayout& layout,
                                      const std::string& file_name);

}  // namespace reticulist::io

#pragma once
// Phase three of reading participation.csv: the accepted rows, checked and coded with model ids
// by participation_merge, become the dataset's events (numbered by date) and its columnar records
// sorted by (event, practitioner), with exact repeats counted as duplicates.
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/model/dataset.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// One parsed row, checked. Events carry a preliminary id (explicit event codes first, then the
// implicit (network, day) events); a rejected row keeps its slot with event kNone.
struct AcceptedRow {
  std::uint32_t event;
  model::PractitionerId practitioner;
  model::NetworkId network;
  model::Day date;
  model::EstablishmentId establishment;
  model::AuthorityId authority;
  model::DesignationId designation;
  std::uint32_t line;
  model::Role role;
};
static_assert(sizeof(AcceptedRow) == 9 * sizeof(std::uint32_t), "one word per field; role padded to a word");

// What one chunk's accepted rows say of each preliminary event, gathered while they are checked
// so that assembly needs no pass over all rows of its own: the earliest day, the first row (an
// index into AcceptedRows::rows) and the number of rows.
struct EventTally {
  std::vector<model::Day> day;
  std::vector<std::uint32_t> first_row;
  std::vector<std::uint32_t> rows;

  explicit EventTally(std::size_t events);
  void add(std::uint32_t event, model::Day date, std::uint32_t row) {
    if (date < day[event]) day[event] = date;
    if (first_row[event] == model::kNone) first_row[event] = row;
    ++rows[event];
  }
};

// The accepted rows lie where they were parsed: merging writes each row's AcceptedRow over the
// row's codes (a row of ParsedChunk::codes is at least as wide), so that millions of rows need no
// second array. A row is `stride` words: its AcceptedRow, then the global codes of `extras` extra
// columns. Rows are numbered across chunks: chunk c holds rows [chunk_offset[c], chunk_offset[c+1]).
struct AcceptedRows {
  std::vector<std::uint32_t*> chunk_rows;  // per chunk, its first row
  std::size_t stride = 0;
  std::size_t extras = 0;
  std::vector<std::size_t> chunk_offset;  // chunks + 1 entries
  std::vector<EventTally> tally;          // per chunk
  std::size_t accepted = 0;

  std::uint32_t* at(std::size_t i) const {
    std::size_t c = 0;
    while (i >= chunk_offset[c + 1]) ++c;  // a handful of chunks: one per thread
    return chunk_rows[c] + (i - chunk_offset[c]) * stride;
  }
  // A copy: the words are not AcceptedRow objects, so they are read through memcpy.
  AcceptedRow row(std::size_t i) const {
    AcceptedRow a;
    std::memcpy(&a, at(i), sizeof a);
    return a;
  }
};

// How assemble_records found each event's rows. `file_order`: every event's accepted rows lie
// together in the file and the events come in date order, as exports list sessions, so each
// event's rows were read where they lie. `sorted`: all rows were sorted by event first.
enum class AssemblyPath : std::uint8_t { file_order, sorted };

// Numbers the events that have accepted rows by (earliest day, first row in the file), then
// writes ds.events and ds.records (records of each event sorted by practitioner, network, line;
// of two records with the same practitioner, network and event the first in the file is kept and
// the other reported in `duplicates`). `event_ids` names the explicit events (preliminary ids
// below its size); the others are implicit and get an empty id. Work is shared out over up to
// `threads` threads; the result depends neither on how many nor on the path taken
// (`allow_file_order` false forces `sorted`, for tests that compare the two).
AssemblyPath assemble_records(const AcceptedRows& accepted, const std::vector<std::string_view>& event_ids,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order = true);

}  // namespace reticulist::io

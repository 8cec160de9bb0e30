#pragma once
// Phase three of reading participation.csv: the accepted rows, checked and coded with model ids
// by participation_merge, become the dataset's events (numbered by date) and its columnar records
// sorted by (event, practitioner), with exact repeats counted as duplicates.
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/model/dataset.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// One row, checked. Events carry a preliminary id (explicit event codes first, then the implicit
// (network, day) events); a rejected row keeps its slot with event kNone.
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

// What one chunk's accepted rows say of each preliminary event, gathered while they are checked
// so that assembly needs no pass over all rows of its own: the earliest day, the first row (its
// slot) and the number of rows.
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

// The checked rows, where they were parsed (ParsedRows): chunk c's rows are the slots
// [chunk_begin[c], chunk_end[c]); slots between chunks hold no row. A slot's columns hold its
// AcceptedRow's fields, event kNone for a rejected row.
struct AcceptedRows {
  model::Records* records = nullptr;
  std::vector<std::size_t> chunk_begin;
  std::vector<std::size_t> chunk_end;
  std::vector<EventTally> tally;  // per chunk
  std::size_t accepted = 0;

  AcceptedRow row(std::size_t slot) const {
    const model::Records& r = *records;
    return {r.event[slot],         r.practitioner[slot], r.network[slot],
            r.date[slot],          r.establishment[slot], r.authority[slot],
            r.designation[slot],   r.line[slot],          r.role[slot]};
  }
};

// How assemble_records found each event's rows. `file_order`: every event's accepted rows lie
// together in the file and the events come in date order, as exports list sessions, so each
// event's rows were read where they lie. `sorted`: all rows were sorted by event first.
enum class AssemblyPath : std::uint8_t { file_order, sorted };

// Numbers the events that have accepted rows by (earliest day, first row in the file), then
// writes ds.events and makes the rows ds.records (records of each event sorted by practitioner,
// network, line; of two records with the same practitioner, network and event the first in the
// file is kept and the other reported in `duplicates`). `event_ids` names the explicit events
// (preliminary ids below its size); the others are implicit and get an empty id. Work is shared
// out over up to `threads` threads; the result depends neither on how many nor on the path taken
// (`allow_file_order` false forces `sorted`, for tests that compare the two). Reading the rows
// where the file lists them, the records are written over the rows in place; sorted, they are
// written to new columns. Either way *accepted.records is left empty, and ds.records is replaced
// by the records (the extra columns' names and dictionaries are the caller's to set).
AssemblyPath assemble_records(AcceptedRows& accepted, const std::vector<std::string_view>& event_ids,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order = true);

}  // namespace reticulist::io

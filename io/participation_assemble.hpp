#pragma once
// Phase three of reading participation.csv: the accepted rows, checked and coded with model ids
// by participation_merge, become the dataset's events (numbered by date) and its columnar records
// sorted by (event, practitioner), with exact repeats counted as duplicates.
//
// It runs in two steps. While a chunk's rows are checked, ChunkRecords takes them one by one and
// writes each run of rows with one event (exports list a session's attendees together) as that
// event's records, sorted and without repeats, over the chunk's own slots: each row is read and
// written once. assemble_records then numbers the events and joins the chunks' records; only
// where an event's rows were not listed together does it have to sort again.
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/model/dataset.hpp"
#include "io/ingest.hpp"

namespace reticulist::io {

// One row, checked, with model ids; `event` is the preliminary event (explicit event codes first,
// then the implicit (network, day) events).
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

// Consecutive accepted rows of one chunk with the same event, written as records.
struct EventRun {
  std::uint32_t event;       // preliminary
  std::uint32_t first_slot;  // where its first row was (slots are in file order)
  std::uint32_t begin;       // its records are the slots [begin, begin + records)
  std::uint32_t records;     // rows less repeats
  std::uint32_t attendees;   // distinct practitioners
  model::Day day;            // the earliest day of its rows, repeats included
  model::NetworkId network;  // of its first row
};

// The records of one chunk, written over the chunk's own slots of `records` (the columns the rows
// were parsed into) from `first_slot` on, a run at a time. A run's records go no further than the
// run's last row, so rows not yet taken are never overwritten. The event column is left to
// assemble_records.
class ChunkRecords {
 public:
  ChunkRecords(model::Records& records, std::size_t first_slot);

  // The rows come in slot order; `extras` holds the row's extra columns' codes.
  void add(const AcceptedRow& row, const std::uint32_t* extras, std::size_t slot);
  // Writes the last run; call once, after the last add().
  void finish();

  const std::vector<EventRun>& runs() const { return runs_; }
  // Repeats within runs, each against the first of its run.
  const std::vector<Duplicate>& duplicates() const { return duplicates_; }

  // An event's rows, gathered before its records are written (perhaps over the same slots).
  struct Buffer {
    struct Key {
      std::uint64_t person_network;
      std::uint32_t line;
      std::uint32_t at;  // index into rows
    };
    std::vector<Key> keys;
    std::vector<AcceptedRow> rows;
    std::vector<std::uint32_t> extras;  // row i's from i * extra columns

    void clear() {
      keys.clear();
      rows.clear();
      extras.clear();
    }
    void add(const AcceptedRow& row, const std::uint32_t* extra, std::size_t extra_count);
  };

 private:
  void write_run();

  model::Records* records_;
  std::size_t out_;  // the next record's slot
  std::size_t extra_count_;
  Buffer run_;
  EventRun current_{};
  std::vector<EventRun> runs_;
  std::vector<Duplicate> duplicates_;
};

// How assemble_records found each event's records. `file_order`: every event's rows came
// together (an event cut by the chunk boundary excepted) and the events in date order, as exports
// list sessions, so the chunks' records only had to be moved together. `sorted`: the records were
// sorted by event into new columns.
enum class AssemblyPath : std::uint8_t { file_order, sorted };

// Numbers the events that have records by (earliest day, first row in the file), writes
// ds.events, and makes the chunks' records (in `records`, the chunks in file order) ds.records:
// records of each event sorted by practitioner, network and line; of two records with the same
// practitioner, network and event the first in the file is kept and the other reported in
// `duplicates` (the chunks' own included, sorted by line). `event_ids` names the explicit events
// (preliminary ids below its size) of `prelim_events`; the others get an empty id. Work is shared
// out over up to `threads` threads; the result depends neither on how many nor on the path taken
// (`allow_file_order` false forces `sorted`, for tests that compare the two). `records` is left
// empty.
AssemblyPath assemble_records(std::vector<ChunkRecords>& chunks, model::Records& records,
                              const std::vector<std::string_view>& event_ids, std::size_t prelim_events,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order = true);

}  // namespace reticulist::io

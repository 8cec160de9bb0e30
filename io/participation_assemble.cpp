#include "io/participation_assemble.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

#include "engine/parallel.hpp"

namespace reticulist::io {

using model::kNone;

namespace {

using Buffer = ChunkRecords::Buffer;

struct Written {
  std::size_t records = 0;
  std::uint32_t attendees = 0;
};

// Writes the records of one event's rows (gathered in `event`) into `to` from slot `out` on, sorted
// by (practitioner, network, line); of rows with the same practitioner and network the first in
// the file (the lowest line) is kept and the others are reported in `duplicates`. When the rows
// were records already (an event found in several runs), each one that turns out a repeat is also
// listed in `demoted`, so that repeats reported against it can be reported against the one kept.
Written write_event(Buffer& event, bool sorted, model::Records& to, std::size_t out,
                    std::vector<Duplicate>& duplicates, std::vector<Duplicate>* demoted) {
  if (!sorted) {
    std::sort(event.keys.begin(), event.keys.end(), [](const Buffer::Key& a, const Buffer::Key& b) {
      return a.person_network != b.person_network ? a.person_network < b.person_network : a.line < b.line;
    });
  }
  const std::size_t extras = to.extra.codes.size();
  Written written;
  const Buffer::Key* kept = nullptr;
  for (const Buffer::Key& k : event.keys) {
    if (kept && kept->person_network == k.person_network) {
      duplicates.push_back({k.line, kept->line});
      if (demoted) demoted->push_back({k.line, kept->line});
      continue;
    }
    if (!kept || kept->person_network >> 32 != k.person_network >> 32) ++written.attendees;
    kept = &k;
    const AcceptedRow& a = event.rows[k.at];
    const std::size_t at = out + written.records++;
    to.practitioner[at] = a.practitioner;
    to.network[at] = a.network;
    to.date[at] = a.date;
    to.establishment[at] = a.establishment;
    to.authority[at] = a.authority;
    to.role[at] = a.role;
    to.designation[at] = a.designation;
    to.line[at] = a.line;
    for (std::size_t x = 0; x < extras; ++x) to.extra.codes[x][at] = event.extras[k.at * extras + x];
  }
  return written;
}

// Adds the records of `run` (in `from`) to `event`.
void gather(const model::Records& from, const EventRun& run, std::uint32_t event_id, Buffer& event) {
  for (std::size_t slot = run.begin; slot < run.begin + run.records; ++slot) {
    event.add({event_id, from.practitioner[slot], from.network[slot], from.date[slot], from.establishment[slot],
               from.authority[slot], from.designation[slot], from.line[slot], from.role[slot]},
              nullptr, 0);
    for (const auto& codes : from.extra.codes) event.extras.push_back(codes[slot]);
  }
}

// A stretch of the result: records of `records` from slot `from` on that stay together, or (when
// `written_again`) an event written again into another set of columns.
struct Piece {
  bool written_again;
  std::size_t from;
  std::size_t length;
};

// Makes the pieces, in order, the contents of `records`, each column on one of up to `threads`
// threads. A piece of `records` moves down only, after the pieces before it, so it never lands on
// records still to move; one written again comes from the same column of `again`.
void close_up(unsigned threads, model::Records& records, model::Records& again, const std::vector<Piece>& pieces) {
  std::vector<std::function<void()>> tasks;
  model::for_each_column(
      [&](auto& column, auto& from) {
        tasks.emplace_back([&pieces, &column, &from] {
          std::size_t out = 0;
          for (const Piece& piece : pieces) {
            if (piece.written_again) {
              std::copy_n(from.data() + piece.from, piece.length, column.data() + out);
            } else if (piece.from != out && piece.length > 0) {
              std::memmove(column.data() + out, column.data() + piece.from, piece.length * sizeof(column[0]));
            }
            out += piece.length;
          }
          column.resize(out);
        });
      },
      records, again);
  const std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, tasks.size()));
  parallel::run_parts(parts, [&](std::size_t t) {
    for (std::size_t m = t; m < tasks.size(); m += parts) tasks[m]();
  });
}

// Each repeat reported against a record that later turned out a repeat itself, reported against
// the one kept instead; then all by line.
void settle_duplicates(std::vector<Duplicate>& duplicates, std::vector<Duplicate>& demoted) {
  if (!demoted.empty()) {
    const auto by_line = [](const Duplicate& a, const Duplicate& b) { return a.line < b.line; };
    std::sort(demoted.begin(), demoted.end(), by_line);
    for (Duplicate& d : duplicates) {
      const auto it = std::lower_bound(demoted.begin(), demoted.end(), Duplicate{d.first_line, 0}, by_line);
      if (it != demoted.end() && it->line == d.first_line) d.first_line = it->first_line;
    }
  }
  std::sort(duplicates.begin(), duplicates.end(), [](const Duplicate& a, const Duplicate& b) { return a.line < b.line; });
}

}  // namespace

void ChunkRecords::Buffer::add(const AcceptedRow& row, const std::uint32_t* extra, std::size_t extra_count) {
  keys.push_back({(static_cast<std::uint64_t>(row.practitioner) << 32) | row.network, row.line,
                  static_cast<std::uint32_t>(rows.size())});
  rows.push_back(row);
  extras.insert(extras.end(), extra, extra + extra_count);
}

ChunkRecords::ChunkRecords(model::Records& records, std::size_t first_slot)
    : records_(&records), out_(first_slot), extra_count_(records.extra.codes.size()) {}

void ChunkRecords::add(const AcceptedRow& row, const std::uint32_t* extras, std::size_t slot) {
  if (!run_.rows.empty() && row.event != current_.event) write_run();
  if (run_.rows.empty()) {
    current_ = {row.event, static_cast<std::uint32_t>(slot), static_cast<std::uint32_t>(out_), 0, 0, row.date,
                row.network};
  }
  current_.day = std::min(current_.day, row.date);
  run_.add(row, extras, extra_count_);
}

void ChunkRecords::finish() {
  if (!run_.rows.empty()) write_run();
}

void ChunkRecords::write_run() {
  // The run's rows were at slots from current_.first_slot on, at or after out_, so its records end
  // before the next row.
  const Written w = write_event(run_, false, *records_, out_, duplicates_, nullptr);
  current_.records = static_cast<std::uint32_t>(w.records);
  current_.attendees = w.attendees;
  runs_.push_back(current_);
  out_ += w.records;
  run_.clear();
}

AssemblyPath assemble_records(std::vector<ChunkRecords>& chunks, model::Records& records,
                              const std::vector<std::string_view>& event_ids, std::size_t prelim_events,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order) {
  // ---- events: numbered by (earliest day, first row); runs are visited in file order, so the
  // first run of an event holds its first row
  std::vector<model::Day> event_day(prelim_events, std::numeric_limits<model::Day>::max());
  std::vector<std::uint32_t> event_first(prelim_events, kNone);
  std::vector<model::NetworkId> event_network(prelim_events, kNone);
  std::size_t run_count = 0;
  for (const ChunkRecords& chunk : chunks) {
    for (const EventRun& run : chunk.runs()) {
      event_day[run.event] = std::min(event_day[run.event], run.day);
      if (event_first[run.event] == kNone) {
        event_first[run.event] = run.first_slot;
        event_network[run.event] = run.network;
      }
    }
    run_count += chunk.runs().size();
  }
  std::vector<std::uint32_t> order;
  for (std::uint32_t p = 0; p < prelim_events; ++p) {
    if (event_first[p] != kNone) order.push_back(p);
  }
  const auto by_day_then_row = [&](std::uint32_t a, std::uint32_t b) {
    return event_day[a] != event_day[b] ? event_day[a] < event_day[b] : event_first[a] < event_first[b];
  };
  // Exports list sessions in date order as a rule: then the order of first sight is the order.
  if (!std::is_sorted(order.begin(), order.end(), by_day_then_row)) {
    std::sort(order.begin(), order.end(), by_day_then_row);
  }
  auto& ev = ds.events;
  for (const std::uint32_t p : order) {
    ev.id.emplace_back(p < event_ids.size() ? event_ids[p] : std::string_view{});
    ev.network.push_back(event_network[p]);
    ev.date.push_back(event_day[p]);
  }
  const std::size_t event_count = order.size();
  ev.attendees.assign(event_count, 0);
  ev.first_record.assign(event_count + 1, 0);  // counts first, summed at the end

  // Each event's runs, in file order.
  std::vector<std::uint32_t> final_id(prelim_events, kNone);
  for (std::uint32_t e = 0; e < event_count; ++e) final_id[order[e]] = e;
  struct RunAt {
    std::uint32_t chunk;
    std::uint32_t run;
  };
  std::vector<std::uint64_t> runs_start(event_count + 1, 0);
  for (const ChunkRecords& chunk : chunks) {
    for (const EventRun& run : chunk.runs()) ++runs_start[final_id[run.event] + 1];
  }
  for (std::size_t e = 0; e < event_count; ++e) runs_start[e + 1] += runs_start[e];
  std::vector<RunAt> runs_of(run_count);
  {
    std::vector<std::uint64_t> next(runs_start.begin(), runs_start.end() - 1);
    for (std::uint32_t c = 0; c < chunks.size(); ++c) {
      const auto& runs = chunks[c].runs();
      for (std::uint32_t i = 0; i < runs.size(); ++i) runs_of[next[final_id[runs[i].event]]++] = {c, i};
    }
  }
  auto run = [&](const RunAt& at) -> const EventRun& { return chunks[at.chunk].runs()[at.run]; };

  // ---- the rows as the file lists them: when the events' runs come in the events' order, each
  // event's runs one after the other (several only where the chunks cut an event), the records
  // are in order already but for the gaps between them (rejected rows and repeats, the slots
  // between chunks): they are moved down over the gaps. An event in several runs is first
  // gathered and written again, in a buffer.
  // That is so when the runs, listed event by event, are the runs as the chunks hold them.
  bool in_file_order = allow_file_order;
  for (std::uint32_t c = 0, k = 0; in_file_order && c < chunks.size(); ++c) {
    for (std::uint32_t i = 0; in_file_order && i < chunks[c].runs().size(); ++i, ++k) {
      in_file_order = runs_of[k].chunk == c && runs_of[k].run == i;
    }
  }
  std::vector<Duplicate> demoted;
  for (const ChunkRecords& chunk : chunks) {
    duplicates.insert(duplicates.end(), chunk.duplicates().begin(), chunk.duplicates().end());
  }
  model::Records* result = &records;
  model::Records sorted;
  sorted.extra.codes.assign(records.extra.codes.size(), {});
  if (in_file_order) {
    std::vector<Piece> pieces;
    model::Records& merged = sorted;
    std::size_t merged_size = 0;
    for (std::uint32_t e = 0; e < event_count; ++e) {
      if (runs_start[e + 1] - runs_start[e] > 1) {
        for (std::uint64_t i = runs_start[e]; i < runs_start[e + 1]; ++i) merged_size += run(runs_of[i]).records;
      }
    }
    model::for_each_column(merged, [merged_size](auto& column) { column.resize(merged_size); });
    std::size_t merged_out = 0;
    Buffer event;
    for (std::uint32_t e = 0; e < event_count; ++e) {
      const std::uint64_t first = runs_start[e];
      const std::uint64_t last = runs_start[e + 1];
      if (last - first == 1) {
        const EventRun& r = run(runs_of[first]);
        if (!pieces.empty() && !pieces.back().written_again && pieces.back().from + pieces.back().length == r.begin) {
          pieces.back().length += r.records;
        } else {
          pieces.push_back({false, r.begin, r.records});
        }
        ev.first_record[e + 1] = r.records;
        ev.attendees[e] = r.attendees;
        continue;
      }
      event.clear();
      for (std::uint64_t i = first; i < last; ++i) gather(records, run(runs_of[i]), e, event);
      const Written w = write_event(event, false, merged, merged_out, duplicates, &demoted);
      pieces.push_back({true, merged_out, w.records});
      merged_out += w.records;
      ev.first_record[e + 1] = w.records;
      ev.attendees[e] = w.attendees;
    }
    // An event written again lands where its own runs were, which are gathered already.
    close_up(threads, records, merged, pieces);
  } else {
    // ---- the general way: each event's runs gathered, sorted and written again into new columns.
    // The events are cut into one range per thread with about equal numbers of records; each
    // range writes from a slot of its own on (the slot its records would start from if no event
    // had repeats across runs), and the ranges then move down to follow each other.
    std::vector<std::uint64_t> event_start(event_count + 1, 0);
    for (std::uint32_t e = 0; e < event_count; ++e) {
      std::uint64_t count = 0;
      for (std::uint64_t i = runs_start[e]; i < runs_start[e + 1]; ++i) count += run(runs_of[i]).records;
      event_start[e + 1] = event_start[e] + count;
    }
    const std::size_t record_count = event_start[event_count];
    const std::size_t parts = record_count < 100'000 ? 1 : std::max<unsigned>(1, threads);
    const std::vector<std::size_t> event_bound = parallel::split_by_work(event_start, static_cast<unsigned>(parts));
    model::for_each_column(sorted, [record_count](auto& column) { column.resize(record_count); });
    std::vector<std::vector<Duplicate>> part_duplicates(parts);
    std::vector<std::vector<Duplicate>> part_demoted(parts);
    std::vector<std::size_t> written_end(parts, 0);
    parallel::run_parts(parts, [&](std::size_t t) {
      Buffer event;
      std::size_t out = event_start[event_bound[t]];
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
        event.clear();
        for (std::uint64_t i = runs_start[e]; i < runs_start[e + 1]; ++i) {
          gather(records, run(runs_of[i]), static_cast<std::uint32_t>(e), event);
        }
        const bool one_run = runs_start[e + 1] - runs_start[e] == 1;  // sorted and without repeats already
        const Written w = write_event(event, one_run, sorted, out, part_duplicates[t], &part_demoted[t]);
        out += w.records;
        ev.first_record[e + 1] = w.records;
        ev.attendees[e] = w.attendees;
      }
      written_end[t] = out;
    });
    for (std::size_t t = 0; t < parts; ++t) {
      duplicates.insert(duplicates.end(), part_duplicates[t].begin(), part_duplicates[t].end());
      demoted.insert(demoted.end(), part_demoted[t].begin(), part_demoted[t].end());
    }
    // Ranges down to where they follow each other.
    std::vector<Piece> ranges;
    for (std::size_t t = 0; t < parts; ++t) {
      const std::size_t from = event_start[event_bound[t]];
      ranges.push_back({false, from, written_end[t] - from});
    }
    close_up(threads, sorted, sorted, ranges);
    result = &sorted;
  }
  for (std::size_t e = 0; e < event_count; ++e) ev.first_record[e + 1] += ev.first_record[e];
  for (std::uint32_t e = 0; e < event_count; ++e) {
    std::fill(result->event.begin() + static_cast<std::ptrdiff_t>(ev.first_record[e]),
              result->event.begin() + static_cast<std::ptrdiff_t>(ev.first_record[e + 1]), e);
  }
  settle_duplicates(duplicates, demoted);

  // The columns become the dataset's records; `records` is left empty (freed, the general way).
  ds.records = std::move(*result);
  records = model::Records{};
  return in_file_order ? AssemblyPath::file_order : AssemblyPath::sorted;
}

}  // namespace reticulist::io

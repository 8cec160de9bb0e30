#include "io/participation_assemble.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <span>

#include "io/run_parts.hpp"

namespace reticulist::io {

using model::kNone;

EventTally::EventTally(std::size_t events)
    : day(events, std::numeric_limits<model::Day>::max()), first_row(events, kNone), rows(events, 0) {}

namespace {

// A row's place in the records: (event, practitioner) in one word, then network, then where the
// row came in the file (rows are unique, so the order is total, and of two equal records the
// first in the file comes first and is the one kept).
struct SortKey {
  std::uint64_t event_person;
  std::uint32_t network;
  std::uint32_t at;  // a slot, or an index into Event::rows (taken in slot order: the same order)
};

bool key_less(const SortKey& a, const SortKey& b) {
  if (a.event_person != b.event_person) return a.event_person < b.event_person;
  if (a.network != b.network) return a.network < b.network;
  return a.at < b.at;
}

// One event's rows, copied out of the columns in slot order before its records are written
// (which may be over those same rows), with their keys and extra codes.
struct Event {
  std::vector<SortKey> keys;  // key i: rows[i], extras from i * extra columns
  std::vector<AcceptedRow> rows;
  std::vector<std::uint32_t> extras;

  void clear() {
    keys.clear();
    rows.clear();
    extras.clear();
  }
  void add(const AcceptedRows& accepted, std::uint32_t e, std::size_t slot) {
    const AcceptedRow a = accepted.row(slot);
    keys.push_back({(static_cast<std::uint64_t>(e) << 32) | a.practitioner, a.network,
                    static_cast<std::uint32_t>(rows.size())});
    rows.push_back(a);
    for (const auto& codes : accepted.records->extra.codes) extras.push_back(codes[slot]);
  }
};

// Writes the records of event e into `to` from slot `out` on: its rows sorted by key, each exact
// repeat (the same practitioner and network again) reported in `duplicates` instead. Returns the
// slot after the last record written.
std::size_t write_event(Event& event, std::uint32_t e, std::size_t out, model::Records& to, model::EventTable& ev,
                        std::vector<Duplicate>& duplicates) {
  std::sort(event.keys.begin(), event.keys.end(), key_less);
  const std::size_t first = out;
  const std::size_t extras = to.extra.codes.size();
  const SortKey* previous = nullptr;
  for (const SortKey& k : event.keys) {
    const AcceptedRow& a = event.rows[k.at];
    if (previous && previous->event_person == k.event_person && previous->network == k.network) {
      duplicates.push_back({a.line, event.rows[previous->at].line});
      continue;
    }
    if (!previous || previous->event_person != k.event_person) ++ev.attendees[e];
    previous = &k;
    to.practitioner[out] = a.practitioner;
    to.network[out] = a.network;
    to.event[out] = e;
    to.date[out] = a.date;
    to.establishment[out] = a.establishment;
    to.authority[out] = a.authority;
    to.role[out] = a.role;
    to.designation[out] = a.designation;
    to.line[out] = a.line;
    for (std::size_t x = 0; x < extras; ++x) to.extra.codes[x][out] = event.extras[k.at * extras + x];
    ++out;
  }
  ev.first_record[e + 1] = out - first;
  return out;
}

// Calls visit(slot) for the slots of rows in [begin, end), skipping the slots between chunks.
template <class Visit>
void for_slots(const AcceptedRows& accepted, std::size_t begin, std::size_t end, Visit&& visit) {
  for (std::size_t c = 0; c < accepted.chunk_begin.size(); ++c) {
    const std::size_t from = std::max(begin, accepted.chunk_begin[c]);
    const std::size_t to = std::min(end, accepted.chunk_end[c]);
    for (std::size_t slot = from; slot < to; ++slot) visit(slot);
  }
}

}  // namespace

AssemblyPath assemble_records(AcceptedRows& accepted, const std::vector<std::string_view>& event_ids,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order) {
  const std::size_t chunks = accepted.tally.size();
  const std::size_t prelim_events = chunks == 0 ? 0 : accepted.tally.front().rows.size();
  model::Records& rows = *accepted.records;

  // ---- events: the chunks' tallies joined (chunks are in file order, so the first chunk that
  // saw an event holds its first row), then numbered by (earliest day, first row)
  std::vector<model::Day> event_day(prelim_events, std::numeric_limits<model::Day>::max());
  std::vector<std::uint32_t> event_first_row(prelim_events, kNone);
  for (const EventTally& t : accepted.tally) {
    for (std::size_t p = 0; p < prelim_events; ++p) {
      event_day[p] = std::min(event_day[p], t.day[p]);
      if (event_first_row[p] == kNone) event_first_row[p] = t.first_row[p];
    }
  }
  std::vector<std::uint32_t> order;
  for (std::uint32_t p = 0; p < prelim_events; ++p) {
    if (event_first_row[p] != kNone) order.push_back(p);
  }
  const auto by_day_then_row = [&](std::uint32_t a, std::uint32_t b) {
    return event_day[a] != event_day[b] ? event_day[a] < event_day[b] : event_first_row[a] < event_first_row[b];
  };
  // Exports list sessions in date order as a rule: then the order of first sight is the order.
  if (!std::is_sorted(order.begin(), order.end(), by_day_then_row)) {
    std::sort(order.begin(), order.end(), by_day_then_row);
  }
  auto& ev = ds.events;
  for (std::uint32_t e = 0; e < order.size(); ++e) {
    const std::uint32_t p = order[e];
    ev.id.emplace_back(p < event_ids.size() ? event_ids[p] : std::string_view{});
    ev.network.push_back(rows.network[event_first_row[p]]);
    ev.date.push_back(event_day[p]);
  }

  // Each event's records, from the tallies: event e's come after event_start[e] accepted rows.
  std::vector<std::uint64_t> event_start(ev.size() + 1, 0);
  for (std::uint32_t e = 0; e < ev.size(); ++e) {
    std::uint64_t count = 0;
    for (const EventTally& t : accepted.tally) count += t.rows[order[e]];
    event_start[e + 1] = event_start[e] + count;
  }
  const std::size_t row_count = event_start[ev.size()];  // accepted rows
  const std::size_t parts = row_count < 100'000 ? 1 : std::max<std::size_t>(1, threads);

  // The events are cut into one range per thread with about equal numbers of rows; events are
  // independent of each other. Each range sorts its events' rows, drops the duplicates and writes
  // its records from a slot of its own on (written_begin). A range's records then lie together;
  // once all are written, the ranges move down to where they follow each other (over the slots
  // of rejected rows and duplicates, and the gaps between chunks). Ranges keep the events in
  // order, so the result is that of one pass over all.
  std::vector<std::size_t> event_bound(parts + 1, ev.size());
  event_bound[0] = 0;
  for (std::size_t t = 1; t < parts; ++t) {
    const std::uint64_t target = row_count * t / parts;
    const auto at = static_cast<std::size_t>(
        std::lower_bound(event_start.begin(), event_start.begin() + ev.size(), target) - event_start.begin());
    event_bound[t] = std::max(event_bound[t - 1], at);
  }
  std::vector<std::vector<Duplicate>> part_duplicates(parts);
  std::vector<std::size_t> written_begin(parts, 0);
  std::vector<std::size_t> written_end(parts, 0);
  ev.attendees.assign(ev.size(), 0);
  ev.first_record.assign(ev.size() + 1, 0);

  // ---- the rows as the file lists them: when each event's accepted rows lie together and the
  // events come in order (as exports list sessions), event e's rows are those from its first row
  // to the next event's first row, and no sort of all rows is needed. That is checked first, with
  // nothing written; then each event's records are written over its own rows, the first of them
  // (its rows are copied out first), and a range's records over the range's rows.
  bool in_file_order = allow_file_order;
  for (std::size_t e = 1; in_file_order && e < order.size(); ++e) {
    in_file_order = event_first_row[order[e - 1]] < event_first_row[order[e]];
  }
  const std::size_t all_slots = accepted.chunk_end.empty() ? 0 : accepted.chunk_end.back();
  auto event_end = [&](std::size_t e) { return e + 1 < order.size() ? event_first_row[order[e + 1]] : all_slots; };
  if (in_file_order) {
    std::atomic<bool> interleaved{false};
    run_parts(parts, [&](std::size_t t) {
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1] && !interleaved.load(std::memory_order_relaxed);
           ++e) {
        const std::uint32_t p = order[e];
        bool other_event = false;
        for_slots(accepted, event_first_row[p], event_end(e), [&](std::size_t slot) {
          other_event = other_event || (rows.event[slot] != p && rows.event[slot] != kNone);
        });
        if (other_event) interleaved = true;
      }
    });
    in_file_order = !interleaved;
  }
  model::Records* out_records = &rows;
  if (in_file_order) {
    run_parts(parts, [&](std::size_t t) {
      if (event_bound[t] == event_bound[t + 1]) return;
      Event event;
      std::size_t out = event_first_row[order[event_bound[t]]];
      written_begin[t] = out;
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
        event.clear();
        for_slots(accepted, event_first_row[order[e]], event_end(e), [&](std::size_t slot) {
          if (rows.event[slot] != kNone) event.add(accepted, static_cast<std::uint32_t>(e), slot);
        });
        out = write_event(event, static_cast<std::uint32_t>(e), out, rows, ev, part_duplicates[t]);
      }
      written_end[t] = out;
    });
  }

  // ---- the general way: all rows sorted by event (a counting sort: the counts are the tallies'),
  // then each event's rows by the rest of the key, the records written to new columns. Each chunk
  // places its own rows, starting for each event after the rows of the chunks before it, so the
  // threads write disjoint slots in the order one pass would.
  model::Records sorted;
  if (!in_file_order) {
    std::vector<std::uint32_t> final_id(prelim_events, kNone);
    for (std::uint32_t e = 0; e < order.size(); ++e) final_id[order[e]] = e;
    std::vector<std::vector<std::uint64_t>> fill(chunks, std::vector<std::uint64_t>(ev.size()));
    for (std::uint32_t e = 0; e < ev.size(); ++e) {
      std::uint64_t at = event_start[e];
      for (std::size_t c = 0; c < chunks; ++c) {
        fill[c][e] = at;
        at += accepted.tally[c].rows[order[e]];
      }
    }
    std::unique_ptr<SortKey[]> key_store(new SortKey[row_count]);  // every slot written below
    const std::span<SortKey> keys(key_store.get(), row_count);
    run_parts(parts == 1 ? std::min<std::size_t>(chunks, 1) : chunks, [&](std::size_t first_chunk) {
      // One thread places every chunk when the data is small; else one thread per chunk.
      const std::size_t last_chunk = parts == 1 ? chunks : first_chunk + 1;
      for (std::size_t c = first_chunk; c < last_chunk; ++c) {
        std::vector<std::uint64_t>& next = fill[c];
        for (std::size_t slot = accepted.chunk_begin[c]; slot < accepted.chunk_end[c]; ++slot) {
          if (rows.event[slot] == kNone) continue;
          const std::uint32_t e = final_id[rows.event[slot]];
          keys[next[e]++] = {(static_cast<std::uint64_t>(e) << 32) | rows.practitioner[slot], rows.network[slot],
                             static_cast<std::uint32_t>(slot)};  // placed in slot order within each event
        }
      }
    });
    fill.clear();
    sorted.extra.codes.assign(rows.extra.codes.size(), {});
    model::for_each_column(sorted, [row_count](auto& column) { column.resize(row_count); });
    run_parts(parts, [&](std::size_t t) {
      Event event;
      std::size_t out = event_start[event_bound[t]];
      written_begin[t] = out;
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
        event.clear();
        for (std::size_t k = event_start[e]; k < event_start[e + 1]; ++k) {
          event.add(accepted, static_cast<std::uint32_t>(e), keys[k].at);
        }
        out = write_event(event, static_cast<std::uint32_t>(e), out, sorted, ev, part_duplicates[t]);
      }
      written_end[t] = out;
    });
    out_records = &sorted;
  }
  for (auto& d : part_duplicates) duplicates.insert(duplicates.end(), d.begin(), d.end());

  // Ranges down to where they follow each other, a column per thread at a time. A range moves
  // down only, and after the ranges below it have moved, so it never lands on rows still to move.
  std::vector<std::size_t> final_begin(parts + 1, 0);
  for (std::size_t t = 0; t < parts; ++t) final_begin[t + 1] = final_begin[t] + (written_end[t] - written_begin[t]);
  const std::size_t total = final_begin[parts];
  auto close_gaps = [&](auto& column) {
    for (std::size_t t = 0; t < parts; ++t) {
      const std::size_t length = written_end[t] - written_begin[t];
      if (written_begin[t] != final_begin[t] && length > 0) {
        std::memmove(column.data() + final_begin[t], column.data() + written_begin[t], length * sizeof(column[0]));
      }
    }
    column.resize(total);
  };
  model::Records& result = *out_records;
  std::vector<std::function<void()>> moves;
  model::for_each_column(result, [&](auto& column) {
    moves.emplace_back([&close_gaps, &column] { close_gaps(column); });
  });
  run_parts(std::min<std::size_t>(parts, moves.size()), [&](std::size_t t) {
    for (std::size_t m = t; m < moves.size(); m += parts) moves[m]();
  });
  for (std::size_t e = 0; e < ev.size(); ++e) ev.first_record[e + 1] += ev.first_record[e];

  // The columns become the dataset's records; the rows are left empty (freed, the sorted way).
  ds.records = std::move(result);
  rows = model::Records{};
  return in_file_order ? AssemblyPath::file_order : AssemblyPath::sorted;
}

}  // namespace reticulist::io

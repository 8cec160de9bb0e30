#include "io/participation_assemble.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <limits>
#include <span>
#include <stdexcept>
#include <thread>
#include <tuple>

namespace reticulist::io {

using model::kNone;

EventTally::EventTally(std::size_t events)
    : day(events, std::numeric_limits<model::Day>::max()), first_row(events, kNone), rows(events, 0) {}

namespace {

// Runs part(0) .. part(count - 1), each on a thread of its own (part 0 on this one).
template <class Part>
void run(std::size_t count, Part&& part) {
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < count; ++t) workers.emplace_back(part, t);
  if (count > 0) part(0);
  for (auto& w : workers) w.join();
}

// A row's place in the records: (event, practitioner) in one word, then network, then the row
// itself (rows are unique, so the order is total, and of two equal records the first in the file
// comes first and is the one kept).
struct SortKey {
  std::uint64_t event_person;
  std::uint32_t network;
  std::uint32_t row;
};

bool key_less(const SortKey& a, const SortKey& b) {
  if (a.event_person != b.event_person) return a.event_person < b.event_person;
  if (a.network != b.network) return a.network < b.network;
  return a.row < b.row;
}

// Calls visit(row index, row words) for the rows [begin, end), which may span chunks.
template <class Visit>
void for_rows(const AcceptedRows& accepted, std::size_t begin, std::size_t end, Visit&& visit) {
  for (std::size_t c = 0; c + 1 < accepted.chunk_offset.size() && begin < end; ++c) {
    const std::size_t chunk_end = std::min(end, accepted.chunk_offset[c + 1]);
    if (begin >= chunk_end) continue;
    const std::uint32_t* words = accepted.chunk_rows[c] + (begin - accepted.chunk_offset[c]) * accepted.stride;
    for (; begin < chunk_end; ++begin, words += accepted.stride) visit(begin, words);
  }
}

// Writes the records of event e from slot `out` on: its rows' keys sorted, each exact repeat (the
// same practitioner and network again) reported in `duplicates` instead. Returns the slot after
// the last record written. The columns are sized already.
std::size_t write_event(std::span<SortKey> keys, std::uint32_t e, std::size_t out, const AcceptedRows& accepted,
                        model::Dataset& ds, std::vector<Duplicate>& duplicates) {
  std::sort(keys.begin(), keys.end(), key_less);
  auto& rec = ds.records;
  const std::size_t first = out;
  const SortKey* previous = nullptr;
  for (const SortKey& k : keys) {
    const AcceptedRow a = accepted.row(k.row);
    if (previous && previous->event_person == k.event_person && previous->network == k.network) {
      duplicates.push_back({a.line, accepted.row(previous->row).line});
      continue;
    }
    if (!previous || previous->event_person != k.event_person) ++ds.events.attendees[e];
    previous = &k;
    rec.practitioner[out] = a.practitioner;
    rec.network[out] = a.network;
    rec.event[out] = e;
    rec.date[out] = a.date;
    rec.establishment[out] = a.establishment;
    rec.authority[out] = a.authority;
    rec.role[out] = a.role;
    rec.designation[out] = a.designation;
    rec.line[out] = a.line;
    if (accepted.extras > 0) {
      const std::uint32_t* extra = accepted.at(k.row) + accepted.stride - accepted.extras;
      for (std::size_t x = 0; x < accepted.extras; ++x) rec.extra.codes[x][out] = extra[x];
    }
    ++out;
  }
  ds.events.first_record[e + 1] = out - first;
  return out;
}

}  // namespace

AssemblyPath assemble_records(const AcceptedRows& accepted, const std::vector<std::string_view>& event_ids,
                              unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates,
                              bool allow_file_order) {
  const std::size_t chunks = accepted.tally.size();
  const std::size_t prelim_events = chunks == 0 ? 0 : accepted.tally.front().rows.size();

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
    ev.network.push_back(accepted.row(event_first_row[p]).network);
    ev.date.push_back(event_day[p]);
  }

  // Each event's slots, from the tallies: the records of event e fill slots from event_start[e]
  // on, less its duplicates.
  std::vector<std::uint64_t> event_start(ev.size() + 1, 0);
  for (std::uint32_t e = 0; e < ev.size(); ++e) {
    std::uint64_t rows = 0;
    for (const EventTally& t : accepted.tally) rows += t.rows[order[e]];
    event_start[e + 1] = event_start[e] + rows;
  }
  const std::size_t row_count = event_start[ev.size()];  // accepted rows
  const std::size_t parts = row_count < 100'000 ? 1 : std::max<std::size_t>(1, threads);

  // The events are cut into one range per thread with about equal numbers of rows; events are
  // independent of each other. Each range sorts its events' rows, drops the duplicates and writes
  // its records into the columns straight away, from its first event's slot on. A range's records
  // then lie together but leave a gap below them as wide as the duplicates of the ranges before
  // it; once all are written, the ranges move down over the gaps (a few thousand slots as a rule).
  // Ranges keep the events in order, so the result is that of one pass over all.
  std::vector<std::size_t> event_bound(parts + 1, ev.size());
  event_bound[0] = 0;
  for (std::size_t t = 1; t < parts; ++t) {
    const std::uint64_t target = row_count * t / parts;
    const auto at = static_cast<std::size_t>(
        std::lower_bound(event_start.begin(), event_start.begin() + ev.size(), target) - event_start.begin());
    event_bound[t] = std::max(event_bound[t - 1], at);
  }
  auto& rec = ds.records;
  if (rec.size() != 0) throw std::logic_error("assemble_records: the dataset holds records already");
  // Sized, not filled: every slot below the final size is written by one range (column.hpp).
  const auto columns = [&rec] {
    return std::tuple(&rec.practitioner, &rec.network, &rec.event, &rec.date, &rec.establishment, &rec.authority,
                      &rec.role, &rec.designation, &rec.line);
  };
  std::apply([&](auto*... column) { (column->resize(row_count), ...); }, columns());
  rec.extra.codes.assign(accepted.extras, {});
  for (auto& codes : rec.extra.codes) codes.resize(row_count);

  std::vector<std::vector<Duplicate>> part_duplicates(parts);
  std::vector<std::size_t> written_end(parts, 0);
  auto start_over = [&] {
    ev.attendees.assign(ev.size(), 0);
    ev.first_record.assign(ev.size() + 1, 0);
    for (auto& d : part_duplicates) d.clear();
  };
  start_over();

  // ---- the rows as the file lists them: when each event's accepted rows lie together and the
  // events come in order (as exports list sessions), event e's rows are those from its first row
  // to the next event's first row, and no sort of all rows is needed. Each range checks that as it
  // reads its rows, and at the first row of another event all is done again the general way.
  bool in_file_order = allow_file_order;
  for (std::size_t e = 1; in_file_order && e < order.size(); ++e) {
    in_file_order = event_first_row[order[e - 1]] < event_first_row[order[e]];
  }
  if (in_file_order) {
    std::atomic<bool> interleaved{false};
    const std::size_t all_rows = accepted.chunk_offset.back();
    run(parts, [&](std::size_t t) {
      std::vector<SortKey> keys;
      std::size_t out = event_start[event_bound[t]];
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
        const std::uint32_t p = order[e];
        const std::size_t end = e + 1 < order.size() ? event_first_row[order[e + 1]] : all_rows;
        keys.clear();
        bool other_event = false;
        for_rows(accepted, event_first_row[p], end, [&](std::size_t i, const std::uint32_t* words) {
          AcceptedRow a;
          std::memcpy(&a, words, sizeof a);
          if (a.event == kNone) return;  // rejected
          other_event = other_event || a.event != p;
          keys.push_back({(static_cast<std::uint64_t>(e) << 32) | a.practitioner, a.network,
                          static_cast<std::uint32_t>(i)});
        });
        if (other_event || interleaved.load(std::memory_order_relaxed)) {
          interleaved = true;
          return;
        }
        out = write_event(keys, static_cast<std::uint32_t>(e), out, accepted, ds, part_duplicates[t]);
      }
      written_end[t] = out;
    });
    if (interleaved) {
      in_file_order = false;
      start_over();
    }
  }

  // ---- the general way: all rows sorted by event (a counting sort: the counts are the tallies'),
  // then each event's rows by the rest of the key. Each chunk places its own rows, starting for
  // each event after the rows of the chunks before it, so the threads write disjoint slots in the
  // order one pass would.
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
    run(parts == 1 ? std::min<std::size_t>(chunks, 1) : chunks, [&](std::size_t first_chunk) {
      // One thread places every chunk when the data is small; else one thread per chunk.
      const std::size_t last_chunk = parts == 1 ? chunks : first_chunk + 1;
      for (std::size_t c = first_chunk; c < last_chunk; ++c) {
        std::vector<std::uint64_t>& next = fill[c];
        for_rows(accepted, accepted.chunk_offset[c], accepted.chunk_offset[c + 1],
                 [&](std::size_t i, const std::uint32_t* words) {
                   AcceptedRow a;
                   std::memcpy(&a, words, sizeof a);
                   if (a.event == kNone) return;
                   const std::uint32_t e = final_id[a.event];
                   keys[next[e]++] = {(static_cast<std::uint64_t>(e) << 32) | a.practitioner, a.network,
                                      static_cast<std::uint32_t>(i)};
                 });
      }
    });
    fill.clear();
    run(parts, [&](std::size_t t) {
      std::size_t out = event_start[event_bound[t]];
      for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
        out = write_event(keys.subspan(event_start[e], event_start[e + 1] - event_start[e]),
                          static_cast<std::uint32_t>(e), out, accepted, ds, part_duplicates[t]);
      }
      written_end[t] = out;
    });
  }
  for (auto& d : part_duplicates) duplicates.insert(duplicates.end(), d.begin(), d.end());

  // Ranges down over the gaps, a column per thread at a time.
  std::vector<std::size_t> final_begin(parts + 1, 0);
  for (std::size_t t = 0; t < parts; ++t) {
    final_begin[t + 1] = final_begin[t] + (written_end[t] - event_start[event_bound[t]]);
  }
  const std::size_t total = final_begin[parts];
  auto close_gaps = [&](auto& column) {
    for (std::size_t t = 1; t < parts; ++t) {
      const std::size_t from = event_start[event_bound[t]];
      if (from != final_begin[t] && written_end[t] > from) {
        std::memmove(column.data() + final_begin[t], column.data() + from,
                     (written_end[t] - from) * sizeof(column[0]));
      }
    }
    column.resize(total);
  };
  std::vector<std::function<void()>> moves;
  std::apply([&](auto*... column) { (moves.emplace_back([&close_gaps, column] { close_gaps(*column); }), ...); },
             columns());
  for (auto& codes : rec.extra.codes) moves.emplace_back([&close_gaps, &codes] { close_gaps(codes); });
  run(std::min<std::size_t>(parts, moves.size()), [&](std::size_t t) {
    for (std::size_t m = t; m < moves.size(); m += parts) moves[m]();
  });
  for (std::size_t e = 0; e < ev.size(); ++e) ev.first_record[e + 1] += ev.first_record[e];
  return in_file_order ? AssemblyPath::file_order : AssemblyPath::sorted;
}

}  // namespace reticulist::io

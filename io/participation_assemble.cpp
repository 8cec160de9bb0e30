#include "io/participation_assemble.hpp"

#include <algorithm>
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

void assemble_records(const AcceptedRows& accepted, const std::vector<std::string_view>& event_ids,
                      unsigned threads, model::Dataset& ds, std::vector<Duplicate>& duplicates) {
  const std::size_t extras = accepted.extras;
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
  std::vector<std::uint32_t> final_id(prelim_events, kNone);
  auto& ev = ds.events;
  for (std::uint32_t e = 0; e < order.size(); ++e) {
    const std::uint32_t p = order[e];
    final_id[p] = e;
    ev.id.emplace_back(p < event_ids.size() ? event_ids[p] : std::string_view{});
    ev.network.push_back(accepted.row(event_first_row[p]).network);
    ev.date.push_back(event_day[p]);
  }
  // A row's event stays preliminary: final_id maps it wherever it is read below.

  struct SortKey {
    std::uint64_t event_person;
    std::uint32_t network;
    std::uint32_t row;
  };
  // Sorted by (event, practitioner, network, row): a counting sort by event, then a sort of each
  // event's rows (a few dozen as a rule), which is the same order as one sort of all the keys
  // (rows are unique, so the order is total) at a fraction of the cost. The counts are the
  // tallies'; each chunk places its own rows, starting for each event after the rows of the
  // chunks before it, so the threads write disjoint slots in the order one pass would.
  std::vector<std::uint64_t> event_start(ev.size() + 1, 0);
  std::vector<std::vector<std::uint64_t>> fill(chunks, std::vector<std::uint64_t>(ev.size()));
  for (std::uint32_t e = 0; e < ev.size(); ++e) {
    std::uint64_t at = event_start[e];
    for (std::size_t c = 0; c < chunks; ++c) {
      fill[c][e] = at;
      at += accepted.tally[c].rows[order[e]];
    }
    event_start[e + 1] = at;
  }
  std::unique_ptr<SortKey[]> key_store(new SortKey[accepted.accepted]);  // every slot written below
  const std::span<SortKey> keys(key_store.get(), accepted.accepted);
  const std::size_t parts = keys.size() < 100'000 ? 1 : std::max<std::size_t>(1, threads);
  auto run = [](std::size_t count, auto&& part) {
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < count; ++t) workers.emplace_back(part, t);
    if (count > 0) part(0);
    for (auto& w : workers) w.join();
  };
  run(parts == 1 ? std::min<std::size_t>(chunks, 1) : chunks, [&](std::size_t first_chunk) {
    // One thread places every chunk when the data is small; else one thread per chunk.
    const std::size_t last_chunk = parts == 1 ? chunks : first_chunk + 1;
    for (std::size_t c = first_chunk; c < last_chunk; ++c) {
      std::vector<std::uint64_t>& next = fill[c];
      const std::uint32_t* words = accepted.chunk_rows[c];
      for (auto i = static_cast<std::uint32_t>(accepted.chunk_offset[c]); i < accepted.chunk_offset[c + 1];
           ++i, words += accepted.stride) {
        AcceptedRow a;
        std::memcpy(&a, words, sizeof a);
        if (a.event == kNone) continue;
        const std::uint32_t e = final_id[a.event];
        keys[next[e]++] = {(static_cast<std::uint64_t>(e) << 32) | a.practitioner, a.network, i};
      }
    }
  });
  fill.clear();

  // The rest works on whole events, which are independent of each other: the events are cut into
  // one range per thread with about equal numbers of rows. Each range sorts its events' rows, drops
  // the duplicates and writes its records into the columns straight away, from the slot of its own
  // first key on. A range's records then lie contiguous but leave a gap below them as wide as the
  // duplicates of the ranges before it; once all are written, the ranges move down over the gaps
  // (a few thousand slots as a rule). Ranges keep the events in order, so the result is that of
  // one pass over all.
  std::vector<std::size_t> event_bound(parts + 1, ev.size());
  event_bound[0] = 0;
  for (std::size_t t = 1; t < parts; ++t) {
    const std::uint64_t target = keys.size() * t / parts;
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
  std::apply([&](auto*... column) { (column->resize(keys.size()), ...); }, columns());
  rec.extra.codes.assign(extras, {});
  for (auto& codes : rec.extra.codes) codes.resize(keys.size());

  ev.attendees.assign(ev.size(), 0);
  ev.first_record.assign(ev.size() + 1, 0);
  std::vector<std::vector<Duplicate>> part_duplicates(parts);
  std::vector<std::size_t> written_end(parts, 0);
  run(parts, [&](std::size_t t) {
    std::size_t out = event_start[event_bound[t]];
    for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
      const auto first = keys.begin() + static_cast<std::ptrdiff_t>(event_start[e]);
      const auto last = keys.begin() + static_cast<std::ptrdiff_t>(event_start[e + 1]);
      std::sort(first, last, [](const SortKey& a, const SortKey& b) {
        if (a.event_person != b.event_person) return a.event_person < b.event_person;
        if (a.network != b.network) return a.network < b.network;
        return a.row < b.row;  // the first in the file is the one kept
      });
      const std::size_t event_first = out;
      const SortKey* previous = nullptr;
      for (auto k = first; k != last; ++k) {
        const AcceptedRow a = accepted.row(k->row);
        if (previous && previous->event_person == k->event_person && previous->network == k->network) {
          part_duplicates[t].push_back({a.line, accepted.row(previous->row).line});
          continue;
        }
        if (!previous || previous->event_person != k->event_person) ++ev.attendees[e];
        previous = &*k;
        rec.practitioner[out] = a.practitioner;
        rec.network[out] = a.network;
        rec.event[out] = static_cast<model::EventId>(e);
        rec.date[out] = a.date;
        rec.establishment[out] = a.establishment;
        rec.authority[out] = a.authority;
        rec.role[out] = a.role;
        rec.designation[out] = a.designation;
        rec.line[out] = a.line;
        if (extras > 0) {
          const std::uint32_t* extra = accepted.at(k->row) + accepted.stride - extras;
          for (std::size_t x = 0; x < extras; ++x) rec.extra.codes[x][out] = extra[x];
        }
        ++out;
      }
      ev.first_record[e + 1] = out - event_first;
    }
    written_end[t] = out;
  });
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
}

}  // namespace reticulist::io

#include "io/participation_assemble.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <span>
#include <thread>

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
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return event_day[a] != event_day[b] ? event_day[a] < event_day[b] : event_first_row[a] < event_first_row[b];
  });
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
  // one range per thread with about equal numbers of rows. Each range sorts its events' rows and
  // finds its duplicates; then, with every range's count of records known, each writes its records
  // at its offset. Ranges keep the events in order, so the result is that of one pass over all.
  std::vector<std::size_t> event_bound(parts + 1, ev.size());
  event_bound[0] = 0;
  for (std::size_t t = 1; t < parts; ++t) {
    const std::uint64_t target = keys.size() * t / parts;
    const auto at = static_cast<std::size_t>(
        std::lower_bound(event_start.begin(), event_start.begin() + ev.size(), target) - event_start.begin());
    event_bound[t] = std::max(event_bound[t - 1], at);
  }
  ev.attendees.assign(ev.size(), 0);
  ev.first_record.assign(ev.size() + 1, 0);
  std::vector<std::uint8_t> kept(keys.size(), 0);
  std::vector<std::vector<Duplicate>> part_duplicates(parts);
  std::vector<std::size_t> part_records(parts + 1, 0);
  run(parts, [&](std::size_t t) {
    const SortKey* previous = nullptr;
    std::size_t count = 0;
    for (std::size_t e = event_bound[t]; e < event_bound[t + 1]; ++e) {
      const auto first = keys.begin() + static_cast<std::ptrdiff_t>(event_start[e]);
      const auto last = keys.begin() + static_cast<std::ptrdiff_t>(event_start[e + 1]);
      std::sort(first, last, [](const SortKey& a, const SortKey& b) {
        if (a.event_person != b.event_person) return a.event_person < b.event_person;
        if (a.network != b.network) return a.network < b.network;
        return a.row < b.row;  // the first in the file is the one kept
      });
      for (std::size_t i = event_start[e]; i < event_start[e + 1]; ++i) {
        const SortKey& k = keys[i];
        if (previous && previous->event_person == k.event_person && previous->network == k.network) {
          part_duplicates[t].push_back({accepted.row(k.row).line, accepted.row(previous->row).line});
          continue;
        }
        if (!previous || previous->event_person != k.event_person) ++ev.attendees[e];
        previous = &k;
        kept[i] = 1;
        ++ev.first_record[e + 1];
        ++count;
      }
    }
    part_records[t + 1] = count;
  });
  for (std::size_t t = 0; t < parts; ++t) part_records[t + 1] += part_records[t];
  for (auto& d : part_duplicates) duplicates.insert(duplicates.end(), d.begin(), d.end());

  auto& rec = ds.records;
  rec.extra.codes.assign(extras, {});
  // Records are written column by column, the columns shared out between threads: each thread
  // appends to its own columns, so no column is zero-filled first and pages are faulted in by
  // whichever thread writes them.
  const std::size_t total = rec.size() + part_records[parts];
  auto write_columns = [&](bool first_half, bool second_half) {
    auto each_kept = [&](auto&& write) {
      for (std::size_t i = 0; i < keys.size(); ++i) {
        if (kept[i]) write(accepted.row(keys[i].row), keys[i].row);
      }
    };
    if (first_half) {
      rec.practitioner.reserve(total);
      rec.network.reserve(total);
      rec.event.reserve(total);
      rec.date.reserve(total);
      rec.line.reserve(total);
      each_kept([&](const AcceptedRow& a, std::uint32_t) {
        rec.practitioner.push_back(a.practitioner);
        rec.network.push_back(a.network);
        rec.event.push_back(final_id[a.event]);
        rec.date.push_back(a.date);
        rec.line.push_back(a.line);
      });
    }
    if (second_half) {
      rec.establishment.reserve(total);
      rec.authority.reserve(total);
      rec.role.reserve(total);
      rec.designation.reserve(total);
      for (auto& codes : rec.extra.codes) codes.reserve(total);
      each_kept([&](const AcceptedRow& a, std::uint32_t row) {
        rec.establishment.push_back(a.establishment);
        rec.authority.push_back(a.authority);
        rec.role.push_back(a.role);
        rec.designation.push_back(a.designation);
        if (extras > 0) {
          const std::uint32_t* extra = accepted.at(row) + accepted.stride - extras;
          for (std::size_t x = 0; x < extras; ++x) rec.extra.codes[x].push_back(extra[x]);
        }
      });
    }
  };
  if (parts > 1) {
    std::thread other(write_columns, false, true);
    write_columns(true, false);
    other.join();
  } else {
    write_columns(true, true);
  }
  for (std::size_t e = 0; e < ev.size(); ++e) ev.first_record[e + 1] += ev.first_record[e];
}

}  // namespace reticulist::io

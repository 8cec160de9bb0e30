// assemble_records on accepted rows made by hand: events numbered by (earliest day, first row),
// records of each event sorted by practitioner, exact repeats reported against the first, and
// the same result whichever way the rows were found (where the file lists them, or sorted by
// event) and on any number of threads.
#include "io/participation_assemble.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string_view>
#include <vector>

#include "support/same_dataset.hpp"

namespace reticulist::io {
namespace {

using model::kNone;

// Rows as checking leaves them: each chunk's rows at slots of its own, with two slots between
// chunks that hold no row, given to each chunk's ChunkRecords in slot order (rejected rows, event
// kNone, are not given but keep their slot). Every slot starts out holding a row that must never
// be read (event 0, practitioner 99). Extra column x of a row holds (line + x) % 7.
struct Chunks {
  model::Records records;
  std::vector<ChunkRecords> chunks;
};

std::unique_ptr<Chunks> chunks_of(const std::vector<std::vector<AcceptedRow>>& rows, std::size_t extras = 0) {
  auto r = std::make_unique<Chunks>();
  model::Records& rec = r->records;
  rec.extra.codes.assign(extras, {});
  std::size_t slots = 0;
  for (const auto& chunk : rows) slots += 2 + chunk.size();
  model::for_each_column(rec, [slots](auto& column) { column.assign(slots, static_cast<std::decay_t<decltype(column[0])>>(99)); });
  std::size_t slot = 0;
  for (const auto& chunk : rows) {
    slot += 2;
    ChunkRecords& records = r->chunks.emplace_back(rec, slot);
    for (const AcceptedRow& a : chunk) {
      std::vector<std::uint32_t> extra(extras);
      for (std::size_t x = 0; x < extras; ++x) extra[x] = (a.line + x) % 7;
      if (a.event != kNone) records.add(a, extra.data(), slot);
      ++slot;
    }
    records.finish();
  }
  return r;
}

AcceptedRow row(std::uint32_t event, std::uint32_t person, std::uint32_t network, model::Day day, std::uint32_t line) {
  return {event, person, network, day, 10 + person, 20 + person, kNone, line, model::Role::Member};
}
AcceptedRow rejected(std::uint32_t line) { return {kNone, 0, 0, 0, 0, 0, 0, line, model::Role::Member}; }

struct Assembled {
  model::Dataset ds;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> duplicates;
  AssemblyPath path;
};

Assembled assemble(const std::vector<std::vector<AcceptedRow>>& rows, std::size_t prelim_events,
                   std::size_t extras, const std::vector<std::string_view>& ids, unsigned threads, bool file_order) {
  const std::unique_ptr<Chunks> chunks = chunks_of(rows, extras);
  Assembled out;
  std::vector<Duplicate> duplicates;
  out.path = assemble_records(chunks->chunks, chunks->records, ids, prelim_events, threads, out.ds, duplicates,
                              file_order);
  for (const Duplicate& d : duplicates) out.duplicates.emplace_back(d.line, d.first_line);
  CHECK(chunks->records.size() == 0);  // the rows became the records
  return out;
}

void require_same(const Assembled& a, const Assembled& b) {
  testing::check_same_records_and_events(a.ds, b.ds);
  CHECK(a.duplicates == b.duplicates);
}

// Sessions of 1 to 60 rows, listed one after the other in date order, with repeats and rejected
// rows among them; `session_of_row(i)` is the preliminary event of row i.
std::vector<std::vector<AcceptedRow>> listed_sessions(std::size_t row_count, std::size_t chunk_count,
                                                      std::vector<std::uint32_t>& session_of_row) {
  std::vector<std::vector<AcceptedRow>> chunks(chunk_count);
  std::uint64_t state = 99;
  auto next = [&state](std::uint64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % below;
  };
  std::uint32_t session = 0;
  std::size_t left = 0;
  std::vector<AcceptedRow> all;
  for (std::uint32_t line = 2; all.size() < row_count; ++line) {
    if (left == 0) {
      ++session;
      left = 1 + next(60);
    }
    --left;
    if (next(100) == 0) {
      all.push_back(rejected(line));
    } else if (next(40) == 0 && !all.empty() && all.back().event == session) {
      AcceptedRow again = all.back();  // an exact repeat
      again.line = line;
      all.push_back(again);
    } else {
      all.push_back(row(session, static_cast<std::uint32_t>(next(5000)), session % 3, 1000 + session / 10, line));
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    chunks[i * chunk_count / all.size()].push_back(all[i]);
    session_of_row.push_back(all[i].event);
  }
  return chunks;
}

}  // namespace

TEST_CASE("assemble_records numbers events by day, sorts each event's records and reports repeats",
          "[io][assemble]") {
  // Preliminary events: 0 = "EV-A", 1 = "EV-B", 2 = an implicit (network, day) event.
  //   chunk 0: row 0  EV-B  person 5  day 100  line 2
  //            row 1  EV-B  person 3  day 100  line 3
  //            row 2  (rejected)               line 4
  //            row 3  EV-A  person 5  day  90  line 5
  //   chunk 1: row 4  EV-A  person 5  day  90  line 6   repeats line 5
  //            row 5  implicit, person 3, day 100 line 7
  //            row 6  EV-B  person 3  day 100  line 8   repeats line 3
  // Events by (earliest day, first row): EV-A (90, row 3) = 0, EV-B (100, row 0) = 1,
  // implicit (100, row 5) = 2. EV-B's rows are not together (rows 0, 1 and 6), so the rows are
  // sorted by event.
  const Assembled a = assemble({{row(1, 5, 0, 100, 2), row(1, 3, 0, 100, 3), rejected(4), row(0, 5, 1, 90, 5)},
                                {row(0, 5, 1, 90, 6), row(2, 3, 0, 100, 7), row(1, 3, 0, 100, 8)}},
                               3, 0, {"EV-A", "EV-B"}, 2, true);
  CHECK(a.path == AssemblyPath::sorted);
  const model::EventTable& ev = a.ds.events;
  CHECK(ev.id == std::vector<std::string>{"EV-A", "EV-B", ""});
  CHECK(ev.network == std::vector<model::NetworkId>{1, 0, 0});
  CHECK(ev.date == std::vector<model::Day>{90, 100, 100});
  CHECK(ev.attendees == std::vector<std::uint32_t>{1, 2, 1});
  CHECK(ev.first_record == std::vector<std::uint64_t>{0, 1, 3, 4});
  const model::Records& r = a.ds.records;
  CHECK(r.event == model::Column<model::EventId>{0, 1, 1, 2});
  CHECK(r.practitioner == model::Column<model::PractitionerId>{5, 3, 5, 3});
  CHECK(r.line == model::Column<std::uint32_t>{5, 3, 2, 7});
  CHECK(r.establishment == model::Column<model::EstablishmentId>{15, 13, 15, 13});
  CHECK(a.duplicates == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{6, 5}, {8, 3}});
}

TEST_CASE("assemble_records reads sessions where the file lists them together, with the same result",
          "[io][assemble]") {
  // Sessions one after the other in date order; line 5 repeats line 2 within session E0.
  const std::vector<std::vector<AcceptedRow>> listed = {
      {row(0, 7, 0, 50, 2), row(0, 2, 0, 50, 3), rejected(4), row(0, 7, 0, 50, 5)},
      {row(1, 4, 0, 51, 6), row(1, 1, 0, 51, 7)}};
  const Assembled read_in_place = assemble(listed, 2, 1, {"E0", "E1"}, 1, true);
  const Assembled sorted = assemble(listed, 2, 1, {"E0", "E1"}, 1, false);
  CHECK(read_in_place.path == AssemblyPath::file_order);
  CHECK(sorted.path == AssemblyPath::sorted);
  require_same(read_in_place, sorted);
  CHECK(read_in_place.ds.records.practitioner == model::Column<model::PractitionerId>{2, 7, 1, 4});
  CHECK(read_in_place.duplicates == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{5, 2}});

  // A row of the first session after the second one began: found out, and sorted after all.
  const std::vector<std::vector<AcceptedRow>> late = {{row(0, 7, 0, 50, 2), row(1, 4, 0, 51, 3)},
                                                       {row(0, 2, 0, 50, 4)}};
  const Assembled found = assemble(late, 2, 0, {"E0", "E1"}, 1, true);
  CHECK(found.path == AssemblyPath::sorted);
  require_same(found, assemble(late, 2, 0, {"E0", "E1"}, 1, false));
  CHECK(found.ds.records.line == model::Column<std::uint32_t>{4, 2, 3});
}

TEST_CASE("assemble_records joins a session cut by the chunk boundary, repeats on both sides",
          "[io][assemble]") {
  // E0 runs over the boundary. Line 4 repeats line 3 (across the boundary); line 5 repeats line 4
  // within chunk 1's run, so it is first reported against line 4, which then turns out a repeat
  // itself: both are reported against line 3, the first in the file.
  //   chunk 0: E0 person 1 line 2, E0 person 2 line 3
  //   chunk 1: E0 person 2 line 4, E0 person 2 line 5, E0 person 3 line 6, E1 person 1 line 7
  const std::vector<std::vector<AcceptedRow>> cut = {
      {row(0, 1, 0, 60, 2), row(0, 2, 0, 60, 3)},
      {row(0, 2, 0, 60, 4), row(0, 2, 0, 60, 5), row(0, 3, 0, 59, 6), row(1, 1, 0, 61, 7)}};
  const Assembled joined = assemble(cut, 2, 1, {"E0", "E1"}, 2, true);
  CHECK(joined.path == AssemblyPath::file_order);
  const model::Records& r = joined.ds.records;
  CHECK(r.line == model::Column<std::uint32_t>{2, 3, 6, 7});
  CHECK(r.practitioner == model::Column<model::PractitionerId>{1, 2, 3, 1});
  CHECK(r.event == model::Column<model::EventId>{0, 0, 0, 1});
  CHECK(r.extra.codes[0] == model::Column<std::uint32_t>{2, 3, 6, 0});
  CHECK(joined.ds.events.date == std::vector<model::Day>{59, 61});  // E0's earliest day is in chunk 1
  CHECK(joined.ds.events.attendees == std::vector<std::uint32_t>{3, 1});
  CHECK(joined.ds.events.first_record == std::vector<std::uint64_t>{0, 3, 4});
  CHECK(joined.duplicates == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{4, 3}, {5, 3}});
  require_same(joined, assemble(cut, 2, 1, {"E0", "E1"}, 2, false));

  // A chunk with nothing accepted between the two halves of a session: still in file order.
  const std::vector<std::vector<AcceptedRow>> across = {
      {row(0, 1, 0, 60, 2)}, {rejected(3)}, {row(0, 1, 0, 60, 4), row(0, 5, 0, 60, 5), row(1, 1, 0, 61, 6)}};
  const Assembled over = assemble(across, 2, 0, {"E0", "E1"}, 1, true);
  CHECK(over.path == AssemblyPath::file_order);
  CHECK(over.ds.records.line == model::Column<std::uint32_t>{2, 5, 6});
  CHECK(over.duplicates == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{4, 2}});
  require_same(over, assemble(across, 2, 0, {"E0", "E1"}, 1, false));
}

TEST_CASE("assemble_records gives the same records on any number of threads, either way", "[io][assemble]") {
  // Over 100,000 rows, so that the work is shared out between threads.
  std::vector<std::uint32_t> session_of_row;
  const auto chunks = listed_sessions(150'000, 3, session_of_row);
  std::uint32_t sessions = 0;
  for (std::uint32_t s : session_of_row) sessions = std::max(sessions, s == kNone ? 0 : s + 1);
  std::vector<std::string_view> ids(sessions, "E");
  const Assembled one = assemble(chunks, sessions, 2, ids, 1, false);
  REQUIRE(one.ds.records.size() > 100'000);
  REQUIRE(one.duplicates.size() > 1'000);
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads " << threads);
    const Assembled in_place = assemble(chunks, sessions, 2, ids, threads, true);
    CHECK(in_place.path == AssemblyPath::file_order);
    require_same(in_place, one);
    require_same(assemble(chunks, sessions, 2, ids, threads, false), one);
  }

  // The second row of an early session moved to near the end: the session still starts where it
  // did and sessions still start in order, but it has a second run far from its first; then the
  // records are sorted.
  auto moved = chunks;
  std::size_t second = 1;
  while (moved[0][second].event == kNone || moved[0][second].event != moved[0][second - 1].event) ++second;
  const AcceptedRow early = moved[0][second];
  moved[0].erase(moved[0].begin() + static_cast<std::ptrdiff_t>(second));
  moved[2].insert(moved[2].end() - 5, early);
  const Assembled sorted = assemble(moved, sessions, 2, ids, 1, false);
  for (unsigned threads : {1u, 2u, 3u}) {
    INFO("threads " << threads);
    const Assembled found = assemble(moved, sessions, 2, ids, threads, true);
    CHECK(found.path == AssemblyPath::sorted);
    require_same(found, sorted);
  }
}

}  // namespace reticulist::io

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

// Rows as parsing and checking leave them: each chunk's rows at slots of its own, with two slots
// between chunks that hold no row (filled with a row of event 0, which must never be read), and
// each chunk's tally of its accepted rows. Extra column x of a row holds (line + x) % 7.
struct Rows {
  model::Records records;
  AcceptedRows accepted;
};

std::unique_ptr<Rows> rows_of(const std::vector<std::vector<AcceptedRow>>& chunks, std::size_t prelim_events,
                              std::size_t extras = 0) {
  auto r = std::make_unique<Rows>();
  model::Records& rec = r->records;
  rec.extra.codes.assign(extras, {});
  auto put = [&](const AcceptedRow& a) {
    rec.event.push_back(a.event);
    rec.practitioner.push_back(a.practitioner);
    rec.network.push_back(a.network);
    rec.date.push_back(a.date);
    rec.establishment.push_back(a.establishment);
    rec.authority.push_back(a.authority);
    rec.designation.push_back(a.designation);
    rec.line.push_back(a.line);
    rec.role.push_back(a.role);
    for (std::size_t x = 0; x < extras; ++x) rec.extra.codes[x].push_back((a.line + x) % 7);
  };
  r->accepted.records = &rec;
  for (const auto& chunk : chunks) {
    for (int gap = 0; gap < 2; ++gap) put({0, 1, 1, 1, 1, 1, 1, 1, model::Role::Lead});
    EventTally tally(prelim_events);
    r->accepted.chunk_begin.push_back(rec.size());
    for (const AcceptedRow& a : chunk) {
      if (a.event != kNone) {
        tally.add(a.event, a.date, static_cast<std::uint32_t>(rec.size()));
        ++r->accepted.accepted;
      }
      put(a);
    }
    r->accepted.chunk_end.push_back(rec.size());
    r->accepted.tally.push_back(std::move(tally));
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

Assembled assemble(const std::vector<std::vector<AcceptedRow>>& chunks, std::size_t prelim_events,
                   std::size_t extras, const std::vector<std::string_view>& ids, unsigned threads, bool file_order) {
  const std::unique_ptr<Rows> rows = rows_of(chunks, prelim_events, extras);
  Assembled out;
  std::vector<Duplicate> duplicates;
  out.path = assemble_records(rows->accepted, ids, threads, out.ds, duplicates, file_order);
  for (const Duplicate& d : duplicates) out.duplicates.emplace_back(d.line, d.first_line);
  CHECK(rows->records.size() == 0);  // the rows became the records
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
  // did and sessions still start in order, so only the check of every row finds it out (in the last
  // thread's range); then the rows are sorted.
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

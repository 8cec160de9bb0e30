#pragma once
// The practitioner co-attendance layer: a tie between two practitioners who attended the same
// event; its weight is the number of events they shared, or Newman's collaboration weight
// sum_e 1/(n_e - 1) over the shared events e with n_e attendees (Newman 2001, Phys. Rev. E 64,
// 016132), which makes a tie from a 3-person meeting count more than one from a 40-person one.
//
// The large-event rule: an event with more than `max_event_size` attendees (a plenary, or a
// whole Teams membership exported under one date) adds no ties; its records still count as
// membership and attendance. Each such event would add n(n-1)/2 pairs (2,000 members: ~2 M
// pairs) that say nothing about people working together. Default 100: the working sessions
// of the partnership's networks (learning sets, VLN meetings, subject network sessions) have
// 5-80 attendees, while plenaries start at about 80 and exported rosters run to thousands;
// see README "The large-event rule" for the evidence. 0 turns the rule off.
//
// Cost: O(sum over included events of n_e^2) time, O(n + m) memory; never more pairs than the
// distinct ties it returns. Rows are computed in parallel with a sparse accumulator per thread,
// in one pass that holds up to about three times the result at its peak; under a --memory-limit
// that this might exceed (engine/memory_limit.hpp), in two passes (count each row, then write it
// into the result), which hold no more than the result, at about 1.7 times the time.
#include <cstdint>
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/graph/graph.hpp"
#include "engine/model/dataset.hpp"

namespace reticulist::graph {

inline constexpr std::uint32_t kDefaultMaxEventSize = 100;

enum class TieWeight { SharedEvents, Newman };

struct CoattendanceOptions {
  std::uint32_t max_event_size = kDefaultMaxEventSize;  // 0: no limit
  TieWeight weight = TieWeight::SharedEvents;
  unsigned threads = 1;
  bool two_pass = false;  // the lean build whatever the memory limit (tests, benchmarks)
};

struct CoattendanceStats {
  std::uint64_t events = 0;                 // selected events
  std::uint64_t large_events = 0;           // above max_event_size: no ties
  std::uint64_t large_event_records = 0;
  std::uint64_t large_event_pairs = 0;      // sum n(n-1)/2 the rule left out
  std::uint64_t pair_instances = 0;         // sum n(n-1)/2 over the events that make ties
  std::uint32_t largest_event = 0;
  bool two_pass = false;                    // built the lean way to stay within --memory-limit
};

struct PractitionerLayer {
  Graph graph;
  std::vector<model::PractitionerId> practitioner;  // vertex -> practitioner, ascending
  CoattendanceStats stats;
};

// Every practitioner with a record in `events` is a vertex (isolates included).
PractitionerLayer coattendance(const model::Dataset& ds, const EventList& events, const CoattendanceOptions& options);

}  // namespace reticulist::graph

#include "support/same_dataset.hpp"

#include <catch2/catch.hpp>

namespace reticulist::testing {

void check_same_records_and_events(const model::Dataset& a, const model::Dataset& b) {
  const model::Records& x = a.records;
  const model::Records& y = b.records;
  CHECK(x.practitioner == y.practitioner);
  CHECK(x.network == y.network);
  CHECK(x.event == y.event);
  CHECK(x.date == y.date);
  CHECK(x.establishment == y.establishment);
  CHECK(x.authority == y.authority);
  CHECK(x.role == y.role);
  CHECK(x.designation == y.designation);
  CHECK(x.line == y.line);
  CHECK(x.extra.names == y.extra.names);
  CHECK(x.extra.dictionary == y.extra.dictionary);
  CHECK(x.extra.codes == y.extra.codes);
  CHECK(a.events.id == b.events.id);
  CHECK(a.events.network == b.events.network);
  CHECK(a.events.date == b.events.date);
  CHECK(a.events.attendees == b.events.attendees);
  CHECK(a.events.first_record == b.events.first_record);
}

}  // namespace reticulist::testing

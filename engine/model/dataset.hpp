#pragma once
// The validated, columnar Dataset every analysis reads. Built once by io::ingest; never edited.
//
// Practitioners are held only as keyed pseudonyms: raw identifiers stop at ingest.
// Records are sorted by event, and events are numbered in date order, so records are in date
// order too and every period is one contiguous run of events and of records.
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/civil_date.hpp"
#include "engine/model/column.hpp"
#include "engine/model/ids.hpp"
#include "engine/model/role.hpp"
#include "engine/model/sector.hpp"

namespace reticulist::model {

// Extra columns of an input file, kept as attributes: values[c][row] is column names[c].
struct Attributes {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> values;
};

// Extra columns of participation.csv, coded: record r has dictionary[c][codes[c][r]].
struct CodedAttributes {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> dictionary;
  std::vector<Column<std::uint32_t>> codes;
};

struct AuthorityTable {
  std::vector<std::string> id;
  std::vector<std::string> name;
  std::vector<std::string> region;
  std::vector<bool> listed;  // in authorities.csv (else created from another file)
  Attributes extra;
  std::size_t size() const { return id.size(); }
};

struct EstablishmentTable {
  std::vector<std::string> id;  // SEED code (or the name given, for one not in the register)
  std::vector<std::string> name;
  std::vector<AuthorityId> authority;
  std::vector<Sector> sector;
  std::vector<double> roll;   // NaN when unknown
  std::vector<double> staff;  // teaching staff FTE, NaN when unknown
  std::vector<bool> in_register;
  Attributes extra;
  std::size_t size() const { return id.size(); }
};

struct NetworkTable {
  std::vector<std::string> id;
  std::vector<std::string> name;
  std::vector<std::string> workstream;  // empty when not known
  std::vector<std::optional<Day>> started;
  std::vector<std::optional<Day>> ended;
  std::vector<bool> listed;  // in networks.csv
  Attributes extra;
  std::size_t size() const { return id.size(); }
};

// An event is one session (or one network on one date when the export has no event column).
struct EventTable {
  std::vector<std::string> id;  // as given; empty for an implicit network+date event
  std::vector<NetworkId> network;
  std::vector<Day> date;
  std::vector<std::uint32_t> attendees;  // distinct practitioners (after deduplication)
  std::vector<std::uint64_t> first_record;  // records of event e: [first_record[e], first_record[e+1])
  std::size_t size() const { return id.size(); }
};

// One accepted, deduplicated participation record per row, sorted by (event, practitioner).
// A practitioner's establishment and authority are as of that record, so moves are honoured.
// Columns, not vectors: ingest fills them from several threads (see column.hpp).
struct Records {
  Column<PractitionerId> practitioner;
  Column<NetworkId> network;
  Column<EventId> event;
  Column<Day> date;
  Column<EstablishmentId> establishment;  // kNone for centrally employed staff
  Column<AuthorityId> authority;
  Column<Role> role;
  Column<DesignationId> designation;  // kNone when not given
  Column<std::uint32_t> line;         // line in participation.csv, for tracing back
  CodedAttributes extra;              // extra columns, one value per record
  std::size_t size() const { return practitioner.size(); }
};

// Calls f(column) on every column of `r`, the extra columns' codes included: for what is done to
// all columns alike (sizing them, moving rows within them). With several records (which must have
// as many extra columns), f gets the same column of each: f(r.practitioner, more.practitioner...).
template <class F, class... More>
void for_each_column(F&& f, Records& r, More&... more) {
  f(r.practitioner, more.practitioner...);
  f(r.network, more.network...);
  f(r.event, more.event...);
  f(r.date, more.date...);
  f(r.establishment, more.establishment...);
  f(r.authority, more.authority...);
  f(r.role, more.role...);
  f(r.designation, more.designation...);
  f(r.line, more.line...);
  for (std::size_t x = 0; x < r.extra.codes.size(); ++x) f(r.extra.codes[x], more.extra.codes[x]...);
}
template <class F>
void for_each_column(Records& r, F&& f) {
  for_each_column(f, r);
}

struct Dataset {
  std::vector<std::string> pseudonyms;  // practitioner id -> "p_" + hex
  // practitioner id -> raw identifier as first written in participation.csv (trimmed, case kept;
  // the pseudonym is of its normal form); filled only when the user asked for --identify.
  std::vector<std::string> identities;
  AuthorityTable authorities;
  EstablishmentTable establishments;
  NetworkTable networks;
  EventTable events;
  std::vector<std::string> designations;
  Records records;
  bool has_register = false;  // establishments.csv was given: "never engaged" is knowable

  std::size_t practitioner_count() const { return pseudonyms.size(); }
  // First and last record dates; nullopt when there is no record.
  std::optional<Day> first_day() const;
  std::optional<Day> last_day() const;
};

inline bool known(double value) { return !std::isnan(value); }

}  // namespace reticulist::model

#include "io/drop_unreferenced.hpp"

namespace reticulist::io {
namespace {

// New ids for the kept entries (kNone for dropped ones), in the old order.
std::vector<std::uint32_t> renumber(const std::vector<std::uint8_t>& keep, std::uint64_t& dropped) {
  std::vector<std::uint32_t> to(keep.size(), model::kNone);
  std::uint32_t next = 0;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (keep[i]) {
      to[i] = next++;
    } else {
      ++dropped;
    }
  }
  return to;
}

template <typename T>
void compact(std::vector<T>& column, const std::vector<std::uint32_t>& to) {
  if (column.empty()) return;  // an optional column (identities without --identify)
  std::size_t out = 0;
  for (std::size_t i = 0; i < column.size(); ++i) {
    if (to[i] == model::kNone) continue;
    if (out != i) column[out] = std::move(column[i]);  // never a self-move: it empties a string
    ++out;
  }
  column.resize(out);
}

// std::vector<bool> has no move-assignable element references: its own loop.
void compact_bools(std::vector<bool>& column, const std::vector<std::uint32_t>& to) {
  std::vector<bool> kept;
  for (std::size_t i = 0; i < column.size(); ++i) {
    if (to[i] != model::kNone) kept.push_back(column[i]);
  }
  column = std::move(kept);
}

void compact_attributes(model::Attributes& extra, const std::vector<std::uint32_t>& to) {
  for (auto& values : extra.values) compact(values, to);
}

// Nothing to do when every entity is kept (the usual case): ids are then unchanged.
bool identity(const std::vector<std::uint32_t>& to) {
  for (std::uint32_t i = 0; i < to.size(); ++i) {
    if (to[i] != i) return false;
  }
  return true;
}

template <class Ids>
void remap(Ids& ids, const std::vector<std::uint32_t>& to) {
  if (identity(to)) return;
  for (auto& id : ids) {
    if (id != model::kNone) id = to[id];
  }
}

}  // namespace

Dropped drop_unreferenced(model::Dataset& ds) {
  Dropped dropped;
  const auto& rec = ds.records;
  // Bytes, not std::vector<bool>: the pass over millions of records sets them at random.
  std::vector<std::uint8_t> person(ds.pseudonyms.size(), 0), network(ds.networks.size(), 0),
      authority(ds.authorities.size(), 0), place(ds.establishments.size(), 0);
  for (std::size_t n = 0; n < network.size(); ++n) network[n] = ds.networks.listed[n];
  for (std::size_t a = 0; a < authority.size(); ++a) authority[a] = ds.authorities.listed[a];
  for (std::size_t e = 0; e < place.size(); ++e) {
    place[e] = ds.establishments.in_register[e];
    if (place[e]) authority[ds.establishments.authority[e]] = true;
  }
  for (std::size_t r = 0; r < rec.size(); ++r) {
    person[rec.practitioner[r]] = true;
    network[rec.network[r]] = true;
    authority[rec.authority[r]] = true;
    if (rec.establishment[r] != model::kNone) place[rec.establishment[r]] = true;
  }
  for (auto n : ds.events.network) network[n] = true;
  std::vector<std::uint8_t> designation(ds.designations.size(), 0);
  for (auto d : rec.designation) {
    if (d != model::kNone) designation[d] = true;
  }
  std::uint64_t designations_dropped = 0;
  const auto to_designation = renumber(designation, designations_dropped);
  compact(ds.designations, to_designation);

  const auto to_person = renumber(person, dropped.practitioners);
  const auto to_network = renumber(network, dropped.networks);
  const auto to_authority = renumber(authority, dropped.authorities);
  const auto to_place = renumber(place, dropped.establishments);

  compact(ds.pseudonyms, to_person);
  compact(ds.identities, to_person);

  auto& nt = ds.networks;
  compact(nt.id, to_network); compact(nt.name, to_network); compact(nt.workstream, to_network);
  compact(nt.started, to_network); compact(nt.ended, to_network); compact_bools(nt.listed, to_network);
  compact_attributes(nt.extra, to_network);

  auto& at = ds.authorities;
  compact(at.id, to_authority); compact(at.name, to_authority); compact(at.region, to_authority);
  compact_bools(at.listed, to_authority);
  compact_attributes(at.extra, to_authority);

  auto& et = ds.establishments;
  compact(et.id, to_place); compact(et.name, to_place); compact(et.authority, to_place);
  compact(et.sector, to_place); compact(et.roll, to_place); compact(et.staff, to_place);
  compact_bools(et.in_register, to_place);
  compact_attributes(et.extra, to_place);
  remap(et.authority, to_authority);

  auto& r = ds.records;
  remap(r.practitioner, to_person);
  remap(r.network, to_network);
  remap(r.authority, to_authority);
  remap(r.establishment, to_place);
  remap(r.designation, to_designation);
  remap(ds.events.network, to_network);
  return dropped;
}

}  // namespace reticulist::io

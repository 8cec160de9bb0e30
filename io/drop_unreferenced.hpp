#pragma once
// After ingest, the Dataset keeps only what accepted records refer to, and what the optional
// files list: a practitioner, network, authority or establishment that appeared only in
// rejected rows is not part of the data (it would show as a zero row in every table, and count
// as a practitioner). Listed networks and authorities and the register's establishments stay,
// engaged or not: they are what "never engaged" is measured against.
//
// Ids are renumbered in their old order, so sorted orders (records by event and practitioner)
// hold. Cost O(records + entities).
#include "engine/model/dataset.hpp"

namespace reticulist::io {

struct Dropped {
  std::uint64_t practitioners = 0;
  std::uint64_t networks = 0;
  std::uint64_t authorities = 0;
  std::uint64_t establishments = 0;
};

Dropped drop_unreferenced(model::Dataset& ds);

}  // namespace reticulist::io

#pragma once
// Dense integer ids of the model's entities. Every table is indexed by these; strings live once,
// in the tables' name columns, so no hot loop ever looks a string up.
#include <cstdint>
#include <limits>

namespace reticulist::model {

using PractitionerId = std::uint32_t;
using NetworkId = std::uint32_t;
using EventId = std::uint32_t;
using EstablishmentId = std::uint32_t;
using AuthorityId = std::uint32_t;
using DesignationId = std::uint32_t;

// "No such entity": a centrally employed practitioner has no establishment, a record without
// a designation has none.
inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

}  // namespace reticulist::model

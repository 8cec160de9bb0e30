#pragma once
// Practitioners: where they work, what post they hold, and how new ones are made. A person
// is an index; the columns below are indexed by it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue.hpp"
#include "distributions.hpp"
#include "establishments.hpp"
#include "network_plan.hpp"
#include "scales.hpp"

namespace reticulist::generate {

// Designations are small integers into this list.
const std::vector<std::string>& designation_names();
bool is_leader(std::uint8_t designation);  // head teacher, depute, head of centre
bool fits_rule(std::uint8_t designation, DesignationRule rule);

// The engaged establishments of one session, by authority and sector slot, weighted by staff.
class EstablishmentChoosers {
 public:
  void build(const Establishments& establishments, const Authorities& authorities, int session);
  // An establishment of `slot` in `authority` (or, failing that, any in the authority, then
  // any in the region, then any at all); -1 when nothing engages anywhere.
  std::int32_t pick(std::uint16_t authority, int slot, Rng& rng) const;

 private:
  std::vector<WeightedChooser> by_slot_;   // authority * kSlots + slot
  std::vector<WeightedChooser> by_authority_;
  std::vector<WeightedChooser> by_region_;
  WeightedChooser any_;
  std::vector<int> region_of_;
};

enum PersonFlag : std::uint8_t { kCentral = 1, kLeader = 2, kSeconded = 4 };

struct People {
  std::vector<std::int32_t> establishment;  // -1: central staff
  std::vector<std::uint16_t> authority;
  std::vector<std::uint8_t> designation;
  std::vector<std::uint8_t> slot;
  std::vector<std::uint8_t> flags;
  std::vector<std::uint32_t> rows;       // participation rows written for them
  std::vector<std::uint16_t> kinds_seen; // bit per network kind, over all sessions

  std::size_t size() const { return establishment.size(); }
  std::uint32_t add(std::int32_t est, std::uint16_t auth, std::uint8_t desig, std::uint8_t slot, std::uint8_t flags);
};

// Makes new people for a network: authority 60% the network's home, 30% its region, 10%
// anywhere; central staff at the network's rate; a few seconded officers; the others at an
// engaged establishment of a sector the network recruits from.
class PersonFactory {
 public:
  PersonFactory(const Authorities& authorities, const Establishments& establishments);
  std::uint32_t create(People& people, const NetworkPlan& network, const EstablishmentChoosers& choosers, Rng& rng);
  // A move between schools at the start of a session; 20% cross into another authority of
  // the region. Returns true when the person moved.
  bool move(People& people, std::uint32_t person, const EstablishmentChoosers& choosers, Rng& rng,
            bool& across_authorities);
  long seconded() const { return seconded_; }

 private:
  std::uint16_t pick_authority(const NetworkPlan& network, Rng& rng) const;
  const Authorities& authorities_;
  const Establishments& establishments_;
  WeightedChooser any_authority_;
  std::vector<WeightedChooser> region_authority_;
  long seconded_ = 0;
};

}  // namespace reticulist::generate

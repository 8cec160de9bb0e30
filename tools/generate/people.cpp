#include "people.hpp"

#include <array>
#include <utility>

namespace reticulist::generate {
namespace {

enum Designation : std::uint8_t {
  kClassTeacher, kPrincipalTeacher, kDepute, kHead, kSupportForLearning, kPtCurriculum, kPtGuidance,
  kEarlyYearsPractitioner, kSeniorEarlyYears, kElcLead, kHeadOfCentre, kQio, kEducationOfficer,
  kDevelopmentOfficer, kCldWorker, kEducationalPsychologist, kSecondedOfficer, kFacultyHead
};

struct Mix {
  std::vector<std::uint8_t> designations;
  std::vector<double> weights;
  std::uint8_t draw(Rng& rng) const { return designations[weighted_index(rng, weights)]; }
};

// Posts by sector slot (primary, secondary, special, elc), as gen.py has them.
const Mix& sector_mix(int slot) {
  static const std::array<Mix, kSlots> mixes = {{
      {{kClassTeacher, kPrincipalTeacher, kDepute, kHead, kSupportForLearning}, {0.62, 0.16, 0.10, 0.08, 0.04}},
      {{kClassTeacher, kPtCurriculum, kPtGuidance, kDepute, kHead}, {0.60, 0.22, 0.07, 0.08, 0.03}},
      {{kClassTeacher, kPrincipalTeacher, kDepute, kHead}, {0.65, 0.15, 0.12, 0.08}},
      {{kEarlyYearsPractitioner, kSeniorEarlyYears, kElcLead, kHeadOfCentre}, {0.55, 0.25, 0.12, 0.08}},
  }};
  return mixes[static_cast<std::size_t>(slot)];
}

const Mix& central_mix(CentralMix mix) {
  static const Mix kDefault{{kQio, kEducationOfficer, kDevelopmentOfficer, kCldWorker, kEducationalPsychologist},
                            {0.30, 0.30, 0.20, 0.10, 0.10}};
  static const Mix kQioOnly{{kQio}, {1.0}};
  static const Mix kAsn{{kEducationOfficer, kEducationalPsychologist, kDevelopmentOfficer}, {0.6, 0.2, 0.2}};
  static const Mix kCld{{kCldWorker, kDevelopmentOfficer}, {0.85, 0.15}};
  static const Mix kPsychology{{kEducationalPsychologist}, {1.0}};
  static const Mix kData{{kDevelopmentOfficer, kEducationOfficer}, {0.6, 0.4}};
  switch (mix) {
    case CentralMix::Default: return kDefault;
    case CentralMix::Qio: return kQioOnly;
    case CentralMix::Asn: return kAsn;
    case CentralMix::Cld: return kCld;
    case CentralMix::Psychology: return kPsychology;
    case CentralMix::Data: return kData;
  }
  return kDefault;
}

std::uint8_t draw_designation(int slot, DesignationRule rule, Rng& rng) {
  const bool elc = slot == kElc;
  switch (rule) {
    case DesignationRule::Sector: return sector_mix(slot).draw(rng);
    case DesignationRule::Leadership: {
      static const Mix school{{kHead, kDepute, kPrincipalTeacher}, {0.45, 0.45, 0.10}};
      static const Mix early{{kHeadOfCentre, kElcLead}, {0.6, 0.4}};
      return (elc ? early : school).draw(rng);
    }
    case DesignationRule::Headteacher: return elc ? kHeadOfCentre : kHead;
    case DesignationRule::Depute: return elc ? kElcLead : kDepute;
    case DesignationRule::PrincipalTeacher: {
      static const Mix secondary{{kPtCurriculum, kFacultyHead}, {0.7, 0.3}};
      if (slot == kSecondary) return secondary.draw(rng);
      return elc ? kSeniorEarlyYears : kPrincipalTeacher;
    }
  }
  return kClassTeacher;
}

}  // namespace

const std::vector<std::string>& designation_names() {
  static const std::vector<std::string> names = {
      "class teacher", "principal teacher", "depute head teacher", "head teacher", "support for learning teacher",
      "principal teacher curriculum", "principal teacher guidance", "early years practitioner",
      "senior early years practitioner", "ELC lead", "head of centre", "QIO", "education officer",
      "development officer", "CLD worker", "educational psychologist", "seconded officer", "faculty head"};
  return names;
}

bool is_leader(std::uint8_t d) { return d == kHead || d == kDepute || d == kHeadOfCentre; }

bool fits_rule(std::uint8_t d, DesignationRule rule) {
  switch (rule) {
    case DesignationRule::Sector: return true;
    case DesignationRule::Leadership: return is_leader(d) || d == kElcLead || d == kPrincipalTeacher;
    case DesignationRule::Headteacher: return d == kHead || d == kHeadOfCentre;
    case DesignationRule::Depute: return d == kDepute || d == kElcLead;
    case DesignationRule::PrincipalTeacher:
      return d == kPrincipalTeacher || d == kPtCurriculum || d == kPtGuidance || d == kFacultyHead;
  }
  return true;
}

void EstablishmentChoosers::build(const Establishments& establishments, const Authorities& authorities, int session) {
  const std::size_t na = authorities.size();
  std::vector<std::vector<std::uint32_t>> slot_items(na * kSlots), auth_items(na), region_items(authorities.regions.size());
  std::vector<std::vector<double>> slot_w(na * kSlots), auth_w(na), region_w(authorities.regions.size());
  std::vector<std::uint32_t> all_items;
  std::vector<double> all_w;
  region_of_.clear();
  for (const auto& a : authorities.items) region_of_.push_back(a.region_index);
  for (std::size_t i = 0; i < establishments.size(); ++i) {
    const auto& e = establishments.items[i];
    if (!e.engages_in(session)) continue;
    const auto idx = static_cast<std::uint32_t>(i);
    const double w = e.chooser_weight();
    for (int s = 0; s < kSlots; ++s) {
      if (!e.serves(s)) continue;
      slot_items[e.authority * kSlots + static_cast<std::size_t>(s)].push_back(idx);
      slot_w[e.authority * kSlots + static_cast<std::size_t>(s)].push_back(w);
    }
    auth_items[e.authority].push_back(idx);
    auth_w[e.authority].push_back(w);
    const auto r = static_cast<std::size_t>(region_of_[e.authority]);
    region_items[r].push_back(idx);
    region_w[r].push_back(w);
    all_items.push_back(idx);
    all_w.push_back(w);
  }
  by_slot_.clear();
  by_authority_.clear();
  by_region_.clear();
  for (std::size_t i = 0; i < slot_items.size(); ++i) by_slot_.emplace_back(std::move(slot_items[i]), slot_w[i]);
  for (std::size_t i = 0; i < na; ++i) by_authority_.emplace_back(std::move(auth_items[i]), auth_w[i]);
  for (std::size_t i = 0; i < region_items.size(); ++i) by_region_.emplace_back(std::move(region_items[i]), region_w[i]);
  any_ = WeightedChooser(std::move(all_items), all_w);
}

std::int32_t EstablishmentChoosers::pick(std::uint16_t authority, int slot, Rng& rng) const {
  const auto& s = by_slot_[authority * kSlots + static_cast<std::size_t>(slot)];
  if (!s.empty()) return static_cast<std::int32_t>(s.pick(rng));
  if (!by_authority_[authority].empty()) return static_cast<std::int32_t>(by_authority_[authority].pick(rng));
  const auto& r = by_region_[static_cast<std::size_t>(region_of_[authority])];
  if (!r.empty()) return static_cast<std::int32_t>(r.pick(rng));
  if (!any_.empty()) return static_cast<std::int32_t>(any_.pick(rng));
  return -1;
}

std::uint32_t People::add(std::int32_t est, std::uint16_t auth, std::uint8_t desig, std::uint8_t slot_, std::uint8_t flags_) {
  establishment.push_back(est);
  authority.push_back(auth);
  designation.push_back(desig);
  slot.push_back(slot_);
  flags.push_back(flags_);
  rows.push_back(0);
  kinds_seen.push_back(0);
  return static_cast<std::uint32_t>(establishment.size() - 1);
}

PersonFactory::PersonFactory(const Authorities& authorities, const Establishments& establishments)
    : authorities_(authorities), establishments_(establishments) {
  std::vector<std::uint32_t> items;
  std::vector<double> weights;
  std::vector<std::vector<std::uint32_t>> region_items(authorities.regions.size());
  std::vector<std::vector<double>> region_weights(authorities.regions.size());
  for (std::size_t a = 0; a < authorities.size(); ++a) {
    items.push_back(static_cast<std::uint32_t>(a));
    weights.push_back(authorities.items[a].weight);
    const auto r = static_cast<std::size_t>(authorities.items[a].region_index);
    region_items[r].push_back(static_cast<std::uint32_t>(a));
    region_weights[r].push_back(authorities.items[a].weight);
  }
  any_authority_ = WeightedChooser(std::move(items), weights);
  for (std::size_t r = 0; r < region_items.size(); ++r) region_authority_.emplace_back(std::move(region_items[r]), region_weights[r]);
}

std::uint16_t PersonFactory::pick_authority(const NetworkPlan& network, Rng& rng) const {
  const double u = rng.uniform();
  if (u < 0.6) return network.home;
  if (u < 0.9) {
    const auto r = static_cast<std::size_t>(authorities_.items[network.home].region_index);
    return static_cast<std::uint16_t>(region_authority_[r].pick(rng));
  }
  return static_cast<std::uint16_t>(any_authority_.pick(rng));
}

std::uint32_t PersonFactory::create(People& people, const NetworkPlan& network, const EstablishmentChoosers& choosers, Rng& rng) {
  std::uint16_t auth = pick_authority(network, rng);
  const bool central = rng.uniform() < network.central;
  // Seconded officers: teachers seconded to the partnership, who turn up in many networks.
  const bool recruits_leaders = network.kind == Kind::Leadership || network.kind == Kind::LearningSet;
  const bool seconded = !central && !recruits_leaders && rng.uniform() < 0.004;
  const auto slot = static_cast<int>(weighted_index(rng, network.slots));
  if (!central && !seconded) {
    const std::int32_t est = choosers.pick(auth, slot, rng);
    if (est >= 0) {
      auth = establishments_.items[static_cast<std::size_t>(est)].authority;
      const std::uint8_t desig = draw_designation(slot, network.rule, rng);
      return people.add(est, auth, desig, static_cast<std::uint8_t>(slot), is_leader(desig) ? kLeader : 0);
    }
  }
  if (seconded) {
    ++seconded_;
    return people.add(-1, auth, kSecondedOfficer, static_cast<std::uint8_t>(slot), kCentral | kSeconded);
  }
  return people.add(-1, auth, central_mix(network.central_mix).draw(rng), static_cast<std::uint8_t>(slot), kCentral);
}

bool PersonFactory::move(People& people, std::uint32_t person, const EstablishmentChoosers& choosers, Rng& rng,
                         bool& across_authorities) {
  across_authorities = false;
  const std::int32_t from = people.establishment[person];
  if (from < 0) return false;
  std::uint16_t auth = people.authority[person];
  if (rng.uniform() < 0.2) {
    const auto r = static_cast<std::size_t>(authorities_.items[auth].region_index);
    auth = static_cast<std::uint16_t>(region_authority_[r].pick(rng));
  }
  const std::int32_t to = choosers.pick(auth, people.slot[person], rng);
  if (to < 0 || to == from) return false;
  const std::uint16_t to_auth = establishments_.items[static_cast<std::size_t>(to)].authority;
  across_authorities = to_auth != people.authority[person];
  people.establishment[person] = to;
  people.authority[person] = to_auth;
  return true;
}

}  // namespace reticulist::generate

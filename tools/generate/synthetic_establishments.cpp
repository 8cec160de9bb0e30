// Synthetic establishments for the scotland and national scales, with names that behave like
// real ones: place names are unique within an authority but repeat across authorities, and
// saints' names may repeat within an authority too, so that naming an establishment instead
// of giving its code is sometimes ambiguous, as it is in real registers.
#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string>

#include "distributions.hpp"
#include "establishments.hpp"

namespace reticulist::generate {
namespace {

constexpr std::array<const char*, 30> kPrefixes = {
    "Bal", "Kil", "Auch", "Inver", "Strath", "Glen", "Dun", "Kin", "Craig", "Ard",
    "Fin", "Loch", "Car", "Pit", "Tor", "Black", "Bell", "Mill", "Burn", "Wood",
    "Ash", "Rose", "Lang", "Muir", "Drum", "Brae", "Kirk", "New", "Hazel", "Thorn"};
constexpr std::array<const char*, 28> kSuffixes = {
    "more", "bride", "ton", "field", "bank", "hill", "side", "burn", "haven", "lea",
    "muir", "dale", "brae", "wood", "gowan", "shiels", "ford", "loch", "leven", "garry",
    "allan", "croft", "haugh", "mount", "vale", "park", "head", "mains"};
constexpr std::array<const char*, 30> kSaints = {
    "St Mary's", "St Joseph's", "St Andrew's", "St Patrick's", "St John's", "St Margaret's",
    "St Columba's", "St Bride's", "Our Lady of Lourdes", "Holy Cross", "Sacred Heart",
    "St Michael's", "St Anne's", "St Aidan's", "St Bernadette's", "St Ninian's", "St Kentigern's",
    "St Mungo's", "St Francis'", "St Thomas'", "St Peter's", "St Paul's", "St Cuthbert's",
    "St Brendan's", "St Charles'", "St Monica's", "St Vincent's", "St Serf's", "St Blane's",
    "St Fillan's"};
constexpr std::array<const char*, 4> kQuarters = {"North", "South", "East", "West"};

// Sector mix and rolls: (median, sigma, min, max).
constexpr std::array<double, 4> kSectorShare = {0.75, 0.15, 0.05, 0.05};  // primary, secondary, special, elc
constexpr std::array<Sector, 4> kSectorOf = {Sector::Primary, Sector::Secondary, Sector::Special, Sector::Elc};
struct RollShape {
  double median, sigma, lo, hi;
};
constexpr std::array<RollShape, 4> kRoll = {{{220, 0.5, 10, 700}, {900, 0.35, 150, 2200}, {60, 0.5, 8, 250}, {50, 0.5, 10, 150}}};

std::string sector_suffix(Sector sector, Rng& rng) {
  const double u = rng.uniform();
  switch (sector) {
    case Sector::Primary: return "Primary School";
    case Sector::Secondary: return u < 0.6 ? "Academy" : "High School";
    case Sector::Special: return u < 0.5 ? "School" : "Learning Centre";
    case Sector::Elc: return u < 0.5 ? "Nursery" : (u < 0.8 ? "Early Years Centre" : "Family Learning Centre");
    case Sector::Other: return "School";
  }
  return "School";
}

std::string place_name(Rng& rng) {
  std::string name = kPrefixes[rng.below(kPrefixes.size())];
  name += kSuffixes[rng.below(kSuffixes.size())];
  return name;
}

}  // namespace

Establishments synthesize_establishments(const Authorities& authorities, long count, Rng& rng) {
  Establishments out;
  std::vector<double> weights;
  for (const auto& a : authorities.items) weights.push_back(a.weight);
  // Every authority gets at least three establishments; the rest follow the weights.
  const long floor_each = count > 3 * static_cast<long>(authorities.size()) ? 3 : 1;
  const long spread = std::max(0L, count - floor_each * static_cast<long>(authorities.size()));
  std::vector<long> per_authority = apportion(spread, weights);
  long index = 0;
  for (std::size_t a = 0; a < authorities.size(); ++a) {
    std::set<std::string> used;  // names already given in this authority
    for (long k = 0; k < per_authority[a] + floor_each; ++k, ++index) {
      Establishment e;
      e.code = std::to_string(5100001 + 7 * index);  // 7 digits, SEED-like
      e.authority = static_cast<std::uint16_t>(a);
      const std::size_t s = weighted_index(rng, kSectorShare);
      e.sector = kSectorOf[s];
      const auto& shape = kRoll[s];
      e.roll = static_cast<int>(std::clamp(std::round(lognormal_median(rng, shape.median, shape.sigma)), shape.lo, shape.hi));
      const double fte = e.roll / pupils_per_teacher(e.sector) * rng.uniform(0.85, 1.15);
      e.staff_tenths = static_cast<int>(std::max(10L, std::lround(fte * 10.0)));
      e.staff_source = "synthetic";
      e.synthetic = true;
      const std::string suffix = sector_suffix(e.sector, rng);
      const bool saint = e.sector != Sector::Elc && rng.uniform() < 0.12;
      std::string name;
      if (saint) {
        // One second try, then a repeat is kept: two St Mary's in one authority happen.
        name = std::string(kSaints[rng.below(kSaints.size())]) + " " + suffix;
        if (used.count(name)) name = std::string(kSaints[rng.below(kSaints.size())]) + " " + suffix;
      } else {
        for (int attempt = 0; attempt < 20; ++attempt) {
          name = place_name(rng) + " " + suffix;
          if (!used.count(name)) break;
        }
        for (int q = 0; used.count(name); ++q) {
          name = place_name(rng) + " " + kQuarters[static_cast<std::size_t>(q) % kQuarters.size()] + " " + suffix;
        }
      }
      used.insert(name);
      e.name = std::move(name);
      out.items.push_back(std::move(e));
    }
  }
  out.synthetic = static_cast<long>(out.items.size());
  return out;
}

}  // namespace reticulist::generate

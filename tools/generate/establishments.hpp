#pragma once
// The establishment register: the real West Partnership schools (wp) or synthetic ones, with
// the engagement plan that decides which never engage and which lapse.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "options.hpp"
#include "rng.hpp"
#include "scales.hpp"

namespace reticulist::generate {

enum class Sector : std::uint8_t { Elc, Primary, Secondary, Special, Other };
const char* sector_name(Sector sector);

// What people are recruited as: the sector whose designations they get. An `other` school
// (all-through, e.g. primary + secondary) serves both the primary and the secondary slot.
enum Slot : int { kPrimary = 0, kSecondary = 1, kSpecial = 2, kElc = 3, kSlots = 4 };

struct Establishment {
  std::string code;
  std::string name;
  std::uint16_t authority = 0;
  Sector sector = Sector::Primary;
  int roll = -1;          // -1: not known
  int staff_tenths = -1;  // teaching staff FTE x 10; -1: not known
  const char* staff_source = "";  // "estimated" (from the real roll), "synthetic" or ""
  bool synthetic = false;
  std::vector<std::string> extra;  // the register's other columns, in its order
  // Engagement plan.
  bool never_engages = false;
  int lapse_after = -1;  // the last session it engages in; -1: it does not lapse
  bool engages_in(int session) const {
    return !never_engages && (lapse_after < 0 || session <= lapse_after);
  }
  bool serves(int slot) const;
  // How likely its staff are to be recruited: grows with the staff, but as the square root, so
  // that small schools still take part (the never-engaged are mostly the planned ones).
  double chooser_weight() const;
};

struct Establishments {
  std::vector<std::string> extra_columns;
  std::vector<Establishment> items;
  std::string register_name;     // file name of the register read (wp)
  std::string register_fnv1a64;  // its bytes' FNV-1a hash, so the README can pin the input
  long real = 0;
  long synthetic = 0;
  std::size_t size() const { return items.size(); }
};

// Pupils per FTE teacher by sector: primary 19, secondary 12.5, special 4, elc 8, other 15.
double pupils_per_teacher(Sector sector);

// Reads the real register (columns establishment, name, authority, sector, roll, staff and
// any others, kept in order). Every authority must be one of `authorities`; their weights
// become their number of schools. Throws std::runtime_error "file:line: reason".
Establishments load_register(const std::filesystem::path& path, Authorities& authorities);

// Adds `count` synthetic ELC settings spread over the authorities in proportion to their
// establishments, with 7-digit codes checked against the register's.
void add_elc_settings(Establishments& register_, const Authorities& authorities, long count, Rng& rng);

// Synthetic establishments for the scotland and national scales.
Establishments synthesize_establishments(const Authorities& authorities, long count, Rng& rng);

// Marks the never-engaged (small ones twice as likely) and the lapsing establishments.
void plan_engagement(Establishments& establishments, double never_engaged, double lapse, int years, Rng& rng);

// Splits `total` over `weights` by largest remainder (deterministic; ties to the lower index).
std::vector<long> apportion(long total, const std::vector<double>& weights);

}  // namespace reticulist::generate

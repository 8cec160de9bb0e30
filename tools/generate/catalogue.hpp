#pragma once
// What kinds of network there are, how each behaves, and the West Partnership's own list.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace reticulist::generate {

// Three workstreams. The first two are the West Partnership's (westpartnership.co.uk pages
// "Leadership, Empowerment & Improvement" and "Collaborative Networks"); the third could not
// be confirmed and is illustrative (see data/west-partnership/README.md).
inline constexpr const char* kLeadershipWorkstream = "Leadership, Empowerment & Improvement";
inline constexpr const char* kNetworksWorkstream = "Collaborative Networks";
inline constexpr const char* kWellbeingWorkstream = "Wellbeing for Learning";

enum class Kind : std::uint8_t {
  Leadership, LearningSet, Improvement, Subject, Content, Moderation, Elc, Officers, Wellbeing
};
inline constexpr int kKinds = 9;
const char* kind_name(Kind kind);

// Which designations new members get (drawn in people.cpp).
enum class DesignationRule : std::uint8_t { Sector, Leadership, Headteacher, Depute, PrincipalTeacher };
// Which posts the central staff of a network hold.
enum class CentralMix : std::uint8_t { Default, Qio, Asn, Cld, Psychology, Data };
// Where joiners who are already in other networks are drawn from.
enum class PoolClass : std::uint8_t { General = 0, Leader = 1, Central = 2 };
inline constexpr int kPoolClasses = 3;

struct KindParams {
  const char* workstream;
  double share;                          // of networks, at the synthetic scales
  std::array<double, 3> size_class;      // small (10-60), medium (61-499), large (500-3000)
  double events;                         // sessions a year for a network of 60
  double leave_lo, leave_hi;             // share of members leaving each session
  double central;                        // share of new members who are central staff
  std::array<double, 4> slots;           // new members' sector: primary, secondary, special, elc
  DesignationRule rule;
  double resource_creators;              // share of members who make resources
  PoolClass pool;
  double roster;                         // chance that a network of >= 300 exports its roster
  std::vector<const char*> stems;        // names at the synthetic scales
};
const KindParams& kind_params(Kind kind);

enum class Timing : std::uint8_t {
  Standing,            // runs from the first session (mostly), may start late or end early
  Cohort,              // one session; cohorts staggered over the sessions
  StartsInLastSession  // a pilot that begins midway through the last session
};

struct CatalogueEntry {
  std::string name;
  Kind kind;
  const char* workstream;
  int size;  // members at the start
  Timing timing = Timing::Standing;
  int cohort = 0;   // 0-based cohort number, of `cohorts`
  int cohorts = 1;
  bool roster = false;  // exports its whole Teams membership once a session
  DesignationRule rule = DesignationRule::Sector;
  CentralMix central_mix = CentralMix::Default;
  std::array<double, 4> slots = {0, 0, 0, 0};  // all zero: the kind's
  double central = -1.0;                       // negative: the kind's
};

// About 60 networks named after the West Partnership's (sizes are synthetic).
std::vector<CatalogueEntry> west_partnership_catalogue();

}  // namespace reticulist::generate

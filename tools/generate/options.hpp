#pragma once
// Everything a run depends on. Output is a function of these alone (plus the register's
// bytes at the wp scale): same options, same files, byte for byte.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace reticulist::generate {

enum class Scale { Wp, Scotland, National };

struct Options {
  Scale scale = Scale::Wp;
  std::uint64_t seed = 1;
  std::filesystem::path out;
  std::filesystem::path register_path = "data/scottish-schools/establishments.csv";
  std::optional<long> rows;   // target participation rows (default: the scale's)
  std::optional<int> years;   // academic sessions (default: the scale's)
  int last_session_start = 2024;

  // Structure.
  // Establishments planned never to engage (small ones twice as likely). Others miss out by
  // chance, mostly small ones, so the default is the scale's: about 18% end up with no row.
  std::optional<double> never_engaged;
  double lapse = 0.06;          // establishments that engage, then stop after some session
  double move = 0.03;           // school-based practitioners who move school each session
  int plenary_max = 300;        // yearly plenary of networks with >= 300 members (<= 80: none)

  // Messiness, on purpose and counted in generation.json; `clean` sets all four to zero.
  bool clean = false;
  double duplicate_share = 0.003;        // rows written twice
  double name_reference_share = 0.02;    // school rows naming the establishment, not its code
  double name_without_authority = 0.10;  // of those, rows whose authority column is blank too
  double role_variant_share = 0.02;      // rows spelling the role as exports do ("Co-ordinator")
};

std::string scale_name(Scale scale);

}  // namespace reticulist::generate

#pragma once
// The three scales and their authorities.
#include <string>
#include <vector>

#include "options.hpp"
#include "rng.hpp"

namespace reticulist::generate {

struct ScaleConfig {
  Scale scale = Scale::Wp;
  long establishments = 0;  // synthetic establishments (wp: ELC settings added to the register)
  long people = 0;          // practitioners to aim for
  long networks = 0;        // wp: the catalogue decides
  int years = 0;
  long rows = 0;
  double factor = 1.0;      // --rows / the scale's rows: what people, networks, establishments scale by
  double never_engaged = 0.18;  // planned share (see Options::never_engaged)
};

// The scale's defaults with --rows and --years applied. At wp the register and the network
// catalogue are fixed, so --rows changes the number of events only.
ScaleConfig make_scale_config(const Options& options);

struct Authority {
  std::string id;
  std::string name;
  std::string region;
  int region_index = 0;
  double weight = 1.0;  // relative size: how many establishments, networks and people it gets
};

struct Authorities {
  std::vector<Authority> items;
  std::vector<std::string> regions;
  std::size_t size() const { return items.size(); }
};

// wp: the 8 West Partnership councils (weights filled from the register later).
// scotland: the 32 councils in their six regional improvement collaboratives.
// national: 150 synthetic authorities of log-normal sizes spread over nine regions.
Authorities make_authorities(Scale scale, Rng& rng);

}  // namespace reticulist::generate

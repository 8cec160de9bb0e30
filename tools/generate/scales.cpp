#include "scales.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "distributions.hpp"

namespace reticulist::generate {
namespace {

struct Council {
  const char* name;
  double weight;  // roughly its number of schools
};
struct Collaborative {
  const char* region;
  std::vector<Council> councils;
};

const std::vector<Collaborative>& scotland() {
  static const std::vector<Collaborative> table = {
      {"Northern Alliance",
       {{"Aberdeen City", 60}, {"Aberdeenshire", 170}, {"Argyll and Bute", 85}, {"Na h-Eileanan Siar", 30},
        {"Highland", 200}, {"Moray", 55}, {"Orkney Islands", 22}, {"Shetland Islands", 30}}},
      {"Tayside", {{"Angus", 60}, {"Dundee City", 50}, {"Perth and Kinross", 80}}},
      {"South East",
       {{"City of Edinburgh", 120}, {"East Lothian", 42}, {"Fife", 160}, {"Midlothian", 38},
        {"Scottish Borders", 70}}},
      {"Forth Valley and West Lothian",
       {{"Clackmannanshire", 22}, {"Falkirk", 58}, {"Stirling", 48}, {"West Lothian", 80}}},
      {"South West",
       {{"Dumfries and Galloway", 115}, {"East Ayrshire", 50}, {"North Ayrshire", 60}, {"South Ayrshire", 50}}},
      {"West Partnership",
       {{"East Dunbartonshire", 44}, {"East Renfrewshire", 32}, {"Glasgow City", 194}, {"Inverclyde", 28},
        {"North Lanarkshire", 155}, {"Renfrewshire", 64}, {"South Lanarkshire", 151},
        {"West Dunbartonshire", 40}}},
  };
  return table;
}

void add_region(Authorities& out, const Collaborative& c) {
  const int index = static_cast<int>(out.regions.size());
  out.regions.emplace_back(c.region);
  for (const auto& council : c.councils) {
    out.items.push_back({council.name, council.name, c.region, index, council.weight});
  }
}

}  // namespace

std::string scale_name(Scale scale) {
  switch (scale) {
    case Scale::Wp: return "wp";
    case Scale::Scotland: return "scotland";
    case Scale::National: return "national";
  }
  return "?";
}

ScaleConfig make_scale_config(const Options& options) {
  ScaleConfig c;
  c.scale = options.scale;
  switch (options.scale) {
    // never_engaged: measured on seed 1 so that about 18% of establishments have no row at all.
    case Scale::Wp:
      c.establishments = 150; c.people = 6000; c.networks = 0; c.years = 3; c.rows = 40000; c.never_engaged = 0.12;
      break;
    case Scale::Scotland:
      c.establishments = 2500; c.people = 30000; c.networks = 400; c.years = 5; c.rows = 500000; c.never_engaged = 0.15;
      break;
    case Scale::National:
      c.establishments = 24000; c.people = 300000; c.networks = 4000; c.years = 5; c.rows = 6000000; c.never_engaged = 0.17;
      break;
  }
  if (options.never_engaged) c.never_engaged = *options.never_engaged;
  if (options.years) c.years = *options.years;
  if (options.rows) {
    c.factor = static_cast<double>(*options.rows) / static_cast<double>(c.rows);
    c.rows = *options.rows;
    if (options.scale != Scale::Wp) {
      const auto scaled = [&](long v) { return std::max(1L, std::lround(static_cast<double>(v) * c.factor)); };
      c.establishments = scaled(c.establishments);
      c.people = scaled(c.people);
      c.networks = scaled(c.networks);
    }
  }
  return c;
}

Authorities make_authorities(Scale scale, Rng& rng) {
  Authorities out;
  if (scale == Scale::Wp) {
    add_region(out, scotland().back());
    return out;
  }
  if (scale == Scale::Scotland) {
    for (const auto& c : scotland()) add_region(out, c);
    return out;
  }
  // national: sizes log-normal (a few very large authorities, many small), regions dealt out
  // evenly and shuffled so that each region mixes large and small.
  constexpr int kAuthorities = 150;
  constexpr int kRegions = 9;
  std::vector<double> weights;
  for (int i = 0; i < kAuthorities; ++i) weights.push_back(lognormal_median(rng, 1.0, 0.8));
  std::sort(weights.begin(), weights.end(), std::greater<>());
  std::vector<int> region_of;
  for (int i = 0; i < kAuthorities; ++i) region_of.push_back(i % kRegions);
  shuffle(rng, region_of);
  for (int r = 0; r < kRegions; ++r) {
    char name[32];
    std::snprintf(name, sizeof name, "Region %02d", r + 1);
    out.regions.emplace_back(name);
  }
  for (int i = 0; i < kAuthorities; ++i) {
    char id[32];
    char name[48];
    std::snprintf(id, sizeof id, "A%03d", i + 1);
    std::snprintf(name, sizeof name, "Authority %03d", i + 1);
    const int r = region_of[static_cast<std::size_t>(i)];
    out.items.push_back({id, name, out.regions[static_cast<std::size_t>(r)], r, weights[static_cast<std::size_t>(i)]});
  }
  return out;
}

}  // namespace reticulist::generate

#include "establishments.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "csv.hpp"
#include "distributions.hpp"

namespace reticulist::generate {
namespace {

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string fnv1a64_hex(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char out[24];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

int staff_estimate_tenths(Sector sector, int roll) {
  if (roll <= 0) return -1;
  const long tenths = std::lround(static_cast<double>(roll) * 10.0 / pupils_per_teacher(sector));
  return static_cast<int>(std::max(10L, tenths));  // at least one teacher
}

}  // namespace

const char* sector_name(Sector sector) {
  switch (sector) {
    case Sector::Elc: return "elc";
    case Sector::Primary: return "primary";
    case Sector::Secondary: return "secondary";
    case Sector::Special: return "special";
    case Sector::Other: return "other";
  }
  return "other";
}

bool Establishment::serves(int slot) const {
  switch (sector) {
    case Sector::Primary: return slot == kPrimary;
    case Sector::Secondary: return slot == kSecondary;
    case Sector::Special: return slot == kSpecial;
    case Sector::Elc: return slot == kElc;
    case Sector::Other: return slot == kPrimary || slot == kSecondary;
  }
  return false;
}

double Establishment::chooser_weight() const { return std::sqrt(staff_tenths > 0 ? staff_tenths : 40.0); }

double pupils_per_teacher(Sector sector) {
  switch (sector) {
    case Sector::Primary: return 19.0;
    case Sector::Secondary: return 12.5;
    case Sector::Special: return 4.0;
    case Sector::Elc: return 8.0;
    case Sector::Other: return 15.0;
  }
  return 15.0;
}

std::vector<long> apportion(long total, const std::vector<double>& weights) {
  double sum = 0.0;
  for (double w : weights) sum += w;
  std::vector<long> out(weights.size(), 0);
  std::vector<std::pair<double, std::size_t>> remainders;
  long given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = static_cast<double>(total) * weights[i] / sum;
    out[i] = static_cast<long>(std::floor(exact));
    given += out[i];
    remainders.emplace_back(exact - std::floor(exact), i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (long k = 0; k < total - given; ++k) ++out[remainders[static_cast<std::size_t>(k) % remainders.size()].second];
  return out;
}

Establishments load_register(const std::filesystem::path& path, Authorities& authorities) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open the establishment register (give --register FILE)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();
  const CsvTable table = parse_csv(text, path.string());

  Establishments out;
  out.register_name = path.filename().string();
  out.register_fnv1a64 = fnv1a64_hex(text);
  int col_code = -1, col_name = -1, col_auth = -1, col_sector = -1, col_roll = -1, col_staff = -1;
  std::vector<int> extra_cols;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string h = lower_trimmed(table.header[i]);
    const int c = static_cast<int>(i);
    if (h == "establishment") col_code = c;
    else if (h == "name") col_name = c;
    else if (h == "authority") col_auth = c;
    else if (h == "sector") col_sector = c;
    else if (h == "roll") col_roll = c;
    else if (h == "staff") col_staff = c;
    else {
      extra_cols.push_back(c);
      out.extra_columns.push_back(table.header[i]);
    }
  }
  if (col_code < 0 || col_auth < 0) {
    throw std::runtime_error(path.string() + ":1: the register needs the columns 'establishment' and 'authority'");
  }
  std::unordered_map<std::string, std::uint16_t> authority_by_key;
  for (std::size_t a = 0; a < authorities.size(); ++a) {
    authority_by_key[lower_trimmed(authorities.items[a].id)] = static_cast<std::uint16_t>(a);
    authority_by_key[lower_trimmed(authorities.items[a].name)] = static_cast<std::uint16_t>(a);
  }
  std::vector<double> schools(authorities.size(), 0.0);
  std::unordered_set<std::string> codes;
  const auto where = [&](std::size_t r) { return path.string() + ":" + std::to_string(table.lines[r]) + ": "; };
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const auto cell = [&](int c) { return c < 0 ? std::string() : row[static_cast<std::size_t>(c)]; };
    Establishment e;
    e.code = cell(col_code);
    e.name = cell(col_name);
    if (e.code.empty()) throw std::runtime_error(where(r) + "establishment code is blank");
    if (!codes.insert(e.code).second) throw std::runtime_error(where(r) + "establishment code '" + e.code + "' repeats");
    const auto a = authority_by_key.find(lower_trimmed(cell(col_auth)));
    if (a == authority_by_key.end()) {
      throw std::runtime_error(where(r) + "authority '" + cell(col_auth) + "' is not a West Partnership authority");
    }
    e.authority = a->second;
    const std::string sector = lower_trimmed(cell(col_sector));
    if (sector == "primary") e.sector = Sector::Primary;
    else if (sector == "secondary") e.sector = Sector::Secondary;
    else if (sector == "special") e.sector = Sector::Special;
    else if (sector == "elc") e.sector = Sector::Elc;
    else if (sector == "other" || sector.empty()) e.sector = Sector::Other;
    else throw std::runtime_error(where(r) + "unknown sector '" + cell(col_sector) + "'");
    const std::string roll = cell(col_roll);
    if (!roll.empty()) {
      try {
        e.roll = std::stoi(roll);
      } catch (const std::exception&) {
        throw std::runtime_error(where(r) + "roll '" + roll + "' is not a number");
      }
    }
    // The register's staff column is empty (not published with the rolls): estimate it.
    const std::string staff = cell(col_staff);
    if (!staff.empty()) {
      e.staff_tenths = static_cast<int>(std::lround(std::stod(staff) * 10.0));
      e.staff_source = "register";
    } else {
      e.staff_tenths = staff_estimate_tenths(e.sector, e.roll);
      e.staff_source = e.staff_tenths > 0 ? "estimated" : "";
    }
    for (int c : extra_cols) e.extra.push_back(row[static_cast<std::size_t>(c)]);
    schools[e.authority] += 1.0;
    out.items.push_back(std::move(e));
  }
  for (std::size_t a = 0; a < authorities.size(); ++a) {
    if (schools[a] == 0.0) throw std::runtime_error(path.string() + ": no establishment for authority '" + authorities.items[a].name + "'");
    authorities.items[a].weight = schools[a];
  }
  out.real = static_cast<long>(out.items.size());
  return out;
}

void add_elc_settings(Establishments& reg, const Authorities& authorities, long count, Rng& rng) {
  std::vector<double> weights(authorities.size(), 0.0);
  for (const auto& e : reg.items) weights[e.authority] += 1.0;
  const std::vector<long> per_authority = apportion(count, weights);
  std::set<std::string> taken;
  for (const auto& e : reg.items) taken.insert(e.code);
  long next_code = 9900001;  // real SEED codes here start 10.. and 83..86; skip any clash anyway
  for (std::size_t a = 0; a < authorities.size(); ++a) {
    for (long k = 1; k <= per_authority[a]; ++k) {
      Establishment e;
      while (taken.count(std::to_string(next_code))) ++next_code;
      e.code = std::to_string(next_code++);
      taken.insert(e.code);
      char name[128];
      std::snprintf(name, sizeof name, "%s ELC setting %03ld", authorities.items[a].name.c_str(), k);
      e.name = name;
      e.authority = static_cast<std::uint16_t>(a);
      e.sector = Sector::Elc;
      e.roll = static_cast<int>(std::clamp(std::lround(lognormal_median(rng, 50.0, 0.5)), 10L, 150L));
      const double fte = e.roll / pupils_per_teacher(Sector::Elc) * rng.uniform(0.85, 1.15);
      e.staff_tenths = static_cast<int>(std::max(10L, std::lround(fte * 10.0)));
      e.staff_source = "synthetic";
      e.synthetic = true;
      e.extra.assign(reg.extra_columns.size(), std::string());
      reg.items.push_back(std::move(e));
      ++reg.synthetic;
    }
  }
}

void plan_engagement(Establishments& establishments, double never_engaged, double lapse, int years, Rng& rng) {
  // Small establishments (roll under 60, or unknown) are twice as likely never to engage;
  // the probabilities are scaled so that the expected share is `never_engaged`.
  std::vector<double> p;
  double sum = 0.0;
  for (const auto& e : establishments.items) {
    p.push_back(e.roll < 60 ? 2.0 : 1.0);
    sum += p.back();
  }
  const double scale = never_engaged * static_cast<double>(p.size()) / sum;
  for (std::size_t i = 0; i < establishments.items.size(); ++i) {
    auto& e = establishments.items[i];
    e.never_engages = rng.uniform() < std::min(0.9, p[i] * scale);
    const bool lapses = rng.uniform() < lapse;
    if (!e.never_engages && lapses && years >= 2) e.lapse_after = rng.between(0, years - 2);
  }
}

}  // namespace reticulist::generate

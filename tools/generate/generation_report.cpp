// generation.json: what was generated, so that a test or a README can cite the numbers.
#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "csv.hpp"
#include "distributions.hpp"
#include "outputs.hpp"

namespace reticulist::generate {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json quantiles(std::vector<T> values) {
  std::sort(values.begin(), values.end());
  Json q = Json::object();
  q["n"] = values.size();
  const std::pair<const char*, double> points[] = {{"min", 0.0}, {"p50", 0.5}, {"p90", 0.9}, {"p99", 0.99}, {"max", 1.0}};
  for (const auto& [name, at] : points) q[name] = quantile_sorted(values, at);
  return q;
}

Json options_json(const RunSummary& r) {
  const Options& o = r.options;
  Json j;
  j["rows_target"] = r.config.rows;
  j["people_target"] = r.config.people;
  j["sessions"] = r.config.years;
  j["last_session_start"] = o.last_session_start;
  if (o.scale == Scale::Wp) {
    j["register"] = r.establishments.register_name;
    j["register_fnv1a64"] = r.establishments.register_fnv1a64;
    j["elc_settings"] = r.config.establishments;
  } else {
    j["establishments_target"] = r.config.establishments;
    j["networks_target"] = r.config.networks;
  }
  j["never_engaged_planned"] = r.config.never_engaged;
  j["lapse"] = o.lapse;
  j["move"] = o.move;
  j["plenary_max"] = o.plenary_max;
  j["clean"] = o.clean;
  j["duplicate_share"] = o.duplicate_share;
  j["name_reference_share"] = o.name_reference_share;
  j["name_without_authority"] = o.name_without_authority;
  j["role_variant_share"] = o.role_variant_share;
  return j;
}

Json establishments_json(const RunSummary& r) {
  const auto& est = r.establishments.items;
  const std::size_t years = r.result.sessions.size();
  const auto& rows = r.writer.establishment_rows();
  long never_planned = 0, lapse_planned = 0, never_seen = 0, lapsed_seen = 0;
  std::vector<long> engaged(years, 0);
  std::map<std::string, std::pair<long, long>> by_sector;  // sector -> (all, never engaged)
  for (std::size_t e = 0; e < est.size(); ++e) {
    never_planned += est[e].never_engages;
    lapse_planned += est[e].lapse_after >= 0;
    int last = -1;
    for (std::size_t y = 0; y < years; ++y) {
      if (rows[e * years + y] > 0) {
        ++engaged[y];
        last = static_cast<int>(y);
      }
    }
    never_seen += last < 0;
    lapsed_seen += last >= 0 && last + 1 < static_cast<int>(years);
    auto& s = by_sector[sector_name(est[e].sector)];
    ++s.first;
    s.second += last < 0;
  }
  Json j;
  j["total"] = est.size();
  j["real"] = r.establishments.real;
  j["synthetic"] = r.establishments.synthetic;
  j["never_engaged_planned"] = never_planned;
  j["never_engaged_observed"] = never_seen;
  j["lapsing_planned"] = lapse_planned;
  j["lapsed_observed"] = lapsed_seen;  // rows in some session, none in the last
  j["engaged_per_session"] = engaged;
  Json sectors = Json::object();
  for (const auto& [name, counts] : by_sector) sectors[name] = {{"establishments", counts.first}, {"never_engaged", counts.second}};
  j["by_sector"] = sectors;
  return j;
}

Json networks_json(const RunSummary& r) {
  std::map<std::string, long> by_workstream, by_kind;
  long late = 0, early = 0, roster = 0;
  for (const auto& n : r.networks) {
    ++by_workstream[n.workstream];
    ++by_kind[kind_name(n.kind)];
    late += n.start_session > 0;
    early += n.ended_early;
    roster += n.roster;
  }
  Json j;
  j["total"] = r.networks.size();
  j["by_workstream"] = by_workstream;
  j["by_kind"] = by_kind;
  j["starting_after_first_session"] = late;
  j["ended_early"] = early;
  j["exporting_rosters"] = roster;
  j["size_first_session"] = quantiles(r.result.first_size);
  return j;
}

Json practitioners_json(const RunSummary& r) {
  const auto& people = r.people;
  long engaged = 0, central = 0, seconded_engaged = 0, seconded_networks = 0;
  std::vector<std::uint32_t> rows;
  std::vector<std::uint16_t> networks;
  std::map<std::string, long> histogram;
  for (std::size_t p = 0; p < people.size(); ++p) {
    if (people.rows[p] == 0) continue;
    ++engaged;
    central += people.establishment[p] < 0;
    rows.push_back(people.rows[p]);
    const auto k = r.result.networks_per_person[p];
    networks.push_back(k);
    ++histogram[k >= 5 ? "5+" : std::to_string(k)];
    if (people.flags[p] & kSeconded) {
      ++seconded_engaged;
      seconded_networks += k;
    }
  }
  long in_two = 0, in_three = 0;
  for (auto k : networks) {
    in_two += k >= 2;
    in_three += k >= 3;
  }
  Json j;
  j["created"] = people.size();
  j["engaged"] = engaged;
  j["central_staff_engaged"] = central;
  j["in_2_or_more_networks"] = in_two;
  j["in_3_or_more_networks"] = in_three;
  j["networks_per_practitioner"] = histogram;
  j["seconded_officers"] = seconded_engaged;
  j["seconded_officers_mean_networks"] = seconded_engaged ? std::round(10.0 * static_cast<double>(seconded_networks) / static_cast<double>(seconded_engaged)) / 10.0 : 0.0;
  Json kinds = Json::object();
  for (int k = 0; k < kKinds; ++k) kinds[kind_name(static_cast<Kind>(k))] = r.result.practitioners_by_kind[static_cast<std::size_t>(k)];
  j["distinct_by_network_kind"] = kinds;
  j["rows_per_practitioner"] = quantiles(rows);
  j["networks_per_practitioner_quantiles"] = quantiles(networks);
  return j;
}

Json sessions_json(const RunSummary& r) {
  Json list = Json::array();
  for (const auto& s : r.result.sessions) {
    Json kinds = Json::object();
    for (int k = 0; k < kKinds; ++k) kinds[kind_name(static_cast<Kind>(k))] = s.practitioners_by_kind[static_cast<std::size_t>(k)];
    list.push_back({{"session", s.label},
                    {"rows", s.rows},
                    {"events", s.events},
                    {"plenaries", s.plenaries},
                    {"roster_events", s.roster_events},
                    {"networks_running", s.networks_running},
                    {"memberships", s.members},
                    {"joiners", s.joiners},
                    {"leavers", s.leavers},
                    {"leavers_from_lapsed_establishments", s.lapsed_leavers},
                    {"returners", s.returners},
                    {"school_moves", s.moves},
                    {"school_moves_across_authorities", s.moves_across_authorities},
                    {"practitioners", s.practitioners},
                    {"practitioners_by_network_kind", kinds}});
  }
  return list;
}

}  // namespace

void write_generation_json(const std::filesystem::path& path, const RunSummary& r) {
  Json j;
  j["generator"] = "reticulist-generate";
  j["scale"] = scale_name(r.options.scale);
  j["seed"] = r.options.seed;
  j["options"] = options_json(r);
  Json sessions = Json::array();
  for (const auto& s : r.result.sessions) sessions.push_back(s.label);
  j["sessions"] = sessions;

  long roster_rows = 0;
  std::vector<long> roster_sizes;
  Json rosters = Json::array();
  for (const auto& e : r.result.rosters) {
    roster_rows += e.rows;
    roster_sizes.push_back(e.rows);
    rosters.push_back({{"network", e.network}, {"date", e.date}, {"rows", e.rows}});
  }
  long plenary_rows = 0;
  for (auto p : r.result.plenaries) plenary_rows += p;
  const auto& m = r.writer.messiness();
  Json counts;
  counts["rows"] = r.writer.rows();
  counts["participation_csv_bytes"] = r.writer.bytes();
  counts["authorities"] = r.authorities.size();
  counts["regions"] = r.authorities.regions.size();
  counts["establishments"] = r.establishments.size();
  counts["networks"] = r.networks.size();
  counts["practitioners"] = practitioners_json(r)["engaged"];
  counts["events"] = r.result.events + static_cast<long>(r.result.rosters.size());
  counts["events_with_id"] = r.result.events;
  counts["plenaries"] = r.result.plenaries.size();
  counts["plenary_rows"] = plenary_rows;
  counts["roster_events"] = r.result.rosters.size();
  counts["roster_rows"] = roster_rows;
  j["counts"] = counts;
  j["establishments"] = establishments_json(r);
  j["networks"] = networks_json(r);
  j["practitioners"] = practitioners_json(r);
  j["per_session"] = sessions_json(r);
  j["events"] = {{"attendance", quantiles(r.result.attendance)},
                 {"plenary_attendance", quantiles(r.result.plenaries)},
                 {"roster_size", quantiles(roster_sizes)},
                 {"rosters", rosters}};
  j["messiness"] = {{"duplicate_rows", m.duplicate_rows},
                    {"name_references", m.name_references},
                    {"name_references_without_authority", m.name_references_without_authority},
                    {"name_references_ambiguous", m.name_references_ambiguous},
                    {"role_variant_rows", m.role_variant_rows}};
  j["calibration"] = {{"event_factor", std::round(r.calibration.event_factor * 1e4) / 1e4},
                      {"p_new", std::round(r.calibration.p_new * 1e4) / 1e4},
                      {"expected_joins", std::lround(r.calibration.expected_joins)}};
  j["seconds"] = std::round(r.seconds * 100.0) / 100.0;
  write_text_file(path, j.dump(2) + "\n");
}

}  // namespace reticulist::generate

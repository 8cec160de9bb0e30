#include "outputs.hpp"

#include <string>

#include "calendar.hpp"
#include "csv.hpp"

namespace reticulist::generate {
namespace {

std::string tenths_text(int tenths) {
  // Integer arithmetic: the same text on every machine, no locale, no float printing.
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

void write_authorities(const std::filesystem::path& path, const Authorities& authorities) {
  CsvWriter out(path);
  out.row({"authority", "name", "region"});
  for (const auto& a : authorities.items) out.row({a.id, a.name, a.region});
  out.close();
}

void write_establishments(const std::filesystem::path& path, const Establishments& establishments,
                          const Authorities& authorities) {
  CsvWriter out(path);
  std::vector<std::string> header = {"establishment", "name", "authority", "sector", "roll", "staff"};
  header.insert(header.end(), establishments.extra_columns.begin(), establishments.extra_columns.end());
  header.emplace_back("staff_source");
  header.emplace_back("synthetic");
  out.row(header);
  std::vector<std::string> fields;
  for (const auto& e : establishments.items) {
    fields = {e.code,
              e.name,
              authorities.items[e.authority].id,
              sector_name(e.sector),
              e.roll >= 0 ? std::to_string(e.roll) : std::string(),
              e.staff_tenths > 0 ? tenths_text(e.staff_tenths) : std::string()};
    fields.insert(fields.end(), e.extra.begin(), e.extra.end());
    fields.emplace_back(e.staff_source);
    fields.emplace_back(e.synthetic ? "yes" : "no");
    out.row(fields);
  }
  out.close();
}

void write_networks(const std::filesystem::path& path, const std::vector<NetworkPlan>& networks, int first_year) {
  std::vector<std::vector<Date>> days;
  const std::size_t years = networks.empty() ? 0 : networks.front().size.size();
  for (std::size_t y = 0; y < years; ++y) days.push_back(term_days(first_year + static_cast<int>(y)));
  CsvWriter out(path);
  out.row({"network", "name", "workstream", "started", "ended"});
  for (const auto& n : networks) {
    const auto& first = days[static_cast<std::size_t>(n.start_session)];
    const auto& last = days[static_cast<std::size_t>(n.end_session)];
    out.row({n.id, n.name, n.workstream, iso(first[static_cast<std::size_t>(n.start_day)]),
             n.ended_early ? iso(last[static_cast<std::size_t>(n.end_day)]) : std::string()});
  }
  out.close();
}

}  // namespace reticulist::generate

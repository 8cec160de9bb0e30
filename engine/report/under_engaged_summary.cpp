#include "engine/report/under_engaged_summary.hpp"

#include <array>
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

namespace reticulist::report {

report::Table under_engaged_summary(const report::Table& under_engaged) {
  report::Table t("under_engaged_by_authority", "Under-engaged establishments by authority and reason",
                  "one row per period and authority with an under-engaged establishment");
  t.add_column("period", ColumnType::Text, "period label");
  t.add_column("authority", ColumnType::Text, "authority id");
  const auto never = t.add_column("never", ColumnType::Integer, "never engaged (no record up to this period)",
                                  Holds::EstablishmentCount);
  const auto lapsed = t.add_column("lapsed", ColumnType::Integer, "lapsed (no record in this period, some earlier)",
                                   Holds::EstablishmentCount);
  const auto low = t.add_column("low_rate", ColumnType::Integer,
                                "engaged, but at a rate below the percentile of their peers", Holds::EstablishmentCount);
  const auto total = t.add_column("under_engaged", ColumnType::Integer, "never + lapsed + low_rate",
                                  Holds::EstablishmentCount);
  t.add_sum(total, {never, lapsed, low});

  const auto period = under_engaged.column_index("period");
  const auto authority = under_engaged.column_index("authority");
  const auto reason = under_engaged.column_index("reason");
  std::vector<std::pair<std::string, std::string>> order;
  std::map<std::pair<std::string, std::string>, std::array<std::int64_t, 3>> counts;
  for (std::size_t r = 0; r < under_engaged.row_count(); ++r) {
    std::pair<std::string, std::string> key{under_engaged.format_cell(r, period), under_engaged.format_cell(r, authority)};
    auto [at, added] = counts.try_emplace(key, std::array<std::int64_t, 3>{});
    if (added) order.push_back(key);
    const std::string why = under_engaged.format_cell(r, reason);
    if (why == "never") ++at->second[0];
    else if (why == "lapsed") ++at->second[1];
    else if (why == "low_rate") ++at->second[2];
    else throw std::logic_error("under_engaged_summary: unknown reason '" + why + "'");
  }
  for (const auto& key : order) {
    const auto& c = counts.at(key);
    t.append_row({key.first, key.second, c[0], c[1], c[2], c[0] + c[1] + c[2]});
  }
  return t;
}

}  // namespace reticulist::report

#include "engine/report/engagement_tables.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <numeric>

#include "engine/metrics/quantile.hpp"

namespace reticulist::report {
namespace {

using metrics::EngagementStatus;
using metrics::RateBasis;
using model::kNone;
using report::ColumnType;
using report::Value;

constexpr const char* kStatusHelp =
    "never (no record in this period or any earlier one), new (first period with a record), active (a record in "
    "this period and the previous one), returning (a record again after at least one period without), lapsed (no "
    "record in this period, some earlier), outside_register (named in participation, not in the register)";

// A number for a sentence: 3 significant digits, the same on every machine and in every locale.
std::string short_number(double v) {
  std::array<char, 32> buffer{};
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, std::chars_format::general, 3);
  return ec == std::errc() ? std::string(buffer.data(), end) : report::format_real(v);
}

Value optional_real(double v) { return model::known(v) ? Value(v) : Value(); }

struct Context {
  const model::Dataset& ds;
  const model::Periods& periods;
  const metrics::Engagement& eng;
  std::vector<model::EstablishmentId> order;  // establishments by authority, then as the register lists them

  std::size_t P() const { return periods.size(); }
  std::string label(std::size_t t) const { return t < P() ? periods[t].label : "all"; }
  Value period_label(std::uint32_t t) const { return t == kNone ? Value() : Value(periods[t].label); }
  Value authority_id(model::AuthorityId a) const { return a == kNone ? Value() : Value(ds.authorities.id[a]); }
  // The status of a span: the period's, or for the whole span the last period's.
  EngagementStatus status(std::size_t t, model::EstablishmentId e) const {
    if (t < P()) return eng.status_at(t, e);
    if (P() > 0) return eng.status_at(P() - 1, e);
    return ds.establishments.in_register[e] ? EngagementStatus::Never : EngagementStatus::OutsideRegister;
  }
  std::uint32_t last_engaged(std::size_t t, model::EstablishmentId e) const {
    if (P() == 0) return kNone;
    return eng.last_engaged_at(std::min(t, P() - 1), e);
  }
  std::uint32_t first_engaged(std::size_t t, model::EstablishmentId e) const {
    const auto f = eng.first_engaged[e];
    return f != kNone && f <= t ? f : kNone;
  }
};

void add_notes(report::Table& t, const model::Dataset& ds, const metrics::UnderEngagedOptions& options,
               const metrics::Engagement& eng, const model::Periods& periods) {
  t.add_note("register", ds.has_register ? "establishments.csv given: every establishment in it is listed, engaged or not"
                                         : "none: establishments that never engaged cannot be known; every establishment "
                                           "is outside_register");
  t.add_note("percentile", report::format_real(options.percentile));
  t.add_note("min_peers", std::to_string(options.min_peers));
  std::string empty;
  for (auto p : eng.empty_periods) empty += (empty.empty() ? "" : ", ") + periods[p].label;
  t.add_note("empty_periods", empty.empty() ? "none" : empty + " (no record at all: every establishment is lapsed or never there)");
}

// ------------------------------------------------------------------ establishments

report::Table establishments_table(const Context& c) {
  report::Table t("establishments", "Engagement of each establishment by period",
                  "one row per period and establishment (register or not, engaged or not), then period = all for the "
                  "whole span");
  t.add_column("period", ColumnType::Text, "period label, or all (the whole span)");
  t.add_column("authority", ColumnType::Text, "authority id (the register's; the record's for one outside it)");
  t.add_column("establishment", ColumnType::Text, "SEED code (or the name given, for one outside the register)");
  t.add_column("name", ColumnType::Text, "establishment name", report::Holds::Detail);
  t.add_column("sector", ColumnType::Text, "elc, primary, secondary, special, other, unknown");
  t.add_column("in_register", ColumnType::Boolean, "in establishments.csv");
  t.add_column("roll", ColumnType::Real, "pupils on the roll (register); NA when unknown");
  t.add_column("staff_fte", ColumnType::Real, "teaching staff FTE (register); NA when unknown");
  t.add_column("status", ColumnType::Text, std::string(kStatusHelp) + "; for period all, the status in the last period", report::Holds::Detail);
  t.add_column("engaged", ColumnType::Boolean, "at least one record at the establishment in the period", report::Holds::EstablishmentCount);
  const auto practitioners = t.add_column(
      "practitioners", ColumnType::Integer,
      "distinct practitioners with a record at the establishment (one who moved counts at each school)",
      report::Holds::PeopleCount);
  t.add_column("attendances", ColumnType::Integer, "records at the establishment");
  t.add_column("networks", ColumnType::Integer, "distinct networks of those records");
  t.add_column("share_of_staff_reached", ColumnType::Real,
               "practitioners / staff FTE; NA when staff is unknown; may exceed 1 (FTE counts part-timers fractionally)",
               report::Holds::Share, {practitioners});
  t.add_column("rate", ColumnType::Real,
               "engagement rate: practitioners per staff FTE, or per 100 pupils when staff is unknown (see rate_basis); "
               "NA when neither is known or outside the register",
               report::Holds::Measure, {practitioners});
  t.add_column("rate_basis", ColumnType::Text, "staff_fte, per_100_roll or none", report::Holds::Detail);
  t.add_column("first_engaged", ColumnType::Text, "first period with a record, up to this one; NA if none", report::Holds::Detail);
  t.add_column("last_engaged", ColumnType::Text, "latest period with a record, up to this one; NA if none", report::Holds::Detail);
  const auto& est = c.ds.establishments;
  t.reserve((c.P() + 1) * est.size());
  for (std::size_t s = 0; s <= c.P(); ++s) {
    for (auto e : c.order) {
      const auto& n = c.eng.at(s, e);
      const bool reg = est.in_register[e];
      const RateBasis basis = reg ? metrics::rate_basis(est.staff[e], est.roll[e]) : RateBasis::None;
      t.append_row({c.label(s), c.authority_id(est.authority[e]), est.id[e], est.name[e],
                    model::sector_name(est.sector[e]), reg, optional_real(est.roll[e]),
                    optional_real(est.staff[e]), metrics::status_name(c.status(s, e)), n.attendances > 0,
                    n.practitioners, n.attendances, n.networks,
                    reg ? Value(metrics::share_of_staff(n.practitioners, est.staff[e])) : Value(),
                    reg ? Value(metrics::engagement_rate(n.practitioners, est.staff[e], est.roll[e])) : Value(),
                    metrics::rate_basis_name(basis), c.period_label(c.first_engaged(s, e)),
                    c.period_label(c.last_engaged(s, e))});
    }
  }
  return t;
}

// ------------------------------------------------------------------ under_engaged

std::string detail(const Context& c, const metrics::UnderEngaged& u, const metrics::UnderEngagedOptions& options) {
  const auto& est = c.ds.establishments;
  const std::string period = c.periods[u.period].label;
  if (u.reason == metrics::UnderEngagedReason::Never) return "no record in " + period + " or any earlier period";
  if (u.reason == metrics::UnderEngagedReason::Lapsed) {
    const auto last = c.eng.last_engaged_at(u.period, u.establishment);
    const auto since = u.period - last;
    return "no record in " + period + "; the last was in " + c.periods[last].label + " (" + std::to_string(since) +
           (since == 1 ? " period" : " periods") + " before)";
  }
  const std::string sector(model::sector_name(est.sector[u.establishment]));
  std::string text = short_number(*u.rate) +
                     (u.basis == RateBasis::StaffFte ? " practitioners per staff FTE" : " practitioners per 100 pupils");
  std::string sep = ": below percentile " + report::format_real(options.percentile) + " of ";
  if (u.authority.below.value_or(false)) {
    text += sep + std::to_string(u.authority.peers) + " " + sector + " peers in " +
            c.ds.authorities.id[est.authority[u.establishment]] + " (" + short_number(*u.authority.threshold) + ")";
    sep = " and of ";
  }
  if (u.partnership.below.value_or(false)) {
    text += sep + std::to_string(u.partnership.peers) + " " + sector + " peers across the partnership (" +
            short_number(*u.partnership.threshold) + ")";
  }
  return text;
}

report::Table under_engaged_table(const Context& c, const std::vector<metrics::UnderEngaged>& flagged,
                                  const metrics::UnderEngagedOptions& options) {
  report::Table t("under_engaged", "Under-engaged establishments, ranked per authority",
                  "one row per period and establishment of the register that is never engaged, lapsed, or engaged at "
                  "a rate below the percentile of its peers");
  t.add_column("period", ColumnType::Text, "period label");
  t.add_column("authority", ColumnType::Text, "authority id");
  t.add_column("rank", ColumnType::Integer,
               "1 = most under-engaged in the authority and period: never (largest first), then lapsed (longest first), "
               "then low_rate (furthest below first)");
  t.add_column("establishment", ColumnType::Text, "SEED code");
  t.add_column("name", ColumnType::Text, "establishment name", report::Holds::Detail);
  t.add_column("sector", ColumnType::Text, "elc, primary, secondary, special, other, unknown");
  t.add_column("reason", ColumnType::Text,
               "never (no record up to this period), lapsed (none in this period, some earlier), low_rate (engaged, "
               "but its rate is below the percentile of its peers in its authority or the partnership)", report::Holds::Detail);
  t.add_column("status", ColumnType::Text, "status in the period (as in establishments)", report::Holds::Detail);
  t.add_column("roll", ColumnType::Real, "pupils on the roll; NA when unknown");
  t.add_column("staff_fte", ColumnType::Real, "teaching staff FTE; NA when unknown");
  const auto practitioners = t.add_column("practitioners", ColumnType::Integer,
                                          "distinct practitioners with a record at it in the period", report::Holds::PeopleCount);
  t.add_column("rate", ColumnType::Real, "practitioners per staff FTE, or per 100 pupils (rate_basis); NA when neither is known",
               report::Holds::Measure, {practitioners});
  t.add_column("rate_basis", ColumnType::Text, "staff_fte, per_100_roll or none", report::Holds::Detail);
  t.add_column("authority_peers", ColumnType::Integer,
               "peers in its authority: other establishments of the same sector and rate basis engaged in the period", report::Holds::EstablishmentCount);
  t.add_column("authority_threshold", ColumnType::Real,
               "the authority peers' rate at the chosen percentile (Hyndman-Fan type 7); NA with fewer than min_peers");
  t.add_column("below_authority", ColumnType::Boolean, "rate < authority_threshold; NA without a threshold, or when not engaged in the period (never, lapsed)");
  t.add_column("partnership_peers", ColumnType::Integer, "peers across the partnership (every authority of the data)", report::Holds::EstablishmentCount);
  t.add_column("partnership_threshold", ColumnType::Real,
               "the partnership peers' rate at the chosen percentile; NA with fewer than min_peers");
  t.add_column("below_partnership", ColumnType::Boolean, "rate < partnership_threshold; NA without a threshold, or when not engaged in the period (never, lapsed)");
  t.add_column("last_engaged", ColumnType::Text, "latest period with a record, up to this one; NA if none", report::Holds::Detail);
  t.add_column("periods_since_engaged", ColumnType::Integer, "periods since last_engaged (0 when engaged now); NA if none");
  t.add_column("detail", ColumnType::Text, "the reason in words, with the figures behind it", report::Holds::Detail);
  const auto& est = c.ds.establishments;
  t.reserve(flagged.size());
  for (const auto& u : flagged) {
    const auto e = u.establishment;
    const auto last = c.eng.last_engaged_at(u.period, e);
    t.append_row({c.periods[u.period].label, c.authority_id(est.authority[e]), u.rank, est.id[e], est.name[e],
                  model::sector_name(est.sector[e]), metrics::reason_name(u.reason),
                  metrics::status_name(c.eng.status_at(u.period, e)), optional_real(est.roll[e]),
                  optional_real(est.staff[e]), c.eng.at(u.period, e).practitioners, u.rate,
                  metrics::rate_basis_name(u.basis), u.authority.peers, u.authority.threshold, u.authority.below,
                  u.partnership.peers, u.partnership.threshold, u.partnership.below, c.period_label(last),
                  last == kNone ? Value() : Value(u.period - last), detail(c, u, options)});
  }
  return t;
}

// ------------------------------------------------------------------ by_authority_sector

// by_authority_sector (by_sector) or by_authority: the same counts over a breakdown's cells.
report::Table breakdown_table(const Context& c, bool by_sector) {
  report::Table t = by_sector ? report::Table("by_authority_sector", "Engagement by authority and sector",
                                              "one row per period, authority and sector (with an establishment), then "
                                              "period = all; for all, the statuses are those of the last period and "
                                              "engaged means engaged at any time")
                              : report::Table("engagement_by_authority", "Engagement by authority",
                                              "one row per period and authority (with an establishment), then period = "
                                              "all; for all, the statuses are those of the last period and engaged "
                                              "means engaged at any time");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("authority", ColumnType::Text, "authority id");
  if (by_sector) t.add_column("sector", ColumnType::Text, "elc, primary, secondary, special, other, unknown");
  const auto n_col = t.add_column("establishments", ColumnType::Integer, "establishments in the register", report::Holds::EstablishmentCount);
  const auto engaged_col = t.add_column("engaged", ColumnType::Integer, "of them, with a record in the period", report::Holds::EstablishmentCount);
  const auto never_col = t.add_column("never", ColumnType::Integer, "of them, never engaged (no record up to this period)", report::Holds::EstablishmentCount);
  t.add_column("new", ColumnType::Integer, "of them, new in the period", report::Holds::EstablishmentCount);
  t.add_column("active", ColumnType::Integer, "of them, active (a record in this period and the previous one)", report::Holds::EstablishmentCount);
  t.add_column("returning", ColumnType::Integer, "of them, returning after at least one period without a record", report::Holds::EstablishmentCount);
  const auto lapsed_col = t.add_column("lapsed", ColumnType::Integer, "of them, lapsed", report::Holds::EstablishmentCount);
  t.add_column("share_engaged", ColumnType::Real, "engaged / establishments; NA without a register establishment",
               report::Holds::Share, {n_col, engaged_col});
  t.add_column("share_never", ColumnType::Real, "never / establishments; NA without a register establishment",
               report::Holds::Share, {n_col, never_col});
  t.add_column("share_lapsed", ColumnType::Real, "lapsed / establishments; NA without a register establishment",
               report::Holds::Share, {n_col, lapsed_col});
  t.add_column("rated_by_staff", ColumnType::Integer, "establishments whose rate is per staff FTE (staff known)", report::Holds::EstablishmentCount);
  t.add_column("median_rate_staff", ColumnType::Real,
               "median practitioners per staff FTE over those, non-engaged ones counted as 0; NA if none");
  t.add_column("median_rate_staff_engaged", ColumnType::Real, "the same median over the engaged ones only");
  t.add_column("rated_by_roll", ColumnType::Integer, "establishments whose rate is per 100 pupils (staff unknown, roll known)", report::Holds::EstablishmentCount);
  t.add_column("median_rate_roll", ColumnType::Real,
               "median practitioners per 100 pupils over those, non-engaged ones counted as 0; NA if none");
  t.add_column("median_rate_roll_engaged", ColumnType::Real, "the same median over the engaged ones only");
  t.add_column("outside_register_engaged", ColumnType::Integer,
               "establishments outside the register (sector unknown) with a record in the period", report::Holds::EstablishmentCount);

  const auto& est = c.ds.establishments;
  // The cells that hold an establishment, in order (c.order is by authority): (authority, sector)
  // pairs, or whole authorities.
  struct Cell {
    model::AuthorityId authority;
    model::Sector sector;
    std::vector<model::EstablishmentId> members;
  };
  std::vector<Cell> cells;
  for (std::size_t i = 0; i < c.order.size();) {
    const auto a = est.authority[c.order[i]];
    std::array<std::vector<model::EstablishmentId>, model::kSectorCount> in_sector;
    Cell whole{a, model::Sector{}, {}};
    for (; i < c.order.size() && est.authority[c.order[i]] == a; ++i) {
      in_sector[static_cast<std::size_t>(est.sector[c.order[i]])].push_back(c.order[i]);
      whole.members.push_back(c.order[i]);
    }
    if (!by_sector) {
      cells.push_back(std::move(whole));
      continue;
    }
    for (int s = 0; s < model::kSectorCount; ++s) {
      if (!in_sector[s].empty()) cells.push_back({a, static_cast<model::Sector>(s), std::move(in_sector[s])});
    }
  }
  const auto share = [](std::uint64_t part, std::uint64_t whole) { return whole ? Value(double(part) / double(whole)) : Value(); };
  std::vector<Value> row;
  for (std::size_t s = 0; s <= c.P(); ++s) {
    for (const Cell& cell : cells) {
      std::uint64_t n = 0, engaged = 0, outside = 0;
      std::array<std::uint64_t, 6> by_status{};
      std::vector<double> staff_all, staff_engaged, roll_all, roll_engaged;
      for (auto e : cell.members) {
        const auto& k = c.eng.at(s, e);
        if (!est.in_register[e]) {
          outside += k.attendances > 0;
          continue;
        }
        ++n;
        engaged += k.attendances > 0;
        ++by_status[static_cast<std::size_t>(c.status(s, e))];
        const auto rate = metrics::engagement_rate(k.practitioners, est.staff[e], est.roll[e]);
        const auto basis = metrics::rate_basis(est.staff[e], est.roll[e]);
        if (basis == RateBasis::StaffFte) {
          staff_all.push_back(*rate);
          if (k.attendances > 0) staff_engaged.push_back(*rate);
        } else if (basis == RateBasis::Roll) {
          roll_all.push_back(*rate);
          if (k.attendances > 0) roll_engaged.push_back(*rate);
        }
      }
      const auto count = [&](EngagementStatus x) { return by_status[static_cast<std::size_t>(x)]; };
      row.assign({c.label(s), c.authority_id(cell.authority)});
      if (by_sector) row.emplace_back(model::sector_name(cell.sector));
      for (Value v : {Value(n), Value(engaged), Value(count(EngagementStatus::Never)), Value(count(EngagementStatus::New)),
                      Value(count(EngagementStatus::Active)), Value(count(EngagementStatus::Returning)),
                      Value(count(EngagementStatus::Lapsed)), share(engaged, n), share(count(EngagementStatus::Never), n),
                      share(count(EngagementStatus::Lapsed), n), Value(staff_all.size()), Value(metrics::median(staff_all)),
                      Value(metrics::median(staff_engaged)), Value(roll_all.size()), Value(metrics::median(roll_all)),
                      Value(metrics::median(roll_engaged)), Value(outside)}) {
        row.push_back(std::move(v));
      }
      t.append_row(row);
    }
  }
  return t;
}

// ------------------------------------------------------------------ by_authority_network

report::Table by_authority_network_table(const Context& c, Progress& progress) {
  report::Table t("by_authority_network", "Establishments reached by each network in each authority",
                  "one row per period, authority and network with at least one record there (pairs absent are zero), "
                  "then period = all");
  t.add_column("period", ColumnType::Text, "period label, or all");
  t.add_column("authority", ColumnType::Text, "authority id");
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("network_name", ColumnType::Text, "network name", report::Holds::Detail);
  t.add_column("establishments_reached", ColumnType::Integer,
               "distinct establishments of the authority (register or not) with a record in the network", report::Holds::EstablishmentCount);
  t.add_column("in_register_reached", ColumnType::Integer, "of them, in the register", report::Holds::EstablishmentCount);
  t.add_column("establishments_in_register", ColumnType::Integer, "establishments of the authority in the register", report::Holds::EstablishmentCount);
  t.add_column("share_of_register_reached", ColumnType::Real,
               "in_register_reached / establishments_in_register; NA when the authority has none in the register",
               report::Holds::Share);
  t.add_column("practitioners", ColumnType::Integer,
               "distinct practitioners whose record in the network gives the authority (central staff included)", report::Holds::PeopleCount);
  t.add_column("attendances", ColumnType::Integer, "records in the network giving the authority");
  const auto& ds = c.ds;
  std::vector<std::uint64_t> in_register(ds.authorities.size(), 0);
  for (std::size_t e = 0; e < ds.establishments.size(); ++e) {
    if (ds.establishments.in_register[e] && ds.establishments.authority[e] != kNone) ++in_register[ds.establishments.authority[e]];
  }
  for (std::size_t s = 0; s <= c.P(); ++s) {
    const auto [first, last] = s < c.P() ? metrics::period_records(ds, c.periods[s])
                                         : std::pair<std::uint64_t, std::uint64_t>{0, ds.records.size()};
    for (const auto& r : metrics::reach_by_authority_network(ds, first, last)) {
      const auto reg = in_register[r.authority];
      t.append_row({c.label(s), ds.authorities.id[r.authority], ds.networks.id[r.network], ds.networks.name[r.network],
                    r.establishments, r.in_register, reg,
                    reg ? Value(double(r.in_register) / double(reg)) : Value(), r.practitioners, r.attendances});
    }
    progress.advance(s + 1);
  }
  return t;
}

}  // namespace

EngagementRun run_engagement(const model::Dataset& ds, const model::Periods& periods,
                             const metrics::UnderEngagedOptions& options, Progress& progress) {
  metrics::check_options(options);
  EngagementRun run;
  progress.begin("engagement by establishment", 0);
  const metrics::Engagement eng = metrics::engagement(ds, periods);
  const auto flagged = metrics::under_engaged(ds, eng, options);
  progress.end();

  Context c{ds, periods, eng, {}};
  const auto& est = ds.establishments;
  c.order.resize(est.size());
  std::iota(c.order.begin(), c.order.end(), 0u);
  std::stable_sort(c.order.begin(), c.order.end(), [&](auto a, auto b) { return est.authority[a] < est.authority[b]; });

  run.tables.push_back(establishments_table(c));
  run.tables.push_back(under_engaged_table(c, flagged, options));
  run.tables.push_back(breakdown_table(c, true));
  run.tables.push_back(breakdown_table(c, false));
  progress.begin("reach by authority and network", periods.size() + 1);
  run.tables.push_back(by_authority_network_table(c, progress));
  progress.end();
  for (auto& t : run.tables) add_notes(t, ds, options, eng, periods);

  if (!ds.has_register) {
    run.warnings.push_back("no establishment register (establishments.csv): \"never engaged\" cannot be known; every "
                           "establishment is listed as outside_register and none is ranked as under-engaged");
  }
  if (!eng.empty_periods.empty()) {
    std::string empty;
    for (auto p : eng.empty_periods) empty += (empty.empty() ? "" : ", ") + periods[p].label;
    run.notes.push_back("periods with no record, kept in the sequence (every establishment is lapsed or never there): " + empty);
  }
  if (periods.size() > 0) {
    const auto last = static_cast<std::uint32_t>(periods.size() - 1);
    std::array<std::uint64_t, 3> by_reason{};
    for (const auto& u : flagged) by_reason[static_cast<std::size_t>(u.reason)] += u.period == last;
    run.notes.push_back(periods[last].label + ": " + std::to_string(by_reason[0] + by_reason[1] + by_reason[2]) +
                        " under-engaged establishments (" + std::to_string(by_reason[0]) + " never engaged, " +
                        std::to_string(by_reason[1]) + " lapsed, " + std::to_string(by_reason[2]) +
                        " below their peers' percentile " + report::format_real(options.percentile) + ")");
  }
  return run;
}

}  // namespace reticulist::report

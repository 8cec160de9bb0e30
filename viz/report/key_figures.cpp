#include "viz/report/key_figures.hpp"

#include <cmath>

#include "engine/report/format_for_people.hpp"

namespace reticulist::viz {
namespace {

std::string signed_count(double v) {
  const std::string text = report::integer_for_people(static_cast<std::int64_t>(std::llround(v)));
  return v > 0 ? "+" + text : text;
}

std::string signed_share(double v) {
  const std::string text = report::share_for_people(v);
  return v > 0 ? "+" + text : text;
}

bool suppressed(const Number& n) { return n.state == Number::State::Suppressed; }

struct Writer {
  const Tables& tables;
  std::string last;
  std::string previous;  // empty with one period
  std::string removed_people;  // who the fragility scenario removes
  KeyFigures out;

  void tile(std::string label, const Number& value, const Number& before) {
    if (value.state == Number::State::Missing) return;
    std::string change;
    if (!previous.empty()) {
      change = change_text(before, value);
      if (!change.empty()) change += " since " + previous;
    }
    out.tiles.push_back({std::move(label), value.text, std::move(change)});
  }

  void people() {
    const Number now = read_number(tables, "overview", {{"period", last}}, "practitioners");
    const Number before = read_number(tables, "overview", {{"period", previous}}, "practitioners");
    const Number establishments = read_number(tables, "overview", {{"period", last}}, "establishments_engaged");
    const Number networks = read_number(tables, "overview", {{"period", last}}, "networks_active");
    if (now.state == Number::State::Missing) return;
    tile("Practitioners taking part", now, before);
    std::string s = "In " + last + ", " + now.text + " practitioners from " + establishments.text + " establishments took part in " +
                    networks.text + " networks";
    const std::string change = change_text(before, now);
    if (!previous.empty() && before.known() && now.known()) s += " (" + previous + ": " + before.text + ", " + change + ")";
    out.sentences.push_back(s + ".");
  }

  void engagement() {
    const Number n = sum_numbers(tables, "engagement_by_authority", {{"period", last}}, "establishments");
    const Number engaged = sum_numbers(tables, "engagement_by_authority", {{"period", last}}, "engaged");
    const Number never = sum_numbers(tables, "engagement_by_authority", {{"period", last}}, "never");
    const Number engaged_before = sum_numbers(tables, "engagement_by_authority", {{"period", previous}}, "engaged");
    if (!n.known() || n.value == 0) return;
    const Number share = engaged.known() ? share_number(engaged.value / n.value) : engaged;
    tile("Register establishments engaged", engaged, engaged_before);
    out.sentences.push_back(engaged.text + " of the " + n.text + " establishments in the register (" + share.text +
                            ") had at least one practitioner taking part; " + never.text +
                            " have never taken part since the data begins.");
    const Number never_engaged = sum_numbers(tables, "under_engaged_by_authority", {{"period", last}}, "never");
    const Number lapsed = sum_numbers(tables, "under_engaged_by_authority", {{"period", last}}, "lapsed");
    const Number low = sum_numbers(tables, "under_engaged_by_authority", {{"period", last}}, "low_rate");
    const Number all = sum_numbers(tables, "under_engaged_by_authority", {{"period", last}}, "under_engaged");
    if (all.state == Number::State::Missing) return;
    out.sentences.push_back(all.text + " establishments are under-engaged: " + never_engaged.text + " never engaged, " +
                            lapsed.text + " lapsed (none this period, some before) and " + low.text +
                            " taking part at a rate below their peers'.");
  }

  void ties() {
    if (previous.empty()) return;  // tie_churn has rows from the second period on
    const Where now{{"period_to", last}, {"layer", "practitioner"}};
    const Where across{{"period_to", last}, {"layer", "practitioner_cross_authority"}};
    const Number all = read_number(tables, "tie_churn", now, "ties_after");
    const Number cross = read_number(tables, "tie_churn", across, "ties_after");
    const Number all_before = read_number(tables, "tie_churn", now, "ties_before");
    const Number cross_before = read_number(tables, "tie_churn", across, "ties_before");
    if (!all.known() || !cross.known() || all.value == 0) return;
    const Number share = share_number(cross.value / all.value);
    tile("Ties across authorities", cross, cross_before);
    std::string s = share.text + " of the " + all.text +
                    " co-attendance ties joined practitioners of different authorities";
    if (all_before.known() && cross_before.known() && all_before.value > 0) {
      s += " (" + previous + ": " + share_number(cross_before.value / all_before.value).text + ")";
    }
    out.sentences.push_back(s + ".");
  }

  void churn() {
    if (previous.empty()) return;
    const Where step{{"period_to", last}};
    const Number before = read_number(tables, "partnership", step, "members_before");
    const Number stayers = read_number(tables, "partnership", step, "stayers");
    const Number joiners = read_number(tables, "partnership", step, "joiners");
    const Number retention = read_number(tables, "partnership", step, "retention");
    if (before.state == Number::State::Missing) return;
    out.tiles.push_back({"Members retained from " + previous, retention.text, ""});
    out.sentences.push_back("Of the " + before.text + " practitioners taking part in " + previous + ", " + stayers.text +
                            " (" + retention.text + ") took part again in " + last + ", and " + joiners.text +
                            " joined.");
  }

  void fragility() {
    const Where removed{{"period", last}, {"measure", "people_removed"}};
    const Where ties{{"period", last}, {"measure", "ties"}};
    const Number people = read_number(tables, "scenario", removed, "after");
    const Number change = read_number(tables, "scenario", ties, "change");
    const Number before = read_number(tables, "scenario", ties, "before");
    const Number baseline = read_number(tables, "scenario", ties, "baseline_mean");
    const Number as_bad = read_number(tables, "scenario", ties, "baseline_share_as_bad");
    if (people.state == Number::State::Missing || change.state == Number::State::Missing) return;
    std::string s = "If the " + people.text + " " + (removed_people.empty() ? "people of the fragility scenario" : removed_people) +
                    " left, " +
                    (change.known() ? report::integer_for_people(static_cast<std::int64_t>(-change.value)) : change.text) +
                    " ties would be lost";
    if (change.known() && before.known() && before.value > 0) s += " (" + share_number(-change.value / before.value).text + ")";
    if (baseline.known() && before.known()) {
      s += "; removing as many people at random loses " +
           report::integer_for_people(static_cast<std::int64_t>(std::llround(before.value - baseline.value))) +
           " on average";
      if (as_bad.known()) s += ", and " + share_number(as_bad.value).text + " of random draws are as damaging";
    }
    out.sentences.push_back(s + ".");
  }
};

}  // namespace

std::string change_text(const Number& before, const Number& after) {
  if (suppressed(before) || suppressed(after)) return std::string(report::kSuppressed);
  if (!before.known() || !after.known()) return "";
  const double d = after.value - before.value;
  if (d == 0) return "no change";
  std::string text = signed_count(d);
  if (before.value != 0) text += " (" + signed_share(d / before.value) + ")";
  return text;
}

KeyFigures key_figures(const Tables& tables, const std::vector<std::string>& periods, const std::string& removed) {
  if (periods.empty()) return {};
  Writer w{tables, periods.back(), periods.size() > 1 ? periods[periods.size() - 2] : std::string(), removed, {}};
  w.people();
  w.engagement();
  w.ties();
  w.churn();
  w.fragility();
  return std::move(w.out);
}

}  // namespace reticulist::viz

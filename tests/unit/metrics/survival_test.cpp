// Tenure: membership spells with right-censoring, the Kaplan-Meier estimate with Greenwood's
// variance and log-log intervals, and the median with its Brookmeyer-Crowley interval, worked
// by hand. Periods are 100 days each (P0 = days 0-99, P1 = 100-199, ...).
#include "engine/metrics/survival.hpp"

#include <catch2/catch.hpp>

#include <cmath>

#include "tests/unit/metrics/churn_fixture.hpp"

namespace mt = reticulist::metrics;
namespace t = reticulist::testing;
using reticulist::test_churn::churn_run;
using reticulist::test_churn::on;
using Spells = std::vector<mt::Spell>;

namespace {

bool same(const Spells& a, const Spells& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].periods != b[i].periods || a[i].ended != b[i].ended) return false;
  }
  return true;
}

Spells repeat(std::uint32_t periods, bool ended, int times) { return Spells(static_cast<std::size_t>(times), {periods, ended}); }

}  // namespace

TEST_CASE("Tenure spells: a returner has two; spells reaching the end of the data are censored",
          "[metrics][survival]") {
  //          P0      P1     P2 (last period of the data)
  //   N0     0 1     1      0 1
  // 0: [P0] ended (absent in P1), [P2] censored (the data end);  1: [P0-P2] censored.
  const auto r = churn_run(t::make_dataset(2, 1, 1, {on(0, 0, {0, 1}), on(150, 0, {1}), on(250, 0, {0, 1})}), 3);
  CHECK(same(mt::tenure_spells(r.networks, 0, 2), {{1, true}, {1, false}, {3, false}}));
  // The partnership's spells are the same here.
  CHECK(same(mt::tenure_spells(r.partnership, 0, 2), {{1, true}, {1, false}, {3, false}}));
}

TEST_CASE("Tenure spells: a network's end censors the spells that reach it", "[metrics][survival]") {
  //          P0      P1      P2
  //   N0     0 1     0       -        ended on day 150 (P1)
  //   N1                     2        (the data run on to P2)
  // 0: [P0-P1] reaches N0's end: censored, not ended;  1: [P0] ended (absent in P1, N0 running).
  auto ds = t::make_dataset(3, 2, 1, {on(0, 0, {0, 1}), on(120, 0, {0}), on(250, 1, {2})});
  ds.networks.ended[0] = 150;
  const auto r = churn_run(std::move(ds), 3);
  REQUIRE(r.lives[0].last == 1);
  CHECK(same(mt::tenure_spells(r.networks, 0, r.lives[0].last), {{2, false}, {1, true}}));
}

TEST_CASE("Kaplan-Meier worked by hand: Greenwood and log-log limits", "[metrics][survival]") {
  // Spell lengths (E ended, C censored): 1E 1E 1C 2E 2C 3E 4C 4C
  //   t  n_i d_i c_i  S(t)                    G = sum d/(n(n-d))         SE = S sqrt(G)
  //   1   8   2   1   1 - 2/8 = 0.75          2/(8*6) = 1/24             0.75 sqrt(1/24) = 0.1530931089
  //   2   5   1   1   0.75 * 4/5 = 0.6        1/24 + 1/20 = 11/120       0.6 sqrt(11/120) = 0.1816590212
  //   3   3   1   0   0.6 * 2/3 = 0.4         11/120 + 1/6 = 31/120      0.4 sqrt(31/120) = 0.2033060091
  //   4   2   0   2   0.4                     31/120                     0.2033060091
  // Log-log limits S^exp(+-w), w = z sqrt(G) / |log S|, z = 1.959963985:
  //   t = 1: w = 1.959964 * 0.2041241 / 0.2876821 = 1.3906788:  [0.75^4.01800, 0.75^0.24888]
  //          = [0.3148071137, 0.9308983171]
  //   t = 2: [0.1954958661, 0.8522543458];  t = 3: [0.06602977433, 0.7342253450]
  // Median: the first event time with S < 1/2 is 3.
  // Brookmeyer-Crowley (as R): the lower curve first falls below 1/2 at t = 1 (0.315): lower
  // limit 1; the upper curve (0.931, 0.852, 0.734) never does: upper limit NA (not reached).
  const Spells spells = {{1, true}, {1, true}, {1, false}, {2, true}, {2, false}, {3, true}, {4, false}, {4, false}};
  const auto km = mt::kaplan_meier(spells);
  CHECK(km.spells == 8);
  CHECK(km.events == 4);
  REQUIRE(km.steps.size() == 4);
  const auto& s = km.steps;
  CHECK(s[0].time == 1);
  CHECK(s[0].at_risk == 8);
  CHECK(s[0].events == 2);
  CHECK(s[0].censored == 1);
  CHECK(s[0].survival == Approx(0.75));
  CHECK(*s[0].std_error == Approx(0.1530931089));
  CHECK(*s[0].lower == Approx(0.3148071137));
  CHECK(*s[0].upper == Approx(0.9308983171));
  CHECK(s[1].at_risk == 5);
  CHECK(s[1].survival == Approx(0.6));
  CHECK(*s[1].std_error == Approx(0.1816590212));
  CHECK(*s[1].lower == Approx(0.1954958661));
  CHECK(*s[1].upper == Approx(0.8522543458));
  CHECK(s[2].at_risk == 3);
  CHECK(s[2].survival == Approx(0.4));
  CHECK(*s[2].std_error == Approx(0.2033060091));
  CHECK(*s[2].lower == Approx(0.06602977433));
  CHECK(*s[2].upper == Approx(0.7342253450));
  CHECK(s[3].time == 4);
  CHECK(s[3].at_risk == 2);
  CHECK(s[3].events == 0);
  CHECK(s[3].censored == 2);
  CHECK(s[3].survival == Approx(0.4));
  CHECK(*km.median == 3.0);
  CHECK(*km.median_lower == 1.0);
  CHECK_FALSE(km.median_upper);
}

TEST_CASE("Kaplan-Meier: median at exactly one half, and a bounded interval", "[metrics][survival]") {
  // 20 spells: 4 end after 1 period, 6 after 2, 6 after 3, 4 are censored at 4.
  //   t  n  d  S                      G
  //   1 20  4  16/20 = 0.8            4/(20*16) = 0.0125
  //   2 16  6  0.8 * 10/16 = 0.5      + 6/(16*10) = 0.05
  //   3 10  6  0.5 * 4/10 = 0.2       + 6/(10*4) = 0.2
  // S = 1/2 exactly from t = 2 to the next event time 3: median (2 + 3) / 2 = 2.5.
  // Log-log limits, w = z sqrt(G) / |log S|:
  //   t = 1: w = 1.959964 * 0.1118034 / 0.2231436 = 0.9820: [0.8^2.6698, 0.8^0.3746] = [0.5511, 0.9198]
  //   t = 2: w = 1.959964 * 0.2236068 / 0.6931472 = 0.6323: [0.5^1.8819, 0.5^0.5314] = [0.2713, 0.6919]
  //   t = 3: w = 1.959964 * 0.4472136 / 1.6094379 = 0.5446: [0.2^1.7239, 0.2^0.5801] = [0.0624, 0.3931]
  // The lower curve first falls below 1/2 at t = 2, the upper one at t = 3: the interval [2, 3].
  Spells spells = repeat(1, true, 4);
  for (const auto& more : {repeat(2, true, 6), repeat(3, true, 6), repeat(4, false, 4)}) {
    spells.insert(spells.end(), more.begin(), more.end());
  }
  const auto km = mt::kaplan_meier(spells);
  CHECK(km.steps[1].survival == Approx(0.5));
  CHECK(*km.steps[0].std_error == Approx(std::sqrt(0.0125) * 0.8));
  CHECK(*km.median == 2.5);
  CHECK(*km.median_lower == 2.0);
  CHECK(*km.median_upper == 3.0);
}

TEST_CASE("Kaplan-Meier: a large sample whose curve jumps across one half in one period",
          "[metrics][survival]") {
  // 100 spells: 60 end after 1 period, 40 are censored at 2. S(1) = 0.4, G = 60/(100*40) = 0.015,
  //   w = 1.959964 * 0.1224745 / 0.9162907 = 0.2619753: limits [0.4^1.2995, 0.4^0.7695] = [0.3040, 0.4941].
  // Both curves are below 1/2 at t = 1: median 1 with interval [1, 1]. (SAS's rule, the event times
  // whose test of S(t) = 1/2 is not rejected, finds none here: r = 2.088 at t = 1.)
  Spells spells = repeat(1, true, 60);
  const auto censored = repeat(2, false, 40);
  spells.insert(spells.end(), censored.begin(), censored.end());
  const auto km = mt::kaplan_meier(spells);
  CHECK(*km.steps[0].lower == Approx(0.3040).epsilon(1e-3));
  CHECK(*km.steps[0].upper == Approx(0.4941).epsilon(1e-3));
  CHECK(*km.median == 1.0);
  CHECK(*km.median_lower == 1.0);
  CHECK(*km.median_upper == 1.0);
}

TEST_CASE("Kaplan-Meier: awkward cases", "[metrics][survival]") {
  SECTION("no spell") {
    const auto km = mt::kaplan_meier(Spells{});
    CHECK(km.steps.empty());
    CHECK_FALSE(km.median);
    CHECK_FALSE(km.median_lower);
    CHECK_FALSE(km.median_upper);
  }
  SECTION("every spell censored: S stays 1, limits [1, 1], median not reached") {
    const auto km = mt::kaplan_meier(Spells{{2, false}, {3, false}});
    REQUIRE(km.steps.size() == 2);
    CHECK(km.steps[1].survival == 1.0);
    CHECK(*km.steps[1].std_error == 0.0);
    CHECK(*km.steps[1].lower == 1.0);
    CHECK(*km.steps[1].upper == 1.0);
    CHECK_FALSE(km.median);
  }
  SECTION("every spell at risk ends: S = 0, standard error and limits NA") {
    // t = 1: 1 of 2 ends (S = 1/2, exactly: median (1 + 2) / 2); t = 2: the last one ends (S = 0).
    // Limits at t = 1, w = 1.959964 * sqrt(1/2) / log 2 = 1.9994: [0.5^7.385, 0.5^0.1354]: the lower
    // curve is below 1/2 at 1; the upper (0.910) never falls below it (NA at S = 0).
    const auto km = mt::kaplan_meier(Spells{{1, true}, {2, true}});
    CHECK(km.steps[1].survival == 0.0);
    CHECK_FALSE(km.steps[1].std_error);
    CHECK_FALSE(km.steps[1].lower);
    CHECK_FALSE(km.steps[1].upper);
    CHECK(*km.median == 1.5);
    CHECK(*km.median_lower == 1.0);
    CHECK_FALSE(km.median_upper);
  }
  SECTION("S = 1/2 at the last event time, censored spells after it: midpoint with the longest spell") {
    const auto km = mt::kaplan_meier(Spells{{1, true}, {3, false}});
    CHECK(*km.median == 2.0);
  }
  SECTION("a single spell that ends") {
    const auto km = mt::kaplan_meier(Spells{{1, true}});
    CHECK(km.steps[0].survival == 0.0);
    CHECK(*km.median == 1.0);
    CHECK_FALSE(km.median_lower);  // the limits are NA where S = 0
  }
}

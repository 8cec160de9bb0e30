// Cohort retention: of those who joined in period t, the share present k periods later.
// Periods are 100 days each (P0 = days 0-99, P1 = 100-199, P2 = 200-299).
#include "engine/metrics/cohorts.hpp"

#include <catch2/catch.hpp>

#include "tests/unit/metrics/churn_fixture.hpp"

namespace mt = reticulist::metrics;
namespace t = reticulist::testing;
using reticulist::test_churn::churn_run;
using reticulist::test_churn::on;

TEST_CASE("Cohort retention: the triangle worked by hand", "[metrics][cohorts]") {
  //          P0        P1      P2
  //   N0     0 1 2     1 3     0 3 4
  //   N1     5         5       6
  // N0 cohorts: P0 {0 1 2}: present in P0 3, P1 {1} 1, P2 {0} 1 (0 returns: present again)
  //             P1 {3}: 1, then 1 in P2;   P2 {4}: 1.
  // N1 cohorts: P0 {5}: 1, 1, 0;  P1: nobody joined (share NA);  P2 {6}: 1.
  const auto r = churn_run(t::make_dataset(7, 2, 1,
                                           {on(0, 0, {0, 1, 2}), on(0, 1, {5}), on(150, 0, {1, 3}), on(150, 1, {5}),
                                            on(250, 0, {0, 3, 4}), on(250, 1, {6})}),
                           3);
  const auto cells = mt::cohort_retention(r.networks, 0, 0, 2);
  REQUIRE(cells.size() == 6);  // 3 + 2 + 1
  const std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint64_t, std::uint64_t>> expected = {
      {0, 0, 3, 3}, {0, 1, 3, 1}, {0, 2, 3, 1}, {1, 0, 1, 1}, {1, 1, 1, 1}, {2, 0, 1, 1}};
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto& [cohort, later, size, present] = expected[i];
    CHECK(cells[i].cohort == cohort);
    CHECK(cells[i].periods_later == later);
    CHECK(cells[i].size == size);
    CHECK(cells[i].present == present);
  }
  CHECK(*cells[1].share() == Approx(1.0 / 3.0));
  const auto n1 = mt::cohort_retention(r.networks, 1, 0, 2);
  CHECK(n1[2].present == 0);
  CHECK(*n1[2].share() == 0.0);
  CHECK(n1[3].cohort == 1);
  CHECK(n1[3].size == 0);
  CHECK_FALSE(n1[3].share());
  // A network that ends in P1: its cells stop there.
  const auto cut = mt::cohort_retention(r.networks, 0, 0, 1);
  REQUIRE(cut.size() == 3);
  CHECK(cut[2].cohort == 1);
  // A network that starts in P1: P1 is its first cohort.
  const auto late = mt::cohort_retention(r.networks, 0, 1, 2);
  REQUIRE(late.size() == 3);
  CHECK(late[0].size == 2);  // 1 and 3: 1 was there in P0, but the scope starts in P1
  CHECK(mt::cohort_retention(r.networks, 0, reticulist::model::kNone, reticulist::model::kNone).empty());
}

// The seeded permutation test of the whole-graph E-I index (ei_index.cpp): hand-derived null
// distributions, exact enumeration on small random graphs, and determinism across threads.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "engine/metrics/ei_index.hpp"
#include "tests/unit/metrics/groups_fixture.hpp"
#include "support/recording_progress.hpp"

using reticulist::graph::Edge;
using reticulist::graph::graph_from_edges;
using reticulist::metrics::ei_permutation_test;
using reticulist::metrics::EiPermutationOptions;
using reticulist::metrics::EiPermutationResult;
using reticulist::metrics::Partition;
namespace tg = reticulist::test_groups;

TEST_CASE("E-I permutation test on a path, against its exact null distribution", "[metrics][groups][ei_permutation]") {
  //   0 --- 1 --- 2 --- 3      A A B B: E = 1 (1-2), I = 2, EI = (1 - 2)/3 = -1/3
  //
  // The 6 labellings with two A and two B, equally likely under a random permutation:
  //   AABB 1, ABAB 3, ABBA 2, BAAB 2, BABA 3, BBAA 1  external ties, so EI in {-1/3, 1/3, 1}
  //   each with probability 1/3: mean 1/3 (= 2B/N - 1 with B = 4, N = 6), variance
  //   ((-2/3)^2 + 0 + (2/3)^2)/3 = 8/27, sd = 0.5443.
  //   Every EI_r >= -1/3, so p_greater = (R + 1)/(R + 1) = 1 exactly; p_less -> 1/3,
  //   p_two_sided -> 2/3.
  const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}});
  EiPermutationOptions o;
  o.permutations = 20000;
  o.seed = 7;
  const auto r = ei_permutation_test(g, Partition{{0, 0, 1, 1}, 2}, o);
  CHECK(r.permutations == 20000);
  CHECK(r.seed == 7);
  CHECK_FALSE(r.weighted);
  CHECK_VALUE(r.observed, -1.0 / 3);
  CHECK_VALUE(r.p_greater, 1.0);
  REQUIRE(r.p_less);
  CHECK(*r.p_less == Approx(1.0 / 3).margin(0.02));
  CHECK(*r.p_two_sided == Approx(2.0 / 3).margin(0.04));
  CHECK(*r.mean == Approx(1.0 / 3).margin(0.02));
  CHECK(*r.sd == Approx(std::sqrt(8.0 / 27)).margin(0.02));
  CHECK(*r.z == Approx((-1.0 / 3 - *r.mean) / *r.sd));
}

TEST_CASE("E-I permutation test of a single group: p = 1, sd 0, z NA", "[metrics][groups][ei_permutation]") {
  //   0 --- 1 --- 2   3     one group: every permutation gives EI_r = -1 = EI,
  //   so #{EI_r >= EI} = #{EI_r <= EI} = R and every p-value is (R + 1)/(R + 1) = 1
  const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 1}});
  for (bool weighted : {false, true}) {
    EiPermutationOptions o;
    o.weighted = weighted;
    o.permutations = 200;
    const auto r = ei_permutation_test(g, Partition{{0, 0, 0, 0}, 1}, o);
    CHECK(r.weighted == weighted);
    CHECK_VALUE(r.observed, -1.0);
    CHECK(r.p_greater == 1.0);
    CHECK(r.p_less == 1.0);
    CHECK(r.p_two_sided == 1.0);
    CHECK(r.mean == -1.0);
    CHECK(r.sd == 0.0);
    CHECK_NA(r.z);
  }
}

TEST_CASE("E-I permutation test: no tie, or one permutation", "[metrics][groups][ei_permutation]") {
  SECTION("empty and edgeless graphs: every statistic NA") {
    for (std::uint32_t n : {0u, 3u}) {
      const auto r = ei_permutation_test(graph_from_edges(n, {}), Partition{std::vector<std::uint32_t>(n, 0), 2});
      CHECK_NA(r.observed);
      CHECK_NA(r.mean);
      CHECK_NA(r.sd);
      CHECK_NA(r.p_greater);
      CHECK_NA(r.p_less);
      CHECK_NA(r.p_two_sided);
    }
  }
  SECTION("R = 1: the sample sd and z are NA, p-values are 1/2 or 1") {
    EiPermutationOptions o;
    o.permutations = 1;
    const auto r = ei_permutation_test(tg::fixture_graph(), tg::fixture_authorities(), o);
    CHECK(r.mean.has_value());
    CHECK_NA(r.sd);
    CHECK_NA(r.z);
    REQUIRE(r.p_greater);
    CHECK((*r.p_greater == 0.5 || *r.p_greater == 1.0));
  }
}

TEST_CASE("E-I permutation test: the mean is 2B/N - 1 on the fixture, weighted or not",
          "[metrics][groups][ei_permutation]") {
  // Under a random permutation the two ends of a tie carry a uniformly random pair of the labels,
  // different with probability B/N = 15/21, so E[x] = T B/N for counts and weights alike and
  // E[EI_r] = 2 B/N - 1 = 9/21 = 3/7. Observed: -1/7 (counts), 1/11 (weights).
  for (bool weighted : {false, true}) {
    EiPermutationOptions o;
    o.weighted = weighted;
    o.permutations = 20000;
    o.seed = 3;
    const auto r = ei_permutation_test(tg::fixture_graph(), tg::fixture_authorities(), o);
    INFO("weighted " << weighted);
    CHECK_VALUE(r.observed, weighted ? 1.0 / 11 : -1.0 / 7);
    CHECK(*r.mean == Approx(3.0 / 7).margin(0.01));
    CHECK(*r.p_less < 0.5);
    CHECK(*r.p_greater > 0.5);
    CHECK(*r.p_two_sided == Approx(std::min(1.0, 2 * *r.p_less)));
  }
}

namespace {

// Exact P(x_r >= x_obs), P(x_r <= x_obs) and E[EI_r] over all distinct labellings (each equally
// likely under a uniform shuffle).
struct Exact {
  double p_ge = 0, p_le = 0, mean = 0;
};

Exact exact_null(const tg::RandomCase& c) {
  std::vector<std::uint32_t> label = c.partition.group;
  std::sort(label.begin(), label.end());
  auto external = [&](const std::vector<std::uint32_t>& l) {
    std::uint64_t E = 0;
    for (std::uint32_t i = 0; i < c.n; ++i)
      for (std::uint32_t j = i + 1; j < c.n; ++j) E += c.a[i][j] > 0 && l[i] != l[j];
    return E;
  };
  const std::uint64_t obs = external(c.partition.group);
  const double m = static_cast<double>(c.g.edge_count());
  double count = 0, ge = 0, le = 0, sum = 0;
  do {
    const std::uint64_t E = external(label);
    count += 1;
    ge += E >= obs;
    le += E <= obs;
    sum += (2.0 * static_cast<double>(E) - m) / m;
  } while (std::next_permutation(label.begin(), label.end()));
  return {ge / count, le / count, sum / count};
}

}  // namespace

TEST_CASE("E-I permutation p-values approach the exact null distribution on random graphs",
          "[metrics][groups][ei_permutation]") {
  std::mt19937_64 rng(2005);
  int tested = 0;
  for (int trial = 0; trial < 40 && tested < 12; ++trial) {
    const auto c = tg::random_case(rng, 8);
    if (c.g.edge_count() == 0) continue;
    ++tested;
    const Exact ex = exact_null(c);
    EiPermutationOptions o;
    o.permutations = 4000;
    o.seed = static_cast<std::uint64_t>(trial);
    const auto r = ei_permutation_test(c.g, c.partition, o);
    const double R = o.permutations;
    INFO("trial " << trial << " n " << c.n);
    // Monte Carlo error of a share over 4000 draws is <= 0.008; allow five of it.
    CHECK(*r.p_greater == Approx((ex.p_ge * R + 1) / (R + 1)).margin(0.04));
    CHECK(*r.p_less == Approx((ex.p_le * R + 1) / (R + 1)).margin(0.04));
    CHECK(*r.mean == Approx(ex.mean).margin(0.05));
  }
  CHECK(tested == 12);
}

namespace {

bool same(const EiPermutationResult& a, const EiPermutationResult& b) {
  return a.observed == b.observed && a.mean == b.mean && a.sd == b.sd && a.z == b.z &&
         a.p_greater == b.p_greater && a.p_less == b.p_less && a.p_two_sided == b.p_two_sided;
}

}  // namespace

TEST_CASE("E-I permutation test is deterministic for a seed whatever the thread count",
          "[metrics][groups][ei_permutation]") {
  std::mt19937_64 rng(12);
  tg::RandomCase c;
  do {
    c = tg::random_case(rng);
  } while (c.n < 10 || c.g.edge_count() < 10 || c.partition.group_count < 2);
  for (bool weighted : {false, true}) {
    EiPermutationOptions o;
    o.weighted = weighted;
    o.permutations = 997;  // not a multiple of the thread counts
    o.seed = 42;
    o.threads = 1;
    const auto one = ei_permutation_test(c.g, c.partition, o);
    o.threads = 2;
    const auto two = ei_permutation_test(c.g, c.partition, o);
    o.threads = 3;
    const auto three = ei_permutation_test(c.g, c.partition, o);
    o.threads = 0;  // one per hardware thread
    const auto hw = ei_permutation_test(c.g, c.partition, o);
    o.threads = 1;
    const auto again = ei_permutation_test(c.g, c.partition, o);
    INFO("weighted " << weighted);
    CHECK(same(one, two));
    CHECK(same(one, three));
    CHECK(same(one, hw));
    CHECK(same(one, again));
    o.seed = 43;
    const auto other = ei_permutation_test(c.g, c.partition, o);
    CHECK(other.mean != one.mean);  // another seed draws other permutations
  }
}

TEST_CASE("ei_permutation_test reports one stage counting permutations", "[metrics][ei][progress]") {
  // 4 permutations on one thread, counted one by one; the weighted test names itself.
  const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 2}, {2, 3, 1}});
  const Partition p{{0, 0, 1, 1}, 2};
  reticulist::testing::RecordingProgress progress;
  ei_permutation_test(g, p, {.permutations = 4}, progress);
  CHECK(progress.events() == std::vector<std::string>{"begin E-I permutations 4", "advance 1", "advance 2", "advance 3",
                                                      "advance 4", "end"});
  reticulist::testing::RecordingProgress weighted;
  ei_permutation_test(g, p, {.permutations = 4, .weighted = true}, weighted);
  CHECK(weighted.stages() == std::vector<std::string>{"begin weighted E-I permutations 4", "end"});
}

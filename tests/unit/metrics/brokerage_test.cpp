// Gould-Fernandez brokerage: hand-worked counts, the relation to R's sna::brokerage pinned with
// R's own numbers, awkward partitions, and a brute-force oracle over all triples.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "engine/error.hpp"
#include "engine/graph/graph.hpp"
#include "engine/metrics/brokerage.hpp"
#include "support/recording_progress.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using Role = m::BrokerageRole;

namespace {

g::Graph make(std::uint32_t n, std::vector<g::Edge> edges) { return g::graph_from_edges(n, edges); }

m::Partition partition(std::vector<std::uint32_t> group, std::uint32_t count) { return {std::move(group), count}; }

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// An sna value (NaN meaning NA) against ours.
void check_value(const std::optional<double>& ours, double sna) {
  if (std::isnan(sna)) {
    CHECK_FALSE(ours.has_value());
  } else {
    REQUIRE(ours.has_value());
    CHECK_THAT(*ours, WithinAbs(sna, 1e-12));
  }
}

// R's rows are w_I, w_O, b_IO, b_OI, b_O, t; ours coordinator, itinerant, representative_or_gatekeeper,
// liaison, total (b_OI is b_IO again, so it is skipped).
std::array<double, 5> ours_order(const std::array<double, 6>& sna) { return {sna[0], sna[1], sna[2], sna[4], sna[5]}; }

}  // namespace

TEST_CASE("brokerage: the four roles on a single two-path", "[metrics][brokerage]") {
  //   a(0) --- v(1) --- b(2)       one open two-path, broker v; the groups decide its role.
  // R: m <- matrix(0,3,3); m[1,2]<-m[2,1]<-m[2,3]<-m[3,2]<-1; brokerage(m, cl)$raw.nli[2,]
  //   cl = c(1,1,1): w_I 2            -> coordinator 1
  //   cl = c(1,2,1): w_O 2            -> itinerant 1
  //   cl = c(1,1,2): b_IO 1, b_OI 1   -> representative_or_gatekeeper 1 (each direction once in sna)
  //   cl = c(1,2,3): b_O 2            -> liaison 1
  const auto path = make(3, {{0, 1, 1}, {1, 2, 1}});
  struct Case {
    std::vector<std::uint32_t> groups;
    std::size_t role;
  };
  for (const Case& c : {Case{{0, 0, 0}, Role::coordinator}, Case{{0, 1, 0}, Role::itinerant},
                        Case{{0, 0, 1}, Role::representative_or_gatekeeper}, Case{{0, 1, 2}, Role::liaison}}) {
    const auto r = m::brokerage(path, partition(c.groups, 3));
    m::BrokerageCounts expected{};
    expected[c.role] = 1;
    expected[Role::total] = 1;
    CHECK(r.counts[1] == expected);
    CHECK(r.counts[0] == m::BrokerageCounts{});
    CHECK(r.graph_counts == expected);
  }
}

TEST_CASE("brokerage: counts, expectations and z-scores match R's sna::brokerage", "[metrics][brokerage][sna]") {
  //          1A ----- 3B
  //            \     /
  //             \   /
  //   2A ------- 0A ------- 4B          groups A = {0,1,2}, B = {3,4,5}, C = {6}
  //    \          |          |
  //     \         6C ------ 5B
  //      \__________________/          (the bottom line is the tie 2 - 5)
  //
  // Broker 0: contacts 1A 2A 3B 4B 6C, 10 pairs, one closed (1 - 3):
  //   coordinator {1,2} = 1; itinerant {3,4} = 1;
  //   representative_or_gatekeeper {1,4} {1,6} {2,3} {2,4} {2,6} = 5 ({1,3} is closed);
  //   liaison {3,6} {4,6} = 2; total 9.
  // Broker 5: contacts 2A 4B 6C: {2,4} and {4,6} share 5's group once: 2; {2,6} liaison: 1.
  // sna's counts are 2x ours except b_IO = b_OI = ours. Null model: d = 2*9 / (7*6) = 3/7,
  // E[w_I | A] = d^2 (1-d) (3-1)(3-2) = 72/343 = 0.2099...
  //
  // R 4.2.2, sna 2.7-1:
  //   el <- rbind(c(0,1),c(0,2),c(0,3),c(0,4),c(0,6),c(1,3),c(4,5),c(5,6),c(2,5)) + 1
  //   m <- matrix(0,7,7); m[el] <- 1; m[el[,2:1]] <- 1
  //   b <- brokerage(m, c(1,1,1,2,2,2,3)); options(digits=15); b$raw.nli; b$exp.grp; b$sd.grp; b$z.nli; ...
  const auto graph = make(7, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}, {0, 6, 1}, {1, 3, 1}, {4, 5, 1}, {5, 6, 1}, {2, 5, 1}});
  const auto r = m::brokerage(graph, partition({0, 0, 0, 1, 1, 1, 2}, 3));

  CHECK(r.counts[0] == m::BrokerageCounts{1, 1, 5, 2, 9});
  CHECK(r.counts[5] == m::BrokerageCounts{0, 0, 2, 1, 3});
  const std::array<std::array<double, 6>, 7> sna_raw = {{{2, 2, 5, 5, 4, 18},
                                                         {0, 0, 0, 0, 0, 0},
                                                         {0, 0, 1, 1, 0, 2},
                                                         {0, 0, 0, 0, 0, 0},
                                                         {0, 0, 1, 1, 0, 2},
                                                         {0, 0, 2, 2, 2, 6},
                                                         {0, 0, 0, 0, 2, 2}}};
  for (g::Vertex v = 0; v < 7; ++v) {
    CHECK(sna_raw[v][2] == sna_raw[v][3]);  // b_IO = b_OI
    const auto sna = ours_order(sna_raw[v]);
    for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) {
      CHECK(m::kSnaScale[k] * static_cast<double>(r.counts[v][k]) == sna[k]);
    }
  }
  CHECK(r.graph_counts == m::BrokerageCounts{1, 1, 9, 4, 15});  // sna raw.gli: 2 2 9 9 8 30

  REQUIRE(r.density.has_value());
  CHECK_THAT(*r.density, WithinRel(3.0 / 7));
  const std::array<std::array<double, 6>, 3> exp_grp = {
      {{0.209912536443149, 0.629737609329446, 0.839650145772595, 0.839650145772595, 0.629737609329446, 3.14868804664723},
       {0.209912536443149, 0.629737609329446, 0.839650145772595, 0.839650145772595, 0.629737609329446, 3.14868804664723},
       {0, 1.259475218658892, 0, 0, 1.889212827988338, 3.14868804664723}}};
  const std::array<std::array<double, 6>, 3> sd_grp = {
      {{0.43345230414101, 0.860171954738956, 1.10522931770948, 1.10522931770948, 0.860171954738956, 2.51858597946486},
       {0.43345230414101, 0.860171954738956, 1.10522931770948, 1.10522931770948, 0.860171954738956, 2.51858597946486},
       {0, 1.216466844364808, 0, 0, 1.657843976564219, 2.51858597946486}}};
  for (std::uint32_t grp = 0; grp < 3; ++grp) {
    for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) {
      check_value(r.group_expected[grp][k], ours_order(exp_grp[grp])[k]);
      check_value(r.group_sd[grp][k], ours_order(sd_grp[grp])[k]);
    }
  }
  // z.nli (NaN = sna's 0/0: coordinator and representative are impossible for the lone C member).
  const std::array<std::array<double, 6>, 7> z_nli = {
      {{4.129837231121289, 1.593009843114915, 3.764241309531561, 3.764241309531561, 3.9181263375337054, 5.896686503634209},
       {-0.484280587362757, -0.732106651303876, -0.759706725399502, -0.759706725399502, -0.7321066513038756, -1.25018088416273},
       {-0.484280587362757, -0.732106651303876, 0.145082881586711, 0.145082881586711, -0.7321066513038756, -0.456084507740848},
       {-0.484280587362757, -0.732106651303876, -0.759706725399502, -0.759706725399502, -0.7321066513038756, -1.25018088416273},
       {-0.484280587362757, -0.732106651303876, 0.145082881586711, 0.145082881586711, -0.7321066513038756, -0.456084507740848},
       {-0.484280587362757, -0.732106651303876, 1.049872488572923, 1.049872488572923, 1.5930098431149149, 1.132108245102917},
       {kNaN, -1.035355155377491, kNaN, kNaN, 0.0668260545490304, -0.456084507740848}}};
  for (g::Vertex v = 0; v < 7; ++v) {
    INFO("vertex " << v);
    for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) check_value(r.z[v][k], ours_order(z_nli[v])[k]);
  }
  // exp.gli, sd.gli, z.gli
  const auto e_gli = ours_order({1.25947521865889, 5.03790087463557, 5.03790087463557, 5.03790087463557,
                                 5.66763848396501, 22.04081632653061});
  const auto sd_gli = ours_order({1.21646684436481, 3.03708936408779, 2.77952523373171, 2.77952523373171,
                                  2.6686563082407, 6.72116319013522});
  const auto z_gli = ours_order({0.608750484874729, -1.000267200088798, 1.42545895150771, 1.42545895150771,
                                 0.873983475816181, 1.184197355176741});
  for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) {
    check_value(r.graph_expected[k], e_gli[k]);
    check_value(r.graph_sd[k], sd_gli[k]);
    check_value(r.graph_z[k], z_gli[k]);
  }
}

TEST_CASE("brokerage: an isolate and a one-member group count as in sna", "[metrics][brokerage][sna]") {
  // 12 vertices, 4 groups: A = {0,1,2,3,11}, B = {4,5,6}, C = {7,8,9}, D = {10} (one member);
  // vertex 11 is an isolate and still counts in N and in A's size. Drawn by R:
  //   set.seed(4); m <- rgraph(12, tprob=0.3, mode="graph"); m[12,] <- 0; m[,12] <- 0
  //   b <- brokerage(m, c(1,1,1,1,2,2,2,3,3,3,4,1)); options(digits=15); b$raw.nli; b$z.nli; b$exp.gli; ...
  const auto graph = make(12, {{0, 1, 1}, {0, 3, 1}, {0, 5, 1}, {0, 8, 1}, {0, 9, 1}, {2, 6, 1}, {2, 8, 1},
                               {2, 10, 1}, {3, 4, 1}, {3, 5, 1}, {3, 10, 1}, {4, 5, 1}, {4, 7, 1}, {4, 9, 1},
                               {5, 8, 1}, {5, 10, 1}, {6, 8, 1}, {6, 9, 1}, {6, 10, 1}, {8, 9, 1}});
  const auto r = m::brokerage(graph, partition({0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 0}, 4));
  const std::array<std::array<double, 6>, 12> sna_raw = {{{2, 0, 5, 5, 2, 14},
                                                          {0, 0, 0, 0, 0, 0},
                                                          {0, 0, 0, 0, 2, 2},
                                                          {0, 0, 2, 2, 2, 6},
                                                          {0, 2, 2, 2, 4, 10},
                                                          {0, 0, 3, 3, 6, 12},
                                                          {0, 0, 0, 0, 6, 6},
                                                          {0, 0, 0, 0, 0, 0},
                                                          {0, 4, 2, 2, 4, 12},
                                                          {0, 2, 1, 1, 4, 8},
                                                          {0, 4, 0, 0, 4, 8},
                                                          {0, 0, 0, 0, 0, 0}}};
  // (b_OI, skipped, is written 0.)
  const std::array<std::array<double, 6>, 12> z_nli = {
      {{1.138454894042851, -0.790059690405707, 1.5937720388512253, 0, 0.0414695689389819, 1.38525803751613},
       {-0.709702197126591, -0.790059690405707, -0.8903059314049437, 0, -0.9956159557375655, -1.401219758240435},
       {-0.709702197126591, -0.790059690405707, -0.8903059314049437, 0, 0.0414695689389819, -1.003151501703783},
       {-0.709702197126591, -0.790059690405707, 0.103325256697524, 0, 0.0414695689389819, -0.207014988630478},
       {-0.369802879269094, 0.20074498503857, 0.5254430181696732, 0, 0.4098811813872787, 0.589121524442826},
       {-0.369802879269094, -0.994247979568203, 1.1450809306184342, 0, 1.1862014098849407, 0.987189780979478},
       {-0.369802879269094, -0.994247979568203, -0.713832806727849, 0, 1.1862014098849407, -0.207014988630478},
       {-0.369802879269094, -0.994247979568203, -0.713832806727849, 0, -1.1427592756080454, -1.401219758240435},
       {-0.369802879269094, 1.395737949645343, 0.5254430181696732, 0, 0.4098811813872787, 0.987189780979478},
       {-0.369802879269094, 0.20074498503857, -0.0941948942790879, 0, 0.4098811813872787, 0.191053267906174},
       {kNaN, 1.078851351151205, kNaN, 0, -0.2667678092376309, 0.191053267906174},
       {-0.709702197126591, -0.790059690405707, -0.8903059314049437, 0, -0.9956159557375655, -1.401219758240435}}};
  for (g::Vertex v = 0; v < 12; ++v) {
    INFO("vertex " << v);
    const auto sna = ours_order(sna_raw[v]);
    for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) {
      CHECK(m::kSnaScale[k] * static_cast<double>(r.counts[v][k]) == sna[k]);
      check_value(r.z[v][k], ours_order(z_nli[v])[k]);
    }
  }
  CHECK(r.counts[11] == m::BrokerageCounts{});
  // The one-member group: sna's exp.grp row 4 is 0, 2.048028494309486, 0, 0, 4.99206945487937, 7.04009794918886.
  check_value(r.group_expected[3][Role::coordinator], 0);
  check_value(r.group_expected[3][Role::itinerant], 2.048028494309486);
  check_value(r.group_expected[3][Role::liaison], 4.99206945487937);
  check_value(r.group_sd[3][Role::liaison], 3.71884995312781);
  // Whole graph (sums over 4 groups exercise sna's triple loop for b_O): raw.gli 2 12 15 15 34 78.
  CHECK(r.graph_counts == m::BrokerageCounts{1, 6, 15, 17, 39});
  const auto e_gli = ours_order({4.60806411219634, 15.87222083089852, 15.87222083089852, 15.87222083089852,
                                 32.25644878537441, 84.48117539026632});
  const auto sd_gli = ours_order({2.90507526100429, 6.18389561596804, 6.0683210674611, 6.0683210674611,
                                  9.33143632297228, 19.4459447000343});
  const auto z_gli = ours_order({-0.89776128942516, -0.626178233167404, -0.143733467824477, -0.143733467824477,
                                 0.186847035577287, -0.333291876030836});
  for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) {
    check_value(r.graph_expected[k], e_gli[k]);
    check_value(r.graph_sd[k], sd_gli[k]);
    check_value(r.graph_z[k], z_gli[k]);
  }
}

TEST_CASE("brokerage: awkward partitions and graphs", "[metrics][brokerage]") {
  SECTION("a single group: only coordinators; other roles have NA z-scores") {
    //   0 - 1 - 2 - 3, all in group 0: brokers 1 and 2 coordinate one pair each.
    const auto r = m::brokerage(make(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}), partition({0, 0, 0, 0}, 1));
    CHECK(r.counts[1] == m::BrokerageCounts{1, 0, 0, 0, 1});
    CHECK(r.graph_counts == m::BrokerageCounts{2, 0, 0, 0, 2});
    for (std::size_t k : {Role::itinerant, Role::representative_or_gatekeeper, Role::liaison}) {
      CHECK(*r.group_sd[0][k] == 0);
      CHECK_FALSE(r.z[1][k].has_value());
      CHECK_FALSE(r.graph_z[k].has_value());
    }
    CHECK(r.z[1][Role::coordinator].has_value());
  }
  SECTION("an empty group: kept, NA, and harmless to the others") {
    const auto graph = make(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}});
    const auto with_empty = m::brokerage(graph, partition({0, 2, 0, 2}, 3));  // group 1 has nobody
    const auto without = m::brokerage(graph, partition({0, 1, 0, 1}, 2));
    CHECK(with_empty.group_expected.size() == 3);
    CHECK_FALSE(with_empty.group_expected[1][Role::total].has_value());
    CHECK(with_empty.counts == without.counts);
    CHECK(with_empty.z == without.z);
    CHECK(with_empty.graph_z == without.graph_z);
  }
  SECTION("no ties: d = 0, every z is NA") {
    const auto r = m::brokerage(make(3, {}), partition({0, 1, 2}, 3));
    CHECK(*r.density == 0);
    CHECK_FALSE(r.z[0][Role::total].has_value());
    CHECK_FALSE(r.graph_z[Role::liaison].has_value());
  }
  SECTION("a complete graph: no open two-path, d = 1, z NA") {
    const auto r = m::brokerage(make(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}}),
                                partition({0, 0, 1, 1}, 2));
    CHECK(r.graph_counts == m::BrokerageCounts{});
    CHECK(*r.density == 1);
    CHECK_FALSE(r.z[0][Role::total].has_value());
  }
  SECTION("empty graph and a single vertex: counts, no null model (d undefined)") {
    const auto empty = m::brokerage(g::Graph(), partition({}, 2));
    CHECK(empty.counts.empty());
    CHECK_FALSE(empty.density.has_value());
    CHECK(empty.group_expected.size() == 2);
    const auto one = m::brokerage(make(1, {}), partition({0}, 1));
    CHECK(one.counts[0] == m::BrokerageCounts{});
    CHECK_FALSE(one.group_expected[0][Role::total].has_value());
    CHECK_FALSE(one.z[0][Role::total].has_value());
  }
  SECTION("self-loops and duplicate records change nothing") {
    const auto plain = m::brokerage(make(3, {{0, 1, 1}, {1, 2, 1}}), partition({0, 1, 2}, 3));
    const auto messy = m::brokerage(make(3, {{0, 1, 1}, {1, 0, 1}, {1, 1, 1}, {1, 2, 3}}), partition({0, 1, 2}, 3));
    CHECK(messy.counts == plain.counts);
    CHECK(*messy.density == *plain.density);
  }
  SECTION("a partition that does not fit the graph") {
    CHECK_THROWS_WITH(m::brokerage(make(3, {}), partition({0, 0}, 1)),
                      "brokerage: the partition has 2 vertices, the graph 3");
    CHECK_THROWS_AS(m::brokerage(make(2, {}), partition({0, 5}, 2)), reticulist::ConfigError);
  }
}

TEST_CASE("brokerage: counts equal the brute-force oracle on random graphs", "[metrics][brokerage]") {
  // Every triple (a < b, v): a and b tied to v, not to each other -> classify by the definition.
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 100; ++trial) {
    const auto n = static_cast<std::uint32_t>(1 + rng() % 12);
    const auto groups = static_cast<std::uint32_t>(1 + rng() % 4);
    std::vector<g::Edge> edges;
    std::vector<std::vector<bool>> tied(n, std::vector<bool>(n, false));
    for (g::Vertex u = 0; u < n; ++u) {
      for (g::Vertex v = u + 1; v < n; ++v) {
        if (rng() % 100 < 40) edges.push_back({u, v, 1}), tied[u][v] = tied[v][u] = true;
      }
    }
    m::Partition p{std::vector<std::uint32_t>(n), groups};
    for (auto& x : p.group) x = static_cast<std::uint32_t>(rng() % groups);
    const auto r = m::brokerage(g::graph_from_edges(n, edges), p);
    m::BrokerageCounts graph_total{};
    for (g::Vertex v = 0; v < n; ++v) {
      m::BrokerageCounts c{};
      for (g::Vertex a = 0; a < n; ++a) {
        for (g::Vertex b = a + 1; b < n; ++b) {
          if (a == v || b == v || !tied[a][v] || !tied[b][v] || tied[a][b]) continue;
          const auto ga = p.group[a], gv = p.group[v], gb = p.group[b];
          if (ga == gv && gb == gv) {
            ++c[Role::coordinator];
          } else if (ga == gb) {
            ++c[Role::itinerant];
          } else if (ga == gv || gb == gv) {
            ++c[Role::representative_or_gatekeeper];
          } else {
            ++c[Role::liaison];
          }
          ++c[Role::total];
        }
      }
      INFO("trial " << trial << " vertex " << v);
      CHECK(r.counts[v] == c);
      for (std::size_t k = 0; k < m::kBrokerageRoles; ++k) graph_total[k] += c[k];
    }
    CHECK(r.graph_counts == graph_total);
  }
}

TEST_CASE("brokerage reports one stage sized by its tie scans", "[metrics][brokerage][progress]") {
  // Triangle 0-1-2 with pendant 2-3: the closed pairs come from the triangle listing. Ranks by
  // (degree, id): 3, 0, 1, 2; ties point up the ranks: 3->2, 0->1, 0->2, 1->2. The listing scans
  // out(b) for each tie a -> b: only 0->1 finds a non-empty out(1) = {2}, 1 scan, passed on when
  // vertex 0 is done.
  reticulist::testing::RecordingProgress progress;
  const auto b = m::brokerage(make(4, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}}), partition({0, 0, 1, 1}, 2), progress);
  CHECK(b.counts[2][Role::total] == 2);  // 3 with 0 and with 1 (0 and 1 are tied)
  CHECK(progress.events() == std::vector<std::string>{"begin brokerage 1", "advance 1", "end"});
}

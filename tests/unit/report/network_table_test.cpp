// networks.csv: each network's profile from its own events, and its overlap with the others.
#include <catch2/catch.hpp>

#include "engine/report/network_table.hpp"
#include "support/model_builder.hpp"

namespace m = reticulist::model;
namespace t = reticulist::testing;

TEST_CASE("Network profile: members, reach, density, centralisation, cross-authority share, overlap",
          "[analysis][networks]") {
  // N0, day 100: 0@E0(A0), 1@E0(A0), 2@E1(A1), 3@E1(A1)    -> K4: 6 ties, 4 across (0-2 0-3 1-2 1-3)
  // N0, day 110: 0, 4 (central, A0)                          -> tie 0-4 (within A0)
  //   members 5; ties 7; density 7 / 10; degrees 0:4 1:3 2:3 3:3 4:1, max 4:
  //   centralisation (0 + 1 + 1 + 1 + 3) / (4 * 3) = 1/2; cross share 4/7
  //   brokerage (authorities as groups): only 0 brokers, on 4-0-1 (coordinator, all A0), 4-0-2 and
  //   4-0-3 (representative/gatekeeper): cross-authority brokerage 2, all of it 0's: top-3 share 1
  // N1, day 120: 2@E1(A1) alone                              -> 1 member, no tie: density NA, share NA
  // N2 has no record: no row. N0 and N1 share member 2: Jaccard 1 / 5.
  const auto ds = t::make_dataset(5, 3, 2,
                                  {{100, 0, {{0, 0, 0}, {1, 0, 0}, {2, 1, 1}, {3, 1, 1}}},
                                   {110, 0, {{0, 0, 0}, {4, m::kNone, 0}}},
                                   {120, 1, {{2, 1, 1}}}},
                                  2, {0, 1});
  auto table = reticulist::report::make_networks_table();
  const reticulist::layers::Selection all{"all", std::nullopt, reticulist::graph::all_events(ds)};
  reticulist::report::add_network_rows(table, ds, all, {});
  REQUIRE(table.row_count() == 2);
  const auto col = [&](const char* name) { return table.column_index(name); };
  CHECK(table.text(0, col("network")) == "N0");
  CHECK(table.integer(0, col("members")) == 5);
  CHECK(table.integer(0, col("establishments_reached")) == 2);
  CHECK(table.integer(0, col("authorities_reached")) == 2);
  CHECK(table.integer(0, col("events")) == 2);
  CHECK(table.integer(0, col("ties")) == 7);
  CHECK(table.real(0, col("density")) == Approx(0.7));
  CHECK(table.real(0, col("degree_centralisation")) == Approx(0.5));
  CHECK(table.real(0, col("cross_authority_share")) == Approx(4.0 / 7.0));
  CHECK(table.real(0, col("top3_brokerage_share")) == 1.0);
  CHECK(table.integer(0, col("networks_sharing_members")) == 1);
  CHECK(table.real(0, col("max_jaccard")) == Approx(0.2));
  CHECK(table.text(1, col("network")) == "N1");
  CHECK(table.integer(1, col("members")) == 1);
  CHECK(table.is_na(1, col("density")));
  CHECK(table.is_na(1, col("degree_centralisation")));
  CHECK(table.is_na(1, col("cross_authority_share")));
  CHECK(table.is_na(1, col("top3_brokerage_share")));
}

TEST_CASE("Network profile of an empty period has no rows", "[analysis][networks]") {
  const auto ds = t::make_dataset(2, 1, 1, {{100, 0, t::people({0, 1})}});
  auto table = reticulist::report::make_networks_table();
  reticulist::report::add_network_rows(table, ds, {"2030/31", std::nullopt, {}}, {});
  CHECK(table.row_count() == 0);
}

// network_pairs: pairs of networks sharing members, with both sizes and the Jaccard overlap.
#include <catch2/catch.hpp>

#include "engine/privacy/disclose.hpp"
#include "engine/report/network_pairs_table.hpp"
#include "support/model_builder.hpp"

namespace t = reticulist::testing;

TEST_CASE("Network pairs: shared members, sizes and Jaccard by hand", "[report][network_pairs]") {
  //   N0 = {0, 1, 2}   N1 = {2, 3}   N2 = {0, 2, 3, 4}   N3 = {5}   (N4 has no record)
  //   N0-N1: {2}      shared 1, members 3 and 2, Jaccard 1 / (3 + 2 - 1) = 1/4
  //   N0-N2: {0, 2}   shared 2, members 3 and 4, Jaccard 2 / (3 + 4 - 2) = 2/5
  //   N1-N2: {2, 3}   shared 2, members 2 and 4, Jaccard 2 / (2 + 4 - 2) = 1/2
  //   N3 shares no one: no row. Practitioner 0 attends N0 twice: one member.
  const auto ds = t::make_dataset(6, 5, 1,
                                  {{10, 0, t::people({0, 1, 2})},
                                   {11, 1, t::people({2, 3})},
                                   {12, 2, t::people({0, 2, 3, 4})},
                                   {13, 0, t::people({0})},
                                   {14, 3, t::people({5})}});
  auto table = reticulist::report::make_network_pairs_table();
  reticulist::report::add_network_pair_rows(table, ds, {"all", std::nullopt, reticulist::graph::all_events(ds)});
  REQUIRE(table.row_count() == 3);
  const auto col = [&](const char* name) { return table.column_index(name); };
  const char* expected[][2] = {{"N0", "N1"}, {"N0", "N2"}, {"N1", "N2"}};
  const std::int64_t shared[] = {1, 2, 2}, a[] = {3, 3, 2}, b[] = {2, 4, 4};
  const double jaccard[] = {0.25, 0.4, 0.5};
  for (std::size_t r = 0; r < 3; ++r) {
    CHECK(table.text(r, col("period")) == "all");
    CHECK(table.text(r, col("network_a")) == expected[r][0]);
    CHECK(table.text(r, col("network_b")) == expected[r][1]);
    CHECK(table.text(r, col("name_a")) == "Network " + std::string(expected[r][0]).substr(1));
    CHECK(table.integer(r, col("shared_members")) == shared[r]);
    CHECK(table.integer(r, col("members_a")) == a[r]);
    CHECK(table.integer(r, col("members_b")) == b[r]);
    CHECK(table.real(r, col("jaccard")) == Approx(jaccard[r]));
  }
  CHECK(table.column(col("shared_members")).holds == reticulist::report::Holds::PeopleCount);
  CHECK(table.column(col("name_b")).holds == reticulist::report::Holds::Detail);

  // Board view (threshold 5): every count here is 1..4 people, so all are suppressed, and the
  // Jaccard computed from them with them.
  namespace p = reticulist::privacy;
  const auto board = p::disclose(table, p::View::Board, {}).table.value();
  for (std::size_t r = 0; r < 3; ++r) {
    CHECK(board.is_suppressed(r, col("shared_members")));
    CHECK(board.is_suppressed(r, col("jaccard")));
    CHECK(board.text(r, col("network_a")) == expected[r][0]);
  }
}

TEST_CASE("Network pairs of an empty selection: no rows", "[report][network_pairs]") {
  const auto ds = t::make_dataset(2, 1, 1, {{10, 0, t::people({0, 1})}});
  auto table = reticulist::report::make_network_pairs_table();
  reticulist::report::add_network_pair_rows(table, ds, {"2030/31", std::nullopt, {}});
  CHECK(table.row_count() == 0);
}

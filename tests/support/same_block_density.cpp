#include "support/same_block_density.hpp"

#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <optional>

namespace reticulist::testing {
namespace {

bool same(std::optional<double> a, std::optional<double> b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::bit_cast<std::uint64_t>(*a) == std::bit_cast<std::uint64_t>(*b);
}

}  // namespace

void check_same_block_density(const metrics::BlockDensityResult& got, const metrics::BlockDensityResult& want) {
  CHECK(got.group_count == want.group_count);
  CHECK(got.sizes == want.sizes);
  CHECK(got.vertex_count == want.vertex_count);
  CHECK(got.tie_count == want.tie_count);
  CHECK(same(got.total_weight, want.total_weight));
  REQUIRE(got.cells.size() == want.cells.size());
  for (std::size_t i = 0; i < got.cells.size(); ++i) {
    const auto& a = got.cells[i];
    const auto& b = want.cells[i];
    INFO("cell " << a.g << "," << a.h);
    CHECK(a.g == b.g);
    CHECK(a.h == b.h);
    CHECK(a.ties == b.ties);
    CHECK(same(a.weight, b.weight));
    CHECK(a.pairs == b.pairs);
    CHECK(same(a.density, b.density));
    CHECK(same(a.expected_ties, b.expected_ties));
  }
}

}  // namespace reticulist::testing

// Column<T>: a vector that sizes without zero-filling, and otherwise initialises as std::vector.
#include "engine/model/column.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace reticulist::model {

TEST_CASE("Column initialises what it is given, and keeps values across growth", "[model][column]") {
  Column<std::uint32_t> c(3, 7);
  CHECK(c == Column<std::uint32_t>{7, 7, 7});
  c.resize(5, 9);
  CHECK(c == Column<std::uint32_t>{7, 7, 7, 9, 9});
  c.assign(2, 4);
  CHECK(c == Column<std::uint32_t>{4, 4});
  for (std::uint32_t i = 0; i < 1000; ++i) c.push_back(i);  // reallocates several times
  REQUIRE(c.size() == 1002);
  CHECK(c[0] == 4);
  CHECK(c[1001] == 999);
  // resize(n) without a value leaves new slots unset: written before they are read, as ingest does.
  c.resize(2000);
  for (std::size_t i = 1002; i < c.size(); ++i) c[i] = static_cast<std::uint32_t>(i);
  CHECK(c[1999] == 1999);
  CHECK(c[1001] == 999);
}

TEST_CASE("Column of a class type still runs its constructors", "[model][column]") {
  Column<std::string> s(2);
  CHECK(s[0].empty());
  s.emplace_back("x");
  s.resize(4, "y");
  CHECK(s == Column<std::string>{"", "", "x", "y"});
}

}  // namespace reticulist::model

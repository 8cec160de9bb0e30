#include <catch2/catch.hpp>

#include <cmath>

#include "viz/figure/value_format.hpp"

using namespace reticulist::viz;

TEST_CASE("value format: as people read numbers", "[viz][format]") {
  CHECK(format_value(12345.0, ValueFormat::Integer) == "12,345");
  CHECK(format_value(-1234.4, ValueFormat::Integer) == "-1,234");
  CHECK(format_value(0.45, ValueFormat::Percent) == "45%");
  CHECK(format_value(1.0 / 3.0, ValueFormat::Percent) == "33.3%");
  CHECK(format_value(1.0, ValueFormat::Percent) == "100%");
  CHECK(format_value(0.0123, ValueFormat::Percent) == "1.23%");
  CHECK(format_value(1.0 / 3.0, ValueFormat::Decimal) == "0.333");
  CHECK(format_value(1.981818, ValueFormat::Decimal) == "1.98");
  CHECK(format_value(22.0, ValueFormat::Decimal) == "22");
  CHECK(format_value(999.4, ValueFormat::Decimal) == "999");
  CHECK(format_value(999.5, ValueFormat::Decimal) == "1,000");   // whole from 999.5: no "1e+03"
  CHECK(format_value(12345.6, ValueFormat::Decimal) == "12,346");
  CHECK(format_value(0.0000123, ValueFormat::Decimal) == "1.23e-05");
  CHECK(format_value(std::nan(""), ValueFormat::Decimal) == "NA");
  // Changes carry their sign; a change that rounds to nothing carries none.
  CHECK(format_value(12.0, ValueFormat::SignedInteger) == "+12");
  CHECK(format_value(-3.0, ValueFormat::SignedInteger) == "-3");
  CHECK(format_value(0.2, ValueFormat::SignedInteger) == "0");
  CHECK(format_value(0.052, ValueFormat::SignedPercent) == "+5.2%");
  CHECK(format_value(-0.1, ValueFormat::SignedPercent) == "-10%");
  CHECK(format_value(0.0, ValueFormat::SignedPercent) == "0%");
  CHECK(is_signed(ValueFormat::SignedPercent));
  CHECK_FALSE(is_signed(ValueFormat::Percent));
}

// Steps of 1, 2, 2.5 or 5 x 10^k, the smallest giving at most 6 ticks:
// [0, 0.87]: raw (0.87 - 0) / 5 = 0.174, k = -1: 0.1 gives 10 ticks, 0.2 gives 0..1 = 6.
// [0, 37]: raw 7.4, k = 0: 1, 2 and 5 give 38, 20 and 9 ticks, 2.5 is not whole (counts), so
//   10 gives 0..40 = 5.
// [-0.45, 0.45]: raw 0.18, 0.1 and 0.2 give 11 and 7, 0.25 gives -0.5..0.5 = 5.
// [0, 1234]: raw 246.8, k = 2: 100, 200 too many; 250 gives 0..1250 = 6.
TEST_CASE("nice ticks", "[viz][format]") {
  const Ticks share = nice_ticks(0.0, 0.87, 6, ValueFormat::Percent);
  CHECK(share.step == Approx(0.2));
  CHECK(share.values.size() == 6);
  CHECK(share.hi == Approx(1.0));
  const Ticks people = nice_ticks(0.0, 37.0, 6, ValueFormat::Integer);
  CHECK(people.step == 10.0);
  CHECK(people.values == std::vector<double>{0.0, 10.0, 20.0, 30.0, 40.0});
  const Ticks change = nice_ticks(-0.45, 0.45, 6, ValueFormat::SignedPercent);
  CHECK(change.step == Approx(0.25));
  CHECK(change.values.size() == 5);
  CHECK(change.lo == Approx(-0.5));
  CHECK(change.values[2] == 0.0);
  CHECK(nice_ticks(0.0, 1234.0, 6, ValueFormat::Integer).values.back() == 1250.0);
  // Counts never step by less than one; an empty range is widened.
  CHECK(nice_ticks(0.0, 3.0, 6, ValueFormat::Integer).values == std::vector<double>{0.0, 1.0, 2.0, 3.0});
  CHECK(nice_ticks(0.0, 0.0, 6, ValueFormat::Decimal).hi == Approx(1.0));
}

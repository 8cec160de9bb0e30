#pragma once
// Numbers in figures, as people read them (outputs.md: three significant figures, shares as
// percentages), and the "nice" ticks of axes and colour bars.
#include <cstdint>
#include <string>
#include <vector>

namespace reticulist::viz {

enum class ValueFormat : unsigned char {
  Integer,        // 12345 -> "12,345" (rounded to whole)
  Percent,        // a share 0..1: 0.45 -> "45%", 1/3 -> "33.3%"
  Decimal,        // three significant figures: 1/3 -> "0.333", 1.981818 -> "1.98", 22 -> "22"
  SignedInteger,  // a change: +12, -3, 0
  SignedPercent,  // a change of a share: 0.052 -> "+5.2%", -0.1 -> "-10%", 0 -> "0%"
};

// The value as text. Three significant figures (Percent, Decimal and the signed percent) drop
// trailing zeros, print whole numbers from 999.5 up with thousands separators (no false zeros),
// and use scientific form below 0.0001 ("1.23e-05"). Non-finite values print "NA".
std::string format_value(double v, ValueFormat format);

// Whether the format shows a change, whose colour scale should be diverging around 0.
bool is_signed(ValueFormat format);

// Ticks for an axis or colour bar over [lo, hi]: the smallest step of 1, 2, 2.5 or 5 times a power
// of ten giving at most `max_ticks` ticks; whole steps only for integer formats. An empty range
// [v, v] is widened (to [0, 1] at 0).
struct Ticks {
  double lo = 0.0;    // the first tick: lo rounded down to a step (the axis starts here)
  double hi = 0.0;    // the last tick: hi rounded up to a step (the axis ends here)
  double step = 1.0;
  std::vector<double> values{};  // lo, lo + step, ..., hi
};
Ticks nice_ticks(double lo, double hi, int max_ticks, ValueFormat format);

}  // namespace reticulist::viz

#include "viz/figure/value_format.hpp"

#include "engine/report/format_for_people.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace reticulist::viz {
namespace {

// Whole numbers and three significant figures as everywhere people read numbers
// (engine/report/format_for_people): the terminal, the page, the workbook and the figures agree.
std::string grouped(double v) { return report::integer_for_people(std::llround(v)); }

std::string three_significant(double v) { return report::round_for_people(v); }

std::string with_sign(std::string text, double v) {
  // Rounded to zero ("0", "0%") carries no sign; a minus is already there.
  if (v > 0.0 && text.find_first_not_of("0.,%") != std::string::npos) return "+" + text;
  return text;
}

}  // namespace

std::string format_value(double v, ValueFormat format) {
  if (!std::isfinite(v)) return "NA";
  switch (format) {
    case ValueFormat::Integer: return grouped(v);
    case ValueFormat::Percent: return three_significant(v * 100.0) + "%";
    case ValueFormat::Decimal: return three_significant(v);
    case ValueFormat::SignedInteger: return with_sign(grouped(v), v);
    case ValueFormat::SignedPercent: return with_sign(three_significant(v * 100.0) + "%", v);
  }
  return three_significant(v);
}

bool is_signed(ValueFormat format) {
  return format == ValueFormat::SignedInteger || format == ValueFormat::SignedPercent;
}

Ticks nice_ticks(double lo, double hi, int max_ticks, ValueFormat format) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = hi = 0.0;
  if (hi < lo) std::swap(lo, hi);
  if (max_ticks < 2) max_ticks = 2;
  const bool whole = format == ValueFormat::Integer || format == ValueFormat::SignedInteger;
  if (hi == lo) hi = lo + (whole ? 1.0 : lo == 0.0 ? 1.0 : std::fabs(lo) * 0.1);
  // The smallest 1, 2, 2.5 or 5 x 10^k step giving at most max_ticks ticks (2.5 only where it
  // stays whole for whole numbers).
  const double raw = (hi - lo) / (max_ticks - 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power;
  for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m == 2.5 && whole && power < 10.0) continue;
    step = m * power;
    const double first = std::floor(lo / step + 1e-9), last = std::ceil(hi / step - 1e-9);
    if (last - first + 1 <= max_ticks) break;
  }
  if (whole && step < 1.0) step = 1.0;
  Ticks ticks;
  ticks.step = step;
  const auto first = static_cast<long long>(std::floor(lo / step + 1e-9));
  const auto last = static_cast<long long>(std::ceil(hi / step - 1e-9));
  for (long long k = first; k <= last; ++k) {
    const double t = static_cast<double>(k) * step;
    ticks.values.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
  }
  ticks.lo = ticks.values.front();
  ticks.hi = ticks.values.back();
  return ticks;
}

}  // namespace reticulist::viz

#include "det_math.hpp"

#include <cmath>
#include <limits>

namespace reticulist::generate {
namespace {
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (Cody and Waite).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
}  // namespace

double det_exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.78) return std::numeric_limits<double>::infinity();
  if (x < -745.13) return 0.0;
  // x = k ln2 + r with |r| <= ln2 / 2, then exp(r) by its Taylor series (r^14/14! < 1e-17).
  const double k = std::floor(x * kInvLn2 + 0.5);
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  double term = 1.0;
  double sum = 1.0;
  for (int n = 1; n <= 16; ++n) {
    term = term * r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));  // scaling by a power of two is exact
}

double det_log(double x) {
  if (std::isnan(x) || x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (std::isinf(x)) return x;
  int e = 0;
  double m = std::frexp(x, &e);  // x = m 2^e, m in [0.5, 1): exact
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    --e;
  }
  // log m = 2 atanh f with f = (m - 1) / (m + 1), |f| <= 0.172: the odd series converges fast.
  const double f = (m - 1.0) / (m + 1.0);
  const double f2 = f * f;
  double power = f;
  double series = 0.0;
  for (int n = 1; n <= 25; n += 2) {
    series += power / n;
    power *= f2;
  }
  return e * kLn2Hi + (e * kLn2Lo + 2.0 * series);
}

}  // namespace reticulist::generate

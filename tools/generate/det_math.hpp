#pragma once
// exp and log from +, -, *, / only. libm's results may differ in the last bit between
// machines (glibc picks FMA variants at run time), and one bit can flip a rounding and so a
// whole row; IEEE 754 makes the basic operations (and sqrt) exact-rounded everywhere.
// Accuracy is a few units in the last place, plenty for sampling.

namespace reticulist::generate {

double det_exp(double x);
double det_log(double x);  // x > 0
inline double det_pow(double x, double y) { return det_exp(y * det_log(x)); }  // x > 0

}  // namespace reticulist::generate

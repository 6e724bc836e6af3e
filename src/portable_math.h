// exp, log and friends from + - * / and sqrt only, so that the native build
// (glibc) and the wasm build (musl) compute bit-identical results: their libm
// functions differ in the last bits. About 1 ulp accurate, which is all the
// statistics need (they are checked against Boost to 1e-10 and better).
#pragma once

namespace funnel::math {

double exp(double x);
double expm1(double x);
double log(double x);
double log1p(double x);
double lgamma(double x);  // x > 0
double cos(double x);     // 0 <= x <= pi

}  // namespace funnel::math

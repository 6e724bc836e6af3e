// Gauss-Legendre quadrature on [0, 1].
#pragma once

#include <vector>

namespace funnel {

struct QuadratureNode {
    double at;
    double weight;
};

// 32 nodes: exact for polynomials up to degree 63, and far below 1e-6 for the
// smooth probability integrands of the confidence plan.
const std::vector<QuadratureNode>& gaussLegendre32();

}  // namespace funnel

#include "gauss_legendre.h"

#include <cmath>

#include "portable_math.h"

namespace funnel {
namespace {

// Roots of the Legendre polynomial P_n by Newton's method from Chebyshev-like
// starting points (Numerical Recipes 4.6), mapped from [-1, 1] to [0, 1].
std::vector<QuadratureNode> computeNodes(int n) {
    constexpr double kPi = 3.14159265358979323846;
    std::vector<QuadratureNode> nodes(static_cast<std::size_t>(n));
    for (int i = 0; i < (n + 1) / 2; ++i) {
        double z = math::cos(kPi * (i + 0.75) / (n + 0.5));
        double derivative = 1;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double current = 1;
            double previous = 0;
            for (int j = 1; j <= n; ++j) {
                const double older = previous;
                previous = current;
                current = ((2.0 * j - 1) * z * previous - (j - 1.0) * older) / j;
            }
            derivative = n * (z * current - previous) / (z * z - 1);
            const double step = current / derivative;
            z -= step;
            if (std::fabs(step) < 1e-15) break;
        }
        const double weight = 1 / ((1 - z * z) * derivative * derivative);  // on [0, 1]: half of 2/(...)
        nodes[static_cast<std::size_t>(i)] = {0.5 * (1 - z), weight};
        nodes[static_cast<std::size_t>(n - 1 - i)] = {0.5 * (1 + z), weight};
    }
    return nodes;
}

}  // namespace

const std::vector<QuadratureNode>& gaussLegendre32() {
    static const std::vector<QuadratureNode> nodes = computeNodes(32);
    return nodes;
}

}  // namespace funnel

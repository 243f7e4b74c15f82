/* Round lengths for scale bars and map squares. */
#include <math.h>

#include "core/internal.h"

double trygg__round_125(double v)
{
    double p = pow(10.0, floor(log10(v)));
    double best = p;
    const double steps[3] = {1, 2, 5};
    for (int i = 0; i < 3; i++)
        if (steps[i] * p <= v * (1 + 1e-9))
            best = steps[i] * p;
    return best;
}

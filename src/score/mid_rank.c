/*
 * Mid-rank percentile of one value (score/mid_rank.h).
 */
#include <math.h>

#include "score/mid_rank.h"

double trygg_percentile_mid_rank(const double *all, size_t n, double v)
{
    size_t below = 0, ties = 0, k = 0;
    if (!isfinite(v))
        return NAN;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(all[i]))
            continue;
        k++;
        below += all[i] < v;
        ties += all[i] == v;
    }
    return k ? 100.0 * ((double)below + 0.5 * (double)ties) / (double)k : NAN;
}

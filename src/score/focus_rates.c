/*
 * Rates of the focus areas against the municipality's (src/pipeline/focus.h): indirect
 * standardisation and Byar's approximation to the Poisson confidence limits.
 */
#include <math.h>

#include "score/focus_rates.h"

void trygg_poisson_ci_byar(double o, double z, double *lower, double *upper)
{
    if (o <= 0) {
        *lower = 0;
    } else {
        double t = 1 - 1 / (9 * o) - z / (3 * sqrt(o));
        *lower = t > 0 ? o * t * t * t : 0;
    }
    double u = o + 1, t = 1 - 1 / (9 * u) + z / (3 * sqrt(u));
    *upper = u * t * t * t;
}

trygg_focus_rate trygg_focus_rate_of(long count, double residents, long total_count, double total_residents,
                                     double high_ratio)
{
    trygg_focus_rate r = {.count = count, .per_1000 = NAN, .ratio = NAN, .low = NAN, .high = NAN};
    if (!(residents > 0))
        return r;
    r.per_1000 = 1000.0 * (double)count / residents;
    if (!(total_residents > 0) || total_count <= 0)
        return r;
    double expected = (double)total_count * residents / total_residents;
    double lo, hi;
    trygg_poisson_ci_byar((double)count, 1.959963984540054, &lo, &hi);
    r.ratio = (double)count / expected;
    r.low = lo / expected;
    r.high = hi / expected;
    r.elevated = r.ratio >= high_ratio && r.low > 1;
    return r;
}

/*
 * Incident rates smoothed by global empirical Bayes.
 */
#include <math.h>

#include "score/score.h"

/*
 * Marshall, R. J. (1991). Mapping disease and mortality rates using empirical Bayes estimators.
 * Applied Statistics 40(2), 283-294: the global moment estimator, the same as GeoDa's
 * "Empirical Bayes" rate smoother. With raw rates r_i = c_i / e_i over the k areas with
 * exposure e_i > 0:
 *   m  = sum c / sum e                                  (prior mean)
 *   s2 = sum e_i (r_i - m)^2 / sum e                    (weighted variance of the raw rates)
 *   A  = max(0, s2 - m / (sum e / k))                   (prior variance; eq. for phi, truncated at 0)
 *   w_i = A / (A + m / e_i)                             (shrinkage weight)
 *   EB_i = w_i r_i + (1 - w_i) m
 * Areas without exposure (e_i <= 0, or a non-finite count or exposure) carry no information
 * and get the prior mean m; they do not enter the sums. When every count is zero (m = 0), or
 * no area has exposure, all rates are 0.
 */
void trygg_eb_rates(const double *counts, const double *exposure, size_t n, double *out)
{
    double sum_c = 0.0, sum_e = 0.0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (exposure[i] > 0.0 && isfinite(exposure[i]) && isfinite(counts[i])) {
            sum_c += counts[i];
            sum_e += exposure[i];
            k++;
        }
    }
    double m = (k > 0 && sum_e > 0.0) ? sum_c / sum_e : 0.0;
    if (!(m > 0.0))
        m = 0.0;

    double ss = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (exposure[i] > 0.0 && isfinite(exposure[i]) && isfinite(counts[i])) {
            double r = counts[i] / exposure[i];
            ss += exposure[i] * (r - m) * (r - m);
        }
    }
    double s2 = sum_e > 0.0 ? ss / sum_e : 0.0;
    double a = k > 0 ? s2 - m / (sum_e / (double)k) : 0.0;
    if (!(a > 0.0) || m == 0.0) /* also m = 0: nothing to smooth towards, every rate is 0 */
        a = 0.0;

    for (size_t i = 0; i < n; i++) {
        if (exposure[i] > 0.0 && isfinite(exposure[i]) && isfinite(counts[i])) {
            double r = counts[i] / exposure[i];
            double w = a > 0.0 ? a / (a + m / exposure[i]) : 0.0;
            out[i] = w * r + (1.0 - w) * m;
        } else {
            out[i] = m;
        }
    }
}

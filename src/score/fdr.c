/*
 * False discovery rate control and hotspot confidence classes.
 *
 * Benjamini, Y. & Hochberg, Y. (1995) Controlling the false discovery rate: a practical and
 * powerful approach to multiple testing. J. R. Statist. Soc. B 57(1), 289-300: reject
 * H_(1..k) for the largest k with p_(k) <= k alpha / m. The adjusted p-values ("q-values",
 * Yekutieli & Benjamini 1999; R's p.adjust(method = "BH")) q_(i) = min_{j >= i} min(1, m p_(j) / j)
 * turn this into a per-test number: H_(i) is rejected at level alpha exactly when q_(i) <= alpha.
 *
 * Classes follow ArcGIS Pro's Hot Spot Analysis (Getis-Ord Gi*) output field Gi_Bin: +-3, +-2,
 * +-1 for 99, 95, 90 % confidence; with its FDR option the confidence levels are those at
 * which the BH procedure (run at alpha = 0.01, 0.05, 0.10) rejects the cell.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/stats.h"

void trygg_fdr_bh(const double *p, size_t n, double *q)
{
    trygg__keyed *s = trygg__xmalloc((n ? n : 1) * sizeof *s), *t = trygg__xmalloc((n ? n : 1) * sizeof *t);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!isnan(p[i]))
            s[m++] = (trygg__keyed){trygg__order_bits(p[i]), i};
    /* ascending p, ties by position (stable): a total order, deterministic; the q-values do not
     * depend on the order among ties */
    trygg__radix_sort(s, t, m);
    free(t);
    for (size_t i = 0; i < n; i++)
        if (isnan(p[i]))
            q[i] = NAN;
    /* Step up from the largest p: running minimum of m p_(j) / j. */
    double run = 1.0;
    for (size_t k = m; k-- > 0;) {
        double v = (double)m * p[s[k].i] / (double)(k + 1);
        if (v < run)
            run = v;
        q[s[k].i] = run;
    }
    free(s);
}

int trygg_hotspot_class(double z, double p)
{
    if (!(p <= 0.10) || isnan(z) || z == 0)
        return 0;
    int level = p <= 0.01 ? 3 : p <= 0.05 ? 2 : 1;
    return z > 0 ? level : -level;
}

void trygg_hotspot_classes(const double *z, const double *p, size_t n, bool fdr, int *cls, double *q)
{
    double *qq = trygg__xmalloc((n ? n : 1) * sizeof *qq);
    if (fdr)
        trygg_fdr_bh(p, n, qq);
    else
        for (size_t i = 0; i < n; i++)
            qq[i] = p[i];
    for (size_t i = 0; i < n; i++) {
        cls[i] = trygg_hotspot_class(z[i], qq[i]);
        if (q)
            q[i] = qq[i];
    }
    free(qq);
}

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

typedef struct {
    uint64_t key; /* the p-value's bits, ordered as the values are */
    size_t i;
} p_ix;

/* Bits of a double that sort as unsigned integers in the order of the values (sign bit flipped
 * for positives, all bits for negatives; -0 before +0). */
static uint64_t order_bits(double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return u >> 63 ? ~u : u | (uint64_t)1 << 63;
}

/* LSD radix sort of s[0..m) by key, a byte at a time, skipping bytes all keys share (p-values
 * in [0, 1] share their top bits); t is scratch of m. Stable, so ties keep their positions. */
static void radix_sort(p_ix *s, p_ix *t, size_t m)
{
    for (int shift = 0; shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t k = 0; k < m; k++)
            count[((s[k].key >> shift) & 255) + 1]++;
        bool one = false;
        for (int d = 1; d <= 256 && !one; d++)
            one = count[d] == m;
        if (one)
            continue;
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (size_t k = 0; k < m; k++)
            t[count[(s[k].key >> shift) & 255]++] = s[k];
        memcpy(s, t, m * sizeof *s);
    }
}

void trygg_fdr_bh(const double *p, size_t n, double *q)
{
    p_ix *s = trygg__xmalloc((n ? n : 1) * sizeof *s), *t = trygg__xmalloc((n ? n : 1) * sizeof *t);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!isnan(p[i]))
            s[m++] = (p_ix){order_bits(p[i]), i};
    /* ascending p, ties by position (stable): a total order, deterministic; the q-values do not
     * depend on the order among ties */
    radix_sort(s, t, m);
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

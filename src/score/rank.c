/*
 * Percentile ranks and weighted combination of score components.
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/score.h"

typedef struct {
    double v;
    size_t i;
} keyed;

static int keyed_cmp(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->v < y->v)
        return -1;
    if (x->v > y->v)
        return 1;
    /* Index as the tie-break so the sort order does not depend on qsort's stability. */
    return (x->i > y->i) - (x->i < y->i);
}

/*
 * Percentile rank with mid-ranks for ties (the "mean" kind of scipy.stats.percentileofscore,
 * rescaled so that the lowest value is 0 and the highest 100): for a value with `less` values
 * below it and `equal` values equal to it (itself included) among the N non-NAN values,
 * 100 * (less + (equal - 1) / 2) / (N - 1). A single value gives 50.
 */
void trygg_percentile_ranks(const double *values, size_t n, double *out)
{
    keyed *k = NULL;
    size_t nk = 0;
    if (n == 0)
        goto done;
    k = trygg__xmalloc(n * sizeof *k);
    for (size_t i = 0; i < n; i++) {
        if (isnan(values[i]))
            out[i] = NAN;
        else
            k[nk++] = (keyed){values[i], i};
    }
    if (nk == 0)
        goto done;
    if (nk == 1) {
        out[k[0].i] = 50.0;
        goto done;
    }
    qsort(k, nk, sizeof *k, keyed_cmp);
    for (size_t a = 0; a < nk;) {
        size_t b = a + 1;
        while (b < nk && k[b].v == k[a].v)
            b++;
        double pct = 100.0 * ((double)a + (double)(b - a - 1) / 2.0) / (double)(nk - 1);
        for (size_t j = a; j < b; j++)
            out[k[j].i] = pct;
        a = b;
    }
done:
    free(k);
}

void trygg_combine(const trygg_component *comps, size_t ncomps, size_t nplaces, double *out)
{
    for (size_t i = 0; i < nplaces; i++) {
        double sw = 0.0, s = 0.0;
        for (size_t c = 0; c < ncomps; c++) {
            if (!(comps[c].weight > 0.0) || !comps[c].pct || isnan(comps[c].pct[i]))
                continue;
            sw += comps[c].weight;
            s += comps[c].weight * comps[c].pct[i];
        }
        out[i] = sw > 0.0 ? s / sw : NAN;
    }
}

/*
 * Gi* p-values from the conditional randomisation null without Monte Carlo sampling per cell
 * (the method: src/score/gistar_exact.c; docs/NOTES.md, "Hotspots"). This file sorts the
 * cells into the classes that share a null and picks the exact distribution or, where that
 * would cost too much or the values are not integers, draws shared by each class.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/gistar_null.h"
#include "score/stats.h"

static double exact_max_cost = 4e9;
static uint64_t shared_hits = 10000, shared_max_draws = 100000000;

void trygg__gistar_exact_limits(double max_cost, uint64_t hits, uint64_t max_draws)
{
    exact_max_cost = max_cost;
    shared_hits = hits;
    shared_max_draws = max_draws;
}

static void classes_fini(trygg__null_classes *nc)
{
    free(nc->v);
    free(nc->c);
    free(nc->T);
    free(nc->first);
    free(nc->cell);
    free(nc->k);
    free(nc->thr);
    free(nc->hot);
}

typedef struct {
    size_t key, cell;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->cell > y->cell) - (x->cell < y->cell);
}

/* Cells in ascending order of their shifted value sv (ties by cell index). */
static void order_by_value(const size_t *sv, size_t n, size_t range, size_t *cell)
{
    if (range <= 4 * n + 64) { /* counting sort: the usual case of counts */
        size_t *start = trygg__xcalloc(range + 2, sizeof *start);
        for (size_t i = 0; i < n; i++)
            start[sv[i] + 1]++;
        for (size_t v = 0; v <= range; v++)
            start[v + 1] += start[v];
        for (size_t i = 0; i < n; i++)
            cell[start[sv[i]]++] = i;
        free(start);
        return;
    }
    keyed *kv = trygg__xmalloc(n * sizeof *kv);
    for (size_t i = 0; i < n; i++)
        kv[i] = (keyed){sv[i], i};
    qsort(kv, n, sizeof *kv, cmp_keyed);
    for (size_t i = 0; i < n; i++)
        cell[i] = kv[i].cell;
    free(kv);
}

static void classes_build(const trygg_gistar_lags *l, const double *x, const double *z, double xmin, double xmax,
                          trygg__null_classes *nc)
{
    size_t n = l->n;
    size_t *sv = trygg__xmalloc(n * sizeof *sv);
    for (size_t i = 0; i < n; i++)
        sv[i] = (size_t)(x[i] - xmin);
    nc->n = n;
    nc->cell = trygg__xmalloc(n * sizeof *nc->cell);
    order_by_value(sv, n, (size_t)(xmax - xmin), nc->cell);
    nc->k = trygg__xmalloc(n * sizeof *nc->k);
    nc->thr = trygg__xmalloc(n * sizeof *nc->thr);
    nc->hot = trygg__xmalloc(n * sizeof *nc->hot);
    nc->K = 0;
    for (size_t i = 0; i < n; i++) {
        /* The shifted sum of the neighbourhood, exact: integer values whose sums stay below 2^53. */
        size_t deg = l->deg[i], s = (size_t)(l->lag[i] - (double)deg * xmin);
        nc->k[i] = deg ? deg - 1 : 0; /* the weights include i itself */
        nc->thr[i] = deg ? s - sv[i] : 0;
        nc->hot[i] = z[i] >= 0;
        nc->K = nc->k[i] > nc->K ? nc->k[i] : nc->K;
    }
    size_t D = 0;
    for (size_t q = 0; q < n; q++)
        D += q == 0 || sv[nc->cell[q]] != sv[nc->cell[q - 1]];
    nc->D = D;
    nc->v = trygg__xmalloc(D * sizeof *nc->v);
    nc->c = trygg__xmalloc(D * sizeof *nc->c);
    nc->T = trygg__xmalloc(D * sizeof *nc->T);
    nc->first = trygg__xmalloc((D + 1) * sizeof *nc->first);
    size_t u = 0;
    for (size_t q = 0; q < n; q++) {
        size_t i = nc->cell[q];
        if (q > 0 && sv[i] != sv[nc->cell[q - 1]])
            u++;
        if (q == 0 || sv[i] != sv[nc->cell[q - 1]]) {
            nc->v[u] = sv[i];
            nc->c[u] = 0;
            nc->T[u] = 1;
            nc->first[u] = q;
        }
        nc->c[u]++;
        if (nc->k[i] > 0 && nc->thr[i] + 1 > nc->T[u])
            nc->T[u] = nc->thr[i] + 1;
    }
    nc->first[D] = n;
    free(sv);
}

trygg_status trygg_gistar_p_exact(trygg_ctx *ctx, const trygg_neighbours *w, const double *x, const double *z,
                                  uint64_t seed, double *p, bool *exact)
{
    trygg_gistar_lags l = {0};
    trygg_gistar_lags_of(w, x, &l);
    trygg_status st = trygg_gistar_p_exact_lags(ctx, &l, x, z, seed, p, exact);
    trygg_gistar_lags_fini(&l);
    return st;
}

trygg_status trygg_gistar_p_exact_lags(trygg_ctx *ctx, const trygg_gistar_lags *l, const double *x,
                                       const double *z, uint64_t seed, double *p, bool *exact)
{
    size_t n = l->n;
    if (n < 2)
        return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: %zu cells, at least 2 are needed", n);
    if (n >= UINT32_MAX)
        return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: %zu cells exceed the limit of 2^32 - 1", n);
    double xmin = INFINITY, xmax = -INFINITY;
    bool integral = true;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(x[i]))
            return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: the value of cell %zu is not a finite number", i);
        xmin = x[i] < xmin ? x[i] : xmin;
        xmax = x[i] > xmax ? x[i] : xmax;
        integral = integral && x[i] == nearbyint(x[i]);
    }
    double xabs = fmax(fabs(xmin), fabs(xmax));
    if (xmin == xmax) { /* nothing varies: nothing to test (z = 0 everywhere) */
        for (size_t i = 0; i < n; i++)
            p[i] = 1.0;
        if (exact)
            *exact = true;
        return TRYGG_OK;
    }
    /* Shifted integer sums must stay exact in size_t (n (xmax - xmin) < 2^53), and so must the
     * lags they are taken from (n max |x| < 2^53). */
    bool use_exact = integral && (xmax - xmin) * (double)n < 9007199254740992.0 && xabs * (double)n < 9007199254740992.0;
    trygg__null_classes nc = {0};
    if (use_exact) {
        classes_build(l, x, z, xmin, xmax, &nc);
        /* The tables: about 2 log2(D) + 4 of (K + 1) x (T + 1) doubles; a quarter of a GiB at most. */
        size_t Tmax = 0;
        for (size_t u = 0; u < nc.D; u++)
            Tmax = nc.T[u] > Tmax ? nc.T[u] : Tmax;
        double tables = 2.0 * (log2((double)nc.D + 1.0) + 4.0), bytes = tables * (double)(nc.K + 1) *
                                                                        ((double)Tmax + 1.0) * sizeof(double);
        use_exact = trygg__null_exact_cost(&nc) <= exact_max_cost && bytes <= 268435456.0;
    }
    if (use_exact)
        trygg__null_exact_p(&nc, p);
    else
        trygg__null_shared_p(l, x, z, seed, shared_hits, shared_max_draws, p);
    classes_fini(&nc);
    if (exact)
        *exact = use_exact;
    return TRYGG_OK;
}

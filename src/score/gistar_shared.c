/*
 * Gi*'s conditional randomisation null by draws shared within each (k_i, x_i) class: the
 * fallback of trygg_gistar_p_exact for values that are not integers or grids whose exact
 * tables would cost too much.
 *
 * The null of cell i (Anselin 1995, "Inference"; esda's crand) is the sum of k_i values drawn
 * without replacement from the other n - 1 values, so it depends on (k_i, x_i) only: one stream
 * of draws serves every cell of the class, each with its own threshold (esda's crand shares its
 * random draws across cells of equal cardinality in the same spirit). A class draws until its
 * most extreme cell has seen `hits` permuted sums as extreme as its own (the sequential stopping
 * of Besag & Clifford 1991, Biometrika 78(2), 301-304, here with a large h so that the
 * estimate's relative standard error, about 1 / sqrt(h), is 1 % at h = 10^4) or max_draws were
 * made (10^8 draws give a 1 % relative error at p = 1e-4). p = (M + 1) / (R + 1) (Hope 1968).
 * Draws: a partial Fisher-Yates shuffle (Knuth, TAOCP vol. 2, 3.4.2, algorithm P) over the
 * pool, undone after each draw; random numbers from src/score/xoshiro.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/gistar_null.h"
#include "score/xoshiro.h"

typedef struct {
    double x;
    size_t k, cell;
} member;

static int cmp_member(const void *a, const void *b)
{
    const member *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    if (p->k != q->k)
        return p->k < q->k ? -1 : 1;
    return (p->cell > q->cell) - (p->cell < q->cell);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Thresholds are sorted ascending: how many are <= v. */
static size_t count_le(const double *t, size_t n, double v)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* How many are < v. */
static size_t count_lt(const double *t, size_t n, double v)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

typedef struct {
    double thr;
    size_t cell;
} tcell;

static int cmp_tcell(const void *a, const void *b)
{
    const tcell *p = a, *q = b;
    if (p->thr != q->thr)
        return p->thr < q->thr ? -1 : 1;
    return (p->cell > q->cell) - (p->cell < q->cell);
}

void trygg__null_shared_p(const trygg_gistar_lags *l, const double *x, const double *z, uint64_t seed,
                          uint64_t hits, uint64_t max_draws, double *p)
{
    size_t n = l->n;
    member *m = trygg__xmalloc(n * sizeof *m);
    double *pool = trygg__xmalloc(n * sizeof *pool);
    tcell *hot = trygg__xmalloc(n * sizeof *hot), *cold = trygg__xmalloc(n * sizeof *cold);
    double *th = trygg__xmalloc(n * sizeof *th), *tc = trygg__xmalloc(n * sizeof *tc);
    uint64_t *hd = trygg__xmalloc((n + 1) * sizeof *hd), *cd = trygg__xmalloc((n + 1) * sizeof *cd);
    size_t *swaps = NULL;
    double sumabs = 0;
    size_t K = 0;
    for (size_t i = 0; i < n; i++) {
        size_t deg = l->deg[i];
        m[i] = (member){x[i], deg ? deg - 1 : 0, i};
        K = m[i].k > K ? m[i].k : K;
        pool[i] = x[i];
        sumabs += fabs(x[i]);
    }
    double tol = 1e-12 * (sumabs + 1.0); /* sums within tol of the observed count as equal */
    swaps = trygg__xmalloc((K + 1) * sizeof *swaps);
    qsort(m, n, sizeof *m, cmp_member);
    qsort(pool, n, sizeof *pool, cmp_double);
    uint64_t group = 0;
    for (size_t g0 = 0; g0 < n; group++) {
        size_t g1 = g0 + 1;
        while (g1 < n && m[g1].x == m[g0].x && m[g1].k == m[g0].k)
            g1++;
        size_t k = m[g0].k, nh = 0, nc = 0;
        if (k == 0) {
            for (size_t q = g0; q < g1; q++)
                p[m[q].cell] = 1.0;
            g0 = g1;
            continue;
        }
        for (size_t q = g0; q < g1; q++) {
            size_t i = m[q].cell;
            tcell tcv = {l->lag[i] - x[i], i};
            if (z[i] >= 0)
                hot[nh++] = tcv;
            else
                cold[nc++] = tcv;
        }
        qsort(hot, nh, sizeof *hot, cmp_tcell);
        qsort(cold, nc, sizeof *cold, cmp_tcell);
        for (size_t q = 0; q < nh; q++)
            th[q] = hot[q].thr;
        for (size_t q = 0; q < nc; q++)
            tc[q] = cold[q].thr;
        memset(hd, 0, (nh + 1) * sizeof *hd);
        memset(cd, 0, (nc + 1) * sizeof *cd);
        /* One copy of x_i leaves the pool: move it to the last slot. */
        size_t at = count_lt(pool, n, m[g0].x);
        double keep = pool[n - 1];
        pool[n - 1] = pool[at];
        pool[at] = keep;
        uint32_t size = (uint32_t)(n - 1);
        trygg__xoshiro rng;
        trygg__xoshiro_seed(&rng, seed, group);
        uint64_t R = 0;
        for (;;) {
            for (int b = 0; b < 1024; b++) {
                double s = 0;
                for (size_t t = 0; t < k; t++) {
                    size_t j = t + trygg__bounded(&rng, size - (uint32_t)t);
                    double v = pool[j];
                    pool[j] = pool[t];
                    pool[t] = v;
                    swaps[t] = j;
                    s += v;
                }
                for (size_t t = k; t-- > 0;) {
                    size_t j = swaps[t];
                    double v = pool[j];
                    pool[j] = pool[t];
                    pool[t] = v;
                }
                /* hot cell q is hit when s >= th[q] - tol; cold cell q when s <= tc[q] + tol */
                hd[count_le(th, nh, s + tol)]++;
                cd[count_lt(tc, nc, s - tol)]++;
            }
            R += 1024;
            if (R >= max_draws || ((nh == 0 || hd[nh] >= hits) && (nc == 0 || cd[0] >= hits)))
                break;
        }
        pool[at] = pool[n - 1];
        pool[n - 1] = keep;
        /* hits of hot q: draws with index > q; of cold q: draws with index <= q */
        uint64_t acc = 0;
        for (size_t q = nh; q-- > 0;) {
            acc += hd[q + 1];
            p[hot[q].cell] = ((double)acc + 1.0) / ((double)R + 1.0);
        }
        acc = 0;
        for (size_t q = 0; q < nc; q++) {
            acc += cd[q];
            p[cold[q].cell] = ((double)acc + 1.0) / ((double)R + 1.0);
        }
        g0 = g1;
    }
    free(m);
    free(pool);
    free(hot);
    free(cold);
    free(th);
    free(tc);
    free(hd);
    free(cd);
    free(swaps);
}

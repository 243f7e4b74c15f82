/*
 * Getis-Ord Gi* local statistic with binary distance-band weights.
 *
 * Getis, A. & Ord, J.K. (1992) The analysis of spatial association by use of distance
 * statistics. Geographical Analysis 24(3), 189-206. Ord, J.K. & Getis, A. (1995) Local spatial
 * autocorrelation statistics: distributional issues and an application. Geographical Analysis
 * 27(4), 286-306, eq. 14 (the standardised Gi*, weights including i itself):
 *   Gi* = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n S1_i - W_i^2) / (n - 1)))
 * with W_i = sum_j w_ij, S1_i = sum_j w_ij^2, xbar = sum_j x_j / n, S^2 = sum_j x_j^2 / n - xbar^2.
 * The same form is PySAL esda's G_Local(star=True) (Rey & Anselin 2007, esda/getisord.py).
 *
 * Conditional permutation inference follows Anselin (1995), Local indicators of spatial
 * association - LISA, Geographical Analysis 27(2), 93-115, section "Inference", as implemented
 * in esda (crand): x_i is held fixed and the neighbours' values are a random sample without
 * replacement of the other n - 1 values. Samples are drawn by a partial Fisher-Yates shuffle
 * (Knuth, TAOCP vol. 2, 3.4.2, algorithm P) on an index array that is restored after every
 * draw, so each cell's result depends only on its own random stream.
 *
 * Random numbers: src/score/xoshiro.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "index/buckets.h"
#include "score/stats.h"
#include "score/xoshiro.h"

double trygg_normal_p_two_sided(double z)
{
    /* P(|Z| >= |z|) = 2 (1 - Phi(|z|)) = erfc(|z| / sqrt 2); erfc keeps the tail accurate for
     * large |z| where 1 - Phi would cancel. */
    if (isnan(z))
        return NAN;
    return erfc(fabs(z) / M_SQRT2);
}

void trygg_neighbours_fini(trygg_neighbours *w)
{
    if (!w)
        return;
    free(w->start);
    free(w->nbr);
    memset(w, 0, sizeof *w);
}

/* The candidates of one point: the runs of bucket positions that trygg__buckets_around finds. */
typedef struct {
    const trygg__buckets *b;
    const double *xy;
    double x, y, lim;
    trygg_neighbours *w;
    size_t m, cap;
} band_query;

static void band_run(void *user, size_t q0, size_t q1)
{
    band_query *bq = user;
    trygg__grow((void **)&bq->w->nbr, &bq->cap, bq->m + (q1 - q0) + 1, sizeof *bq->w->nbr);
    for (size_t q = q0; q < q1; q++) {
        size_t j = bq->b->id[q];
        double dx = bq->xy[2 * j] - bq->x, dy = bq->xy[2 * j + 1] - bq->y;
        if (dx * dx + dy * dy <= bq->lim)
            bq->w->nbr[bq->m++] = j;
    }
}

trygg_status trygg_neighbours_band(trygg_ctx *ctx, const double *xy, size_t n, double band_m, trygg_neighbours *out)
{
    trygg_status st = TRYGG_OK;
    trygg_neighbours w = {0};
    trygg__buckets b = {0};
    if (!(isfinite(band_m) && band_m > 0)) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "distance band %g m is not a positive number", band_m);
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if (!isfinite(xy[2 * i]) || !isfinite(xy[2 * i + 1])) {
            st = trygg__fail(ctx, TRYGG_E_DATA, "distance band: point %zu has a non-finite coordinate", i);
            goto done;
        }
    /* A fixed radius over points: buckets of the band's size (src/index/buckets.h), a hair
     * larger so that pairs at the band distance plus the rounding tolerance below are never two
     * buckets apart. */
    if (!trygg__buckets_init(&b, xy, n, band_m * (1.0 + 1e-6))) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "distance band %g m is too small for the extent of the points", band_m);
        goto done;
    }
    w.n = n;
    w.start = trygg__xmalloc((n + 1) * sizeof *w.start);
    w.start[0] = 0;
    band_query bq = {&b, xy, 0, 0, band_m * band_m * (1.0 + 1e-9), &w, 0, 0};
    for (size_t i = 0; i < n; i++) {
        size_t first = bq.m;
        bq.x = xy[2 * i], bq.y = xy[2 * i + 1];
        trygg__buckets_around(&b, bq.x, bq.y, band_run, &bq);
        /* The contract: ascending. Insertion sort: a few dozen ids, ascending within each row of
         * buckets already. */
        for (size_t q = first + 1; q < bq.m; q++) {
            size_t v = w.nbr[q], r = q;
            for (; r > first && w.nbr[r - 1] > v; r--)
                w.nbr[r] = w.nbr[r - 1];
            w.nbr[r] = v;
        }
        w.start[i + 1] = bq.m;
    }
done:
    trygg__buckets_fini(&b);
    if (st == TRYGG_OK)
        *out = w;
    else
        trygg_neighbours_fini(&w);
    return st;
}

/* ---- Gi* ---- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct {
    const trygg_neighbours *w;
    const double *x;
    const double *z;
    unsigned R;
    uint64_t seed;
    size_t block;
    double tol; /* ties: sums within tol of the observed count as equal */
    double *p_perm;
    /* perm_block_sparse: the distinct values ascending and cum[b] = how many cells have a value
     * below vals[b] (cum[D] = n). */
    const double *vals;
    const uint32_t *cum;
    uint32_t D;
} perm_job;

/* The dense array is faster while it fits in the per-core cache (trygg__gistar_dense_limit). */
/* Extreme permuted sums after which a large grid's cell stops drawing (Besag & Clifford 1991
 * suggest 10 to 20). */
#define SEQ_H 20

/* Conditional permutations of cell i's neighbours: a partial Fisher-Yates shuffle over the
 * cells other than i (all of them in the array `a`, undone after every draw). */
static void perm_block_dense(size_t b, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    const perm_job *job = user;
    const trygg_neighbours *w = job->w;
    size_t n = w->n;
    size_t end = (b + 1) * job->block < n ? (b + 1) * job->block : n;
    size_t maxk = 0;
    for (size_t i = b * job->block; i < end; i++) {
        size_t k = w->start[i + 1] - w->start[i];
        maxk = k > maxk ? k : maxk;
    }
    /* Identity index array, restored after every draw. */
    uint32_t *a = trygg__xmalloc(n * sizeof *a);
    uint32_t *swaps = trygg__xmalloc((maxk ? maxk : 1) * sizeof *swaps);
    for (size_t j = 0; j < n; j++)
        a[j] = (uint32_t)j;
    for (size_t i = b * job->block; i < end; i++) {
        size_t deg = w->start[i + 1] - w->start[i];
        size_t k = deg ? deg - 1 : 0; /* neighbours other than i */
        double obs = 0;
        for (size_t t = w->start[i]; t < w->start[i + 1]; t++)
            obs += job->x[w->nbr[t]];
        if (k == 0) { /* every permuted sum is x_i itself: M = R */
            job->p_perm[i] = 1.0;
            continue;
        }
        bool hot = job->z[i] >= 0;
        double xi = job->x[i];
        /* Move i to the last slot: the pool is the first n - 1 slots, the other cells. */
        a[i] = (uint32_t)(n - 1);
        a[n - 1] = (uint32_t)i;
        trygg__xoshiro rng;
        trygg__xoshiro_seed(&rng, job->seed, i);
        unsigned extreme = 0;
        uint32_t pool = (uint32_t)(n - 1);
        for (unsigned r = 0; r < job->R; r++) {
            double s = xi;
            for (size_t t = 0; t < k; t++) {
                uint32_t j = (uint32_t)t + trygg__bounded(&rng, pool - (uint32_t)t);
                uint32_t v = a[j];
                a[j] = a[t];
                a[t] = v;
                swaps[t] = j;
                s += job->x[v];
            }
            for (size_t t = k; t-- > 0;) {
                uint32_t j = swaps[t], v = a[j];
                a[j] = a[t];
                a[t] = v;
            }
            extreme += hot ? s >= obs - job->tol : s <= obs + job->tol;
        }
        a[n - 1] = (uint32_t)(n - 1);
        a[i] = (uint32_t)i;
        /* Pseudo p-value (M + 1) / (R + 1) (Hope 1968; esda's p_sim). */
        job->p_perm[i] = (extreme + 1.0) / (job->R + 1.0);
    }
    free(a);
    free(swaps);
}

/* The same conditional permutation for grids too large for the caches, where perm_block_dense
 * spends its time waiting for x[] and a[]. The cells are taken in order of their value: pool
 * position p (0 .. n-2, the cells other than i) is the p-th value in ascending order with one
 * copy of x_i left out, found by a binary search over the few distinct values (L1 cache). The
 * shuffle over positions keeps only the slots a draw displaces, in a small hash map. Each draw is
 * a uniform sample of k of the other n - 1 cells without replacement, as in the dense version;
 * which cells a given random stream picks differs, so p-values agree within Monte Carlo error
 * (tested), not bit for bit. */
typedef struct {
    uint32_t *key, *val;
    uint32_t mask;
} slot_map;

static uint32_t slot_find(const slot_map *m, uint32_t p)
{
    uint32_t h = (p * 2654435761u) & m->mask; /* Knuth's multiplicative hash */
    while (m->key[h] != UINT32_MAX && m->key[h] != p)
        h = (h + 1) & m->mask;
    return h;
}

static void perm_block_sparse(size_t b, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    const perm_job *job = user;
    const trygg_neighbours *w = job->w;
    size_t n = w->n;
    size_t end = (b + 1) * job->block < n ? (b + 1) * job->block : n;
    size_t maxk = 0;
    for (size_t i = b * job->block; i < end; i++) {
        size_t k = w->start[i + 1] - w->start[i];
        maxk = k > maxk ? k : maxk;
    }
    uint32_t cap = 64;
    while (cap < 4 * maxk)
        cap *= 2;
    slot_map m = {trygg__xmalloc(cap * sizeof *m.key), trygg__xmalloc(cap * sizeof *m.val), cap - 1};
    uint32_t *used = trygg__xmalloc((maxk + 1) * sizeof *used); /* map slots filled in this draw */
    for (uint32_t h = 0; h < cap; h++)
        m.key[h] = UINT32_MAX;
    for (size_t i = b * job->block; i < end; i++) {
        size_t deg = w->start[i + 1] - w->start[i];
        size_t k = deg ? deg - 1 : 0; /* neighbours other than i */
        double obs = 0;
        for (size_t t = w->start[i]; t < w->start[i + 1]; t++)
            obs += job->x[w->nbr[t]];
        if (k == 0) { /* every permuted sum is x_i itself: M = R */
            job->p_perm[i] = 1.0;
            continue;
        }
        bool hot = job->z[i] >= 0;
        double xi = job->x[i];
        /* x_i's bucket; its last copy in value order is the one left out of the pool. */
        uint32_t lo = 0, hi = job->D - 1;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (job->vals[mid] < xi)
                lo = mid + 1;
            else
                hi = mid;
        }
        uint32_t skip = job->cum[lo + 1] - 1, pool = (uint32_t)(n - 1);
        trygg__xoshiro rng;
        trygg__xoshiro_seed(&rng, job->seed, i);
        unsigned extreme = 0, stopped_at = 0;
        for (unsigned r = 0; r < job->R; r++) {
            double s = xi;
            size_t nused = 0;
            for (size_t t = 0; t < k; t++) {
                uint32_t j = (uint32_t)t + trygg__bounded(&rng, pool - (uint32_t)t);
                uint32_t hj = slot_find(&m, j), ht = slot_find(&m, (uint32_t)t);
                uint32_t v = m.key[hj] == j ? m.val[hj] : j;
                uint32_t at = m.key[ht] == t ? m.val[ht] : (uint32_t)t;
                /* Slot t is never drawn again in this permutation, so only slot j keeps a[t]. */
                if (m.key[hj] != j) {
                    m.key[hj] = j;
                    used[nused++] = hj;
                }
                m.val[hj] = at;
                uint32_t g = v < skip ? v : v + 1; /* position among all n values */
                uint32_t b0 = 0, b1 = job->D; /* the bucket b with cum[b] <= g < cum[b + 1] */
                while (b1 - b0 > 1) {
                    uint32_t mid = (b0 + b1) / 2;
                    if (job->cum[mid] <= g)
                        b0 = mid;
                    else
                        b1 = mid;
                }
                s += job->vals[b0];
            }
            for (size_t u = 0; u < nused; u++)
                m.key[used[u]] = UINT32_MAX;
            extreme += hot ? s >= obs - job->tol : s <= obs + job->tol;
            /* Sequential Monte Carlo p-value (Besag & Clifford 1991, Biometrika 78(2) 301-304):
             * stop once SEQ_H permuted sums were as extreme, with p = h / r. A cell far from
             * significant stops after a few dozen draws; one that may be significant runs all R. */
            if (extreme >= SEQ_H) {
                stopped_at = r + 1;
                break;
            }
        }
        /* Pseudo p-value (M + 1) / (R + 1) (Hope 1968; esda's p_sim) when all R ran. */
        job->p_perm[i] = stopped_at ? (double)SEQ_H / stopped_at : (extreme + 1.0) / (job->R + 1.0);
    }
    free(m.key);
    free(m.val);
    free(used);
}

void trygg_gistar_lags_of(const trygg_neighbours *w, const double *x, trygg_gistar_lags *out)
{
    size_t n = w->n;
    out->n = n;
    out->deg = trygg__xmalloc((n ? n : 1) * sizeof *out->deg);
    out->lag = trygg__xmalloc((n ? n : 1) * sizeof *out->lag);
    for (size_t i = 0; i < n; i++) {
        double lag = 0;
        for (size_t t = w->start[i]; t < w->start[i + 1]; t++)
            lag += x[w->nbr[t]];
        out->deg[i] = w->start[i + 1] - w->start[i];
        out->lag[i] = lag;
    }
}

void trygg_gistar_lags_fini(trygg_gistar_lags *l)
{
    if (!l)
        return;
    free(l->deg);
    free(l->lag);
    memset(l, 0, sizeof *l);
}

/* The checks trygg_gistar makes of n and x; the sum of |x| for the ties' tolerance. */
static trygg_status check_values(trygg_ctx *ctx, size_t n, const double *x, double *sumabs)
{
    if (n < 2)
        return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: %zu cells, at least 2 are needed", n);
    if (n >= UINT32_MAX)
        return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: %zu cells exceed the limit of 2^32 - 1", n);
    *sumabs = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(x[i]))
            return trygg__fail(ctx, TRYGG_E_USAGE, "Gi*: the value of cell %zu is not a finite number", i);
        *sumabs += fabs(x[i]);
    }
    return TRYGG_OK;
}

/* z from the lags (Ord & Getis 1995, eq. 14); *S_out: the population standard deviation. */
static void z_of_lags(const trygg_gistar_lags *l, const double *x, double *z, double *S_out)
{
    size_t n = l->n;
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += x[i];
    double nn = (double)n, xbar = sum / nn, ss = 0;
    /* Population variance S^2 = sum (x_j - xbar)^2 / n (two-pass; equal to sum x^2/n - xbar^2
     * of Ord & Getis 1995 but without its cancellation). */
    for (size_t i = 0; i < n; i++)
        ss += (x[i] - xbar) * (x[i] - xbar);
    double S = sqrt(ss / nn);
    for (size_t i = 0; i < n; i++) {
        double Wi = (double)l->deg[i]; /* binary: W_i = S1_i = |N(i)| */
        double var = (nn * Wi - Wi * Wi) / (nn - 1.0);
        double den = S * sqrt(var);
        z[i] = den > 0 && var > 0 ? (l->lag[i] - xbar * Wi) / den : 0.0;
    }
    *S_out = S;
}

trygg_status trygg_gistar_z_lags(trygg_ctx *ctx, const trygg_gistar_lags *l, const double *x, double *z)
{
    double sumabs, S;
    trygg_status st = check_values(ctx, l->n, x, &sumabs);
    if (st == TRYGG_OK)
        z_of_lags(l, x, z, &S);
    return st;
}

trygg_status trygg_gistar(trygg_ctx *ctx, const trygg_neighbours *w, const double *x, unsigned permutations,
                          uint64_t seed, double *z, double *p_norm, double *p_perm)
{
    size_t n = w->n;
    double *zz = NULL, *sorted = NULL, sumabs, S;
    uint32_t *cum = NULL;
    trygg_gistar_lags l = {0};
    trygg_status st = check_values(ctx, n, x, &sumabs);
    if (st != TRYGG_OK)
        goto done;
    trygg_gistar_lags_of(w, x, &l);
    zz = trygg__xmalloc(n * sizeof *zz);
    z_of_lags(&l, x, zz, &S);
    trygg_gistar_lags_fini(&l);
    if (p_perm && permutations > 0) {
        size_t block = n / 1024 + 1;
        perm_job job = {w, x, zz, permutations, seed, block, 1e-12 * (sumabs + 1.0), p_perm, NULL, NULL, 0};
        if (n <= trygg__gistar_dense_limit_of(ctx)) {
            trygg__parallel_for(ctx, (n + block - 1) / block, perm_block_dense, &job);
        } else {
            sorted = trygg__xmalloc(n * sizeof *sorted);
            memcpy(sorted, x, n * sizeof *sorted);
            qsort(sorted, n, sizeof *sorted, cmp_double);
            cum = trygg__xmalloc((n + 1) * sizeof *cum);
            uint32_t D = 0;
            for (size_t i = 0; i < n; i++)
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[D] = sorted[i]; /* compacted in place: D <= i */
                    cum[D++] = (uint32_t)i;
                }
            cum[D] = (uint32_t)n;
            job.vals = sorted;
            job.cum = cum;
            job.D = D;
            trygg__parallel_for(ctx, (n + block - 1) / block, perm_block_sparse, &job);
        }
        /* A cell with z = 0 because nothing varies has nothing to test. */
        if (!(S > 0))
            for (size_t i = 0; i < n; i++)
                p_perm[i] = 1.0;
    }
    for (size_t i = 0; i < n; i++) {
        z[i] = zz[i];
        if (p_norm)
            p_norm[i] = trygg_normal_p_two_sided(zz[i]);
    }
done:
    free(zz);
    free(sorted);
    free(cum);
    return st;
}

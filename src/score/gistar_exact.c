/*
 * Exact p-values of Gi*'s conditional randomisation null, binary weights.
 *
 * The null (Anselin 1995, Local indicators of spatial association - LISA, Geographical Analysis
 * 27(2), 93-115, "Inference"; esda's conditional randomisation, crand): x_i is held fixed and
 * the k_i = W_i - 1 other neighbours of i take a random sample without replacement of the other
 * n - 1 values. With binary weights Gi* (Getis & Ord 1992; Ord & Getis 1995, eq. 14) is, for a
 * fixed cell, an increasing function of the local sum, so its permutation p-value is a tail of
 * the distribution of S, the sum of k_i values drawn from the pool {x_j : j != i}. That pool is
 * the whole multiset of values with one copy of x_i taken out: the null depends only on
 * (k_i, x_i), and all cells sharing them share it.
 *
 * For integer values the distribution is a coefficient table: the number of k-subsets of the
 * pool with sum s is the coefficient of t^k y^s in prod_v (1 + t y^v)^(c_v), v the distinct
 * values and c_v their multiplicities. This is the generating-function route to exact
 * permutation distributions of Pagano & Tritchler (1983), On obtaining permutation
 * distributions in polynomial time, JASA 78(382), 435-440 (see also Streitberg & Roehmel 1986,
 * Exact distributions for permutation and rank tests, Statistical Software Newsletter 12(1)).
 * The table is kept as probabilities rather than counts (counts reach C(n - 1, k), 1e105 on a
 * city grid): row j holds P(S = s) for a uniform j-subset of the values merged so far, and
 * merging the c copies of value v into a population of M values takes m copies with the
 * hypergeometric probability C(c, m) C(M, j - m) / C(M + c, j).
 *
 * Sums of T or more share one column (the values are shifted to be >= 0, so a sum never comes
 * back below T): T is one more than the largest threshold any cell of the pool needs, and the
 * tails P(S >= t) and P(S <= t) of every such cell are exact sums of non-negative terms (no
 * cancellation: tiny p-values keep their relative precision).
 *
 * Every distinct value needs its own pool (all values but one copy of it). Instead of one
 * product per pool, the pools come from a divide and conquer over the value classes sorted by
 * value: the classes of the left half are merged into the table of the right half's pools and
 * the other way round, so each class is merged O(log D) times for D classes, not D times.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/gistar_null.h"

/* A sum table: rows 0..K (sample sizes), columns 0..T (T: "T or more"), row j of a population
 * of M values is the distribution of the sum of a uniform j-subset; lo[j]..hi[j] is its support
 * (hi < lo: no such subset, j > M). */
typedef struct {
    size_t K, T, M;
    size_t *lo, *hi;
    double *p;
} sum_table;

static void table_init(sum_table *t, size_t K, size_t Tmax)
{
    t->K = K;
    t->T = Tmax;
    t->M = 0;
    t->lo = trygg__xmalloc((K + 1) * sizeof *t->lo);
    t->hi = trygg__xmalloc((K + 1) * sizeof *t->hi);
    t->p = trygg__xmalloc((K + 1) * (Tmax + 1) * sizeof *t->p);
}

static void table_fini(sum_table *t)
{
    free(t->lo);
    free(t->hi);
    free(t->p);
}

/* The empty population: one 0-subset with sum 0. */
static void table_empty(sum_table *t, size_t T)
{
    t->T = T;
    t->M = 0;
    for (size_t j = 0; j <= t->K; j++) {
        t->lo[j] = 1;
        t->hi[j] = 0;
    }
    t->lo[0] = t->hi[0] = 0;
    t->p[0] = 1.0;
}

/* log C(a, b) from the table lf[i] = log i!. */
static double log_choose(const double *lf, size_t a, size_t b) { return lf[a] - lf[b] - lf[a - b]; }

/* dst = src with c more copies of value v, in dst's column count T (<= src->T: sums of T or
 * more fold into column T). */
static void table_merge(sum_table *restrict dst, const sum_table *restrict src, size_t v, size_t c,
                        const double *lf)
{
    size_t T = dst->T, M = src->M, N = M + c, ss = src->T + 1, ds = T + 1;
    dst->M = N;
    for (size_t j = 0; j <= dst->K; j++) {
        double *row = dst->p + j * ds;
        size_t lo = SIZE_MAX, hi = 0;
        size_t mmin = j > M ? j - M : 0, mmax = c < j ? c : j;
        if (j > N || mmin > mmax) {
            dst->lo[j] = 1;
            dst->hi[j] = 0;
            continue;
        }
        /* shift of m copies, saturating at T */
        for (size_t m = mmin; m <= mmax; m++) {
            size_t r = j - m;
            if (src->hi[r] < src->lo[r])
                continue;
            size_t sh = v && m > T / v ? T : m * v;
            size_t a = src->lo[r] + sh, b = src->hi[r] + sh;
            a = a < T ? a : T;
            b = b < T ? b : T;
            lo = a < lo ? a : lo;
            hi = b > hi ? b : hi;
        }
        if (lo == SIZE_MAX) {
            dst->lo[j] = 1;
            dst->hi[j] = 0;
            continue;
        }
        memset(row + lo, 0, (hi - lo + 1) * sizeof *row);
        double lden = log_choose(lf, N, j);
        for (size_t m = mmin; m <= mmax; m++) {
            size_t r = j - m;
            if (src->hi[r] < src->lo[r])
                continue;
            /* multivariate hypergeometric: m of the c new copies in a uniform j-subset */
            double h = exp(log_choose(lf, c, m) + log_choose(lf, M, r) - lden);
            if (h == 0)
                continue;
            const double *in = src->p + r * ss;
            size_t sh = v && m > T / v ? T : m * v;
            size_t s = src->lo[r], end = src->hi[r];
            /* columns s + sh < T stay apart; the rest fold into column T */
            size_t split = sh < T ? T - sh : 0; /* first s with s + sh >= T */
            size_t e1 = end + 1 < split ? end + 1 : split;
            double *out = row + sh;
            for (size_t q = s; q < e1; q++)
                out[q] += h * in[q];
            double fold = 0;
            for (size_t q = s > e1 ? s : e1; q <= end; q++)
                fold += in[q];
            row[T] += h * fold;
        }
        dst->lo[j] = lo;
        dst->hi[j] = hi;
    }
}

/* dst = src folded to T columns (T <= src->T). */
static void table_fold(sum_table *restrict dst, const sum_table *restrict src, size_t T)
{
    size_t ss = src->T + 1, ds = T + 1;
    dst->T = T;
    dst->M = src->M;
    for (size_t j = 0; j <= dst->K; j++) {
        size_t lo = src->lo[j], hi = src->hi[j];
        if (hi < lo) {
            dst->lo[j] = 1;
            dst->hi[j] = 0;
            continue;
        }
        const double *in = src->p + j * ss;
        double *out = dst->p + j * ds;
        if (hi < T) {
            memcpy(out + lo, in + lo, (hi - lo + 1) * sizeof *out);
        } else {
            double fold = 0;
            for (size_t q = lo > T ? lo : T; q <= hi; q++)
                fold += in[q];
            if (lo < T)
                memcpy(out + lo, in + lo, (T - lo) * sizeof *out);
            out[T] = fold;
            lo = lo < T ? lo : T;
            hi = T;
        }
        dst->lo[j] = lo;
        dst->hi[j] = hi;
    }
}

typedef struct {
    const trygg__null_classes *nc;
    const double *lf;
    sum_table *buf; /* two per level of the recursion */
    double *p;      /* out: per cell */
} dc_job;

/* The tails of the cells of class u from its pool's table. */
static void tails(const dc_job *job, size_t u, const sum_table *g)
{
    const trygg__null_classes *nc = job->nc;
    size_t stride = g->T + 1;
    for (size_t q = nc->first[u]; q < nc->first[u + 1]; q++) {
        size_t i = nc->cell[q], k = nc->k[i], t = nc->thr[i];
        if (k == 0) {
            job->p[i] = 1.0;
            continue;
        }
        const double *row = g->p + k * stride;
        size_t lo = g->lo[k], hi = g->hi[k];
        double sum = 0;
        if (nc->hot[i]) { /* P(S >= t): ties count as extreme */
            for (size_t s = t > lo ? t : lo; s <= hi; s++)
                sum += row[s];
        } else { /* P(S <= t), t < T */
            for (size_t s = lo; s <= hi && s <= t; s++)
                sum += row[s];
        }
        /* The observed draw itself has probability at least 1 / C(n - 1, k) > 0; a sum below
         * the smallest normal double is reported as that. */
        job->p[i] = sum > 1.0 ? 1.0 : sum < DBL_MIN ? DBL_MIN : sum;
    }
}

/* The pools of classes lo..hi-1 from `rest`, the table of every class outside that range. */
static void divide(const dc_job *job, const sum_table *rest, size_t lo, size_t hi, size_t depth)
{
    const trygg__null_classes *nc = job->nc;
    sum_table *a = &job->buf[2 * depth], *b = &job->buf[2 * depth + 1];
    if (hi - lo == 1) {
        a->T = nc->T[lo] < rest->T ? nc->T[lo] : rest->T;
        table_merge(a, rest, nc->v[lo], nc->c[lo] - 1, job->lf);
        tails(job, lo, a);
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    for (int side = 0; side < 2; side++) {
        size_t f = side ? mid : lo, l = side ? hi : mid; /* the half whose pools come next */
        size_t o0 = side ? lo : mid, o1 = side ? mid : hi; /* the half merged in */
        size_t T = 0;
        for (size_t u = f; u < l; u++)
            T = nc->T[u] > T ? nc->T[u] : T;
        T = T < rest->T ? T : rest->T;
        table_fold(a, rest, T);
        for (size_t u = o0; u < o1; u++) {
            b->T = T;
            table_merge(b, a, nc->v[u], nc->c[u], job->lf);
            sum_table tmp = *a;
            *a = *b;
            *b = tmp;
        }
        divide(job, a, f, l, depth + 1);
    }
}

double trygg__null_exact_cost(const trygg__null_classes *nc)
{
    size_t depth = 1;
    while (((size_t)1 << (depth - 1)) < nc->D)
        depth++;
    double merges = 0, Tmax = 0;
    for (size_t u = 0; u < nc->D; u++) {
        merges += (double)(nc->c[u] < nc->K + 1 ? nc->c[u] : nc->K + 1);
        Tmax = (double)nc->T[u] > Tmax ? (double)nc->T[u] : Tmax;
    }
    return (double)depth * merges * (double)(nc->K + 1) * (Tmax + 1.0);
}

void trygg__null_exact_p(const trygg__null_classes *nc, double *p)
{
    size_t Tmax = 0, depth = 1;
    for (size_t u = 0; u < nc->D; u++)
        Tmax = nc->T[u] > Tmax ? nc->T[u] : Tmax;
    while (((size_t)1 << (depth - 1)) < nc->D)
        depth++;
    size_t nbuf = 2 * (depth + 1);
    double *lf = trygg__xmalloc((nc->n + 1) * sizeof *lf);
    for (size_t i = 0; i <= nc->n; i++)
        lf[i] = lgamma((double)i + 1.0);
    sum_table root;
    table_init(&root, nc->K, Tmax);
    table_empty(&root, Tmax);
    sum_table *buf = trygg__xmalloc(nbuf * sizeof *buf);
    for (size_t b = 0; b < nbuf; b++)
        table_init(&buf[b], nc->K, Tmax);
    dc_job job = {nc, lf, buf, p};
    divide(&job, &root, 0, nc->D, 0);
    for (size_t b = 0; b < nbuf; b++)
        table_fini(&buf[b]);
    free(buf);
    table_fini(&root);
    free(lf);
}

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
 * Every distinct value needs its own pool (all values but one copy of it). The table of all
 * values is made once; each pool is taken out of it by dividing by (1 + t y^v)
 * (table_remove_one), one pass over the table per value. The division subtracts, so it can
 * lose the small tails where almost every subset holds the copy taken out (a hot spot's centre,
 * a value held by one cell): a running error bound (Wilkinson's running error analysis; Higham
 * 2002, Accuracy and Stability of Numerical Algorithms, 2nd ed., 3.3) follows each entry, and
 * the pools whose tails it cannot vouch for are merged instead, by a divide and conquer over
 * those values (the values of one half merged into the table of the other half's pools and the
 * other way round, so each is merged O(log D) times for D values, not D times).
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

/* out[q] += h in[q] for q < n: the inner loop of the tables, unrolled by four so that -O2 (whose
 * cost model leaves this loop scalar) packs it into vector instructions. */
static void add_scaled(double *restrict out, const double *restrict in, double h, size_t n)
{
    size_t q = 0;
    for (; q + 4 <= n; q += 4) {
        out[q] += h * in[q];
        out[q + 1] += h * in[q + 1];
        out[q + 2] += h * in[q + 2];
        out[q + 3] += h * in[q + 3];
    }
    for (; q < n; q++)
        out[q] += h * in[q];
}

/* row[s + sh] += h in[s] for s in [s0, s1], sums of T or more into row[T]. */
static void add_shifted(double *row, size_t T, const double *in, size_t s0, size_t s1, size_t sh, double h)
{
    size_t split = sh < T ? T - sh : 0; /* first s with s + sh >= T */
    size_t e1 = s1 + 1 < split ? s1 + 1 : split;
    if (e1 > s0)
        add_scaled(row + sh + s0, in + s0, h, e1 - s0);
    double fold = 0;
    for (size_t q = s0 > e1 ? s0 : e1; q <= s1; q++)
        fold += in[q];
    if (s1 + 1 > (s0 > e1 ? s0 : e1))
        row[T] += h * fold;
}

/* The shift of m copies of v, saturating at T. */
static size_t shift_of(size_t m, size_t v, size_t T) { return v && m > T / v ? T : m * v; }

/* The support of row j after merging c copies of v into src (rows lo/hi of src, population M),
 * in T columns; false when the row is empty. */
static bool merged_support(const sum_table *src, size_t j, size_t v, size_t c, size_t T, size_t *lo, size_t *hi)
{
    size_t M = src->M, mmin = j > M ? j - M : 0, mmax = c < j ? c : j;
    *lo = SIZE_MAX, *hi = 0;
    if (j > M + c)
        return false;
    for (size_t m = mmin; m <= mmax; m++) {
        size_t r = j - m;
        if (src->hi[r] < src->lo[r])
            continue;
        size_t sh = shift_of(m, v, T), a = src->lo[r] + sh, b = src->hi[r] + sh;
        a = a < T ? a : T;
        b = b < T ? b : T;
        *lo = a < *lo ? a : *lo;
        *hi = b > *hi ? b : *hi;
    }
    return *lo != SIZE_MAX;
}

/* Multivariate hypergeometric: the probability that a uniform j-subset of M + c values holds m
 * of the c new copies. */
static double hyper(const double *lf, size_t M, size_t c, size_t j, size_t m)
{
    return exp(log_choose(lf, c, m) + log_choose(lf, M, j - m) - log_choose(lf, M + c, j));
}

/* row += the terms m = m0 .. min(c, j) of row j after merging c copies of v into src (rows of
 * stride ss, population src->M): m copies with their hypergeometric probability, each the row
 * j - m shifted by m v. */
static void add_terms(double *row, size_t T, const sum_table *src, size_t ss, size_t j, size_t v, size_t c,
                      size_t m0, const double *lf)
{
    size_t mmax = c < j ? c : j;
    for (size_t m = m0; m <= mmax; m++) {
        size_t r = j - m;
        if (src->hi[r] < src->lo[r])
            continue;
        double h = hyper(lf, src->M, c, j, m);
        if (h > 0)
            add_shifted(row, T, src->p + r * ss, src->lo[r], src->hi[r], shift_of(m, v, T), h);
    }
}

/* dst = src with c more copies of value v, in dst's column count T (<= src->T: sums of T or
 * more fold into column T). */
static void table_merge(sum_table *restrict dst, const sum_table *restrict src, size_t v, size_t c,
                        const double *lf)
{
    size_t T = dst->T, M = src->M, ss = src->T + 1, ds = T + 1;
    for (size_t j = 0; j <= dst->K; j++) {
        double *row = dst->p + j * ds;
        size_t lo, hi;
        if (!merged_support(src, j, v, c, T, &lo, &hi)) {
            dst->lo[j] = 1;
            dst->hi[j] = 0;
            continue;
        }
        memset(row + lo, 0, (hi - lo + 1) * sizeof *row);
        add_terms(row, T, src, ss, j, v, c, j > M ? j - M : 0, lf);
        dst->lo[j] = lo;
        dst->hi[j] = hi;
    }
    dst->M = M + c;
}

/* t = t with c more copies of value v, in place: rows from the top down, so that the rows a
 * row is made of (itself and those below) are still the old ones; row j's own term (no new
 * copy) is a scaling, the others are added in the same order as table_merge adds them, so the
 * two give the same numbers. One table instead of two: half the memory traffic. */
static void table_merge_in_place(sum_table *t, size_t v, size_t c, const double *lf)
{
    size_t T = t->T, M = t->M, st = T + 1;
    for (size_t j = t->K + 1; j-- > 0;) {
        double *row = t->p + j * st;
        size_t lo, hi, ol = t->lo[j], oh = t->hi[j];
        if (!merged_support(t, j, v, c, T, &lo, &hi)) {
            t->lo[j] = 1;
            t->hi[j] = 0;
            continue;
        }
        size_t mmin = j > M ? j - M : 0;
        double h0 = mmin == 0 && oh >= ol ? hyper(lf, M, c, j, 0) : 0;
        if (h0 > 0) { /* [lo, hi] holds [ol, oh]: scale the old row, zero the rest */
            for (size_t q = ol; q <= oh; q++)
                row[q] *= h0;
            if (ol > lo)
                memset(row + lo, 0, (ol - lo) * sizeof *row);
            if (hi > oh)
                memset(row + oh + 1, 0, (hi - oh) * sizeof *row);
        } else {
            memset(row + lo, 0, (hi - lo + 1) * sizeof *row);
        }
        add_terms(row, T, t, st, j, v, c, mmin > 1 ? mmin : 1, lf);
        t->lo[j] = lo;
        t->hi[j] = hi;
    }
    t->M = M + c;
}

/* dst = src (a population of N values) with one copy of value v taken out, in src's columns.
 * In counts C(N, j) F_j(s) = C(N - 1, j) G_j(s) + C(N - 1, j - 1) G_{j-1}(s - v) (a j-subset
 * of the N values either leaves that copy out or holds it), so
 *   G_j(s) = (F_j(s) - (j / N) G_{j-1}(s - v)) N / (N - j),
 * row by row upwards. The subtraction removes the share r of the j-subsets with sum s that hold
 * the copy; by symmetry among the c copies of v, r <= j / c, and the relative rounding error
 * grows by at most r / (1 - r) per row: with c >= 2 (K + 1) (is_common) it stays within 2 K
 * times that of F. For the other values, err (may be NULL) receives the running bound
 *   E_j(s) = (F_j(s) + (j / N) E_{j-1}(s - v)) N / (N - j)
 * on the absolute error of G_j(s) in units of F's relative error (the error of F_j(s) is at most
 * that times F_j(s); the subtraction adds the error of the row below); tails() compares its sum
 * over a tail with the tail. */
static void table_remove_one(sum_table *restrict dst, const sum_table *restrict src, const double *fsuf, size_t v,
                             size_t T, double *restrict err)
{
    size_t ss = src->T + 1, ds = T + 1, N = src->M;
    dst->T = T;
    dst->M = N - 1;
    for (size_t j = 0; j <= dst->K; j++) {
        size_t lo = src->lo[j], hi = src->hi[j];
        if (j > N - 1 || hi < lo) {
            dst->lo[j] = 1;
            dst->hi[j] = 0;
            continue;
        }
        const double *restrict f = src->p + j * ss;
        double *restrict g = dst->p + j * ds, *restrict e = err ? err + j * ds : NULL;
        double a = (double)j / (double)N, b = (double)N / (double)(N - j);
        const double *g1 = j ? dst->p + (j - 1) * ds : NULL, *e1 = j && err ? err + (j - 1) * ds : NULL;
        size_t l1 = j ? dst->lo[j - 1] : 1, h1 = j ? dst->hi[j - 1] : 0;
        /* columns below T: those whose s - v lies in row j - 1's support [l1, h1] subtract, the
         * others copy */
        size_t end = hi < T ? hi : T - 1, b0 = end + 1, b1 = end + 1;
        if (h1 >= l1 && T > 0) {
            b0 = l1 + v, b1 = h1 + v + 1;
            b0 = b0 > lo ? b0 : lo;
            b1 = b1 < end + 1 ? b1 : end + 1;
            b0 = b0 < b1 ? b0 : b1;
        }
        for (size_t q = lo; q < b0 && q <= end; q++)
            g[q] = f[q] * b;
        for (size_t q = b0; q < b1; q++) {
            double x = (f[q] - a * g1[q - v]) * b;
            g[q] = x > 0 ? x : 0.0; /* rounding must not make a probability negative */
        }
        for (size_t q = b1 > lo ? b1 : lo; q <= end && end < T; q++)
            g[q] = f[q] * b;
        if (e) { /* the error bound, in units of the error of f (see tails) */
            for (size_t q = lo; q < b0 && q <= end; q++)
                e[q] = f[q] * b;
            for (size_t q = b0; q < b1; q++)
                e[q] = (f[q] + a * e1[q - v]) * b;
            for (size_t q = b1 > lo ? b1 : lo; q <= end && end < T; q++)
                e[q] = f[q] * b;
        }
        if (hi >= T) { /* "T or more": F's sums of T or more less row j - 1's of T - v or more */
            double prev = 0, eprev = 0;
            for (size_t q = T >= v ? T - v : 0; q <= h1 && h1 >= l1; q++)
                if (q >= l1) {
                    prev += g1[q];
                    eprev += e1 ? e1[q] : 0.0;
                }
            double fT = fsuf[j * ss + (lo > T ? lo : T)];
            double x = (fT - a * prev) * b;
            g[T] = x > 0 ? x : 0.0;
            if (e)
                e[T] = (fT + a * eprev) * b;
        }
        dst->lo[j] = lo < T ? lo : T;
        dst->hi[j] = hi < T ? hi : T;
    }
}

/* fsuf[j (T + 1) + s] = the sum of row j of t from column s to its end (s within the row's
 * support). */
static void table_suffix(const sum_table *t, double *fsuf)
{
    size_t st = t->T + 1;
    for (size_t j = 0; j <= t->K; j++) {
        if (t->hi[j] < t->lo[j])
            continue;
        double acc = 0;
        for (size_t q = t->hi[j] + 1; q-- > t->lo[j];) {
            acc += t->p[j * st + q];
            fsuf[j * st + q] = acc;
        }
    }
}

typedef struct {
    const trygg__null_classes *nc;
    const double *lf;
    sum_table *buf; /* two per level of the recursion */
    double *p;      /* out: per cell */
} dc_job;

/* The tails of the cells of class u from its pool's table, their p-values. With err (the bound
 * of table_remove_one, may be NULL), returns the largest factor by which a tail's relative
 * error may exceed the tables' own (1 without err; infinite for a tail cancelled to nothing). */
/* Cells of one class mostly share their (k, thr, tail): a space-time cube's millions of empty
 * bins have a handful of them. A small direct-mapped memo of the sums saves summing the same
 * tail again; a hit returns the very sums a new summation would. */
enum { TAIL_MEMO = 1024 };
typedef struct {
    size_t k, t;
    bool hot, used;
    double sum, esum;
} tail_memo;

static double tails(const dc_job *job, size_t u, const sum_table *g, const double *err)
{
    const trygg__null_classes *nc = job->nc;
    size_t stride = g->T + 1;
    double worst = 1.0;
    tail_memo memo[TAIL_MEMO];
    for (size_t m = 0; m < TAIL_MEMO; m++)
        memo[m].used = false;
    for (size_t q = nc->first[u]; q < nc->first[u + 1]; q++) {
        size_t i = nc->cell[q], k = nc->k[i], t = nc->thr[i];
        if (k == 0) {
            job->p[i] = 1.0;
            continue;
        }
        tail_memo *mo = &memo[(k * 31 + t * 2 + nc->hot[i]) % TAIL_MEMO];
        double sum = 0, esum = 0;
        if (mo->used && mo->k == k && mo->t == t && mo->hot == nc->hot[i]) {
            sum = mo->sum;
            esum = mo->esum;
        } else {
            const double *row = g->p + k * stride, *e = err ? err + k * stride : NULL;
            size_t lo = g->lo[k], hi = g->hi[k], s0 = nc->hot[i] ? (t > lo ? t : lo) : lo;
            size_t s1 = nc->hot[i] ? hi : (t < hi ? t : hi); /* P(S >= t), ties extreme; or P(S <= t), t < T */
            for (size_t s = s0; s <= s1 && s1 >= s0; s++) {
                sum += row[s];
                esum += e ? e[s] : 0.0;
            }
            *mo = (tail_memo){k, t, nc->hot[i], true, sum, esum};
        }
        /* how many times the tables' relative error the tail may be off: its error bound over
         * its value (a tail the division cancelled to nothing has no bound) */
        if (err && esum > 0)
            worst = fmax(worst, sum > 0 ? esum / sum : INFINITY);
        /* The observed draw itself has probability at least 1 / C(n - 1, k) > 0; a sum below
         * the smallest normal double is reported as that. */
        job->p[i] = sum > 1.0 ? 1.0 : sum < DBL_MIN ? DBL_MIN : sum;
    }
    return worst;
}

/* The pools of classes which[lo..hi) from `rest`, the table of every class outside that range. */
static void divide(const dc_job *job, const sum_table *rest, const size_t *which, size_t lo, size_t hi,
                   size_t depth)
{
    const trygg__null_classes *nc = job->nc;
    sum_table *a = &job->buf[depth];
    if (hi - lo == 1) {
        size_t u = which[lo];
        if (nc->c[u] == 1) { /* a value held by one cell: its pool is the rest as it is */
            tails(job, u, rest, NULL);
            return;
        }
        a->T = nc->T[u] < rest->T ? nc->T[u] : rest->T;
        table_merge(a, rest, nc->v[u], nc->c[u] - 1, job->lf);
        tails(job, u, a, NULL);
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    for (int side = 0; side < 2; side++) {
        size_t f = side ? mid : lo, l = side ? hi : mid; /* the half whose pools come next */
        size_t o0 = side ? lo : mid, o1 = side ? mid : hi; /* the half merged in */
        size_t T = 0;
        for (size_t q = f; q < l; q++)
            T = nc->T[which[q]] > T ? nc->T[which[q]] : T;
        T = T < rest->T ? T : rest->T;
        /* the first merge reads `rest` and folds it to T on the way; the others work in place */
        a->T = T;
        table_merge(a, rest, nc->v[which[o0]], nc->c[which[o0]], job->lf);
        for (size_t q = o0 + 1; q < o1; q++)
            table_merge_in_place(a, nc->v[which[q]], nc->c[which[q]], job->lf);
        divide(job, a, which, f, l, depth + 1);
    }
}

/* How much the division of a pool out of the full table may amplify the tables' own rounding
 * error (about 1e-12 relative on a city grid) before the pool is merged instead: a hundredfold
 * keeps every p-value within about 1e-10 relative. Running error bounds after Wilkinson
 * (Higham 2002, Accuracy and Stability of Numerical Algorithms, 2nd ed., section 3.3). */
static double amp_limit = 100.0;

void trygg__gistar_exact_amp_limit(double limit) { amp_limit = limit; }

/* How many of the largest values held by one or two cells are merged last (trygg__null_exact_p). */
#define LATE 16

/* dst = src (same capacity). */
static void table_copy(sum_table *dst, const sum_table *src)
{
    size_t st = src->T + 1;
    dst->T = src->T;
    dst->M = src->M;
    for (size_t j = 0; j <= src->K; j++) {
        dst->lo[j] = src->lo[j];
        dst->hi[j] = src->hi[j];
        if (src->hi[j] >= src->lo[j])
            memcpy(dst->p + j * st + src->lo[j], src->p + j * st + src->lo[j],
                   (src->hi[j] - src->lo[j] + 1) * sizeof *dst->p);
    }
}

/* Classes with at least this many cells are taken out of the full table by table_remove_one;
 * the others get their pools from divide. */
static bool is_common(const trygg__null_classes *nc, size_t u) { return nc->c[u] >= 2 * (nc->K + 1); }

double trygg__null_exact_cost(const trygg__null_classes *nc)
{
    size_t nrare = 0, depth = 1;
    double common = 0, rare = 0, Tmax = 0;
    for (size_t u = 0; u < nc->D; u++) {
        double m = (double)(nc->c[u] < nc->K + 1 ? nc->c[u] : nc->K + 1);
        if (is_common(nc, u))
            common += m + 1.0; /* merged once, taken out once */
        else
            rare += m, nrare++;
        Tmax = (double)nc->T[u] > Tmax ? (double)nc->T[u] : Tmax;
    }
    while (((size_t)1 << (depth - 1)) < nrare)
        depth++;
    return (common + (double)(depth + 1) * rare) * (double)(nc->K + 1) * (Tmax + 1.0);
}

void trygg__null_exact_p(const trygg__null_classes *nc, double *p)
{
    size_t Tmax = 0, nfail = 0, depth = 1;
    for (size_t u = 0; u < nc->D; u++)
        Tmax = nc->T[u] > Tmax ? nc->T[u] : Tmax;
    double *lf = trygg__xmalloc((nc->n + 1) * sizeof *lf);
    for (size_t i = 0; i <= nc->n; i++)
        lf[i] = lgamma((double)i + 1.0);
    size_t *fail = trygg__xmalloc((nc->D ? nc->D : 1) * sizeof *fail);
    bool *failed = trygg__xcalloc(nc->D ? nc->D : 1, sizeof *failed);
    sum_table full, pool, early;
    table_init(&full, nc->K, Tmax);
    table_init(&pool, nc->K, Tmax);
    table_init(&early, nc->K, Tmax);
    double *err = trygg__xmalloc((nc->K + 1) * (Tmax + 1) * sizeof *err);
    double *fsuf = trygg__xmalloc((nc->K + 1) * (Tmax + 1) * sizeof *fsuf);
    dc_job job = {nc, lf, NULL, p};
    /* The largest values held by one or two cells, LATE of them: the cluster centres whose
     * division may fail (classes are in ascending order of value). */
    bool *late = trygg__xcalloc(nc->D ? nc->D : 1, sizeof *late);
    for (size_t u = nc->D, nl = 0; u-- > 0 && nl < LATE;)
        if (nc->c[u] <= 2)
            late[u] = true, nl++;

    /* Every value merged once: the full table, the late values last, with the table of all the
     * others kept (early): a failed pool is made from it and the late values that did not fail. */
    table_empty(&full, Tmax);
    for (size_t u = 0; u < nc->D; u++)
        if (!late[u])
            table_merge_in_place(&full, nc->v[u], nc->c[u], lf);
    table_copy(&early, &full);
    for (size_t u = 0; u < nc->D; u++)
        if (late[u])
            table_merge_in_place(&full, nc->v[u], nc->c[u], lf);
    /* Each value's pool by taking one copy out of it. Common values are safe (the bound of
     * table_remove_one); for the others the division's running error bound decides: a pool
     * whose tails would carry the tables' rounding error amplified more than amp_limit times is
     * made again by merging instead (on the Lund case a handful of values held by one cell, the
     * centres of the largest clusters, whose copy is in almost every subset with a large sum). */
    table_suffix(&full, fsuf);
    for (size_t u = 0; u < nc->D; u++) {
        bool common = is_common(nc, u);
        table_remove_one(&pool, &full, fsuf, nc->v[u], nc->T[u], common ? NULL : err);
        if (tails(&job, u, &pool, common ? NULL : err) > amp_limit) {
            failed[u] = true;
            fail[nfail++] = u;
        }
    }
    /* The failed values' pools: every other value merged, then a divide and conquer over the
     * failed ones. */
    if (nfail > 0) {
        size_t Tf = 0;
        for (size_t q = 0; q < nfail; q++)
            Tf = nc->T[fail[q]] > Tf ? nc->T[fail[q]] : Tf;
        while (((size_t)1 << (depth - 1)) < nfail)
            depth++;
        size_t nbuf = depth + 1;
        sum_table *buf = trygg__xmalloc(nbuf * sizeof *buf);
        for (size_t b = 0; b < nbuf; b++)
            table_init(&buf[b], nc->K, Tf);
        job.buf = buf;
        bool all_late = true;
        for (size_t q = 0; q < nfail; q++)
            all_late = all_late && late[fail[q]];
        if (all_late) { /* the early table and the late values that did not fail */
            table_copy(&pool, &early);
            for (size_t u = 0; u < nc->D; u++)
                if (late[u] && !failed[u])
                    table_merge_in_place(&pool, nc->v[u], nc->c[u], lf);
        } else {
            table_empty(&pool, Tmax);
            for (size_t u = 0; u < nc->D; u++)
                if (!failed[u])
                    table_merge_in_place(&pool, nc->v[u], nc->c[u], lf);
        }
        divide(&job, &pool, fail, 0, nfail, 0);
        for (size_t b = 0; b < nbuf; b++)
            table_fini(&buf[b]);
        free(buf);
    }
    free(late);
    table_fini(&full);
    table_fini(&pool);
    table_fini(&early);
    free(err);
    free(fsuf);
    free(lf);
    free(fail);
    free(failed);
}

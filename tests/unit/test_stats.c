#include <ogr_srs_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/internal.h"
#include "geom/grid.h"
#include "helpers.h"
#include "score/gistar_null.h"
#include "score/stats.h"

/* ---------------------------------------------------------------- kernel density */

static void test_stats_kde_single_event(void)
{
    /* h = 200 m: K(0) = 3 / (pi 200^2) = 2.3873241463784e-5 per m^2 = 23.873241463784 per km^2.
     * K(h/2) = K(0) (1 - 100^2/200^2)^2 = K(0) * 0.75^2 = K(0) * 0.5625 = 13.428698323379.
     * K(h) = 0 (the kernel is zero from d = h on), and beyond. */
    trygg_ctx *ctx = th_ctx();
    double ev[2] = {1000, 2000};
    double q[8] = {1000, 2000, 1100, 2000, 1000, 2200, 1300, 2300};
    double out[4];
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, NULL, 1, q, 4, 200.0, out), TRYGG_OK);
    TH_ASSERT_NEAR(out[0], 23.8732414637843, 1e-12);
    TH_ASSERT_NEAR(out[1], 13.428698323378669, 1e-12);
    TH_ASSERT_NEAR(out[2], 0.0, 0);
    TH_ASSERT_NEAR(out[3], 0.0, 0);
    TH_ASSERT_NEAR(trygg_kde_quartic_kernel(0, 200) * 1e6, 23.8732414637843, 1e-12);
    /* A weight of 2.5 scales the density. */
    double w = 2.5;
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, &w, 1, q, 1, 200.0, out), TRYGG_OK);
    TH_ASSERT_NEAR(out[0], 2.5 * 23.8732414637843, 1e-12);
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, NULL, 1, q, 1, 0.0, out), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "bandbredden 0 m");
    trygg_ctx_free(ctx);
}

static void test_stats_kde_integrates_to_one(void)
{
    /* The kernel is a density: the sum of density x cell area over a fine grid covering the
     * disc of radius h is 1 event (midpoint rule on 2 m cells, 200 x 200 of them, h = 200 m;
     * per km^2 / 1e6 = per m^2, times 4 m^2 per cell). */
    trygg_ctx *ctx = th_ctx();
    double ev[2] = {0, 0};
    size_t n = 200 * 200;
    double *q = malloc(n * 2 * sizeof *q), *out = malloc(n * sizeof *out);
    for (size_t r = 0; r < 200; r++)
        for (size_t c = 0; c < 200; c++) {
            q[2 * (r * 200 + c)] = -199.0 + 2.0 * (double)c;
            q[2 * (r * 200 + c) + 1] = -199.0 + 2.0 * (double)r;
        }
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, NULL, 1, q, n, 200.0, out), TRYGG_OK);
    double total = 0;
    for (size_t i = 0; i < n; i++)
        total += out[i] / 1e6 * 4.0;
    TH_ASSERT_NEAR(total, 1.0, 0.005);
    free(q);
    free(out);
    trygg_ctx_free(ctx);
}

static void test_stats_kde_5x5_by_hand(void)
{
    /* 25 events on a 5 x 5 lattice, 100 m apart (x, y in 0, 100, ..., 400), h = 150 m.
     * At the centre (200, 200): the event there (d = 0, factor (1 - 0)^2 = 1), four at 100 m
     * (1 - 100^2/150^2 = 1 - 4/9 = 5/9, squared 25/81) and four diagonal at 141.42 m
     * (1 - 20000/22500 = 1/9, squared 1/81); the next ones are 200 m away, beyond h.
     * Sum = 1 + 4*25/81 + 4*1/81 = 185/81; density = 3/(pi 150^2) * 185/81 * 1e6
     * = 96.93387480494036 per km^2.
     * At the corner (0, 0): 1 + 2*25/81 + 1/81 = 132/81 -> 69.16362959055205 per km^2.
     * With weight 3 on the centre event instead of 1, the centre density gains
     * 2 * 3/(pi 150^2) * 1e6 = 84.88263631567751. */
    trygg_ctx *ctx = th_ctx();
    double ev[50], wts[25];
    for (int r = 0; r < 5; r++)
        for (int c = 0; c < 5; c++) {
            ev[2 * (r * 5 + c)] = 100.0 * c;
            ev[2 * (r * 5 + c) + 1] = 100.0 * r;
            wts[r * 5 + c] = 1.0;
        }
    wts[12] = 3.0;
    double q[4] = {200, 200, 0, 0}, out[2];
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, NULL, 25, q, 2, 150.0, out), TRYGG_OK);
    TH_ASSERT_NEAR(out[0], 96.93387480494036, 1e-9);
    TH_ASSERT_NEAR(out[1], 69.16362959055205, 1e-9);
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, wts, 25, q, 2, 150.0, out), TRYGG_OK);
    TH_ASSERT_NEAR(out[0], 96.93387480494036 + 2 * 3.0 / (M_PI * 22500) * 1e6, 1e-9);
    TH_ASSERT_NEAR(out[1], 69.16362959055205, 1e-9);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- Gi* */

/* The 5 x 5 grid of 100 m cells (centroids at 50 + 100 c, 50 + 100 r), cell id = 5 r + c:
 * a hot 3 x 3 block of 10 incidents per cell in the south-west corner (rows 0-2, cols 0-2),
 * 1 incident in each of the other 16 cells. */
static void grid5(double xy[50], double x[25])
{
    for (int r = 0; r < 5; r++)
        for (int c = 0; c < 5; c++) {
            xy[2 * (5 * r + c)] = 50.0 + 100.0 * c;
            xy[2 * (5 * r + c) + 1] = 50.0 + 100.0 * r;
            x[5 * r + c] = (r <= 2 && c <= 2) ? 10.0 : 1.0;
        }
}

static void test_stats_gistar_5x5_by_hand(void)
{
    /* Band 150 m takes the rook neighbours (100 m) and the diagonal ones (141.4 m), not those
     * 200 m away: with self, a corner cell has 4, an edge cell 6, an inner cell 9.
     *
     * n = 25, sum x = 9*10 + 16*1 = 106, xbar = 4.24; sum x^2 = 9*100 + 16 = 916,
     * S^2 = 916/25 - 4.24^2 = 36.64 - 17.9776 = 18.6624, S = 4.32.
     *
     * Centre of the hot block, (row 1, col 1), id 6: its 9 neighbours are the whole block,
     *   sum w x = 90, W = 9; numerator 90 - 4.24*9 = 90 - 38.16 = 51.84;
     *   (n W - W^2)/(n - 1) = (225 - 81)/24 = 6; z = 51.84 / (4.32 sqrt 6) = 12 / sqrt 6
     *   = 4.898979485566357; p = 2 (1 - Phi(z)) = 9.63357008643089e-07 (scipy norm.sf).
     * Cold corner (row 4, col 4), id 24: neighbours (3,3) (3,4) (4,3) and itself, all 1:
     *   sum w x = 4, W = 4; numerator 4 - 16.96 = -12.96; (100 - 16)/24 = 3.5;
     *   z = -12.96 / (4.32 sqrt 3.5) = -3 / sqrt 3.5 = -1.6035674514745464, p = 0.10880943004054568.
     * Hot corner (row 0, col 0), id 0: 4 block cells, sum 40, W = 4; numerator 40 - 16.96 = 23.04,
     *   z = 23.04 / (4.32 sqrt 3.5) = (16/3) / sqrt 3.5 = 2.8507865803991934, p = 0.004361123053640632.
     * Block corner (row 2, col 2), id 12: rows 1-3 x cols 1-3 hold 4 block cells (40) and 5
     *   others (5): sum 45, W = 9; numerator 45 - 38.16 = 6.84, z = 6.84 / (4.32 sqrt 6)
     *   = (19/12) / sqrt 6 = 0.6463931265677831, p = 0.5180247906519431. */
    trygg_ctx *ctx = th_ctx();
    double xy[50], x[25], z[25], pn[25];
    grid5(xy, x);
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(w.start[1] - w.start[0], 4);   /* corner */
    TH_ASSERT_INT(w.start[3] - w.start[2], 6);   /* south edge */
    TH_ASSERT_INT(w.start[13] - w.start[12], 9); /* inner */
    TH_ASSERT_INT(w.nbr[w.start[24]], 18);       /* sorted: (3,3) = 18 first */
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, pn, NULL), TRYGG_OK);
    TH_ASSERT_NEAR(z[6], 4.898979485566357, 1e-9);
    TH_ASSERT_NEAR(z[24], -1.6035674514745464, 1e-9);
    TH_ASSERT_NEAR(z[0], 2.8507865803991934, 1e-9);
    TH_ASSERT_NEAR(z[12], 0.6463931265677831, 1e-9);
    TH_ASSERT_NEAR(pn[6], 9.63357008643089e-07, 1e-15);
    TH_ASSERT_NEAR(pn[24], 0.10880943004054568, 1e-12);
    TH_ASSERT_NEAR(pn[0], 0.004361123053640632, 1e-12);
    TH_ASSERT_NEAR(pn[12], 0.5180247906519431, 1e-12);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

static void test_stats_gistar_permutations_5x5(void)
{
    /* Permutation p-values, R = 999, on the 5 x 5 pattern above.
     * Centre (id 6): x_6 = 10 stays, its 8 neighbours are drawn from the 24 other cells (8 tens
     * and 16 ones). The observed sum 90 is the largest possible: all 8 tens, probability
     * 1/C(24,8) = 1/735471, so with this seed no permutation reaches it: p = 1/1000.
     * Cold corner (id 24, z < 0): x = 1 stays, 3 neighbours from 24 others (9 tens, 15 ones);
     * the observed sum 4 is the smallest possible (all ones), probability
     * C(15,3)/C(24,3) = 455/2024 = 0.2248; M ~ Binomial(999, 0.2248) has sd 13.2, so
     * (M + 1)/1000 lies within 0.2258 +- 0.05 (3.8 sd). */
    trygg_ctx *ctx = th_ctx();
    double xy[50], x[25], z[25], pp[25], pp2[25];
    grid5(xy, x);
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 999, 20240601, z, NULL, pp), TRYGG_OK);
    TH_ASSERT_NEAR(pp[6], 0.001, 1e-15);
    TH_ASSERT_NEAR(pp[24], 0.2258, 0.05);
    for (int i = 0; i < 25; i++)
        CU_ASSERT(pp[i] >= 0.001 && pp[i] <= 1.0);
    /* The same seed gives the same values; another seed other values. */
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 999, 20240601, z, NULL, pp2), TRYGG_OK);
    CU_ASSERT(memcmp(pp, pp2, sizeof pp) == 0);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 999, 7, z, NULL, pp2), TRYGG_OK);
    CU_ASSERT(memcmp(pp, pp2, sizeof pp) != 0);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

static void test_stats_gistar_threads_reproducible(void)
{
    /* 60 x 60 cells (3600, enough for the work to be split over threads), pseudo-random counts:
     * permutation p-values with 1 and 2 threads must be identical bit for bit. */
    size_t n = 3600;
    double *xy = malloc(2 * n * sizeof *xy), *x = malloc(n * sizeof *x), *z = malloc(n * sizeof *z);
    double *p1 = malloc(n * sizeof *p1), *p2 = malloc(n * sizeof *p2);
    uint64_t s = 99;
    for (size_t i = 0; i < n; i++) {
        xy[2 * i] = 50.0 + 100.0 * (double)(i % 60);
        xy[2 * i + 1] = 50.0 + 100.0 * (double)(i / 60);
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        x[i] = (double)((s >> 33) % 7 == 0 ? (s >> 40) % 9 : 0);
    }
    trygg_ctx *c1 = th_ctx(), *c2 = th_ctx();
    trygg_ctx_set_threads(c1, 1);
    trygg_ctx_set_threads(c2, 2);
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(c1, xy, n, 300.0, &w), TRYGG_OK);
    /* Within 300 m on a 100 m lattice: offsets (i, j) with i^2 + j^2 <= 9: 29 with self. */
    TH_ASSERT_INT(w.start[30 * 60 + 31] - w.start[30 * 60 + 30], 29);
    TH_ASSERT_INT(trygg_gistar(c1, &w, x, 199, 42, z, NULL, p1), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(c2, &w, x, 199, 42, z, NULL, p2), TRYGG_OK);
    CU_ASSERT(memcmp(p1, p2, n * sizeof *p1) == 0);
    /* Grids too big for the caches draw from a value-ordered pool (other cells from the same
     * stream) and stop a cell early once 20 permuted sums were as extreme (Besag & Clifford 1991,
     * p = 20 / r), so p-values agree with the dense ones only as estimates: near p = 0.5 the
     * sequential estimate's sd is about p sqrt((1 - p) / 20) = 0.08 and the dense one's 0.035, so
     * a difference of 0.35 would be four sd. What must not differ is the decision: a cell clearly
     * significant in one (p <= 0.01) is significant at 0.05 in the other, and a cell clearly not
     * (p >= 0.2) is not significant at 0.05. */
    double *p3 = malloc(n * sizeof *p3);
    trygg__gistar_dense_limit(c1, 0);
    trygg__gistar_dense_limit(c2, 0);
    TH_ASSERT_INT(trygg_gistar(c2, &w, x, 199, 42, z, NULL, p3), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(c1, &w, x, 199, 42, z, NULL, p2), TRYGG_OK);
    CU_ASSERT(memcmp(p2, p3, n * sizeof *p2) == 0); /* and it too is the same on 1 and 2 threads */

    double maxd = 0;
    size_t flipped = 0, significant = 0;
    for (size_t i = 0; i < n; i++) {
        double d = fabs(p1[i] - p3[i]);
        maxd = d > maxd ? d : maxd;
        flipped += (p1[i] <= 0.01 && p3[i] > 0.05) || (p3[i] <= 0.01 && p1[i] > 0.05) ||
                   (p1[i] >= 0.2 && p3[i] <= 0.05) || (p3[i] >= 0.2 && p1[i] <= 0.05);
        significant += p1[i] <= 0.01;
    }
    CU_ASSERT(maxd < 0.35);
    TH_ASSERT_INT(flipped, 0);
    /* Measured: 32 cells at p <= 0.01, largest difference 0.326, no decision flipped. */
    CU_ASSERT(significant >= 20); /* the layout has clusters, so the check has something to check */
    free(p3);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(c1);
    trygg_ctx_free(c2);
    free(xy);
    free(x);
    free(z);
    free(p1);
    free(p2);
}

static void test_stats_gistar_degenerate(void)
{
    /* All values equal: S = 0, nothing to test: z = 0, p = 1 everywhere. Too few cells and a
     * NaN value are errors naming the problem. */
    trygg_ctx *ctx = th_ctx();
    double xy[50], x[25], z[25], pn[25], pp[25];
    grid5(xy, x);
    for (int i = 0; i < 25; i++)
        x[i] = 3;
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 99, 1, z, pn, pp), TRYGG_OK);
    for (int i = 0; i < 25; i++) {
        TH_ASSERT_NEAR(z[i], 0, 0);
        TH_ASSERT_NEAR(pn[i], 1, 0);
        TH_ASSERT_NEAR(pp[i], 1, 0);
    }
    x[7] = NAN;
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 1, z, pn, NULL), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "cell 7");
    trygg_neighbours_fini(&w);
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, -1, &w), TRYGG_E_USAGE);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- exact conditional null */

/* P(S >= s_obs) (hot) or P(S <= s_obs) (cold) for cell i by listing every subset of the other
 * cells of size k_i: the definition of the conditional randomisation null, independent of the
 * generating-function tables. */
static double enumerate_p(const trygg_neighbours *w, const double *x, size_t n, size_t i, bool hot)
{
    size_t k = w->start[i + 1] - w->start[i] - 1;
    double obs = 0;
    for (size_t t = w->start[i]; t < w->start[i + 1]; t++)
        obs += x[w->nbr[t]];
    obs -= x[i];
    unsigned long total = 0, extreme = 0;
    for (unsigned mask = 0; mask < (1u << n); mask++) {
        if ((mask >> i) & 1u || (size_t)__builtin_popcount(mask) != k)
            continue;
        double s = 0;
        for (size_t j = 0; j < n; j++)
            if ((mask >> j) & 1u)
                s += x[j];
        total++;
        extreme += hot ? s >= obs : s <= obs;
    }
    return (double)extreme / (double)total;
}

static void check_exact_6_cells(void)
{
    /* Six cells on a 3 x 2 lattice, 100 m apart, band 150 m (diagonals in): a corner has 3
     * other neighbours, a middle cell all 5. Values with a repeat (2, 2) and a zero, so that
     * classes are shared and sums tie. Every p-value must equal the count of extreme subsets
     * over all C(5, k) subsets, found by listing them.
     * By hand for cell 0 (x = 4; z > 0): its others are cells 1, 3, 4 (values 0, 2, 7), s = 9;
     * the other five are {0, 1, 2, 2, 7}; 3-subsets with sum >= 9: {0,2,7} twice, {1,2,7}
     * twice, {2,2,7}: 5 of C(5,3) = 10, p = 0.5. */
    trygg_ctx *ctx = th_ctx();
    double xy[12], x[6] = {4, 0, 1, 2, 7, 2}, z[6], p[6];
    for (int i = 0; i < 6; i++) {
        xy[2 * i] = 100.0 * (i % 3);
        xy[2 * i + 1] = 100.0 * (i / 3);
    }
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 6, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(w.start[1] - w.start[0], 4);
    TH_ASSERT_INT(w.start[2] - w.start[1], 6);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
    bool exact = false;
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, &exact), TRYGG_OK);
    CU_ASSERT(exact);
    TH_ASSERT_NEAR(p[0], 0.5, 1e-12);
    for (size_t i = 0; i < 6; i++)
        TH_ASSERT_NEAR(p[i], enumerate_p(&w, x, 6, i, z[i] >= 0), 1e-12);
    /* Shifted and negative integers give the same p-values (only differences matter). */
    double y[6];
    for (int i = 0; i < 6; i++)
        y[i] = x[i] - 5;
    double p2[6];
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, y, z, 1, p2, &exact), TRYGG_OK);
    CU_ASSERT(exact);
    for (int i = 0; i < 6; i++)
        TH_ASSERT_NEAR(p2[i], p[i], 1e-12);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

/* The same check with the pools made by division where its error bound allows (the default)
 * and with every pool of a value that is not common merged instead (the divide and conquer). */
static void test_stats_gistar_exact_6_cells(void)
{
    check_exact_6_cells();
    trygg__gistar_exact_amp_limit(0);
    check_exact_6_cells();
    trygg__gistar_exact_amp_limit(100);
}

static void check_exact_random_layouts(void)
{
    /* 200 random layouts of 12 cells (random points, band, integer values 0..5 with many
     * zeros): every p-value equals the count over all subsets. */
    trygg_ctx *ctx = th_ctx();
    uint64_t s = 12345;
    size_t checked = 0;
    for (int rep = 0; rep < 200; rep++) {
        double xy[24], x[12], z[12], p[12];
        for (int i = 0; i < 12; i++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            xy[2 * i] = (double)((s >> 20) % 1000);
            xy[2 * i + 1] = (double)((s >> 40) % 1000);
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)((s >> 33) % 10);
            x[i] = r < 4 ? 0 : (double)(r - 4);
        }
        trygg_neighbours w = {0};
        TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 12, 250.0 + 50.0 * (rep % 10), &w), TRYGG_OK);
        TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
        TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, NULL), TRYGG_OK);
        bool equal = true;
        for (int i = 1; i < 12; i++)
            equal = equal && x[i] == x[0];
        for (size_t i = 0; i < 12; i++) {
            double e = equal ? 1.0 : enumerate_p(&w, x, 12, i, z[i] >= 0);
            if (fabs(p[i] - e) > 1e-12)
                fprintf(stderr, "\n  layout %d cell %zu: exact %.17g, enumerated %.17g\n", rep, i, p[i], e);
            TH_ASSERT_NEAR(p[i], e, 1e-12);
            checked++;
        }
        trygg_neighbours_fini(&w);
    }
    TH_ASSERT_INT(checked, 2400);
    /* 100 rows of 16 cells, 100 m apart, band 100 or 200 m (k = 2 or 4), mostly zeros: the zero
     * class then holds at least 2 (K + 1) cells, and its pool is taken out of the full table
     * (the division of gistar_exact.c) instead of merged; every p-value against the listing. */
    size_t common = 0;
    for (int rep = 0; rep < 100; rep++) {
        double xy[32], x[16], z[16], p[16];
        size_t zeros = 0;
        for (int i = 0; i < 16; i++) {
            xy[2 * i] = 100.0 * i;
            xy[2 * i + 1] = 0;
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)((s >> 33) % 16);
            x[i] = r < 11 ? 0 : (double)(r - 10);
            zeros += x[i] == 0;
        }
        double band = rep % 2 ? 200.0 : 100.0;
        common += zeros >= (rep % 2 ? 10u : 6u);
        trygg_neighbours w = {0};
        TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 16, band, &w), TRYGG_OK);
        TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
        TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, NULL), TRYGG_OK);
        bool equal = true;
        for (int i = 1; i < 16; i++)
            equal = equal && x[i] == x[0];
        for (size_t i = 0; i < 16; i++)
            TH_ASSERT_NEAR(p[i], equal ? 1.0 : enumerate_p(&w, x, 16, i, z[i] >= 0), 1e-12);
        trygg_neighbours_fini(&w);
    }
    CU_ASSERT(common >= 50); /* the division ran in at least half of the layouts */
    trygg_ctx_free(ctx);
}

/* The same check with the pools made by division where its error bound allows (the default)
 * and with every pool of a value that is not common merged instead (the divide and conquer). */
static void test_stats_gistar_exact_random_layouts(void)
{
    check_exact_random_layouts();
    trygg__gistar_exact_amp_limit(0);
    check_exact_random_layouts();
    trygg__gistar_exact_amp_limit(100);
}

/* 300 cells on a 20 x 15 lattice (band 150 m: 3 to 8 other neighbours), counts 0..9 with two
 * thirds zeros; with `spike`, one cell holds 1000 and its eight neighbours 9 (the centre of a
 * hot spot). The largest relative difference between trygg's exact p-values and p-values from
 * counting the subsets independently: for every cell the number of k-subsets of the other 299
 * values with each sum, by adding the values one at a time (dp[j][s] += dp[j-1][s-v], Pagano &
 * Tritchler 1983; sums beyond the largest one compared with share the last column), in doubles
 * that hold these counts exactly (at most C(299, 8) = 1.3e15 < 2^53); p is the tail count over
 * C(299, k). */
static double worst_vs_counting(bool spike)
{
    enum { W = 20, H = 15, N = W * H, KMAX = 8 };
    trygg_ctx *ctx = th_ctx();
    double xy[2 * N], x[N], z[N], p[N];
    uint64_t s = 777;
    for (int i = 0; i < N; i++) {
        xy[2 * i] = 100.0 * (i % W);
        xy[2 * i + 1] = 100.0 * (i / W);
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned r = (unsigned)((s >> 33) % 30);
        x[i] = r < 20 ? 0 : (double)(r - 20);
    }
    if (spike)
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
                x[(7 + dy) * W + 9 + dx] = dx || dy ? 9 : 1000;
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, N, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
    bool exact = false;
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, &exact), TRYGG_OK);
    CU_ASSERT(exact);
    int cap = 0; /* the last column: sums of cap or more */
    for (int i = 0; i < N; i++) {
        int obs = 0;
        for (size_t t = w.start[i]; t < w.start[i + 1]; t++)
            obs += (int)x[w.nbr[t]];
        cap = obs - (int)x[i] + 1 > cap ? obs - (int)x[i] + 1 : cap;
    }
    double *dp = malloc((KMAX + 1) * (size_t)(cap + 1) * sizeof *dp);
    double worst = 0;
    for (int i = 0; i < N; i++) {
        size_t k = w.start[i + 1] - w.start[i] - 1;
        CU_ASSERT_FATAL(k <= KMAX);
        int obs = 0;
        for (size_t t = w.start[i]; t < w.start[i + 1]; t++)
            obs += (int)x[w.nbr[t]];
        obs -= (int)x[i];
        memset(dp, 0, (KMAX + 1) * (size_t)(cap + 1) * sizeof *dp);
        dp[0] = 1;
        for (int jn = 0; jn < N; jn++) {
            if (jn == i)
                continue;
            int v = (int)x[jn];
            for (size_t j = k; j >= 1; j--) {
                double *to = dp + j * (size_t)(cap + 1), *from = dp + (j - 1) * (size_t)(cap + 1);
                for (int sum = cap; sum >= 0; sum--) /* downwards: from[] is the previous row */
                    to[sum + v < cap ? sum + v : cap] += from[sum];
            }
        }
        double all = 0, tail = 0;
        for (int sum = 0; sum <= cap; sum++) {
            double c = dp[k * (size_t)(cap + 1) + (size_t)sum];
            all += c;
            if (z[i] >= 0 ? sum >= obs : sum <= obs)
                tail += c;
        }
        double e = tail / all, d = fabs(p[i] - e) / e;
        worst = d > worst ? d : worst;
    }
    free(dp);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
    return worst;
}

static void check_exact_vs_counting(void)
{
    /* The zeros, and 1 and 2, are common enough to be taken out of the full table; the others
     * are divided out where the error bound allows, else merged. Agreement to 1e-11 relative
     * (the hypergeometric weights come from differences of log-factorials; measured 5.6e-13). */
    double worst = worst_vs_counting(false);
    fprintf(stderr, "\n  exact tables vs counting on 300 cells: largest relative difference %.2g\n", worst);
    CU_ASSERT(worst < 1e-11);
}

/* The same check with the pools made by division where its error bound allows (the default)
 * and with every pool of a value that is not common merged instead (the divide and conquer). */
static void test_stats_gistar_exact_vs_counting(void)
{
    check_exact_vs_counting();
    trygg__gistar_exact_amp_limit(0);
    check_exact_vs_counting();
    trygg__gistar_exact_amp_limit(100);
}

static void test_stats_gistar_exact_division_bound(void)
{
    /* The spike (1000 in one cell, 9 around it): the pool of 1000 is the other 299 values, and
     * the spike cell's tail P(S >= 72) (all eight draws 9s, about 1e-14) lies in the column of
     * the full table that the subsets holding the 1000 fill (about 3 %). Taking the copy out by
     * division then cancels nearly all of that column: without the error bound (unlimited
     * amplification) the p-value is off by more than 1e-6 relative; with it that pool is merged
     * and every p-value agrees with the counting to 1e-11. */
    trygg__gistar_exact_amp_limit(INFINITY);
    double loose = worst_vs_counting(true);
    trygg__gistar_exact_amp_limit(100);
    double bounded = worst_vs_counting(true);
    fprintf(stderr, "\n  division unchecked: %.2g, with the error bound: %.2g (largest relative difference)\n", loose,
            bounded);
    CU_ASSERT(loose > 1e-6);
    CU_ASSERT(bounded < 1e-11);
}

static void test_stats_gistar_exact_5x5(void)
{
    /* The 5 x 5 pattern of the tests above. Centre (id 6): its 8 other neighbours are drawn from
     * 24 cells (8 tens, 16 ones); the observed sum 80 is the largest, reached only by the 8
     * tens: p = 1 / C(24, 8) = 1 / 735471. Cold corner (id 24): 3 of 24 (9 tens, 15 ones), the
     * observed 3 is the smallest: p = C(15, 3) / C(24, 3) = 455 / 2024. Hot corner (id 0,
     * x = 10): 3 of 24 (8 tens, 16 ones), observed 30: p = C(8, 3) / C(24, 3) = 56 / 2024.
     * Then against 10^6 conditional permutations of the old path: the permutation p is
     * (M + 1) / (R + 1) with M ~ Binomial(R, p), so every cell within 5 sd of its mean. */
    trygg_ctx *ctx = th_ctx();
    double xy[50], x[25], z[25], p[25], pp[25];
    grid5(xy, x);
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
    bool exact = false;
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, &exact), TRYGG_OK);
    CU_ASSERT(exact);
    TH_ASSERT_NEAR(p[6], 1.0 / 735471.0, 1e-12 / 735471.0);
    TH_ASSERT_NEAR(p[24], 455.0 / 2024.0, 1e-12);
    TH_ASSERT_NEAR(p[0], 56.0 / 2024.0, 1e-12);
    double R = 1e6;
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, (unsigned)R, 20240601, z, NULL, pp), TRYGG_OK);
    double worst = 0;
    for (int i = 0; i < 25; i++) {
        double mean = (R * p[i] + 1.0) / (R + 1.0), sd = sqrt(R * p[i] * (1.0 - p[i])) / (R + 1.0);
        double dev = fabs(pp[i] - mean) / (sd + 1.0 / (R + 1.0));
        worst = dev > worst ? dev : worst;
    }
    fprintf(stderr, "\n  exact vs 10^6 permutations on the 5x5 grid: largest deviation %.2f sd\n", worst);
    CU_ASSERT(worst < 5.0);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

static void test_stats_gistar_shared_draws(void)
{
    /* The fallback for values that are not integers (and grids too costly for the tables):
     * draws shared per (k, x) class. On the 5 x 5 pattern scaled by 0.5 (values 5 and 0.5, so not
     * integers), stopping after 10^4 extreme sums (about 1 % relative error), every cell must
     * agree with the exact p of the integer pattern (the same null, scaled) within 5 % relative
     * or 5 sd of the draws; the centre (p = 1.36e-6) reaches the draw limit here (10^6 draws),
     * so it gets at most a few extreme sums. Deterministic for a seed. */
    trygg_ctx *ctx = th_ctx();
    double xy[50], x[25], y[25], z[25], p[25], ps[25], ps2[25];
    grid5(xy, x);
    for (int i = 0; i < 25; i++)
        y[i] = 0.5 * x[i];
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, 25, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, p, NULL), TRYGG_OK);
    trygg__gistar_exact_limits(4e9, 10000, 1000000);
    bool exact = true;
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, y, z, 7, ps, &exact), TRYGG_OK);
    CU_ASSERT(!exact);
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, y, z, 7, ps2, NULL), TRYGG_OK);
    CU_ASSERT(memcmp(ps, ps2, sizeof ps) == 0);
    for (int i = 0; i < 25; i++) {
        if (i == 6)
            continue;
        double R = 10000.0 / p[i]; /* about the draws a class made */
        double tol = fmax(0.05 * p[i], 5.0 * sqrt(p[i] * (1 - p[i]) / (R < 1e6 ? R : 1e6)));
        TH_ASSERT_NEAR(ps[i], p[i], tol);
    }
    CU_ASSERT(ps[6] < 1e-5);
    /* Integer values whose tables are too costly take the same path. */
    trygg__gistar_exact_limits(10, 10000, 1000000);
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 7, ps2, &exact), TRYGG_OK);
    CU_ASSERT(!exact);
    TH_ASSERT_NEAR(ps2[24], p[24], 0.05 * p[24]);
    trygg__gistar_exact_limits(4e9, 10000, 100000000);
    trygg_neighbours_fini(&w);
    /* Counts far apart (0, 1e9, 5 on a row): tables of a billion columns would not fit, so the
     * draws are used instead of an allocation that cannot succeed. Cell 1 (x = 1e9) draws its
     * two other neighbours from a pool of two: every draw is the observed sum, p = 1. */
    double rxy[6] = {0, 0, 100, 0, 200, 0}, rx[3] = {0, 1e9, 5}, rz[3], rp[3];
    TH_ASSERT_INT(trygg_neighbours_band(ctx, rxy, 3, 150.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, rx, 0, 0, rz, NULL, NULL), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, rx, rz, 7, rp, &exact), TRYGG_OK);
    CU_ASSERT(!exact);
    TH_ASSERT_NEAR(rp[1], 1.0, 0);
    CU_ASSERT(rp[0] > 0 && rp[0] <= 1.0 && rp[2] > 0 && rp[2] <= 1.0);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- cross-check with PySAL */

typedef struct {
    long row, col;
    int count;
    double z;
} expected_cell;

static void test_stats_gistar_crosscheck_pysal(void)
{
    /* tests/fixtures/gistar/northumbria_500m_1500m.csv holds Gi* z-scores that
     * tools/crosscheck_gistar.py computed with libpysal's DistanceBand weights and numpy (see its
     * header for the command). Here the same points are projected to EPSG:27700 with GDAL/PROJ,
     * counted on trygg's 500 m square grid over their extent, and trygg's Gi* with a 1500 m
     * band must match every listed cell's count exactly and z within 1e-9. */
    trygg_ctx *ctx = th_ctx();
    FILE *f = fopen(th_fixture("real/northumbria_criminal_damage.csv"), "r");
    FILE *fx = fopen(th_fixture("gistar/northumbria_500m_1500m.csv"), "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fx);
    char line[4096];
    size_t np = 0, cap = 4096;
    double *px = malloc(cap * sizeof *px), *py = malloc(cap * sizeof *py);
    bool header = true;
    while (fgets(line, sizeof line, f)) {
        if (header) {
            header = false;
            continue;
        }
        char *a = strchr(line, ',');
        if (!a)
            continue;
        char *e1, *e2;
        double lon = strtod(a + 1, &e1);
        if (*e1 != ',')
            continue;
        double lat = strtod(e1 + 1, &e2);
        if (e2 == e1 + 1 || *e2 != ',')
            continue;
        if (np == cap) {
            cap *= 2;
            px = realloc(px, cap * sizeof *px);
            py = realloc(py, cap * sizeof *py);
        }
        px[np] = lon;
        py[np] = lat;
        np++;
    }
    fclose(f);
    TH_ASSERT_INT(np, 1695);
    OGRSpatialReferenceH s4326 = OSRNewSpatialReference(NULL), s27700 = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(s4326, 4326);
    OSRImportFromEPSG(s27700, 27700);
    OSRSetAxisMappingStrategy(s4326, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(s27700, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(s4326, s27700);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ct);
    CU_ASSERT(OCTTransform(ct, (int)np, px, py, NULL));
    double env[4] = {px[0], py[0], px[0], py[0]};
    double *pts = malloc(2 * np * sizeof *pts);
    for (size_t i = 0; i < np; i++) {
        env[0] = px[i] < env[0] ? px[i] : env[0];
        env[1] = py[i] < env[1] ? py[i] : env[1];
        env[2] = px[i] > env[2] ? px[i] : env[2];
        env[3] = py[i] > env[3] ? py[i] : env[3];
        pts[2 * i] = px[i];
        pts[2 * i + 1] = py[i];
    }
    trygg_grid *g = NULL;
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_SQUARE, 500.0, env, &g), TRYGG_OK);
    size_t n = trygg_grid_count(g);
    TH_ASSERT_INT(n, 33201); /* the fixture's "n=" line: 217 rows x 153 columns */
    double *x = calloc(n, sizeof *x), *cxy = malloc(2 * n * sizeof *cxy), *z = malloc(n * sizeof *z);
    for (size_t i = 0; i < np; i++) {
        size_t id = trygg_grid_locate(g, pts[2 * i], pts[2 * i + 1]);
        CU_ASSERT(id != SIZE_MAX);
        if (id != SIZE_MAX)
            x[id] += 1;
    }
    trygg_grid_centroids(g, cxy);
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, cxy, n, 1500.0, &w), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 0, 0, z, NULL, NULL), TRYGG_OK);
    size_t checked = 0, count_mismatch = 0, missing = 0;
    double maxdiff = 0;
    while (fgets(line, sizeof line, fx)) {
        expected_cell e;
        if (line[0] == '#' || sscanf(line, "%ld,%ld,%d,%lf", &e.row, &e.col, &e.count, &e.z) != 4)
            continue;
        size_t id = trygg_grid_locate(g, ((double)e.col + 0.5) * 500.0, ((double)e.row + 0.5) * 500.0);
        if (id == SIZE_MAX) {
            missing++;
            continue;
        }
        count_mismatch += x[id] != (double)e.count;
        double d = fabs(z[id] - e.z);
        maxdiff = d > maxdiff ? d : maxdiff;
        checked++;
    }
    fclose(fx);
    fprintf(stderr, "\n  Gi* vs libpysal+numpy: %zu cells checked, largest |z difference| %.3g\n", checked, maxdiff);
    TH_ASSERT_INT(checked, 5455); /* data lines of the fixture */
    TH_ASSERT_INT(missing, 0);
    TH_ASSERT_INT(count_mismatch, 0);
    CU_ASSERT(maxdiff < 1e-9);
    trygg_neighbours_fini(&w);
    trygg_grid_free(g);
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(s4326);
    OSRDestroySpatialReference(s27700);
    free(px);
    free(py);
    free(pts);
    free(x);
    free(cxy);
    free(z);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- FDR and classes */

static void test_stats_fdr_by_hand(void)
{
    /* p = 0.01, 0.04, 0.03, 0.005, 0.20 (m = 5). Ascending: 0.005 (j=1), 0.01 (2), 0.03 (3),
     * 0.04 (4), 0.20 (5); m p / j = 0.025, 0.025, 0.05, 0.05, 0.2; running minimum from the
     * top leaves them as they are. q in input order: 0.025, 0.05, 0.05, 0.025, 0.2. */
    double p[5] = {0.01, 0.04, 0.03, 0.005, 0.20}, q[5];
    trygg_fdr_bh(p, 5, q);
    double want[5] = {0.025, 0.05, 0.05, 0.025, 0.2};
    for (int i = 0; i < 5; i++)
        TH_ASSERT_NEAR(q[i], want[i], 1e-15);
    /* Step-up: p = 0.04, 0.041 (m = 2): m p / j = 0.08 and 0.041; the running minimum from the
     * top gives q = 0.041 for both, so at alpha = 0.05 BH rejects both although 0.04 * 2 > 0.05. */
    double p2[3] = {0.04, 0.041, NAN}, q2[3];
    trygg_fdr_bh(p2, 3, q2);
    TH_ASSERT_NEAR(q2[0], 0.041, 1e-15);
    TH_ASSERT_NEAR(q2[1], 0.041, 1e-15);
    CU_ASSERT(isnan(q2[2]));
    /* Capped at 1: p = 0.9, 0.8 (m = 2): 2*0.8/1 = 1.6 -> min with q_(2) = 0.9. */
    double p3[2] = {0.9, 0.8}, q3[2];
    trygg_fdr_bh(p3, 2, q3);
    TH_ASSERT_NEAR(q3[0], 0.9, 1e-15);
    TH_ASSERT_NEAR(q3[1], 0.9, 1e-15);
}

static void test_stats_fdr_against_definition(void)
{
    /* 2000 p-values with many ties (three decimals), tiny ones (down to 1e-300) and NaNs,
     * against the definition computed here without sorting: q_i = min over j with
     * p_j >= p_i of min(1, m p_j / r_j), r_j the number of p-values <= p_j (for tied values the
     * largest rank, which gives the same minimum). */
    enum { N = 2000 };
    static double p[N], q[N];
    uint64_t s = 99;
    for (int i = 0; i < N; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        double u = (double)(s >> 11) / 9007199254740992.0;
        p[i] = i % 97 == 0 ? NAN : i % 13 == 0 ? pow(10.0, -300.0 * u) : round(u * 1000.0) / 1000.0;
    }
    trygg_fdr_bh(p, N, q);
    size_t m = 0;
    for (int i = 0; i < N; i++)
        m += !isnan(p[i]);
    static double bound[N]; /* min(1, m p_j / r_j) */
    for (int j = 0; j < N; j++) {
        size_t r = 0;
        for (int k = 0; k < N; k++)
            r += !isnan(p[k]) && p[k] <= p[j];
        bound[j] = isnan(p[j]) ? NAN : fmin(1.0, (double)m * p[j] / (double)r);
    }
    double worst = 0;
    for (int i = 0; i < N; i++) {
        if (isnan(p[i])) {
            CU_ASSERT(isnan(q[i]));
            continue;
        }
        double want = 1.0;
        for (int j = 0; j < N; j++)
            if (!isnan(p[j]) && p[j] >= p[i] && bound[j] < want)
                want = bound[j];
        double d = fabs(q[i] - want) / want;
        worst = d > worst ? d : worst;
    }
    CU_ASSERT(worst < 1e-14);
}

static void test_stats_classes(void)
{
    /* Without FDR the p-values decide: 0.01 -> 99 % (3), 0.04 -> 95 % (2, cold as z < 0),
     * 0.03 -> 2, 0.005 -> 3, 0.2 -> 0. With FDR the q-values of the test above decide:
     * 0.025 -> 2, 0.05 -> -2, 0.05 -> 2, 0.025 -> 2, 0.2 -> 0. */
    double z[5] = {2.6, -2.1, 2.2, 2.8, 1.3}, p[5] = {0.01, 0.04, 0.03, 0.005, 0.20}, q[5];
    int cls[5];
    trygg_hotspot_classes(z, p, 5, false, cls, q);
    int want[5] = {3, -2, 2, 3, 0};
    for (int i = 0; i < 5; i++)
        TH_ASSERT_INT(cls[i], want[i]);
    trygg_hotspot_classes(z, p, 5, true, cls, q);
    int want_fdr[5] = {2, -2, 2, 2, 0};
    for (int i = 0; i < 5; i++)
        TH_ASSERT_INT(cls[i], want_fdr[i]);
    TH_ASSERT_NEAR(q[1], 0.05, 1e-15);
    TH_ASSERT_INT(trygg_hotspot_class(-3.0, 0.0999), -1);
    TH_ASSERT_INT(trygg_hotspot_class(3.0, 0.1001), 0);
    TH_ASSERT_INT(trygg_hotspot_class(3.0, NAN), 0);
}

/* ---------------------------------------------------------------- evaluation */

static void test_stats_pai_rri_by_hand(void)
{
    /* 100 cells of 1 ha (A = 1 km^2). Hotspots: the 5 cells with the highest training score,
     * 5 % of the area (a = 5 ha). Test period: N = 200 incidents, 50 in the hotspots:
     * hit rate 50/200 = 0.25, PAI = 0.25 / 0.05 = 5. Training period: N1 = 250, n1 = 40 in the
     * hotspots: RRI = (50/40) / (200/250) = 1.25 / 0.8 = 1.5625. */
    double area[100], score[100], train[100], test[100];
    bool sel[100];
    for (int i = 0; i < 100; i++) {
        area[i] = 10000;
        score[i] = (double)(i % 17); /* highest: 16 at cells 16, 33, 50, 67, 84; then 15 ... */
        train[i] = 0;
        test[i] = 0;
    }
    train[0] = 210; /* not a hotspot */
    test[0] = 150;
    int hot[5] = {16, 33, 50, 67, 84};
    for (int k = 0; k < 5; k++) {
        train[hot[k]] = 8;
        test[hot[k]] = 10;
    }
    TH_ASSERT_INT(trygg_select_top_area(score, area, 100, 0.05, sel), 5);
    for (int k = 0; k < 5; k++)
        CU_ASSERT(sel[hot[k]]);
    trygg_eval e;
    trygg_evaluate_hotspots(sel, area, train, test, 100, 0, &e);
    TH_ASSERT_INT(e.ncells, 5);
    TH_ASSERT_NEAR(e.area_m2, 50000, 0);
    TH_ASSERT_NEAR(e.study_area_m2, 1e6, 1e-6);
    TH_ASSERT_NEAR(e.n_test, 50, 0);
    TH_ASSERT_NEAR(e.N_test, 200, 0);
    TH_ASSERT_NEAR(e.hit_rate, 0.25, 1e-15);
    TH_ASSERT_NEAR(e.pai, 5.0, 1e-12);
    TH_ASSERT_NEAR(e.rri, 1.5625, 1e-12);
    TH_ASSERT_NEAR(trygg_pai(50, 200, 5, 100), 5.0, 1e-12);
    CU_ASSERT(isnan(trygg_pai(1, 0, 5, 100)));
    CU_ASSERT(isnan(trygg_rri(3, 0, 10, 10)));
    /* Ties go to the lower index; a cell that would overflow the area budget stops the
     * selection: areas 4, 3, 5 with scores 9, 8, 7 and share 0.5 of 12 = 6: the first (4) fits,
     * the second (4 + 3 = 7 > 6) does not. */
    double s2[3] = {9, 8, 7}, a2[3] = {4, 3, 5};
    bool sel2[3];
    TH_ASSERT_INT(trygg_select_top_area(s2, a2, 3, 0.5, sel2), 1);
    CU_ASSERT(sel2[0] && !sel2[1] && !sel2[2]);
    double s3[4] = {1, 5, 5, NAN}, a3[4] = {1, 1, 1, 1};
    bool sel3[4];
    TH_ASSERT_INT(trygg_select_top_area(s3, a3, 4, 0.25, sel3), 1);
    CU_ASSERT(sel3[1] && !sel3[2] && !sel3[3]);
}

static void test_stats_poisson_compare(void)
{
    /* Expected values from scipy 1.10.1: scipy.stats.binomtest(k, n, p).pvalue.
     *  30 vs 15 over equal periods: binomtest(30, 45, 0.5) = 0.035697803555194696
     *  5 vs 0: binomtest(5, 5, 0.5) = 0.0625 (= 2 / 2^5 by hand)
     *  12 over 12 months vs 20 over 6 months: p0 = 12/18, binomtest(12, 32, 2/3) = 0.00101363714159899
     *  1000 vs 1100: binomtest(1000, 2100, 0.5) = 0.030720707864242486
     *  binomtest(3, 40, 0.25) = 0.009347148417940206, binomtest(17, 20, 0.3) = 5.426947467863097e-07 */
    TH_ASSERT_NEAR(trygg_poisson_compare_p(30, 15, 1, 1), 0.035697803555194696, 1e-12);
    TH_ASSERT_NEAR(trygg_poisson_compare_p(5, 0, 12, 12), 0.0625, 1e-12);
    TH_ASSERT_NEAR(trygg_poisson_compare_p(12, 20, 12, 6), 0.00101363714159899, 1e-12);
    TH_ASSERT_NEAR(trygg_poisson_compare_p(1000, 1100, 1, 1), 0.030720707864242486, 1e-10);
    TH_ASSERT_NEAR(trygg_binomial_two_sided_p(3, 40, 0.25), 0.009347148417940206, 1e-12);
    TH_ASSERT_NEAR(trygg_binomial_two_sided_p(17, 20, 0.3), 5.426947467863097e-07, 1e-15);
    TH_ASSERT_NEAR(trygg_poisson_compare_p(0, 0, 1, 1), 1.0, 0);
    TH_ASSERT_NEAR(trygg_poisson_compare_p(7, 7, 1, 1), 1.0, 1e-12);
    CU_ASSERT(isnan(trygg_poisson_compare_p(1, 2, 0, 1)));
}

/* ---------------------------------------------------------------- timing */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void test_stats_lund_sized_timing(void)
{
    /* The Lund-sized case of the issue: 10 x 10 km of 100 m hexagons, 50 000 incidents
     * (clustered around 40 centres plus a uniform background, fixed seed), Gi* with 999
     * permutations and a 300 m band, KDE (h = 200 m) at the cell centroids, on 2 threads.
     * Timing is printed, not asserted (it depends on the build type and the machine). */
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, 2);
    double env[4] = {380000, 6170000, 390000, 6180000};
    trygg_grid *g = NULL;
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_HEX, 100.0, env, &g), TRYGG_OK);
    size_t n = trygg_grid_count(g), ne = 50000;
    double *ev = malloc(2 * ne * sizeof *ev), *cxy = malloc(2 * n * sizeof *cxy);
    double *x = calloc(n, sizeof *x), *z = malloc(n * sizeof *z), *pn = malloc(n * sizeof *pn);
    double *pp = malloc(n * sizeof *pp), *kde = malloc(n * sizeof *kde);
    uint64_t s = 2024;
    for (size_t i = 0; i < ne; i++) {
        double u[4];
        for (int k = 0; k < 4; k++) {
            s = s * 6364136223846793005ULL + 1442695040888963407ULL;
            u[k] = (double)(s >> 11) / 9007199254740992.0;
        }
        if (i % 2 == 0) { /* background */
            ev[2 * i] = env[0] + u[0] * 10000;
            ev[2 * i + 1] = env[1] + u[1] * 10000;
        } else { /* around one of 40 centres, Box-Muller with sd 150 m */
            size_t c = (i / 2) % 40;
            double cx = env[0] + 500 + (double)(c % 8) * 1200, cy = env[1] + 500 + (double)(c / 8) * 1900;
            double r = 150 * sqrt(-2 * log(u[2] + 1e-300));
            ev[2 * i] = cx + r * cos(2 * M_PI * u[3]);
            ev[2 * i + 1] = cy + r * sin(2 * M_PI * u[3]);
        }
    }
    double t0 = now_s();
    for (size_t i = 0; i < ne; i++) {
        size_t id = trygg_grid_locate(g, ev[2 * i], ev[2 * i + 1]);
        if (id != SIZE_MAX)
            x[id] += 1;
    }
    trygg_grid_centroids(g, cxy);
    double t1 = now_s();
    TH_ASSERT_INT(trygg_kde_quartic(ctx, ev, NULL, ne, cxy, n, 200.0, kde), TRYGG_OK);
    double t2 = now_s();
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, cxy, n, 300.0, &w), TRYGG_OK);
    double t3 = now_s();
    TH_ASSERT_INT(trygg_gistar(ctx, &w, x, 999, 1, z, pn, pp), TRYGG_OK);
    double t4 = now_s();
    int *cls = malloc(n * sizeof *cls);
    trygg_hotspot_classes(z, pn, n, true, cls, NULL);
    double t5 = now_s();
    double *pe = malloc(n * sizeof *pe);
    bool exact = false;
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &w, x, z, 1, pe, &exact), TRYGG_OK);
    double t6 = now_s();
    CU_ASSERT(exact);
    fprintf(stderr,
            "\n  Lund-sized: %zu hexagons, %zu incidents, 2 threads: assign %.3f s, KDE %.3f s, "
            "neighbours %.3f s, Gi* + 999 permutations %.3f s, FDR %.3f s; total %.3f s; "
            "exact p-values %.3f s\n",
            n, ne, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0, t6 - t5);
    /* The exact p-values against the old path's 999 permutations: (M + 1) / 1000 with
     * M ~ Binomial(999, p), every cell within 5 sd (plus the 1/1000 of the pseudo count). */
    double worst = 0;
    size_t below = 0;
    for (size_t i = 0; i < n; i++) {
        double mean = (999.0 * pe[i] + 1.0) / 1000.0, sd = sqrt(999.0 * pe[i] * (1.0 - pe[i])) / 1000.0;
        double dev = fabs(pp[i] - mean) / (sd + 0.001);
        worst = dev > worst ? dev : worst;
        below += pe[i] < 0.001;
    }
    fprintf(stderr, "  exact vs 999 permutations: largest deviation %.2f sd; %zu cells below the permutation "
            "floor of 0.001\n", worst, below);
    CU_ASSERT(worst < 5.0);
    CU_ASSERT(below > 0);
    free(pe);
    /* An inner hexagon has 36 others within 300 m (rings at 100, 173, 200, 265 and 300 m:
     * 6 + 6 + 6 + 12 + 6). */
    size_t mid = trygg_grid_locate(g, 385000, 6175000);
    TH_ASSERT_INT(w.start[mid + 1] - w.start[mid], 37);
    free(cls);
    trygg_neighbours_fini(&w);
    trygg_grid_free(g);
    free(ev);
    free(cxy);
    free(x);
    free(z);
    free(pn);
    free(pp);
    free(kde);
    trygg_ctx_free(ctx);
}

void test_stats_register(void)
{
    static CU_TestInfo tests[] = {
        {"KDE single event by hand", test_stats_kde_single_event},
        {"KDE integrates to one event", test_stats_kde_integrates_to_one},
        {"KDE 5x5 layout by hand", test_stats_kde_5x5_by_hand},
        {"Gi* 5x5 by hand", test_stats_gistar_5x5_by_hand},
        {"Gi* permutations 5x5", test_stats_gistar_permutations_5x5},
        {"Gi* permutations identical on 1 and 2 threads", test_stats_gistar_threads_reproducible},
        {"Gi* degenerate input", test_stats_gistar_degenerate},
        {"Gi* exact null vs enumeration, 6 cells", test_stats_gistar_exact_6_cells},
        {"Gi* exact null vs enumeration, random layouts", test_stats_gistar_exact_random_layouts},
        {"Gi* exact null vs counting, 300 cells", test_stats_gistar_exact_vs_counting},
        {"Gi* exact null: the division's error bound", test_stats_gistar_exact_division_bound},
        {"Gi* exact null 5x5 vs 10^6 permutations", test_stats_gistar_exact_5x5},
        {"Gi* shared draws fallback", test_stats_gistar_shared_draws},
        {"Gi* cross-check with PySAL", test_stats_gistar_crosscheck_pysal},
        {"FDR by hand", test_stats_fdr_by_hand},
        {"FDR against its definition", test_stats_fdr_against_definition},
        {"confidence classes", test_stats_classes},
        {"PAI, hit rate, RRI by hand", test_stats_pai_rri_by_hand},
        {"Poisson comparison against scipy", test_stats_poisson_compare},
        {"Lund-sized timing", test_stats_lund_sized_timing},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("stats", tests);
}

/*
 * The Knox test (src/score/knox.c) on four incidents whose table is worked out by hand, and
 * whose permutation distribution is enumerated exactly here (all 4! = 24 assignments of the
 * times), independently of the code under test.
 *   A (0, 0) day 0, B (50, 0) day 3, C (0, 250) day 20, D (1000, 0) day 0.
 *   Bands: 100 m up to 300 m, 7 days up to 21 days (3 x 3).
 *   Pairs within 300 m: A-B 50 m (band 0-100), A-C 250 m and B-C 254.95 m (band 200-300); D has none.
 *   Observed: A-B 3 days -> 0-7; A-C 20 days -> 14-21; B-C 17 days -> 14-21.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"
#include "score/score.h"

#define DAY 86400

static const double XY[8] = {0, 0, 50, 0, 0, 250, 1000, 0};
static const int64_t T[4] = {0, 3 * DAY, 20 * DAY, 0};

static int band_of(double v, double step) { return v <= step ? 0 : (int)ceil(v / step) - 1; }

/* Exact: over all permutations of the times, the mean count and P(count >= observed) per cell. */
static void enumerate(double mean[9], double p_ge[9], const double obs[9])
{
    int perm[4] = {0, 1, 2, 3}, nperm = 0;
    double sum[9] = {0}, ge[9] = {0};
    /* all 24 orderings by nested loops */
    for (int a = 0; a < 4; a++)
        for (int b = 0; b < 4; b++)
            for (int c = 0; c < 4; c++)
                for (int d = 0; d < 4; d++) {
                    if (a == b || a == c || a == d || b == c || b == d || c == d)
                        continue;
                    perm[0] = a, perm[1] = b, perm[2] = c, perm[3] = d;
                    double cells[9] = {0};
                    for (int i = 0; i < 4; i++)
                        for (int j = i + 1; j < 4; j++) {
                            double dist = hypot(XY[2 * j] - XY[2 * i], XY[2 * j + 1] - XY[2 * i + 1]);
                            if (dist > 300)
                                continue;
                            double gap = fabs((double)(T[perm[i]] - T[perm[j]])) / DAY;
                            int sb = band_of(dist, 100), tb = band_of(gap, 7);
                            if (tb < 3)
                                cells[sb * 3 + tb]++;
                        }
                    for (int k = 0; k < 9; k++) {
                        sum[k] += cells[k];
                        ge[k] += cells[k] >= obs[k];
                    }
                    nperm++;
                }
    for (int k = 0; k < 9; k++) {
        mean[k] = sum[k] / nperm;
        p_ge[k] = ge[k] / nperm;
    }
}

static void test_knox_table(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_knox_params p = {100, 300, 7, 21, 20000, 7};
    trygg_knox_table kt;
    TH_ASSERT_INT(trygg_knox(ctx, XY, T, 4, &p, &kt), TRYGG_OK);
    TH_ASSERT_INT(kt.ns, 3);
    TH_ASSERT_INT(kt.nt, 3);
    TH_ASSERT_INT(kt.pairs, 3);
    const double obs[9] = {1, 0, 0, 0, 0, 0, 0, 0, 2};
    for (int k = 0; k < 9; k++)
        TH_ASSERT_NEAR(kt.observed[k], obs[k], 0.0);
    double mean[9], pge[9];
    enumerate(mean, pge, obs);
    /* e.g. the A-B pair draws two of the times 0, 0, 3, 20: of the 6 pairs of them, 3 are within
     * 7 days (0/0, 0/3, 0/3), so its expected count is 1/2. The Monte Carlo estimates agree
     * within a few standard errors of 20 000 draws (sd of a 0-3 count <= 1.5: se <= 0.011). */
    for (int k = 0; k < 9; k++) {
        TH_ASSERT_NEAR(kt.expected[k], mean[k], 0.04);
        /* Monte Carlo p = (1 + #>=) / (1 + P): the exact tail probability within 0.01 */
        TH_ASSERT_NEAR(kt.p[k], pge[k], 0.01);
    }
    TH_ASSERT_NEAR(mean[0], 0.5, 1e-12);
    TH_ASSERT_NEAR(kt.ratio[0], 1.0 / kt.expected[0], 1e-12);
    trygg_knox_table_fini(&kt);

    /* the same seed and permutations give the same table whatever the thread count */
    trygg_knox_table a, b;
    p.permutations = 999;
    trygg_ctx_set_threads(ctx, 1);
    trygg_knox(ctx, XY, T, 4, &p, &a);
    trygg_ctx_set_threads(ctx, 2);
    trygg_knox(ctx, XY, T, 4, &p, &b);
    for (int k = 0; k < 9; k++) {
        TH_ASSERT_NEAR(a.expected[k], b.expected[k], 0.0);
        TH_ASSERT_NEAR(a.p[k], b.p[k], 0.0);
    }
    trygg_knox_table_fini(&a);
    trygg_knox_table_fini(&b);

    p.space_step_m = 0;
    TH_ASSERT_INT(trygg_knox(ctx, XY, T, 4, &p, &kt), TRYGG_E_USAGE);
    trygg_ctx_free(ctx);
}

void test_knox_register(void)
{
    static CU_TestInfo tests[] = {
        {"Knox table against exact enumeration", test_knox_table},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("knox", tests);
}

/*
 * Emerging hot spots (src/score/emerging.c): the Mann-Kendall test and the space-time Gi* against
 * values worked out here, and every class rule on a series made for it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "score/emerging.h"

/* x = 1..5: S = 10 (all 10 pairs rise), Var S = 5 * 4 * 15 / 18 = 16.6667, z = (10 - 1) / sqrt(Var)
 * = 2.204541, p = erfc(z / sqrt 2) = 0.027486. With ties, x = 1, 1, 2, 3: S = 5 (five rising pairs,
 * one tie), Var S = (4 * 3 * 13 - 2 * 1 * 9) / 18 = 7.6667, z = 4 / sqrt(7.6667) = 1.444630,
 * p = 0.148562. (Mann 1945; Kendall 1975; as pymannkendall's original_test.) */
static void test_emerging_mann_kendall(void)
{
    const double a[] = {1, 2, 3, 4, 5}, b[] = {1, 1, 2, 3}, c[] = {2, 2, 2};
    double s, z, p;
    trygg_mann_kendall(a, 5, &s, &z, &p);
    TH_ASSERT_NEAR(s, 10, 0);
    TH_ASSERT_NEAR(z, 9.0 / sqrt(50.0 / 3.0), 1e-12);
    TH_ASSERT_NEAR(p, erfc(9.0 / sqrt(50.0 / 3.0) / sqrt(2.0)), 1e-12);
    TH_ASSERT_NEAR(p, 0.027486, 1e-6);
    trygg_mann_kendall(b, 4, &s, &z, &p);
    TH_ASSERT_NEAR(s, 5, 0);
    TH_ASSERT_NEAR(z, 4.0 / sqrt(138.0 / 18.0), 1e-12);
    TH_ASSERT_NEAR(p, 0.148562, 1e-6);
    trygg_mann_kendall(c, 3, &s, &z, &p);
    TH_ASSERT_NEAR(z, 0, 0);
    TH_ASSERT_NEAR(p, 1, 0);
}

static int classify(const int *bins, const double *z, size_t T)
{
    return trygg_emerging_classify(bins, z, T, NULL, NULL);
}

/* One series per rule of Esri's Emerging Hot Spot Analysis, T = 10 steps (90 % = 9 steps). */
static void test_emerging_classes(void)
{
    const double flat[10] = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
    const double up[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, down[10] = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    const int none[10] = {0}, all_hot[10] = {1, 2, 3, 1, 2, 3, 1, 2, 3, 1};
    const int new_hot[10] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    const int consecutive[10] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 3};
    const int sporadic[10] = {1, 0, 1, 0, 0, 1, 0, 0, 0, 1};
    const int oscillating[10] = {-1, 0, 1, 0, 0, 0, 0, 0, 0, 1};
    const int historical[10] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
    const int new_cold[10] = {0, 0, 0, 0, 0, 0, 0, 0, 0, -3};
    const int after_gap[10] = {1, 0, 0, 0, 0, 0, 0, 1, 1, 1}; /* hot before the final run: not consecutive */
    TH_ASSERT_INT(classify(none, flat, 10), TRYGG_EMERGING_NONE);
    TH_ASSERT_INT(classify(new_hot, flat, 10), TRYGG_EMERGING_NEW);
    TH_ASSERT_INT(classify(consecutive, flat, 10), TRYGG_EMERGING_CONSECUTIVE);
    TH_ASSERT_INT(classify(all_hot, flat, 10), TRYGG_EMERGING_PERSISTENT);
    TH_ASSERT_INT(classify(all_hot, up, 10), TRYGG_EMERGING_INTENSIFYING);
    TH_ASSERT_INT(classify(all_hot, down, 10), TRYGG_EMERGING_DIMINISHING);
    TH_ASSERT_INT(classify(sporadic, flat, 10), TRYGG_EMERGING_SPORADIC);
    TH_ASSERT_INT(classify(after_gap, flat, 10), TRYGG_EMERGING_SPORADIC);
    TH_ASSERT_INT(classify(oscillating, flat, 10), TRYGG_EMERGING_OSCILLATING);
    TH_ASSERT_INT(classify(historical, flat, 10), TRYGG_EMERGING_HISTORICAL);
    TH_ASSERT_INT(classify(new_cold, flat, 10), -TRYGG_EMERGING_NEW);
    TH_ASSERT_STR(trygg_emerging_name(TRYGG_EMERGING_INTENSIFYING), "intensifying hot spot");
    TH_ASSERT_STR(trygg_emerging_name(-TRYGG_EMERGING_HISTORICAL), "historical cold spot");
    TH_ASSERT_STR(trygg_emerging_plain(TRYGG_EMERGING_CONSECUTIVE), "emerging");
    TH_ASSERT_STR(trygg_emerging_plain(-TRYGG_EMERGING_OSCILLATING), "intermittent");
    CU_ASSERT_PTR_NULL(trygg_emerging_name(0));
}

/* Three cells on a line (0-1, 1-2 neighbours), two steps, window 2 (a bin sees its cell's
 * neighbours in its own and the previous step). Counts t0 = (1, 0, 0), t1 = (4, 2, 0):
 * x = 1 0 0 4 2 0, N = 6, mean 7/6, S^2 = 21/6 - (7/6)^2 = 2.138889.
 * Bin (t1, cell 0): neighbours cells 0, 1 in both steps, W = 4, sum 1 + 0 + 4 + 2 = 7:
 *   z = (7 - 4 * 7/6) / (S sqrt((6 * 4 - 16) / 5)) = 1.261312.
 * Bin (t0, cell 0): cells 0, 1 in step 0 only, W = 2, sum 1: z = (1 - 14/6) / (S sqrt(8/5)) = -0.720750. */
static void test_emerging_cube(void)
{
    trygg_neighbours w = {3, malloc(4 * sizeof(size_t)), malloc(7 * sizeof(size_t))};
    const size_t start[4] = {0, 2, 5, 7}, nbr[7] = {0, 1, 0, 1, 2, 1, 2};
    for (int i = 0; i < 4; i++)
        w.start[i] = start[i];
    for (int i = 0; i < 7; i++)
        w.nbr[i] = nbr[i];
    const double counts[6] = {1, 0, 0, 4, 2, 0};
    double z[6], p[6];
    int cls[6];
    trygg_ctx *ctx = th_ctx();
    TH_ASSERT_INT(trygg_emerging_cube(ctx, &w, 2, 2, counts, 1, z, p, cls), TRYGG_OK);
    double mean = 7.0 / 6.0, S = sqrt(21.0 / 6.0 - mean * mean);
    TH_ASSERT_NEAR(z[3], (7.0 - 4.0 * mean) / (S * sqrt((6.0 * 4.0 - 16.0) / 5.0)), 1e-12);
    TH_ASSERT_NEAR(z[3], 1.261312, 1e-6);
    TH_ASSERT_NEAR(z[0], (1.0 - 2.0 * mean) / (S * sqrt((12.0 - 4.0) / 5.0)), 1e-12);
    TH_ASSERT_NEAR(z[0], -0.720750, 1e-6);
    for (int i = 0; i < 6; i++)
        CU_ASSERT(p[i] > 0 && p[i] <= 1);
    TH_ASSERT_INT(trygg_emerging_cube(ctx, &w, 0, 1, counts, 1, z, p, cls), TRYGG_E_USAGE);
    trygg_ctx_free(ctx);
    trygg_neighbours_fini(&w);
}

/* Against tools/crosscheck_emerging.py (numpy): a 10 x 10 grid of 100 m squares, 10 steps, window 2,
 * with planted intensifying, persistent, new, consecutive and historical blocks. trygg's cube gives
 * the same Gi* z for all 1 000 bins; from the bin classes the script wrote (normal p-values and BH,
 * where trygg uses the exact conditional null), trygg_emerging_classify gives every cell the
 * script's class, Mann-Kendall included. */
static void test_emerging_crosscheck_numpy(void)
{
    FILE *f = fopen(th_fixture("emerging/grid10_t10_w2.csv"), "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    enum { R = 10, C = 10, T = 10, N = R * C * T };
    double counts[N], zref[N];
    int binc[N], cellc[R * C];
    char line[256];
    int section = 0, nb = 0, ncell = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || strncmp(line, "t,", 2) == 0 || strncmp(line, "row,", 4) == 0)
            continue;
        if (strncmp(line, "bins", 4) == 0 || strncmp(line, "cells", 5) == 0) {
            section = line[0] == 'b' ? 1 : 2;
            continue;
        }
        if (section == 1) {
            int t, r, c, cnt, cls;
            double z;
            if (sscanf(line, "%d,%d,%d,%d,%lf,%d", &t, &r, &c, &cnt, &z, &cls) == 6) {
                int i = t * R * C + r * C + c;
                counts[i] = cnt;
                zref[i] = z;
                binc[i] = cls;
                nb++;
            }
        } else if (section == 2) {
            int r, c, cls;
            if (sscanf(line, "%d,%d,%d", &r, &c, &cls) == 3) {
                cellc[r * C + c] = cls;
                ncell++;
            }
        }
    }
    fclose(f);
    TH_ASSERT_INT(nb, N);
    TH_ASSERT_INT(ncell, R * C);
    double xy[2 * R * C];
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++) {
            xy[2 * (r * C + c)] = 50.0 + 100.0 * c;
            xy[2 * (r * C + c) + 1] = 50.0 + 100.0 * r;
        }
    trygg_ctx *ctx = th_ctx();
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, R * C, 100.0, &w), TRYGG_OK);
    double *z = malloc(N * sizeof *z), *p = malloc(N * sizeof *p);
    int *cls = malloc(N * sizeof *cls);
    TH_ASSERT_INT(trygg_emerging_cube(ctx, &w, T, 2, counts, 1, z, p, cls), TRYGG_OK);
    int zbad = 0, cbad = 0, seen[9] = {0};
    for (int i = 0; i < N; i++)
        zbad += fabs(z[i] - zref[i]) > 1e-9;
    for (int i = 0; i < R * C; i++) {
        int bins[T];
        double zs[T];
        for (int t = 0; t < T; t++) {
            bins[t] = binc[t * R * C + i];
            zs[t] = z[t * R * C + i];
        }
        int k = trygg_emerging_classify(bins, zs, T, NULL, NULL);
        cbad += k != cellc[i];
        seen[abs(k)]++;
    }
    TH_ASSERT_INT(zbad, 0);
    TH_ASSERT_INT(cbad, 0);
    /* the layout exercises several rules */
    CU_ASSERT(seen[TRYGG_EMERGING_NEW] > 0 && seen[TRYGG_EMERGING_CONSECUTIVE] > 0 &&
              seen[TRYGG_EMERGING_INTENSIFYING] > 0 && seen[TRYGG_EMERGING_PERSISTENT] > 0);
    free(z);
    free(p);
    free(cls);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

/* The cube's lags come from its spatial neighbours without listing the bins' neighbours: z, p
 * and classes equal, bit for bit, those of trygg_gistar and trygg_gistar_p_exact over the
 * explicit space-time neighbour lists (a 6 x 6 grid of 100 m squares, 7 steps, window 3). */
static void test_emerging_cube_equals_explicit(void)
{
    enum { R = 6, C = 6, n = R * C, T = 7, WIN = 3, N = n * T };
    double xy[2 * n], counts[N];
    for (int i = 0; i < n; i++) {
        xy[2 * i] = 100.0 * (i % C);
        xy[2 * i + 1] = 100.0 * (i / C);
    }
    uint64_t r = 12345;
    for (int b = 0; b < N; b++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        counts[b] = (double)((r >> 33) % 5) * ((b % n) < 12 && b / n > 3 ? 3 : 1);
    }
    trygg_ctx *ctx = th_ctx();
    trygg_neighbours w = {0};
    TH_ASSERT_INT(trygg_neighbours_band(ctx, xy, n, 150.0, &w), TRYGG_OK);
    trygg_neighbours st = {N, malloc((N + 1) * sizeof(size_t)), malloc((size_t)N * WIN * 9 * sizeof(size_t))};
    size_t k = 0;
    for (size_t t = 0; t < T; t++)
        for (size_t i = 0; i < n; i++) {
            st.start[t * n + i] = k;
            for (size_t s = t + 1 >= WIN ? t + 1 - WIN : 0; s <= t; s++)
                for (size_t q = w.start[i]; q < w.start[i + 1]; q++)
                    st.nbr[k++] = s * n + w.nbr[q];
        }
    st.start[N] = k;
    double z1[N], p1[N], z2[N], p2[N];
    int c1[N], c2[N];
    TH_ASSERT_INT(trygg_emerging_cube(ctx, &w, T, WIN, counts, 1, z1, p1, c1), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar(ctx, &st, counts, 0, 1, z2, NULL, NULL), TRYGG_OK);
    TH_ASSERT_INT(trygg_gistar_p_exact(ctx, &st, counts, z2, 1, p2, NULL), TRYGG_OK);
    trygg_hotspot_classes(z2, p2, N, true, c2, NULL);
    int zbad = 0, pbad = 0, cbad = 0, hot = 0;
    for (int b = 0; b < N; b++) {
        zbad += memcmp(&z1[b], &z2[b], sizeof z1[b]) != 0;
        pbad += memcmp(&p1[b], &p2[b], sizeof p1[b]) != 0;
        cbad += c1[b] != c2[b];
        hot += c1[b] > 0;
    }
    TH_ASSERT_INT(zbad, 0);
    TH_ASSERT_INT(pbad, 0);
    TH_ASSERT_INT(cbad, 0);
    CU_ASSERT(hot > 0); /* the planted block is found */
    trygg_neighbours_fini(&st);
    trygg_neighbours_fini(&w);
    trygg_ctx_free(ctx);
}

void test_emerging_register(void)
{
    static CU_TestInfo tests[] = {
        {"Mann-Kendall by hand", test_emerging_mann_kendall},
        {"Esri's classes", test_emerging_classes},
        {"space-time Gi* by hand", test_emerging_cube},
        {"cross-check with numpy", test_emerging_crosscheck_numpy},
        {"cube lags equal explicit neighbours", test_emerging_cube_equals_explicit},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("emerging", tests);
}

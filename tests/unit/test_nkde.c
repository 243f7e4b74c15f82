/*
 * Network kernel density (src/score/nkde.c) against values worked out by hand from the
 * equal-split discontinuous kernel of Okabe, Satoh & Sugihara (2009) with the quartic kernel
 * K(d) = 15 / (16 h) (1 - (d/h)^2)^2, h = 200 m: K(0) = 15 / 3200 = 0.0046875 per m,
 * K(100) = 0.0046875 * (1 - 0.25)^2 = 0.0026367188 per m.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "score/score.h"

static void add_line(trygg_places *ps, double x0, double y0, double x1, double y1)
{
    trygg_place *pl = trygg_places_push(ps);
    pl->xy = malloc(4 * sizeof *pl->xy);
    pl->xy[0] = x0;
    pl->xy[1] = y0;
    pl->xy[2] = x1;
    pl->xy[3] = y1;
    pl->nv = 2;
    pl->length_m = hypot(x1 - x0, y1 - y0);
}

static void nkde(trygg_places *ps, const trygg_nkde_event *ev, size_t n, double *out)
{
    trygg_ctx *ctx = th_ctx();
    trygg_nkde_places(ctx, ps, ev, n, 200.0, out);
    trygg_ctx_free(ctx);
}

static void test_nkde_kernel(void)
{
    TH_ASSERT_NEAR(trygg_nkde_kernel(0, 200), 0.0046875, 1e-15);
    TH_ASSERT_NEAR(trygg_nkde_kernel(100, 200), 0.0026367187500, 1e-15);
    TH_ASSERT_NEAR(trygg_nkde_kernel(-100, 200), 0.0026367187500, 1e-15);
    TH_ASSERT_NEAR(trygg_nkde_kernel(200, 200), 0.0, 0.0);
    /* integrates to 1 over [-h, h]: midpoint rule with 4000 steps */
    double s = 0.0;
    for (int i = 0; i < 4000; i++)
        s += trygg_nkde_kernel(-200.0 + (i + 0.5) * 0.1, 200.0) * 0.1;
    TH_ASSERT_NEAR(s, 1.0, 1e-6);
}

/* Ten places of 100 m on a straight line (x = 0 .. 1000), one event at x = 450 (50 m along the
 * fifth place). Its own place's midpoint: d = 0 -> 4.6875 per km. The neighbours' midpoints
 * (350, 550): d = 100 through nodes of degree 2 (no split) -> 2.63672 per km. The next ones
 * (250, 650) are 200 m away: 0. The others: 0. The line drawn in either direction gives the same. */
static void test_nkde_straight_line(void)
{
    trygg_places ps = {0};
    for (int i = 0; i < 10; i++) {
        if (i % 2)
            add_line(&ps, 100.0 * (i + 1), 0, 100.0 * i, 0); /* every other place drawn backwards */
        else
            add_line(&ps, 100.0 * i, 0, 100.0 * (i + 1), 0);
    }
    trygg_nkde_event ev = {4, 50.0};
    double d[10];
    nkde(&ps, &ev, 1, d);
    TH_ASSERT_NEAR(d[4], 4.6875, 1e-9);
    TH_ASSERT_NEAR(d[3], 2.63671875, 1e-9);
    TH_ASSERT_NEAR(d[5], 2.63671875, 1e-9);
    for (int i = 0; i < 10; i++)
        if (i < 3 || i > 5)
            TH_ASSERT_NEAR(d[i], 0.0, 0.0);
    trygg_places_fini(&ps);
}

/* A Y junction: three arms of 100 m meeting at the origin; one event on arm A, 50 m from the
 * junction (at arm A's midpoint). Arm A's midpoint: d = 0 -> 4.6875 per km. At the junction
 * (degree 3) the density splits in two: arms B and C's midpoints at d = 50 + 50 = 100 get
 * 0.5 * 2.63672 = 1.31836 per km each. Arm A's far end is a dead end: nothing comes back.
 * Mass check: along B and C together the kernel beyond the junction integrates to the same as
 * it would along one straight continuation. */
static void test_nkde_y_junction(void)
{
    trygg_places ps = {0};
    add_line(&ps, 0, 0, 100, 0);                                  /* A */
    add_line(&ps, 0, 0, -50, 100 * sqrt(3) / 2);                  /* B */
    add_line(&ps, -50, -100 * sqrt(3) / 2, 0, 0);                 /* C, drawn towards the junction */
    trygg_nkde_event ev = {0, 50.0};
    double d[3];
    nkde(&ps, &ev, 1, d);
    TH_ASSERT_NEAR(d[0], 4.6875, 1e-9);
    TH_ASSERT_NEAR(d[1], 1.318359375, 1e-9);
    TH_ASSERT_NEAR(d[2], 1.318359375, 1e-9);
    /* two events add up; the result does not depend on the number of threads */
    trygg_nkde_event two[2] = {{0, 50.0}, {1, 50.0}};
    double d1[3], d2[3];
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, 1);
    trygg_nkde_places(ctx, &ps, two, 2, 200.0, d1);
    trygg_ctx_set_threads(ctx, 2);
    trygg_nkde_places(ctx, &ps, two, 2, 200.0, d2);
    trygg_ctx_free(ctx);
    TH_ASSERT_NEAR(d1[0], 4.6875 + 1.318359375, 1e-9);
    TH_ASSERT_NEAR(d1[1], 4.6875 + 1.318359375, 1e-9);
    TH_ASSERT_NEAR(d1[2], 2 * 1.318359375, 1e-9);
    CU_ASSERT(memcmp(d1, d2, sizeof d1) == 0);
    trygg_places_fini(&ps);
}

/* Across a gap: a parallel street 30 m away that the network does not join within h gets
 * nothing, where the planar kernel would count the event fully. */
static void test_nkde_no_shortcut(void)
{
    trygg_places ps = {0};
    add_line(&ps, 0, 0, 100, 0);
    add_line(&ps, 0, 30, 100, 30);
    trygg_nkde_event ev = {0, 50.0};
    double d[2];
    nkde(&ps, &ev, 1, d);
    TH_ASSERT_NEAR(d[0], 4.6875, 1e-9);
    TH_ASSERT_NEAR(d[1], 0.0, 0.0);
    trygg_places_fini(&ps);
}

void test_nkde_register(void)
{
    static CU_TestInfo tests[] = {
        {"quartic kernel", test_nkde_kernel},
        {"straight line", test_nkde_straight_line},
        {"Y junction splits equally", test_nkde_y_junction},
        {"no shortcut across a gap", test_nkde_no_shortcut},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("nkde", tests);
}

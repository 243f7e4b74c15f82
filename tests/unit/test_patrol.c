#include <geos_c.h>
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"
#include "plan/plan.h"

/* Hours of week: Mon 00 = 0, Fri 22 = 4*24+22 = 118, Sat 00 = 120, Mon 08 = 8, Wed 12 = 60.
 * Counts: 118 x3, 119 x2, 120 x2, 121 x1, 8 x2, 60 x1. Three-hour sums w[s] = c[s]+c[s+1]+c[s+2]:
 * w[118] = 3+2+2 = 7 is the busiest ("Fri 22-01"). Excluding starts within 2 h of 118, the best
 * are w[6] = w[7] = w[8] = 2; ties go to the window centred on the busiest hour (middle hour
 * count c[s+1]: c7 = 0, c8 = 2, c9 = 0) -> 7 ("Mon 07-10"). Excluding also 5..9, the best are
 * w[58] = w[59] = w[60] = w[121] = 1 with middle counts c59 = 0, c60 = 1, c61 = 0, c122 = 0
 * -> 59 ("Wed 11-14"). */
static void test_patrol_time_windows(void)
{
    int how[] = {118, 118, 118, 119, 119, 120, 120, 121, 8, 8, 60};
    int starts[3];
    char *text = trygg_plan_time_windows(how, sizeof how / sizeof how[0], starts);
    TH_ASSERT_INT(starts[0], 118);
    TH_ASSERT_INT(starts[1], 7);
    TH_ASSERT_INT(starts[2], 59);
    TH_ASSERT_STR(text, "fre 22-01, mån 07-10, ons 11-14"); /* day names in the run's language */
    free(text);
    th_language("en");
    text = trygg_plan_time_windows(how, sizeof how / sizeof how[0], starts);
    th_language("sv");
    TH_ASSERT_STR(text, "Fri 22-01, Mon 07-10, Wed 11-14");
    free(text);
    /* Sunday night wraps to Monday: w[166] = c166+c167+c0 = 3 = w[167]; the middle hour decides
     * (c167 = 2 > c0 = 1) -> 166, "Sun 22-01". */
    int wrap[] = {167, 167, 0};
    text = trygg_plan_time_windows(wrap, 3, starts);
    TH_ASSERT_INT(starts[0], 166);
    TH_ASSERT_INT(starts[1], -1);
    TH_ASSERT_STR(text, "sön 22-01");
    free(text);
}

/* A 5 x 5 grid of 100 m squares (0.01 km^2 each), cell index = row*5 + col. Hot: the 3 x 3 block
 * of rows/cols 0-2 (centre (1,1) = 10 incidents, corner (2,2) = 1, the rest 5) and cell (4,4) with
 * 3. Other cells have 2 each, not hot. max 0.05 km^2, rook neighbours (100 m).
 * Greedy growth: seed (1,1) [idx 6, 10]; its hot neighbours all have 5, lowest index first:
 * idx 1, then idx 0 and 2 (neighbours of 1), then idx 5 -> {0,1,2,5,6}, 30 incidents, 0.05 km^2.
 * Next seed idx 7 (5): adds 12 (its only free neighbour, 1), then 11 (5), then 10 (5) -> 16
 * incidents, 0.04 km^2. Then idx 24 alone: 3. Total incidents 30+16+3 + 15 cells x 2 = 79; study
 * area 0.25 km^2. Area 1: share 30/79, share of area 0.2, PAI (30/79)/0.2 = 1.898734177.
 * Visits (max 14 for rank 1): 14, round(14*16/30) = 7, round(14*3/30) = 1. */
static void test_patrol_areas_grow_within_limit(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_patrol_cell cells[25];
    double rings[25][10];
    for (int r = 0; r < 5; r++)
        for (int c = 0; c < 5; c++) {
            int i = r * 5 + c;
            double x0 = c * 100.0, y0 = r * 100.0;
            double ring[10] = {x0, y0, x0 + 100, y0, x0 + 100, y0 + 100, x0, y0 + 100, x0, y0};
            memcpy(rings[i], ring, sizeof ring);
            bool block = r <= 2 && c <= 2;
            cells[i] = (trygg_patrol_cell){x0 + 50, y0 + 50, 10000.0, 2, false, rings[i], 5, 200.0};
            if (block) {
                cells[i].hot = true;
                cells[i].incidents = (r == 1 && c == 1) ? 10 : (r == 2 && c == 2) ? 1 : 5;
            }
        }
    cells[24].hot = true;
    cells[24].incidents = 3;
    /* Street length: 200 m in every cell, 400 m in cell 0: L = 5 200 m. Area 1 (cells 0, 1, 2, 5,
     * 6) has 1 200 m: PAI on length = (30/79) / (1200/5200) = 156000 / 94800 = 1.6455696. */
    cells[0].street_m = 400.0;
    /* Incidents for the time windows: two in cell 6 on Fri 22 -> the window centred on it,
     * "Fri 21-24"; one in cell 24 on Mon 08 -> "Mon 07-10". */
    size_t inc_cell[] = {6, 6, 24, SIZE_MAX};
    int inc_how[] = {118, 118, 8, 50};
    trygg_patrol_params p = {0.05, 100.0, 15, 14};
    trygg_patrol_areas out = {0};
    TH_ASSERT_INT(trygg_plan_patrol_areas(ctx, &p, cells, 25, 79, 250000.0, inc_cell, inc_how, 4, &out), TRYGG_OK);
    TH_ASSERT_INT(out.n, 3);
    if (out.n == 3) {
        const size_t want0[] = {0, 1, 2, 5, 6}, want1[] = {7, 10, 11, 12};
        TH_ASSERT_INT(out.v[0].ncells, 5);
        for (size_t k = 0; k < 5; k++)
            TH_ASSERT_INT(out.v[0].cells[k], want0[k]);
        TH_ASSERT_INT(out.v[1].ncells, 4);
        for (size_t k = 0; k < 4; k++)
            TH_ASSERT_INT(out.v[1].cells[k], want1[k]);
        TH_ASSERT_INT(out.v[0].incidents, 30);
        TH_ASSERT_INT(out.v[1].incidents, 16);
        TH_ASSERT_INT(out.v[2].incidents, 3);
        double share_sum = 0, area_sum = 0;
        for (size_t a = 0; a < 3; a++) {
            TH_ASSERT_INT(out.v[a].rank, (long long)a + 1);
            CU_ASSERT(out.v[a].area_km2 <= 0.05 + 1e-12);
            share_sum += out.v[a].share_incidents;
            area_sum += out.v[a].share_area;
        }
        /* Shares add up to what the areas capture: 49/79 of incidents, 0.10/0.25 of the area. */
        TH_ASSERT_NEAR(share_sum, 49.0 / 79.0, 1e-12);
        TH_ASSERT_NEAR(area_sum, 0.4, 1e-12);
        TH_ASSERT_NEAR(out.v[0].pai, 1.898734177, 1e-9);
        TH_ASSERT_NEAR(out.v[0].street_km, 1.2, 1e-12);
        TH_ASSERT_NEAR(out.v[0].pai_length, 156000.0 / 94800.0, 1e-12);
        TH_ASSERT_INT(out.v[0].visits_per_week, 14);
        TH_ASSERT_INT(out.v[1].visits_per_week, 7);
        TH_ASSERT_INT(out.v[2].visits_per_week, 1);
        TH_ASSERT_INT(out.v[0].visit_minutes, 15);
        TH_ASSERT_STR(out.v[0].time_windows, "fre 21-24");
        TH_ASSERT_STR(out.v[2].time_windows, "mån 07-10");
        /* The union of area 1's five cells is one polygon of 50 000 m^2. */
        GEOSContextHandle_t h = GEOS_init_r();
        GEOSWKBReader *rd = GEOSWKBReader_create_r(h);
        GEOSGeometry *g = GEOSWKBReader_read_r(h, rd, out.v[0].wkb, out.v[0].wkb_size);
        double area = 0;
        CU_ASSERT_PTR_NOT_NULL(g);
        if (g) {
            GEOSArea_r(h, g, &area);
            TH_ASSERT_NEAR(area, 50000.0, 1e-6);
            TH_ASSERT_INT(GEOSGetNumGeometries_r(h, g), 1);
            GEOSGeom_destroy_r(h, g);
        }
        GEOSWKBReader_destroy_r(h, rd);
        GEOS_finish_r(h);
    }
    trygg_patrol_areas_fini(&out);
    trygg_ctx_free(ctx);
}

void test_patrol_register(void)
{
    static CU_TestInfo tests[] = {
        {"time windows", test_patrol_time_windows},
        {"areas grow within the limit", test_patrol_areas_grow_within_limit},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("patrol", tests);
}

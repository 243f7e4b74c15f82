/*
 * The hotspot pieces of the run (src/pipeline/hotspots.c, src/io/read_area.c): periods, peak
 * hours, trend marks, merging hot cells into hotspots, the study-area reader, and the stage on
 * a small hand-made layout.
 */
#include <geos_c.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "helpers.h"
#include "io/io.h"
#include "pipeline/hotspots.h"
#include "score/stats.h"

static int64_t t_of(const char *s)
{
    int64_t t = 0;
    CU_ASSERT_FATAL(trygg_io_parse_time(s, 1.0, true, &t));
    return t;
}

/* ---------------------------------------------------------------- periods */

static void test_hotspots_period_parse(void)
{
    trygg_period p;
    char buf[64];
    /* Both days included, local time (CET, +1 h in winter): 2024-01-01 00:00 local is
     * 2023-12-31 23:00 UTC; the end is 2025-01-01 00:00 local = 2024-12-31 23:00 UTC; 2024 is a
     * leap year, 366 days. */
    CU_ASSERT_FATAL(trygg_period_parse("2024-01-01/2024-12-31", 1.0, true, &p));
    TH_ASSERT_INT(p.from, t_of("2023-12-31T23:00:00Z"));
    TH_ASSERT_INT(p.to, t_of("2024-12-31T23:00:00Z"));
    TH_ASSERT_NEAR(trygg_period_days(&p), 366.0, 1e-9);
    trygg_period_format(&p, 1.0, true, buf, sizeof buf);
    TH_ASSERT_STR(buf, "2024-01-01/2024-12-31");
    /* A summer period: 2024-06-01 00:00 CEST = 2024-05-31 22:00 UTC. */
    CU_ASSERT_FATAL(trygg_period_parse(" 2024-06-01/2024-06-30 ", 1.0, true, &p));
    TH_ASSERT_INT(p.from, t_of("2024-05-31T22:00:00Z"));
    TH_ASSERT_INT(p.to, t_of("2024-06-30T22:00:00Z"));
    CU_ASSERT(!trygg_period_parse("2024-02-30/2024-03-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-03-01/2024-02-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-01-01", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse("2024-1-01/2024-12-31", 1.0, true, &p));
    CU_ASSERT(!trygg_period_parse(NULL, 1.0, true, &p));
}

static void test_hotspots_period_defaults(void)
{
    trygg_period a, b;
    char fa[64], fb[64];
    /* Latest incident 2024-12-31 23:00 UTC = 2025-01-01 00:00 local: period b is the 12 months
     * up to and including 2025-01-01, i.e. 2024-01-02 .. 2025-01-01, a the 12 before. */
    trygg_periods_default(t_of("2024-12-31T23:00:00Z"), 1.0, true, &a, &b);
    trygg_period_format(&a, 1.0, true, fa, sizeof fa);
    trygg_period_format(&b, 1.0, true, fb, sizeof fb);
    TH_ASSERT_STR(fb, "2024-01-02/2025-01-01");
    TH_ASSERT_STR(fa, "2023-01-02/2024-01-01");
    TH_ASSERT_INT(b.to, t_of("2025-01-01T23:00:00Z"));
    TH_ASSERT_INT(a.to, b.from);
    /* In summer: latest 2024-07-15 12:00 UTC (14:00 CEST): b ends at 2024-07-16 00:00 CEST =
     * 2024-07-15 22:00 UTC and starts 2023-07-16 00:00 CEST = 2023-07-15 22:00 UTC. */
    trygg_periods_default(t_of("2024-07-15T12:00:00Z"), 1.0, true, &a, &b);
    TH_ASSERT_INT(b.to, t_of("2024-07-15T22:00:00Z"));
    TH_ASSERT_INT(b.from, t_of("2023-07-15T22:00:00Z"));
    /* 29 February: latest 2024-02-28 -> b ends before 2024-02-29, one year earlier is
     * 2023-02-29, which does not exist: 2023-03-01. a: 2022-03-01 .. 2023-02-28. */
    trygg_periods_default(t_of("2024-02-28T12:00:00Z"), 1.0, true, &a, &b);
    trygg_period_format(&a, 1.0, true, fa, sizeof fa);
    trygg_period_format(&b, 1.0, true, fb, sizeof fb);
    TH_ASSERT_STR(fb, "2023-03-01/2024-02-28");
    TH_ASSERT_STR(fa, "2022-03-01/2023-02-28");
}

/* ---------------------------------------------------------------- hours of the week */

static void test_hotspots_peak_hours(void)
{
    /* Local times (CET in January). 2024-01-05 is a Friday, hour of week 4 * 24 + 22 = 118
     * for Friday 22:xx. */
    static const char *const times[] = {
        "2024-01-05T22:10", "2024-01-05T22:20", "2024-01-05T22:59", /* Fri 22: 3 */
        "2024-01-05T23:05", "2024-01-05T23:45",                     /* Fri 23: 2 */
        "2024-01-06T00:15", "2024-01-06T00:30",                     /* Sat 00: 2 */
        "2024-01-06T23:00", "2024-01-06T23:30",                     /* Sat 23: 2 */
        "2024-01-07T00:10", "2024-01-07T01:10",                     /* Sun 00, Sun 01: 1 each */
        "2024-01-08T08:00",                                         /* Mon 08: 1 */
    };
    unsigned hours[TRYGG_HOURS_OF_WEEK] = {0};
    for (size_t i = 0; i < sizeof times / sizeof times[0]; i++) {
        int64_t t;
        CU_ASSERT_FATAL(trygg_io_parse_time(times[i], 1.0, true, &t));
        int h = trygg_hour_of_week(t, 1.0, true);
        CU_ASSERT_FATAL(h >= 0 && h < TRYGG_HOURS_OF_WEEK);
        hours[h]++;
    }
    TH_ASSERT_INT(hours[118], 3);
    TH_ASSERT_INT(hours[5 * 24 + 23], 2);
    /* 3-hour windows: Fri 22-01 holds 3 + 2 + 2 = 7, the most. Then, away from it, Sat 23-02
     * holds 2 + 1 + 1 = 4 (Fri 23-02 also holds 4 but overlaps the first; Sat 22-01 holds 3).
     * Then only windows of 1 are left: those holding Mon 08 start at Mon 06, 07, 08, and those
     * holding Sun 01 overlap Sat 23-02; the earliest from Monday 00:00 wins: Mon 06-09. */
    char buf[96];
    trygg_peak_hours(hours, 3, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "fre 22-01, lör 23-02, mån 06-09"); /* day names in the run's language */
    th_language("en");
    trygg_peak_hours(hours, 3, 3, buf, sizeof buf);
    th_language("sv");
    TH_ASSERT_STR(buf, "Fri 22-01, Sat 23-02, Mon 06-09");
    trygg_peak_hours(hours, 1, 1, buf, sizeof buf);
    TH_ASSERT_STR(buf, "fre 22-23");
    /* The week wraps: a window starting Sunday 23:00 ends Monday 02:00. */
    unsigned wrap[TRYGG_HOURS_OF_WEEK] = {0};
    wrap[167] = 2;
    wrap[0] = 1;
    wrap[1] = 1;
    trygg_peak_hours(wrap, 1, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "sön 23-02");
    unsigned none[TRYGG_HOURS_OF_WEEK] = {0};
    trygg_peak_hours(none, 3, 3, buf, sizeof buf);
    TH_ASSERT_STR(buf, "inga tider för händelserna");
    TH_ASSERT_INT(trygg_hour_of_week(TRYGG_TIME_UNKNOWN, 1.0, true), -1);
}

/* ---------------------------------------------------------------- trends and names */

static void test_hotspots_trend_mark(void)
{
    /* 10 reports in a year, then 30: Binomial(40, 1/2) two-sided p = 2 P(X <= 10)
     * = 2 sum_{k=0..10} C(40, k) / 2^40 = 2 x 1 221 246 132 / 1 099 511 627 776 = 0.0022214338. */
    double p = trygg_poisson_compare_p(10, 30, 365, 365);
    TH_ASSERT_NEAR(p, 0.0022214338, 1e-9);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, p, 0.05), TRYGG_TREND_RISING);
    TH_ASSERT_INT(trygg_trend_mark(30, 10, 365, 365, p, 0.05), TRYGG_TREND_FALLING);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, p, 0.001), TRYGG_TREND_NONE);
    TH_ASSERT_INT(trygg_trend_mark(10, 30, 365, 365, NAN, 0.05), TRYGG_TREND_NONE);
    /* Rates, not counts: 10 in 100 days (0.1/day) then 20 in 400 days (0.05/day) fell. */
    TH_ASSERT_INT(trygg_trend_mark(10, 20, 100, 400, 0.01, 0.05), TRYGG_TREND_FALLING);
    /* Trend words follow the run's language (Swedish by default); class codes never change. */
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_RISING, 10, 30), "ökande");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_FALLING, 30, 10), "minskande");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 3, 4), "ingen signifikant förändring");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 0, 0), "inga anmälningar");
    TH_ASSERT_STR(trygg_hotspot_class_name(3), "hot 99 %");
    th_language("en");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_RISING, 10, 30), "rising");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_FALLING, 30, 10), "falling");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 3, 4), "no significant change");
    TH_ASSERT_STR(trygg_trend_name(TRYGG_TREND_NONE, 0, 0), "no reports");
    th_language("sv");
    TH_ASSERT_STR(trygg_hotspot_class_name(3), "hot 99 %");
    TH_ASSERT_STR(trygg_hotspot_class_name(-2), "cold 95 %");
    TH_ASSERT_STR(trygg_hotspot_class_name(0), "not significant");
    CU_ASSERT(trygg_hotspot_class_name(4) == NULL);
}

/* ---------------------------------------------------------------- merging */

static void test_hotspots_merge_squares(void)
{
    /* 5 x 5 squares of 100 m over [0, 499]^2: ids row * 5 + col from the south-west.
     * Hot: A = {0, 1, 6} (cells (0,0), (0,1), (1,1): joined by sides), B = {18, 19} ((3,3),
     * (3,4)), C = {12} ((2,2): it touches (1,1) only at a corner, so it is a hotspot of its own).
     * Counts: 1 everywhere, plus 4 in cell 0, 2 in 1, 1 in 6, 3 in 12, 5 in 18: N = 25 + 15 = 40;
     * A = 25 cells x 10 000 m^2 = 250 000 m^2.
     *   A: n = 5 + 3 + 2 = 10, a = 30 000: share 0.25, a/A = 0.12, PAI = 0.25 / 0.12 = 2.083333
     *   B: n = 6 + 1 = 7,      a = 20 000: share 0.175, a/A = 0.08, PAI = 2.1875
     *   C: n = 4,              a = 10 000: share 0.1, a/A = 0.04, PAI = 2.5
     * Ordered by incidents: A, B, C. Confidence is the lowest class of the group. */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {0, 0, 499, 499};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_SQUARE, 100.0, env, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 25);
    bool hot[25] = {false};
    int cls[25] = {0};
    double counts[25];
    for (int i = 0; i < 25; i++)
        counts[i] = 1;
    static const int hot_ids[] = {0, 1, 6, 18, 19, 12};
    static const int hot_cls[] = {3, 2, 1, 2, 2, 3};
    for (int k = 0; k < 6; k++) {
        hot[hot_ids[k]] = true;
        cls[hot_ids[k]] = hot_cls[k];
    }
    counts[0] += 4, counts[1] += 2, counts[6] += 1, counts[12] += 3, counts[18] += 5;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    trygg_hotspot *v = NULL;
    size_t n = 0, cap = 0;
    TH_ASSERT_INT(trygg_hotspots_merge(ctx, geos, g, TRYGG_CAT_VANDALISM, hot, cls, counts, &v, &n, &cap), TRYGG_OK);
    TH_ASSERT_INT(n, 3);
    static const double inc[3] = {10, 7, 4}, area[3] = {30000, 20000, 10000}, share[3] = {0.25, 0.175, 0.1},
                        pai[3] = {0.25 / 0.12, 2.1875, 2.5};
    static const int conf[3] = {1, 2, 3}, peak[3] = {3, 2, 3}, ncells[3] = {3, 2, 1};
    for (size_t h = 0; h < n && h < 3; h++) {
        TH_ASSERT_NEAR(v[h].incidents, inc[h], 0);
        TH_ASSERT_NEAR(v[h].area_m2, area[h], 1e-6);
        TH_ASSERT_NEAR(v[h].share_incidents, share[h], 1e-12);
        TH_ASSERT_NEAR(v[h].pai, pai[h], 1e-12);
        TH_ASSERT_INT(v[h].confidence, conf[h]);
        TH_ASSERT_INT(v[h].peak_confidence, peak[h]);
        TH_ASSERT_INT(v[h].ncells, ncells[h]);
        double ga = 0;
        GEOSArea_r(geos, v[h].geom, &ga);
        TH_ASSERT_NEAR(ga, area[h], 1e-6);
        /* one connected polygon each */
        TH_ASSERT_INT(GEOSGetNumGeometries_r(geos, v[h].geom), 1);
    }
    TH_ASSERT_INT(v[0].cells[0], 0);
    TH_ASSERT_INT(v[0].cells[2], 6);
    for (size_t h = 0; h < n; h++)
        trygg_hotspot_fini(geos, &v[h]);
    free(v);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

static size_t cell_at(const trygg_grid *g, long row, long col)
{
    for (size_t i = 0; i < trygg_grid_count(g); i++)
        if (trygg_grid_cell_get(g, i)->row == row && trygg_grid_cell_get(g, i)->col == col)
            return i;
    return SIZE_MAX;
}

static void test_hotspots_merge_hexagons(void)
{
    /* Pointy-top hexagons, odd rows shifted half a cell east: (1, 3) touches (2, 3) and (2, 4)
     * above it, but not (2, 2), whose centre is 1.5 cells west and one row up. Hot: (1,3), (2,4)
     * -> one hotspot of two cells, area 2 x (sqrt 3 / 2) 100^2 = 17 320.508 m^2; (2, 2) alone
     * -> a second hotspot. One incident per hot cell; a hot cell (4, 7) without any is left out. */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {0, 0, 800, 600};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_HEX, 100.0, env, &g), TRYGG_OK);
    size_t n = trygg_grid_count(g);
    bool *hot = calloc(n, sizeof *hot);
    double *counts = calloc(n, sizeof *counts);
    size_t a = cell_at(g, 1, 3), b = cell_at(g, 2, 4), c = cell_at(g, 2, 2);
    CU_ASSERT_FATAL(a != SIZE_MAX && b != SIZE_MAX && c != SIZE_MAX);
    hot[a] = hot[b] = hot[c] = true;
    counts[a] = counts[b] = counts[c] = 1;
    /* A hot cell without incidents of its own, away from the others: no hotspot. */
    size_t d = cell_at(g, 4, 7);
    CU_ASSERT_FATAL(d != SIZE_MAX);
    hot[d] = true;
    GEOSContextHandle_t geos = trygg__geos(ctx);
    trygg_hotspot *v = NULL;
    size_t nh = 0, cap = 0;
    TH_ASSERT_INT(trygg_hotspots_merge(ctx, geos, g, TRYGG_CAT_LITTERING, hot, NULL, counts, &v, &nh, &cap),
                  TRYGG_OK);
    TH_ASSERT_INT(nh, 2);
    if (nh == 2) {
        TH_ASSERT_INT(v[0].ncells, 2);
        TH_ASSERT_NEAR(v[0].area_m2, 2 * sqrt(3.0) / 2 * 1e4, 1e-6);
        double ga = 0;
        GEOSArea_r(geos, v[0].geom, &ga);
        /* the union snaps vertices to a 1 mm grid: the area moves by at most perimeter x 0.5 mm */
        TH_ASSERT_NEAR(ga, 2 * sqrt(3.0) / 2 * 1e4, 0.5);
        TH_ASSERT_INT(GEOSGeomTypeId_r(geos, v[0].geom), GEOS_POLYGON);
        TH_ASSERT_INT(v[1].ncells, 1);
        TH_ASSERT_INT(v[1].category, TRYGG_CAT_LITTERING);
        TH_ASSERT_NEAR(v[0].share_incidents, 2.0 / 3.0, 1e-12);
    }
    for (size_t h = 0; h < nh; h++)
        trygg_hotspot_fini(geos, &v[h]);
    free(v);
    free(hot);
    free(counts);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- study area */

static void test_hotspots_read_area(void)
{
    /* A lon/lat square of 0.01 x 0.01 degrees at 55.7 N (Lund): about 1113 m north-south and
     * 1113 cos(55.7 deg) = 627 m east-west, ~ 698 000 m^2 in SWEREF 99 TM (2 % tolerance for the
     * sphere approximation). A second feature, a point, is skipped with a warning. */
    trygg_ctx *ctx = th_ctx();
    char path[512];
    snprintf(path, sizeof path, "%s/area.geojson", th_tmpdir("hotspots_area"));
    FILE *f = fopen(path, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
          "{\"type\":\"Polygon\",\"coordinates\":[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71],"
          "[13.19,55.70]]]}},{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
          "\"coordinates\":[13.1,55.7]}}]}",
          f);
    fclose(f);
    trygg_config cfg;
    trygg_config_init(&cfg);
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSGeometry *area = NULL;
    TH_ASSERT_INT(trygg_io_read_area(ctx, &cfg, path, "EPSG:3006", geos, &area), TRYGG_OK);
    CU_ASSERT_FATAL(area != NULL);
    double a = 0;
    GEOSArea_r(geos, area, &a);
    TH_ASSERT_NEAR(a / 698000.0, 1.0, 0.02);
    /* and a grid clipped to it covers exactly that area */
    trygg_grid *g = NULL;
    TH_ASSERT_INT(trygg_grid_new_clipped(ctx, TRYGG_GRID_HEX, 100.0, geos, area, &g), TRYGG_OK);
    double sum = 0;
    for (size_t i = 0; i < trygg_grid_count(g); i++)
        sum += trygg_grid_cell_get(g, i)->area_m2;
    TH_ASSERT_NEAR(sum, a, 1e-3 * a);
    trygg_grid_free(g);
    GEOSGeom_destroy_r(geos, area);
    TH_ASSERT_INT(trygg_io_read_area(ctx, &cfg, "/nonexistent/area.gpkg", "EPSG:3006", geos, &area), TRYGG_E_OPEN);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[grid] boundary /nonexistent/area.gpkg");
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

/* ---------------------------------------------------------------- the stage */

static void test_hotspots_compute_small(void)
{
    /* One east-west street from (0, 0) to (1000, 0), one place. 20 vandalism reports at
     * (500, 0) in 2024 and 2 littering reports at (100, 0); square cells of 100 m. The grid
     * holds the cells within one cell of the street: its points (every 50 m, x = 0..1000,
     * y = 0) lie in row 0, cols 0..10; with the eight neighbours of each, rows -1..1 and cols
     * -1..11, 3 x 13 = 39 cells (the street fills its extent, so this is also the extent plus
     * one cell). Every report falls in a cell; vandalism's
     * cell (row 0, col 5) has count 20 and is the place's cell (the midpoint is (500, 0)). */
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    free(cfg.grid_kind);
    cfg.grid_kind = trygg__xstrdup("square");
    cfg.permutations = 99;
    trygg_places places = {0};
    trygg_place *pl = trygg_places_push(&places);
    pl->xy = malloc(4 * sizeof *pl->xy);
    pl->xy[0] = 0, pl->xy[1] = 0, pl->xy[2] = 1000, pl->xy[3] = 0;
    pl->nv = 2;
    pl->length_m = 1000;
    trygg_incidents inc = {0};
    for (int i = 0; i < 22; i++) {
        trygg_incident *e = trygg_incidents_push(&inc);
        e->x = i < 20 ? 500 : 100;
        e->y = 0.5;
        e->category = i < 20 ? TRYGG_CAT_VANDALISM : TRYGG_CAT_LITTERING;
        e->t_utc = t_of(i < 10 ? "2023-05-01T12:00" : "2024-05-01T12:00");
        e->seg_id = 1;
    }
    trygg_hotspot_result r = {0};
    TH_ASSERT_INT(trygg_hotspots_compute(ctx, &cfg, &places, &inc, NULL, &r), TRYGG_OK);
    TH_ASSERT_INT(r.ncells, 39);
    TH_ASSERT_NEAR(r.study_area_m2, 39 * 1e4, 1e-6);
    CU_ASSERT(r.analysed[TRYGG_CAT_VANDALISM] && r.analysed[TRYGG_CAT_LITTERING] && !r.analysed[TRYGG_CAT_THEFT]);
    int64_t vc = r.incident_cell[0];
    CU_ASSERT_FATAL(vc > 0);
    const trygg_grid_cell *c = trygg_grid_cell_get(r.grid, (size_t)(vc - 1));
    TH_ASSERT_INT(c->row, 0);
    TH_ASSERT_INT(c->col, 5);
    TH_ASSERT_INT(r.count[(size_t)(vc - 1) * TRYGG_CAT_COUNT + TRYGG_CAT_VANDALISM], 20);
    TH_ASSERT_INT(places.v[0].cell_id, vc);
    /* KDE at the midpoint (500, 0) from 20 events 0.5 m away: 20 K(0.5) per km^2, with
     * K(0.5) = 3/(pi 200^2) (1 - 0.25/40000)^2 x 1e6 = 23.873241 x 0.99998750 = 23.872943. */
    TH_ASSERT_NEAR(places.v[0].kde_vandalism, 20 * 23.8729429, 1e-4);
    /* The vandalism cell stands out: Gi* z > 0 and the place carries it. */
    CU_ASSERT(places.v[0].gi_z_vandalism > 0);
    TH_ASSERT_NEAR(places.v[0].gi_z_vandalism, r.gi_z[(size_t)(vc - 1) * TRYGG_CAT_COUNT + TRYGG_CAT_VANDALISM], 0);
    /* Periods by default: 2023-05-02 .. 2024-05-01 (b) holds the 10 of 2024 (and both
     * littering reports); a the 10 of 2023-05-01. */
    CU_ASSERT(r.have_periods);
    TH_ASSERT_INT(r.area_b[TRYGG_CAT_VANDALISM], 10);
    TH_ASSERT_INT(r.area_a[TRYGG_CAT_VANDALISM], 10);
    /* 2023-05-01 was a Monday (hour of week 12), 2024-05-01 a Wednesday (2 * 24 + 12 = 60). */
    TH_ASSERT_INT(r.area_hours[TRYGG_CAT_VANDALISM][12], 10);
    TH_ASSERT_INT(r.area_hours[TRYGG_CAT_VANDALISM][60], 10);
    trygg_hotspots_cell_scores(&r, &places);
    trygg_kv kv = {0};
    trygg_hotspots_run_info(&r, &cfg, &kv);
    TH_ASSERT_STR(trygg_kv_get(&kv, "hotspots.grid"), "39 kvadratiska celler på 100 m, 0,390 km2");
    TH_ASSERT_CONTAINS(trygg_kv_get(&kv, "trend.vandalism"),
                       "ingen signifikant förändring: 10 i period a, 10 i period b");
    TH_ASSERT_CONTAINS(trygg_kv_get(&kv, "trend.vandalism"), "p = 1,000 (exakt Poissontest)");
    trygg_kv_fini(&kv);
    th_language("en");
    trygg_hotspots_run_info(&r, &cfg, &kv);
    th_language("sv");
    TH_ASSERT_STR(trygg_kv_get(&kv, "hotspots.grid"), "39 square cells of 100 m, 0.390 km2");
    TH_ASSERT_CONTAINS(trygg_kv_get(&kv, "trend.vandalism"), "no significant change: 10 in period a, 10 in period b");
    trygg_kv_fini(&kv);
    /* a bad period names its key */
    cfg.period_b = trygg__xstrdup("2024-13-01/2024-12-31");
    trygg_hotspot_result r2 = {0};
    TH_ASSERT_INT(trygg_hotspots_compute(ctx, &cfg, &places, &inc, NULL, &r2), TRYGG_E_CONFIG);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "[periods] period_b");
    trygg_hotspots_fini(&r);
    trygg_hotspots_fini(&r2);
    trygg_places_fini(&places);
    trygg_incidents_fini(&inc);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
}

void test_hotspots_register(void)
{
    static CU_TestInfo tests[] = {
        {"periods parse both days, local time", test_hotspots_period_parse},
        {"default periods: 12 months up to the latest incident", test_hotspots_period_defaults},
        {"peak hours from hand-made times", test_hotspots_peak_hours},
        {"trend marks and class names", test_hotspots_trend_mark},
        {"hot squares merge by sides", test_hotspots_merge_squares},
        {"hot hexagons merge by sides (odd-r rows)", test_hotspots_merge_hexagons},
        {"study-area boundary reprojected", test_hotspots_read_area},
        {"the stage on a one-street layout", test_hotspots_compute_small},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("hotspots", tests);
}

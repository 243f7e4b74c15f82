/*
 * The hotspot pieces of the run (src/pipeline/hotspots.c, src/score/hotspot_*.c,
 * src/geom/street_points.c, src/io/read_area.c): points along the streets, what the cells hold,
 * hours and trends, merging hot cells into hotspots, the study-area reader, and the stage on a
 * small hand-made layout. Periods, peak hours and trend marks are in test_periods.c.
 */
#include <geos_c.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "helpers.h"
#include "io/io.h"
#include "geom/street_points.h"
#include "pipeline/hotspots.h"
#include "score/hotspot_cells.h"
#include "score/hotspot_merge.h"
#include "score/hotspot_trends.h"
#include "score/stats.h"

static int64_t t_of(const char *s)
{
    int64_t t = 0;
    CU_ASSERT_FATAL(trygg_io_parse_time(s, 1.0, true, &t));
    return t;
}

/* ---------------------------------------------------------------- what the cells hold */

/* Points along a street for the sparse grid: its midpoint, its vertices, and points at most
 * step apart in between: 10 m at step 4 gets two, at a third and two thirds. */
static void test_hotspots_street_points(void)
{
    double xy[4] = {0, 0, 10, 0}, mxy[2] = {5, 0};
    trygg_place pl = {0};
    pl.xy = xy;
    pl.nv = 2;
    trygg_places places = {&pl, 1, 1};
    size_t n = 0;
    double *pts = trygg__street_points(&places, mxy, 4.0, &n);
    TH_ASSERT_INT(n, 5);
    const double want[10] = {5, 0, 0, 0, 10.0 / 3.0, 0, 20.0 / 3.0, 0, 10, 0};
    for (int k = 0; k < 10 && n == 5; k++)
        TH_ASSERT_NEAR(pts[k], want[k], 1e-12);
    free(pts);
}

/* Two squares of 100 m side by side (cell 0 west, cell 1 east), periods a = days 0-100 and
 * b = days 100-200, UTC. Incidents: vandalism in cell 0 on day 10 (a), vandalism in cell 1 on day
 * 150 (b), littering without a time in cell 1, vandalism outside the grid. Days 10 and 150 are
 * Sundays (1970-01-01 was a Thursday): hour of week 6 * 24 = 144. Places: 100 m with its
 * midpoint in cell 0, 60 m in cell 1. One hotspot: vandalism in cell 0, so its street is 100 of
 * the 160 m and its share of the reports 1 of 2: PAI on length (1/2) / (100/160) = 0.8. */
static void test_hotspots_cells_and_trends(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_config cfg;
    trygg_config_init(&cfg);
    cfg.utc_offset_h = 0;
    cfg.eu_summer_time = false;
    trygg_hotspot_result r = {0};
    double env[4] = {0, 0, 199, 99};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_SQUARE, 100.0, env, &r.grid), TRYGG_OK);
    r.ncells = trygg_grid_count(r.grid);
    TH_ASSERT_INT(r.ncells, 2);
    r.geos = trygg__geos(ctx);
    r.have_periods = true;
    r.period_a = (trygg_period){0, 100 * 86400};
    r.period_b = (trygg_period){100 * 86400, 200 * 86400};
    trygg__hotspot_cells_alloc(&r);
    const trygg_category V = TRYGG_CAT_VANDALISM, L = TRYGG_CAT_LITTERING;
    enum { C = TRYGG_CAT_COUNT };
    trygg_incident inc[4] = {{.x = 50, .y = 50, .category = V, .t_utc = 10 * 86400},
                             {.x = 150, .y = 50, .category = V, .t_utc = 150 * 86400},
                             {.x = 150, .y = 60, .category = L, .t_utc = TRYGG_TIME_UNKNOWN},
                             {.x = 500, .y = 500, .category = V, .t_utc = 10 * 86400}};
    trygg_incidents incidents = {inc, 4, 4};
    trygg__hotspot_cells_count(&r, &incidents, false, 0, false);
    TH_ASSERT_INT(r.incidents_outside, 1);
    const int64_t cell[4] = {1, 2, 2, -1};
    for (int i = 0; i < 4; i++)
        TH_ASSERT_INT(r.incident_cell[i], cell[i]);
    TH_ASSERT_INT(r.count[0 * C + V], 1);
    TH_ASSERT_INT(r.count[1 * C + V], 1);
    TH_ASSERT_INT(r.count[1 * C + L], 1);
    TH_ASSERT_INT(r.count_a[0 * C + V], 1);
    TH_ASSERT_INT(r.count_b[1 * C + V], 1);
    TH_ASSERT_INT(r.count_a[1 * C + L] + r.count_b[1 * C + L], 0);
    TH_ASSERT_INT(r.area_a[V], 1);
    TH_ASSERT_INT(r.area_b[V], 1);
    TH_ASSERT_INT(r.area_hours[V][144], 2);
    CU_ASSERT(r.analysed[V] && r.analysed[L] && !r.analysed[TRYGG_CAT_THEFT]);

    double xy[2][4] = {{0, 50, 100, 50}, {120, 50, 180, 50}}, mxy[4] = {50, 50, 150, 50};
    trygg_place pl[2] = {{0}, {0}};
    for (int i = 0; i < 2; i++) {
        pl[i].xy = xy[i];
        pl[i].nv = 2;
        pl[i].hotspot_vandalism = 9;
    }
    pl[0].length_m = 100;
    pl[1].length_m = 60;
    trygg_places places = {pl, 2, 2};
    size_t *pcell = trygg__hotspot_cells_places(&r, &places, mxy, false);
    TH_ASSERT_INT(pcell[0], 0);
    TH_ASSERT_INT(pcell[1], 1);
    TH_ASSERT_INT(pl[0].cell_id, 1);
    TH_ASSERT_INT(pl[1].cell_id, 2);
    TH_ASSERT_INT(pl[1].hotspot_vandalism, 0);
    CU_ASSERT(isnan(pl[0].kde_vandalism));
    TH_ASSERT_INT(r.n_places[0], 1);
    TH_ASSERT_NEAR(r.street_m[1], 60, 0);
    TH_ASSERT_NEAR(r.street_total_m, 160, 0);
    r.gi_z[0 * C + V] = 2.5;
    r.cls[0 * C + V] = 3;
    trygg__hotspot_cells_place_figures(&r, &places, pcell);
    TH_ASSERT_NEAR(pl[0].gi_z_vandalism, 2.5, 0);
    TH_ASSERT_INT(pl[0].hotspot_vandalism, 3);
    CU_ASSERT(isnan(pl[1].gi_z_vandalism));

    r.hotspots = trygg__xcalloc(1, sizeof *r.hotspots);
    r.nhotspots = r.caphotspots = 1;
    r.hotspots[0].category = V;
    r.hotspots[0].cells = trygg__xcalloc(1, sizeof *r.hotspots[0].cells);
    r.hotspots[0].ncells = 1;
    r.hotspots[0].incidents = 1;
    double x[C * 2] = {0};
    x[(size_t)V * 2 + 0] = x[(size_t)V * 2 + 1] = 1;
    trygg__hotspot_cells_street_pai(&r, x);
    TH_ASSERT_NEAR(r.hotspots[0].street_m, 100, 0);
    TH_ASSERT_NEAR(r.hotspots[0].pai_length, 0.8, 1e-12);

    /* The hotspot's report is on a Sunday in period a; one report against none is no change
     * (p = 1); a cell's change is its count in b less that in a at b's length. */
    th_language("en");
    trygg__hotspot_trends(&r, &cfg, &incidents);
    th_language("sv");
    TH_ASSERT_INT(r.hotspots[0].hours[144], 1);
    TH_ASSERT_NEAR(r.hotspots[0].n_a, 1, 0);
    TH_ASSERT_NEAR(r.hotspots[0].n_b, 0, 0);
    /* three-hour windows holding Sunday 00:xx start Saturday 22, 23 or Sunday 00: the earliest */
    TH_ASSERT_STR(r.hotspots[0].peak_hours, "Sat 22-01");
    TH_ASSERT_NEAR(r.hotspots[0].trend_p, 1.0, 1e-12);
    TH_ASSERT_INT(r.hotspots[0].trend, TRYGG_TREND_NONE);
    TH_ASSERT_NEAR(r.area_trend_p[V], 1.0, 1e-12);
    TH_ASSERT_NEAR(r.change[0 * C + V], -1, 1e-12);
    TH_ASSERT_NEAR(r.change[1 * C + V], 1, 1e-12);
    TH_ASSERT_NEAR(r.trend_p[1 * C + L], 1.0, 0); /* no reports in either period */
    TH_ASSERT_INT(r.trend[0 * C + V], TRYGG_TREND_NONE);
    CU_ASSERT(isnan(r.change[0 * C + TRYGG_CAT_THEFT])); /* not analysed */
    free(pcell);
    trygg_hotspots_fini(&r);
    trygg_config_fini(&cfg);
    trygg_ctx_free(ctx);
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
        {"points along the streets", test_hotspots_street_points},
        {"what the cells hold, hours and trends", test_hotspots_cells_and_trends},
        {"hot squares merge by sides", test_hotspots_merge_squares},
        {"hot hexagons merge by sides (odd-r rows)", test_hotspots_merge_hexagons},
        {"study-area boundary reprojected", test_hotspots_read_area},
        {"the stage on a one-street layout", test_hotspots_compute_small},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("hotspots", tests);
}

#include <math.h>
#include <stdlib.h>

#include "geom/geom.h"
#include "helpers.h"
#include "index/index.h"
#include "pipeline/measure.h"
#include "trygg/config.h"

static void add_place(trygg_places *p, size_t street, double from_m, double x0, double y0, double x1, double y1)
{
    trygg_place *pl = trygg_places_push(p);
    pl->xy = malloc(4 * sizeof *pl->xy);
    pl->xy[0] = x0;
    pl->xy[1] = y0;
    pl->xy[2] = x1;
    pl->xy[3] = y1;
    pl->nv = 2;
    pl->street = street;
    pl->from_m = from_m;
    pl->length_m = hypot(x1 - x0, y1 - y0);
}

static void place_env(size_t i, double env[4], void *user)
{
    const trygg_places *p = user;
    trygg_geom_polyline_envelope(p->v[i].xy, p->v[i].nv, env);
}

static void add_incident(trygg_incidents *v, double x, double y, trygg_category c, int64_t t)
{
    trygg_incident *inc = trygg_incidents_push(v);
    inc->x = x;
    inc->y = y;
    inc->category = c;
    inc->t_utc = t;
}

/* Two parallel 100 m places 50 m apart: A on y = 0 (seg_id 1), B on y = 50 (seg_id 2). */
static void test_measure_snap_in_and_out_of_range(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_places places = {0};
    add_place(&places, 0, 0, 0, 0, 100, 0);
    add_place(&places, 1, 0, 0, 50, 100, 50);
    trygg_index *idx = trygg_index_new(ctx, places.n, place_env, &places);
    trygg_incidents inc = {0};
    add_incident(&inc, 50, 10, TRYGG_CAT_VANDALISM, 0);   /* 10 m from A, 40 m from B -> A at 10 m */
    add_incident(&inc, 50, 30, TRYGG_CAT_GRAFFITI, 0);    /* 30 m from A, 20 m from B -> B at 20 m */
    add_incident(&inc, 50, 90, TRYGG_CAT_LITTERING, 0);   /* 40 m from B: beyond snap_m = 30 -> none */
    add_incident(&inc, 50, 25, TRYGG_CAT_OTHER, 0);       /* 25 m from both: tie -> lowest seg_id, A */
    add_incident(&inc, -20, 0, TRYGG_CAT_THEFT, 0);       /* 20 m beyond A's start: distance to the end point */
    trygg_measure_snap_incidents(ctx, &places, idx, 30.0, &inc);
    TH_ASSERT_INT(inc.v[0].seg_id, 1);
    TH_ASSERT_NEAR(inc.v[0].snap_dist_m, 10.0, 1e-12);
    TH_ASSERT_INT(inc.v[1].seg_id, 2);
    TH_ASSERT_NEAR(inc.v[1].snap_dist_m, 20.0, 1e-12);
    TH_ASSERT_INT(inc.v[2].seg_id, -1);
    CU_ASSERT(isnan(inc.v[2].snap_dist_m));
    TH_ASSERT_INT(inc.v[3].seg_id, 1);
    TH_ASSERT_INT(inc.v[4].seg_id, 1);
    TH_ASSERT_NEAR(inc.v[4].snap_dist_m, 20.0, 1e-12);

    trygg_config cfg;
    trygg_config_init(&cfg);
    size_t snapped = trygg_measure_count_incidents(&cfg, &places, &inc);
    TH_ASSERT_INT(snapped, 4);
    TH_ASSERT_INT(places.v[0].n_cat[TRYGG_CAT_VANDALISM], 1);
    TH_ASSERT_INT(places.v[0].n_cat[TRYGG_CAT_OTHER], 1);
    TH_ASSERT_INT(places.v[0].n_cat[TRYGG_CAT_THEFT], 1);
    TH_ASSERT_INT(places.v[1].n_cat[TRYGG_CAT_GRAFFITI], 1);
    TH_ASSERT_INT(places.v[1].n_cat[TRYGG_CAT_LITTERING], 0);
    trygg_config_fini(&cfg);
    trygg_incidents_fini(&inc);
    trygg_index_free(idx);
    trygg_places_fini(&places);
    trygg_ctx_free(ctx);
}

static void test_measure_night_hours(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg); /* night 18-06 local, CET (UTC+1) with EU summer time */
    /* 2024-01-15 16:59:59Z = 17:59:59 CET: not night; 17:00:00Z = 18:00 CET: night.
     * `date -u -d '2024-01-15 17:00:00' +%s` = 1705338000. */
    CU_ASSERT_FALSE(trygg_measure_is_night(&cfg, 1705338000 - 1));
    CU_ASSERT(trygg_measure_is_night(&cfg, 1705338000));
    /* 2024-07-15 03:59:59Z = 05:59:59 CEST: night; 04:00Z = 06:00 CEST: day.
     * `date -u -d '2024-07-15 04:00:00' +%s` = 1721016000. */
    CU_ASSERT(trygg_measure_is_night(&cfg, 1721016000 - 1));
    CU_ASSERT_FALSE(trygg_measure_is_night(&cfg, 1721016000));
    CU_ASSERT_FALSE(trygg_measure_is_night(&cfg, TRYGG_TIME_UNKNOWN));
    trygg_config_fini(&cfg);
}

/* One 300 m street as three 100 m places; dark runs 80-100 on the first, 0-30 on the second
 * and 90-95 on the third. The first two join across the boundary into 80..130 (50 m); the
 * third is 5 m, shorter than dark_min_m = 10, and is dropped. */
static void test_measure_dark_stretches_join_places(void)
{
    trygg_config cfg;
    trygg_config_init(&cfg);
    trygg_streets streets = {0};
    trygg_street *s = trygg_streets_push(&streets);
    s->xy = malloc(4 * sizeof *s->xy);
    s->xy[0] = 0;
    s->xy[1] = 0;
    s->xy[2] = 300;
    s->xy[3] = 0;
    s->nv = 2;
    trygg_places places = {0};
    add_place(&places, 0, 0, 0, 0, 100, 0);
    add_place(&places, 0, 100, 100, 0, 200, 0);
    add_place(&places, 0, 200, 200, 0, 300, 0);
    trygg_dark_runs runs[3] = {{0}};
    trygg_dark_run r0 = {80, 100, 0.2}, r1 = {0, 30, 0.1}, r2 = {90, 95, 0.3};
    runs[0].v = &r0;
    runs[0].n = 1;
    runs[1].v = &r1;
    runs[1].n = 1;
    runs[2].v = &r2;
    runs[2].n = 1;
    trygg_dark_stretches out = {0};
    trygg_measure_dark_stretches(&cfg, &streets, &places, runs, &out);
    TH_ASSERT_INT(out.n, 1);
    if (out.n == 1) {
        TH_ASSERT_NEAR(out.v[0].length_m, 50.0, 1e-9);
        TH_ASSERT_NEAR(out.v[0].lux_min, 0.1, 1e-12);
        TH_ASSERT_INT(out.v[0].nv, 2);
        TH_ASSERT_NEAR(out.v[0].xy[0], 80.0, 1e-9);
        TH_ASSERT_NEAR(out.v[0].xy[2], 130.0, 1e-9);
    }
    trygg_dark_stretches_fini(&out);
    trygg_places_fini(&places);
    trygg_streets_fini(&streets);
    trygg_config_fini(&cfg);
}

void test_measure_register(void)
{
    static CU_TestInfo tests[] = {
        {"snap in and out of range", test_measure_snap_in_and_out_of_range},
        {"night hours", test_measure_night_hours},
        {"dark stretches join places", test_measure_dark_stretches_join_places},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("measure", tests);
}

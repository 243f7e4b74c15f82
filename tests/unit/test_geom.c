#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <stdlib.h>

#include "geom/geom.h"
#include "helpers.h"
#include "trygg/data.h"

/* ---- polyline measures ---------------------------------------------------------------- */

/* The L-shaped line used below: (0,0) -> (60,0) -> (60,80), 60 + 80 = 140 m. */
static const double L_XY[] = {0, 0, 60, 0, 60, 80};

static void test_geom_polyline_length(void)
{
    TH_ASSERT_NEAR(trygg_geom_polyline_length(L_XY, 3), 140.0, 1e-12);
    /* A 3-4-5 triangle's hypotenuse. */
    TH_ASSERT_NEAR(trygg_geom_polyline_length((double[]){1, 1, 4, 5}, 2), 5.0, 1e-12);
    TH_ASSERT_NEAR(trygg_geom_polyline_length(L_XY, 1), 0.0, 0);
    TH_ASSERT_NEAR(trygg_geom_polyline_length(NULL, 0), 0.0, 0);
}

static void test_geom_point_line_distance(void)
{
    double along = -1;
    /* (30,10) projects onto the first leg at (30,0): 10 m away, 30 m along. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(30, 10, L_XY, 3, &along), 10.0, 1e-12);
    TH_ASSERT_NEAR(along, 30.0, 1e-12);
    /* (70,40) projects onto the second leg at (60,40): 10 m away, 60 + 40 = 100 m along. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(70, 40, L_XY, 3, &along), 10.0, 1e-12);
    TH_ASSERT_NEAR(along, 100.0, 1e-12);
    /* (70,-10) lies beyond both legs: the corner (60,0) is closest, sqrt(10^2 + 10^2) away. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(70, -10, L_XY, 3, &along), sqrt(200.0), 1e-12);
    TH_ASSERT_NEAR(along, 60.0, 1e-12);
    /* (-3,-4) is before the start: 5 m from (0,0), 0 along. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(-3, -4, L_XY, 3, &along), 5.0, 1e-12);
    TH_ASSERT_NEAR(along, 0.0, 0);
    /* (50,10) is 10 m from (50,0) on the first leg and from (60,10) on the second: the first
     * leg wins the tie, 50 m along. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(50, 10, L_XY, 3, &along), 10.0, 1e-12);
    TH_ASSERT_NEAR(along, 50.0, 1e-12);
    /* Inside the corner, (55,20): 20 m from the first leg, 5 m from the second at (60,20). */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(55, 20, L_XY, 3, &along), 5.0, 1e-12);
    TH_ASSERT_NEAR(along, 80.0, 1e-12);
    /* NULL along is allowed; a single vertex is a point; no vertices gives NAN. */
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(63, 84, L_XY, 3, NULL), 5.0, 1e-12);
    TH_ASSERT_NEAR(trygg_geom_point_polyline_distance(3, 4, L_XY, 1, &along), 5.0, 1e-12);
    TH_ASSERT_NEAR(along, 0.0, 0);
    CU_ASSERT(isnan(trygg_geom_point_polyline_distance(3, 4, NULL, 0, &along)));
    CU_ASSERT(isnan(along));
}

static void test_geom_point_at(void)
{
    double x, y;
    trygg_geom_point_at(L_XY, 3, 30, &x, &y);
    TH_ASSERT_NEAR(x, 30, 0);
    TH_ASSERT_NEAR(y, 0, 0);
    trygg_geom_point_at(L_XY, 3, 100, &x, &y); /* 40 m up the second leg */
    TH_ASSERT_NEAR(x, 60, 0);
    TH_ASSERT_NEAR(y, 40, 0);
    trygg_geom_point_at(L_XY, 3, 60, &x, &y); /* exactly the corner */
    TH_ASSERT_NEAR(x, 60, 0);
    TH_ASSERT_NEAR(y, 0, 0);
    trygg_geom_point_at(L_XY, 3, -5, &x, &y); /* clamped to the start */
    TH_ASSERT_NEAR(x, 0, 0);
    TH_ASSERT_NEAR(y, 0, 0);
    trygg_geom_point_at(L_XY, 3, 1e9, &x, &y); /* clamped to the end */
    TH_ASSERT_NEAR(x, 60, 0);
    TH_ASSERT_NEAR(y, 80, 0);
    /* On the 3-4-5 line (1,1)->(4,5), 2.5 m is half way: (2.5, 3). */
    trygg_geom_point_at((double[]){1, 1, 4, 5}, 2, 2.5, &x, &y);
    TH_ASSERT_NEAR(x, 2.5, 1e-12);
    TH_ASSERT_NEAR(y, 3.0, 1e-12);
}

static void assert_vertices(const double *xy, size_t nv, const double *expected, size_t n_expected, double tol)
{
    TH_ASSERT_INT(nv, n_expected);
    for (size_t i = 0; i < 2 * nv && i < 2 * n_expected; i++)
        TH_ASSERT_NEAR(xy[i], expected[i], tol);
}

static void test_geom_substring(void)
{
    size_t nv = 0;
    double *s = trygg_geom_substring(L_XY, 3, 30, 100, &nv);
    assert_vertices(s, nv, (double[]){30, 0, 60, 0, 60, 40}, 3, 0);
    free(s);
    /* Ending exactly at the corner: the corner is the end, not repeated. */
    s = trygg_geom_substring(L_XY, 3, 0, 60, &nv);
    assert_vertices(s, nv, (double[]){0, 0, 60, 0}, 2, 0);
    free(s);
    s = trygg_geom_substring(L_XY, 3, 60, 140, &nv);
    assert_vertices(s, nv, (double[]){60, 0, 60, 80}, 2, 0);
    free(s);
    s = trygg_geom_substring(L_XY, 3, 10, 20, &nv);
    assert_vertices(s, nv, (double[]){10, 0, 20, 0}, 2, 0);
    free(s);
    /* Clamped to the line. */
    s = trygg_geom_substring(L_XY, 3, -10, 500, &nv);
    assert_vertices(s, nv, L_XY, 3, 0);
    free(s);
    /* A repeated vertex appears once. */
    s = trygg_geom_substring((double[]){0, 0, 10, 0, 10, 0, 20, 0}, 4, 5, 15, &nv);
    assert_vertices(s, nv, (double[]){5, 0, 10, 0, 15, 0}, 3, 0);
    free(s);
}

/* ---- splitting streets ---------------------------------------------------------------- */

static void add_street(trygg_streets *s, const double *xy, size_t nv)
{
    trygg_street *st = trygg_streets_push(s);
    st->xy = malloc(2 * nv * sizeof *st->xy);
    memcpy(st->xy, xy, 2 * nv * sizeof *xy);
    st->nv = nv;
    st->fid = (int64_t)s->n;
    st->lit = TRYGG_LIT_UNKNOWN;
}

static trygg_places split(trygg_streets *s, double max_len, int threads)
{
    trygg_ctx *ctx = th_ctx();
    trygg_ctx_set_threads(ctx, threads);
    trygg_places p = {0};
    trygg_status st = trygg_geom_split_streets(ctx, s, max_len, &p);
    TH_ASSERT_INT(st, TRYGG_OK);
    if (st)
        fprintf(stderr, "  %s\n", trygg_errmsg(ctx));
    trygg_ctx_free(ctx);
    return p;
}

static void assert_place(const trygg_place *p, size_t street, size_t piece, double from, double len)
{
    TH_ASSERT_INT(p->street, street);
    TH_ASSERT_INT(p->piece, piece);
    TH_ASSERT_NEAR(p->from_m, from, 1e-9);
    TH_ASSERT_NEAR(p->length_m, len, 1e-9);
    /* The geometry has the length it claims. */
    TH_ASSERT_NEAR(trygg_geom_polyline_length(p->xy, p->nv), len, 1e-9);
}

static void test_geom_split_straight_street(void)
{
    trygg_streets s = {0};
    add_street(&s, (double[]){0, 0, 250, 0}, 2);
    trygg_places p = split(&s, 100, 1);
    /* 250 m with at most 100 m: ceil(2.5) = 3 equal parts of 250/3 = 83.333... m. */
    TH_ASSERT_INT(p.n, 3);
    if (p.n == 3) {
        double sum = 0;
        for (size_t i = 0; i < 3; i++) {
            assert_place(&p.v[i], 0, i, 250.0 * (double)i / 3.0, 250.0 / 3.0);
            sum += p.v[i].length_m;
        }
        TH_ASSERT_NEAR(sum, 250.0, 1e-9);
        assert_vertices(p.v[1].xy, p.v[1].nv, (double[]){250.0 / 3, 0, 500.0 / 3, 0}, 2, 1e-9);
        /* The ends are the street's own end vertices, exactly. */
        TH_ASSERT_NEAR(p.v[0].xy[0], 0, 0);
        TH_ASSERT_NEAR(p.v[2].xy[2], 250, 0);
        /* Measured fields start unassessed. */
        CU_ASSERT(isnan(p.v[0].nearest_lamp_m) && isnan(p.v[0].lux_avg) && isnan(p.v[0].lux_min));
        CU_ASSERT(isnan(p.v[0].lux_uniformity) && isnan(p.v[0].dark_length_m));
        CU_ASSERT(isnan(p.v[0].eb_vandalism) && isnan(p.v[0].eb_littering) && isnan(p.v[0].safety_index));
        CU_ASSERT(isnan(p.v[0].vandalism_score) && isnan(p.v[0].littering_score) &&
                  isnan(p.v[0].visibility_score));
        TH_ASSERT_INT(p.v[0].lighting_class, TRYGG_PCLASS_NONE);
        TH_ASSERT_INT(p.v[0].light_source, TRYGG_LIGHT_NOT_ASSESSED);
        TH_ASSERT_INT(p.v[0].lamps_near, 0);
        TH_ASSERT_INT(p.v[0].n_cat[TRYGG_CAT_VANDALISM], 0);
        CU_ASSERT_PTR_NULL(p.v[0].top_factors);
    }
    trygg_places_fini(&p);
    /* Exactly 200 m with at most 100 m: two parts, not three. */
    trygg_streets_fini(&s);
    add_street(&s, (double[]){0, 0, 120, 160}, 2); /* 3-4-5 scaled by 40: 200 m */
    p = split(&s, 100, 1);
    TH_ASSERT_INT(p.n, 2);
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_x_crossing(void)
{
    trygg_streets s = {0};
    /* Diagonals of the square (0,0)-(100,100) cross at its centre (50,50); every piece is half
     * a diagonal, 50 sqrt(2) m. */
    add_street(&s, (double[]){0, 0, 100, 100}, 2);
    add_street(&s, (double[]){0, 100, 100, 0}, 2);
    trygg_places p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 4);
    if (p.n == 4) {
        double h = 50.0 * sqrt(2.0);
        assert_place(&p.v[0], 0, 0, 0, h);
        assert_place(&p.v[1], 0, 1, h, h);
        assert_place(&p.v[2], 1, 0, 0, h);
        assert_place(&p.v[3], 1, 1, h, h);
        assert_vertices(p.v[0].xy, p.v[0].nv, (double[]){0, 0, 50, 50}, 2, 1e-9);
        assert_vertices(p.v[3].xy, p.v[3].nv, (double[]){50, 50, 100, 0}, 2, 1e-9);
        /* All four meet at the same point, bit for bit. */
        CU_ASSERT(p.v[0].xy[2] == p.v[1].xy[0] && p.v[0].xy[3] == p.v[1].xy[1]);
        CU_ASSERT(p.v[0].xy[2] == p.v[2].xy[2] && p.v[0].xy[3] == p.v[2].xy[3]);
        CU_ASSERT(p.v[0].xy[2] == p.v[3].xy[0] && p.v[0].xy[3] == p.v[3].xy[1]);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);

    /* An off-centre crossing in national-grid coordinates (SWEREF 99 TM, Lund): street A runs
     * east 120 m from (387000, 6175000), street B north 120 m from (387030, 6174960); they cross
     * at (387030, 6175000), 30 m along A and 40 m along B. */
    add_street(&s, (double[]){387000, 6175000, 387120, 6175000}, 2);
    add_street(&s, (double[]){387030, 6174960, 387030, 6175080}, 2);
    p = split(&s, 100, 1);
    TH_ASSERT_INT(p.n, 4);
    if (p.n == 4) {
        assert_place(&p.v[0], 0, 0, 0, 30);
        assert_place(&p.v[1], 0, 1, 30, 90);
        assert_place(&p.v[2], 1, 0, 0, 40);
        assert_place(&p.v[3], 1, 1, 40, 80);
        TH_ASSERT_NEAR(p.v[0].xy[2], 387030, 1e-9);
        TH_ASSERT_NEAR(p.v[0].xy[3], 6175000, 1e-9);
        CU_ASSERT(p.v[0].xy[2] == p.v[2].xy[2] && p.v[0].xy[3] == p.v[2].xy[3]);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_t_junction(void)
{
    trygg_streets s = {0};
    /* A branch ends on the middle of a through street at x = 80: the through street is cut
     * into 80 + 120 m, the branch (50 m) is whole. */
    add_street(&s, (double[]){0, 0, 200, 0}, 2);
    add_street(&s, (double[]){80, 0, 80, 50}, 2);
    /* A second branch ends 5e-7 m short of the through street at x = 150 (within the 1e-6 m
     * touching tolerance): the cut is at 150 and uses the branch's end point. */
    add_street(&s, (double[]){150, 30, 150, 5e-7}, 2);
    /* A third stops 1 mm short at x = 190: it does not meet the street. */
    add_street(&s, (double[]){190, 20, 190, 0.001}, 2);
    trygg_places p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 6);
    if (p.n == 6) {
        assert_place(&p.v[0], 0, 0, 0, 80);
        TH_ASSERT_NEAR(p.v[1].from_m, 80, 1e-9);
        TH_ASSERT_NEAR(p.v[1].length_m, 70, 1e-9);
        CU_ASSERT(p.v[1].xy[2] == 150 && p.v[1].xy[3] == 5e-7);
        TH_ASSERT_NEAR(p.v[2].from_m, 150, 1e-9);
        TH_ASSERT_NEAR(p.v[2].length_m, 50, 1e-9);
        assert_place(&p.v[3], 1, 0, 0, 50);
        TH_ASSERT_INT(p.v[4].street, 2);
        TH_ASSERT_INT(p.v[5].street, 3);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_shared_vertex(void)
{
    trygg_streets s = {0};
    /* Street 0 has an interior vertex at (50,0); street 1 is a V whose tip is that vertex:
     * (20,-40) -> (50,0) -> (80,-40), legs of 50 m (30-40-50 triangles). Both are cut there. */
    add_street(&s, (double[]){0, 0, 50, 0, 100, 0}, 3);
    add_street(&s, (double[]){20, -40, 50, 0, 80, -40}, 3);
    trygg_places p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 4);
    if (p.n == 4) {
        assert_place(&p.v[0], 0, 0, 0, 50);
        assert_place(&p.v[1], 0, 1, 50, 50);
        assert_place(&p.v[2], 1, 0, 0, 50);
        assert_place(&p.v[3], 1, 1, 50, 50);
        assert_vertices(p.v[1].xy, p.v[1].nv, (double[]){50, 0, 100, 0}, 2, 0);
        assert_vertices(p.v[2].xy, p.v[2].nv, (double[]){20, -40, 50, 0}, 2, 0);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);

    /* A way that only shares its end vertex with the next way (an OSM street in two ways)
     * makes no interior cut: 100 m and 60 m, one place each. */
    add_street(&s, (double[]){0, 0, 100, 0}, 2);
    add_street(&s, (double[]){100, 0, 160, 0}, 2);
    p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 2);
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_l_street(void)
{
    trygg_streets s = {0};
    /* 60 + 80 = 140 m with at most 100 m: two parts of 70 m, the first turning the corner. */
    add_street(&s, L_XY, 3);
    trygg_places p = split(&s, 100, 1);
    TH_ASSERT_INT(p.n, 2);
    if (p.n == 2) {
        assert_place(&p.v[0], 0, 0, 0, 70);
        assert_place(&p.v[1], 0, 1, 70, 70);
        assert_vertices(p.v[0].xy, p.v[0].nv, (double[]){0, 0, 60, 0, 60, 10}, 3, 0);
        assert_vertices(p.v[1].xy, p.v[1].nv, (double[]){60, 10, 60, 80}, 2, 0);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_self_crossing(void)
{
    trygg_streets s = {0};
    /* (0,0) -> (100,0) -> (100,50) -> (50,50) -> (50,-50): the last leg crosses the first at
     * (50,0), 50 m along the first pass and 100 + 50 + 50 + 50 = 250 m along the second.
     * Total 300 m: pieces of 50, 200 and 50 m. */
    add_street(&s, (double[]){0, 0, 100, 0, 100, 50, 50, 50, 50, -50}, 5);
    trygg_places p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 3);
    if (p.n == 3) {
        assert_place(&p.v[0], 0, 0, 0, 50);
        assert_place(&p.v[1], 0, 1, 50, 200);
        assert_place(&p.v[2], 0, 2, 250, 50);
        assert_vertices(p.v[1].xy, p.v[1].nv, (double[]){50, 0, 100, 0, 100, 50, 50, 50, 50, 0}, 5, 1e-9);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_overlap_and_near_misses(void)
{
    trygg_streets s = {0};
    /* Two streets overlapping on [50, 100]: each is cut where the other ends. */
    add_street(&s, (double[]){0, 0, 100, 0}, 2);
    add_street(&s, (double[]){50, 0, 150, 0}, 2);
    /* Parallel 1 mm away, and collinear but 100 m beyond: no cuts. */
    add_street(&s, (double[]){0, 1000.001, 100, 1000.001}, 2);
    add_street(&s, (double[]){0, 1000, 100, 1000}, 2);
    add_street(&s, (double[]){200, 1000, 300, 1000}, 2);
    trygg_places p = split(&s, 1000, 1);
    TH_ASSERT_INT(p.n, 7);
    if (p.n == 7) {
        assert_place(&p.v[0], 0, 0, 0, 50);
        assert_place(&p.v[1], 0, 1, 50, 50);
        assert_place(&p.v[2], 1, 0, 0, 50);
        assert_place(&p.v[3], 1, 1, 50, 50);
        assert_place(&p.v[4], 2, 0, 0, 100);
        assert_place(&p.v[5], 3, 0, 0, 100);
        assert_place(&p.v[6], 4, 0, 0, 100);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

static void test_geom_split_degenerate_streets(void)
{
    trygg_streets s = {0};
    add_street(&s, (double[]){5, 5}, 1);             /* one vertex */
    add_street(&s, (double[]){5, 5, 5, 5}, 2);       /* two equal vertices */
    add_street(&s, (double[]){0, 0, 10, 0, 10, 0, 20, 0}, 4); /* a repeated vertex */
    trygg_places p = split(&s, 100, 1);
    /* Only the third street yields a place, uncut by its repeated vertex. */
    TH_ASSERT_INT(p.n, 1);
    if (p.n == 1) {
        assert_place(&p.v[0], 2, 0, 0, 20);
        assert_vertices(p.v[0].xy, p.v[0].nv, (double[]){0, 0, 10, 0, 20, 0}, 3, 0);
    }
    trygg_places_fini(&p);
    trygg_streets_fini(&s);

    trygg_streets empty = {0};
    p = split(&empty, 100, 1);
    TH_ASSERT_INT(p.n, 0);
    trygg_places_fini(&p);
}

static void test_geom_split_bad_input(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_streets s = {0};
    trygg_places p = {0};
    add_street(&s, (double[]){0, 0, 10, 0}, 2);
    TH_ASSERT_INT(trygg_geom_split_streets(ctx, &s, 0, &p), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "den största platslängden");
    TH_ASSERT_INT(trygg_geom_split_streets(ctx, &s, NAN, &p), TRYGG_E_USAGE);
    add_street(&s, (double[]){0, 0, NAN, 0}, 2);
    TH_ASSERT_INT(trygg_geom_split_streets(ctx, &s, 100, &p), TRYGG_E_GEOM);
    TH_ASSERT_STR(trygg_errmsg(ctx), "gata 1 (objekt 2): hörnpunkt 1 är ingen ändlig koordinat");
    TH_ASSERT_INT(p.n, 0);
    trygg_streets_fini(&s);
    trygg_ctx_free(ctx);
}

/* A jittered n x n grid network: horizontal and vertical streets through every grid line,
 * each street broken into blocks of `block` cells, vertices jittered by a fixed LCG so that
 * crossings are proper crossings of slightly skew segments. */
static uint64_t lcg(uint64_t *state)
{
    /* Knuth, TAOCP vol. 2, section 3.3.4 (MMIX multiplier). */
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return *state >> 11;
}

static void jittered_grid(trygg_streets *s, int n, int block, double cell)
{
    uint64_t st = 42;
    for (int dir = 0; dir < 2; dir++)
        for (int line = 0; line < n; line++)
            for (int b0 = 0; b0 < n - 1; b0 += block) {
                int b1 = b0 + block < n - 1 ? b0 + block : n - 1;
                size_t nv = (size_t)(b1 - b0 + 1);
                double *xy = malloc(2 * nv * sizeof *xy);
                for (int k = b0; k <= b1; k++) {
                    double j1 = ((double)(lcg(&st) % 1000) / 1000.0 - 0.5) * 2.0;
                    double j2 = ((double)(lcg(&st) % 1000) / 1000.0 - 0.5) * 2.0;
                    double along = k * cell + j1, across = line * cell + j2 * 3.0;
                    xy[2 * (k - b0)] = dir == 0 ? along : across;
                    xy[2 * (k - b0) + 1] = dir == 0 ? across : along;
                }
                add_street(s, xy, nv);
                free(xy);
            }
}

static void test_geom_split_deterministic(void)
{
    trygg_streets s = {0};
    jittered_grid(&s, 40, 3, 70.0);
    trygg_places a = split(&s, 50, 2), b = split(&s, 50, 2), c = split(&s, 50, 1);
    TH_ASSERT_INT(a.n, b.n);
    TH_ASSERT_INT(a.n, c.n);
    size_t differ = 0;
    for (size_t i = 0; i < a.n && a.n == b.n && a.n == c.n; i++) {
        const trygg_place *pa = &a.v[i], *pb = &b.v[i], *pc = &c.v[i];
        differ += pa->street != pb->street || pa->piece != pb->piece || pa->nv != pb->nv ||
                  pa->from_m != pb->from_m || pa->length_m != pb->length_m ||
                  memcmp(pa->xy, pb->xy, 2 * pa->nv * sizeof *pa->xy) != 0;
        differ += pa->nv != pc->nv || memcmp(pa->xy, pc->xy, 2 * pa->nv * sizeof *pa->xy) != 0;
    }
    TH_ASSERT_INT(differ, 0);
    /* Every interior grid street crosses the others: well over one place per street. */
    CU_ASSERT(a.n > 3 * s.n);
    trygg_places_fini(&a);
    trygg_places_fini(&b);
    trygg_places_fini(&c);
    trygg_streets_fini(&s);
}

/* Checks for any split: per street the pieces are numbered 0.., start where the previous one
 * ended, add up to the street's length and are no longer than max_len. */
static void check_split_consistency(const trygg_streets *s, const trygg_places *p, double max_len, double tol)
{
    size_t bad_sum = 0, too_long = 0, bad_chain = 0, bad_geom = 0, k = 0;
    for (size_t i = 0; i < s->n; i++) {
        double len = trygg_geom_polyline_length(s->v[i].xy, s->v[i].nv), sum = 0, next = 0;
        size_t piece = 0;
        for (; k < p->n && p->v[k].street == i; k++, piece++) {
            const trygg_place *pl = &p->v[k];
            sum += pl->length_m;
            too_long += pl->length_m > max_len + tol;
            bad_chain += pl->piece != piece || fabs(pl->from_m - next) > tol;
            bad_geom += fabs(trygg_geom_polyline_length(pl->xy, pl->nv) - pl->length_m) > tol;
            next = pl->from_m + pl->length_m;
        }
        if (len > 0)
            bad_sum += fabs(sum - len) > tol;
    }
    TH_ASSERT_INT(k, p->n); /* places are in street order */
    TH_ASSERT_INT(bad_sum, 0);
    TH_ASSERT_INT(too_long, 0);
    TH_ASSERT_INT(bad_chain, 0);
    TH_ASSERT_INT(bad_geom, 0);
}

static void test_geom_split_grid_consistency(void)
{
    trygg_streets s = {0};
    jittered_grid(&s, 30, 4, 90.0);
    trygg_places p = split(&s, 40, 2);
    check_split_consistency(&s, &p, 40, 1e-6);
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

/* The Helsinki extract of the bundled sample (gis-data/README.md): every highway way of the OGR `lines`
 * layer, reprojected to ETRS-TM35FIN (EPSG:3067). */
static void test_geom_split_helsinki(void)
{
    const char *path = th_sample("helsinki_centre_2019.osm.pbf");
    GDALAllRegister();
    /* The OSM driver warns about unclosed multipolygon rings of this extract: not our layer. */
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
    if (!ds)
        CPLPopErrorHandler();
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    OGRLayerH lyr = GDALDatasetGetLayerByName(ds, "lines");
    CU_ASSERT_PTR_NOT_NULL_FATAL(lyr);
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(NULL), tm = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(wgs, 4326);
    OSRImportFromEPSG(tm, 3067);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(tm, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, tm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ct);
    int fhw = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lyr), "highway");
    CU_ASSERT_FATAL(fhw >= 0);

    trygg_streets s = {0};
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (OGR_F_IsFieldSetAndNotNull(f, fhw) && g && OGR_GT_Flatten(OGR_G_GetGeometryType(g)) == wkbLineString &&
            OGR_G_GetPointCount(g) >= 2 && OGR_G_Transform(g, ct) == OGRERR_NONE) {
            size_t nv = (size_t)OGR_G_GetPointCount(g);
            double *xy = malloc(2 * nv * sizeof *xy);
            for (size_t i = 0; i < nv; i++) {
                xy[2 * i] = OGR_G_GetX(g, (int)i);
                xy[2 * i + 1] = OGR_G_GetY(g, (int)i);
            }
            add_street(&s, xy, nv);
            free(xy);
        }
        OGR_F_Destroy(f);
    }
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(wgs);
    OSRDestroySpatialReference(tm);
    GDALClose(ds);
    CPLPopErrorHandler();

    /* SOURCES.md: about 2 650 highway ways; 2 504 of them are open ways in the `lines` layer
     * (closed pedestrian areas go to `multipolygons`). */
    TH_ASSERT_INT(s.n, 2504);
    trygg_places p = split(&s, 100, 2);
    check_split_consistency(&s, &p, 100, 1e-6);
    CU_ASSERT(p.n > s.n);
    trygg_places_fini(&p);
    trygg_streets_fini(&s);
}

void test_geom_register(void)
{
    static CU_TestInfo tests[] = {
        {"polyline length", test_geom_polyline_length},
        {"point to line distance and along", test_geom_point_line_distance},
        {"point at", test_geom_point_at},
        {"substring", test_geom_substring},
        {"split straight street", test_geom_split_straight_street},
        {"split X crossing", test_geom_split_x_crossing},
        {"split T junction", test_geom_split_t_junction},
        {"split shared vertex", test_geom_split_shared_vertex},
        {"split L street", test_geom_split_l_street},
        {"split self crossing", test_geom_split_self_crossing},
        {"split overlap and near misses", test_geom_split_overlap_and_near_misses},
        {"split degenerate streets", test_geom_split_degenerate_streets},
        {"split bad input", test_geom_split_bad_input},
        {"split deterministic", test_geom_split_deterministic},
        {"split grid consistency", test_geom_split_grid_consistency},
        {"split Helsinki extract", test_geom_split_helsinki},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("geom", tests);
}

#include <geos_c.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/grid.h"
#include "helpers.h"

/* Shoelace area of ring k of a cell (positive for counter-clockwise). */
static double cell_ring_area(const trygg_grid_cell *c, size_t k)
{
    size_t b = k ? c->ring_end[k - 1] : 0, e = c->ring_end[k];
    double a = 0;
    for (size_t i = b; i + 1 < e; i++)
        a += c->xy[2 * i] * c->xy[2 * i + 3] - c->xy[2 * i + 2] * c->xy[2 * i + 1];
    return a / 2;
}

static void test_grid_hex_area(void)
{
    /* A regular hexagon of across-flats width d is six equilateral triangles of side
     * R = d / sqrt(3): 6 * (sqrt(3)/4) * d^2 / 3 = (sqrt(3)/2) d^2; d = 100 m gives
     * 0.8660254037844386 * 10000 = 8660.254037844386 m^2. */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {0, 0, 10, 10};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_HEX, 100.0, env, &g), TRYGG_OK);
    const trygg_grid_cell *c = trygg_grid_cell_get(g, 0);
    TH_ASSERT_NEAR(c->area_m2, 8660.254037844386, 1e-9);
    TH_ASSERT_NEAR(cell_ring_area(c, 0), 8660.254037844386, 1e-6); /* from the vertices, CCW */
    TH_ASSERT_INT(c->nv, 7);
    TH_ASSERT_NEAR(c->xy[0], c->xy[12], 0); /* closed */
    TH_ASSERT_NEAR(c->xy[1], c->xy[13], 0);
    /* Pointy top: the north vertex is R = 100/sqrt(3) = 57.735026919 m above the centre, the
     * east flat side is d/2 = 50 m east of it. */
    TH_ASSERT_NEAR(c->xy[3] - c->cy, 57.735026918962582, 1e-9);
    TH_ASSERT_NEAR(c->xy[0] - c->cx, 50.0, 1e-9);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

static void test_grid_hex_count(void)
{
    /* d = 100: R = 57.735, row step h = 86.603. Extent x 10..290, y 0..150.
     * Row -1 (centres y = -86.6) reaches up to y = -28.9 < 0: none.
     * Row 0 (y = 0, even: centres x = 0, 100, 200, 300; spans x +- 50): all four meet x 10..290.
     * Row 1 (y = 86.6, odd: centres x = -50, 50, 150, 250, 350): spans -100..0 and 300..400
     *   miss x 10..290, so three cells (x = 50, 150, 250).
     * Row 2 (y = 173.2): its lower vertex is at 115.5 and the full width starts at 144.3 < 150, so
     *   the four cells with centres x = 0, 100, 200, 300 all meet the extent.
     * Row 3 (y = 259.8) starts at 202.1 > 150: none. Total 4 + 3 + 4 = 11, ids row by row. */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {10, 0, 290, 150};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_HEX, 100.0, env, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 11);
    const trygg_grid_cell *c0 = trygg_grid_cell_get(g, 0), *c4 = trygg_grid_cell_get(g, 4),
                          *c10 = trygg_grid_cell_get(g, 10);
    TH_ASSERT_INT(c0->row, 0);
    TH_ASSERT_INT(c0->col, 0);
    TH_ASSERT_NEAR(c0->cx, 0, 1e-12);
    TH_ASSERT_INT(c4->row, 1);
    TH_ASSERT_NEAR(c4->cx, 50, 1e-9);
    TH_ASSERT_NEAR(c4->cy, 86.602540378443865, 1e-9);
    TH_ASSERT_INT(c10->row, 2);
    TH_ASSERT_NEAR(c10->cx, 300, 1e-9);
    TH_ASSERT_NEAR(c10->cy, 173.20508075688773, 1e-9);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

static void test_grid_square_alignment(void)
{
    /* 250 m over x 380100..380900, y 6170100..6170300: columns floor(380100/250) = 1520 to
     * floor(380900/250) = 1523 (4 columns, from x = 380000 to 381000), rows 24680..24681
     * (2 rows, from y = 6170000): 8 cells, the first with its south-west corner at
     * (380000, 6170000) and centre (380125, 6170125), the last (row 24681, col 1523) centred at
     * (380875, 6170375). */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {380100, 6170100, 380900, 6170300};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_SQUARE, 250.0, env, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 8);
    const trygg_grid_cell *c = trygg_grid_cell_get(g, 0);
    TH_ASSERT_NEAR(c->xy[0], 380000, 0);
    TH_ASSERT_NEAR(c->xy[1], 6170000, 0);
    TH_ASSERT_NEAR(c->cx, 380125, 0);
    TH_ASSERT_NEAR(c->area_m2, 62500, 0);
    TH_ASSERT_INT(c->col, 1520);
    c = trygg_grid_cell_get(g, 7);
    TH_ASSERT_INT(c->row, 24681);
    TH_ASSERT_INT(c->col, 1523);
    TH_ASSERT_NEAR(c->cx, 380875, 0);
    TH_ASSERT_NEAR(c->cy, 6170375, 0);
    /* The point (380250, 6170260) is on the west edge of column 1521 (half-open cells) and in
     * row 24681: id 4 + 1 = 5. */
    TH_ASSERT_INT(trygg_grid_locate(g, 380250, 6170260), 5);
    TH_ASSERT_INT(trygg_grid_locate(g, 379999, 6170260), SIZE_MAX);
    TH_ASSERT_INT(trygg_grid_locate(g, NAN, 6170260), SIZE_MAX);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

/* The ids of the cells whose polygon contains (x, y), by GEOS point-in-polygon over every cell. */
static size_t geos_containing(GEOSContextHandle_t geos, GEOSGeometry **polys, size_t n, double x, double y,
                              size_t *which)
{
    GEOSGeometry *p = GEOSGeom_createPointFromXY_r(geos, x, y);
    size_t hits = 0;
    for (size_t i = 0; i < n; i++)
        if (GEOSContains_r(geos, polys[i], p) == 1) {
            *which = i;
            hits++;
        }
    GEOSGeom_destroy_r(geos, p);
    return hits;
}

/* For every cell: its centre, points 1 % short of each vertex and each side's midpoint, and
 * points 1 % beyond each side's midpoint (inside the neighbour, or outside the grid); plus 3000
 * pseudo-random points. Each point must be in exactly one cell polygon by GEOS, and
 * trygg_grid_locate must name that cell (or SIZE_MAX when no cell polygon holds it). */
static void check_locate_agrees(trygg_grid_kind kind, double size, const double env[4])
{
    trygg_ctx *ctx = th_ctx();
    GEOSContextHandle_t geos = trygg__geos(ctx);
    trygg_grid *g = NULL;
    TH_ASSERT_INT(trygg_grid_new(ctx, kind, size, env, &g), TRYGG_OK);
    size_t n = trygg_grid_count(g);
    GEOSGeometry **polys = calloc(n, sizeof *polys);
    for (size_t i = 0; i < n; i++)
        polys[i] = trygg_grid_cell_geos(geos, trygg_grid_cell_get(g, i));
    size_t checked = 0, disagree = 0;
    double *pts = malloc(sizeof(double) * 2 * (n * 19 + 3000));
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        pts[2 * np] = c->cx;
        pts[2 * np + 1] = c->cy;
        np++;
        for (size_t k = 0; k + 1 < c->nv; k++) {
            double vx = c->xy[2 * k], vy = c->xy[2 * k + 1];
            double mx = (vx + c->xy[2 * k + 2]) / 2, my = (vy + c->xy[2 * k + 3]) / 2;
            double pxy[6] = {c->cx + 0.99 * (vx - c->cx), c->cy + 0.99 * (vy - c->cy),
                             c->cx + 0.99 * (mx - c->cx), c->cy + 0.99 * (my - c->cy),
                             c->cx + 1.01 * (mx - c->cx), c->cy + 1.01 * (my - c->cy)};
            memcpy(pts + 2 * np, pxy, sizeof pxy);
            np += 3;
        }
    }
    uint64_t s = 12345;
    for (int k = 0; k < 3000; k++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        double u = (double)(s >> 11) / 9007199254740992.0;
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        double v = (double)(s >> 11) / 9007199254740992.0;
        pts[2 * np] = env[0] + u * (env[2] - env[0]);
        pts[2 * np + 1] = env[1] + v * (env[3] - env[1]);
        np++;
    }
    for (size_t k = 0; k < np; k++) {
        size_t which = SIZE_MAX;
        size_t hits = geos_containing(geos, polys, n, pts[2 * k], pts[2 * k + 1], &which);
        size_t got = trygg_grid_locate(g, pts[2 * k], pts[2 * k + 1]);
        if (hits > 1 || got != which) {
            if (disagree < 5)
                fprintf(stderr, "\n  point (%.3f, %.3f): GEOS %zu hits, cell %zu; locate %zu\n", pts[2 * k],
                        pts[2 * k + 1], hits, which, got);
            disagree++;
        }
        checked++;
    }
    TH_ASSERT_INT(disagree, 0);
    CU_ASSERT(checked > 3000);
    for (size_t i = 0; i < n; i++)
        GEOSGeom_destroy_r(geos, polys[i]);
    free(polys);
    free(pts);
    trygg_grid_free(g);
    trygg_ctx_free(ctx);
}

static void test_grid_locate_hex(void)
{
    /* Negative coordinates too, so that floor(row/2) of odd negative rows is exercised. */
    double env[4] = {-333, -271, 417, 389};
    check_locate_agrees(TRYGG_GRID_HEX, 100.0, env);
    double env2[4] = {385012, 6171020, 386210, 6171930};
    check_locate_agrees(TRYGG_GRID_HEX, 100.0, env2);
}

static void test_grid_locate_square(void)
{
    double env[4] = {-610, -240, 700, 515};
    check_locate_agrees(TRYGG_GRID_SQUARE, 250.0, env);
}

static void test_grid_clip_triangle(void)
{
    /* 100 m squares clipped to the triangle (0,0) (300,0) (0,300), area 300^2/2 = 45000 m^2.
     * Lattice: rows 0..3, cols 0..3 (floor(300/100) = 3). Cell (row r, col c) spans
     * [100c, 100c+100] x [100r, 100r+100] and overlaps x + y <= 300 with positive area iff its
     * south-west corner is below the line: r + c <= 2 (6 cells); it lies wholly inside iff its
     * north-east corner is on or below: r + c <= 1 (3 cells). The three cells with r + c = 2 are
     * cut along their diagonal into right triangles of 5000 m^2. Total 3*10000 + 3*5000 = 45000.
     * Order: row 0 cols 0,1,2 (ids 0-2), row 1 cols 0,1 (ids 3,4), row 2 col 0 (id 5).
     * Cell 2 keeps the triangle (200,0) (300,0) (200,100): centroid (700/3, 100/3). */
    trygg_ctx *ctx = th_ctx();
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSWKTReader *rd = GEOSWKTReader_create_r(geos);
    GEOSGeometry *tri = GEOSWKTReader_read_r(geos, rd, "POLYGON((0 0, 300 0, 0 300, 0 0))");
    trygg_grid *g = NULL;
    TH_ASSERT_INT(trygg_grid_new_clipped(ctx, TRYGG_GRID_SQUARE, 100.0, geos, tri, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 6);
    double total = 0;
    size_t nclipped = 0;
    for (size_t i = 0; i < trygg_grid_count(g); i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        total += c->area_m2;
        nclipped += c->clipped;
        TH_ASSERT_INT(c->id, i);
        TH_ASSERT_NEAR(cell_ring_area(c, 0), c->area_m2, 1e-6);
    }
    TH_ASSERT_NEAR(total, 45000, 1e-6);
    TH_ASSERT_INT(nclipped, 3);
    const trygg_grid_cell *c2 = trygg_grid_cell_get(g, 2);
    TH_ASSERT_INT(c2->col, 2);
    CU_ASSERT(c2->clipped);
    TH_ASSERT_NEAR(c2->area_m2, 5000, 1e-6);
    TH_ASSERT_NEAR(c2->cx, 700.0 / 3, 1e-9);
    TH_ASSERT_NEAR(c2->cy, 100.0 / 3, 1e-9);
    TH_ASSERT_INT(c2->nv, 4); /* a closed triangle */
    const trygg_grid_cell *c5 = trygg_grid_cell_get(g, 5);
    TH_ASSERT_INT(c5->row, 2);
    TH_ASSERT_INT(c5->col, 0);
    TH_ASSERT_INT(trygg_grid_locate(g, 250, 10), 2);
    TH_ASSERT_INT(trygg_grid_locate(g, 150, 150), 4);
    TH_ASSERT_INT(trygg_grid_locate(g, 350, 10), SIZE_MAX);  /* col 3: outside the lattice */
    TH_ASSERT_INT(trygg_grid_locate(g, 250, 150), SIZE_MAX); /* (row 1, col 2) was dropped */
    /* (260, 60) is in lattice cell 2 but above the triangle's edge x + y = 300. */
    TH_ASSERT_INT(trygg_grid_locate(g, 260, 60), 2);
    TH_ASSERT_INT(trygg_grid_locate_exact(g, 260, 60), SIZE_MAX);
    TH_ASSERT_INT(trygg_grid_locate_exact(g, 230, 30), 2);
    TH_ASSERT_INT(trygg_grid_locate_exact(g, 50, 50), 0);
    trygg_grid_free(g);

    /* A study area with a hole: 100 m hexagons over a 1 km square with a 200 m square hole;
     * the clipped areas add up to 1e6 - 4e4 = 960000 m^2. */
    GEOSGeometry *holed = GEOSWKTReader_read_r(
        geos, rd, "POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0),(400 400, 400 600, 600 600, 600 400, 400 400))");
    TH_ASSERT_INT(trygg_grid_new_clipped(ctx, TRYGG_GRID_HEX, 100.0, geos, holed, &g), TRYGG_OK);
    total = 0;
    for (size_t i = 0; i < trygg_grid_count(g); i++)
        total += trygg_grid_cell_get(g, i)->area_m2;
    TH_ASSERT_NEAR(total, 960000, 1e-4);
    /* The exact lookup agrees with GEOS point-in-polygon on the clipped cells for 4000
     * pseudo-random points over (-100..1100)^2, including the hole and outside the square. */
    {
        size_t n = trygg_grid_count(g), disagree = 0;
        GEOSGeometry **polys = calloc(n, sizeof *polys);
        for (size_t i = 0; i < n; i++)
            polys[i] = trygg_grid_cell_geos(geos, trygg_grid_cell_get(g, i));
        uint64_t s = 777;
        for (int k = 0; k < 4000; k++) {
            double u[2];
            for (int j = 0; j < 2; j++) {
                s = s * 6364136223846793005ULL + 1442695040888963407ULL;
                u[j] = -100.0 + 1200.0 * (double)(s >> 11) / 9007199254740992.0;
            }
            size_t which = SIZE_MAX;
            size_t hits = geos_containing(geos, polys, n, u[0], u[1], &which);
            disagree += hits > 1 || trygg_grid_locate_exact(g, u[0], u[1]) != which;
        }
        TH_ASSERT_INT(disagree, 0);
        for (size_t i = 0; i < n; i++)
            GEOSGeom_destroy_r(geos, polys[i]);
        free(polys);
    }
    trygg_grid_free(g);

    GEOSGeom_destroy_r(geos, holed);
    GEOSGeom_destroy_r(geos, tri);
    GEOSWKTReader_destroy_r(geos, rd);
    trygg_ctx_free(ctx);
}

static void test_grid_bad_input(void)
{
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double env[4] = {0, 0, 10, 10};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_HEX, -5.0, env, &g), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "cellstorleken -5 m");
    CU_ASSERT_PTR_NULL(g);
    double inv[4] = {10, 0, 0, 10};
    TH_ASSERT_INT(trygg_grid_new(ctx, TRYGG_GRID_SQUARE, 250.0, inv, &g), TRYGG_E_USAGE);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "ingen ändlig rektangel");
    GEOSContextHandle_t geos = trygg__geos(ctx);
    GEOSWKTReader *rd = GEOSWKTReader_create_r(geos);
    GEOSGeometry *line = GEOSWKTReader_read_r(geos, rd, "LINESTRING(0 0, 10 10)");
    TH_ASSERT_INT(trygg_grid_new_clipped(ctx, TRYGG_GRID_HEX, 100, geos, line, &g), TRYGG_E_GEOM);
    TH_ASSERT_CONTAINS(trygg_errmsg(ctx), "ingen icke-tom polygon");
    GEOSGeom_destroy_r(geos, line);
    GEOSWKTReader_destroy_r(geos, rd);
    trygg_ctx_free(ctx);
}

static void test_grid_near_points(void)
{
    /* Hexagons of 100 m near (0, 0), (10, 10) and (500 000, 0), 5000 cells apart, and a NaN
     * point (ignored). (0, 0) and (10, 10) are both in row 0, col 0 (cell centre (0, 0), R =
     * 57.7); (500 000, 0) in row 0, col 5000. Row 0 is even, so the neighbours of (0, c) are
     * (0, c - 1), (0, c + 1) and, in rows -1 and 1, cols c - 1 and c: 7 cells around each
     * point, 14 in all, none of the 5000-cell gap. Row-major from the south-west: row -1 holds
     * cols -1, 0, 4999, 5000 (ids 0-3), row 0 cols -1, 0, 1, 4999, 5000, 5001 (ids 4-9), row 1
     * the same four as row -1 (ids 10-13). */
    trygg_ctx *ctx = th_ctx();
    trygg_grid *g = NULL;
    double pts[8] = {0, 0, 10, 10, 500000, 0, NAN, 0};
    TH_ASSERT_INT(trygg_grid_new_near(ctx, TRYGG_GRID_HEX, 100.0, pts, 4, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 14);
    static const long rc[14][2] = {{-1, -1}, {-1, 0}, {-1, 4999}, {-1, 5000}, {0, -1},  {0, 0},  {0, 1},
                                   {0, 4999}, {0, 5000}, {0, 5001}, {1, -1},   {1, 0},    {1, 4999}, {1, 5000}};
    for (size_t i = 0; i < 14; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        TH_ASSERT_INT(c->id, i);
        TH_ASSERT_INT(c->row, rc[i][0]);
        TH_ASSERT_INT(c->col, rc[i][1]);
        /* every cell finds itself from its centre */
        TH_ASSERT_INT(trygg_grid_locate(g, c->cx, c->cy), i);
    }
    TH_ASSERT_INT(trygg_grid_locate(g, 0, 0), 5);
    TH_ASSERT_INT(trygg_grid_locate(g, 500000, 0), 8);
    TH_ASSERT_INT(trygg_grid_locate(g, 100, 0), 6);             /* row 0, col 1 */
    TH_ASSERT_INT(trygg_grid_locate(g, 250000, 0), SIZE_MAX);  /* in the gap */
    TH_ASSERT_INT(trygg_grid_locate(g, 200, 0), SIZE_MAX);     /* row 0, col 2: two cells away */
    TH_ASSERT_INT(trygg_grid_locate(g, 0, -1e7), SIZE_MAX);    /* far outside the box */
    trygg_grid_free(g);
    /* Squares of 100 m near (50, 50): cell (0, 0) and the eight around it, 3 x 3 = 9, with
     * (0, 0) in the middle (id 4) and (-1, -1) first. */
    double one[2] = {50, 50};
    TH_ASSERT_INT(trygg_grid_new_near(ctx, TRYGG_GRID_SQUARE, 100.0, one, 1, &g), TRYGG_OK);
    TH_ASSERT_INT(trygg_grid_count(g), 9);
    TH_ASSERT_INT(trygg_grid_cell_get(g, 0)->row, -1);
    TH_ASSERT_INT(trygg_grid_cell_get(g, 0)->col, -1);
    TH_ASSERT_INT(trygg_grid_locate(g, 50, 50), 4);
    TH_ASSERT_INT(trygg_grid_locate(g, 250, 50), SIZE_MAX);
    TH_ASSERT_NEAR(trygg_grid_cell_get(g, 8)->area_m2, 1e4, 0);
    trygg_grid_free(g);
    double none[2] = {NAN, NAN};
    g = NULL;
    TH_ASSERT_INT(trygg_grid_new_near(ctx, TRYGG_GRID_HEX, 100.0, none, 1, &g), TRYGG_E_EMPTY);
    TH_ASSERT_INT(trygg_grid_new_near(ctx, TRYGG_GRID_HEX, 0.0, one, 1, &g), TRYGG_E_USAGE);
    CU_ASSERT_PTR_NULL(g);
    trygg_ctx_free(ctx);
}

void test_grid_register(void)
{
    static CU_TestInfo tests[] = {
        {"hexagon area", test_grid_hex_area},
        {"hexagon count over an extent", test_grid_hex_count},
        {"square alignment", test_grid_square_alignment},
        {"hexagon locate agrees with GEOS", test_grid_locate_hex},
        {"square locate agrees with GEOS", test_grid_locate_square},
        {"clip to a study area", test_grid_clip_triangle},
        {"bad input", test_grid_bad_input},
        {"sparse grid near points", test_grid_near_points},
        CU_TEST_INFO_NULL,
    };
    th_add_suite("grid", tests);
}

/*
 * Analysis grids (src/geom/grid.h): square and pointy-topped hexagonal lattices anchored
 * at the CRS origin, optional clipping to a study area, O(1) point-to-cell lookup.
 *
 * Hexagon arithmetic follows Red Blob Games, "Hexagonal Grids" (A. Patel, 2013-2021,
 * https://www.redblobgames.com/grids/hexagons/): pointy-top layout, "odd-r" offset rows,
 * axial coordinates q = col - floor(row/2), r = row, and cube rounding for pixel-to-hex.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "geom/grid.h"
#include "index/index.h"

#define GRID_MAX_CELLS 100000000.0

/* Lattice position -> cell id: open addressing with linear probing over keys that number the
 * positions of the grid's bounding box row-major, (row - row0) * ncols + (col - col0); the
 * empty slot holds CELLMAP_EMPTY. The load is kept at most one half. The hash is the
 * finaliser of splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014). */
#define CELLMAP_EMPTY UINT64_MAX

typedef struct {
    uint64_t *key;
    size_t *val;
    size_t cap, n; /* cap is a power of two, or 0 */
} cellmap;

struct trygg_grid {
    trygg_grid_kind kind;
    double size;
    long row0, col0; /* bounding box of the cells' lattice positions */
    long nrows, ncols;
    cellmap map;     /* lattice position -> cell id */
    trygg_grid_cell *cells;
    size_t n;
    double *pool;    /* the rings of the unclipped cells, nv x,y pairs each */
    size_t ring_nv[1], part_one[1]; /* ring_end / part_end shared by the unclipped cells */
};

static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static size_t cm_slot(const cellmap *m, uint64_t k)
{
    size_t mask = m->cap - 1, i = (size_t)mix64(k) & mask;
    while (m->key[i] != CELLMAP_EMPTY && m->key[i] != k)
        i = (i + 1) & mask;
    return i;
}

static void cm_fini(cellmap *m)
{
    free(m->key);
    free(m->val);
    memset(m, 0, sizeof *m);
}

/* An empty map with room for `n` keys at load one half. */
static void cm_init(cellmap *m, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    m->cap = cap;
    m->n = 0;
    m->key = trygg__xmalloc(cap * sizeof *m->key);
    m->val = trygg__xmalloc(cap * sizeof *m->val);
    for (size_t i = 0; i < cap; i++)
        m->key[i] = CELLMAP_EMPTY;
}

/* Set key k to v (inserting it when absent), growing the table to keep the load <= 1/2. */
static void cm_put(cellmap *m, uint64_t k, size_t v)
{
    if (2 * (m->n + 1) > m->cap) {
        cellmap big;
        cm_init(&big, m->n + 1 > m->cap ? m->n + 1 : m->cap);
        for (size_t i = 0; i < m->cap; i++)
            if (m->key[i] != CELLMAP_EMPTY) {
                size_t j = cm_slot(&big, m->key[i]);
                big.key[j] = m->key[i];
                big.val[j] = m->val[i];
                big.n++;
            }
        cm_fini(m);
        *m = big;
    }
    size_t i = cm_slot(m, k);
    if (m->key[i] == CELLMAP_EMPTY) {
        m->key[i] = k;
        m->n++;
    }
    m->val[i] = v;
}

static size_t cm_get(const cellmap *m, uint64_t k)
{
    if (m->cap == 0)
        return SIZE_MAX;
    size_t i = cm_slot(m, k);
    return m->key[i] == CELLMAP_EMPTY ? SIZE_MAX : m->val[i];
}

/* floor(a / 2) for signed a (C division truncates toward zero). */
static long floor_half(long a) { return a >= 0 ? a / 2 : -((-a + 1) / 2); }

static double hex_row_step(double d) { return d * sqrt(3.0) / 2.0; }

static void lattice_centre(trygg_grid_kind kind, double s, long row, long col, double *x, double *y)
{
    if (kind == TRYGG_GRID_SQUARE) {
        *x = ((double)col + 0.5) * s;
        *y = ((double)row + 0.5) * s;
    } else {
        long parity = row - 2 * floor_half(row);
        *x = s * ((double)col + 0.5 * (double)parity);
        *y = hex_row_step(s) * (double)row;
    }
}

/* Closed counter-clockwise ring of the lattice cell: 5 vertices for a square (from the
 * south-west corner), 7 for a hexagon (from the east-north-east vertex at 30 degrees). */
static size_t lattice_ring(trygg_grid_kind kind, double s, long row, long col, double *xy)
{
    if (kind == TRYGG_GRID_SQUARE) {
        double x0 = (double)col * s, y0 = (double)row * s, x1 = (double)(col + 1) * s, y1 = (double)(row + 1) * s;
        double v[10] = {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
        memcpy(xy, v, sizeof v);
        return 5;
    }
    double cx, cy;
    lattice_centre(kind, s, row, col, &cx, &cy);
    /* Pointy top: circumradius R = d / sqrt(3); vertices at 30 + 60k degrees, so the east and
     * west sides are vertical at cx +- d/2 (R cos 30 = d/2) and the others meet at cy +- R/2. */
    double hw = s / 2.0, rr = s / sqrt(3.0);
    double v[14] = {cx + hw, cy + rr / 2, cx,      cy + rr,     cx - hw, cy + rr / 2, cx - hw, cy - rr / 2,
                    cx,      cy - rr,     cx + hw, cy - rr / 2, cx + hw, cy + rr / 2};
    memcpy(xy, v, sizeof v);
    return 7;
}

void trygg_grid_lattice_locate(trygg_grid_kind kind, double size, double x, double y, long *row, long *col)
{
    if (kind == TRYGG_GRID_SQUARE) {
        *col = (long)floor(x / size);
        *row = (long)floor(y / size);
        return;
    }
    /* Red Blob Games, "Pixel to Hex" for pointy-top hexagons of circumradius R:
     * q = (sqrt(3)/3 x - 1/3 y) / R, r = (2/3 y) / R; then "Rounding": round the three cube
     * coordinates (q, r, s = -q - r) and recompute the one with the largest rounding change
     * from the other two so that q + r + s = 0 holds. */
    double rr = size / sqrt(3.0);
    double qf = (sqrt(3.0) / 3.0 * x - y / 3.0) / rr;
    double rf = (2.0 / 3.0 * y) / rr;
    double sf = -qf - rf;
    double q = round(qf), r = round(rf), s = round(sf);
    double dq = fabs(q - qf), dr = fabs(r - rf), ds = fabs(s - sf);
    if (dq > dr && dq > ds)
        q = -r - s;
    else if (dr > ds)
        r = -q - s;
    long ri = (long)r, qi = (long)q;
    *row = ri;
    *col = qi + floor_half(ri); /* odd-r offset from axial: col = q + floor(r/2) */
}

size_t trygg_grid_locate(const trygg_grid *g, double x, double y)
{
    if (!g || g->n == 0 || !isfinite(x) || !isfinite(y))
        return SIZE_MAX;
    /* Outside the lattice's box (one cell of margin) the answer is "none"; this also keeps far
     * points from overflowing the row/column arithmetic. */
    double s = g->size, ys = g->kind == TRYGG_GRID_SQUARE ? s : hex_row_step(s);
    if (x < (double)(g->col0 - 2) * s || x > (double)(g->col0 + g->ncols + 2) * s ||
        y < (double)(g->row0 - 2) * ys || y > (double)(g->row0 + g->nrows + 2) * ys)
        return SIZE_MAX;
    long row, col;
    trygg_grid_lattice_locate(g->kind, g->size, x, y, &row, &col);
    if (row < g->row0 || row >= g->row0 + g->nrows || col < g->col0 || col >= g->col0 + g->ncols)
        return SIZE_MAX;
    return cm_get(&g->map, (uint64_t)(row - g->row0) * (uint64_t)g->ncols + (uint64_t)(col - g->col0));
}

/* Even-odd rule over all rings of the cell (crossing number, Shimrat 1962 / O'Rourke,
 * Computational Geometry in C, 7.4): a point inside a hole or outside every part crosses an
 * even number of edges. */
static bool cell_contains(const trygg_grid_cell *c, double x, double y)
{
    bool in = false;
    size_t b = 0;
    for (size_t k = 0; k < c->nrings; k++) {
        size_t e = c->ring_end[k];
        for (size_t i = b; i + 1 < e; i++) {
            double x0 = c->xy[2 * i], y0 = c->xy[2 * i + 1], x1 = c->xy[2 * i + 2], y1 = c->xy[2 * i + 3];
            if ((y0 > y) != (y1 > y) && x < x0 + (y - y0) * (x1 - x0) / (y1 - y0))
                in = !in;
        }
        b = e;
    }
    return in;
}

size_t trygg_grid_locate_exact(const trygg_grid *g, double x, double y)
{
    size_t id = trygg_grid_locate(g, x, y);
    if (id != SIZE_MAX && g->cells[id].clipped && !cell_contains(&g->cells[id], x, y))
        return SIZE_MAX;
    return id;
}

/* Does the closed hexagon centred at (cx, cy) meet the closed rectangle env? Separating-axis
 * test over the hexagon's three face normals (0, 60, 120 degrees, half-width d/2 = apothem)
 * and the rectangle's y axis (hexagon half-height R). A slack of 1e-9 d keeps cells that touch
 * the extent despite rounding, so that every point of the extent finds its cell. */
static bool hex_meets_rect(double d, double cx, double cy, const double env[4])
{
    double slack = 1e-9 * d;
    double rr = d / sqrt(3.0);
    if (cy - rr > env[3] + slack || cy + rr < env[1] - slack)
        return false;
    static const double ang[3] = {0.0, 60.0, 120.0};
    for (int k = 0; k < 3; k++) {
        double ux = cos(ang[k] * M_PI / 180.0), uy = sin(ang[k] * M_PI / 180.0);
        double c = cx * ux + cy * uy;
        double p[4] = {env[0] * ux + env[1] * uy, env[2] * ux + env[1] * uy, env[0] * ux + env[3] * uy,
                       env[2] * ux + env[3] * uy};
        double lo = p[0], hi = p[0];
        for (int j = 1; j < 4; j++) {
            lo = p[j] < lo ? p[j] : lo;
            hi = p[j] > hi ? p[j] : hi;
        }
        if (c - d / 2 > hi + slack || c + d / 2 < lo - slack)
            return false;
    }
    return true;
}

/* Unclipped cells' rings live in the grid's pool; only a clipped cell owns its arrays. */
static void cell_fini(trygg_grid_cell *c)
{
    if (!c->clipped)
        return;
    free(c->xy);
    free(c->ring_end);
    free(c->part_end);
}

void trygg_grid_free(trygg_grid *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++)
        cell_fini(&g->cells[i]);
    free(g->cells);
    cm_fini(&g->map);
    free(g->pool);
    free(g);
}

static uint64_t grid_key(const trygg_grid *g, long row, long col)
{
    return (uint64_t)(row - g->row0) * (uint64_t)g->ncols + (uint64_t)(col - g->col0);
}

/* Rebuild the position -> id map from the cells. */
static void grid_index_cells(trygg_grid *g)
{
    cm_fini(&g->map);
    cm_init(&g->map, g->n);
    for (size_t i = 0; i < g->n; i++)
        cm_put(&g->map, grid_key(g, g->cells[i].row, g->cells[i].col), i);
}

/* A grid of whole lattice cells at the positions keys[0..n) (ascending, distinct) of the box of
 * nrows x ncols positions from (row0, col0); ascending keys are row-major from the south-west,
 * which makes the ids. */
static trygg_grid *grid_from_keys(trygg_grid_kind kind, double s, long row0, long col0, long nrows, long ncols,
                                  const uint64_t *keys, size_t n)
{
    trygg_grid *g = trygg__xcalloc(1, sizeof *g);
    g->kind = kind;
    g->size = s;
    g->row0 = row0;
    g->col0 = col0;
    g->nrows = nrows;
    g->ncols = ncols;
    size_t nv = kind == TRYGG_GRID_SQUARE ? 5 : 7;
    g->ring_nv[0] = nv;
    g->part_one[0] = 1;
    g->cells = trygg__xcalloc(n ? n : 1, sizeof *g->cells);
    g->pool = trygg__xmalloc((n ? n : 1) * nv * 2 * sizeof *g->pool);
    /* Square s^2; hexagon (sqrt(3)/2) d^2 (six equilateral triangles of side R = d/sqrt(3):
     * 6 * (sqrt(3)/4) R^2 = (sqrt(3)/2) d^2). */
    double area = kind == TRYGG_GRID_SQUARE ? s * s : sqrt(3.0) / 2.0 * s * s;
    for (size_t i = 0; i < n; i++) {
        trygg_grid_cell *c = &g->cells[i];
        c->id = i;
        c->row = row0 + (long)(keys[i] / (uint64_t)ncols);
        c->col = col0 + (long)(keys[i] % (uint64_t)ncols);
        lattice_centre(kind, s, c->row, c->col, &c->cx, &c->cy);
        c->area_m2 = area;
        c->clipped = false;
        c->xy = g->pool + i * nv * 2;
        c->nv = lattice_ring(kind, s, c->row, c->col, c->xy);
        c->ring_end = g->ring_nv;
        c->nrings = 1;
        c->part_end = g->part_one;
        c->nparts = 1;
    }
    g->n = n;
    grid_index_cells(g);
    return g;
}

static trygg_status check_size(trygg_ctx *ctx, double s)
{
    if (!(isfinite(s) && s > 0))
        return trygg__fail(ctx, TRYGG_E_USAGE, "grid: cell size %g m is not a positive number", s);
    return TRYGG_OK;
}

/* The unclipped lattice over env: rows and columns, the cells meeting env, the map. */
static trygg_status lattice_build(trygg_ctx *ctx, trygg_grid_kind kind, double s, const double env[4],
                                  trygg_grid **out)
{
    trygg_status st = TRYGG_OK;
    trygg_grid *g = NULL;
    uint64_t *keys = NULL;
    if ((st = check_size(ctx, s)) != TRYGG_OK)
        goto done;
    if (!(isfinite(env[0]) && isfinite(env[1]) && isfinite(env[2]) && isfinite(env[3]) && env[0] <= env[2] &&
          env[1] <= env[3])) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "grid: extent %g %g %g %g is not a finite box", env[0], env[1], env[2],
                         env[3]);
        goto done;
    }
    double r0, r1, c0, c1;
    if (kind == TRYGG_GRID_SQUARE) {
        r0 = floor(env[1] / s);
        r1 = floor(env[3] / s);
        c0 = floor(env[0] / s);
        c1 = floor(env[2] / s);
    } else {
        /* Candidate rows: centre y = h r within R of [miny, maxy]; candidate columns over both
         * row parities: centre x = d (c + p/2) within d/2 of [minx, maxx]. Exact test below. */
        double h = hex_row_step(s), rr = s / sqrt(3.0);
        r0 = ceil((env[1] - rr) / h) - 1;
        r1 = floor((env[3] + rr) / h) + 1;
        c0 = ceil(env[0] / s - 1.0) - 1;
        c1 = floor(env[2] / s + 0.5) + 1;
    }
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > GRID_MAX_CELLS) {
        st = trygg__fail(ctx, TRYGG_E_DATA, "grid: %.0f x %.0f cells of %g m exceed the limit of 1e8 cells",
                         r1 - r0 + 1, c1 - c0 + 1, s);
        goto done;
    }
    long row0 = (long)r0, col0 = (long)c0, nrows = (long)(r1 - r0) + 1, ncols = (long)(c1 - c0) + 1;
    size_t n = 0;
    keys = trygg__xmalloc((size_t)nrows * (size_t)ncols * sizeof *keys);
    for (long r = 0; r < nrows; r++)
        for (long c = 0; c < ncols; c++) {
            if (kind == TRYGG_GRID_HEX) {
                double cx, cy;
                lattice_centre(kind, s, row0 + r, col0 + c, &cx, &cy);
                if (!hex_meets_rect(s, cx, cy, env))
                    continue;
            }
            keys[n++] = (uint64_t)r * (uint64_t)ncols + (uint64_t)c;
        }
    g = grid_from_keys(kind, s, row0, col0, nrows, ncols, keys, n);
done:
    free(keys);
    if (st == TRYGG_OK)
        *out = g;
    return st;
}

trygg_status trygg_grid_new(trygg_ctx *ctx, trygg_grid_kind kind, double size, const double env[4], trygg_grid **out)
{
    return lattice_build(ctx, kind, size, env, out);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Points this far from the CRS origin, in cells, are beyond any projected CRS. */
#define GRID_FAR_CELLS 1e12

trygg_status trygg_grid_new_near(trygg_ctx *ctx, trygg_grid_kind kind, double size, const double *xy, size_t npts,
                                 trygg_grid **out)
{
    trygg_status st = TRYGG_OK;
    trygg_grid *g = NULL;
    cellmap set = {0};
    uint64_t *keys = NULL;
    if ((st = check_size(ctx, size)) != TRYGG_OK)
        goto done;
    /* The box of the points' cells with one cell of margin for the neighbours. */
    long rmin = 0, rmax = 0, cmin = 0, cmax = 0;
    size_t nuse = 0;
    for (size_t i = 0; i < npts; i++) {
        double x = xy[2 * i], y = xy[2 * i + 1];
        if (!isfinite(x) || !isfinite(y))
            continue;
        if (fabs(x / size) > GRID_FAR_CELLS || fabs(y / size) > GRID_FAR_CELLS) {
            st = trygg__fail(ctx, TRYGG_E_DATA, "grid: point %zu (%g, %g) is too far from the CRS origin", i + 1, x, y);
            goto done;
        }
        long r, c;
        trygg_grid_lattice_locate(kind, size, x, y, &r, &c);
        if (nuse++ == 0) {
            rmin = rmax = r;
            cmin = cmax = c;
        }
        rmin = r < rmin ? r : rmin;
        rmax = r > rmax ? r : rmax;
        cmin = c < cmin ? c : cmin;
        cmax = c > cmax ? c : cmax;
    }
    if (nuse == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "grid: no finite point to build the grid around");
        goto done;
    }
    long row0 = rmin - 1, col0 = cmin - 1, nrows = rmax - rmin + 3, ncols = cmax - cmin + 3;
    if ((double)nrows * (double)ncols > 4e18) {
        st = trygg__fail(ctx, TRYGG_E_DATA, "grid: the points span %ld x %ld cells of %g m", nrows, ncols, size);
        goto done;
    }
    /* The points' cells, then their lattice neighbours: the six sharing a side for hexagons
     * (odd-r layout, Red Blob Games, "Hexagonal Grids", "Offset coordinates": the same row at
     * col +- 1, the rows above and below at col - 1 and col for an even row, col and col + 1
     * for an odd one), the eight around for squares. */
    cm_init(&set, 1024);
    for (size_t i = 0; i < npts; i++) {
        double x = xy[2 * i], y = xy[2 * i + 1];
        if (!isfinite(x) || !isfinite(y))
            continue;
        long r, c;
        trygg_grid_lattice_locate(kind, size, x, y, &r, &c);
        cm_put(&set, (uint64_t)(r - row0) * (uint64_t)ncols + (uint64_t)(c - col0), 0);
    }
    size_t nseed = set.n;
    keys = trygg__xmalloc(nseed * sizeof *keys);
    for (size_t i = 0, k = 0; i < set.cap; i++)
        if (set.key[i] != CELLMAP_EMPTY)
            keys[k++] = set.key[i];
    for (size_t i = 0; i < nseed; i++) {
        long r = row0 + (long)(keys[i] / (uint64_t)ncols), c = col0 + (long)(keys[i] % (uint64_t)ncols);
        long nb[8][2];
        int k = 0;
        if (kind == TRYGG_GRID_HEX) {
            long odd = r - 2 * floor_half(r);
            long nbv[6][2] = {{r, c - 1},           {r, c + 1},       {r - 1, c - 1 + odd},
                              {r - 1, c + odd},     {r + 1, c - 1 + odd}, {r + 1, c + odd}};
            memcpy(nb, nbv, sizeof nbv);
            k = 6;
        } else {
            for (long dr = -1; dr <= 1; dr++)
                for (long dc = -1; dc <= 1; dc++)
                    if (dr || dc) {
                        nb[k][0] = r + dr;
                        nb[k][1] = c + dc;
                        k++;
                    }
        }
        for (int j = 0; j < k; j++)
            cm_put(&set, (uint64_t)(nb[j][0] - row0) * (uint64_t)ncols + (uint64_t)(nb[j][1] - col0), 0);
        if ((double)set.n > GRID_MAX_CELLS) {
            st = trygg__fail(ctx, TRYGG_E_DATA, "grid: the cells of %g m near the points exceed the limit of 1e8 cells",
                             size);
            goto done;
        }
    }
    size_t n = set.n;
    free(keys);
    keys = trygg__xmalloc(n * sizeof *keys);
    for (size_t i = 0, k = 0; i < set.cap; i++)
        if (set.key[i] != CELLMAP_EMPTY)
            keys[k++] = set.key[i];
    cm_fini(&set);
    qsort(keys, n, sizeof *keys, cmp_u64);
    g = grid_from_keys(kind, size, row0, col0, nrows, ncols, keys, n);
done:
    cm_fini(&set);
    free(keys);
    if (st == TRYGG_OK)
        *out = g;
    return st;
}

/* Signed area of a closed ring (shoelace formula), positive when counter-clockwise. */
static double ring_signed_area(const double *xy, size_t nv)
{
    double a = 0;
    for (size_t i = 0; i + 1 < nv; i++)
        a += xy[2 * i] * xy[2 * i + 3] - xy[2 * i + 2] * xy[2 * i + 1];
    return a / 2;
}

typedef struct {
    double *xy;
    size_t nv, cap;
    size_t *ring_end;
    size_t nrings, rcap;
    size_t *part_end;
    size_t nparts, pcap;
} rings_buf;

/* Append a ring from GEOS, oriented counter-clockwise when `ccw`, clockwise otherwise. */
static bool rings_append(rings_buf *b, GEOSContextHandle_t geos, const GEOSGeometry *ring, bool ccw)
{
    const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(geos, ring);
    unsigned int n = 0;
    if (!cs || !GEOSCoordSeq_getSize_r(geos, cs, &n))
        return false;
    if (n < 4)
        return true; /* a degenerate ring adds nothing */
    size_t first = b->nv;
    trygg__grow((void **)&b->xy, &b->cap, 2 * (b->nv + n), sizeof *b->xy);
    for (unsigned int i = 0; i < n; i++) {
        double x, y;
        if (!GEOSCoordSeq_getXY_r(geos, cs, i, &x, &y))
            return false;
        b->xy[2 * b->nv] = x;
        b->xy[2 * b->nv + 1] = y;
        b->nv++;
    }
    double a = ring_signed_area(b->xy + 2 * first, n);
    if ((a > 0) != ccw) /* reverse in place */
        for (size_t i = 0, j = n - 1; i < j; i++, j--) {
            double tx = b->xy[2 * (first + i)], ty = b->xy[2 * (first + i) + 1];
            b->xy[2 * (first + i)] = b->xy[2 * (first + j)];
            b->xy[2 * (first + i) + 1] = b->xy[2 * (first + j) + 1];
            b->xy[2 * (first + j)] = tx;
            b->xy[2 * (first + j) + 1] = ty;
        }
    trygg__grow((void **)&b->ring_end, &b->rcap, b->nrings + 1, sizeof *b->ring_end);
    b->ring_end[b->nrings++] = b->nv;
    return true;
}

/* Append every polygon of a (possibly collection) geometry; lines and points are ignored. */
static bool rings_append_polygons(rings_buf *b, GEOSContextHandle_t geos, const GEOSGeometry *g)
{
    int type = GEOSGeomTypeId_r(geos, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(geos, g))
            return true;
        size_t r0 = b->nrings;
        if (!rings_append(b, geos, GEOSGetExteriorRing_r(geos, g), true))
            return false;
        if (b->nrings == r0)
            return true;
        int nh = GEOSGetNumInteriorRings_r(geos, g);
        for (int k = 0; k < nh; k++)
            if (!rings_append(b, geos, GEOSGetInteriorRingN_r(geos, g, k), false))
                return false;
        trygg__grow((void **)&b->part_end, &b->pcap, b->nparts + 1, sizeof *b->part_end);
        b->part_end[b->nparts++] = b->nrings;
        return true;
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        int n = GEOSGetNumGeometries_r(geos, g);
        for (int k = 0; k < n; k++)
            if (!rings_append_polygons(b, geos, GEOSGetGeometryN_r(geos, g, k)))
                return false;
    }
    return true;
}

GEOSGeometry *trygg_grid_cell_geos(GEOSContextHandle_t geos, const trygg_grid_cell *c)
{
    GEOSGeometry **polys = trygg__xcalloc(c->nparts, sizeof *polys);
    GEOSGeometry **holes = trygg__xcalloc(c->nrings, sizeof *holes);
    GEOSGeometry *out = NULL;
    size_t made = 0;
    bool ok = true;
    for (size_t p = 0; p < c->nparts && ok; p++) {
        size_t rb = p ? c->part_end[p - 1] : 0, re = c->part_end[p];
        GEOSGeometry *shell = NULL;
        size_t nh = 0;
        for (size_t k = rb; k < re && ok; k++) {
            size_t vb = k ? c->ring_end[k - 1] : 0, ve = c->ring_end[k];
            GEOSCoordSequence *cs = GEOSCoordSeq_copyFromBuffer_r(geos, c->xy + 2 * vb, (unsigned)(ve - vb), 0, 0);
            GEOSGeometry *ring = cs ? GEOSGeom_createLinearRing_r(geos, cs) : NULL;
            if (!ring) {
                ok = false;
                break;
            }
            if (k == rb)
                shell = ring;
            else
                holes[nh++] = ring;
        }
        if (!ok) {
            if (shell)
                GEOSGeom_destroy_r(geos, shell);
            for (size_t k = 0; k < nh; k++)
                GEOSGeom_destroy_r(geos, holes[k]);
            break;
        }
        polys[made] = GEOSGeom_createPolygon_r(geos, shell, holes, (unsigned)nh);
        if (!polys[made]) {
            ok = false;
            break;
        }
        made++;
    }
    if (ok && made == 1) {
        out = polys[0];
        made = 0;
    } else if (ok && made > 1) {
        out = GEOSGeom_createCollection_r(geos, GEOS_MULTIPOLYGON, polys, (unsigned)made);
        if (out)
            made = 0; /* the collection owns the parts now */
    }
    for (size_t k = 0; k < made; k++)
        GEOSGeom_destroy_r(geos, polys[k]);
    free(polys);
    free(holes);
    return out;
}

typedef struct {
    const trygg_grid *g;
} cell_env_src;

static void cell_envelope(size_t i, double env[4], void *user)
{
    const trygg_grid_cell *c = &((const cell_env_src *)user)->g->cells[i];
    env[0] = env[2] = c->xy[0];
    env[1] = env[3] = c->xy[1];
    for (size_t k = 1; k < c->nv; k++) {
        double x = c->xy[2 * k], y = c->xy[2 * k + 1];
        env[0] = x < env[0] ? x : env[0];
        env[2] = x > env[2] ? x : env[2];
        env[1] = y < env[1] ? y : env[1];
        env[3] = y > env[3] ? y : env[3];
    }
}

static bool geom_envelope(GEOSContextHandle_t geos, const GEOSGeometry *g, double env[4])
{
    return GEOSGeom_getXMin_r(geos, g, &env[0]) && GEOSGeom_getYMin_r(geos, g, &env[1]) &&
           GEOSGeom_getXMax_r(geos, g, &env[2]) && GEOSGeom_getYMax_r(geos, g, &env[3]);
}

trygg_status trygg_grid_new_clipped(trygg_ctx *ctx, trygg_grid_kind kind, double size, GEOSContextHandle_t geos,
                                    const GEOSGeometry *area, trygg_grid **out)
{
    trygg_status st = TRYGG_OK;
    trygg_grid *g = NULL;
    trygg_index *idx = NULL;
    const GEOSPreparedGeometry *prep = NULL;
    trygg_idlist cand = {0};
    unsigned char *keep = NULL; /* 0 drop, 1 whole, 2 clipped */
    GEOSGeometry **clip = NULL;
    double env[4];
    int type = area ? GEOSGeomTypeId_r(geos, area) : -1;
    if (!area || (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) || GEOSisEmpty_r(geos, area) != 0) {
        st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: the study area is not a non-empty polygon or multipolygon");
        goto done;
    }
    if (GEOSisValid_r(geos, area) != 1) {
        st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: the study area polygon is not valid");
        goto done;
    }
    if (!geom_envelope(geos, area, env)) {
        st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: cannot read the study area's extent");
        goto done;
    }
    if ((st = lattice_build(ctx, kind, size, env, &g)) != TRYGG_OK)
        goto done;
    cell_env_src src = {g};
    idx = trygg_index_new(ctx, g->n, cell_envelope, &src);
    keep = trygg__xcalloc(g->n ? g->n : 1, 1);
    clip = trygg__xcalloc(g->n ? g->n : 1, sizeof *clip);
    prep = GEOSPrepare_r(geos, area);
    if (!prep) {
        st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: cannot prepare the study area");
        goto done;
    }
    /* Candidates: cells whose envelope meets the envelope of one of the area's polygons (a
     * municipality with islands has many, most of its bounding box is sea). */
    int nparts = GEOSGetNumGeometries_r(geos, area);
    unsigned char *is_cand = keep; /* reuse: 3 marks a candidate until decided */
    for (int p = 0; p < nparts; p++) {
        double pe[4];
        if (!geom_envelope(geos, GEOSGetGeometryN_r(geos, area, p), pe)) {
            st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: cannot read the extent of study area part %d", p);
            goto done;
        }
        trygg_index_query(idx, geos, pe[0], pe[1], pe[2], pe[3], &cand);
        for (size_t k = 0; k < cand.n; k++)
            is_cand[cand.v[k]] = 3;
    }
    for (size_t i = 0; i < g->n; i++) {
        if (is_cand[i] != 3)
            continue;
        keep[i] = 0;
        GEOSGeometry *cg = trygg_grid_cell_geos(geos, &g->cells[i]);
        if (!cg) {
            st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: cannot build cell row %ld col %ld", g->cells[i].row,
                             g->cells[i].col);
            goto done;
        }
        char inside = GEOSPreparedContains_r(geos, prep, cg);
        char meets = inside == 1 ? 1 : GEOSPreparedIntersects_r(geos, prep, cg);
        if (inside == 2 || meets == 2) {
            GEOSGeom_destroy_r(geos, cg);
            st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: predicate failed on cell row %ld col %ld", g->cells[i].row,
                             g->cells[i].col);
            goto done;
        }
        if (inside == 1) {
            keep[i] = 1;
        } else if (meets == 1) {
            GEOSGeometry *x = GEOSIntersection_r(geos, cg, area);
            double a = 0;
            if (!x || !GEOSArea_r(geos, x, &a)) {
                if (x)
                    GEOSGeom_destroy_r(geos, x);
                GEOSGeom_destroy_r(geos, cg);
                st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: intersection with the study area failed on cell row %ld col %ld",
                                 g->cells[i].row, g->cells[i].col);
                goto done;
            }
            if (a > 0) {
                keep[i] = 2;
                clip[i] = x;
            } else {
                GEOSGeom_destroy_r(geos, x);
            }
        }
        GEOSGeom_destroy_r(geos, cg);
    }
    /* Compact in the lattice order and renumber; replace clipped cells' geometry. */
    size_t m = 0;
    for (size_t i = 0; i < g->n; i++) {
        trygg_grid_cell *c = &g->cells[i];
        if (keep[i] == 0) {
            cell_fini(c);
            continue;
        }
        if (keep[i] == 2) {
            rings_buf b = {0};
            GEOSGeometry *cen = NULL;
            double a = 0, cx = 0, cy = 0;
            bool ok = rings_append_polygons(&b, geos, clip[i]) && b.nparts > 0 && GEOSArea_r(geos, clip[i], &a) &&
                      (cen = GEOSGetCentroid_r(geos, clip[i])) != NULL && GEOSGeomGetX_r(geos, cen, &cx) &&
                      GEOSGeomGetY_r(geos, cen, &cy);
            if (cen)
                GEOSGeom_destroy_r(geos, cen);
            if (!ok) {
                free(b.xy);
                free(b.ring_end);
                free(b.part_end);
                /* cells from i on are still whole-cell allocations; free them with the grid */
                for (size_t j = i; j < g->n; j++)
                    g->cells[m + (j - i)] = g->cells[j];
                g->n = m + (g->n - i);
                st = trygg__fail(ctx, TRYGG_E_GEOM, "grid: cannot read the clipped cell row %ld col %ld", c->row,
                                 c->col);
                goto done;
            }
            cell_fini(c);
            c->xy = b.xy;
            c->nv = b.nv;
            c->ring_end = b.ring_end;
            c->nrings = b.nrings;
            c->part_end = b.part_end;
            c->nparts = b.nparts;
            c->area_m2 = a;
            c->cx = cx;
            c->cy = cy;
            c->clipped = true;
        }
        c->id = m;
        g->cells[m++] = *c;
    }
    g->n = m;
    grid_index_cells(g);
    if (m == 0) {
        st = trygg__fail(ctx, TRYGG_E_EMPTY, "grid: no cell of %g m overlaps the study area", size);
        goto done;
    }
done:
    if (clip && g)
        for (size_t i = 0; i < trygg_index_size(idx); i++)
            if (clip[i])
                GEOSGeom_destroy_r(geos, clip[i]);
    free(clip);
    free(keep);
    trygg_idlist_fini(&cand);
    if (prep)
        GEOSPreparedGeom_destroy_r(geos, prep);
    trygg_index_free(idx);
    if (st == TRYGG_OK)
        *out = g;
    else
        trygg_grid_free(g);
    return st;
}

size_t trygg_grid_count(const trygg_grid *g) { return g ? g->n : 0; }
trygg_grid_kind trygg_grid_kind_of(const trygg_grid *g) { return g->kind; }
double trygg_grid_size(const trygg_grid *g) { return g->size; }

const trygg_grid_cell *trygg_grid_cell_get(const trygg_grid *g, size_t i)
{
    return g && i < g->n ? &g->cells[i] : NULL;
}

void trygg_grid_centroids(const trygg_grid *g, double *xy)
{
    for (size_t i = 0; i < g->n; i++) {
        xy[2 * i] = g->cells[i].cx;
        xy[2 * i + 1] = g->cells[i].cy;
    }
}

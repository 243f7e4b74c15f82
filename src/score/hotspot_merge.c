/*
 * Hot cells of one category merged into hotspots (score/hotspot_merge.h), step by step: the hot
 * cells grouped by lattice neighbours (union-find), one hotspot per group with incidents, and
 * each hotspot's figures and polygon.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "score/hotspot_merge.h"
#include "score/stats.h"

typedef struct {
    long row, col;
    size_t id;
} lattice_key;

static int cmp_key(const void *a, const void *b)
{
    const lattice_key *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static size_t uf_find(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static void uf_union(size_t *parent, size_t a, size_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    /* the lower index is the root, so a group's root is its lowest cell */
    if (a < b)
        parent[b] = a;
    else if (b < a)
        parent[a] = b;
}

static int cmp_hotspot(const void *a, const void *b)
{
    const trygg_hotspot *x = a, *y = b;
    if (x->incidents != y->incidents)
        return x->incidents > y->incidents ? -1 : 1;
    return (x->cells[0] > y->cells[0]) - (x->cells[0] < y->cells[0]);
}

/* The union of a group's cells (a collection of polygons that share sides), on a 1 mm
 * precision grid so that shared edges close exactly. The cells tile the plane, so first as a
 * coverage: the cells snapped to the grid and their edges dissolved (GEOSCoverageUnion, linear in
 * the edges), kept when the result is valid and has the cells' area (area_m2); a corner that
 * rounding put on two sides of a grid line would break the coverage, and then the general
 * overlay union on the same grid (GEOSUnaryUnionPrec, several times slower) does it. Caller
 * destroys the result; NULL when both fail. */
static GEOSGeometry *cells_union(GEOSContextHandle_t geos, const GEOSGeometry *cells, double area_m2)
{
    GEOSGeometry *snapped = GEOSGeom_setPrecision_r(geos, cells, 1e-3, 0);
    GEOSGeometry *u = snapped ? GEOSCoverageUnion_r(geos, snapped) : NULL;
    if (snapped)
        GEOSGeom_destroy_r(geos, snapped);
    double a = 0;
    if (u && GEOSisValid_r(geos, u) == 1 && GEOSArea_r(geos, u, &a) && fabs(a - area_m2) <= 1e-6 * area_m2 + 1e-3)
        return u;
    if (u)
        GEOSGeom_destroy_r(geos, u);
    return GEOSUnaryUnionPrec_r(geos, cells, 1e-3);
}

/* The cells of the grid by lattice position (row, col), for the neighbour look-up. */
static lattice_key *lattice_keys(const trygg_grid *g, size_t nc)
{
    lattice_key *keys = trygg__xmalloc(nc * sizeof *keys);
    for (size_t i = 0; i < nc; i++) {
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        keys[i] = (lattice_key){c->row, c->col, i};
    }
    qsort(keys, nc, sizeof *keys, cmp_key);
    return keys;
}

/* The groups of hot cells that are lattice neighbours: parent[i] leads to the group's lowest
 * cell (uf_find). Caller frees. */
static size_t *group_hot_cells(const trygg_grid *g, const bool *hot, size_t nc)
{
    lattice_key *keys = lattice_keys(g, nc);
    size_t *parent = trygg__xmalloc(nc * sizeof *parent);
    for (size_t i = 0; i < nc; i++)
        parent[i] = i;
    bool hex = trygg_grid_kind_of(g) == TRYGG_GRID_HEX;
    for (size_t i = 0; i < nc; i++) {
        if (!hot[i])
            continue;
        const trygg_grid_cell *c = trygg_grid_cell_get(g, i);
        /* Neighbours sharing a side. Hexagons, odd-r layout (Red Blob Games, "Hexagonal Grids",
         * "Offset coordinates"): the same row at c +- 1; the rows above and below at c - 1 and c
         * for an even row, c and c + 1 for an odd one. Squares: the four beside. */
        long odd = ((c->row % 2) + 2) % 2;
        long nb[6][2];
        int k = 0;
        nb[k][0] = c->row, nb[k++][1] = c->col - 1;
        nb[k][0] = c->row, nb[k++][1] = c->col + 1;
        if (hex) {
            for (long dr = -1; dr <= 1; dr += 2) {
                nb[k][0] = c->row + dr, nb[k++][1] = c->col - 1 + odd;
                nb[k][0] = c->row + dr, nb[k++][1] = c->col + odd;
            }
        } else {
            nb[k][0] = c->row - 1, nb[k++][1] = c->col;
            nb[k][0] = c->row + 1, nb[k++][1] = c->col;
        }
        for (int j = 0; j < k; j++) {
            lattice_key key = {nb[j][0], nb[j][1], 0};
            /* first key at (row, col): the grid holds one cell per lattice position */
            size_t lo = 0, hi = nc;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (cmp_key(&keys[mid], &key) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < nc && keys[lo].row == key.row && keys[lo].col == key.col && hot[keys[lo].id])
                uf_union(parent, i, keys[lo].id);
        }
    }
    free(keys);
    return parent;
}

/* One hotspot per group, appended to *v in the order of their lowest cell, cells of a group
 * ascending, with their incidents, area and confidence classes. */
static void gather_groups(const trygg_grid *g, trygg_category cat, const bool *hot, const int *cls,
                          const double *counts, size_t *parent, size_t nc, trygg_hotspot **v, size_t *n, size_t *cap)
{
    size_t *order = trygg__xmalloc(nc * sizeof *order); /* root -> hotspot index */
    for (size_t i = 0; i < nc; i++)
        order[i] = SIZE_MAX;
    for (size_t i = 0; i < nc; i++) {
        if (!hot[i])
            continue;
        size_t r = uf_find(parent, i);
        if (order[r] == SIZE_MAX) {
            trygg__grow((void **)v, cap, *n + 1, sizeof **v);
            trygg_hotspot *h = &(*v)[*n];
            memset(h, 0, sizeof *h);
            h->category = cat;
            h->confidence = 3;
            h->peak_confidence = 0;
            h->trend_p = NAN;
            order[r] = (*n)++;
        }
        trygg_hotspot *h = &(*v)[order[r]];
        h->cells = trygg__xrealloc(h->cells, (h->ncells + 1) * sizeof *h->cells);
        h->cells[h->ncells++] = i;
        h->incidents += counts[i];
        h->area_m2 += trygg_grid_cell_get(g, i)->area_m2;
        int k = cls ? cls[i] : 1;
        if (k < h->confidence)
            h->confidence = k;
        if (k > h->peak_confidence)
            h->peak_confidence = k;
    }
    free(order);
}

/* A group without incidents of its own (hot only through its neighbours' counts) is no hotspot
 * to act on: its cells stay marked hot in grid_cells, it gets no polygon. */
static void drop_empty(trygg_hotspot *v, size_t first, size_t *n)
{
    size_t kept = first;
    for (size_t hidx = first; hidx < *n; hidx++) {
        if (v[hidx].incidents > 0)
            v[kept++] = v[hidx];
        else
            free(v[hidx].cells);
    }
    *n = kept;
}

/* A hotspot's share of the incidents, PAI (N incidents and area A over the whole grid) and
 * polygon, the union of its cells. */
static trygg_status shape_hotspot(trygg_ctx *ctx, GEOSContextHandle_t geos, const trygg_grid *g, trygg_category cat,
                                  double N, double A, trygg_hotspot *h)
{
    h->share_incidents = N > 0 ? h->incidents / N : NAN;
    h->pai = trygg_pai(h->incidents, N, h->area_m2, A);
    GEOSGeometry **parts = trygg__xmalloc(h->ncells * sizeof *parts);
    size_t np = 0;
    for (size_t k = 0; k < h->ncells; k++) {
        GEOSGeometry *cg = trygg_grid_cell_geos(geos, trygg_grid_cell_get(g, h->cells[k]));
        if (!cg) {
            for (size_t j = 0; j < np; j++)
                GEOSGeom_destroy_r(geos, parts[j]);
            free(parts);
            return trygg__fail(ctx, TRYGG_E_GEOM, "hotspot of %s: cell %zu has no geometry", trygg_category_name(cat),
                               h->cells[k] + 1);
        }
        parts[np++] = cg;
    }
    GEOSGeometry *coll = GEOSGeom_createCollection_r(geos, GEOS_GEOMETRYCOLLECTION, parts, (unsigned)np);
    free(parts);
    h->geom = coll ? cells_union(geos, coll, h->area_m2) : NULL;
    if (coll)
        GEOSGeom_destroy_r(geos, coll);
    if (!h->geom)
        return trygg__fail(ctx, TRYGG_E_GEOM, "hotspot of %s at cell %zu: union of %zu cells failed",
                           trygg_category_name(cat), h->cells[0] + 1, h->ncells);
    return TRYGG_OK;
}

trygg_status trygg_hotspots_merge(trygg_ctx *ctx, GEOSContextHandle_t geos, const trygg_grid *g, trygg_category cat,
                                  const bool *hot, const int *cls, const double *counts, trygg_hotspot **v, size_t *n,
                                  size_t *cap)
{
    trygg_status st = TRYGG_OK;
    size_t nc = trygg_grid_count(g), first = *n;
    double A = 0, N = 0;
    for (size_t i = 0; i < nc; i++) {
        A += trygg_grid_cell_get(g, i)->area_m2;
        N += counts[i];
    }
    size_t nhot = 0;
    for (size_t i = 0; i < nc; i++)
        nhot += hot[i];
    if (nhot == 0)
        return TRYGG_OK;
    size_t *parent = group_hot_cells(g, hot, nc);
    gather_groups(g, cat, hot, cls, counts, parent, nc, v, n, cap);
    free(parent);
    drop_empty(*v, first, n);
    for (size_t hidx = first; hidx < *n && st == TRYGG_OK; hidx++)
        st = shape_hotspot(ctx, geos, g, cat, N, A, &(*v)[hidx]);
    if (st == TRYGG_OK)
        qsort(*v + first, *n - first, sizeof **v, cmp_hotspot);
    return st;
}

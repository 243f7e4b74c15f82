/*
 * Matching two sets of areas (src/plan/plan.h, trygg_match_areas): the measure register's
 * entries and a run's proposals, or the hotspots of two editions. Items of the same key whose
 * common area is at least min_share of the smaller of the two pair up, greedily by that share.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "plan/plan.h"

typedef struct {
    double share;
    int64_t id;
    size_t a, b;
} candidate;

/* Largest share first; ties to the lower id of the first set, then the earlier item of the
 * second, so the matching does not depend on the order of the rows read. */
static int by_share(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->share != y->share)
        return x->share > y->share ? -1 : 1;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return (x->b > y->b) - (x->b < y->b);
}

/* A geometry with an area, or NULL (no geometry, unreadable, or no area: it can match nothing). */
static GEOSGeometry *from_wkb(GEOSContextHandle_t h, const unsigned char *wkb, size_t n, double *area)
{
    *area = 0;
    if (!wkb || !n)
        return NULL;
    GEOSGeometry *g = GEOSGeomFromWKB_buf_r(h, wkb, n);
    if (g && !(GEOSArea_r(h, g, area) && *area > 0)) {
        GEOSGeom_destroy_r(h, g);
        g = NULL;
    }
    return g;
}

static bool boxes_meet(GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b)
{
    double ax0, ay0, ax1, ay1, bx0, by0, bx1, by1;
    if (!GEOSGeom_getXMin_r(h, a, &ax0) || !GEOSGeom_getYMin_r(h, a, &ay0) || !GEOSGeom_getXMax_r(h, a, &ax1) ||
        !GEOSGeom_getYMax_r(h, a, &ay1) || !GEOSGeom_getXMin_r(h, b, &bx0) || !GEOSGeom_getYMin_r(h, b, &by0) ||
        !GEOSGeom_getXMax_r(h, b, &bx1) || !GEOSGeom_getYMax_r(h, b, &by1))
        return false;
    return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
}

trygg_status trygg_match_areas(trygg_ctx *ctx, const trygg_area_item *a, size_t na, const trygg_area_item *b,
                               size_t nb, double min_share, size_t *match)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSGeometry **ag = trygg__xcalloc(na + 1, sizeof *ag);
    GEOSGeometry **bg = trygg__xcalloc(nb + 1, sizeof *bg);
    double *aa = trygg__xcalloc(na + 1, sizeof *aa);
    double *ba = trygg__xcalloc(nb + 1, sizeof *ba);
    candidate *c = NULL;
    size_t nc = 0, cap = 0;
    for (size_t j = 0; j < nb; j++) {
        match[j] = SIZE_MAX;
        bg[j] = from_wkb(h, b[j].wkb, b[j].wkb_size, &ba[j]);
    }
    for (size_t i = 0; i < na; i++)
        ag[i] = from_wkb(h, a[i].wkb, a[i].wkb_size, &aa[i]);
    /* All pairs of one key whose boxes meet: registers and hotspot lists hold hundreds to a few
     * thousand items, so the pairwise box test costs far less than the run that made them. */
    for (size_t i = 0; i < na; i++) {
        if (!ag[i] || !a[i].key)
            continue;
        for (size_t j = 0; j < nb; j++) {
            if (!bg[j] || !b[j].key || strcmp(a[i].key, b[j].key) != 0 || !boxes_meet(h, ag[i], bg[j]))
                continue;
            GEOSGeometry *common = GEOSIntersection_r(h, ag[i], bg[j]);
            double area = 0;
            if (!common || !GEOSArea_r(h, common, &area))
                area = 0;
            GEOSGeom_destroy_r(h, common);
            double smaller = fmin(aa[i], ba[j]);
            double share = smaller > 0 ? area / smaller : 0;
            if (share < min_share)
                continue;
            if (nc == cap) {
                cap = cap ? 2 * cap : 64;
                c = trygg__xrealloc(c, cap * sizeof *c);
            }
            c[nc++] = (candidate){share, a[i].id, i, j};
        }
    }
    if (nc)
        qsort(c, nc, sizeof *c, by_share);
    bool *taken = trygg__xcalloc(na + 1, sizeof *taken);
    for (size_t k = 0; k < nc; k++) {
        if (taken[c[k].a] || match[c[k].b] != SIZE_MAX)
            continue;
        taken[c[k].a] = true;
        match[c[k].b] = c[k].a;
    }
    free(taken);
    free(c);
    for (size_t i = 0; i < na; i++)
        GEOSGeom_destroy_r(h, ag[i]);
    for (size_t j = 0; j < nb; j++)
        GEOSGeom_destroy_r(h, bg[j]);
    free(ag);
    free(bg);
    free(aa);
    free(ba);
    return TRYGG_OK;
}

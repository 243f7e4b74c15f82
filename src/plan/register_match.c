/*
 * Matching a run's proposed measures to the entries of the measure register
 * (include/trygg/register.h): same rule, and a common area of at least a quarter of the
 * smaller of the two, taken greedily by that share.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "trygg/register.h"

const char *const trygg_register_statuses[6] = {"föreslagen", "beslutad", "pågår", "genomförd", "avslutad",
                                                "avvisad"};

void trygg_register_fini(trygg_register *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        trygg_register_entry *e = &r->v[i];
        free(e->rule);
        free(e->wkb);
        free(e->status);
        free(e->decided_on);
        free(e->done_on);
        free(e->responsible);
        free(e->promise);
        free(e->note);
        free(e->first_seen);
    }
    free(r->v);
    memset(r, 0, sizeof *r);
}

typedef struct {
    double share;
    int64_t id;
    size_t entry, proposal;
} candidate;

/* Largest share first; ties to the lower measure_id, then the earlier proposal, so the
 * matching does not depend on the order of the register's rows. */
static int by_share(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->share != y->share)
        return x->share > y->share ? -1 : 1;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return (x->proposal > y->proposal) - (x->proposal < y->proposal);
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

trygg_status trygg_register_match(trygg_ctx *ctx, const trygg_register *reg, const trygg_measures *m,
                                  double min_overlap, size_t *match)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSGeometry **eg = trygg__xcalloc(reg->n + 1, sizeof *eg);
    GEOSGeometry **pg = trygg__xcalloc(m->n + 1, sizeof *pg);
    double *ea = trygg__xcalloc(reg->n + 1, sizeof *ea);
    double *pa = trygg__xcalloc(m->n + 1, sizeof *pa);
    candidate *c = NULL;
    size_t nc = 0, cap = 0;
    for (size_t i = 0; i < m->n; i++) {
        match[i] = SIZE_MAX;
        pg[i] = from_wkb(h, m->v[i].wkb, m->v[i].wkb_size, &pa[i]);
    }
    for (size_t e = 0; e < reg->n; e++)
        eg[e] = from_wkb(h, reg->v[e].wkb, reg->v[e].wkb_size, &ea[e]);
    /* All pairs of one rule whose boxes meet: a register holds hundreds to a few thousand
     * entries, so the pairwise box test costs far less than the run that made them. */
    for (size_t e = 0; e < reg->n; e++) {
        if (!eg[e] || !reg->v[e].rule)
            continue;
        for (size_t i = 0; i < m->n; i++) {
            if (!pg[i] || strcmp(reg->v[e].rule, m->v[i].rule) != 0 || !boxes_meet(h, eg[e], pg[i]))
                continue;
            GEOSGeometry *common = GEOSIntersection_r(h, eg[e], pg[i]);
            double a = 0;
            if (!common || !GEOSArea_r(h, common, &a))
                a = 0;
            GEOSGeom_destroy_r(h, common);
            double smaller = fmin(ea[e], pa[i]);
            double share = smaller > 0 ? a / smaller : 0;
            if (share < min_overlap)
                continue;
            if (nc == cap) {
                cap = cap ? 2 * cap : 64;
                c = trygg__xrealloc(c, cap * sizeof *c);
            }
            c[nc++] = (candidate){share, reg->v[e].measure_id, e, i};
        }
    }
    if (nc)
        qsort(c, nc, sizeof *c, by_share);
    bool *taken = trygg__xcalloc(reg->n + 1, sizeof *taken);
    for (size_t k = 0; k < nc; k++) {
        if (taken[c[k].entry] || match[c[k].proposal] != SIZE_MAX)
            continue;
        taken[c[k].entry] = true;
        match[c[k].proposal] = c[k].entry;
    }
    free(taken);
    free(c);
    for (size_t e = 0; e < reg->n; e++)
        GEOSGeom_destroy_r(h, eg[e]);
    for (size_t i = 0; i < m->n; i++)
        GEOSGeom_destroy_r(h, pg[i]);
    free(eg);
    free(pg);
    free(ea);
    free(pa);
    return TRYGG_OK;
}

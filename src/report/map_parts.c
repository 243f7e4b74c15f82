/*
 * A report's map from the output model (report/map_parts.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "report/map_parts.h"
#include "report/model_query.h"

void trygg__map_add_polys(trygg__report_model *m, const GEOSGeometry *g, trygg_report_poly_kind kind, const char *label,
                          trygg__poly_vec *out)
{
    int t = GEOSGeomTypeId_r(m->geos, g);
    int np = (t == GEOS_MULTIPOLYGON || t == GEOS_GEOMETRYCOLLECTION) ? GEOSGetNumGeometries_r(m->geos, g) : 1;
    for (int p = 0; p < np; p++) {
        const GEOSGeometry *poly = np == 1 && t == GEOS_POLYGON ? g : GEOSGetGeometryN_r(m->geos, g, p);
        if (!poly || GEOSGeomTypeId_r(m->geos, poly) != GEOS_POLYGON || GEOSisEmpty_r(m->geos, poly))
            continue;
        int nholes = GEOSGetNumInteriorRings_r(m->geos, poly);
        size_t nrings = (size_t)nholes + 1, total = 0;
        size_t *ring_nv = trygg__bag_keep(&m->mem, trygg__xcalloc(nrings, sizeof *ring_nv));
        for (size_t r = 0; r < nrings; r++) {
            const GEOSGeometry *ring =
                r == 0 ? GEOSGetExteriorRing_r(m->geos, poly) : GEOSGetInteriorRingN_r(m->geos, poly, (int)r - 1);
            unsigned nv = 0;
            GEOSCoordSeq_getSize_r(m->geos, GEOSGeom_getCoordSeq_r(m->geos, ring), &nv);
            ring_nv[r] = nv;
            total += nv;
        }
        double *xy = trygg__bag_keep(&m->mem, trygg__xmalloc((total ? total : 1) * 2 * sizeof *xy));
        size_t k = 0;
        for (size_t r = 0; r < nrings; r++) {
            const GEOSGeometry *ring =
                r == 0 ? GEOSGetExteriorRing_r(m->geos, poly) : GEOSGetInteriorRingN_r(m->geos, poly, (int)r - 1);
            const GEOSCoordSequence *cs = GEOSGeom_getCoordSeq_r(m->geos, ring);
            for (unsigned v = 0; v < ring_nv[r]; v++, k++) {
                GEOSCoordSeq_getX_r(m->geos, cs, v, &xy[2 * k]);
                GEOSCoordSeq_getY_r(m->geos, cs, v, &xy[2 * k + 1]);
            }
        }
        trygg__grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v);
        out->v[out->n++] = (trygg_report_polygon){xy, ring_nv, nrings, kind, label};
    }
}

static trygg_report_poly_kind hotspot_kind(int confidence)
{
    return confidence >= 99   ? TRYGG_REPORT_POLY_HOTSPOT_99
           : confidence >= 95 ? TRYGG_REPORT_POLY_HOTSPOT_95
                              : TRYGG_REPORT_POLY_HOTSPOT_90;
}

/* A measure's shape on a map: its polygon, or a 15 m buffer of a point or line measure. */
static void add_measure_polys(trygg__report_model *m, size_t i, trygg__poly_vec *out)
{
    const GEOSGeometry *g = m->ms[i].g;
    char *label = trygg__bag_keep(&m->mem, trygg__xasprintf("%d", m->ms_info[i].id));
    int t = GEOSGeomTypeId_r(m->geos, g);
    if (t == GEOS_POLYGON || t == GEOS_MULTIPOLYGON) {
        trygg__map_add_polys(m, g, TRYGG_REPORT_POLY_MEASURE, label, out);
        return;
    }
    GEOSGeometry *b = GEOSBuffer_r(m->geos, g, 15.0, 8);
    if (b) {
        trygg__map_add_polys(m, b, TRYGG_REPORT_POLY_MEASURE, label, out);
        GEOSGeom_destroy_r(m->geos, b);
    }
}

void trygg__map_parts_fini(trygg__map_parts *p)
{
    free(p->lines);
    free(p->dark);
    free(p->points);
    free(p->lamps);
    free(p->polys.v);
    memset(p, 0, sizeof *p);
}

void trygg__map_parts_collect(trygg__report_model *m, const double env[4], bool with_points,
                              const GEOSPreparedGeometry *zone, trygg__map_parts *p)
{
    trygg_idlist ids = {0};
    /* Hotspots on the overview only: on an area map, the hotspots of several categories stack into
     * one red blanket over the dots they are made of, and hide the area itself. */
    if (!with_points) {
        trygg__report_query(m, m->hs_idx, env, &ids);
        for (size_t k = 0; k < ids.n; k++)
            trygg__map_add_polys(m, m->hs[ids.v[k]].g, hotspot_kind(m->hs_info[ids.v[k]].confidence), NULL, &p->polys);
    }
    trygg__report_query(m, m->ms_idx, env, &ids);
    for (size_t k = 0; k < ids.n; k++)
        if (!zone || GEOSPreparedIntersects_r(m->geos, zone, m->ms[ids.v[k]].g) == 1)
            add_measure_polys(m, ids.v[k], &p->polys);
    trygg__report_query(m, m->pl_idx, env, &ids);
    p->lines = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->lines);
    for (size_t k = 0; k < ids.n; k++) {
        const trygg__feat *f = &m->pl[ids.v[k]];
        p->lines[p->nlines++] = (trygg_report_line){f->xy, f->nv, m->score[0][ids.v[k]]};
    }
    trygg__report_query(m, m->dk_idx, env, &ids);
    p->dark = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->dark);
    for (size_t k = 0; k < ids.n; k++) {
        const trygg__feat *f = &m->dk[ids.v[k]];
        p->dark[p->ndark++] = (trygg_report_line){f->xy, f->nv, NAN};
    }
    if (with_points) {
        trygg__report_query(m, m->inc_idx, env, &ids);
        p->points = trygg__xcalloc(ids.n ? ids.n : 1, sizeof *p->points);
        /* the reports of the two periods, as the table beside the map counts them (all of them
         * when the output has no periods) */
        for (size_t k = 0; k < ids.n; k++)
            if (!m->have_periods || trygg__report_period_of(m, m->inc_t[ids.v[k]]) >= 0)
                p->points[p->npoints++] =
                    (trygg_report_point){m->inc_xy[2 * ids.v[k]], m->inc_xy[2 * ids.v[k] + 1], m->inc_cat[ids.v[k]]};
        trygg__report_query(m, m->lamp_idx, env, &ids);
        p->lamps = trygg__xcalloc(ids.n ? 2 * ids.n : 1, sizeof *p->lamps);
        for (size_t k = 0; k < ids.n; k++) {
            p->lamps[2 * p->nlamps] = m->lamp_xy[2 * ids.v[k]];
            p->lamps[2 * p->nlamps + 1] = m->lamp_xy[2 * ids.v[k] + 1];
            p->nlamps++;
        }
    }
    trygg_idlist_fini(&ids);
}

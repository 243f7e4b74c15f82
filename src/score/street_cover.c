/*
 * Street length, lamp coverage and surveillance over all places (score/street_cover.h).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/coverage.h"
#include "score/street_cover.h"

/* Every line of a (multi)linestring as interleaved x,y, added to *len (its length) and, within
 * r of a lamp, to *lit. */
static void add_line(GEOSContextHandle_t geos, const GEOSGeometry *g, const double *lamps, size_t nl,
                     const trygg_index *idx, double r, double *len, double *lit)
{
    int parts = GEOSGetNumGeometries_r(geos, g);
    for (int p = 0; p < parts; p++) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(geos, g, p);
        const GEOSCoordSequence *cs = part ? GEOSGeom_getCoordSeq_r(geos, part) : NULL;
        unsigned int n = 0;
        if (!cs || !GEOSCoordSeq_getSize_r(geos, cs, &n) || n < 2)
            continue;
        double *xy = trygg__xmalloc(2 * (size_t)n * sizeof *xy);
        for (unsigned int i = 0; i < n; i++) {
            GEOSCoordSeq_getX_r(geos, cs, i, &xy[2 * i]);
            GEOSCoordSeq_getY_r(geos, cs, i, &xy[2 * i + 1]);
        }
        for (unsigned int i = 0; i + 1 < n; i++)
            *len += hypot(xy[2 * i + 2] - xy[2 * i], xy[2 * i + 3] - xy[2 * i + 1]);
        if (nl)
            *lit += trygg__length_within(xy, n, lamps, nl, idx, geos, r);
        free(xy);
    }
}

void trygg__street_cover(GEOSContextHandle_t geos, const trygg__street_cover_input *in, double cover_m,
                         double *length_by_slot, double *street_m, double *lamp_share, double *watched_share)
{
    size_t nl = in->nlamps;
    double len = 0, lit = 0, watched = 0, watched_len = 0;
    for (size_t i = 0; i < in->nplaces; i++) {
        double l = 0;
        add_line(geos, in->geom[i], in->lamp_xy, nl, nl ? in->lamp_idx : NULL, cover_m, &l, &lit);
        len += l;
        length_by_slot[in->slot[i]] += l;
        if (isfinite(in->surveillance[i])) {
            watched += in->surveillance[i] * l;
            watched_len += l;
        }
    }
    *street_m = len;
    *lamp_share = nl && len > 0 ? lit / len : NAN;
    *watched_share = watched_len > 0 ? watched / watched_len : NAN;
}

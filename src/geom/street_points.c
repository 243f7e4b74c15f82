/*
 * Points along the streets, for the sparse grid (geom/street_points.h).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/street_points.h"

/* Points that mark where the streets are, for the sparse grid (trygg_grid_new_near): each
 * place's vertices, its midpoint (mxy) and points at most step metres apart along every
 * segment, so that every lattice cell a street passes through holds a point or neighbours a
 * cell that does. */
double *trygg__street_points(const trygg_places *p, const double *mxy, double step, size_t *npts)
{
    size_t n = 0, cap = 0;
    double *xy = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const trygg_place *pl = &p->v[i];
        trygg__grow((void **)&xy, &cap, 2 * (n + 1), sizeof *xy);
        xy[2 * n] = mxy[2 * i];
        xy[2 * n + 1] = mxy[2 * i + 1];
        n++;
        for (size_t k = 0; k < pl->nv; k++) {
            double x0 = pl->xy[2 * k], y0 = pl->xy[2 * k + 1];
            size_t m = 0;
            if (k + 1 < pl->nv) {
                double len = hypot(pl->xy[2 * k + 2] - x0, pl->xy[2 * k + 3] - y0);
                m = isfinite(len) ? (size_t)floor(len / step) : 0;
            }
            trygg__grow((void **)&xy, &cap, 2 * (n + m + 1), sizeof *xy);
            xy[2 * n] = x0;
            xy[2 * n + 1] = y0;
            n++;
            for (size_t j = 1; j <= m; j++) { /* at j / (m + 1) of the segment: spacing < step */
                double t = (double)j / (double)(m + 1);
                xy[2 * n] = x0 + t * (pl->xy[2 * k + 2] - x0);
                xy[2 * n + 1] = y0 + t * (pl->xy[2 * k + 3] - y0);
                n++;
            }
        }
    }
    *npts = n;
    return xy;
}

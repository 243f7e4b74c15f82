/*
 * Length of a line near points (src/score/coverage.h): the lamp register's coverage of the streets.
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/coverage.h"

typedef struct {
    double a, b;
} span;

static int cmp_span(const void *pa, const void *pb)
{
    const span *a = pa, *b = pb;
    return a->a < b->a ? -1 : a->a > b->a;
}

double trygg__length_within(const double *xy, size_t nv, const double *pts, size_t npts, const trygg_index *idx,
                            GEOSContextHandle_t geos, double r)
{
    double total = 0;
    trygg_idlist ids = {0};
    span *sp = NULL;
    size_t cap = 0;
    for (size_t k = 0; k + 1 < nv; k++) {
        double x0 = xy[2 * k], y0 = xy[2 * k + 1], x1 = xy[2 * k + 2], y1 = xy[2 * k + 3];
        double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        if (!isfinite(len2) || len2 <= 0)
            continue;
        size_t n = 0, cand = npts;
        if (idx) {
            trygg_index_query(idx, geos, fmin(x0, x1) - r, fmin(y0, y1) - r, fmax(x0, x1) + r, fmax(y0, y1) + r,
                              &ids);
            cand = ids.n;
        }
        /* |p0 + t d - c|^2 <= r^2: a t^2 + b t + c0 <= 0 with a = |d|^2 */
        for (size_t j = 0; j < cand; j++) {
            size_t i = idx ? ids.v[j] : j;
            double ex = x0 - pts[2 * i], ey = y0 - pts[2 * i + 1];
            double b = 2 * (dx * ex + dy * ey), c0 = ex * ex + ey * ey - r * r;
            double disc = b * b - 4 * len2 * c0;
            if (!(disc > 0))
                continue;
            double q = sqrt(disc), t0 = (-b - q) / (2 * len2), t1 = (-b + q) / (2 * len2);
            t0 = fmax(t0, 0.0);
            t1 = fmin(t1, 1.0);
            if (t1 <= t0)
                continue;
            trygg__grow((void **)&sp, &cap, n + 1, sizeof *sp);
            sp[n++] = (span){t0, t1};
        }
        if (n == 0)
            continue;
        qsort(sp, n, sizeof *sp, cmp_span);
        double covered = 0, a = sp[0].a, b = sp[0].b;
        for (size_t j = 1; j < n; j++) {
            if (sp[j].a > b) {
                covered += b - a;
                a = sp[j].a;
                b = sp[j].b;
            } else if (sp[j].b > b) {
                b = sp[j].b;
            }
        }
        covered += b - a;
        total += covered * sqrt(len2);
    }
    free(sp);
    trygg_idlist_fini(&ids);
    return total;
}

/*
 * Isovists: the area visible from a point, bounded by building edges and a radius.
 *
 * Benedikt, M. L. (1979). To take hold of space: isovists and isovist fields. Environment and
 * Planning B 6: 47-65. The isovist is approximated, as in most isovist software (e.g. the
 * depthmapX/space-syntax tools), by n rays at equal angles: each ray ends at the nearest edge
 * it meets or at the radius, and the isovist is the polygon of the ray ends, whose area is the
 * sum of the triangles between consecutive rays, 1/2 d_k d_k+1 sin(2 pi / n). With no building
 * this is the regular n-gon inscribed in the circle, (n / 2) r^2 sin(2 pi / n).
 *
 * Speed: an edge only needs testing against the rays inside the angle it subtends at the
 * viewpoint, so each edge costs two atan2 calls plus one intersection per ray it covers,
 * instead of one test per ray.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "core/internal.h"
#include "pipeline/surroundings.h"

#define TWO_PI 6.283185307179586476925286766559

void trygg_isovist_rays_init(trygg_isovist_rays *r, int n, double radius)
{
    r->n = n;
    r->radius = radius;
    r->cs = trygg__xmalloc(2 * (size_t)n * sizeof *r->cs);
    for (int k = 0; k < n; k++) {
        double a = TWO_PI * k / n;
        r->cs[2 * k] = cos(a);
        r->cs[2 * k + 1] = sin(a);
    }
}

void trygg_isovist_rays_fini(trygg_isovist_rays *r)
{
    free(r->cs);
    r->cs = NULL;
    r->n = 0;
}

/* Shorten the rays that meet edge a-b (coordinates relative to the viewpoint). The angle of a
 * is taken from *ang_a when *have_a (the previous edge of the ring computed it as its b), and the
 * angle of b is left in *ang_b (*have_b true) when it was computed: one atan2 per vertex
 * instead of two. */
static void clip_edge(const trygg_isovist_rays *r, double ax, double ay, double bx, double by, const double *ang_a,
                      bool have_a, double *ang_b, bool *have_b, double *dist)
{
    *have_b = false;
    double ex = bx - ax, ey = by - ay;
    /* Quick rejection: an edge wholly beyond the radius blocks nothing. Distance from the origin
     * to the segment. */
    double len2 = ex * ex + ey * ey;
    double t = len2 > 0 ? -(ax * ex + ay * ey) / len2 : 0.0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    double cx = ax + t * ex, cy = ay + t * ey;
    if (cx * cx + cy * cy >= r->radius * r->radius)
        return;
    double ta = have_a ? *ang_a : atan2(ay, ax), tb = atan2(by, bx);
    *ang_b = tb;
    *have_b = true;
    double span = tb - ta;
    if (span > M_PI)
        span -= TWO_PI;
    else if (span < -M_PI)
        span += TWO_PI;
    double start = span >= 0 ? ta : tb;
    span = fabs(span);
    if (start < 0)
        start += TWO_PI;
    double step = TWO_PI / r->n;
    /* Rays whose angle lies in [start, start + span], with a little slack so that a ray through
     * an edge's end point is still tested (the exact test below decides). */
    long k0 = (long)ceil(start / step - 1e-9), k1 = (long)floor((start + span) / step + 1e-9);
    for (long k = k0; k <= k1; k++) {
        int kk = (int)(k % r->n);
        double dx = r->cs[2 * kk], dy = r->cs[2 * kk + 1];
        /* Ray t * d meets a + s * e where t = cross(a, e) / cross(d, e), s = cross(a, d) / cross(d, e). */
        double den = dx * ey - dy * ex;
        if (den == 0.0)
            continue; /* parallel: the edge's ends block the neighbouring rays */
        double tt = (ax * ey - ay * ex) / den;
        double ss = (ax * dy - ay * dx) / den;
        if (tt >= 0.0 && ss >= -1e-12 && ss <= 1.0 + 1e-12 && tt < dist[kk])
            dist[kk] = tt;
    }
}

double trygg_isovist_area(const trygg_isovist_rays *r, double px, double py, const trygg_building *b,
                          const size_t *cand, size_t ncand, double *dist)
{
    int n = r->n;
    for (int k = 0; k < n; k++)
        dist[k] = r->radius;
    for (size_t c = 0; c < ncand; c++) {
        const trygg_building *bd = &b[cand[c]];
        if (bd->env[0] > px + r->radius || bd->env[2] < px - r->radius || bd->env[1] > py + r->radius ||
            bd->env[3] < py - r->radius)
            continue;
        size_t v0 = 0;
        for (size_t ring = 0; ring < bd->nrings; ring++) {
            size_t v1 = bd->ring_end[ring];
            double ang = 0.0;
            bool have = false;
            for (size_t v = v0; v + 1 < v1; v++)
                clip_edge(r, bd->xy[2 * v] - px, bd->xy[2 * v + 1] - py, bd->xy[2 * v + 2] - px,
                          bd->xy[2 * v + 3] - py, &ang, have, &ang, &have, dist);
            v0 = v1;
        }
    }
    double sum = 0.0;
    for (int k = 0; k < n; k++)
        sum += dist[k] * dist[(k + 1) % n];
    return 0.5 * sin(TWO_PI / n) * sum;
}

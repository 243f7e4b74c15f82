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
 * viewpoint, so each edge costs one intersection per ray it covers instead of one test per ray.
 * The rays of that angle are found with a pseudo-angle (the "diamond angle": a function of x / y
 * alone that increases with the true angle, from 0 to 4 round the circle) and a lookup table of
 * the first ray at or after each 1/256 of its range, instead of two atan2 calls per edge.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/surroundings.h"

#define TWO_PI 6.283185307179586476925286766559
#define LUT_PER_UNIT 256 /* lookup entries per unit of pseudo-angle */

/* The diamond angle of (x, y): 0 along +x, 1 along +y, 2 along -x, 3 along -y, increasing
 * with the angle in between (piecewise x / (|x| + |y|)); 0 at the origin, as atan2(0, 0). */
static double pseudo_angle(double x, double y)
{
    double s = fabs(x) + fabs(y);
    if (s == 0.0)
        return 0.0;
    if (y >= 0.0)
        return x >= 0.0 ? y / s : 1.0 - x / s;
    return x < 0.0 ? 2.0 - y / s : 3.0 + x / s;
}

void trygg_isovist_rays_init(trygg_isovist_rays *r, int n, double radius)
{
    r->n = n;
    r->radius = radius;
    r->cs = trygg__xmalloc(2 * (size_t)n * sizeof *r->cs);
    r->pa = trygg__xmalloc((size_t)n * sizeof *r->pa);
    r->first = trygg__xmalloc(4 * LUT_PER_UNIT * sizeof *r->first);
    for (int k = 0; k < n; k++) {
        double a = TWO_PI * k / n;
        r->cs[2 * k] = cos(a);
        r->cs[2 * k + 1] = sin(a);
        r->pa[k] = pseudo_angle(r->cs[2 * k], r->cs[2 * k + 1]);
    }
    int k = 0;
    for (int j = 0; j < 4 * LUT_PER_UNIT; j++) {
        while (k < n && r->pa[k] < (double)j / LUT_PER_UNIT)
            k++;
        r->first[j] = k;
    }
}

void trygg_isovist_rays_fini(trygg_isovist_rays *r)
{
    free(r->cs);
    free(r->pa);
    free(r->first);
    r->cs = r->pa = NULL;
    r->first = NULL;
    r->n = 0;
}

/* The first ray whose pseudo-angle is at least p (n when none is). */
static int first_ray_from(const trygg_isovist_rays *r, double p)
{
    int j = (int)(p * LUT_PER_UNIT);
    int k = r->first[j < 0 ? 0 : j >= 4 * LUT_PER_UNIT ? 4 * LUT_PER_UNIT - 1 : j];
    while (k < r->n && r->pa[k] < p)
        k++;
    return k;
}

/* Shorten ray k if it meets edge a-b (coordinates relative to the viewpoint). */
static void clip_ray(const trygg_isovist_rays *r, int k, double ax, double ay, double ex, double ey, double *dist)
{
    double dx = r->cs[2 * k], dy = r->cs[2 * k + 1];
    /* Ray t * d meets a + s * e where t = cross(a, e) / cross(d, e), s = cross(a, d) / cross(d, e). */
    double den = dx * ey - dy * ex;
    if (den == 0.0)
        return; /* parallel: the edge's ends block the neighbouring rays */
    double tt = (ax * ey - ay * ex) / den;
    double ss = (ax * dy - ay * dx) / den;
    if (tt >= 0.0 && ss >= -1e-12 && ss <= 1.0 + 1e-12 && tt < dist[k])
        dist[k] = tt;
}

/* Shorten the rays that meet edge a-b (coordinates relative to the viewpoint). The pseudo-angle
 * of a is taken from *pa_a when *have_a (the previous edge of the ring computed it as its b),
 * and that of b is left in *pa_b (*have_b true) when it was computed: one per vertex. */
static void clip_edge(const trygg_isovist_rays *r, double ax, double ay, double bx, double by, const double *pa_a,
                      bool have_a, double *pa_b, bool *have_b, double *dist)
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
    double pa = have_a ? *pa_a : pseudo_angle(ax, ay), pb = pseudo_angle(bx, by);
    *pa_b = pb;
    *have_b = true;
    /* The edge subtends the turn from a to b counter-clockwise when cross(a, b) >= 0, else
     * from b to a: at most half a turn either way. */
    bool ccw = ax * by - ay * bx >= 0.0;
    double from = ccw ? pa : pb, to = ccw ? pb : pa;
    /* One ray either side of the span is tested too: a ray through an end point is decided by
     * the exact test, never by the rounding of the pseudo-angles. */
    int n = r->n, k0 = first_ray_from(r, from) - 1, k1 = first_ray_from(r, to);
    if (to < from)
        k1 += n; /* the span crosses pseudo-angle 0 */
    for (int k = k0; k <= k1; k++)
        clip_ray(r, ((k % n) + n) % n, ax, ay, ex, ey, dist);
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
            double pa = 0.0;
            bool have = false;
            for (size_t v = v0; v + 1 < v1; v++)
                clip_edge(r, bd->xy[2 * v] - px, bd->xy[2 * v + 1] - py, bd->xy[2 * v + 2] - px,
                          bd->xy[2 * v + 3] - py, &pa, have, &pa, &have, dist);
            v0 = v1;
        }
    }
    double sum = 0.0;
    for (int k = 0; k < n; k++)
        sum += dist[k] * dist[(k + 1) % n];
    return 0.5 * sin(TWO_PI / n) * sum;
}

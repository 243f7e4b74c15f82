/*
 * Natural surveillance: how much of a street has buildings beside it, whose windows and doors
 * put "eyes on the street" (Jacobs 1961, The Death and Life of Great American Cities, ch. 2;
 * Newman 1972, Defensible Space). DESIGN.md section 5: the share of the place's length with a
 * building within 20 m on at least one side.
 *
 * "On at least one side" is measured with a probe perpendicular to the street: at each sample
 * the segment reaching reach_m to the left and to the right. A building diagonally ahead
 * (beyond the end of a block) does not watch this stretch, which a plain point-to-building
 * distance would count; the probe does not. A sample inside a building (a passage) is watched.
 */
#include <math.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "score/surroundings.h"

/* Even-odd rule over all rings (exterior and holes alike). */
static bool inside(double px, double py, const trygg_building *b)
{
    if (px < b->env[0] || px > b->env[2] || py < b->env[1] || py > b->env[3])
        return false;
    bool in = false;
    size_t v0 = 0;
    for (size_t r = 0; r < b->nrings; r++) {
        size_t v1 = b->ring_end[r];
        for (size_t i = v0, j = v1 - 1; i < v1; j = i++) {
            double xi = b->xy[2 * i], yi = b->xy[2 * i + 1], xj = b->xy[2 * j], yj = b->xy[2 * j + 1];
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi)
                in = !in;
        }
        v0 = v1;
    }
    return in;
}

static double seg_dist2(double px, double py, double ax, double ay, double bx, double by)
{
    double ex = bx - ax, ey = by - ay, len2 = ex * ex + ey * ey;
    double t = len2 > 0 ? ((px - ax) * ex + (py - ay) * ey) / len2 : 0.0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    double dx = ax + t * ex - px, dy = ay + t * ey - py;
    return dx * dx + dy * dy;
}

double trygg_building_distance(double px, double py, const trygg_building *b)
{
    if (inside(px, py, b))
        return 0.0;
    double best = INFINITY;
    size_t v0 = 0;
    for (size_t r = 0; r < b->nrings; r++) {
        size_t v1 = b->ring_end[r];
        for (size_t v = v0; v + 1 < v1; v++) {
            double d2 = seg_dist2(px, py, b->xy[2 * v], b->xy[2 * v + 1], b->xy[2 * v + 2], b->xy[2 * v + 3]);
            if (d2 < best)
                best = d2;
        }
        v0 = v1;
    }
    return sqrt(best);
}

static double orient(double ax, double ay, double bx, double by, double cx, double cy)
{
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/* Whether closed segments p-q and a-b meet (touching counts). */
static bool segments_meet(double px, double py, double qx, double qy, double ax, double ay, double bx, double by)
{
    if (fmax(ax, bx) < fmin(px, qx) || fmin(ax, bx) > fmax(px, qx) || fmax(ay, by) < fmin(py, qy) ||
        fmin(ay, by) > fmax(py, qy))
        return false;
    double d1 = orient(px, py, qx, qy, ax, ay), d2 = orient(px, py, qx, qy, bx, by);
    double d3 = orient(ax, ay, bx, by, px, py), d4 = orient(ax, ay, bx, by, qx, qy);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    /* Collinear or touching cases: an end point on the other segment (boxes overlap, checked above). */
    return d1 == 0 || d2 == 0 || d3 == 0 || d4 == 0;
}

static bool probe_meets(double px, double py, double qx, double qy, const trygg_building *b)
{
    if (fmax(px, qx) < b->env[0] || fmin(px, qx) > b->env[2] || fmax(py, qy) < b->env[1] ||
        fmin(py, qy) > b->env[3])
        return false;
    size_t v0 = 0;
    for (size_t r = 0; r < b->nrings; r++) {
        size_t v1 = b->ring_end[r];
        for (size_t v = v0; v + 1 < v1; v++)
            if (segments_meet(px, py, qx, qy, b->xy[2 * v], b->xy[2 * v + 1], b->xy[2 * v + 2], b->xy[2 * v + 3]))
                return true;
        v0 = v1;
    }
    return false;
}

double trygg_surveillance_share(const double *xy, size_t nv, double step_m, double reach_m, const trygg_building *b,
                                const size_t *cand, size_t ncand, double *longest_gap_m)
{
    double len = trygg_geom_polyline_length(xy, nv);
    *longest_gap_m = 0.0;
    if (!(len > 0.0) || nv < 2)
        return NAN;
    size_t n = (size_t)ceil(len / step_m);
    if (n == 0)
        n = 1;
    double each = len / (double)n;
    size_t watched = 0, run = 0, longest = 0;
    size_t seg = 0;
    double seg_start = 0.0;
    for (size_t i = 0; i < n; i++) {
        double s = (i + 0.5) * each;
        /* Walk to the segment holding s (samples are in order). */
        double sl = hypot(xy[2 * seg + 2] - xy[2 * seg], xy[2 * seg + 3] - xy[2 * seg + 1]);
        while (seg + 2 < nv && s > seg_start + sl) {
            seg_start += sl;
            seg++;
            sl = hypot(xy[2 * seg + 2] - xy[2 * seg], xy[2 * seg + 3] - xy[2 * seg + 1]);
        }
        double ux = sl > 0 ? (xy[2 * seg + 2] - xy[2 * seg]) / sl : 1.0;
        double uy = sl > 0 ? (xy[2 * seg + 3] - xy[2 * seg + 1]) / sl : 0.0;
        double t = sl > 0 ? (s - seg_start) / sl : 0.0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double px = xy[2 * seg] + t * (xy[2 * seg + 2] - xy[2 * seg]);
        double py = xy[2 * seg + 1] + t * (xy[2 * seg + 3] - xy[2 * seg + 1]);
        /* The probe: perpendicular to the segment, reach_m to each side. */
        double ax = px - uy * reach_m, ay = py + ux * reach_m, bx = px + uy * reach_m, by = py - ux * reach_m;
        bool seen = false;
        for (size_t c = 0; c < ncand && !seen; c++)
            seen = probe_meets(ax, ay, bx, by, &b[cand[c]]);
        for (size_t c = 0; c < ncand && !seen; c++)
            seen = inside(px, py, &b[cand[c]]);
        if (seen) {
            watched++;
            run = 0;
        } else if (++run > longest) {
            longest = run;
        }
    }
    *longest_gap_m = (double)longest * each;
    return (double)watched / (double)n;
}

/*
 * Polyline measures on interleaved x,y arrays in a metric CRS: length, point-to-line
 * distance with the position of the closest point, the point at a distance, and
 * substrings. These run once per place and lamp or incident candidate, so they stay plain
 * loops without allocation (except the substring, which returns a new array).
 *
 * Geometry is planar Euclidean: the segment length is sqrt(dx^2 + dy^2) and the closest
 * point of segment AB to P is A + t (B - A) with t = clamp(((P - A) . (B - A)) / |B - A|^2,
 * 0, 1), the orthogonal projection clamped to the segment (Schneider & Eberly, Geometric Tools
 * for Computer Graphics, 2003, section 6.1, point to segment).
 */
#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "geom/line.h"

static inline double seg_len(const double *a)
{
    double dx = a[2] - a[0], dy = a[3] - a[1];
    return sqrt(dx * dx + dy * dy);
}

double trygg_geom_polyline_length(const double *xy, size_t nv)
{
    double len = 0.0;
    for (size_t i = 0; i + 1 < nv; i++)
        len += seg_len(xy + 2 * i);
    return len;
}

double trygg_geom_point_polyline_distance(double px, double py, const double *xy, size_t nv, double *along)
{
    if (nv == 0 || !xy) {
        if (along)
            *along = NAN;
        return NAN;
    }
    /* Squared distances in the loop; the one square root, and the along-distance (a sum of
     * segment lengths), only for the winner. The first segment wins a tie. */
    double best = (px - xy[0]) * (px - xy[0]) + (py - xy[1]) * (py - xy[1]);
    size_t best_seg = 0;
    double best_t = 0.0;
    for (size_t i = 0; i + 1 < nv; i++) {
        const double *a = xy + 2 * i;
        double dx = a[2] - a[0], dy = a[3] - a[1];
        double wx = px - a[0], wy = py - a[1];
        double dd = dx * dx + dy * dy, t = 0.0;
        if (dd > 0.0) {
            t = (wx * dx + wy * dy) / dd;
            t = t < 0.0 ? 0.0 : (t > 1.0 ? 1.0 : t);
        }
        double ex = wx - t * dx, ey = wy - t * dy;
        double d2 = ex * ex + ey * ey;
        if (d2 < best) {
            best = d2;
            best_seg = i;
            best_t = t;
        }
    }
    if (along) {
        double s = 0.0;
        for (size_t i = 0; i < best_seg; i++)
            s += seg_len(xy + 2 * i);
        if (nv >= 2)
            s += best_t * seg_len(xy + 2 * best_seg);
        *along = s;
    }
    return sqrt(best);
}

/* Point on segment i (from vertex i, at cumulative distance c, of length len > 0) at s, with
 * the ends returned exactly so that a position equal to a vertex's distance is that vertex. */
static inline void seg_point(const double *xy, size_t i, double c, double len, double s, double *x, double *y)
{
    const double *a = xy + 2 * i;
    if (s <= c) {
        *x = a[0];
        *y = a[1];
    } else if (s >= c + len) {
        *x = a[2];
        *y = a[3];
    } else {
        double t = (s - c) / len;
        *x = a[0] + t * (a[2] - a[0]);
        *y = a[1] + t * (a[3] - a[1]);
    }
}

void trygg_geom_point_at(const double *xy, size_t nv, double s, double *x, double *y)
{
    if (nv == 0 || !xy) {
        *x = *y = NAN;
        return;
    }
    double c = 0.0;
    if (s > 0.0)
        for (size_t i = 0; i + 1 < nv; i++) {
            double len = seg_len(xy + 2 * i);
            /* c + len is cum[i + 1] of trygg__polyline_cum, summed the same way. */
            if (len > 0.0 && s < c + len) {
                seg_point(xy, i, c, len, s, x, y);
                return;
            }
            c += len;
        }
    /* s <= 0 gives the first vertex, s >= length the last. */
    size_t k = s > 0.0 ? nv - 1 : 0;
    *x = xy[2 * k];
    *y = xy[2 * k + 1];
}

double *trygg_geom_substring(const double *xy, size_t nv, double s0, double s1, size_t *nv_out)
{
    if (nv == 0 || !xy) {
        *nv_out = 0;
        return NULL;
    }
    double *cum = trygg__xmalloc(nv * sizeof *cum);
    trygg__polyline_cum(xy, nv, cum);
    double *out = trygg__substring_cum(xy, cum, nv, s0, s1, NULL, NULL, nv_out);
    free(cum);
    return out;
}

double trygg__polyline_cum(const double *xy, size_t nv, double *cum)
{
    double c = 0.0;
    cum[0] = 0.0;
    for (size_t i = 0; i + 1 < nv; i++) {
        c += seg_len(xy + 2 * i);
        cum[i + 1] = c;
    }
    return c;
}

/* Smallest k in [lo, hi) with cum[k] > s (upper bound), hi when none. */
static size_t first_after(const double *cum, size_t lo, size_t hi, double s)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cum[mid] > s)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

void trygg__point_at_cum(const double *xy, const double *cum, size_t nv, double s, double *x, double *y)
{
    if (!(s > 0.0) || nv < 2) {
        *x = xy[0];
        *y = xy[1];
        return;
    }
    if (s >= cum[nv - 1]) {
        *x = xy[2 * (nv - 1)];
        *y = xy[2 * (nv - 1) + 1];
        return;
    }
    /* The vertex k after s has cum[k - 1] <= s < cum[k], so segment k - 1 has positive length
     * and starts at or before s: the same segment trygg_geom_point_at walks to. */
    size_t k = first_after(cum, 1, nv, s);
    seg_point(xy, k - 1, cum[k - 1], seg_len(xy + 2 * (k - 1)), s, x, y);
}

double *trygg__substring_cum(const double *xy, const double *cum, size_t nv, double s0, double s1, const double *p0,
                             const double *p1, size_t *nv_out)
{
    double len = cum[nv - 1];
    s0 = s0 > 0.0 ? (s0 < len ? s0 : len) : 0.0;
    s1 = s1 > s0 ? (s1 < len ? s1 : len) : s0;
    /* Interior vertices: cum[k] in (s0, s1). */
    size_t k0 = first_after(cum, 0, nv, s0), k1 = k0;
    while (k1 < nv && cum[k1] < s1)
        k1++;
    double *out = trygg__xmalloc((k1 - k0 + 2) * 2 * sizeof *out);
    size_t n = 0;
    if (p0) {
        out[0] = p0[0];
        out[1] = p0[1];
    } else {
        trygg__point_at_cum(xy, cum, nv, s0, &out[0], &out[1]);
    }
    n = 1;
    for (size_t k = k0; k < k1; k++) {
        const double *v = xy + 2 * k;
        if (v[0] == out[2 * n - 2] && v[1] == out[2 * n - 1])
            continue; /* repeated vertex */
        out[2 * n] = v[0];
        out[2 * n + 1] = v[1];
        n++;
    }
    if (p1) {
        out[2 * n] = p1[0];
        out[2 * n + 1] = p1[1];
    } else {
        trygg__point_at_cum(xy, cum, nv, s1, &out[2 * n], &out[2 * n + 1]);
    }
    n++;
    *nv_out = n;
    return out;
}

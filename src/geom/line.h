/*
 * Polyline measures on precomputed cumulative distances, shared by the line and split code
 * of the geometry module (library-internal).
 *
 * cum[k] is the distance along the line to vertex k: cum[0] = 0 and cum[k + 1] = cum[k] plus
 * the length of segment k, summed in that order, so that every caller sees bit-identical
 * positions. A position s that equals cum[k] maps to vertex k exactly.
 */
#ifndef TRYGG_GEOM_LINE_H
#define TRYGG_GEOM_LINE_H

#include <stddef.h>

/* Fill cum[0..nv-1] (nv >= 1) and return the total length cum[nv - 1]. */
double trygg__polyline_cum(const double *xy, size_t nv, double *cum);

/* The point at distance s along the line (clamped to its ends). nv >= 1. */
void trygg__point_at_cum(const double *xy, const double *cum, size_t nv, double s, double *x, double *y);

/* The sub-polyline between s0 and s1 (clamped to [0, length], s0 <= s1), as a new array of
 * *nv_out >= 2 vertices that the caller frees. Its first and last vertices are p0 and p1
 * when given (points already known to lie at s0 and s1, such as a crossing point shared with
 * another street), else interpolated. Interior vertices are the line's vertices strictly
 * between s0 and s1, without repeats. nv >= 1. */
double *trygg__substring_cum(const double *xy, const double *cum, size_t nv, double s0, double s1, const double *p0,
                             const double *p1, size_t *nv_out);

#endif

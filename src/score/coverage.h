/*
 * How much of a line lies near a set of points (src/score/coverage.c), exactly: per edge, the
 * parameter interval inside each point's circle (a quadratic in the edge's parameter), united.
 * Used for the lamp register's coverage of the streets in the lägesbild.
 */
#ifndef TRYGG_SCORE_COVERAGE_H
#define TRYGG_SCORE_COVERAGE_H

#include <stddef.h>

#include <geos_c.h>

#include "index/index.h"

/* Length of the polyline xy (nv interleaved x,y vertices) within r (straight-line distance) of
 * at least one of the npts points pts (interleaved x,y). idx indexes pts
 * (trygg_index_new_points) and is queried with geos; NULL checks every point. Borrows all. */
double trygg__length_within(const double *xy, size_t nv, const double *pts, size_t npts, const trygg_index *idx,
                            GEOSContextHandle_t geos, double r);

#endif

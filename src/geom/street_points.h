/*
 * Points that mark where the streets are (src/geom/street_points.c).
 */
#ifndef TRYGG_GEOM_STREET_POINTS_H
#define TRYGG_GEOM_STREET_POINTS_H

#include <stddef.h>

#include "trygg/data.h"

/* For the sparse grid (trygg_grid_new_near): each place's midpoint (mxy, interleaved x, y per
 * place), its vertices, and points at most step metres apart along every segment, so that every
 * lattice cell a street passes through holds a point or neighbours a cell that does. *npts
 * points, interleaved x, y; caller frees. */
double *trygg__street_points(const trygg_places *p, const double *mxy, double step, size_t *npts);

#endif

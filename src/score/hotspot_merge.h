/*
 * Hot cells of one category merged into hotspots (src/score/hotspot_merge.c).
 */
#ifndef TRYGG_SCORE_HOTSPOT_MERGE_H
#define TRYGG_SCORE_HOTSPOT_MERGE_H

#include <geos_c.h>
#include <stdbool.h>
#include <stddef.h>

#include "geom/grid.h"
#include "score/hotspot.h"
#include "trygg/trygg.h"

/* Merge the hot cells of one category into hotspots: cells with hot[i] set that are lattice
 * neighbours (hexagons: the six cells around; squares: the four sharing a side) form one
 * connected group, and each group becomes one hotspot with the union of its cells as geometry
 * (GEOSUnaryUnionPrec_r on a 1 mm grid, so neighbours' shared edges close exactly); a group
 * without any incident (hot only through its neighbours) is left out. cls gives
 * each cell's confidence class, counts the category's incidents per cell; the study area A and
 * the total N are the sums over all cells of the grid. Hotspots are appended to *v (*n of them,
 * *cap allocated) ordered by incidents (descending), then by their lowest cell. hours, peak
 * hours and the trend fields are left zero. TRYGG_E_GEOM when a union fails. */
trygg_status trygg_hotspots_merge(trygg_ctx *ctx, GEOSContextHandle_t geos, const trygg_grid *g, trygg_category cat,
                                  const bool *hot, const int *cls, const double *counts, trygg_hotspot **v, size_t *n,
                                  size_t *cap);

#endif

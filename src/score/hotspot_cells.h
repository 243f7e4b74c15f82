/*
 * What the cells of the hotspot grid hold (src/score/hotspot_cells.c). A cell is located
 * exactly (trygg_grid_locate_exact) when `exact`: over a study-area boundary that cut the cells.
 */
#ifndef TRYGG_SCORE_HOTSPOT_CELLS_H
#define TRYGG_SCORE_HOTSPOT_CELLS_H

#include <stdbool.h>
#include <stddef.h>

#include "score/hotspot.h"
#include "trygg/data.h"

/* The per-cell arrays of r for r->ncells cells: counts zero, figures NAN. */
void trygg__hotspot_cells_alloc(trygg_hotspot_result *r);

/* Each incident's cell (incident_cell; incidents outside the grid counted), the counts per cell
 * and category, the hours of the week over the area and, with periods, the counts in period a
 * and b; then which categories have incidents in the grid (analysed). incidents may be NULL. */
void trygg__hotspot_cells_count(trygg_hotspot_result *r, const trygg_incidents *incidents, bool exact, double off,
                                bool summer);

/* Each place's cell by its midpoint (mxy, interleaved x, y): its cell_id, the cells' places and
 * street length; the place's hotspot fields reset. The cell of each place (SIZE_MAX outside),
 * caller frees. */
size_t *trygg__hotspot_cells_places(trygg_hotspot_result *r, trygg_places *places, const double *mxy, bool exact);

/* The place's figures of its cell (pcell from trygg__hotspot_cells_places): vandalism's Gi* z
 * and class. */
void trygg__hotspot_cells_place_figures(const trygg_hotspot_result *r, trygg_places *places, const size_t *pcell);

/* PAI on street length (Chainey, Tompson & Uhlig 2008's index with street length for area, as
 * patrols and planners work on streets): a hotspot's street is the length of the places whose
 * midpoints lie in its cells, L that of all places in the grid. x holds each category's counts
 * per cell at [category * ncells]. */
void trygg__hotspot_cells_street_pai(trygg_hotspot_result *r, const double *x);

#endif

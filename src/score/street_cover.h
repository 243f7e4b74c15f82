/*
 * The streets of all places as the lägesbild sums them up (src/score/street_cover.c): length by
 * lighting class, the share within reach of a lamp, and the length-weighted share watched by
 * buildings.
 */
#ifndef TRYGG_SCORE_STREET_COVER_H
#define TRYGG_SCORE_STREET_COVER_H

#include <stddef.h>

#include <geos_c.h>

#include "index/index.h"

typedef struct {
    size_t nplaces;
    const GEOSGeometry *const *geom; /* (multi)linestrings of the GEOS handle geos */
    const int *slot;                 /* lighting class slot per place, < nslots */
    const double *surveillance;      /* share watched per place; NAN unknown */
    size_t nlamps;                   /* 0: no lamps */
    const double *lamp_xy;           /* interleaved x, y */
    const trygg_index *lamp_idx;     /* over lamp_xy; NULL checks every lamp */
} trygg__street_cover_input;

/* Add each place's length to length_by_slot[slot] and set *street_m (the total), *lamp_share (the
 * share within cover_m of a lamp; NAN without lamps or street) and *watched_share (the
 * length-weighted surveillance share over the places that have one; NAN when none does). */
void trygg__street_cover(GEOSContextHandle_t geos, const trygg__street_cover_input *in, double cover_m,
                         double *length_by_slot, double *street_m, double *lamp_share, double *watched_share);

#endif

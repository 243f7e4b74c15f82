/*
 * The hotspot statistics' result (score/hotspot.h): freeing it, and the places' mean scores per
 * cell.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "score/hotspot.h"

void trygg_hotspot_fini(GEOSContextHandle_t geos, trygg_hotspot *h)
{
    if (!h)
        return;
    free(h->cells);
    if (h->geom)
        GEOSGeom_destroy_r(geos, h->geom);
    memset(h, 0, sizeof *h);
}

void trygg_hotspots_cell_scores(trygg_hotspot_result *r, const trygg_places *places)
{
    if (!r->grid)
        return;
    size_t n = r->ncells;
    double *sum = trygg__xcalloc(n * 4, sizeof *sum);
    for (size_t i = 0; i < places->n; i++) {
        const trygg_place *pl = &places->v[i];
        if (pl->cell_id < 1 || (size_t)pl->cell_id > n)
            continue;
        size_t c = (size_t)pl->cell_id - 1;
        sum[c * 4 + 0] += pl->vandalism_score;
        sum[c * 4 + 1] += pl->littering_score;
        sum[c * 4 + 2] += pl->visibility_score;
        sum[c * 4 + 3] += pl->safety_index;
    }
    for (size_t c = 0; c < n; c++)
        for (int k = 0; k < 4; k++)
            r->mean_scores[c * 4 + k] = r->n_places[c] ? sum[c * 4 + k] / r->n_places[c] : NAN;
    free(sum);
}

void trygg_hotspots_fini(trygg_hotspot_result *r)
{
    if (!r)
        return;
    for (size_t h = 0; h < r->nhotspots; h++)
        trygg_hotspot_fini(r->geos, &r->hotspots[h]);
    free(r->hotspots);
    trygg_grid_free(r->grid);
    free(r->count);
    free(r->kde);
    free(r->gi_z);
    free(r->gi_p);
    free(r->gi_q);
    free(r->cls);
    free(r->count_a);
    free(r->count_b);
    free(r->change);
    free(r->trend_p);
    free(r->trend);
    free(r->n_places);
    free(r->street_m);
    free(r->mean_scores);
    free(r->incident_cell);
    free(r->emerging);
    free(r->emerging_hot);
    free(r->emerging_cold);
    free(r->emerging_trend_z);
    free(r->emerging_trend_p);
    memset(r, 0, sizeof *r);
}

/*
 * What the cells of the hotspot grid hold (score/hotspot_cells.h): the result's arrays, the
 * incidents and places of each cell, the places' cell figures, and PAI on street length.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/hotspot_cells.h"
#include "score/periods.h"
#include "score/stats.h"

#define NCAT TRYGG_CAT_COUNT

void trygg__hotspot_cells_alloc(trygg_hotspot_result *r)
{
    size_t n = r->ncells;
    r->count = trygg__xcalloc(n * NCAT, sizeof *r->count);
    r->kde = trygg__xmalloc(n * NCAT * sizeof *r->kde);
    r->gi_z = trygg__xmalloc(n * NCAT * sizeof *r->gi_z);
    r->gi_p = trygg__xmalloc(n * NCAT * sizeof *r->gi_p);
    r->gi_q = trygg__xmalloc(n * NCAT * sizeof *r->gi_q);
    r->cls = trygg__xcalloc(n * NCAT, sizeof *r->cls);
    r->count_a = trygg__xcalloc(n * NCAT, sizeof *r->count_a);
    r->count_b = trygg__xcalloc(n * NCAT, sizeof *r->count_b);
    r->change = trygg__xmalloc(n * NCAT * sizeof *r->change);
    r->trend_p = trygg__xmalloc(n * NCAT * sizeof *r->trend_p);
    r->trend = trygg__xcalloc(n * NCAT, sizeof *r->trend);
    r->n_places = trygg__xcalloc(n, sizeof *r->n_places);
    r->street_m = trygg__xcalloc(n, sizeof *r->street_m);
    r->mean_scores = trygg__xmalloc(n * 4 * sizeof *r->mean_scores);
    for (size_t k = 0; k < n * NCAT; k++)
        r->kde[k] = r->gi_z[k] = r->gi_p[k] = r->gi_q[k] = r->change[k] = r->trend_p[k] = NAN;
    for (size_t k = 0; k < n * 4; k++)
        r->mean_scores[k] = NAN;
}

/* The cell of x, y: exact for cells the study area cut. */
static size_t cell_at(const trygg_hotspot_result *r, bool exact, double x, double y)
{
    return exact ? trygg_grid_locate_exact(r->grid, x, y) : trygg_grid_locate(r->grid, x, y);
}

void trygg__hotspot_cells_count(trygg_hotspot_result *r, const trygg_incidents *incidents, bool exact, double off,
                                bool summer)
{
    size_t n = r->ncells, ni = incidents ? incidents->n : 0;
    r->nincidents = ni;
    r->incident_cell = trygg__xmalloc((ni ? ni : 1) * sizeof *r->incident_cell);
    for (size_t i = 0; i < ni; i++) {
        const trygg_incident *e = &incidents->v[i];
        size_t c = cell_at(r, exact, e->x, e->y);
        r->incident_cell[i] = c == SIZE_MAX ? -1 : (int64_t)c + 1;
        if (c == SIZE_MAX) {
            r->incidents_outside++;
            continue;
        }
        r->count[c * NCAT + e->category]++;
        int how = trygg_hour_of_week(e->t_utc, off, summer);
        if (how >= 0)
            r->area_hours[e->category][how]++;
        if (r->have_periods && e->t_utc != TRYGG_TIME_UNKNOWN) {
            if (e->t_utc >= r->period_a.from && e->t_utc < r->period_a.to) {
                r->count_a[c * NCAT + e->category]++;
                r->area_a[e->category]++;
            }
            if (e->t_utc >= r->period_b.from && e->t_utc < r->period_b.to) {
                r->count_b[c * NCAT + e->category]++;
                r->area_b[e->category]++;
            }
        }
    }
    for (int c = 0; c < NCAT; c++)
        for (size_t i = 0; i < n && !r->analysed[c]; i++)
            r->analysed[c] = r->count[i * NCAT + c] > 0;
}

size_t *trygg__hotspot_cells_places(trygg_hotspot_result *r, trygg_places *places, const double *mxy, bool exact)
{
    size_t np = places->n;
    size_t *pcell = trygg__xmalloc((np ? np : 1) * sizeof *pcell);
    for (size_t i = 0; i < np; i++) {
        trygg_place *pl = &places->v[i];
        size_t c = cell_at(r, exact, mxy[2 * i], mxy[2 * i + 1]);
        pcell[i] = c;
        pl->cell_id = c == SIZE_MAX ? -1 : (int64_t)c + 1;
        if (c != SIZE_MAX) {
            r->n_places[c]++;
            r->street_m[c] += pl->length_m;
            r->street_total_m += pl->length_m;
        }
        pl->kde_vandalism = pl->kde_littering = pl->gi_z_vandalism = NAN;
        pl->hotspot_vandalism = 0;
    }
    return pcell;
}

void trygg__hotspot_cells_place_figures(const trygg_hotspot_result *r, trygg_places *places, const size_t *pcell)
{
    for (size_t i = 0; i < places->n; i++) {
        size_t c = pcell[i];
        if (c == SIZE_MAX || !r->analysed[TRYGG_CAT_VANDALISM])
            continue;
        places->v[i].gi_z_vandalism = r->gi_z[c * NCAT + TRYGG_CAT_VANDALISM];
        places->v[i].hotspot_vandalism = r->cls[c * NCAT + TRYGG_CAT_VANDALISM];
    }
}

void trygg__hotspot_cells_street_pai(trygg_hotspot_result *r, const double *x)
{
    size_t n = r->ncells;
    for (size_t h = 0; h < r->nhotspots; h++) {
        trygg_hotspot *hs = &r->hotspots[h];
        hs->street_m = 0.0;
        for (size_t k = 0; k < hs->ncells; k++)
            hs->street_m += r->street_m[hs->cells[k]];
        double N = 0.0;
        for (size_t i = 0; i < n; i++)
            N += x[(size_t)hs->category * n + i];
        hs->pai_length = trygg_pai(hs->incidents, N, hs->street_m, r->street_total_m);
    }
}

/*
 * Hours of the week and trends of the hotspot statistics (score/hotspot_trends.h): each
 * hotspot's incidents by hour of the week and period with its peak hours and exact Poisson
 * test, the area-wide test per category, and each cell's.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/internal.h"
#include "score/hotspot_trends.h"
#include "score/peak_hours.h"
#include "score/stats.h"
#include "score/trend_names.h"

#define NCAT TRYGG_CAT_COUNT

/* Poisson comparison of two period counts per cell, BH-adjusted across the cells with reports
 * when fdr is on, and the marks. */
static void cell_trends(trygg_hotspot_result *r, const trygg_config *cfg, trygg_category c, double ta, double tb)
{
    size_t n = r->ncells;
    double *p = trygg__xmalloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        size_t k = i * NCAT + c;
        double na = r->count_a[k], nb = r->count_b[k];
        r->change[k] = nb - na * tb / ta;
        p[i] = na + nb > 0 ? trygg_poisson_compare_p(r->count_a[k], r->count_b[k], ta, tb) : NAN;
    }
    if (cfg->fdr)
        trygg_fdr_bh(p, n, p);
    for (size_t i = 0; i < n; i++) {
        size_t k = i * NCAT + c;
        r->trend_p[k] = isnan(p[i]) ? 1.0 : p[i];
        r->trend[k] = trygg_trend_mark(r->count_a[k], r->count_b[k], ta, tb, p[i], cfg->trend_alpha);
    }
    free(p);
}

/* The hours of the week and the periods of each hotspot, from its category's incidents in its
 * cells; its peak hours and trend. */
static void hotspot_hours(trygg_hotspot_result *r, const trygg_config *cfg, const trygg_incidents *incidents, double ta,
                          double tb)
{
    size_t n = r->ncells, ni = incidents ? incidents->n : 0;
    double off = cfg->utc_offset_h;
    bool summer = cfg->eu_summer_time;
    size_t *owner = trygg__xmalloc(n * NCAT * sizeof *owner); /* (cell, category) -> hotspot */
    for (size_t k = 0; k < n * NCAT; k++)
        owner[k] = SIZE_MAX;
    for (size_t h = 0; h < r->nhotspots; h++)
        for (size_t k = 0; k < r->hotspots[h].ncells; k++)
            owner[r->hotspots[h].cells[k] * NCAT + r->hotspots[h].category] = h;
    for (size_t i = 0; i < ni; i++) {
        const trygg_incident *e = &incidents->v[i];
        if (r->incident_cell[i] < 0)
            continue;
        size_t h = owner[(size_t)(r->incident_cell[i] - 1) * NCAT + e->category];
        if (h == SIZE_MAX)
            continue;
        int how = trygg_hour_of_week(e->t_utc, off, summer);
        if (how >= 0)
            r->hotspots[h].hours[how]++;
        if (r->have_periods && e->t_utc != TRYGG_TIME_UNKNOWN) {
            r->hotspots[h].n_a += e->t_utc >= r->period_a.from && e->t_utc < r->period_a.to;
            r->hotspots[h].n_b += e->t_utc >= r->period_b.from && e->t_utc < r->period_b.to;
        }
    }
    free(owner);
    for (size_t h = 0; h < r->nhotspots; h++) {
        trygg_hotspot *hs = &r->hotspots[h];
        trygg_peak_hours(hs->hours, 3, 3, hs->peak_hours, sizeof hs->peak_hours);
        if (r->have_periods) {
            hs->trend_p = trygg_poisson_compare_p((uint64_t)hs->n_a, (uint64_t)hs->n_b, ta, tb);
            hs->trend = trygg_trend_mark(hs->n_a, hs->n_b, ta, tb, hs->trend_p, cfg->trend_alpha);
        }
    }
}

void trygg__hotspot_trends(trygg_hotspot_result *r, const trygg_config *cfg, const trygg_incidents *incidents)
{
    double ta = trygg_period_days(&r->period_a), tb = trygg_period_days(&r->period_b);
    if (r->nhotspots > 0)
        hotspot_hours(r, cfg, incidents, ta, tb);
    if (r->have_periods) {
        for (int c = 0; c < NCAT; c++) {
            r->area_trend_p[c] = trygg_poisson_compare_p(r->area_a[c], r->area_b[c], ta, tb);
            if (r->analysed[c])
                cell_trends(r, cfg, (trygg_category)c, ta, tb);
        }
    }
}

/*
 * Emerging hot spots over the hotspot stage's grid (src/score/emerging.c for the statistics):
 * the incidents of each analysed category binned by grid cell and local time step
 * ([spacetime] step: calendar month, quarter or week from Monday), from the step of the first
 * incident with a time to that of the last; cells are neighbours as in the hotspot stage
 * ([hotspots] band_m). With fewer than four steps nothing is classed (emerging_note says so).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/grid.h"
#include "io/io.h"
#include "pipeline/hotspots.h"
#include "score/emerging.h"

#define MIN_STEPS 4
#define CUBE_BYTES_PER_BIN 90.0
#define CUBES_SIDE_BY_SIDE 268435456.0 /* 256 MiB */

enum { STEP_MONTH, STEP_QUARTER, STEP_WEEK };

/* The local calendar day (days since 1970-01-01) of a UTC time under the [time] rule. */
static int64_t local_day(int64_t t, const trygg_config *cfg)
{
    int hour, weekday;
    trygg_io_local_time(t, cfg->utc_offset_h, cfg->eu_summer_time, &hour, &weekday);
    int64_t utc_hour = trygg__floor_div(t, 3600) - trygg__floor_div(t, 86400) * 24;
    int64_t d = ((hour - utc_hour) % 24 + 24) % 24;
    if (d > 12)
        d -= 24; /* west of Greenwich */
    return trygg__floor_div(t + d * 3600, 86400);
}

/* A running step number: months and quarters since year 0, weeks since a Monday. */
static int64_t step_of(int64_t day, int unit)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(day, &y, &m, &d);
    switch (unit) {
    case STEP_MONTH:
        return y * 12 + (m - 1);
    case STEP_QUARTER:
        return y * 4 + (m - 1) / 3;
    default:
        return trygg__floor_div(day + 3, 7); /* 1970-01-01 was a Thursday */
    }
}

static void step_label(int64_t step, int unit, char *buf, size_t size)
{
    if (unit == STEP_MONTH)
        snprintf(buf, size, "%04lld-%02d", (long long)trygg__floor_div(step, 12), (int)(step - trygg__floor_div(step, 12) * 12) + 1);
    else if (unit == STEP_QUARTER)
        snprintf(buf, size, "%04lldQ%d", (long long)trygg__floor_div(step, 4), (int)(step - trygg__floor_div(step, 4) * 4) + 1);
    else {
        int64_t y;
        int m, d;
        trygg__civil_from_days(step * 7 - 3, &y, &m, &d); /* the week's Monday */
        snprintf(buf, size, "%04lld-%02d-%02d", (long long)y, m, d);
    }
}

/* One category's space-time cube, binned, tested and classed cell by cell (a task of
 * trygg_emerging_compute: the categories write disjoint cells of r's arrays). */
typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    const trygg_incidents *incidents;
    trygg_hotspot_result *r;
    const trygg_neighbours *w;
    const int64_t *step;
    int64_t first;
    size_t T;
    size_t cat[TRYGG_CAT_COUNT];
    size_t ncat;
    trygg_status status[TRYGG_CAT_COUNT];
} cube_job;

static void category_cube(size_t task, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    cube_job *job = user;
    trygg_hotspot_result *r = job->r;
    size_t n = r->ncells, NC = TRYGG_CAT_COUNT, T = job->T, c = job->cat[task];
    /* zeroed by writing: counted into at random, a calloc'd cube's pages would each be read as
     * the shared zero page first and then copied, flushing the other threads' TLBs */
    double *x = trygg__xmalloc((n * T + 1) * sizeof *x), *z = trygg__xmalloc(n * T * sizeof *z);
    memset(x, 0, n * T * sizeof *x);
    double *p = trygg__xmalloc(n * T * sizeof *p), *zs = trygg__xmalloc(T * sizeof *zs);
    int *cls = trygg__xmalloc(n * T * sizeof *cls), *cs = trygg__xmalloc(T * sizeof *cs);
    for (size_t i = 0; i < job->incidents->n; i++)
        if (job->step[i] != INT64_MIN && job->incidents->v[i].category == (trygg_category)c)
            x[(size_t)(job->step[i] - job->first) * n + (size_t)(r->incident_cell[i] - 1)] += 1.0;
    /* Tasks share the context: it records errors, which counts over a valid cube do not raise. */
    job->status[task] = trygg_emerging_cube(job->ctx, job->w, T, (size_t)job->cfg->st_window, x,
                                            (uint64_t)job->cfg->seed, z, p, cls);
    for (size_t i = 0; i < n && job->status[task] == TRYGG_OK; i++) {
        size_t k = i * NC + c;
        for (size_t t = 0; t < T; t++) {
            zs[t] = z[t * n + i];
            cs[t] = cls[t * n + i];
            r->emerging_hot[k] += cs[t] > 0;
            r->emerging_cold[k] += cs[t] < 0;
        }
        r->emerging[k] = trygg_emerging_classify(cs, zs, T, &r->emerging_trend_z[k], &r->emerging_trend_p[k]);
    }
    free(x);
    free(z);
    free(p);
    free(zs);
    free(cls);
    free(cs);
}

trygg_status trygg_emerging_compute(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                    trygg_hotspot_result *r)
{
    trygg_status st = TRYGG_OK;
    size_t n = r->ncells, NC = TRYGG_CAT_COUNT;
    int unit = trygg__streq_ci(cfg->st_step, "month") ? STEP_MONTH : trygg__streq_ci(cfg->st_step, "week") ? STEP_WEEK
                                                                                                          : STEP_QUARTER;
    snprintf(r->emerging_unit, sizeof r->emerging_unit, "%s",
             unit == STEP_MONTH ? "month" : unit == STEP_WEEK ? "week" : "quarter");
    if (!incidents || !r->grid || n == 0) {
        snprintf(r->emerging_note, sizeof r->emerging_note, "%s", _("not computed: no incidents"));
        return TRYGG_OK;
    }
    int64_t first = INT64_MAX, last = INT64_MIN;
    int64_t *step = trygg__xmalloc((incidents->n + 1) * sizeof *step);
    for (size_t i = 0; i < incidents->n; i++) {
        step[i] = INT64_MIN;
        if (incidents->v[i].t_utc == TRYGG_TIME_UNKNOWN || i >= r->nincidents || r->incident_cell[i] < 1)
            continue;
        step[i] = step_of(local_day(incidents->v[i].t_utc, cfg), unit);
        first = step[i] < first ? step[i] : first;
        last = step[i] > last ? step[i] : last;
    }
    size_t T = last >= first ? (size_t)(last - first + 1) : 0;
    r->emerging_steps = T;
    if (T < MIN_STEPS) {
        snprintf(r->emerging_note, sizeof r->emerging_note, _("not computed: the incidents span %zu %s, fewer than %d"),
                 T, trygg_emerging_unit_words(r->emerging_unit, T), MIN_STEPS);
        free(step);
        return TRYGG_OK;
    }
    step_label(first, unit, r->emerging_first, sizeof r->emerging_first);
    step_label(last, unit, r->emerging_last, sizeof r->emerging_last);

    trygg_neighbours w = {0};
    double *ctr = trygg__xmalloc(2 * n * sizeof *ctr);
    trygg_grid_centroids(r->grid, ctr);
    st = trygg_neighbours_band(ctx, ctr, n, cfg->gi_band_m, &w);
    free(ctr);
    if (st != TRYGG_OK) {
        free(step);
        return st;
    }
    r->emerging = trygg__xcalloc(n * NC, sizeof *r->emerging);
    r->emerging_hot = trygg__xcalloc(n * NC, sizeof *r->emerging_hot);
    r->emerging_cold = trygg__xcalloc(n * NC, sizeof *r->emerging_cold);
    r->emerging_trend_z = trygg__xmalloc(n * NC * sizeof *r->emerging_trend_z);
    r->emerging_trend_p = trygg__xmalloc(n * NC * sizeof *r->emerging_trend_p);
    for (size_t k = 0; k < n * NC; k++)
        r->emerging_trend_z[k] = r->emerging_trend_p[k] = NAN;
    cube_job job = {ctx, cfg, incidents, r, &w, step, first, T, {0}, 0, {TRYGG_OK}};
    for (size_t c = 0; c < NC; c++)
        if (r->analysed[c])
            job.cat[job.ncat++] = c;
    /* The categories' cubes side by side, one task each, when two of them fit in CUBES_SIDE_BY_SIDE
     * bytes (about 90 bytes a bin, the exact null's classes included); a country's are one at a time,
     * so that the stage's peak is one cube's. */
    if ((double)n * (double)T * CUBE_BYTES_PER_BIN * 2.0 <= CUBES_SIDE_BY_SIDE)
        trygg__parallel_tasks(ctx, job.ncat, category_cube, &job);
    else
        for (size_t t = 0; t < job.ncat; t++)
            category_cube(t, trygg__geos(ctx), &job);
    for (size_t t = 0; t < job.ncat && st == TRYGG_OK; t++)
        st = job.status[t];
    free(step);
    trygg_neighbours_fini(&w);
    return st;
}

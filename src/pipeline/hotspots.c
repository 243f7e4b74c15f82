/*
 * The statistics stage's hotspot part (DESIGN.md section 5, "Kernel density", "Hotspots"), step
 * by step: periods (score/periods.h), the grid (geom/grid.h, geom/street_points.h), incidents
 * and places to cells (score/hotspot_cells.h), quartic kernel densities (score/stats.h), Getis-Ord
 * Gi* with Benjamini-Hochberg FDR per category over the threads (score/gistar_method.h), hot
 * cells merged into hotspots (score/hotspot_merge.h), and hours of the week and trends
 * (score/hotspot_trends.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "geom/street_points.h"
#include "pipeline/hotspots.h"
#include "score/gistar_method.h"
#include "score/hotspot_cells.h"
#include "score/hotspot_merge.h"
#include "score/hotspot_trends.h"
#include "score/stats.h"

#define NCAT TRYGG_CAT_COUNT

static double clock_s(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Gi* of the analysed categories, one task each: values x, z-scores z, p-values p, q-values q
 * and classes cls of category c at [c * n]. */
typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    const trygg_neighbours *w;
    const double *x;
    double *z, *p, *q;
    int *cls;
    int cat[NCAT];
    size_t order[NCAT]; /* the tasks in the order they are handed out */
    trygg_status status[NCAT];
    bool shared[NCAT];
    size_t ncat;
} gistar_job;

static void gistar_category(size_t i, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    gistar_job *job = user;
    size_t t = job->order[i];
    size_t n = job->w->n, off = (size_t)job->cat[t] * n;
    /* one seed per category, so that adding a category does not change another's draws */
    uint64_t seed = (uint64_t)job->cfg->seed * 1000003u + (uint64_t)job->cat[t];
    /* Tasks share the context: it records errors, which counts (finite, n >= 2) do not raise. */
    job->status[t] = trygg_hotspots_gistar(job->ctx, job->cfg, job->w, job->x + off, seed, job->z + off, job->p + off,
                                           &job->shared[t]);
    if (job->status[t] == TRYGG_OK)
        trygg_hotspot_classes(job->z + off, job->p + off, n, job->cfg->fdr, job->cls + off, job->q + off);
}

/* One run of the stage. */
typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    trygg_places *places;
    const trygg_incidents *incidents;
    const GEOSGeometry *boundary;
    GEOSContextHandle_t geos;
    trygg_hotspot_result r;
    double *mxy; /* place midpoints: each place belongs to the cell of its midpoint */
    double *cxy; /* cell centroids */
    size_t *pcell;
    trygg_neighbours w;
    double *x; /* each analysed category's counts per cell, at [category * ncells] */
} hotspot_run;

/* Periods first: a bad one is a configuration error before any work. */
static trygg_status resolve_periods(hotspot_run *s)
{
    const trygg_config *cfg = s->cfg;
    trygg_hotspot_result *r = &s->r;
    double off = cfg->utc_offset_h;
    bool summer = cfg->eu_summer_time;
    size_t ni = s->incidents ? s->incidents->n : 0;
    int64_t latest = TRYGG_TIME_UNKNOWN;
    for (size_t i = 0; i < ni; i++)
        if (s->incidents->v[i].t_utc != TRYGG_TIME_UNKNOWN && s->incidents->v[i].t_utc > latest)
            latest = s->incidents->v[i].t_utc;
    if (latest != TRYGG_TIME_UNKNOWN)
        trygg_periods_default(latest, off, summer, &r->period_a, &r->period_b);
    if (cfg->period_b && !trygg_period_parse(cfg->period_b, off, summer, &r->period_b))
        return trygg__fail(s->ctx, TRYGG_E_CONFIG, "[periods] period_b = '%s' is not YYYY-MM-DD/YYYY-MM-DD",
                           cfg->period_b);
    if (cfg->period_a && !trygg_period_parse(cfg->period_a, off, summer, &r->period_a))
        return trygg__fail(s->ctx, TRYGG_E_CONFIG, "[periods] period_a = '%s' is not YYYY-MM-DD/YYYY-MM-DD",
                           cfg->period_a);
    if (cfg->period_b && !cfg->period_a) /* the 12 months before the given period b */
        trygg_period_year_before(&r->period_b, off, summer, &r->period_a);
    r->have_periods = latest != TRYGG_TIME_UNKNOWN || (cfg->period_a && cfg->period_b) || cfg->period_b;
    return TRYGG_OK;
}

/* The grid: the study-area boundary's cells, clipped; without a boundary, the study area is
 * where the streets are: the cells within one cell of a place (a sparse grid, so that towns far
 * apart do not make a lattice over the sea and forest between them). Then the cells' arrays. */
static trygg_status make_grid(hotspot_run *s)
{
    const trygg_config *cfg = s->cfg;
    trygg_hotspot_result *r = &s->r;
    trygg_grid_kind kind = trygg__streq_ci(cfg->grid_kind, "square") ? TRYGG_GRID_SQUARE : TRYGG_GRID_HEX;
    double size = cfg->grid_cell_m > 0 ? cfg->grid_cell_m : TRYGG_GRID_HEX_DEFAULT_M;
    size_t np = s->places->n;
    trygg_status st;
    s->mxy = trygg__xmalloc((np ? np : 1) * 2 * sizeof *s->mxy);
    for (size_t i = 0; i < np; i++) {
        const trygg_place *pl = &s->places->v[i];
        trygg_geom_point_at(pl->xy, pl->nv, pl->length_m / 2.0, &s->mxy[2 * i], &s->mxy[2 * i + 1]);
    }
    if (s->boundary) {
        if ((st = trygg_grid_new_clipped(s->ctx, kind, size, s->geos, s->boundary, &r->grid)) != TRYGG_OK)
            return st;
    } else {
        size_t nsp = 0;
        double *sp = trygg__street_points(s->places, s->mxy, size / 2.0, &nsp);
        st = trygg_grid_new_near(s->ctx, kind, size, sp, nsp, &r->grid);
        free(sp);
        if (st != TRYGG_OK)
            return st;
    }
    size_t n = r->ncells = trygg_grid_count(r->grid);
    for (size_t i = 0; i < n; i++)
        r->study_area_m2 += trygg_grid_cell_get(r->grid, i)->area_m2;
    trygg__info(s->ctx, "hotspots: %zu grid cells of %g m (%.1f km2)", n, size, r->study_area_m2 / 1e6);
    trygg__hotspot_cells_alloc(r);
    return TRYGG_OK;
}

/* Kernel density per category at cell centroids, and of vandalism and littering at place
 * midpoints. */
static trygg_status densities(hotspot_run *s)
{
    trygg_hotspot_result *r = &s->r;
    const trygg_incidents *incidents = s->incidents;
    size_t n = r->ncells, np = s->places->n, ni = incidents ? incidents->n : 0;
    trygg_status st = TRYGG_OK;
    double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    s->cxy = trygg__xmalloc(2 * n * sizeof *s->cxy);
    trygg_grid_centroids(r->grid, s->cxy);
    double *evxy = trygg__xmalloc((ni ? ni : 1) * 2 * sizeof *evxy);
    double *dens = trygg__xmalloc((n > np ? n : np ? np : 1) * sizeof *dens);
    for (int c = 0; c < NCAT && st == TRYGG_OK; c++) {
        if (!r->analysed[c])
            continue;
        size_t m = 0;
        for (size_t i = 0; i < ni; i++)
            if (incidents->v[i].category == (trygg_category)c) {
                evxy[2 * m] = incidents->v[i].x;
                evxy[2 * m + 1] = incidents->v[i].y;
                m++;
            }
        if ((st = trygg_kde_quartic(s->ctx, evxy, NULL, m, s->cxy, n, s->cfg->kde_bandwidth_m, dens)) != TRYGG_OK)
            break;
        for (size_t i = 0; i < n; i++)
            r->kde[i * NCAT + c] = dens[i];
        if (c == TRYGG_CAT_VANDALISM || c == TRYGG_CAT_LITTERING) {
            if ((st = trygg_kde_quartic(s->ctx, evxy, NULL, m, s->mxy, np, s->cfg->kde_bandwidth_m, dens)) !=
                TRYGG_OK)
                break;
            for (size_t i = 0; i < np; i++) {
                if (c == TRYGG_CAT_VANDALISM)
                    s->places->v[i].kde_vandalism = dens[i];
                else
                    s->places->v[i].kde_littering = dens[i];
            }
        }
    }
    free(evxy);
    free(dens);
    r->kde_s = clock_s(CLOCK_MONOTONIC) - t0;
    r->kde_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    return st;
}

/* Getis-Ord Gi* per category (the categories over the threads), classes after FDR. */
static trygg_status gistar(hotspot_run *s, gistar_job *job)
{
    trygg_ctx *ctx = s->ctx;
    const trygg_config *cfg = s->cfg;
    trygg_hotspot_result *r = &s->r;
    size_t n = r->ncells;
    trygg_status st = TRYGG_OK;
    if (n >= 2 && (st = trygg_neighbours_band(ctx, s->cxy, n, cfg->gi_band_m, &s->w)) != TRYGG_OK)
        return st;
    for (int c = 0; c < NCAT && n >= 2; c++) {
        if (!r->analysed[c])
            continue;
        for (size_t i = 0; i < n; i++)
            s->x[(size_t)c * n + i] = r->count[i * NCAT + c];
        job->cat[job->ncat++] = c;
        trygg__info(ctx, "hotspots: Gi* of %s over %zu cells, %s p-values", trygg_category_name((trygg_category)c),
                    n, cfg->gi_p_method ? cfg->gi_p_method : "exact");
    }
    /* Largest categories first (most reports, the longest exact tables), so that the threads
     * finish together (longest-processing-time-first order, Graham 1969). The results do not
     * depend on the order. */
    double total[NCAT] = {0};
    for (size_t t = 0; t < job->ncat; t++) {
        job->order[t] = t;
        for (size_t i = 0; i < n; i++)
            total[t] += s->x[(size_t)job->cat[t] * n + i];
    }
    for (size_t t = 1; t < job->ncat; t++)
        for (size_t u = t; u > 0 && total[job->order[u]] > total[job->order[u - 1]]; u--) {
            size_t o = job->order[u];
            job->order[u] = job->order[u - 1];
            job->order[u - 1] = o;
        }
    if (cfg->gi_p_method && trygg__streq_ci(cfg->gi_p_method, "permutation"))
        for (size_t t = 0; t < job->ncat; t++) /* the permutations use the threads within a category */
            gistar_category(t, s->geos, job);
    else
        trygg__parallel_tasks(ctx, job->ncat, gistar_category, job);
    for (size_t t = 0; t < job->ncat && st == TRYGG_OK; t++) {
        int c = job->cat[t];
        if (job->status[t] != TRYGG_OK) /* not reached with counts (finite, n >= 2): say so all the same */
            st = trygg__fail(ctx, job->status[t], "hotspots: Gi* of %s failed", trygg_category_name((trygg_category)c));
        r->gi_p_shared_draws = r->gi_p_shared_draws || job->shared[t];
    }
    for (size_t t = 0; t < job->ncat && st == TRYGG_OK; t++) {
        int c = job->cat[t];
        size_t at = (size_t)c * n;
        for (size_t i = 0; i < n; i++) {
            size_t k = i * NCAT + c;
            r->gi_z[k] = job->z[at + i];
            r->gi_p[k] = job->p[at + i];
            r->gi_q[k] = job->q[at + i];
            r->cls[k] = job->cls[at + i];
        }
    }
    return st;
}

/* The hot cells of each category merged into hotspots, with PAI on street length. */
static trygg_status merge(hotspot_run *s, const gistar_job *job)
{
    trygg_hotspot_result *r = &s->r;
    size_t n = r->ncells;
    trygg_status st = TRYGG_OK;
    bool *hot = trygg__xmalloc((n ? n : 1) * sizeof *hot);
    for (size_t t = 0; t < job->ncat && st == TRYGG_OK; t++) {
        int c = job->cat[t];
        for (size_t i = 0; i < n; i++) {
            size_t k = i * NCAT + c;
            hot[i] = r->gi_z[k] > 0 && r->gi_q[k] <= s->cfg->hot_alpha;
            job->cls[i] = r->cls[k];
        }
        st = trygg_hotspots_merge(s->ctx, s->geos, r->grid, (trygg_category)c, hot, job->cls, s->x + (size_t)c * n,
                                  &r->hotspots, &r->nhotspots, &r->caphotspots);
    }
    free(hot);
    if (st == TRYGG_OK)
        trygg__hotspot_cells_street_pai(r, s->x);
    return st;
}

/* Gi* and the hotspots, timed apart. */
static trygg_status hotspots(hotspot_run *s)
{
    trygg_hotspot_result *r = &s->r;
    size_t n = r->ncells;
    double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    s->x = trygg__xmalloc(NCAT * n * sizeof *s->x);
    gistar_job job = {s->ctx, s->cfg, &s->w, s->x, NULL, NULL, NULL, NULL, {0}, {0}, {TRYGG_OK}, {false}, 0};
    job.z = trygg__xmalloc(NCAT * n * sizeof *job.z);
    job.p = trygg__xmalloc(NCAT * n * sizeof *job.p);
    job.q = trygg__xmalloc(NCAT * n * sizeof *job.q);
    job.cls = trygg__xmalloc(NCAT * n * sizeof *job.cls);
    trygg_status st = gistar(s, &job);
    r->gistar_s = clock_s(CLOCK_MONOTONIC) - t0;
    r->gistar_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    t0 = clock_s(CLOCK_MONOTONIC);
    c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    if (st == TRYGG_OK)
        st = merge(s, &job);
    free(job.z);
    free(job.p);
    free(job.q);
    free(job.cls);
    if (st != TRYGG_OK)
        return st;
    r->merge_s = clock_s(CLOCK_MONOTONIC) - t0;
    r->merge_cpu_s = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    return TRYGG_OK;
}

trygg_status trygg_hotspots_compute(trygg_ctx *ctx, const trygg_config *cfg, trygg_places *places,
                                    const trygg_incidents *incidents, const GEOSGeometry *boundary,
                                    trygg_hotspot_result *out)
{
    hotspot_run s = {.ctx = ctx, .cfg = cfg, .places = places, .incidents = incidents, .boundary = boundary};
    s.geos = s.r.geos = trygg__geos(ctx);
    trygg_status st = resolve_periods(&s);
    if (st == TRYGG_OK)
        st = make_grid(&s);
    if (st == TRYGG_OK) {
        trygg__hotspot_cells_count(&s.r, incidents, boundary != NULL, cfg->utc_offset_h, cfg->eu_summer_time);
        s.pcell = trygg__hotspot_cells_places(&s.r, places, s.mxy, boundary != NULL);
        st = densities(&s);
    }
    if (st == TRYGG_OK)
        st = hotspots(&s);
    if (st == TRYGG_OK) {
        trygg__hotspot_trends(&s.r, cfg, incidents);
        trygg__hotspot_cells_place_figures(&s.r, places, s.pcell);
        *out = s.r;
        memset(&s.r, 0, sizeof s.r);
    }
    trygg_hotspots_fini(&s.r);
    trygg_neighbours_fini(&s.w);
    free(s.cxy);
    free(s.mxy);
    free(s.pcell);
    free(s.x);
    return st;
}

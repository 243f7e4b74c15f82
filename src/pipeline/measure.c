#include <math.h>
#include <stdlib.h>

#include "core/internal.h"
#include "geom/geom.h"
#include "io/io.h"
#include "pipeline/measure.h"

/* ---- lighting ---- */

typedef struct {
    const trygg_config *cfg;
    const trygg_streets *streets;
    trygg_places *places;
    const trygg_lamps *lamps;
    const trygg_index *lamp_index;
    trygg_dark_runs *runs;
    trygg_lighting_params lp;
} lighting_job;

static void lighting_one(size_t i, GEOSContextHandle_t geos, void *user)
{
    lighting_job *job = user;
    const trygg_config *cfg = job->cfg;
    trygg_place *pl = &job->places->v[i];
    double env[4];
    trygg_geom_polyline_envelope(pl->xy, pl->nv, env);
    double reach = fmax(cfg->coverage_m, cfg->influence_m);
    trygg_idlist cand = {0};
    trygg_index_query(job->lamp_index, geos, env[0] - reach, env[1] - reach, env[2] + reach, env[3] + reach, &cand);
    /* Covered: some lamp of the lamp layer lies within coverage_m of the place. Elsewhere the
     * lamp data says nothing (it may simply not extend there), and OSM's lit tag is all
     * there is. */
    bool covered = false;
    for (size_t k = 0; k < cand.n && !covered; k++) {
        const trygg_lamp *l = &job->lamps->v[cand.v[k]];
        covered = trygg_geom_point_polyline_distance(l->x, l->y, pl->xy, pl->nv, NULL) <= cfg->coverage_m;
    }
    if (covered) {
        trygg_lighting_place(&job->lp, pl, job->lamps->v, cand.v, cand.n, &job->runs[i]);
    } else {
        int lit = pl->lit;
        pl->light_source = lit == TRYGG_LIT_YES  ? TRYGG_LIGHT_OSM_LIT_YES
                           : lit == TRYGG_LIT_NO ? TRYGG_LIGHT_OSM_LIT_NO
                                                 : TRYGG_LIGHT_NO_DATA;
        pl->lamps_near = 0;
    }
    trygg_idlist_fini(&cand);
}

void trygg_measure_lighting(trygg_ctx *ctx, const trygg_config *cfg, const trygg_streets *streets,
                            trygg_places *places, const trygg_lamps *lamps, const trygg_index *lamp_index,
                            trygg_dark_runs *runs)
{
    lighting_job job = {
        .cfg = cfg,
        .streets = streets,
        .places = places,
        .lamps = lamps,
        .lamp_index = lamp_index,
        .runs = runs,
        .lp =
            {
                .height_m = cfg->lamp_height_m,
                .lumen = cfg->lamp_lumen,
                .maintenance = cfg->maintenance,
                .step_m = cfg->sample_step_m,
                .influence_m = cfg->influence_m,
                .radius_m = cfg->lamp_radius_m,
                .dark_lux = cfg->dark_lux,
            },
    };
    trygg__parallel_for(ctx, places->n, lighting_one, &job);
}

/* ---- dark stretches ---- */

/* A stretch in the making: where it runs and how much of it lies on places of each conflict. */
typedef struct {
    double s0, s1, lux_min;
    double conflict_m[TRYGG_CONFLICT_COUNT];
} open_stretch;

static void emit_stretch(const trygg_config *cfg, const trygg_streets *streets, size_t street, const open_stretch *o,
                         trygg_dark_stretches *out)
{
    if (o->s1 - o->s0 < cfg->dark_min_m)
        return;
    const trygg_street *sv = &streets->v[street];
    trygg_dark_stretch *d = trygg_dark_stretches_push(out);
    d->xy = trygg_geom_substring(sv->xy, sv->nv, o->s0, o->s1, &d->nv);
    d->street = street;
    d->length_m = o->s1 - o->s0;
    d->lux_min = o->lux_min;
    /* the conflict of the places under most of it, when they are at least half of it */
    d->light_conflict = TRYGG_CONFLICT_NONE;
    double best = 0.5 * d->length_m;
    for (int k = 1; k < TRYGG_CONFLICT_COUNT; k++)
        if (o->conflict_m[k] >= best) {
            best = o->conflict_m[k];
            d->light_conflict = k;
        }
}

/* Places of a street are contiguous and ordered along it (trygg_geom_build_places), so a
 * run that ends where the next begins continues across the place boundary. */
void trygg_measure_dark_stretches(const trygg_config *cfg, const trygg_streets *streets, const trygg_places *places,
                                  const trygg_dark_runs *runs, trygg_dark_stretches *out)
{
    const double join_tol = 1e-6;
    size_t i = 0;
    while (i < places->n) {
        size_t street = places->v[i].street;
        open_stretch o = {0};
        bool open = false;
        for (; i < places->n && places->v[i].street == street; i++) {
            const trygg_place *pl = &places->v[i];
            int conflict = pl->light_conflict > 0 && pl->light_conflict < TRYGG_CONFLICT_COUNT ? pl->light_conflict : 0;
            for (size_t r = 0; r < runs[i].n; r++) {
                const trygg_dark_run *run = &runs[i].v[r];
                double a = pl->from_m + run->from_m, b = pl->from_m + run->to_m;
                if (open && a - o.s1 <= join_tol) {
                    o.s1 = b;
                    o.lux_min = fmin(o.lux_min, run->lux_min);
                    o.conflict_m[conflict] += b - a;
                    continue;
                }
                if (open)
                    emit_stretch(cfg, streets, street, &o, out);
                open = true;
                o = (open_stretch){.s0 = a, .s1 = b, .lux_min = run->lux_min};
                o.conflict_m[conflict] += b - a;
            }
        }
        if (open)
            emit_stretch(cfg, streets, street, &o, out);
    }
}

/* ---- incidents ---- */

bool trygg_measure_is_night(const trygg_config *cfg, int64_t t_utc)
{
    if (t_utc == TRYGG_TIME_UNKNOWN)
        return false;
    int hour, weekday;
    trygg_io_local_time(t_utc, cfg->utc_offset_h, cfg->eu_summer_time, &hour, &weekday);
    if (cfg->night_start_h > cfg->night_end_h) /* 18-06 wraps past midnight */
        return hour >= cfg->night_start_h || hour < cfg->night_end_h;
    return hour >= cfg->night_start_h && hour < cfg->night_end_h;
}

typedef struct {
    const trygg_places *places;
    const trygg_index *place_index;
    double snap_m;
    trygg_incidents *incidents;
} snap_job;

static void snap_one(size_t k, GEOSContextHandle_t geos, void *user)
{
    snap_job *job = user;
    trygg_incident *inc = &job->incidents->v[k];
    double r = job->snap_m;
    trygg_idlist cand = {0};
    trygg_index_query(job->place_index, geos, inc->x - r, inc->y - r, inc->x + r, inc->y + r, &cand);
    double best = INFINITY;
    size_t best_i = 0;
    /* Candidates come sorted, so ties go to the lowest seg_id. */
    for (size_t c = 0; c < cand.n; c++) {
        const trygg_place *pl = &job->places->v[cand.v[c]];
        double d = trygg_geom_point_polyline_distance(inc->x, inc->y, pl->xy, pl->nv, NULL);
        if (d < best) {
            best = d;
            best_i = cand.v[c];
        }
    }
    if (best <= r) {
        inc->seg_id = (int64_t)best_i + 1;
        inc->snap_dist_m = best;
    } else {
        inc->seg_id = -1;
        inc->snap_dist_m = NAN;
    }
    trygg_idlist_fini(&cand);
}

void trygg_measure_snap_incidents(trygg_ctx *ctx, const trygg_places *places, const trygg_index *place_index,
                                  double snap_m, trygg_incidents *incidents)
{
    snap_job job = {places, place_index, snap_m, incidents};
    trygg__parallel_for(ctx, incidents->n, snap_one, &job);
}

size_t trygg_measure_count_incidents(const trygg_config *cfg, trygg_places *places, const trygg_incidents *incidents)
{
    size_t snapped = 0;
    for (size_t k = 0; k < incidents->n; k++) {
        const trygg_incident *inc = &incidents->v[k];
        if (inc->seg_id < 1 || (size_t)inc->seg_id > places->n)
            continue;
        trygg_place *pl = &places->v[inc->seg_id - 1];
        pl->n_cat[inc->category]++;
        if (inc->t_utc == TRYGG_TIME_UNKNOWN)
            pl->n_unknown_time++;
        else if (trygg_measure_is_night(cfg, inc->t_utc))
            pl->n_night++;
        snapped++;
    }
    return snapped;
}

typedef struct {
    const trygg_config *cfg;
    trygg_dark_stretches *stretches;
    const trygg_incidents *incidents;
    const trygg_index *incident_index;
} stretch_job;

static void stretch_one(size_t i, GEOSContextHandle_t geos, void *user)
{
    stretch_job *job = user;
    trygg_dark_stretch *d = &job->stretches->v[i];
    double env[4];
    trygg_geom_polyline_envelope(d->xy, d->nv, env);
    double r = job->cfg->snap_m;
    trygg_idlist cand = {0};
    trygg_index_query(job->incident_index, geos, env[0] - r, env[1] - r, env[2] + r, env[3] + r, &cand);
    unsigned n = 0;
    trygg__strbuf ids = {0};
    /* Candidates come sorted by index, so the ids are in incident_id order. */
    for (size_t c = 0; c < cand.n; c++) {
        const trygg_incident *inc = &job->incidents->v[cand.v[c]];
        if (trygg_measure_is_night(job->cfg, inc->t_utc) &&
            trygg_geom_point_polyline_distance(inc->x, inc->y, d->xy, d->nv, NULL) <= r) {
            n++;
            /* incident_id of the incidents layer: the incident's index + 1 */
            trygg__sb_printf(&ids, "%s%zu", ids.n ? "," : "", cand.v[c] + 1);
        }
    }
    d->night_incidents_near = n;
    d->night_incident_ids = ids.n ? trygg__sb_steal(&ids) : NULL;
    trygg_idlist_fini(&cand);
}

void trygg_measure_stretch_incidents(trygg_ctx *ctx, const trygg_config *cfg, trygg_dark_stretches *stretches,
                                     const trygg_incidents *incidents, const trygg_index *incident_index)
{
    stretch_job job = {cfg, stretches, incidents, incident_index};
    trygg__parallel_for(ctx, stretches->n, stretch_one, &job);
}

/* ---- network kernel density of vandalism and littering (src/score/nkde.c) ---- */

void trygg_nkde_incidents(trygg_ctx *ctx, trygg_places *places, const trygg_incidents *incidents, double bandwidth_m)
{
    static const trygg_category cats[2] = {TRYGG_CAT_VANDALISM, TRYGG_CAT_LITTERING};
    trygg_nkde_event *ev = trygg__xmalloc((incidents->n + 1) * sizeof *ev);
    double *dens = trygg__xmalloc((places->n + 1) * sizeof *dens);
    for (int c = 0; c < 2; c++) {
        size_t n = 0;
        for (size_t k = 0; k < incidents->n; k++) {
            const trygg_incident *inc = &incidents->v[k];
            if (inc->category != cats[c] || inc->seg_id < 1 || (size_t)inc->seg_id > places->n)
                continue;
            const trygg_place *pl = &places->v[inc->seg_id - 1];
            double along = 0.0;
            trygg_geom_point_polyline_distance(inc->x, inc->y, pl->xy, pl->nv, &along);
            ev[n++] = (trygg_nkde_event){(size_t)(inc->seg_id - 1), along};
        }
        trygg_nkde_places(ctx, places, ev, n, bandwidth_m, dens);
        for (size_t i = 0; i < places->n; i++) {
            if (c == 0)
                places->v[i].nkde_vandalism = dens[i];
            else
                places->v[i].nkde_littering = dens[i];
        }
    }
    free(dens);
    free(ev);
}

/*
 * The pipeline of DESIGN.md section 2. Each stage is a function over the run state; the
 * per-place work (lighting, snapping) runs on all cores with one GEOS handle per thread. The
 * buildings and points of interest, which only the surroundings stage uses, are read on a thread
 * of their own from the load stage on (src/pipeline/surroundings_read.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/geom.h"
#include "index/index.h"
#include "io/io.h"
#include "io/output_set.h"
#include "pipeline/focus.h"
#include "pipeline/hotspots.h"
#include "pipeline/measure.h"
#include "pipeline/nearrepeat.h"
#include "pipeline/output_layers.h"
#include "pipeline/plan_stage.h"
#include "pipeline/register_stage.h"
#include "plan/register.h"
#include "pipeline/reports.h"
#include "pipeline/run_postgis.h"
#include "pipeline/surroundings.h"
#include "pipeline/surroundings_read.h"
#include "score/emerging.h"
#include "score/score.h"
#include "trygg/partition.h"
#include "trygg/run.h"

typedef struct {
    trygg_ctx *ctx;
    const trygg_config *cfg;
    const trygg_run_options *opt;
    trygg__surroundings_read *bg; /* the buildings and points of interest read on a thread, until joined */
    trygg_streets streets;
    trygg_lamps lamps;
    trygg_incidents incidents;
    trygg_incidents sensitive; /* [privacy] sensitive categories: kept out of every place and cell analysis */
    trygg_focus_result focus;  /* their counts by area (focus_areas) */
    trygg_input_report reports[5]; /* streets, lamps, incidents, buildings, pois */
    bool have_lamps, have_incidents;
    trygg_buildings buildings;
    trygg_pois pois;
    bool have_buildings, have_pois;
    size_t nbuildings, nbuildings_repaired, npois; /* kept when they are freed after the surroundings */
    trygg_kv model_info; /* the Poisson models, appended to run_info */
    trygg_places places;
    trygg_network_stats network; /* how the streets became places */
    trygg_lamp_evidence_summary lamp_evidence;
    trygg_dark_runs *dark_runs; /* per place */
    trygg_dark_stretches stretches;
    trygg_index *lamp_index, *place_index, *incident_index;
    trygg_kv run_info;
    trygg_hotspot_result hot; /* grid, kernel density, Gi*, hotspots, trends */
    trygg_run_summary summary;
    bool released; /* places, streets, lamps and dark stretches freed once written (release_written) */
    /* stage clock */
    double stage_wall0, stage_cpu0;
} run_state;

static double now_s(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double peak_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* ru_maxrss is in KiB on Linux */
}

#define NREPORTS 5
static const char *const stage_names[] = {"load",     "prepare", "index", "measure", "surroundings", "statistics",
                                          "hotspots", "score",   "write", "plan",    "report"};
enum { STAGE_COUNT = sizeof stage_names / sizeof stage_names[0] };

static trygg_status join_surroundings_read(run_state *st, trygg_status s, bool wait);

/* Close the running stage's clock and open the next; FALSE from the progress callback cancels. */
static trygg_status stage_begin(run_state *st, size_t stage)
{
    double wall = now_s(CLOCK_MONOTONIC), cpu = now_s(CLOCK_PROCESS_CPUTIME_ID);
    if (stage > 0) {
        trygg_stage_timing *t = &st->summary.stages[st->summary.nstages++];
        t->name = stage_names[stage - 1];
        t->wall_s = wall - st->stage_wall0;
        t->cpu_s = cpu - st->stage_cpu0;
        t->peak_mb = peak_mb();
    }
    st->stage_wall0 = wall;
    st->stage_cpu0 = cpu;
    if (stage < STAGE_COUNT && ((st->opt->progress && !st->opt->progress((double)stage / STAGE_COUNT,
                                                                          stage_names[stage], st->opt->progress_arg)) ||
                                trygg__interrupted(st->ctx)))
        return trygg__fail(st->ctx, TRYGG_E_INTERRUPTED, "interrupted before stage '%s'; nothing was written",
                           stage_names[stage]);
    /* The buildings and points of interest as soon as they are read (after the interrupt check:
     * an interrupt that also stopped their reading is reported as the run's own): a broken layer
     * stops the run here rather than after the measure stage. */
    return join_surroundings_read(st, TRYGG_OK, false);
}

/* ---- load ---- */

static trygg_status interrupted_loading(trygg_ctx *ctx)
{
    return trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted while loading the inputs; nothing was written");
}

/* What the read of the buildings and points of interest brought, into the run state. */
static void take_surroundings_layers(run_state *st, trygg__surroundings_layers *l)
{
    for (int i = 0; i < 2; i++)
        st->reports[3 + i] = l->reports[i];
    trygg_buildings_fini(&st->buildings);
    trygg_pois_fini(&st->pois);
    st->buildings = l->buildings;
    st->pois = l->pois;
    st->have_buildings = l->have_buildings;
    st->have_pois = l->have_pois;
}

/* Join the background read of the buildings and points of interest (at once when wait, else only
 * once it has finished) and take what it read, as if the load stage had read it itself after
 * the incidents (trygg__surroundings_read_join). Returns the run's status after it. Always called
 * before the run state is freed. */
static trygg_status join_surroundings_read(run_state *st, trygg_status s, bool wait)
{
    if (!st->bg || (!wait && !trygg__surroundings_read_done(st->bg)))
        return s;
    trygg__surroundings_layers l = {0};
    bool taken = false;
    s = trygg__surroundings_read_join(st->bg, st->ctx, s, &l, &taken);
    st->bg = NULL;
    if (taken)
        take_surroundings_layers(st, &l);
    return s;
}

static trygg_status load_inputs(run_state *st)
{
    trygg_ctx *ctx = st->ctx;
    const trygg_config *cfg = st->cfg;
    trygg_status s;
    if (!cfg->streets.source)
        return trygg__fail(ctx, TRYGG_E_USAGE, "no streets layer: give --streets SRC[:LAYER] or [streets] source");
    if ((s = trygg_io_read_streets(ctx, cfg, cfg->crs, &st->streets, &st->reports[0])) != TRYGG_OK)
        return s;
    /* The study area for the point layers' plausibility check: the streets' extent plus margin_m. */
    double env[4];
    if (trygg_streets_extent(&st->streets, env))
        trygg_ctx_set_study_extent(ctx, env, cfg->margin_m);
    if (trygg__interrupted(ctx))
        return interrupted_loading(ctx);
    /* The buildings and points of interest on a thread of their own from here. */
    st->bg = trygg__surroundings_read_start(ctx, cfg, st->opt);
    if (cfg->lamps.source) {
        s = trygg_io_read_lamps(ctx, cfg, cfg->crs, &st->lamps, &st->reports[1]);
        if ((s = trygg__read_optional(ctx, st->opt, s, &st->reports[1], "lamps", &st->have_lamps)) != TRYGG_OK)
            return s;
    } else {
        trygg__warn(ctx, "no lamp layer given: lighting is not assessed");
    }
    if (trygg__interrupted(ctx))
        return interrupted_loading(ctx);
    bool have_incidents = false;
    if (cfg->incidents.source) {
        s = trygg_io_read_incidents(ctx, cfg, cfg->crs, &st->incidents, &st->reports[2]);
        if ((s = trygg__read_optional(ctx, st->opt, s, &st->reports[2], "incidents", &have_incidents)) != TRYGG_OK)
            return s;
        /* Sensitive categories leave here, before any place, cell or point layer sees them: they
         * are counted by area only (focus_areas). */
        bool sensitive[TRYGG_CAT_ALL_COUNT];
        trygg_config_sensitive(cfg, sensitive, NULL);
        trygg_incidents_split(&st->incidents, sensitive, &st->sensitive);
        st->have_incidents = have_incidents && st->incidents.n > 0;
    } else {
        trygg__warn(ctx, "no incident layer given: incident counts are zero and scores rest on lighting");
    }
    if (trygg__interrupted(ctx))
        return interrupted_loading(ctx);
    if (st->bg) {
        /* Here the buildings and points of interest would have been read: the thread's warnings
         * are shown when it is joined, and the run's own from here on after them. */
        trygg__surroundings_read_after_load(st->bg, ctx);
        return TRYGG_OK;
    }
    trygg__surroundings_layers l = {0};
    s = trygg__surroundings_read_now(ctx, cfg, st->opt, &l);
    take_surroundings_layers(st, &l);
    return s;
}

/* The inputs; the buildings and points of interest may still be on their way (st->bg, joined by
 * the surroundings stage or on the way out). */
static trygg_status stage_load(run_state *st)
{
    trygg_status s = load_inputs(st);
    trygg_ctx_set_study_extent(st->ctx, NULL, 0); /* set for the point layers only */
    return s;
}

/* ---- index ---- */

static void place_envelope(size_t i, double env[4], void *user)
{
    const trygg_places *p = user;
    trygg_geom_polyline_envelope(p->v[i].xy, p->v[i].nv, env);
}

/* The three trees are independent (each index has a GEOS handle of its own): one task each. */
static void build_index(size_t k, GEOSContextHandle_t geos, void *user)
{
    (void)geos;
    run_state *st = user;
    if (k == 0)
        st->place_index = trygg_index_new(st->ctx, st->places.n, place_envelope, &st->places);
    else if (k == 1 && st->have_lamps)
        st->lamp_index = trygg_index_new_points(st->ctx, &st->lamps.v[0].x, st->lamps.n,
                                                sizeof(trygg_lamp) / sizeof(double));
    else if (k == 2 && st->have_incidents)
        st->incident_index = trygg_index_new_points(st->ctx, &st->incidents.v[0].x, st->incidents.n,
                                                    sizeof(trygg_incident) / sizeof(double));
}

static trygg_status stage_index(run_state *st)
{
    trygg__parallel_tasks(st->ctx, 3, build_index, st);
    if (!st->place_index || (st->have_lamps && !st->lamp_index) || (st->have_incidents && !st->incident_index))
        return trygg__fail(st->ctx, TRYGG_E_INTERNAL, "building the spatial indexes failed");
    return TRYGG_OK;
}

/* The dark runs of every place end up in the dark stretches; nothing reads them after. */
static void free_dark_runs(run_state *st)
{
    if (st->dark_runs)
        for (size_t i = 0; i < st->places.n; i++)
            trygg_dark_runs_fini(&st->dark_runs[i]);
    free(st->dark_runs);
    st->dark_runs = NULL;
}

static trygg_status stage_measure(run_state *st)
{
    st->dark_runs = trygg__xcalloc(st->places.n, sizeof *st->dark_runs);
    if (st->have_lamps) {
        trygg_measure_lighting(st->ctx, st->cfg, &st->streets, &st->places, &st->lamps, st->lamp_index,
                               st->dark_runs);
        trygg_lamp_evidence_params lp = {st->cfg->register_radius_m, st->cfg->register_sparse_ratio};
        trygg_lamp_evidence(st->ctx, &lp, &st->places, &st->lamps, st->lamp_index, &st->lamp_evidence);
    }
    trygg_measure_dark_stretches(st->cfg, &st->streets, &st->places, st->dark_runs, &st->stretches);
    free_dark_runs(st);
    if (st->have_incidents) {
        trygg_measure_snap_incidents(st->ctx, &st->places, st->place_index, st->cfg->snap_m, &st->incidents);
        st->summary.incidents_snapped = trygg_measure_count_incidents(st->cfg, &st->places, &st->incidents);
        trygg_measure_stretch_incidents(st->ctx, st->cfg, &st->stretches, &st->incidents, st->incident_index);
    }
    return TRYGG_OK;
}

/* ---- surroundings ---- */

static trygg_status stage_surroundings(run_state *st)
{
    trygg_status s = join_surroundings_read(st, TRYGG_OK, true);
    if (s != TRYGG_OK)
        return s;
    trygg_measure_surroundings(st->ctx, st->cfg, &st->places, st->have_buildings ? &st->buildings : NULL,
                               st->have_pois ? &st->pois : NULL);
    /* Only this stage reads the buildings and points of interest (a country's are more than a
     * gigabyte): freed now, their counts kept for run_info. */
    st->nbuildings = st->buildings.n;
    st->nbuildings_repaired = st->buildings.repaired;
    st->npois = st->pois.n;
    trygg_buildings_fini(&st->buildings);
    trygg_pois_fini(&st->pois);
    trygg__release_free_memory();
    return TRYGG_OK;
}

/* ---- statistics ---- */

static trygg_status stage_statistics(run_state *st)
{
    size_t n = st->places.n;
    if (!st->have_incidents) {
        for (size_t i = 0; i < n; i++)
            st->places.v[i].eb_vandalism = st->places.v[i].eb_littering = NAN;
        return TRYGG_OK;
    }
    double *counts = trygg__xcalloc(n, sizeof *counts);
    double *exposure = trygg__xcalloc(n, sizeof *exposure);
    double *rate = trygg__xcalloc(n, sizeof *rate);
    for (size_t i = 0; i < n; i++)
        exposure[i] = st->places.v[i].length_m / 100.0; /* rates per 100 m of street */
    for (size_t i = 0; i < n; i++)
        counts[i] = st->places.v[i].n_cat[TRYGG_CAT_VANDALISM] + st->places.v[i].n_cat[TRYGG_CAT_GRAFFITI];
    trygg_eb_rates(counts, exposure, n, rate);
    for (size_t i = 0; i < n; i++)
        st->places.v[i].eb_vandalism = rate[i];
    for (size_t i = 0; i < n; i++)
        counts[i] = st->places.v[i].n_cat[TRYGG_CAT_LITTERING];
    trygg_eb_rates(counts, exposure, n, rate);
    for (size_t i = 0; i < n; i++)
        st->places.v[i].eb_littering = rate[i];
    free(counts);
    free(exposure);
    free(rate);
    trygg_nkde_incidents(st->ctx, &st->places, &st->incidents, st->cfg->kde_bandwidth_m);
    return TRYGG_OK;
}

/* ---- hotspots: grid, kernel density, Gi*, hotspots, trends (src/pipeline/hotspots.c) ---- */

static trygg_status stage_hotspots(run_state *st)
{
    GEOSContextHandle_t geos = trygg__geos(st->ctx);
    GEOSGeometry *area = NULL;
    trygg_status s = TRYGG_OK;
    if (st->cfg->grid_boundary &&
        (s = trygg_io_read_area(st->ctx, st->cfg, st->cfg->grid_boundary, st->cfg->crs, geos, &area)) != TRYGG_OK)
        return s;
    s = trygg_hotspots_compute(st->ctx, st->cfg, &st->places, st->have_incidents ? &st->incidents : NULL, area,
                               &st->hot);
    /* The costly parts, as lines of their own in --timings (before the stage's own line):
     * kernel densities, Gi* (neighbours, z, p-values, classes) and the merging of hot cells into
     * hotspot polygons. */
    if (s == TRYGG_OK && st->summary.nstages + 4 <= TRYGG_MAX_STAGES) {
        st->summary.stages[st->summary.nstages++] =
            (trygg_stage_timing){"hotspots.kde", st->hot.kde_s, st->hot.kde_cpu_s, peak_mb()};
        st->summary.stages[st->summary.nstages++] =
            (trygg_stage_timing){"hotspots.gistar", st->hot.gistar_s, st->hot.gistar_cpu_s, peak_mb()};
        st->summary.stages[st->summary.nstages++] =
            (trygg_stage_timing){"hotspots.merge", st->hot.merge_s, st->hot.merge_cpu_s, peak_mb()};
    }
    if (area)
        GEOSGeom_destroy_r(geos, area);
    if (s == TRYGG_OK)
        s = trygg_emerging_compute(st->ctx, st->cfg, st->have_incidents ? &st->incidents : NULL, &st->hot);
    return s;
}

/* ---- score ---- */

static trygg_status stage_score(run_state *st)
{
    const trygg_config *cfg = st->cfg;
    trygg_score_params sp = {
        .w_vandalism_observed = cfg->w_vandalism_observed,
        .w_vandalism_dark = cfg->w_vandalism_dark,
        .w_vandalism_hotspot = cfg->w_vandalism_hotspot,
        .w_littering_observed = cfg->w_littering_observed,
        .w_visibility_lighting = cfg->w_visibility_lighting,
        .w_safety_vandalism = cfg->w_safety_vandalism,
        .w_safety_littering = cfg->w_safety_littering,
        .w_safety_visibility = cfg->w_safety_visibility,
        .dark_lux = cfg->dark_lux,
        .lamp_radius_m = cfg->lamp_radius_m,
        .w_vandalism_surveillance = cfg->w_vandalism_surveillance,
        .w_vandalism_nightlife = cfg->w_vandalism_nightlife,
        .w_vandalism_transit = cfg->w_vandalism_transit,
        .w_littering_fast_food = cfg->w_littering_fast_food,
        .w_littering_transit = cfg->w_littering_transit,
        .w_littering_nightlife = cfg->w_littering_nightlife,
        .w_littering_baskets = cfg->w_littering_baskets,
        .w_visibility_surveillance = cfg->w_visibility_surveillance,
        .w_visibility_openness = cfg->w_visibility_openness,
        .w_visibility_activity = cfg->w_visibility_activity,
        .have_buildings = st->have_buildings,
        .have_pois = st->have_pois,
        .activity_radius_m = cfg->activity_radius_m,
        .surveillance_m = cfg->surveillance_m,
    };
    trygg_surroundings_models(cfg, &st->places, st->have_lamps, st->have_incidents, st->have_buildings,
                              st->have_pois, &sp, &st->model_info);
    trygg_score_places(st->ctx, &sp, &st->places, st->have_lamps, st->have_incidents);
    trygg_hotspots_cell_scores(&st->hot, &st->places);
    return TRYGG_OK;
}

/* ---- provenance ---- */

static void record_input(run_state *st, const trygg_input_report *r)
{
    if (!r->role)
        return;
    char key[128];
#define KEY(suffix) (snprintf(key, sizeof key, "input.%s.%s", r->role, suffix), key)
    trygg_kv_set(&st->run_info, KEY("path"), "%s", r->path ? r->path : "");
    trygg_kv_set(&st->run_info, KEY("layer"), "%s", r->layer ? r->layer : "");
    trygg_kv_set(&st->run_info, KEY("sha256"), "%s", r->sha256);
    trygg_kv_set(&st->run_info, KEY("crs"), "%s", r->source_crs ? r->source_crs : "");
    trygg_kv_set(&st->run_info, KEY("features_read"), "%zu", r->read);
    trygg_kv_set(&st->run_info, KEY("features_kept"), "%zu", r->kept);
    trygg_kv_set(&st->run_info, KEY("features_rejected"), "%zu", r->rejected);
    trygg__strbuf why = {0};
    for (size_t i = 0; i < r->nreasons; i++)
        trygg__sb_printf(&why, _("%s%s: %zu (first: %s)"), i ? "; " : "", r->reasons[i].reason, r->reasons[i].count,
                         r->reasons[i].example);
    char *w = trygg__sb_steal(&why);
    trygg_kv_set(&st->run_info, KEY("rejected_reasons"), "%s", *w ? w : _("none"));
    free(w);
    if (strcmp(r->role, "incidents") == 0) {
        trygg__strbuf um = {0};
        for (size_t i = 0; i < r->nunmapped; i++)
            trygg__sb_printf(&um, "%s'%s': %zu", i ? "; " : "", r->unmapped[i].value, r->unmapped[i].count);
        char *u = trygg__sb_steal(&um);
        trygg_kv_set(&st->run_info, KEY("unmapped_categories_counted_as_other"), "%s", *u ? u : _("none"));
        free(u);
        trygg_kv_set(&st->run_info, KEY("time_unparsed_kept_without_time"), "%zu", r->time_unparsed);
        trygg_kv_set(&st->run_info, KEY("synthetic"), "%s",
                     (r->synthetic || st->cfg->synthetic_incidents) ? "yes: SYNTHETIC incidents, not real reports"
                                                                     : "no");
    }
#undef KEY
}

/* Which privacy rules applied (docs/NOTES.md "Focus areas and privacy"). */
static void record_privacy(run_state *st)
{
    trygg_kv *kv = &st->run_info;
    const trygg_config *cfg = st->cfg;
    bool sensitive[TRYGG_CAT_ALL_COUNT];
    trygg_config_sensitive(cfg, sensitive, NULL);
    trygg__strbuf names = {0}, counts = {0};
    for (int c = 0; c < TRYGG_CAT_ALL_COUNT; c++) {
        if (!sensitive[c])
            continue;
        size_t n = 0;
        for (size_t i = 0; i < st->sensitive.n; i++)
            n += st->sensitive.v[i].category == (trygg_category)c;
        trygg__sb_printf(&names, "%s%s", names.n ? ", " : "", trygg_category_name((trygg_category)c));
        trygg__sb_printf(&counts, "%s%s %zu", counts.n ? ", " : "", trygg_category_name((trygg_category)c), n);
    }
    char *nm = trygg__sb_steal(&names), *ct = trygg__sb_steal(&counts);
    trygg_kv_set(kv, "privacy.sensitive",
                 _("%s (never as points or in place- or cell-level counts; counted by area only, in focus_areas: "
                   "violence_close and fraud_elderly each, the others together in n_other_sensitive)"),
                 nm);
    trygg_kv_set(kv, "privacy.sensitive_incidents",
                 _("%zu (%s): left out of incidents, street_segments, grid_cells, hotspots, emerging hot spots, near "
                   "repeat, kernel densities, scores, measures at places and the area reports"),
                 st->sensitive.n, ct);
    free(nm);
    free(ct);
    trygg_kv_set(kv, "privacy.internal", "%s",
                 trygg_config_privacy_strict(cfg)
                     ? _("strict: the sensitive incidents appear as area totals only (focus_areas)")
                     : _("full: the sensitive incidents are also kept as points in the layer sensitive_incidents "
                         "(internal, not for sharing), outside every analysis"));
    trygg_kv_set(kv, "privacy.min_count",
                 _("%d (the smallest count that documents for readers outside the municipality and the police may "
                   "show)"),
                 cfg->privacy_min_count);
}

static void record_run_info(run_state *st)
{
    trygg_kv *kv = &st->run_info;
    const trygg_config *cfg = st->cfg;
    trygg_kv_set(kv, "trygg_version", "%s", TRYGG_VERSION);
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t t = sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    struct tm tm;
    char when[32];
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    trygg_kv_set(kv, "run_at", "%s", when);
    trygg_kv_set(kv, "study_area", "%s", cfg->name ? cfg->name : "");
    trygg_kv_set(kv, "crs", "%s", cfg->crs);
    trygg_kv_set(kv, "config_file", "%s", cfg->path ? cfg->path : _("(none: command-line options and defaults)"));
    char *dump = trygg_config_dump(cfg);
    trygg_kv_set(kv, "config", "%s", dump);
    free(dump);
    for (size_t i = 0; i < NREPORTS; i++)
        record_input(st, &st->reports[i]);
    trygg_kv_set(kv, "lighting_assessed", "%s",
                 st->have_lamps ? _("yes: illuminance estimated from the lamp layer")
                                : _("no: no lamp layer was given, lighting fields are empty"));
    trygg_kv_set(kv, "incidents_given", "%s",
                 st->have_incidents ? _("yes") : _("no: no incident layer was given, counts are zero"));
    if (st->have_incidents && (st->reports[2].synthetic || cfg->synthetic_incidents))
        trygg_kv_set(kv, "note", "%s",
                     _("The incidents are SYNTHETIC (generated for the sample), not real police or municipal "
                       "reports."));
    trygg_surroundings_components(kv, st->have_lamps, st->have_incidents, st->have_buildings, st->have_pois,
                                  st->have_incidents && st->hot.analysed[TRYGG_CAT_VANDALISM]);
    if (st->have_buildings)
        trygg_kv_set(kv, "input.buildings.polygons_repaired",
                     _("%zu (invalid polygons made valid with GEOS MakeValid)"), st->nbuildings_repaired);
    for (size_t i = 0; i < st->model_info.n; i++)
        trygg_kv_set(kv, st->model_info.key[i], "%s", st->model_info.value[i]);
    trygg_kv_set(kv, "count.buildings", "%zu", st->nbuildings);
    trygg_kv_set(kv, "count.pois", "%zu", st->npois);
    trygg_hotspots_run_info(&st->hot, cfg, kv);
    const trygg_network_stats *nw = &st->network;
    trygg_kv_set(kv, "count.streets", _("%zu (input lines: %zu)"), st->streets.n, nw->input_lines);
    trygg_kv_set(kv, "count.places", "%zu", st->places.n);
    trygg_kv_set(kv, "places.attached_sidewalks_crossings", _("%zu lines, %.0f m (belong to the road within attach_m)"),
                 nw->attached_lines, nw->attached_m);
    trygg_kv_set(kv, "places.sidewalks_without_road", _("%zu (kept as streets of their own)"), nw->sidewalks_kept);
    trygg_kv_set(kv, "places.short_stretches_merged", _("%zu of %zu stretches between intersections"),
                 nw->short_merged, nw->chains);
    trygg_kv_set(kv, "places.stubs_attached",
                 _("%zu unnamed stretches, %.0f m (shorter than min_place_m after merging)"), nw->stubs_attached,
                 nw->stubs_attached_m);
    trygg_kv_set(kv, "places.shorter_than_min_place_m", _("%zu (their whole street is shorter)"), nw->places_short);
    trygg_kv_set(kv, "places.shorter_than_10m", "%zu", nw->places_under_10m);
    /* read back by trygg info and the reports: ranked lists leave out places shorter than this */
    trygg_kv_set(kv, "places.min_place_m", "%g", cfg->min_place_m);
    trygg_kv_set(kv, "count.lamps", "%zu", st->lamps.n);
    trygg_kv_set(kv, "count.incidents", "%zu", st->incidents.n);
    trygg_kv_set(kv, "count.incidents_snapped", "%zu", st->summary.incidents_snapped);
    trygg_kv_set(kv, "count.incidents_not_snapped", _("%zu (farther than snap_m = %g m from any street)"),
                 st->incidents.n - st->summary.incidents_snapped, cfg->snap_m);
    trygg_kv_set(kv, "count.dark_stretches", "%zu", st->stretches.n);
    record_privacy(st);
    if (st->hot.emerging)
        trygg_kv_set(kv, "emerging.steps", _("%zu %s, %s to %s, time_window %d"), st->hot.emerging_steps,
                     trygg_emerging_unit_words(st->hot.emerging_unit, st->hot.emerging_steps), st->hot.emerging_first,
                     st->hot.emerging_last, cfg->st_window);
    else
        trygg_kv_set(kv, "emerging.steps", "%s", st->hot.emerging_note);
    if (st->have_lamps) {
        const trygg_lamp_evidence_summary *le = &st->lamp_evidence;
        char per_km[TRYGG__NUM_MAX];
        trygg_kv_set(kv, "lighting.register_lamps_per_km",
                     _("%s (median around the places estimated from lamps, within register_radius_m)"),
                     trygg__fmt_num(per_km, sizeof per_km, le->area_lamps_per_km, 1));
        for (int k = 1; k < TRYGG_CONFLICT_COUNT; k++) {
            char key[64];
            snprintf(key, sizeof key, "lighting.conflicts.%s", trygg_light_conflict_name(k));
            trygg_kv_set(kv, key, _("%zu places, %.0f m"), le->places[k], le->length_m[k]);
        }
    }
    trygg_kv_set(kv, "threads", "%d", trygg_ctx_threads(st->ctx));
    for (size_t i = 0; i < st->summary.nstages; i++) {
        const trygg_stage_timing *s = &st->summary.stages[i];
        char key[64];
        snprintf(key, sizeof key, "timing.%s", s->name);
        trygg_kv_set(kv, key, "wall_s=%.3f cpu_s=%.3f peak_mb=%.0f", s->wall_s, s->cpu_s, s->peak_mb);
    }
}

/* Input lines -> streets between intersections -> places. st->streets is replaced by the
 * joined streets the places refer to. */
static trygg_status stage_prepare(run_state *st)
{
    const trygg_config *cfg = st->cfg;
    trygg_place_rules rules = {cfg->segment_max_m, cfg->min_place_m, cfg->attach_m};
    trygg_streets joined = {0};
    trygg_status s = trygg_geom_build_places(st->ctx, &st->streets, &rules, &joined, &st->places, &st->network);
    if (s != TRYGG_OK)
        return s;
    trygg_streets_fini(&st->streets);
    st->streets = joined;
    trygg__release_free_memory(); /* the street network and the input lines */
    if (st->places.n == 0)
        return trygg__fail(st->ctx, TRYGG_E_EMPTY, "%s: no street of positive length to split into places",
                           cfg->streets.source);
    return TRYGG_OK;
}

static void note_counts(run_state *st)
{
    if (st->released)
        return;
    st->summary.streets = st->streets.n;
    st->summary.places = st->places.n;
    st->summary.lamps = st->lamps.n;
    st->summary.dark_stretches = st->stretches.n;
}

/* Once the places, streets, lamps and dark stretches are written, the plan and the reports read
 * them back from the output: they are freed before those stages (a country's places and streets
 * are gigabytes), their counts kept for the summary. */
static void release_written(run_state *st)
{
    note_counts(st);
    st->released = true;
    trygg_index_free(st->lamp_index);
    trygg_index_free(st->place_index);
    trygg_index_free(st->incident_index);
    st->lamp_index = st->place_index = st->incident_index = NULL;
    trygg_dark_stretches_fini(&st->stretches);
    trygg_places_fini(&st->places);
    trygg_streets_fini(&st->streets);
    trygg_lamps_fini(&st->lamps);
    trygg__release_free_memory();
}

static void run_state_fini(run_state *st)
{
    trygg_index_free(st->lamp_index);
    trygg_index_free(st->place_index);
    trygg_index_free(st->incident_index);
    free_dark_runs(st);
    trygg_dark_stretches_fini(&st->stretches);
    trygg_places_fini(&st->places);
    trygg_streets_fini(&st->streets);
    trygg_lamps_fini(&st->lamps);
    trygg_incidents_fini(&st->incidents);
    trygg_incidents_fini(&st->sensitive);
    trygg_focus_result_fini(&st->focus);
    trygg_buildings_fini(&st->buildings);
    trygg_pois_fini(&st->pois);
    trygg_kv_fini(&st->model_info);
    for (size_t i = 0; i < NREPORTS; i++)
        trygg_input_report_fini(&st->reports[i]);
    trygg_kv_fini(&st->run_info);
    trygg_hotspots_fini(&st->hot);
}

/* Every input of a run, for the check that no output is one of them. Layer specs
 * (SRC[:LAYER]) are split into owned[], which the caller frees. */
enum { RUN_SPECS = 6, RUN_INPUTS = 7 + RUN_SPECS };
static size_t run_inputs(const trygg_config *cfg, trygg_input_path in[RUN_INPUTS], char *owned[RUN_SPECS])
{
    size_t n = 0;
    in[n++] = (trygg_input_path){"config", cfg->path};
    in[n++] = (trygg_input_path){"streets", cfg->streets.source};
    in[n++] = (trygg_input_path){"lamps", cfg->lamps.source};
    in[n++] = (trygg_input_path){"incidents", cfg->incidents.source};
    in[n++] = (trygg_input_path){"buildings", cfg->buildings.source};
    in[n++] = (trygg_input_path){"points of interest", cfg->pois.source};
    /* Read and updated by the run, but never to be replaced by one of its outputs. */
    /* (A register in PostgreSQL is no file: nothing to compare.) */
    in[n++] = (trygg_input_path){"[plan] register", trygg_io_is_pg(cfg->plan_register) ? NULL : cfg->plan_register};
    const char *specs[RUN_SPECS] = {cfg->grid_boundary, cfg->report_areas, cfg->survey_source,
                                    cfg->survey_areas,  cfg->population_source, cfg->partition_source};
    const char *roles[RUN_SPECS] = {"[grid] boundary", "[reports] areas",     "[survey] source",
                                    "[survey] areas",  "[population] source", "[partition] source"};
    for (int k = 0; k < RUN_SPECS; k++) {
        char *layer = NULL;
        owned[k] = NULL;
        trygg_io_split_source(specs[k], &owned[k], &layer);
        free(layer);
        in[n++] = (trygg_input_path){roles[k], owned[k]};
    }
    return n;
}

static trygg_status open_output_set(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                    trygg_output_set **set)
{
    trygg_input_path in[RUN_INPUTS];
    char *owned[RUN_SPECS];
    size_t n = run_inputs(cfg, in, owned);
    /* The outputs named after the GeoPackage are checked now; area PDFs when they are staged. */
    char *stem = trygg__strip_ext(opt->out_path);
    char *default_reports = trygg__xasprintf("%s_reports", stem);
    const char *reports = opt->reports_dir ? opt->reports_dir : cfg->report_out_dir ? cfg->report_out_dir
                                                                                   : default_reports;
    char *lagesbild_pdf = trygg__xasprintf("%s_lagesbild.pdf", stem);
    char *tif = trygg_hotspots_raster_path(opt->out_path);
    trygg_status s = trygg_output_check_not_input(ctx, lagesbild_pdf, N_("lägesbild"), in, n);
    if (s == TRYGG_OK && cfg->raster && trygg__streq_ci(cfg->raster, "geotiff"))
        s = trygg_output_check_not_input(ctx, tif, N_("raster"), in, n);
    if (s == TRYGG_OK)
        s = trygg_output_set_open(ctx, opt->out_path, reports, in, n, set);
    free(stem);
    free(default_reports);
    free(lagesbild_pdf);
    free(tif);
    for (int k = 0; k < RUN_SPECS; k++)
        free(owned[k]);
    return s;
}

/* run_info of the focus areas: what the areas are, the period and the municipality's rates. */
static trygg_status record_focus(trygg_ctx *ctx, const trygg_focus_result *f, trygg_gpkg_writer *w)
{
    char *areas = f->source ? trygg__xasprintf(_("%zu %s (each report counts in the first area that holds it; %ld "
                                                 "outside every area)"),
                                               f->n, f->source, f->outside)
                            : trygg__xasprintf("%s", _("none: no [population] source and no [reports] areas; the "
                                                       "sensitive incidents are counted in run_info only"));
    char *period = trygg__xasprintf("%s", f->period);
    long in_vc = 0, in_fe = 0;
    for (size_t i = 0; i < f->n; i++) {
        in_vc += f->v[i].violence_close.count;
        in_fe += f->v[i].fraud_elderly.count;
    }
    double vc = f->total_population > 0 ? 1000.0 * (double)in_vc / f->total_population : NAN;
    double fe = f->total_aged_65 > 0 ? 1000.0 * (double)in_fe / f->total_aged_65 : NAN;
    char *totals = trygg__xasprintf(_("violence_close %ld, fraud_elderly %ld in the period (in the areas: %ld and %ld)"),
                                    f->total[TRYGG_CAT_VIOLENCE_CLOSE], f->total[TRYGG_CAT_FRAUD_ELDERLY], in_vc,
                                    in_fe);
    char *rates = isfinite(vc) || isfinite(fe)
                      ? trygg__xasprintf(_("violence_close %.2f per 1 000 residents (%.0f), fraud_elderly %.2f per 1 000 "
                                           "aged 65+ (%.0f); an area is elevated when its ratio to these is at least "
                                           "[population] high_ratio and the 95 %% interval (Byar) lies above 1"),
                                         vc, f->total_population, fe, f->total_aged_65)
                      : trygg__xasprintf("%s", _("not computed: no residents ([population] source)"));
    trygg_status s = trygg_io_gpkg_add_run_info(ctx, w, "focus.areas", areas);
    if (s == TRYGG_OK)
        s = trygg_io_gpkg_add_run_info(ctx, w, "focus.period", period);
    if (s == TRYGG_OK)
        s = trygg_io_gpkg_add_run_info(ctx, w, "focus.totals", totals);
    if (s == TRYGG_OK)
        s = trygg_io_gpkg_add_run_info(ctx, w, "focus.municipality_rates", rates);
    free(areas);
    free(period);
    free(totals);
    free(rates);
    return s;
}

/* The measure register is written after the output set is in place, never before: a run that
 * fails leaves it as it was, and a locked register does not cost the output. */
static trygg_status stage_register(run_state *st, const trygg_register_pending *pending)
{
    if (!pending)
        return TRYGG_OK;
    trygg_status s = trygg_register_commit(st->ctx, pending);
    if (s != TRYGG_OK) {
        char *why = trygg__xstrdup(trygg_errmsg(st->ctx));
        s = trygg__fail(st->ctx, s, "%s is written, but %s", st->opt->out_path, why);
        free(why);
    }
    return s;
}

/* A part of a partitioned run (--part NAME): its polygon (*part, caller frees), and the context
 * set to read the inputs within its halo and to report on its own areas only. Nothing to do
 * without [partition]; a partitioned config without --part is an error listing the parts. */
static trygg_status select_part(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                unsigned char **part, size_t *part_size)
{
    *part = NULL;
    if (!opt->part && !cfg->partition_source)
        return TRYGG_OK;
    if (!opt->part) {
        char *names = NULL;
        trygg_status s = trygg_partition_names(ctx, cfg, &names);
        if (s != TRYGG_OK)
            return s;
        for (char *c = names; *c; c++)
            if (*c == '\n')
                *c = c[1] ? ',' : '\0';
        s = trygg__fail(ctx, TRYGG_E_USAGE,
                        "[partition] source is set: run each part with --part NAME (parts: %s) and join them with "
                        "trygg merge OUT.gpkg PART.gpkg...",
                        names);
        free(names);
        return s;
    }
    unsigned char *clip = NULL;
    size_t clip_size = 0;
    trygg_status s = trygg_partition_select(ctx, cfg, opt->part, part, part_size, &clip, &clip_size);
    if (s != TRYGG_OK)
        return s;
    trygg__set_clip(ctx, clip, clip_size);
    free(clip);
    if (!trygg__set_part(ctx, *part, *part_size)) {
        free(*part);
        *part = NULL;
        return trygg__fail(ctx, TRYGG_E_DATA, "part '%s': its polygon cannot be prepared", opt->part);
    }
    return TRYGG_OK;
}

/* The part's output keeps what lies in the part (the halo was read for the statistics only). */
static trygg_status keep_part(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                              trygg_gpkg_writer *writer, const unsigned char *part, size_t part_size)
{
    size_t removed = 0;
    trygg_status s = trygg_io_gpkg_keep_part(ctx, trygg_io_gpkg_temp_path(writer), part, part_size, &removed);
    if (s == TRYGG_OK)
        s = trygg_io_gpkg_add_run_info(ctx, writer, "partition", opt->part);
    if (s == TRYGG_OK) {
        char *note = trygg__xasprintf("part '%s' of %s: inputs read within %g m of it; %zu features of that halo "
                                      "left out of this output (each belongs to the part its representative point "
                                      "lies in)",
                                      opt->part, cfg->partition_source, cfg->partition_halo_m, removed);
        s = trygg_io_gpkg_add_run_info(ctx, writer, "partition.halo", note);
        free(note);
    }
    return s;
}

trygg_status trygg_run(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                       trygg_run_summary *summary)
{
    run_state st = {.ctx = ctx, .cfg = cfg, .opt = opt};
    trygg_gpkg_writer *writer = NULL;
    trygg_plan_summary plan = {0, 0};
    trygg_output_set *set = NULL;
    trygg_register_pending *pending_register = NULL;
    trygg_layer_batch batch = {0};
    const char *staged = NULL;
    unsigned char *part = NULL;
    size_t part_size = 0;
    trygg_status s;
    if ((s = trygg_config_validate(ctx, cfg)) != TRYGG_OK)
        goto done;
    if (trygg_io_is_pg(opt->out_path))
        return trygg__run_postgis(ctx, cfg, opt, summary);
    if ((s = select_part(ctx, cfg, opt, &part, &part_size)) != TRYGG_OK)
        goto done;
    /* Locked and checked before any work: a second run on this output, or an output that is an
     * input, is refused at once. */
    if ((s = open_output_set(ctx, cfg, opt, &set)) != TRYGG_OK)
        goto done;
    if (cfg->threads > 0)
        trygg_ctx_set_threads(ctx, cfg->threads);
    if ((s = stage_begin(&st, 0)) != TRYGG_OK || (s = stage_load(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 1)) != TRYGG_OK || (s = stage_prepare(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 2)) != TRYGG_OK || (s = stage_index(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 3)) != TRYGG_OK || (s = stage_measure(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 4)) != TRYGG_OK || (s = stage_surroundings(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 5)) != TRYGG_OK || (s = stage_statistics(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 6)) != TRYGG_OK || (s = stage_hotspots(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 7)) != TRYGG_OK || (s = stage_score(&st)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 8)) != TRYGG_OK)
        goto done;
    record_run_info(&st);
    trygg_output out = {
        .cfg = cfg,
        .streets = &st.streets,
        .places = &st.places,
        .stretches = &st.stretches,
        .incidents = &st.incidents,
        .lamps = &st.lamps,
        .run_info = &st.run_info,
        .have_lamps = st.have_lamps,
        .have_incidents = st.have_incidents,
        .hotspots = &st.hot,
    };
    /* Write in steps, all into the output set's staging folder: the analysis layers into a
     * temporary file; the plan reads them back with SQL and adds its layers; the reports read
     * all of it; the QGIS project is stored; the raster; then the whole set moves into place. */
    if ((s = trygg_output_set_stage(ctx, set, opt->out_path, &staged)) != TRYGG_OK ||
        (s = trygg__output_begin(ctx, &out, staged, opt->styles_dir, NULL, NULL, &writer)) != TRYGG_OK)
        goto done;
    /* The smaller layers computed from the analysis go in batches: one GDAL session for their tables. */
    if (st.have_lamps)
        trygg_io_add_lighting_conflicts(&batch, &st.streets, &st.places, st.lamp_evidence.area_lamps_per_km);
    if (st.hot.emerging)
        trygg_io_add_emerging_hotspots(&batch, &st.hot);
    if (st.have_incidents && cfg->nr_categories && *cfg->nr_categories) {
        /* the near-repeat layers are written as the test runs: the batch's first, to keep the
         * layers' order */
        if ((s = trygg_io_gpkg_add_batch(ctx, writer, &batch)) != TRYGG_OK)
            goto done;
        char *note = NULL;
        s = trygg_nearrepeat_zones(ctx, cfg, &st.incidents, writer, &note);
        if (s == TRYGG_OK)
            s = trygg_io_gpkg_add_run_info(ctx, writer, "nearrepeat", note);
        free(note);
        if (s != TRYGG_OK)
            goto done;
    }
    /* The focus areas (counts of the sensitive categories by area) before the plan, whose shipped
     * rules for brott i nära relation and brott mot äldre read them. Period b of the hotspot
     * stage (the latest 12 months) when there is one. */
    if ((s = trygg_focus_compute(ctx, cfg, &st.sensitive, st.hot.have_periods ? &st.hot.period_b : NULL,
                                 &st.focus)) != TRYGG_OK)
        goto done;
    trygg_focus_write(&st.focus, &batch);
    if (!trygg_config_privacy_strict(cfg))
        trygg_focus_write_sensitive(&st.sensitive, &batch);
    if ((s = trygg_io_gpkg_add_batch(ctx, writer, &batch)) != TRYGG_OK ||
        (s = record_focus(ctx, &st.focus, writer)) != TRYGG_OK)
        goto done;
    release_written(&st);
    trygg_plan_inputs plan_in = {st.have_incidents ? &st.hot : NULL, &st.incidents,
                                 trygg_kv_get(&st.run_info, "run_at"), opt->styles_dir};
    if ((s = stage_begin(&st, 9)) != TRYGG_OK ||
        (s = trygg_plan_stage(ctx, cfg, &plan_in, writer, &plan, &pending_register)) != TRYGG_OK)
        goto done;
    if (part && (s = keep_part(ctx, cfg, opt, writer, part, part_size)) != TRYGG_OK)
        goto done;
    if ((s = stage_begin(&st, 10)) != TRYGG_OK)
        goto done;
    s = trygg_reports_run_step(ctx, cfg, writer, opt->out_path, opt->reports_dir, set);
    writer = NULL;
    if (s != TRYGG_OK)
        goto done;
    st.summary.measures = plan.measures;
    st.summary.patrol_areas = plan.patrol_areas;
    if (cfg->raster && trygg__streq_ci(cfg->raster, "geotiff")) {
        char *tif = trygg_hotspots_raster_path(opt->out_path);
        s = trygg_output_set_stage(ctx, set, tif, &staged);
        if (s == TRYGG_OK)
            s = trygg_io_write_kde_geotiff(ctx, cfg, &st.hot, &st.incidents, staged);
        free(tif);
        if (s != TRYGG_OK)
            goto done;
    }
    stage_begin(&st, STAGE_COUNT);
    if (trygg__interrupted(ctx) || (opt->progress && !opt->progress(0.999, "commit", opt->progress_arg))) {
        s = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "interrupted before the outputs were moved into place; %s and "
                                                  "its reports are unchanged", opt->out_path);
        goto done;
    }
    s = trygg_output_set_commit(ctx, set);
    set = NULL;
    if (s != TRYGG_OK)
        goto done;
    if ((s = stage_register(&st, pending_register)) != TRYGG_OK)
        goto done;
    if (opt->progress)
        opt->progress(1.0, "done", opt->progress_arg);
done:
    s = join_surroundings_read(&st, s, true);
    if (part) {
        trygg__set_clip(ctx, NULL, 0);
        trygg__set_part(ctx, NULL, 0);
        free(part);
    }
    trygg_register_pending_free(pending_register);
    trygg_layer_batch_fini(&batch);
    trygg_io_gpkg_abort(writer);
    trygg_output_set_abort(set);
    note_counts(&st);
    st.summary.incidents = st.incidents.n;
    for (size_t i = 0; i < NREPORTS; i++)
        st.summary.rejected += st.reports[i].rejected;
    if (summary)
        *summary = st.summary;
    run_state_fini(&st);
    return s;
}

static void describe_input(trygg__strbuf *b, const trygg_input_report *r)
{
    if (r->layer)
        trygg__sb_printf(b, _("%s: %s layer %s\n"), r->role, r->path, r->layer);
    else
        trygg__sb_printf(b, "%s: %s\n", r->role, r->path);
    trygg__sb_printf(b, _("  CRS %s, %zu read, %zu kept, %zu rejected\n"), r->source_crs ? r->source_crs : "?", r->read,
                     r->kept, r->rejected);
    for (size_t i = 0; i < r->nreasons; i++)
        trygg__sb_printf(b, _("  rejected %zu: %s (first: %s)\n"), r->reasons[i].count, r->reasons[i].reason,
                         r->reasons[i].example);
    for (size_t i = 0; i < r->nunmapped; i++)
        trygg__sb_printf(b, _("  category '%s' is not mapped: %zu incidents counted as other\n"), r->unmapped[i].value,
                         r->unmapped[i].count);
    if (r->time_unparsed)
        trygg__sb_printf(b, _("  %zu incidents have no usable time (kept, not counted at night)\n"), r->time_unparsed);
}

/* trygg check: what trygg run would write, checked without writing anything. */
static trygg_status check_outputs(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                                  trygg__strbuf *b)
{
    if (trygg_io_is_pg(opt->out_path)) {
        trygg_status s = trygg__postgis_check_output(ctx, cfg, opt);
        if (s == TRYGG_OK)
            trygg__sb_printf(b, _("output: schema %s of %s (the database opens for writing)\n"), opt->pg_schema,
                             opt->out_path);
        else
            trygg__sb_printf(b, _("output: %s\n"), trygg_errmsg(ctx));
        return s;
    }
    trygg_input_path in[RUN_INPUTS];
    char *owned[RUN_SPECS];
    size_t n = run_inputs(cfg, in, owned);
    const char *reports = opt->reports_dir ? opt->reports_dir : cfg->report_out_dir;
    trygg_status s = trygg_output_check_not_input(ctx, opt->out_path, N_("output"), in, n);
    if (s == TRYGG_OK && reports)
        s = trygg_output_check_not_input(ctx, reports, N_("reports folder"), in, n);
    if (s == TRYGG_OK)
        s = trygg_output_check_writable(ctx, opt->out_path, reports);
    if (s == TRYGG_OK && reports)
        trygg__sb_printf(b, _("output: %s (folder writable; reports in %s)\n"), opt->out_path, reports);
    else if (s == TRYGG_OK)
        trygg__sb_printf(b, _("output: %s (folder writable)\n"), opt->out_path);
    else
        trygg__sb_printf(b, _("output: %s\n"), trygg_errmsg(ctx));
    for (int k = 0; k < RUN_SPECS; k++)
        free(owned[k]);
    return s;
}

/* trygg check: the measure register opens (a GeoPackage, or a table in PostgreSQL whose schema
 * exists), or is still to be made by the first run. */
static trygg_status check_register(trygg_ctx *ctx, const trygg_config *cfg, trygg__strbuf *b)
{
    trygg_register reg = {0};
    bool exists = false;
    trygg_status s = trygg_io_register_read(ctx, cfg->plan_register, cfg->plan_register_layer, cfg->register_wait_s,
                                            &reg, &exists);
    if (s != TRYGG_OK)
        trygg__sb_printf(b, _("register: %s\n"), trygg_errmsg(ctx));
    else if (exists)
        trygg__sb_printf(b, _("register: %s (%zu entries)\n"), cfg->plan_register, reg.n);
    else
        trygg__sb_printf(b, _("register: %s (not there yet: the first run makes it)\n"), cfg->plan_register);
    trygg_register_fini(&reg);
    return s;
}

trygg_status trygg_check(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt, char **report)
{
    run_state st = {.ctx = ctx, .cfg = cfg};
    trygg__strbuf b = {0};
    trygg_status s = trygg_config_validate(ctx, cfg);
    if (s == TRYGG_OK)
        s = join_surroundings_read(&st, stage_load(&st), true);
    trygg__sb_printf(&b, _("config: %s\nworking CRS: %s\n"), cfg->path ? cfg->path : _("(command line)"), cfg->crs);
    for (size_t i = 0; i < NREPORTS; i++)
        if (st.reports[i].role)
            describe_input(&b, &st.reports[i]);
    if (!cfg->lamps.source)
        trygg__sb_printf(&b, "%s", _("lamps: none given: lighting will not be assessed\n"));
    if (!cfg->incidents.source)
        trygg__sb_printf(&b, "%s", _("incidents: none given: counts will be zero\n"));
    if (s == TRYGG_OK && stage_prepare(&st) == TRYGG_OK)
        trygg__sb_printf(&b,
                         _("places: %zu lines (%zu sidewalks and crossings attached to their road) joined into %zu "
                           "streets and %zu places of %g to %g m between intersections (%zu shorter: their whole "
                           "street is)\n"),
                         st.network.input_lines, st.network.attached_lines, st.network.streets, st.places.n,
                         cfg->min_place_m, cfg->segment_max_m, st.network.places_short);
    if (opt && opt->out_path) {
        trygg_status so = check_outputs(ctx, cfg, opt, &b);
        s = s == TRYGG_OK ? so : s;
    }
    if (cfg->plan_register) {
        trygg_status sr = check_register(ctx, cfg, &b);
        s = s == TRYGG_OK ? sr : s;
    }
    trygg__sb_printf(&b, "%s\n", s == TRYGG_OK ? _("usable: yes") : _("usable: NO"));
    char *text = trygg__sb_steal(&b);
    *report = trygg_mask_secrets(text);
    free(text);
    run_state_fini(&st);
    return s;
}

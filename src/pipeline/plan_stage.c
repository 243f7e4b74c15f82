/*
 * The plan stage: proposed measures (rules over the written analysis layers) and patrol areas
 * (from the Gi* hot cells), written as the `measures` and `patrol_areas` layers of the output
 * that is still being written.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "pipeline/followup.h"
#include "pipeline/plan_stage.h"
#include "pipeline/register_stage.h"
#include "pipeline/survey.h"
#include "plan/promise.h"

enum { M_ID, M_FOCUS, M_MEASURE, M_MEASURE_EN, M_RESPONSIBLE, M_PRIORITY, M_EVIDENCE, M_INDICATOR, M_STATUS,
       M_RULE, M_FEATURES, M_SOURCE_LAYER, M_SOURCE_IDS, M_DECIDED, M_DONE, M_PROMISE, M_NOTE, M_EFFECT, M_NFIELDS };

static const trygg_field_def measure_fields[M_NFIELDS] = {
    [M_ID] = {"measure_id", TRYGG_FIELD_INT},
    [M_FOCUS] = {"focus_area", TRYGG_FIELD_TEXT},
    [M_MEASURE] = {"measure", TRYGG_FIELD_TEXT},
    [M_MEASURE_EN] = {"measure_en", TRYGG_FIELD_TEXT},
    [M_RESPONSIBLE] = {"responsible", TRYGG_FIELD_TEXT},
    [M_PRIORITY] = {"priority", TRYGG_FIELD_INT},
    [M_EVIDENCE] = {"evidence", TRYGG_FIELD_TEXT},
    [M_INDICATOR] = {"indicator", TRYGG_FIELD_TEXT},
    [M_STATUS] = {"status", TRYGG_FIELD_TEXT},
    [M_RULE] = {"rule", TRYGG_FIELD_TEXT},
    [M_FEATURES] = {"features", TRYGG_FIELD_INT},
    [M_SOURCE_LAYER] = {"source_layer", TRYGG_FIELD_TEXT},
    [M_SOURCE_IDS] = {"source_ids", TRYGG_FIELD_TEXT},
    [M_DECIDED] = {"decided_on", TRYGG_FIELD_TEXT},
    [M_DONE] = {"done_on", TRYGG_FIELD_TEXT},
    [M_PROMISE] = {"promise", TRYGG_FIELD_TEXT},
    [M_NOTE] = {"note", TRYGG_FIELD_TEXT},
    [M_EFFECT] = {"effect", TRYGG_FIELD_TEXT},
};

enum { P_ID, P_RANK, P_INCIDENTS, P_SHARE_INC, P_SHARE_AREA, P_AREA, P_PAI, P_WINDOWS, P_MINUTES, P_VISITS, P_CELLS,
       P_STREET_KM, P_PAI_LENGTH, P_NFIELDS };

static const trygg_field_def patrol_fields[P_NFIELDS] = {
    [P_ID] = {"area_id", TRYGG_FIELD_INT},
    [P_RANK] = {"rank", TRYGG_FIELD_INT},
    [P_INCIDENTS] = {"incidents", TRYGG_FIELD_INT},
    [P_SHARE_INC] = {"share_incidents", TRYGG_FIELD_REAL},
    [P_SHARE_AREA] = {"share_area", TRYGG_FIELD_REAL},
    [P_AREA] = {"area_km2", TRYGG_FIELD_REAL},
    [P_PAI] = {"pai", TRYGG_FIELD_REAL},
    [P_WINDOWS] = {"time_windows", TRYGG_FIELD_TEXT},
    [P_MINUTES] = {"visit_minutes", TRYGG_FIELD_INT},
    [P_VISITS] = {"visits_per_week", TRYGG_FIELD_INT},
    [P_CELLS] = {"cells", TRYGG_FIELD_INT},
    [P_STREET_KM] = {"street_km", TRYGG_FIELD_REAL},
    [P_PAI_LENGTH] = {"pai_length", TRYGG_FIELD_REAL},
};

static trygg_value text(const char *s) { return (trygg_value){.null = s == NULL, .s = s}; }
static trygg_value integer(int64_t i) { return (trygg_value){.i = i}; }
/* Rounded so outputs compare across machines (as the writer does). */
static trygg_value real(double r, double scale) { return (trygg_value){.null = !isfinite(r), .r = round(r * scale) / scale}; }

static const char *rule_layer(const trygg_config *cfg, const char *rule)
{
    for (size_t i = 0; i < cfg->nrules; i++)
        if (strcmp(cfg->rules[i].name, rule) == 0)
            return cfg->rules[i].layer;
    return NULL;
}

typedef struct {
    const trygg_config *cfg, *shipped;
    const trygg_measures *m;
    const trygg_register_pending *reg;
    const trygg_followup_effects *fx;
} measure_rows;

static trygg_status fill_measure(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const measure_rows *mr = arg;
    const trygg_measure *x = &mr->m->v[i];
    trygg_value *row = trygg_row_values(out);
    const char *layer = rule_layer(mr->cfg, x->rule);
    row[M_ID] = integer((int64_t)i + 1);
    row[M_FOCUS] = text(x->focus_area);
    row[M_MEASURE] = text(x->measure);
    row[M_MEASURE_EN] = text(x->measure_en);
    row[M_RESPONSIBLE] = text(x->responsible);
    row[M_PRIORITY] = integer(x->priority);
    row[M_EVIDENCE] = text(x->evidence);
    row[M_INDICATOR] = text(x->indicator);
    row[M_STATUS] = text("proposed");
    row[M_RULE] = text(x->rule);
    row[M_FEATURES] = integer((int64_t)x->features);
    row[M_SOURCE_LAYER] = text(layer ? layer : rule_layer(mr->shipped, x->rule));
    row[M_SOURCE_IDS] = text(x->source_ids);
    if (mr->reg) {
        const trygg_followup_effect *f = trygg_followup_find(mr->fx, trygg_register_pending_id(mr->reg, i));
        row[M_EFFECT] = text(f ? f->sentence : NULL);
        const trygg_register_entry *e = trygg_register_pending_entry(mr->reg, i);
        row[M_ID] = integer(trygg_register_pending_id(mr->reg, i));
        row[M_STATUS] = text(e ? e->status : TRYGG_REGISTER_STATUS_DEFAULT);
        if (e) {
            row[M_RESPONSIBLE] = text(e->responsible);
            row[M_DECIDED] = text(e->decided_on);
            row[M_DONE] = text(e->done_on);
            row[M_PROMISE] = text(e->promise);
            row[M_NOTE] = text(e->note);
        }
    }
    trygg_row_wkb(out, x->wkb, x->wkb_size);
    return TRYGG_OK;
}

/* With a register (reg not NULL) each measure carries its register id and the fields people
 * own there; without one, ids count from 1 and every status is `proposed`. */
static trygg_status write_measures(trygg_ctx *ctx, const trygg_config *cfg, const trygg_measures *m,
                                   const trygg_register_pending *reg, const trygg_followup_effects *fx,
                                   trygg_gpkg_writer *w)
{
    trygg_config shipped;
    trygg_config_init(&shipped);
    trygg_config_add_default_rules(&shipped);
    measure_rows rows = {cfg, &shipped, m, reg, fx};
    trygg_layer_desc d = {
        "measures", wkbMultiPolygon,
        N_("Proposed measures of the action plan (åtgärder): what, where, focus area, who is responsible, the "
           "evidence and how the effect is followed up; with a measure register ([plan] register) its ids, "
           "status, decisions and responsible party, else status proposed"),
        measure_fields, M_NFIELDS, m->n, fill_measure, &rows};
    trygg_status st = trygg_io_gpkg_add_layer(ctx, w, &d);
    trygg_config_fini(&shipped);
    return st;
}

enum { PR_NAME, PR_TEXT, PR_INDICATOR, PR_BFROM, PR_BTO, PR_BASELINE, PR_CFROM, PR_CTO, PR_CURRENT, PR_CHANGE,
       PR_LO, PR_HI, PR_P, PR_TARGET, PR_PROGRESS, PR_END, PR_VERDICT, PR_MEASURES, PR_DONE, PR_SUMMARY, PR_NFIELDS };

static const trygg_field_def promise_fields[PR_NFIELDS] = {
    [PR_NAME] = {"promise", TRYGG_FIELD_TEXT},
    [PR_TEXT] = {"text", TRYGG_FIELD_TEXT},
    [PR_INDICATOR] = {"indicator", TRYGG_FIELD_TEXT},
    [PR_BFROM] = {"baseline_from", TRYGG_FIELD_TEXT},
    [PR_BTO] = {"baseline_to", TRYGG_FIELD_TEXT},
    [PR_BASELINE] = {"baseline_value", TRYGG_FIELD_REAL},
    [PR_CFROM] = {"current_from", TRYGG_FIELD_TEXT},
    [PR_CTO] = {"current_to", TRYGG_FIELD_TEXT},
    [PR_CURRENT] = {"current_value", TRYGG_FIELD_REAL},
    [PR_CHANGE] = {"change", TRYGG_FIELD_REAL},
    [PR_LO] = {"change_low", TRYGG_FIELD_REAL},
    [PR_HI] = {"change_high", TRYGG_FIELD_REAL},
    [PR_P] = {"p_value", TRYGG_FIELD_REAL},
    [PR_TARGET] = {"target", TRYGG_FIELD_REAL},
    [PR_PROGRESS] = {"progress", TRYGG_FIELD_REAL},
    [PR_END] = {"end_date", TRYGG_FIELD_TEXT},
    [PR_VERDICT] = {"verdict", TRYGG_FIELD_TEXT},
    [PR_MEASURES] = {"measures", TRYGG_FIELD_INT},
    [PR_DONE] = {"measures_done", TRYGG_FIELD_INT},
    [PR_SUMMARY] = {"summary", TRYGG_FIELD_TEXT},
};

static trygg_status fill_promise(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_promise_result *x = &((const trygg_promise_results *)arg)->v[i];
    trygg_value *row = trygg_row_values(out);
    row[PR_NAME] = text(x->name);
    row[PR_TEXT] = text(x->text);
    row[PR_INDICATOR] = text(x->indicator);
    row[PR_BFROM] = text(x->baseline_from);
    row[PR_BTO] = text(x->baseline_to);
    row[PR_BASELINE] = real(x->baseline, 1e4);
    row[PR_CFROM] = text(x->current_from);
    row[PR_CTO] = text(x->current_to);
    row[PR_CURRENT] = real(x->current, 1e4);
    row[PR_CHANGE] = real(x->a.change, 1e4);
    row[PR_LO] = real(x->a.ratio_lo - 1, 1e4);
    row[PR_HI] = real(x->a.ratio_hi - 1, 1e4);
    row[PR_P] = real(x->a.p, 1e6);
    row[PR_TARGET] = real(x->target, 1e4);
    row[PR_PROGRESS] = real(x->a.progress, 1e4);
    row[PR_END] = text(x->end);
    row[PR_VERDICT] = text(trygg_promise_verdict_code(x->a.verdict));
    row[PR_MEASURES] = integer(x->measures);
    row[PR_DONE] = integer(x->measures_done);
    row[PR_SUMMARY] = text(x->sentence);
    trygg_row_wkb(out, x->wkb, x->wkb_size);
    return TRYGG_OK;
}

/* The citizen promises ([promise:NAME]) over the layers written so far, measures included. */
static trygg_status promises_layer(trygg_ctx *ctx, const trygg_config *cfg, trygg_gpkg_writer *w)
{
    trygg_promise_results pr = {0};
    trygg_status st = trygg_promises_evaluate(ctx, cfg, trygg_io_gpkg_temp_path(w), &pr);
    if (st != TRYGG_OK)
        return st;
    size_t verdicts[4] = {0};
    for (size_t i = 0; i < pr.n; i++)
        verdicts[pr.v[i].a.verdict]++;
    trygg_layer_desc d = {"promises", wkbMultiPolygon,
                          /* xgettext:no-c-format */
                          N_("Citizen promises (medborgarlöften): each promise's indicator at its baseline and now, "
                             "the change with its 95 % interval, progress to the target and the measures linked to "
                             "it"),
                          promise_fields, PR_NFIELDS, pr.n, fill_promise, &pr};
    st = trygg_io_gpkg_add_layer(ctx, w, &d);
    if (st == TRYGG_OK) {
        char *info = trygg__xasprintf("%zu: %zu achieved, %zu on track, %zu off track, %zu cannot tell yet", pr.n,
                                      verdicts[TRYGG_PROMISE_ACHIEVED], verdicts[TRYGG_PROMISE_ON_TRACK],
                                      verdicts[TRYGG_PROMISE_OFF_TRACK], verdicts[TRYGG_PROMISE_CANNOT_TELL]);
        st = trygg_io_gpkg_add_run_info(ctx, w, "plan.promises", info);
        free(info);
    }
    trygg_promise_results_fini(&pr);
    return st;
}

/* The safety survey beside the reports and measures (src/pipeline/survey.h). */
static trygg_status survey_layer(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                 const trygg_measures *measures, trygg_gpkg_writer *w)
{
    trygg_survey_results r;
    trygg_status st = trygg_survey_estimate(ctx, cfg, incidents, measures, &r);
    if (st != TRYGG_OK)
        return st;
    if ((st = trygg_survey_write(ctx, &r, w)) == TRYGG_OK) {
        size_t flagged = 0;
        for (size_t i = 0; i < r.n; i++)
            flagged += r.v[i].direction == TRYGG_SURVEY_SAFER_MORE_REPORTS ||
                       r.v[i].direction == TRYGG_SURVEY_LESS_SAFE_FEWER;
        char *v = trygg__xasprintf(_("%zu area-years from %s (%zu without a polygon); %zu where the survey and the "
                                     "reports point in different directions"),
                                   r.n, cfg->survey_source, r.unmatched, flagged);
        st = trygg_io_gpkg_add_run_info(ctx, w, "survey", v);
        free(v);
    }
    trygg_survey_results_fini(&r);
    return st;
}

/* Patrol areas from the hot cells of the patrol categories (any of them hot at 90 % or more). */
static trygg_status compute_patrol(trygg_ctx *ctx, const trygg_config *cfg, const trygg_hotspot_result *hot,
                                   const trygg_incidents *incidents, trygg_patrol_areas *out)
{
    bool patrol[TRYGG_CAT_COUNT];
    trygg_config_patrol_categories(cfg, patrol);
    size_t n = hot->ncells;
    trygg_patrol_cell *cells = trygg__xcalloc(n + 1, sizeof *cells);
    for (size_t i = 0; i < n; i++) {
        const trygg_grid_cell *g = trygg_grid_cell_get(hot->grid, i);
        trygg_patrol_cell *c = &cells[i];
        c->x = g->cx;
        c->y = g->cy;
        c->area_m2 = g->area_m2;
        c->street_m = hot->street_m ? hot->street_m[i] : 0.0;
        c->ring = g->xy;
        c->nring = g->nrings ? g->ring_end[0] : 0;
        for (int k = 0; k < TRYGG_CAT_COUNT; k++) {
            if (!patrol[k])
                continue;
            c->incidents += hot->count[i * TRYGG_CAT_COUNT + k];
            c->hot = c->hot || (hot->analysed[k] && hot->cls[i * TRYGG_CAT_COUNT + k] >= 1);
        }
    }
    size_t ninc = 0;
    double total = 0;
    size_t *inc_cell = trygg__xcalloc(incidents->n + 1, sizeof *inc_cell);
    int *inc_how = trygg__xcalloc(incidents->n + 1, sizeof *inc_how);
    for (size_t k = 0; k < incidents->n && k < hot->nincidents; k++) {
        const trygg_incident *inc = &incidents->v[k];
        if (!patrol[inc->category] || hot->incident_cell[k] < 1)
            continue;
        total++;
        if (inc->t_utc == TRYGG_TIME_UNKNOWN)
            continue;
        inc_cell[ninc] = (size_t)(hot->incident_cell[k] - 1);
        inc_how[ninc] = trygg_hour_of_week(inc->t_utc, cfg->utc_offset_h, cfg->eu_summer_time);
        ninc++;
    }
    /* Neighbouring cells: hexagon centres are one width across flats apart, squares one side;
     * the slack keeps clipped cells' shifted centroids adjacent. */
    trygg_patrol_params p = {cfg->patrol_max_km2, cfg->grid_cell_m * 1.01, cfg->patrol_visit_minutes,
                             cfg->patrol_max_visits};
    trygg_status st = trygg_plan_patrol_areas(ctx, &p, cells, n, total, hot->study_area_m2, inc_cell, inc_how, ninc,
                                              out);
    free(cells);
    free(inc_cell);
    free(inc_how);
    return st;
}

/* The patrol areas beside the measures' writing (trygg__side_start): they need nothing of the
 * GeoPackage. */
typedef struct {
    const trygg_config *cfg;
    const trygg_hotspot_result *hot;
    const trygg_incidents *incidents;
    trygg_patrol_areas *out;
} patrol_job;

static trygg_status patrol_side(trygg_ctx *ctx, void *arg)
{
    patrol_job *j = arg;
    return compute_patrol(ctx, j->cfg, j->hot, j->incidents, j->out);
}

static trygg_status fill_patrol(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_patrol_area *x = &((const trygg_patrol_areas *)arg)->v[i];
    trygg_value *row = trygg_row_values(out);
    row[P_ID] = integer((int64_t)i + 1);
    row[P_RANK] = integer(x->rank);
    row[P_INCIDENTS] = integer(x->incidents);
    row[P_SHARE_INC] = real(x->share_incidents, 1e4);
    row[P_SHARE_AREA] = real(x->share_area, 1e5);
    row[P_AREA] = real(x->area_km2, 1e4);
    row[P_PAI] = real(x->pai, 1e2);
    row[P_WINDOWS] = text(x->time_windows);
    row[P_MINUTES] = integer(x->visit_minutes);
    row[P_VISITS] = integer(x->visits_per_week);
    row[P_CELLS] = integer((int64_t)x->ncells);
    row[P_STREET_KM] = real(x->street_km, 1e3);
    row[P_PAI_LENGTH] = real(x->pai_length, 1e2);
    trygg_row_wkb(out, x->wkb, x->wkb_size);
    return TRYGG_OK;
}

static trygg_status write_patrol(trygg_ctx *ctx, const trygg_patrol_areas *a, trygg_gpkg_writer *w)
{
    trygg_layer_desc d = {
        "patrol_areas", wkbPolygon,
        N_("Police patrol areas: significant hot cells of the patrol categories merged into compact areas, "
           "ranked by incidents captured, with the busiest 3-hour windows of the week and a dosage of short "
           "visits (Koper 1995)"),
        patrol_fields, P_NFIELDS, a->n, fill_patrol, a};
    return trygg_io_gpkg_add_layer(ctx, w, &d);
}

trygg_status trygg_plan_stage(trygg_ctx *ctx, const trygg_config *cfg, const trygg_plan_inputs *in,
                              trygg_gpkg_writer *w, trygg_plan_summary *summary, trygg_register_pending **pending)
{
    trygg_status st = TRYGG_OK;
    const trygg_hotspot_result *hot = in->hot;
    const trygg_incidents *incidents = in->incidents;
    trygg_measures m = {0};
    trygg_register_pending *reg = NULL;
    trygg_followup_effects fx = {0};
    trygg_patrol_areas patrol = {0};
    patrol_job pj = {cfg, hot, incidents, &patrol};
    trygg__side patrol_task = {0};
    char *skipped = NULL;
    memset(summary, 0, sizeof *summary);
    *pending = NULL;
    if ((st = trygg_plan_measures(ctx, cfg, trygg_io_gpkg_temp_path(w), &m, &skipped)) != TRYGG_OK)
        goto done;
    if (hot && hot->grid)
        trygg__side_start(ctx, &patrol_task, patrol_side, &pj);
    /* A part registers only its own measures; the halo's are the neighbouring part's. */
    trygg_measures_keep_part(ctx, &m);
    if (cfg->plan_register &&
        (st = trygg_register_prepare(ctx, cfg, in->run_at, in->styles_dir, &m, &reg)) != TRYGG_OK)
        goto done;
    const trygg_measures *measures = reg ? trygg_register_pending_measures(reg) : &m;
    if (reg && (st = trygg_followup_estimate(ctx, cfg, trygg_register_pending_register(reg),
                                             trygg_io_gpkg_temp_path(w), &fx)) != TRYGG_OK)
        goto done;
    if ((st = write_measures(ctx, cfg, measures, reg, &fx, w)) != TRYGG_OK)
        goto done;
    if (reg && (st = trygg_followup_write(ctx, &fx, w)) != TRYGG_OK)
        goto done;
    if (cfg->survey_source && (st = survey_layer(ctx, cfg, in->hot ? in->incidents : NULL, measures, w)) != TRYGG_OK)
        goto done;
    if (cfg->npromises && (st = promises_layer(ctx, cfg, w)) != TRYGG_OK)
        goto done;
    if ((st = trygg__side_join(ctx, &patrol_task, TRYGG_OK)) != TRYGG_OK)
        goto done;
    if ((st = write_patrol(ctx, &patrol, w)) != TRYGG_OK)
        goto done;
    summary->measures = measures->n;
    summary->patrol_areas = patrol.n;
    char *n = reg ? trygg__xasprintf(_("%zu proposed (ids, status and decisions from the measure register)"),
                                     measures->n)
                  : trygg__xasprintf(_("%zu proposed (status proposed; decided by the municipality and the police)"),
                                     measures->n);
    st = trygg_io_gpkg_add_run_info(ctx, w, "plan.measures", n);
    free(n);
    if (st == TRYGG_OK && reg) {
        size_t kept, added, gone;
        trygg_register_pending_counts(reg, &kept, &added, &gone);
        /* A register in PostgreSQL: the connection without its password, and the table. */
        char *masked = trygg_mask_secrets(cfg->plan_register);
        char *where = trygg_io_is_pg(cfg->plan_register)
                          ? trygg__xasprintf("%s %s", masked, cfg->plan_register_layer ? cfg->plan_register_layer : "")
                          : trygg__xstrdup(masked);
        char *r =
            trygg__xasprintf(_("%s: %zu entries refreshed, %zu added, %zu marked gone (written after the output)"),
                             where, kept, added, gone);
        free(masked);
        free(where);
        st = trygg_io_gpkg_add_run_info(ctx, w, "plan.register", r);
        free(r);
        size_t worked = 0, estimated = 0;
        for (size_t i = 0; i < fx.n; i++) {
            estimated += fx.v[i].estimated;
            worked += fx.v[i].estimated && strcmp(fx.v[i].verdict, "worked") == 0;
        }
        char *f = trygg__xasprintf(_("%zu measures done (genomförd with done_on): %zu estimated (%zu worked), %zu "
                                     "cannot tell yet; windows of %d months, comparison places at least %g m from "
                                     "every measure in force, %d per place"),
                                   fx.n, estimated, worked, fx.n - estimated, cfg->effect_window_months,
                                   cfg->effect_reach_m, cfg->effect_comparison_per_place);
        if (st == TRYGG_OK)
            st = trygg_io_gpkg_add_run_info(ctx, w, "followup.effects", f);
        free(f);
    }
    if (st == TRYGG_OK)
        st = trygg_io_gpkg_add_run_info(ctx, w, "plan.rules_not_evaluated",
                                        skipped && *skipped ? skipped : _("none: every rule could be evaluated"));
    if (st == TRYGG_OK) {
        char *p = trygg__xasprintf(_("%zu (categories: %s; at most %g km2 each)"), patrol.n, cfg->patrol_categories,
                                   cfg->patrol_max_km2);
        st = trygg_io_gpkg_add_run_info(ctx, w, "plan.patrol_areas", p);
        free(p);
    }
done:
    trygg__side_stop(&patrol_task);
    trygg_followup_effects_fini(&fx);
    if (st == TRYGG_OK)
        *pending = reg;
    else
        trygg_register_pending_free(reg);
    free(skipped);
    trygg_measures_fini(&m);
    trygg_patrol_areas_fini(&patrol);
    return st;
}

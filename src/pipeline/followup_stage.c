/*
 * The follow-up of measures done (src/pipeline/followup.h): for each register entry that is
 * `genomförd` with a `done_on` date, the reports of its rule's `effect` indicator on the places
 * its area touches, in the `window_months` before done_on and as many from it, against
 * comparison places of the same road class with the closest before-period counts among the
 * places farther than `reach_m` from every measure of the register in force (decided, under way,
 * done or closed)
 * (src/score/comparison.c); the estimate and its sentence come from src/score/effect.c.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "index/index.h"
#include "pipeline/followup.h"
#include "pipeline/measure.h"

void trygg_followup_effects_fini(trygg_followup_effects *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->n; i++) {
        trygg_followup_effect *x = &e->v[i];
        free(x->what);
        free(x->what_en);
        free(x->before_from);
        free(x->before_to);
        free(x->after_from);
        free(x->after_to);
        free(x->verdict);
        free(x->sentence);
        free(x->sentence_en);
    }
    free(e->v);
    memset(e, 0, sizeof *e);
}

const trygg_followup_effect *trygg_followup_find(const trygg_followup_effects *e, int64_t measure_id)
{
    for (size_t i = 0; e && i < e->n; i++)
        if (e->v[i].measure_id == measure_id)
            return &e->v[i];
    return NULL;
}

static const char *tr(const char *msgid, bool english) TRYGG__FORMAT_ARG(1);
static const char *tr(const char *msgid, bool english)
{
    return english ? msgid : _(msgid);
}

/* "skadegörelse och klotter", "händelser nattetid"; English "night-time violence". In the
 * run's language, or in English whatever the run's language (english true). */
static char *indicator_words(const bool cats[TRYGG_CAT_COUNT], bool night, bool english)
{
    size_t n = 0, last = 0;
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        if (cats[c])
            n++, last = (size_t)c;
    trygg__strbuf b = {0};
    if (n == TRYGG_CAT_COUNT)
        trygg__sb_printf(&b, "%s", tr(N_("incidents"), english));
    else {
        size_t k = 0;
        for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
            if (!cats[c] || (size_t)c == last)
                continue;
            trygg__sb_printf(&b, "%s%s", k++ == 0 ? "" : ", ", trygg_category_words((trygg_category)c, english));
        }
        char *head = trygg__sb_steal(&b);
        if (k == 0)
            trygg__sb_printf(&b, "%s", trygg_category_words((trygg_category)last, english));
        else
            /* TRANSLATORS: the last of a list of incident categories: "vandalism and graffiti" */
            trygg__sb_printf(&b, tr(N_("%s and %s"), english), head,
                             trygg_category_words((trygg_category)last, english));
        free(head);
    }
    if (night) {
        char *words = trygg__sb_steal(&b);
        /* TRANSLATORS: incidents at night: "night-time violence", Swedish "våld nattetid" */
        trygg__sb_printf(&b, tr(N_("night-time %s"), english), words);
        free(words);
    }
    return trygg__sb_steal(&b);
}

static const trygg_measure_rule *find_rule(const trygg_config *cfg, const trygg_config *shipped, const char *name)
{
    for (size_t i = 0; name && i < cfg->nrules; i++)
        if (strcmp(cfg->rules[i].name, name) == 0)
            return &cfg->rules[i];
    for (size_t i = 0; name && i < shipped->nrules; i++)
        if (strcmp(shipped->rules[i].name, name) == 0)
            return &shipped->rules[i];
    return NULL;
}

static int days_in_month(int64_t y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* The day k months from y-m-d, its day clamped to the month's length (31 March + 1 month is
 * 30 April). Returned as days since 1970-01-01. */
static int64_t add_months(int64_t y, int m, int d, int k)
{
    int64_t months = y * 12 + (m - 1) + k;
    int64_t ny = trygg__floor_div(months, 12);
    int nm = (int)(months - ny * 12) + 1;
    int dim = days_in_month(ny, nm);
    return trygg__days_from_civil(ny, nm, d > dim ? dim : d);
}

static char *day_text(int64_t days)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(days, &y, &m, &d);
    return trygg__xasprintf("%04lld-%02d-%02d", (long long)y, m, d);
}

/* Local midnight at the start of a day, in UTC seconds. */
static int64_t day_start_utc(const trygg_config *cfg, int64_t days)
{
    char *s = day_text(days);
    int64_t t = days * 86400;
    trygg_io_parse_time(s, cfg->utc_offset_h, cfg->eu_summer_time, &t);
    free(s);
    return t;
}

static int by_place_seg(const void *key, const void *elem)
{
    int64_t k = *(const int64_t *)key, s = ((const trygg_followup_place *)elem)->seg_id;
    return (k > s) - (k < s);
}

typedef struct {
    GEOSGeometry **geom; /* the areas that keep comparison places away */
    double *env;         /* their envelopes, 4 per area */
    size_t n;
} reach_areas;

static void area_envelope(size_t i, double env[4], void *user)
{
    const reach_areas *r = user;
    memcpy(env, r->env + 4 * i, 4 * sizeof *env);
}

static GEOSGeometry *from_wkb(GEOSContextHandle_t h, const unsigned char *wkb, size_t n)
{
    return wkb && n ? GEOSGeomFromWKB_buf_r(h, wkb, n) : NULL;
}

/* A measure that acts on its places: decided, under way, done or closed (a proposal or a
 * rejected one changes nothing there). */
static bool in_force(const trygg_register_entry *e)
{
    static const char *const acting[] = {"beslutad", "pågår", "genomförd", "avslutad"};
    for (size_t i = 0; e->status && i < sizeof acting / sizeof acting[0]; i++)
        if (strcmp(e->status, acting[i]) == 0)
            return true;
    return false;
}

/* Places farther than reach_m from every measure in force: the pool of comparison places. */
static void eligible_places(trygg_ctx *ctx, const trygg_config *cfg, const trygg_register *reg,
                            GEOSGeometry *const *places, size_t nplaces, bool *eligible)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    size_t cap = reg->n + 1;
    reach_areas r = {trygg__xcalloc(cap, sizeof *r.geom), trygg__xcalloc(4 * cap, sizeof *r.env), 0};
    for (size_t i = 0; i < reg->n; i++)
        if (in_force(&reg->v[i]))
            r.geom[r.n++] = from_wkb(h, reg->v[i].wkb, reg->v[i].wkb_size);
    for (size_t i = 0; i < r.n; i++) {
        double *env = r.env + 4 * i;
        if (r.geom[i]) {
            GEOSGeom_getXMin_r(h, r.geom[i], &env[0]);
            GEOSGeom_getYMin_r(h, r.geom[i], &env[1]);
            GEOSGeom_getXMax_r(h, r.geom[i], &env[2]);
            GEOSGeom_getYMax_r(h, r.geom[i], &env[3]);
        }
    }
    const GEOSPreparedGeometry **prep = trygg__xcalloc(r.n + 1, sizeof *prep);
    for (size_t i = 0; i < r.n; i++)
        prep[i] = r.geom[i] ? GEOSPrepare_r(h, r.geom[i]) : NULL;
    trygg_index *idx = trygg_index_new(ctx, r.n, area_envelope, &r);
    trygg_idlist hits = {0};
    double reach = cfg->effect_reach_m;
    for (size_t p = 0; p < nplaces; p++) {
        eligible[p] = places[p] != NULL;
        if (!places[p])
            continue;
        double x0, y0, x1, y1;
        GEOSGeom_getXMin_r(h, places[p], &x0);
        GEOSGeom_getYMin_r(h, places[p], &y0);
        GEOSGeom_getXMax_r(h, places[p], &x1);
        GEOSGeom_getYMax_r(h, places[p], &y1);
        trygg_index_query(idx, h, x0 - reach, y0 - reach, x1 + reach, y1 + reach, &hits);
        for (size_t k = 0; k < hits.n && eligible[p]; k++)
            if (prep[hits.v[k]] && GEOSPreparedDistanceWithin_r(h, prep[hits.v[k]], places[p], reach) == 1)
                eligible[p] = false;
    }
    trygg_idlist_fini(&hits);
    trygg_index_free(idx);
    for (size_t i = 0; i < r.n; i++) {
        if (prep[i])
            GEOSPreparedGeom_destroy_r(h, prep[i]);
        GEOSGeom_destroy_r(h, r.geom[i]);
    }
    free(prep);
    free(r.geom);
    free(r.env);
}

static void verdict_of(trygg_followup_effect *x)
{
    if (!x->estimated)
        x->verdict = trygg__xstrdup("cannot tell yet");
    else if (x->effect.res_lo > 1)
        x->verdict = trygg__xstrdup("worked");
    else if (x->effect.res_hi < 1)
        x->verdict = trygg__xstrdup("more reports");
    else
        x->verdict = trygg__xstrdup("no clear effect");
}

/* One measure: its windows, places, counts, comparison places and estimate. */
static void estimate_one(trygg_ctx *ctx, const trygg_config *cfg, const trygg_measure_rule *rule,
                         const trygg_followup_data *data, GEOSGeometry *const *places, const bool *eligible,
                         trygg_followup_effect *x)
{
    GEOSContextHandle_t h = trygg__geos(ctx);
    const trygg_register_entry *e = x->entry;
    bool cats[TRYGG_CAT_COUNT], night = false;
    int y, m, d;
    sscanf(e->done_on, "%d-%d-%d", &y, &m, &d);
    int w = cfg->effect_window_months;
    int64_t done = trygg__days_from_civil(y, m, d), b0 = add_months(y, m, d, -w), a1 = add_months(y, m, d, w);
    x->before_from = day_text(b0);
    x->before_to = day_text(done - 1);
    x->after_from = day_text(done);
    x->after_to = day_text(a1 - 1);
    if (!rule || !rule->effect || !trygg_config_effect_parse(rule->effect, cats, &night, NULL)) {
        x->what = trygg__xstrdup(_("reports"));
        x->what_en = trygg__xstrdup("reports");
#define NO_EFFECT N_("cannot tell: the rule %s has no effect indicator (effect)")
        x->sentence = trygg__xasprintf(_(NO_EFFECT), e->rule ? e->rule : "?");
        x->sentence_en = trygg__xasprintf(NO_EFFECT, e->rule ? e->rule : "?");
#undef NO_EFFECT
        return;
    }
    x->what = indicator_words(cats, night, false);
    x->what_en = indicator_words(cats, night, true);
    int64_t t_b0 = day_start_utc(cfg, b0), t_a0 = day_start_utc(cfg, done), t_a1 = day_start_utc(cfg, a1);
    /* The reports must cover both windows: a day of slack, since reports on a window's first
     * or last day may be few. */
    if (data->t_max == TRYGG_TIME_UNKNOWN || data->t_max < t_a1 - 86400 || data->t_min > t_b0 + 86400) {
        char *first = data->t_min == TRYGG_TIME_UNKNOWN ? trygg__xstrdup("-")
                                                         : day_text(trygg__floor_div(data->t_min, 86400));
        char *last = data->t_max == TRYGG_TIME_UNKNOWN ? trygg__xstrdup("-")
                                                        : day_text(trygg__floor_div(data->t_max, 86400));
#define UNCOVERED                                                                                              \
    N_("cannot tell yet: the periods before and after the measure (%s to %s) are not covered by the reports (%s to " \
       "%s)")
        x->sentence = trygg__xasprintf(_(UNCOVERED), x->before_from, x->after_to, first, last);
        x->sentence_en = trygg__xasprintf(UNCOVERED, x->before_from, x->after_to, first, last);
#undef UNCOVERED
        free(first);
        free(last);
        return;
    }
    size_t n = data->nplaces;
    long *before = trygg__xcalloc(n + 1, sizeof *before), *after = trygg__xcalloc(n + 1, sizeof *after);
    for (size_t k = 0; k < data->nincidents; k++) {
        const trygg_followup_incident *inc = &data->incidents[k];
        if (!cats[inc->category] || inc->t_utc < t_b0 || inc->t_utc >= t_a1 ||
            (night && !trygg_measure_is_night(cfg, inc->t_utc)))
            continue;
        const trygg_followup_place *p = bsearch(&inc->seg_id, data->places, n, sizeof *data->places, by_place_seg);
        if (!p)
            continue;
        size_t i = (size_t)(p - data->places);
        if (inc->t_utc < t_a0)
            before[i]++;
        else
            after[i]++;
    }
    GEOSGeometry *area = from_wkb(h, e->wkb, e->wkb_size);
    const GEOSPreparedGeometry *prep = area ? GEOSPrepare_r(h, area) : NULL;
    size_t *treated = trygg__xcalloc(n + 1, sizeof *treated), nt = 0;
    for (size_t i = 0; prep && i < n; i++)
        if (places[i] && GEOSPreparedIntersects_r(h, prep, places[i]) == 1)
            treated[nt++] = i;
    const char **cls = trygg__xcalloc(n + 1, sizeof *cls);
    for (size_t i = 0; i < n; i++)
        cls[i] = data->places[i].road_class;
    size_t per = (size_t)cfg->effect_comparison_per_place;
    size_t *chosen = trygg__xcalloc(nt * per + 1, sizeof *chosen);
    size_t nc = trygg_effect_comparison(cls, before, eligible, n, treated, nt, per, chosen);
    x->places = nt;
    x->comparison_places = nc;
    for (size_t k = 0; k < nt; k++) {
        x->counts.treated_before += before[treated[k]];
        x->counts.treated_after += after[treated[k]];
    }
    for (size_t k = 0; k < nc; k++) {
        x->counts.comparison_before += before[chosen[k]];
        x->counts.comparison_after += after[chosen[k]];
    }
    long min_reports = cfg->effect_min_reports;
    trygg_effect_estimate(&x->counts, min_reports, &x->effect);
    x->estimated = x->effect.verdict == TRYGG_EFFECT_ESTIMATED;
    x->sentence = trygg_effect_sentence(&x->counts, &x->effect, min_reports, x->what, false);
    x->sentence_en = trygg_effect_sentence(&x->counts, &x->effect, min_reports, x->what_en, true);
    free(chosen);
    free(cls);
    free(treated);
    if (prep)
        GEOSPreparedGeom_destroy_r(h, prep);
    GEOSGeom_destroy_r(h, area);
    free(before);
    free(after);
}

static bool is_done(const trygg_register_entry *e)
{
    int y, m, d;
    return e->status && strcmp(e->status, "genomförd") == 0 && e->done_on &&
           sscanf(e->done_on, "%d-%d-%d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

trygg_status trygg_followup_estimate(trygg_ctx *ctx, const trygg_config *cfg, const trygg_register *reg,
                                     const char *gpkg_path, trygg_followup_effects *out)
{
    memset(out, 0, sizeof *out);
    size_t ndone = 0;
    for (size_t i = 0; i < reg->n; i++)
        ndone += is_done(&reg->v[i]);
    if (!ndone)
        return TRYGG_OK;
    trygg_followup_data data;
    trygg_status st = trygg_io_read_followup(ctx, gpkg_path, &data);
    if (st != TRYGG_OK)
        return st;
    GEOSContextHandle_t h = trygg__geos(ctx);
    GEOSGeometry **places = trygg__xcalloc(data.nplaces + 1, sizeof *places);
    for (size_t i = 0; i < data.nplaces; i++)
        places[i] = from_wkb(h, data.places[i].wkb, data.places[i].wkb_size);
    bool *eligible = trygg__xcalloc(data.nplaces + 1, sizeof *eligible);
    eligible_places(ctx, cfg, reg, places, data.nplaces, eligible);
    trygg_config shipped;
    trygg_config_init(&shipped);
    trygg_config_add_default_rules(&shipped);
    out->v = trygg__xcalloc(ndone, sizeof *out->v);
    for (size_t i = 0; i < reg->n; i++) {
        if (!is_done(&reg->v[i]))
            continue;
        trygg_followup_effect *x = &out->v[out->n++];
        x->measure_id = reg->v[i].measure_id;
        x->entry = &reg->v[i];
        estimate_one(ctx, cfg, find_rule(cfg, &shipped, reg->v[i].rule), &data, places, eligible, x);
        verdict_of(x);
    }
    trygg_config_fini(&shipped);
    for (size_t i = 0; i < data.nplaces; i++)
        GEOSGeom_destroy_r(h, places[i]);
    free(places);
    free(eligible);
    trygg_followup_data_fini(&data);
    return TRYGG_OK;
}

enum { E_ID, E_RULE, E_DONE, E_WHAT, E_B0, E_B1, E_A0, E_A1, E_PLACES, E_CPLACES, E_TB, E_TA, E_CB, E_CA, E_CHANGE,
       E_CCHANGE, E_RES, E_LO, E_HI, E_P, E_VERDICT, E_SV, E_EN, E_NFIELDS };

static const trygg_field_def effect_fields[E_NFIELDS] = {
    [E_ID] = {"measure_id", TRYGG_FIELD_INT},          [E_RULE] = {"rule", TRYGG_FIELD_TEXT},
    [E_DONE] = {"done_on", TRYGG_FIELD_TEXT},          [E_WHAT] = {"indicator", TRYGG_FIELD_TEXT},
    [E_B0] = {"before_from", TRYGG_FIELD_TEXT},        [E_B1] = {"before_to", TRYGG_FIELD_TEXT},
    [E_A0] = {"after_from", TRYGG_FIELD_TEXT},         [E_A1] = {"after_to", TRYGG_FIELD_TEXT},
    [E_PLACES] = {"places", TRYGG_FIELD_INT},          [E_CPLACES] = {"comparison_places", TRYGG_FIELD_INT},
    [E_TB] = {"reports_before", TRYGG_FIELD_INT},      [E_TA] = {"reports_after", TRYGG_FIELD_INT},
    [E_CB] = {"comparison_before", TRYGG_FIELD_INT},   [E_CA] = {"comparison_after", TRYGG_FIELD_INT},
    [E_CHANGE] = {"change", TRYGG_FIELD_REAL},         [E_CCHANGE] = {"comparison_change", TRYGG_FIELD_REAL},
    [E_RES] = {"relative_effect", TRYGG_FIELD_REAL},   [E_LO] = {"relative_effect_lo", TRYGG_FIELD_REAL},
    [E_HI] = {"relative_effect_hi", TRYGG_FIELD_REAL}, [E_P] = {"p_value", TRYGG_FIELD_REAL},
    [E_VERDICT] = {"verdict", TRYGG_FIELD_TEXT},       [E_SV] = {"effect", TRYGG_FIELD_TEXT},
    [E_EN] = {"effect_en", TRYGG_FIELD_TEXT},
};

static trygg_value text(const char *s) { return (trygg_value){.null = s == NULL, .s = s}; }
static trygg_value integer(int64_t i) { return (trygg_value){.i = i}; }
static trygg_value real(double r, double scale, bool known)
{
    return (trygg_value){.null = !known || !isfinite(r), .r = round(r * scale) / scale};
}

static trygg_status fill_effect(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_followup_effect *x = &((const trygg_followup_effects *)arg)->v[i];
    trygg_value *row = trygg_row_values(out);
    bool k = x->estimated, counted = x->places > 0 || k;
    row[E_ID] = integer(x->measure_id);
    row[E_RULE] = text(x->entry->rule);
    row[E_DONE] = text(x->entry->done_on);
    row[E_WHAT] = text(x->what);
    row[E_B0] = text(x->before_from);
    row[E_B1] = text(x->before_to);
    row[E_A0] = text(x->after_from);
    row[E_A1] = text(x->after_to);
    row[E_PLACES] = integer((int64_t)x->places);
    row[E_CPLACES] = integer((int64_t)x->comparison_places);
    row[E_TB] = counted ? integer(x->counts.treated_before) : text(NULL);
    row[E_TA] = counted ? integer(x->counts.treated_after) : text(NULL);
    row[E_CB] = counted ? integer(x->counts.comparison_before) : text(NULL);
    row[E_CA] = counted ? integer(x->counts.comparison_after) : text(NULL);
    row[E_CHANGE] = real(x->effect.change, 1e4, k);
    row[E_CCHANGE] = real(x->effect.comparison_change, 1e4, k);
    row[E_RES] = real(x->effect.res, 1e4, k);
    row[E_LO] = real(x->effect.res_lo, 1e4, k);
    row[E_HI] = real(x->effect.res_hi, 1e4, k);
    row[E_P] = real(x->effect.p, 1e6, k);
    row[E_VERDICT] = text(x->verdict);
    row[E_SV] = text(x->sentence);
    row[E_EN] = text(x->sentence_en);
    trygg_row_wkb(out, x->entry->wkb, x->entry->wkb_size);
    return TRYGG_OK;
}

trygg_status trygg_followup_write(trygg_ctx *ctx, const trygg_followup_effects *e, trygg_gpkg_writer *w)
{
    trygg_layer_desc d = {
        "measure_effects", wkbMultiPolygon,
        N_("Did it work? Measures of the register that are done (genomförd, with done_on): reports of the "
           "rule's indicator at the measure's places before and after, against comparison places of the same "
           "road class and similar counts; relative effect size (Welsh & Farrington) with its 95 % interval "
           "and Fisher's exact test, or 'cannot tell yet'"),
        effect_fields, E_NFIELDS, e->n, fill_effect, e};
    return trygg_io_gpkg_add_layer(ctx, w, &d);
}

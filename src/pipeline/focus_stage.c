/*
 * The focus areas of brott i nära relation and brott mot äldre (src/pipeline/focus.h): the
 * sensitive incidents counted per population area (or per report area), the rates per 1 000
 * residents against the municipality's, and the layers `focus_areas` and, with [privacy]
 * internal = full, `sensitive_incidents`.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "pipeline/focus.h"

void trygg_focus_result_fini(trygg_focus_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].name);
    free(r->v);
    free(r->source);
    trygg_population_fini(&r->population);
    trygg_named_areas_fini(&r->areas);
    memset(r, 0, sizeof *r);
}

static void envelope(GEOSContextHandle_t h, const GEOSGeometry *g, double env[4])
{
    GEOSGeom_getXMin_r(h, g, &env[0]);
    GEOSGeom_getYMin_r(h, g, &env[1]);
    GEOSGeom_getXMax_r(h, g, &env[2]);
    GEOSGeom_getYMax_r(h, g, &env[3]);
}

static bool in_period(const trygg_incident *x, const trygg_period *p)
{
    if (!p)
        return true;
    return x->t_utc != TRYGG_TIME_UNKNOWN && x->t_utc >= p->from && x->t_utc < p->to;
}

trygg_status trygg_focus_compute(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *sensitive,
                                 const trygg_period *period, trygg_focus_result *out)
{
    memset(out, 0, sizeof *out);
    trygg_status st = TRYGG_OK;
    if (cfg->population_source) {
        if ((st = trygg_io_read_population(ctx, cfg, &out->population)) != TRYGG_OK)
            return st;
        out->source = trygg__xstrdup(_("population areas"));
        out->v = trygg__xcalloc(out->population.n + 1, sizeof *out->v);
        for (size_t i = 0; i < out->population.n; i++) {
            const trygg_population_area *a = &out->population.v[i];
            out->v[out->n++] = (trygg_focus_row){.name = trygg__xstrdup(a->name), .population = a->population,
                                                 .aged_65 = a->aged_65, .wkb = a->wkb, .wkb_size = a->wkb_size};
        }
    } else if (cfg->report_areas) {
        if ((st = trygg_io_read_named_areas(ctx, cfg->report_areas, cfg->report_name_field, cfg->crs,
                                            cfg->assume_crs, &out->areas)) != TRYGG_OK)
            return st;
        out->source = trygg__xstrdup(_("report areas"));
        out->v = trygg__xcalloc(out->areas.n + 1, sizeof *out->v);
        for (size_t i = 0; i < out->areas.n; i++) {
            const trygg_named_area *a = &out->areas.v[i];
            out->v[out->n++] = (trygg_focus_row){.name = trygg__xstrdup(a->name), .population = NAN,
                                                 .aged_65 = NAN, .wkb = a->wkb, .wkb_size = a->wkb_size};
        }
    }
    if (period)
        trygg_period_format(period, cfg->utc_offset_h, cfg->eu_summer_time, out->period, sizeof out->period);
    else
        snprintf(out->period, sizeof out->period, "all reports");

    GEOSContextHandle_t h = trygg__geos(ctx);
    size_t n = out->n;
    GEOSGeometry **g = trygg__xcalloc(n + 1, sizeof *g);
    const GEOSPreparedGeometry **prep = trygg__xcalloc(n + 1, sizeof *prep);
    double *env = trygg__xcalloc(4 * n + 1, sizeof *env);
    long *vc = trygg__xcalloc(n + 1, sizeof *vc), *fe = trygg__xcalloc(n + 1, sizeof *fe);
    long *other = trygg__xcalloc(n + 1, sizeof *other);
    for (size_t i = 0; i < n; i++) {
        g[i] = GEOSGeomFromWKB_buf_r(h, out->v[i].wkb, out->v[i].wkb_size);
        if (g[i]) {
            prep[i] = GEOSPrepare_r(h, g[i]);
            envelope(h, g[i], env + 4 * i);
        }
    }
    /* Each incident counts in the first area that holds it (population areas are a partition). */
    for (size_t k = 0; sensitive && k < sensitive->n; k++) {
        const trygg_incident *x = &sensitive->v[k];
        if (!in_period(x, period) || (unsigned)x->category >= TRYGG_CAT_ALL_COUNT)
            continue;
        out->total[x->category]++;
        bool found = false;
        GEOSGeometry *p = GEOSGeom_createPointFromXY_r(h, x->x, x->y);
        for (size_t i = 0; i < n && !found && p; i++) {
            const double *e = env + 4 * i;
            if (!prep[i] || x->x < e[0] || x->x > e[2] || x->y < e[1] || x->y > e[3])
                continue;
            if (GEOSPreparedIntersects_r(h, prep[i], p) == 1) {
                found = true;
                vc[i] += x->category == TRYGG_CAT_VIOLENCE_CLOSE;
                fe[i] += x->category == TRYGG_CAT_FRAUD_ELDERLY;
                other[i] += !trygg_category_area_only(x->category);
            }
        }
        GEOSGeom_destroy_r(h, p);
        out->outside += !found;
    }
    /* The municipality: the sum over the areas (reports and residents alike). */
    long sum_vc = 0, sum_fe = 0;
    for (size_t i = 0; i < n; i++) {
        sum_vc += vc[i];
        sum_fe += fe[i];
        if (isfinite(out->v[i].population))
            out->total_population += out->v[i].population;
        if (isfinite(out->v[i].aged_65))
            out->total_aged_65 += out->v[i].aged_65;
    }
    for (size_t i = 0; i < n; i++) {
        trygg_focus_row *r = &out->v[i];
        r->violence_close = trygg_focus_rate_of(vc[i], r->population, sum_vc, out->total_population,
                                                cfg->focus_high_ratio);
        r->fraud_elderly = trygg_focus_rate_of(fe[i], r->aged_65, sum_fe, out->total_aged_65, cfg->focus_high_ratio);
        r->other_sensitive = other[i];
    }
    for (size_t i = 0; i < n; i++) {
        if (prep[i])
            GEOSPreparedGeom_destroy_r(h, prep[i]);
        if (g[i])
            GEOSGeom_destroy_r(h, g[i]);
    }
    free(g);
    free(prep);
    free(env);
    free(vc);
    free(fe);
    free(other);
    return TRYGG_OK;
}

enum { F_AREA, F_POP, F_AGED, F_PERIOD, F_VC, F_VC_RATE, F_VC_RATIO, F_VC_LOW, F_VC_HIGH, F_VC_FLAG, F_FE, F_FE_RATE,
       F_FE_RATIO, F_FE_LOW, F_FE_HIGH, F_FE_FLAG, F_OTHER, F_NFIELDS };

static const trygg_field_def focus_fields[F_NFIELDS] = {
    [F_AREA] = {"area", TRYGG_FIELD_TEXT},
    [F_POP] = {"population", TRYGG_FIELD_INT},
    [F_AGED] = {"aged_65", TRYGG_FIELD_INT},
    [F_PERIOD] = {"period", TRYGG_FIELD_TEXT},
    [F_VC] = {"n_violence_close", TRYGG_FIELD_INT},
    [F_VC_RATE] = {"violence_close_per_1000", TRYGG_FIELD_REAL},
    [F_VC_RATIO] = {"violence_close_ratio", TRYGG_FIELD_REAL},
    [F_VC_LOW] = {"violence_close_low", TRYGG_FIELD_REAL},
    [F_VC_HIGH] = {"violence_close_high", TRYGG_FIELD_REAL},
    [F_VC_FLAG] = {"violence_close_elevated", TRYGG_FIELD_INT},
    [F_FE] = {"n_fraud_elderly", TRYGG_FIELD_INT},
    [F_FE_RATE] = {"fraud_elderly_per_1000_65", TRYGG_FIELD_REAL},
    [F_FE_RATIO] = {"fraud_elderly_ratio", TRYGG_FIELD_REAL},
    [F_FE_LOW] = {"fraud_elderly_low", TRYGG_FIELD_REAL},
    [F_FE_HIGH] = {"fraud_elderly_high", TRYGG_FIELD_REAL},
    [F_FE_FLAG] = {"fraud_elderly_elevated", TRYGG_FIELD_INT},
    [F_OTHER] = {"n_other_sensitive", TRYGG_FIELD_INT},
};

static trygg_value count_value(double v)
{
    return (trygg_value){.null = !isfinite(v), .i = isfinite(v) ? (int64_t)llround(v) : 0};
}

static void rate_values(trygg_value *row, int first, const trygg_focus_rate *r)
{
    row[first] = trygg_value_int(r->count);
    row[first + 1] = trygg_value_real(r->per_1000, 1e2);
    row[first + 2] = trygg_value_real(r->ratio, 1e2);
    row[first + 3] = trygg_value_real(r->low, 1e2);
    row[first + 4] = trygg_value_real(r->high, 1e2);
    row[first + 5] = trygg_value_int(r->elevated);
}

static trygg_status fill_focus(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_focus_result *r = arg;
    const trygg_focus_row *x = &r->v[i];
    trygg_value *row = trygg_row_values(out);
    row[F_AREA] = trygg_value_text(x->name);
    row[F_POP] = count_value(x->population);
    row[F_AGED] = count_value(x->aged_65);
    row[F_PERIOD] = trygg_value_text(r->period);
    rate_values(row, F_VC, &x->violence_close);
    rate_values(row, F_FE, &x->fraud_elderly);
    row[F_OTHER] = trygg_value_int(x->other_sensitive);
    trygg_row_wkb(out, x->wkb, x->wkb_size);
    return TRYGG_OK;
}

void trygg_focus_write(const trygg_focus_result *r, trygg_layer_batch *b)
{
    trygg_layer_desc d = {
        "focus_areas", wkbMultiPolygon,
        /* xgettext:no-c-format */
        N_("Focus areas brott i nära relation and brott mot äldre: reports of violence in close relationships "
           "and of fraud against residents aged 65+ counted per area only (never as points or at places), per "
           "1 000 residents (fraud per 1 000 aged 65+), against the municipality's rate with a 95 % interval "
           "(Byar)"),
        focus_fields, F_NFIELDS, r->n, fill_focus, r};
    trygg_layer_batch_add(b, &d);
}

enum { S_ID, S_CATEGORY, S_SOURCE, S_TIME, S_NFIELDS };

static const trygg_field_def sensitive_fields[S_NFIELDS] = {
    [S_ID] = {"incident_id", TRYGG_FIELD_INT},
    [S_CATEGORY] = {"category", TRYGG_FIELD_TEXT},
    [S_SOURCE] = {"source_category", TRYGG_FIELD_TEXT},
    [S_TIME] = {"occurred_at", TRYGG_FIELD_TEXT},
};

static trygg_status fill_sensitive(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_incident *x = &((const trygg_incidents *)arg)->v[i];
    trygg_value *row = trygg_row_values(out);
    row[S_ID] = trygg_value_int(x->fid);
    row[S_CATEGORY] = trygg_value_text(trygg_category_name(x->category));
    row[S_SOURCE] = trygg_value_text(x->source_category);
    if (x->t_utc != TRYGG_TIME_UNKNOWN) {
        time_t t = (time_t)x->t_utc;
        struct tm tm;
        char when[24];
        gmtime_r(&t, &tm);
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
        trygg_row_take_text(out, S_TIME, trygg__xstrdup(when));
    }
    trygg_row_point(out, x->x, x->y);
    return TRYGG_OK;
}

void trygg_focus_write_sensitive(const trygg_incidents *sensitive, trygg_layer_batch *b)
{
    trygg_layer_desc d = {
        "sensitive_incidents", wkbPoint,
        N_("INTERNAL, NOT FOR SHARING: reports of the sensitive categories ([privacy] sensitive) as points, kept "
           "apart from every analysis ([privacy] internal = full); counted by area only in focus_areas"),
        sensitive_fields, S_NFIELDS, sensitive ? sensitive->n : 0, fill_sensitive, sensitive};
    trygg_layer_batch_add(b, &d);
}

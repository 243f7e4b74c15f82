/*
 * The safety survey per area and year beside the incidents and measures of the run
 * (src/pipeline/survey.h): the `survey_areas` layer.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "pipeline/survey.h"

void trygg_survey_results_fini(trygg_survey_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].key);
    free(r->v);
    trygg_survey_rows_fini(&r->rows);
    trygg_named_areas_fini(&r->areas);
    memset(r, 0, sizeof *r);
}

char *trygg_survey_name_key(const char *name)
{
    char *k = trygg__xstrdup(name ? name : "");
    for (unsigned char *p = (unsigned char *)k; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            *p = (unsigned char)(*p + 32);
        else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
            p[1] = (unsigned char)(p[1] + 0x20); /* À..Þ -> à..þ, × excepted */
            p++;
        }
    }
    return k;
}

static int by_area_year(const void *a, const void *b)
{
    const trygg_survey_result *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return (x->row->year > y->row->year) - (x->row->year < y->row->year);
}

/* Calendar year of a time in local standard time (the survey's year; summer time moves no
 * report across New Year). */
static int local_year(int64_t t_utc, double utc_offset_h)
{
    int64_t y;
    int m, d;
    trygg__civil_from_days(trygg__floor_div(t_utc + (int64_t)llround(utc_offset_h * 3600), 86400), &y, &m, &d);
    return (int)y;
}

/* Reports inside the area in its year, or -1 when the reports do not cover that year (a day of
 * slack at each end). */
static long count_year(GEOSContextHandle_t h, const GEOSPreparedGeometry *area, const double env[4],
                       const trygg_incidents *inc, int year, double utc_offset_h, int64_t t_min, int64_t t_max)
{
    int64_t start = trygg__days_from_civil(year, 1, 1) * 86400 - (int64_t)llround(utc_offset_h * 3600);
    int64_t end = trygg__days_from_civil(year + 1, 1, 1) * 86400 - (int64_t)llround(utc_offset_h * 3600);
    if (t_min == TRYGG_TIME_UNKNOWN || t_min > start + 86400 || t_max < end - 2 * 86400)
        return -1;
    long n = 0;
    for (size_t k = 0; k < inc->n; k++) {
        const trygg_incident *x = &inc->v[k];
        if (x->t_utc == TRYGG_TIME_UNKNOWN || local_year(x->t_utc, utc_offset_h) != year || x->x < env[0] ||
            x->x > env[2] || x->y < env[1] || x->y > env[3])
            continue;
        GEOSGeometry *p = GEOSGeom_createPointFromXY_r(h, x->x, x->y);
        n += p && GEOSPreparedIntersects_r(h, area, p) == 1;
        GEOSGeom_destroy_r(h, p);
    }
    return n;
}

static void envelope(GEOSContextHandle_t h, const GEOSGeometry *g, double env[4])
{
    GEOSGeom_getXMin_r(h, g, &env[0]);
    GEOSGeom_getYMin_r(h, g, &env[1]);
    GEOSGeom_getXMax_r(h, g, &env[2]);
    GEOSGeom_getYMax_r(h, g, &env[3]);
}

trygg_status trygg_survey_estimate(trygg_ctx *ctx, const trygg_config *cfg, const trygg_incidents *incidents,
                                   const trygg_measures *measures, trygg_survey_results *out)
{
    memset(out, 0, sizeof *out);
    trygg_status st = trygg_io_read_survey(ctx, cfg, &out->rows);
    if (st == TRYGG_OK && cfg->survey_areas)
        st = trygg_io_read_named_areas(ctx, cfg->survey_areas, cfg->survey_areas_name_field, cfg->crs,
                                       cfg->assume_crs, &out->areas);
    if (st != TRYGG_OK) {
        trygg_survey_results_fini(out);
        return st;
    }
    GEOSContextHandle_t h = trygg__geos(ctx);
    int64_t t_min = TRYGG_TIME_UNKNOWN, t_max = TRYGG_TIME_UNKNOWN;
    for (size_t k = 0; incidents && k < incidents->n; k++) {
        int64_t t = incidents->v[k].t_utc;
        if (t == TRYGG_TIME_UNKNOWN)
            continue;
        if (t_min == TRYGG_TIME_UNKNOWN || t < t_min)
            t_min = t;
        if (t_max == TRYGG_TIME_UNKNOWN || t > t_max)
            t_max = t;
    }
    out->v = trygg__xcalloc(out->rows.n + 1, sizeof *out->v);
    for (size_t i = 0; i < out->rows.n; i++) {
        const trygg_survey_row *r = &out->rows.v[i];
        if (r->gender != TRYGG_SURVEY_ALL)
            continue; /* by gender: beside its area's total row, below */
        trygg_survey_result *x = &out->v[out->n];
        memset(x, 0, sizeof *x);
        x->row = r;
        x->area = r->area;
        x->wkb = r->wkb;
        x->wkb_size = r->wkb_size;
        x->key = trygg_survey_name_key(r->area);
        /* By name, case-insensitively: survey reports and map layers spell areas alike but
         * not always in the same case. */
        for (size_t a = 0; !x->wkb && a < out->areas.n; a++) {
            char *k = trygg_survey_name_key(out->areas.v[a].name);
            if (strcmp(k, x->key) == 0) {
                x->area = out->areas.v[a].name;
                x->wkb = out->areas.v[a].wkb;
                x->wkb_size = out->areas.v[a].wkb_size;
            }
            free(k);
        }
        if (!x->wkb) {
            free(x->key);
            x->key = NULL;
            if (out->unmatched++ < 5)
                trygg__warn(ctx, "[survey] area '%s' (%d) has no polygon: not in [survey] areas%s", r->area, r->year,
                            cfg->survey_areas ? "" : _(" (none given) and the survey has no polygons"));
            continue;
        }
        out->n++;
    }
    qsort(out->v, out->n, sizeof *out->v, by_area_year);
    for (size_t i = 0; i < out->n; i++) {
        trygg_survey_result *x = &out->v[i];
        x->previous_index = x->index_women = x->index_men = NAN;
        x->incidents = x->previous_incidents = -1;
        /* The previous survey of the same area: the one just before in the sorted order. */
        if (i > 0 && strcmp(out->v[i - 1].key, x->key) == 0) {
            x->previous_year = out->v[i - 1].row->year;
            x->previous_index = out->v[i - 1].row->index_total;
            x->previous = out->v[i - 1].row;
        }
        /* The same area and year by gender (the rows are few: a scan). */
        for (size_t k = 0; k < out->rows.n; k++) {
            const trygg_survey_row *g = &out->rows.v[k];
            if (g->gender == TRYGG_SURVEY_ALL || g->year != x->row->year)
                continue;
            char *gk = trygg_survey_name_key(g->area);
            if (strcmp(gk, x->key) == 0)
                *(g->gender == TRYGG_SURVEY_WOMEN ? &x->index_women : &x->index_men) = g->index_total;
            free(gk);
        }
        GEOSGeometry *g = GEOSGeomFromWKB_buf_r(h, x->wkb, x->wkb_size);
        if (!g)
            continue;
        const GEOSPreparedGeometry *prep = GEOSPrepare_r(h, g);
        double env[4];
        envelope(h, g, env);
        if (incidents) {
            x->incidents = count_year(h, prep, env, incidents, x->row->year, cfg->utc_offset_h, t_min, t_max);
            if (x->previous_year)
                x->previous_incidents = count_year(h, prep, env, incidents, x->previous_year, cfg->utc_offset_h,
                                                   t_min, t_max);
        }
        for (size_t m = 0; measures && m < measures->n; m++) {
            GEOSGeometry *mg = measures->v[m].wkb
                                   ? GEOSGeomFromWKB_buf_r(h, measures->v[m].wkb, measures->v[m].wkb_size)
                                   : NULL;
            x->measures += mg && GEOSPreparedIntersects_r(h, prep, mg) == 1;
            GEOSGeom_destroy_r(h, mg);
        }
        GEOSPreparedGeom_destroy_r(h, prep);
        GEOSGeom_destroy_r(h, g);
        x->direction = x->previous_year ? trygg_survey_direction_of(x->previous_index, x->row->index_total,
                                                                    x->previous_incidents, x->incidents,
                                                                    cfg->survey_higher_is_safer,
                                                                    cfg->survey_min_index_change)
                                        : TRYGG_SURVEY_UNKNOWN;
    }
    return TRYGG_OK;
}

enum { S_AREA, S_YEAR, S_INDEX, S_RESP, S_PYEAR, S_PINDEX, S_CHANGE, S_INC, S_PINC, S_INC_CHANGE, S_MEASURES,
       S_DIRECTION, S_NOTE, S_NOTE_EN, S_WOMEN, S_MEN, S_NFIELDS };

static const trygg_field_def survey_fields[S_NFIELDS] = {
    [S_AREA] = {"area", TRYGG_FIELD_TEXT},
    [S_YEAR] = {"year", TRYGG_FIELD_INT},
    [S_INDEX] = {"index_total", TRYGG_FIELD_REAL},
    [S_RESP] = {"respondents", TRYGG_FIELD_INT},
    [S_PYEAR] = {"previous_year", TRYGG_FIELD_INT},
    [S_PINDEX] = {"previous_index", TRYGG_FIELD_REAL},
    [S_CHANGE] = {"index_change", TRYGG_FIELD_REAL},
    [S_INC] = {"incidents", TRYGG_FIELD_INT},
    [S_PINC] = {"previous_incidents", TRYGG_FIELD_INT},
    [S_INC_CHANGE] = {"incident_change", TRYGG_FIELD_REAL},
    [S_MEASURES] = {"measures", TRYGG_FIELD_INT},
    [S_DIRECTION] = {"direction", TRYGG_FIELD_TEXT},
    [S_NOTE] = {"note", TRYGG_FIELD_TEXT},
    [S_NOTE_EN] = {"note_en", TRYGG_FIELD_TEXT},
    [S_WOMEN] = {"index_women", TRYGG_FIELD_REAL},
    [S_MEN] = {"index_men", TRYGG_FIELD_REAL},
};

/* A survey's question field as a field name of the layer: ASCII letters, digits and '_' (others
 * become '_'), lower case, "q_" in front when it would clash with a field of the layer or does
 * not start with a letter. */
static char *question_field_name(const char *src)
{
    char *n = trygg__xasprintf("q_%s", src);
    char *p = n + 2;
    for (char *c = p; *c; c++) {
        unsigned char u = (unsigned char)*c;
        *c = (char)(u >= 'A' && u <= 'Z' ? u + 32 : (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ? u : '_');
    }
    bool clash = !(*p >= 'a' && *p <= 'z');
    for (int f = 0; f < S_NFIELDS && !clash; f++)
        clash = strcmp(survey_fields[f].name, p) == 0 || strcmp(survey_fields[f].name, n) == 0;
    if (!clash)
        memmove(n, p, strlen(p) + 1);
    return n;
}

static trygg_value text(const char *s) { return (trygg_value){.null = s == NULL || !*s, .s = s}; }
static trygg_value integer(int64_t i, bool known) { return (trygg_value){.null = !known, .i = i}; }
static trygg_value real(double r, double scale)
{
    return (trygg_value){.null = !isfinite(r), .r = round(r * scale) / scale};
}

static const char *direction_code(trygg_survey_direction d)
{
    switch (d) {
    case TRYGG_SURVEY_AGREE:
        return "agree";
    case TRYGG_SURVEY_SAFER_MORE_REPORTS:
        return "safer, more reports";
    case TRYGG_SURVEY_LESS_SAFE_FEWER:
        return "less safe, fewer reports";
    default:
        return "unknown";
    }
}

static trygg_status fill_survey(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *out)
{
    (void)ctx;
    const trygg_survey_results *r = arg;
    size_t nq = r->rows.nquestions;
    const trygg_survey_result *x = &r->v[i];
    trygg_value *row = trygg_row_values(out);
    row[S_AREA] = text(x->area);
    row[S_YEAR] = integer(x->row->year, true);
    row[S_INDEX] = real(x->row->index_total, 1e3);
    row[S_RESP] = integer(x->row->respondents, x->row->respondents >= 0);
    row[S_PYEAR] = integer(x->previous_year, x->previous_year > 0);
    row[S_PINDEX] = real(x->previous_index, 1e3);
    row[S_CHANGE] = real(x->row->index_total - x->previous_index, 1e3);
    row[S_INC] = integer(x->incidents, x->incidents >= 0);
    row[S_PINC] = integer(x->previous_incidents, x->previous_incidents >= 0);
    row[S_INC_CHANGE] = real(x->incidents >= 0 && x->previous_incidents > 0
                                 ? (double)x->incidents / (double)x->previous_incidents - 1
                                 : NAN,
                             1e4);
    row[S_MEASURES] = integer((int64_t)x->measures, true);
    row[S_DIRECTION] = text(direction_code(x->direction));
    row[S_NOTE] = text(trygg_survey_direction_text(x->direction, false));
    row[S_NOTE_EN] = text(trygg_survey_direction_text(x->direction, true));
    row[S_WOMEN] = real(x->index_women, 1e3);
    row[S_MEN] = real(x->index_men, 1e3);
    for (size_t q = 0; q < nq; q++) {
        double now = x->row->questions[q], before = x->previous ? x->previous->questions[q] : NAN;
        row[S_NFIELDS + 2 * q] = real(now, 1e3);
        row[S_NFIELDS + 2 * q + 1] = real(now - before, 1e3);
    }
    trygg_row_wkb(out, x->wkb, x->wkb_size);
    return TRYGG_OK;
}

trygg_status trygg_survey_write(trygg_ctx *ctx, const trygg_survey_results *r, trygg_gpkg_writer *w)
{
    /* the fixed fields, then each question's index and its change since the previous survey */
    size_t nq = r->rows.nquestions, nf = S_NFIELDS + 2 * nq;
    trygg_field_def *fields = trygg__xcalloc(nf, sizeof *fields);
    char **names = trygg__xcalloc(2 * nq + 1, sizeof *names);
    memcpy(fields, survey_fields, sizeof survey_fields);
    for (size_t q = 0; q < nq; q++) {
        names[2 * q] = question_field_name(r->rows.questions[q]);
        names[2 * q + 1] = trygg__xasprintf("%s_change", names[2 * q]);
        fields[S_NFIELDS + 2 * q] = (trygg_field_def){names[2 * q], TRYGG_FIELD_REAL};
        fields[S_NFIELDS + 2 * q + 1] = (trygg_field_def){names[2 * q + 1], TRYGG_FIELD_REAL};
    }
    trygg_layer_desc d = {
        "survey_areas", wkbMultiPolygon,
        N_("The police's safety survey (trygghetsmätning) per area and year: the total index, its change since "
           "the previous survey, the reports in the area in both years, this run's measures there, and where "
           "the survey and the reports point in different directions"),
        fields, nf, r->n, fill_survey, r};
    trygg_status st = trygg_io_gpkg_add_layer(ctx, w, &d);
    for (size_t q = 0; q < 2 * nq; q++)
        free(names[q]);
    free(names);
    free(fields);
    return st;
}

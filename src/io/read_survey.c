/*
 * The police's safety survey ([survey] source = SRC[:LAYER]; src/pipeline/survey.h): a row per
 * area and year, as a table or with the area's polygon, reprojected to the working CRS by the
 * read driver (read_layer.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <ogr_api.h>

#include "core/internal.h"
#include "io/read_internal.h"
#include "io/survey.h"

void trygg_survey_rows_fini(trygg_survey_rows *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].area);
        free(r->v[i].wkb);
        free(r->v[i].questions);
    }
    free(r->v);
    for (size_t q = 0; q < r->nquestions; q++)
        free(r->questions[q]);
    free(r->questions);
    memset(r, 0, sizeof *r);
}

trygg_survey_gender trygg_survey_gender_of(const char *value)
{
    static const char *const women[] = {"kvinnor", "kvinna", "k", "women", "woman", "female", "f"};
    static const char *const men[] = {"män", "man", "m", "men", "male"};
    if (!value)
        return TRYGG_SURVEY_ALL;
    for (size_t i = 0; i < sizeof women / sizeof women[0]; i++)
        if (trygg__streq_ci(value, women[i]))
            return TRYGG_SURVEY_WOMEN;
    for (size_t i = 0; i < sizeof men / sizeof men[0]; i++)
        if (trygg__streq_ci(value, men[i]) || (strcmp(men[i], "män") == 0 && strcmp(value, "MÄN") == 0))
            return TRYGG_SURVEY_MEN;
    return TRYGG_SURVEY_ALL;
}

/* The comma-separated field names of [survey] question_fields, trimmed. */
static void split_fields(const char *list, trygg_survey_rows *out)
{
    size_t cap = 0;
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',')
            e++;
        const char *t = e;
        while (t > p && t[-1] == ' ')
            t--;
        if (t > p) {
            trygg__grow((void **)&out->questions, &cap, out->nquestions + 1, sizeof *out->questions);
            char *name = trygg__xmalloc((size_t)(t - p) + 1);
            memcpy(name, p, (size_t)(t - p));
            name[t - p] = '\0';
            out->questions[out->nquestions++] = name;
        }
        p = e;
    }
}

enum { F_AREA, F_YEAR, F_INDEX, F_RESPONDENTS, F_GENDER, F_QUESTIONS };

typedef struct {
    const trygg_config *cfg;
    trygg_survey_rows *out;
    size_t cap, skipped;
} survey_read;

static trygg_status survey_missing(trygg__reader *rd, size_t k, void *user)
{
    trygg_survey_rows *out = ((survey_read *)user)->out;
    const trygg_config *cfg = ((survey_read *)user)->cfg;
    if (k == F_GENDER)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "[survey] source %s: no field '%s' ([survey] gender_field)",
                           rd->source, cfg->survey_gender_field);
    if (k >= F_QUESTIONS)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "[survey] source %s: no field '%s' ([survey] question_fields)",
                           rd->source, out->questions[k - F_QUESTIONS]);
    const char *missing = k == F_AREA ? cfg->survey_area_field : k == F_YEAR ? cfg->survey_year_field
                                                                             : cfg->survey_index_field;
    return trygg__fail(rd->ctx, TRYGG_E_CONFIG,
                       "[survey] source %s: no field '%s' (set [survey] area_field, year_field or index_field to the "
                       "survey's names)",
                       rd->source, missing);
}

static void survey_row(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    survey_read *sr = user;
    trygg_survey_rows *out = sr->out;
    const int *fi = rd->field;
    const char *name = OGR_F_IsFieldSetAndNotNull(f, fi[F_AREA]) ? OGR_F_GetFieldAsString(f, fi[F_AREA]) : "";
    int year = OGR_F_IsFieldSetAndNotNull(f, fi[F_YEAR]) ? OGR_F_GetFieldAsInteger(f, fi[F_YEAR]) : 0;
    if (!*name || year < 1900 || year > 2200) {
        if (sr->skipped++ < 5)
            trygg__warn(rd->ctx, "[survey] source %s feature %lld: no area name or no year (1900-2200); skipped",
                        rd->source, (long long)g->gfid);
        return;
    }
    trygg__grow((void **)&out->v, &sr->cap, out->n + 1, sizeof *out->v);
    trygg_survey_row *r = &out->v[out->n++];
    memset(r, 0, sizeof *r);
    r->area = trygg__xstrdup(name);
    r->year = year;
    r->index_total = OGR_F_IsFieldSetAndNotNull(f, fi[F_INDEX]) ? OGR_F_GetFieldAsDouble(f, fi[F_INDEX]) : NAN;
    r->respondents = fi[F_RESPONDENTS] >= 0 && OGR_F_IsFieldSetAndNotNull(f, fi[F_RESPONDENTS])
                         ? OGR_F_GetFieldAsInteger(f, fi[F_RESPONDENTS])
                         : -1;
    r->gender = fi[F_GENDER] >= 0 && OGR_F_IsFieldSetAndNotNull(f, fi[F_GENDER])
                    ? trygg_survey_gender_of(OGR_F_GetFieldAsString(f, fi[F_GENDER]))
                    : TRYGG_SURVEY_ALL;
    r->questions = trygg__xcalloc(out->nquestions + 1, sizeof *r->questions);
    for (size_t q = 0; q < out->nquestions; q++) {
        int k = fi[F_QUESTIONS + q];
        r->questions[q] = OGR_F_IsFieldSetAndNotNull(f, k) ? OGR_F_GetFieldAsDouble(f, k) : NAN;
    }
    if (g->ogr) {
        r->wkb_size = (size_t)OGR_G_WkbSize(g->ogr);
        r->wkb = trygg__xmalloc(r->wkb_size);
        OGR_G_ExportToIsoWkb(g->ogr, wkbNDR, r->wkb);
    }
}

static trygg_status survey_end(trygg__reader *rd, void *user)
{
    survey_read *sr = user;
    if (sr->skipped)
        trygg__warn(rd->ctx, "[survey] source %s: %zu rows without an area name or year skipped", rd->source,
                    sr->skipped);
    return TRYGG_OK;
}

trygg_status trygg_io_read_survey(trygg_ctx *ctx, const trygg_config *cfg, trygg_survey_rows *out)
{
    memset(out, 0, sizeof *out);
    split_fields(cfg->survey_question_fields, out);
    trygg__field *fields = trygg__xcalloc(F_QUESTIONS + out->nquestions, sizeof *fields);
    fields[F_AREA] = (trygg__field){cfg->survey_area_field, .need = TRYGG__FIELD_REQUIRED};
    fields[F_YEAR] = (trygg__field){cfg->survey_year_field, .need = TRYGG__FIELD_REQUIRED};
    fields[F_INDEX] = (trygg__field){cfg->survey_index_field, .need = TRYGG__FIELD_REQUIRED};
    fields[F_RESPONDENTS] = (trygg__field){cfg->survey_respondents_field, .need = TRYGG__FIELD_OPTIONAL};
    fields[F_GENDER] = (trygg__field){cfg->survey_gender_field, .need = TRYGG__FIELD_IF_CONFIGURED};
    for (size_t q = 0; q < out->nquestions; q++)
        fields[F_QUESTIONS + q] = (trygg__field){out->questions[q], .need = TRYGG__FIELD_REQUIRED};
    const trygg__read_kind kind = {
        .name = "[survey] source", .geom = TRYGG__GEOM_AREAS, .geometry_optional = true, .fields = fields,
        .nfields = F_QUESTIONS + out->nquestions, .feature = survey_row, .end = survey_end, .missing = survey_missing,
    };
    survey_read sr = {.cfg = cfg, .out = out};
    trygg_status st = trygg__read_area(ctx, "[survey] source", cfg->survey_source, cfg->assume_crs, cfg->crs, &kind,
                                       &sr);
    free(fields);
    if (st != TRYGG_OK)
        trygg_survey_rows_fini(out);
    return st;
}

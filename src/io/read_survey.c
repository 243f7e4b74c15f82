/*
 * The police's safety survey ([survey] source = SRC[:LAYER]; src/pipeline/survey.h): a row per
 * area and year, as a table or with the area's polygon, reprojected to the working CRS.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
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

static int field(OGRLayerH l, const char *name)
{
    return name ? OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(l), name) : -1;
}

trygg_status trygg_io_read_survey(trygg_ctx *ctx, const trygg_config *cfg, trygg_survey_rows *out)
{
    trygg_status st = TRYGG_OK;
    char msg[1024];
    char *source = NULL;
    GDALDatasetH ds = NULL;
    OGRCoordinateTransformationH ct = NULL;
    size_t cap = 0, skipped = 0;
    memset(out, 0, sizeof *out);
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    OGRLayerH lyr;
    if ((st = trygg__open_area_layer(ctx, "[survey] source", cfg->survey_source, msg, &ds, &lyr, &source)) != TRYGG_OK)
        goto done;
    int farea = field(lyr, cfg->survey_area_field), fyear = field(lyr, cfg->survey_year_field),
        findex = field(lyr, cfg->survey_index_field), fresp = field(lyr, cfg->survey_respondents_field);
    const char *missing = farea < 0 ? cfg->survey_area_field : fyear < 0 ? cfg->survey_year_field
                        : findex < 0 ? cfg->survey_index_field : NULL;
    if (missing) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[survey] source %s: no field '%s' (set [survey] area_field, "
                                              "year_field or index_field to the survey's names)",
                         source, missing);
        goto done;
    }
    int fgender = field(lyr, cfg->survey_gender_field);
    if (cfg->survey_gender_field && fgender < 0) {
        st = trygg__fail(ctx, TRYGG_E_CONFIG, "[survey] source %s: no field '%s' ([survey] gender_field)", source,
                         cfg->survey_gender_field);
        goto done;
    }
    split_fields(cfg->survey_question_fields, out);
    int *fq = trygg__xcalloc(out->nquestions + 1, sizeof *fq);
    for (size_t q = 0; q < out->nquestions; q++)
        if ((fq[q] = field(lyr, out->questions[q])) < 0) {
            st = trygg__fail(ctx, TRYGG_E_CONFIG, "[survey] source %s: no field '%s' ([survey] question_fields)",
                             source, out->questions[q]);
            free(fq);
            goto done;
        }
    bool polygons = OGR_L_GetGeomType(lyr) != wkbNone;
    if (polygons) {
        char *what = trygg__xasprintf("[survey] source %s", source);
        st = trygg__area_transform(ctx, lyr, cfg->assume_crs, cfg->crs, what, msg, &ct);
        free(what);
        if (st != TRYGG_OK)
            goto done;
    }
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr))) {
        const char *name = OGR_F_IsFieldSetAndNotNull(f, farea) ? OGR_F_GetFieldAsString(f, farea) : "";
        int year = OGR_F_IsFieldSetAndNotNull(f, fyear) ? OGR_F_GetFieldAsInteger(f, fyear) : 0;
        if (!*name || year < 1900 || year > 2200) {
            if (skipped++ < 5)
                trygg__warn(ctx, "[survey] source %s feature %lld: no area name or no year (1900-2200); skipped",
                            source, (long long)OGR_F_GetFID(f));
            OGR_F_Destroy(f);
            continue;
        }
        trygg__grow((void **)&out->v, &cap, out->n + 1, sizeof *out->v);
        trygg_survey_row *r = &out->v[out->n++];
        memset(r, 0, sizeof *r);
        r->area = trygg__xstrdup(name);
        r->year = year;
        r->index_total = OGR_F_IsFieldSetAndNotNull(f, findex) ? OGR_F_GetFieldAsDouble(f, findex) : NAN;
        r->respondents = fresp >= 0 && OGR_F_IsFieldSetAndNotNull(f, fresp) ? OGR_F_GetFieldAsInteger(f, fresp) : -1;
        r->gender = fgender >= 0 && OGR_F_IsFieldSetAndNotNull(f, fgender)
                        ? trygg_survey_gender_of(OGR_F_GetFieldAsString(f, fgender))
                        : TRYGG_SURVEY_ALL;
        r->questions = trygg__xcalloc(out->nquestions + 1, sizeof *r->questions);
        for (size_t q = 0; q < out->nquestions; q++)
            r->questions[q] = OGR_F_IsFieldSetAndNotNull(f, fq[q]) ? OGR_F_GetFieldAsDouble(f, fq[q]) : NAN;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        OGRwkbGeometryType t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbNone;
        if (g && (t == wkbPolygon || t == wkbMultiPolygon) && !OGR_G_IsEmpty(g) &&
            (!ct || OGR_G_Transform(g, ct) == OGRERR_NONE)) {
            OGR_G_FlattenTo2D(g);
            r->wkb_size = (size_t)OGR_G_WkbSize(g);
            r->wkb = trygg__xmalloc(r->wkb_size);
            OGR_G_ExportToIsoWkb(g, wkbNDR, r->wkb);
        }
        OGR_F_Destroy(f);
    }
    free(fq);
    if (skipped)
        trygg__warn(ctx, "[survey] source %s: %zu rows without an area name or year skipped", source, skipped);
done:
    trygg__gdal_errors_pop();
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    if (ds)
        GDALClose(ds);
    free(source);
    if (st != TRYGG_OK)
        trygg_survey_rows_fini(out);
    return st;
}

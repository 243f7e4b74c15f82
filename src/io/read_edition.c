/*
 * What `trygg compare` reads from an output GeoPackage (include/trygg/compare.h): run_info's
 * run_at, the hotspots, the area reports' latest-period counts and the measure effects, through
 * the read driver (read_layer.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ogr_api.h>

#include "core/internal.h"
#include "io/read_internal.h"
#include "trygg/compare.h"

void trygg_edition_fini(trygg_edition *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->nhotspots; i++) {
        free(e->hotspots[i].category);
        free(e->hotspots[i].confidence);
        free(e->hotspots[i].wkb);
    }
    for (size_t i = 0; i < e->nareas; i++) {
        free(e->areas[i].area_id);
        free(e->areas[i].name);
    }
    for (size_t i = 0; i < e->neffects; i++) {
        free(e->effects[i].rule);
        free(e->effects[i].done_on);
        free(e->effects[i].verdict);
        free(e->effects[i].effect);
        free(e->effects[i].effect_en);
    }
    free(e->hotspots);
    free(e->areas);
    free(e->effects);
    free(e->path);
    free(e->run_at);
    free(e->period_b);
    memset(e, 0, sizeof *e);
}

static char *text_of(OGRFeatureH f, int i)
{
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? trygg__xstrdup(OGR_F_GetFieldAsString(f, i)) : NULL;
}

static void *grow(void *v, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return v;
    *cap = *cap ? 2 * *cap : 16;
    return trygg__xrealloc(v, *cap * size);
}

typedef struct {
    trygg_edition *out;
    size_t cap;
} edition_read;

static void run_info_row(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)g;
    trygg_edition *out = ((edition_read *)user)->out;
    int k = rd->field[0], v = rd->field[1];
    const char *key = k >= 0 ? OGR_F_GetFieldAsString(f, k) : "";
    if (strcmp(key, "run_at") == 0 && !out->run_at) {
        out->run_at = text_of(f, v);
    } else if (strcmp(key, "trend.periods") == 0 && !out->period_b) {
        /* "period a F/T, period b F/T (...)" */
        const char *s = OGR_F_GetFieldAsString(f, v), *b = strstr(s, "period b ");
        if (b)
            out->period_b = trygg__xasprintf("%.21s", b + 9);
    }
}

static void hotspot_row(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    edition_read *er = user;
    trygg_edition *out = er->out;
    const int *fi = rd->field; /* hotspot_id, category, confidence, incidents */
    if (!g->ogr || OGR_G_IsEmpty(g->ogr))
        return;
    out->hotspots = grow(out->hotspots, out->nhotspots, &er->cap, sizeof *out->hotspots);
    trygg_edition_hotspot *h = &out->hotspots[out->nhotspots++];
    h->id = fi[0] >= 0 ? OGR_F_GetFieldAsInteger64(f, fi[0]) : OGR_F_GetFID(f);
    h->category = text_of(f, fi[1]);
    h->confidence = text_of(f, fi[2]);
    h->incidents = fi[3] >= 0 ? (long)OGR_F_GetFieldAsInteger64(f, fi[3]) : 0;
    h->wkb_size = (size_t)OGR_G_WkbSize(g->ogr);
    h->wkb = trygg__xmalloc(h->wkb_size);
    OGR_G_ExportToIsoWkb(g->ogr, wkbNDR, h->wkb);
}

/* A count field, -1 when the layer has no such field or the value is NULL. */
static long count_of(OGRFeatureH f, int i)
{
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? (long)OGR_F_GetFieldAsInteger64(f, i) : -1;
}

static void area_row(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)g;
    edition_read *er = user;
    trygg_edition *out = er->out;
    const int *fi = rd->field; /* area_id, name, n_total_b, n_<category>_b */
    out->areas = grow(out->areas, out->nareas, &er->cap, sizeof *out->areas);
    trygg_edition_area *a = &out->areas[out->nareas++];
    a->area_id = text_of(f, fi[0]);
    a->name = text_of(f, fi[1]);
    for (int c = 0; c < TRYGG_CAT_COUNT; c++)
        a->n_b[c] = count_of(f, fi[3 + c]);
    a->total_b = count_of(f, fi[2]);
}

static void effect_row(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)g;
    edition_read *er = user;
    trygg_edition *out = er->out;
    const int *fi = rd->field; /* measure_id, rule, done_on, verdict, effect, effect_en */
    out->effects = grow(out->effects, out->neffects, &er->cap, sizeof *out->effects);
    trygg_edition_effect *e = &out->effects[out->neffects++];
    e->measure_id = fi[0] >= 0 ? OGR_F_GetFieldAsInteger64(f, fi[0]) : 0;
    e->rule = text_of(f, fi[1]);
    e->done_on = text_of(f, fi[2]);
    e->verdict = text_of(f, fi[3]);
    e->effect = text_of(f, fi[4]);
    e->effect_en = text_of(f, fi[5]);
}

/* A layer whose fields are all optional. */
static trygg_status read_rows(trygg__reader *rd, const char *layer, const char *const *names, size_t n,
                              void (*row)(trygg__reader *, OGRFeatureH, const trygg__geom *, void *), edition_read *er)
{
    if (!trygg__reader_use_layer(rd, layer))
        return TRYGG_OK;
    trygg__field *fields = trygg__xcalloc(n, sizeof *fields);
    for (size_t i = 0; i < n; i++)
        fields[i] = (trygg__field){names[i], .need = TRYGG__FIELD_OPTIONAL};
    const trygg__read_kind kind = {
        .name = layer, .geom = TRYGG__GEOM_STORED, .fields = fields, .nfields = n, .feature = row,
    };
    er->cap = 0;
    trygg_status st = trygg__read_features(rd, &kind, er);
    free(fields);
    return st;
}

trygg_status trygg_io_read_edition(trygg_ctx *ctx, const char *path, trygg_edition *out)
{
    static const char *const run_info[] = {"key", "value"};
    static const char *const hotspots[] = {"hotspot_id", "category", "confidence", "incidents"};
    static const char *const effects[] = {"measure_id", "rule", "done_on", "verdict", "effect", "effect_en"};
    char cat_fields[TRYGG_CAT_COUNT][64];
    const char *areas[3 + TRYGG_CAT_COUNT] = {"area_id", "name", "n_total_b"};
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        snprintf(cat_fields[c], sizeof cat_fields[c], "n_%s_b", trygg_category_name((trygg_category)c));
        areas[3 + c] = cat_fields[c];
    }
    memset(out, 0, sizeof *out);
    trygg__reader rd;
    edition_read er = {.out = out};
    trygg_status st = TRYGG_OK;
    if (!trygg__reader_open_output(&rd, ctx, path))
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as a GeoPackage%s%s", path, rd.gdal_msg[0] ? ": " : "",
                         rd.gdal_msg);
    else if (!GDALDatasetGetLayerByName(rd.ds, "run_info"))
        st = trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: not a trygg output (no run_info layer)", path);
    if (st == TRYGG_OK) {
        out->path = trygg__xstrdup(path);
        if (!(st = read_rows(&rd, "run_info", run_info, 2, run_info_row, &er)) &&
            !(st = read_rows(&rd, "hotspots", hotspots, 4, hotspot_row, &er)) &&
            !(st = read_rows(&rd, "area_reports", areas, 3 + TRYGG_CAT_COUNT, area_row, &er)))
            st = read_rows(&rd, "measure_effects", effects, 6, effect_row, &er);
    }
    trygg__reader_close(&rd);
    if (st != TRYGG_OK)
        trygg_edition_fini(out);
    return st;
}

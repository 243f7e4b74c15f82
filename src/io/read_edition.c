/*
 * What `trygg compare` reads from an output GeoPackage (include/trygg/compare.h): run_info's
 * run_at, the hotspots, the area reports' latest-period counts and the measure effects.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gdal.h>
#include <ogr_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
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

static void read_run_info(GDALDatasetH ds, trygg_edition *out)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "run_info");
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(l);
    int k = OGR_FD_GetFieldIndex(d, "key"), v = OGR_FD_GetFieldIndex(d, "value");
    OGRFeatureH f;
    OGR_L_ResetReading(l);
    while ((f = OGR_L_GetNextFeature(l))) {
        const char *key = k >= 0 ? OGR_F_GetFieldAsString(f, k) : "";
        if (strcmp(key, "run_at") == 0 && !out->run_at)
            out->run_at = text_of(f, v);
        else if (strcmp(key, "trend.periods") == 0 && !out->period_b) {
            /* "period a F/T, period b F/T (...)" */
            const char *s = OGR_F_GetFieldAsString(f, v), *b = strstr(s, "period b ");
            if (b)
                out->period_b = trygg__xasprintf("%.21s", b + 9);
        }
        OGR_F_Destroy(f);
    }
}

static void read_hotspots(GDALDatasetH ds, trygg_edition *out)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "hotspots");
    if (!l)
        return;
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(l);
    int fid = OGR_FD_GetFieldIndex(d, "hotspot_id"), cat = OGR_FD_GetFieldIndex(d, "category"),
        conf = OGR_FD_GetFieldIndex(d, "confidence"), inc = OGR_FD_GetFieldIndex(d, "incidents");
    size_t cap = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(l);
    while ((f = OGR_L_GetNextFeature(l))) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (g && !OGR_G_IsEmpty(g)) {
            out->hotspots = grow(out->hotspots, out->nhotspots, &cap, sizeof *out->hotspots);
            trygg_edition_hotspot *h = &out->hotspots[out->nhotspots++];
            h->id = fid >= 0 ? OGR_F_GetFieldAsInteger64(f, fid) : OGR_F_GetFID(f);
            h->category = text_of(f, cat);
            h->confidence = text_of(f, conf);
            h->incidents = inc >= 0 ? (long)OGR_F_GetFieldAsInteger64(f, inc) : 0;
            h->wkb_size = (size_t)OGR_G_WkbSize(g);
            h->wkb = trygg__xmalloc(h->wkb_size);
            OGR_G_ExportToIsoWkb(g, wkbNDR, h->wkb);
        }
        OGR_F_Destroy(f);
    }
}

/* A count field, -1 when the layer has no such field or the value is NULL. */
static long count_of(OGRFeatureH f, int i)
{
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? (long)OGR_F_GetFieldAsInteger64(f, i) : -1;
}

static void read_areas(GDALDatasetH ds, trygg_edition *out)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "area_reports");
    if (!l)
        return;
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(l);
    int id = OGR_FD_GetFieldIndex(d, "area_id"), name = OGR_FD_GetFieldIndex(d, "name"),
        total = OGR_FD_GetFieldIndex(d, "n_total_b"), n[TRYGG_CAT_COUNT];
    for (int c = 0; c < TRYGG_CAT_COUNT; c++) {
        char field[64];
        snprintf(field, sizeof field, "n_%s_b", trygg_category_name((trygg_category)c));
        n[c] = OGR_FD_GetFieldIndex(d, field);
    }
    size_t cap = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(l);
    while ((f = OGR_L_GetNextFeature(l))) {
        out->areas = grow(out->areas, out->nareas, &cap, sizeof *out->areas);
        trygg_edition_area *a = &out->areas[out->nareas++];
        a->area_id = text_of(f, id);
        a->name = text_of(f, name);
        for (int c = 0; c < TRYGG_CAT_COUNT; c++)
            a->n_b[c] = count_of(f, n[c]);
        a->total_b = count_of(f, total);
        OGR_F_Destroy(f);
    }
}

static void read_effects(GDALDatasetH ds, trygg_edition *out)
{
    OGRLayerH l = GDALDatasetGetLayerByName(ds, "measure_effects");
    if (!l)
        return;
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(l);
    int id = OGR_FD_GetFieldIndex(d, "measure_id"), rule = OGR_FD_GetFieldIndex(d, "rule"),
        done = OGR_FD_GetFieldIndex(d, "done_on"), verdict = OGR_FD_GetFieldIndex(d, "verdict"),
        sv = OGR_FD_GetFieldIndex(d, "effect"), en = OGR_FD_GetFieldIndex(d, "effect_en");
    size_t cap = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(l);
    while ((f = OGR_L_GetNextFeature(l))) {
        out->effects = grow(out->effects, out->neffects, &cap, sizeof *out->effects);
        trygg_edition_effect *e = &out->effects[out->neffects++];
        e->measure_id = id >= 0 ? OGR_F_GetFieldAsInteger64(f, id) : 0;
        e->rule = text_of(f, rule);
        e->done_on = text_of(f, done);
        e->verdict = text_of(f, verdict);
        e->effect = text_of(f, sv);
        e->effect_en = text_of(f, en);
        OGR_F_Destroy(f);
    }
}

trygg_status trygg_io_read_edition(trygg_ctx *ctx, const char *path, trygg_edition *out)
{
    char msg[1024];
    memset(out, 0, sizeof *out);
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    const char *drivers[] = {"GPKG", NULL};
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, NULL, NULL);
    trygg_status st = TRYGG_OK;
    if (!ds)
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open as a GeoPackage%s%s", path, msg[0] ? ": " : "", msg);
    else if (!GDALDatasetGetLayerByName(ds, "run_info"))
        st = trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: not a trygg output (no run_info layer)", path);
    if (st == TRYGG_OK) {
        out->path = trygg__xstrdup(path);
        read_run_info(ds, out);
        read_hotspots(ds, out);
        read_areas(ds, out);
        read_effects(ds, out);
    }
    if (ds)
        GDALClose(ds);
    trygg__gdal_errors_pop();
    if (st != TRYGG_OK)
        trygg_edition_fini(out);
    return st;
}

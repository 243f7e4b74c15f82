/*
 * What the follow-up of measures reads back from an output GeoPackage (src/pipeline/followup.h):
 * the places (seg_id, road class, line) and the snapped incidents with a time.
 */
#include <stdlib.h>
#include <string.h>

#include <gdal.h>
#include <ogr_api.h>

#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/followup.h"

void trygg_followup_data_fini(trygg_followup_data *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nplaces; i++) {
        free(d->places[i].road_class);
        free(d->places[i].wkb);
    }
    free(d->places);
    free(d->incidents);
    memset(d, 0, sizeof *d);
}

static int by_seg_id(const void *a, const void *b)
{
    const trygg_followup_place *x = a, *y = b;
    return (x->seg_id > y->seg_id) - (x->seg_id < y->seg_id);
}

static trygg_status read_places(trygg_ctx *ctx, const char *path, GDALDatasetH ds, trygg_followup_data *out)
{
    OGRLayerH lyr = GDALDatasetGetLayerByName(ds, "street_segments");
    if (!lyr)
        return trygg__fail(ctx, TRYGG_E_NOLAYER, "%s: no layer street_segments", path);
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(lyr);
    int fid = OGR_FD_GetFieldIndex(d, "seg_id"), fcls = OGR_FD_GetFieldIndex(d, "road_class");
    if (fid < 0 || fcls < 0)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: street_segments lacks seg_id or road_class", path);
    size_t cap = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr))) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (g && !OGR_G_IsEmpty(g) && OGR_F_IsFieldSetAndNotNull(f, fid)) {
            if (out->nplaces == cap) {
                cap = cap ? 2 * cap : 1024;
                out->places = trygg__xrealloc(out->places, cap * sizeof *out->places);
            }
            trygg_followup_place *p = &out->places[out->nplaces++];
            p->seg_id = OGR_F_GetFieldAsInteger64(f, fid);
            p->road_class =
                OGR_F_IsFieldSetAndNotNull(f, fcls) ? trygg__xstrdup(OGR_F_GetFieldAsString(f, fcls)) : NULL;
            p->wkb_size = (size_t)OGR_G_WkbSize(g);
            p->wkb = trygg__xmalloc(p->wkb_size);
            OGR_G_ExportToIsoWkb(g, wkbNDR, p->wkb);
        }
        OGR_F_Destroy(f);
    }
    if (out->nplaces)
        qsort(out->places, out->nplaces, sizeof *out->places, by_seg_id);
    return TRYGG_OK;
}

static trygg_status read_incidents(trygg_ctx *ctx, const char *path, GDALDatasetH ds, trygg_followup_data *out)
{
    OGRLayerH lyr = GDALDatasetGetLayerByName(ds, "incidents");
    if (!lyr)
        return TRYGG_OK; /* a run without incidents: nothing to count */
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(lyr);
    int fseg = OGR_FD_GetFieldIndex(d, "seg_id"), fcat = OGR_FD_GetFieldIndex(d, "category"),
        ft = OGR_FD_GetFieldIndex(d, "occurred_at");
    if (fseg < 0 || fcat < 0 || ft < 0)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: incidents lacks seg_id, category or occurred_at", path);
    size_t cap = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr))) {
        int y, mo, dd, h, mi, tz;
        float s;
        trygg_category c;
        if (OGR_F_IsFieldSetAndNotNull(f, fseg) && OGR_F_IsFieldSetAndNotNull(f, ft) &&
            OGR_F_GetFieldAsDateTimeEx(f, ft, &y, &mo, &dd, &h, &mi, &s, &tz) &&
            trygg_category_from_name(OGR_F_GetFieldAsString(f, fcat), &c)) {
            if (out->nincidents == cap) {
                cap = cap ? 2 * cap : 1024;
                out->incidents = trygg__xrealloc(out->incidents, cap * sizeof *out->incidents);
            }
            trygg_followup_incident *x = &out->incidents[out->nincidents++];
            x->seg_id = OGR_F_GetFieldAsInteger64(f, fseg);
            x->category = c;
            /* The writer stores UTC (TZFlag 100). */
            x->t_utc = trygg__days_from_civil(y, mo, dd) * 86400 + h * 3600 + mi * 60 + (int64_t)s;
            if (out->t_min == TRYGG_TIME_UNKNOWN || x->t_utc < out->t_min)
                out->t_min = x->t_utc;
            if (out->t_max == TRYGG_TIME_UNKNOWN || x->t_utc > out->t_max)
                out->t_max = x->t_utc;
        }
        OGR_F_Destroy(f);
    }
    return TRYGG_OK;
}

trygg_status trygg_io_read_followup(trygg_ctx *ctx, const char *path, trygg_followup_data *out)
{
    char msg[1024];
    memset(out, 0, sizeof *out);
    out->t_min = out->t_max = TRYGG_TIME_UNKNOWN;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    const char *drivers[] = {"GPKG", NULL};
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, NULL, NULL);
    trygg_status st = TRYGG_OK;
    if (!ds)
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open for the follow-up of measures: %s", path, msg);
    if (st == TRYGG_OK)
        st = read_places(ctx, path, ds, out);
    if (st == TRYGG_OK)
        st = read_incidents(ctx, path, ds, out);
    if (ds)
        GDALClose(ds);
    trygg__gdal_errors_pop();
    if (st != TRYGG_OK)
        trygg_followup_data_fini(out);
    return st;
}

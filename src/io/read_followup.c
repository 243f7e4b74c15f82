/*
 * What the follow-up of measures reads back from an output GeoPackage (src/pipeline/followup.h):
 * the places (seg_id, road class, line) and the snapped incidents with a time, through the read
 * driver (read_layer.c).
 */
#include <stdlib.h>
#include <string.h>

#include <ogr_api.h>

#include "core/internal.h"
#include "io/followup.h"
#include "io/read_internal.h"

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

typedef struct {
    trygg_followup_data *out;
    size_t cap;
} followup_read;

static trygg_status followup_missing(trygg__reader *rd, size_t k, void *user)
{
    (void)k;
    (void)user;
    if (strcmp(rd->layer_name, "street_segments") == 0)
        return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: street_segments lacks seg_id or road_class", rd->source);
    return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: incidents lacks seg_id, category or occurred_at", rd->source);
}

static void place(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    followup_read *fr = user;
    trygg_followup_data *out = fr->out;
    int fid = rd->field[0], fcls = rd->field[1];
    if (!g->ogr || OGR_G_IsEmpty(g->ogr) || !OGR_F_IsFieldSetAndNotNull(f, fid))
        return;
    trygg__grow((void **)&out->places, &fr->cap, out->nplaces + 1, sizeof *out->places);
    trygg_followup_place *p = &out->places[out->nplaces++];
    p->seg_id = OGR_F_GetFieldAsInteger64(f, fid);
    p->road_class = OGR_F_IsFieldSetAndNotNull(f, fcls) ? trygg__xstrdup(OGR_F_GetFieldAsString(f, fcls)) : NULL;
    p->wkb_size = (size_t)OGR_G_WkbSize(g->ogr);
    p->wkb = trygg__xmalloc(p->wkb_size);
    OGR_G_ExportToIsoWkb(g->ogr, wkbNDR, p->wkb);
}

static void incident(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    (void)g;
    followup_read *fr = user;
    trygg_followup_data *out = fr->out;
    int fseg = rd->field[0], fcat = rd->field[1], ft = rd->field[2];
    int y, mo, dd, h, mi, tz;
    float s;
    trygg_category c;
    if (!OGR_F_IsFieldSetAndNotNull(f, fseg) || !OGR_F_IsFieldSetAndNotNull(f, ft) ||
        !OGR_F_GetFieldAsDateTimeEx(f, ft, &y, &mo, &dd, &h, &mi, &s, &tz) ||
        !trygg_category_from_name(OGR_F_GetFieldAsString(f, fcat), &c))
        return;
    trygg__grow((void **)&out->incidents, &fr->cap, out->nincidents + 1, sizeof *out->incidents);
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

trygg_status trygg_io_read_followup(trygg_ctx *ctx, const char *path, trygg_followup_data *out)
{
    const trygg__field place_fields[] = {
        {"seg_id", .need = TRYGG__FIELD_REQUIRED},
        {"road_class", .need = TRYGG__FIELD_REQUIRED},
    };
    const trygg__field incident_fields[] = {
        {"seg_id", .need = TRYGG__FIELD_REQUIRED},
        {"category", .need = TRYGG__FIELD_REQUIRED},
        {"occurred_at", .need = TRYGG__FIELD_REQUIRED},
    };
    const trygg__read_kind places = {
        .name = "street_segments", .geom = TRYGG__GEOM_STORED, .fields = place_fields, .nfields = 2,
        .feature = place, .missing = followup_missing,
    };
    const trygg__read_kind incidents = {
        .name = "incidents", .geom = TRYGG__GEOM_STORED, .fields = incident_fields, .nfields = 3,
        .feature = incident, .missing = followup_missing,
    };
    memset(out, 0, sizeof *out);
    out->t_min = out->t_max = TRYGG_TIME_UNKNOWN;
    trygg__reader rd;
    followup_read fr = {.out = out};
    trygg_status st = TRYGG_OK;
    if (!trygg__reader_open_output(&rd, ctx, path))
        st = trygg__fail(ctx, TRYGG_E_OPEN, "%s: cannot open for the follow-up of measures: %s", path, rd.gdal_msg);
    else if (!trygg__reader_use_layer(&rd, "street_segments"))
        st = trygg__fail(ctx, TRYGG_E_NOLAYER, "%s: no layer street_segments", path);
    else
        st = trygg__read_features(&rd, &places, &fr);
    if (st == TRYGG_OK && out->nplaces)
        qsort(out->places, out->nplaces, sizeof *out->places, by_seg_id);
    fr.cap = 0;
    /* a run without incidents: nothing to count */
    if (st == TRYGG_OK && trygg__reader_use_layer(&rd, "incidents"))
        st = trygg__read_features(&rd, &incidents, &fr);
    trygg__reader_close(&rd);
    if (st != TRYGG_OK)
        trygg_followup_data_fini(out);
    return st;
}

/*
 * The input readers: streets, lamps and incidents from any GDAL vector source into the
 * in-memory model in the working CRS. Each reads its layer once, feature by feature, with
 * field indices looked up before the loop, then checks and transforms all coordinates in
 * batches. Features that cannot be used are counted in the report, never fatal.
 */
#include <cpl_conv.h>
#include <math.h>
#include <ogr_api.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/io.h"
#include "io/read_internal.h"

static const char *const names_name[] = {"name", "street", "namn", "gatunamn", NULL};
static const char *const names_class[] = {"class", "road_class", "highway", "vagklass", "vägklass", NULL};
static const char *const names_lit[] = {"lit", "belysning", NULL};
static const char *const names_id[] = {"id", "inc_id", "lamp_id", NULL};
static const char *const names_height[] = {"height", "hojd", "höjd", "light_height", NULL};
static const char *const names_lumen[] = {"lumen", "lm", "flux", NULL};
static const char *const names_category[] = {"category", "type", "kategori", "brottstyp", "crime_type", NULL};
static const char *const names_time[] = {"occurred_at", "date", "time", "datetime", "ts", "timestamp", "datum",
                                         "tid", NULL};
static const char *const names_synthetic[] = {"synthetic", NULL};

/* Bookkeeping common to the readers' feature loops. */
typedef struct {
    size_t wrong_type;
    char found_type[64];   /* first wrong geometry type seen */
    int synthetic_idx, id_idx;
} loop_state;

static void reject_where(trygg__reader *rd, const char *reason, int64_t fid)
{
    char where[64];
    trygg__reader_where(rd, fid, where, sizeof where);
    trygg_input_report_reject(rd->report, reason, "%s", where);
}

static void wrong_type(trygg__reader *rd, loop_state *ls, OGRwkbGeometryType t, int64_t fid)
{
    char reason[128];
    snprintf(reason, sizeof reason, _("wrong geometry type (%s in the %s layer)"), OGRGeometryTypeToName(t),
             rd->role_name);
    reject_where(rd, reason, fid);
    if (!ls->wrong_type++)
        snprintf(ls->found_type, sizeof ls->found_type, "%s", OGRGeometryTypeToName(t));
}

static void note_synthetic(trygg__reader *rd, const loop_state *ls, OGRFeatureH f)
{
    if (ls->synthetic_idx >= 0 && !rd->report->synthetic && OGR_F_IsFieldSetAndNotNull(f, ls->synthetic_idx) &&
        trygg__truthy(OGR_F_GetFieldAsString(f, ls->synthetic_idx)))
        rd->report->synthetic = true;
}

/* The source's own id when it has an integer id field, else the GDAL feature id. */
static int64_t feature_id(const loop_state *ls, OGRFeatureH f)
{
    if (ls->id_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, ls->id_idx)) {
        const char *s = OGR_F_GetFieldAsString(f, ls->id_idx);
        char *end = NULL;
        long long v = strtoll(s, &end, 10);
        if (end != s && *end == '\0')
            return v;
    }
    return OGR_F_GetFID(f);
}

/* A whole-layer failure when nothing was usable: what was found instead, and why. */
static trygg_status fail_unusable(trygg__reader *rd, const loop_state *ls, const char *want)
{
    trygg_input_report *r = rd->report;
    if (r->read == 0 && rd->gdal_msg[0] && rd->lc->where)
        return trygg__fail(rd->ctx, TRYGG_E_CONFIG, "%s: layer %s: filter '%s' is not valid: %s", rd->source,
                           rd->layer_name, rd->lc->where, rd->gdal_msg);
    if (rd->gdal_msg[0])
        return trygg__fail(rd->ctx, TRYGG_E_IO, "%s: layer %s: reading failed after %zu features: %s", rd->source,
                           rd->layer_name, r->read, rd->gdal_msg);
    if (r->read == 0)
        return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s is empty%s%s", rd->source, rd->layer_name,
                           rd->lc->where ? _(" with the filter ") : "", rd->lc->where ? rd->lc->where : "");
    if (ls->wrong_type == r->read)
        return trygg__fail(rd->ctx, TRYGG_E_SCHEMA, "%s: layer %s has no %s features (found %s) for the %s layer",
                           rd->source, rd->layer_name, want, ls->found_type, rd->role_name);
    char why[1024];
    size_t o = 0;
    why[0] = '\0';
    for (size_t i = 0; i < r->nreasons && o + 1 < sizeof why; i++) {
        int w = snprintf(why + o, sizeof why - o, _("%s%s: %zu, first at %s"), i ? "; " : "", r->reasons[i].reason,
                         r->reasons[i].count, r->reasons[i].example);
        if (w < 0)
            break;
        o += (size_t)w;
    }
    return trygg__fail(rd->ctx, TRYGG_E_EMPTY, "%s: layer %s: none of %zu features is usable (%s)", rd->source,
                       rd->layer_name, r->read, why);
}

static trygg_status common_fields(trygg__reader *rd, loop_state *ls)
{
    trygg_status st = trygg__reader_field(rd, rd->lc->field_id, "id_field", names_id, &ls->id_idx);
    if (!st)
        st = trygg__reader_field(rd, NULL, "synthetic", names_synthetic, &ls->synthetic_idx);
    return st;
}

/* ---------------------------------------------------------------- streets */

/* Drop consecutive repeated vertices; returns the number left. */
static size_t dedupe_vertices(double *xy, size_t nv)
{
    size_t o = 0;
    for (size_t i = 0; i < nv; i++) {
        if (o > 0 && xy[2 * i] == xy[2 * (o - 1)] && xy[2 * i + 1] == xy[2 * (o - 1) + 1])
            continue;
        xy[2 * o] = xy[2 * i];
        xy[2 * o + 1] = xy[2 * i + 1];
        o++;
    }
    return o;
}

trygg_status trygg_io_read_streets(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                   trygg_streets *out, trygg_input_report *report)
{
    trygg_status st;
    trygg__reader rd;
    trygg_streets tmp = {0};
    loop_state ls = {0};
    double *starts = NULL; /* first vertex of every street: what the CRS checks look at */
    int64_t *gfids = NULL; /* GDAL feature id of every street, for messages */
    size_t capstarts = 0, capgfids = 0;
    int name_idx = -1, class_idx = -1, lit_idx = -1, tags_idx = -1;
    OGRFeatureH f = NULL;
    OGRGeometryH linear = NULL;

    if ((st = trygg__reader_open(&rd, ctx, cfg, TRYGG__ROLE_STREETS, working_crs, report)))
        goto done;
    if ((st = common_fields(&rd, &ls)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_name, "name_field", names_name, &name_idx)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_class, "class_field", names_class, &class_idx)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_lit, "lit_field", names_lit, &lit_idx)))
        goto done;
    if (rd.is_osm)
        tags_idx = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(rd.layer), "other_tags");

    while ((f = trygg__reader_next(&rd)) != NULL) {
        report->read++;
        int64_t gfid = OGR_F_GetFID(f);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            reject_where(&rd, _("empty geometry"), gfid);
            goto next;
        }
        OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
        if (t == wkbCircularString || t == wkbCompoundCurve || t == wkbMultiCurve) {
            linear = OGR_G_GetLinearGeometry(g, 0, NULL);
            g = linear;
            t = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbUnknown;
        }
        if (t != wkbLineString && t != wkbMultiLineString) {
            wrong_type(&rd, &ls, t, gfid);
            goto next;
        }
        note_synthetic(&rd, &ls, f);
        int lit = TRYGG_LIT_UNKNOWN, attach = TRYGG_ATTACH_NONE;
        const char *tags = tags_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, tags_idx)
                               ? OGR_F_GetFieldAsString(f, tags_idx) : NULL;
        if (lit_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, lit_idx)) {
            lit = trygg__lit_from_text(OGR_F_GetFieldAsString(f, lit_idx));
        } else if (tags) {
            char v[64];
            if (trygg__hstore_get(tags, "lit", v, sizeof v))
                lit = trygg__lit_from_text(v);
        }
        if (tags)
            attach = trygg__osm_attach_from_tags(tags);
        char *name = trygg__reader_text(&rd, f, name_idx, gfid);
        char *road_class = trygg__reader_text(&rd, f, class_idx, gfid);
        int64_t fid = feature_id(&ls, f);
        int nparts = t == wkbLineString ? 1 : OGR_G_GetGeometryCount(g);
        for (int k = 0; k < nparts; k++) {
            OGRGeometryH part = t == wkbLineString ? g : OGR_G_GetGeometryRef(g, k);
            int nv = OGR_G_GetPointCount(part);
            if (nv <= 0) {
                reject_where(&rd, _("empty geometry"), gfid);
                continue;
            }
            trygg_street *s = trygg_streets_push(&tmp);
            s->xy = trygg__xmalloc(2 * (size_t)nv * sizeof *s->xy);
            /* x and y only: a Z or M is dropped. */
            OGR_G_GetPoints(part, s->xy, 2 * sizeof(double), s->xy + 1, 2 * sizeof(double), NULL, 0);
            s->nv = (size_t)nv;
            s->name = name ? (k == 0 ? name : trygg__xstrdup(name)) : NULL;
            s->road_class = road_class ? (k == 0 ? road_class : trygg__xstrdup(road_class)) : NULL;
            s->lit = lit;
            s->attach = attach;
            s->fid = fid;
            trygg__grow((void **)&gfids, &capgfids, tmp.n, sizeof *gfids);
            gfids[tmp.n - 1] = gfid;
            trygg__grow((void **)&starts, &capstarts, tmp.n, 2 * sizeof *starts);
            starts[2 * (tmp.n - 1)] = s->xy[0];
            starts[2 * (tmp.n - 1) + 1] = s->xy[1];
        }
        if (nparts == 0) {
            free(name);
            free(road_class);
        }
    next:
        OGR_F_Destroy(f);
        f = NULL;
        if (linear) {
            OGR_G_DestroyGeometry(linear);
            linear = NULL;
        }
    }
    if (tmp.n == 0 || rd.gdal_msg[0]) {
        /* GDAL reported a failure while reading: the layer may be cut short, so it is not used. */
        st = fail_unusable(&rd, &ls, _("LineString or MultiLineString"));
        goto done;
    }
    if ((st = trygg__reader_setup_crs(&rd, starts, tmp.n)))
        goto done;

    size_t kept = 0;
    for (size_t i = 0; i < tmp.n; i++) {
        trygg_street *s = &tmp.v[i];
        const char *why = NULL;
        char where[64];
        for (size_t v = 0; v < s->nv && !why; v++)
            why = trygg__reader_source_point_problem(&rd, s->xy[2 * v], s->xy[2 * v + 1]);
        if (!why) {
            s->nv = dedupe_vertices(s->xy, s->nv);
            if (s->nv < 2)
                why = _("invalid geometry (fewer than 2 distinct vertices)");
        }
        if (!why && trygg__transform_xy(rd.ct, s->xy, s->nv) > 0)
            why = _("coordinates do not transform to the working CRS");
        for (size_t v = 0; v < s->nv && !why; v++)
            if (fabs(s->xy[2 * v]) > 1e8 || fabs(s->xy[2 * v + 1]) > 1e8)
                why = _("absurd coordinates");
        if (why) {
            trygg__reader_where(&rd, gfids[i], where, sizeof where);
            trygg_input_report_reject(report, why, "%s", where);
            free(s->xy);
            free(s->name);
            free(s->road_class);
            continue;
        }
        tmp.v[kept++] = *s;
    }
    tmp.n = kept;
    report->kept = kept;
    if (kept == 0) {
        st = fail_unusable(&rd, &ls, _("LineString or MultiLineString"));
        goto done;
    }
    trygg_streets_fini(out);
    *out = tmp;
    memset(&tmp, 0, sizeof tmp);
done:
    if (f)
        OGR_F_Destroy(f);
    trygg_streets_fini(&tmp);
    free(starts);
    free(gfids);
    trygg__reader_close(&rd);
    return st;
}

/* ---------------------------------------------------------------- points */

/* Source coordinates and GDAL ids of the points read so far, parallel to the output vector. */
typedef struct {
    double *xy;
    int64_t *gfid;
    unsigned char *unmapped; /* incidents: category value not in the mapping */
    size_t n, capxy, capfid, capunmapped;
} point_buf;

static void point_buf_add(point_buf *pb, double x, double y, int64_t gfid)
{
    trygg__grow((void **)&pb->xy, &pb->capxy, pb->n + 1, 2 * sizeof *pb->xy);
    trygg__grow((void **)&pb->gfid, &pb->capfid, pb->n + 1, sizeof *pb->gfid);
    pb->xy[2 * pb->n] = x;
    pb->xy[2 * pb->n + 1] = y;
    pb->gfid[pb->n++] = gfid;
    trygg__grow((void **)&pb->unmapped, &pb->capunmapped, pb->n, 1);
    pb->unmapped[pb->n - 1] = 0;
}

/* The points of a Point or MultiPoint geometry into pb; returns how many, or -1 for a wrong
 * type (rejected) and 0 for an empty one (rejected). */
static int feature_points(trygg__reader *rd, loop_state *ls, OGRFeatureH f, point_buf *pb)
{
    int64_t gfid = OGR_F_GetFID(f);
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    if (!g || OGR_G_IsEmpty(g)) {
        reject_where(rd, _("empty geometry"), gfid);
        return 0;
    }
    OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
    if (t == wkbPoint) {
        point_buf_add(pb, OGR_G_GetX(g, 0), OGR_G_GetY(g, 0), gfid);
        return 1;
    }
    if (t != wkbMultiPoint) {
        wrong_type(rd, ls, t, gfid);
        return -1;
    }
    int n = 0;
    for (int k = 0; k < OGR_G_GetGeometryCount(g); k++) {
        OGRGeometryH p = OGR_G_GetGeometryRef(g, k);
        if (OGR_G_IsEmpty(p))
            continue;
        point_buf_add(pb, OGR_G_GetX(p, 0), OGR_G_GetY(p, 0), gfid);
        n++;
    }
    if (n == 0)
        reject_where(rd, _("empty geometry"), gfid);
    return n;
}

/* A positive number from a numeric or text field; NAN when unset, not a number or not > 0. */
static double positive_field(OGRFeatureH f, int idx)
{
    if (idx < 0 || !OGR_F_IsFieldSetAndNotNull(f, idx))
        return NAN;
    const char *s = OGR_F_GetFieldAsString(f, idx);
    char *end = NULL;
    double v = CPLStrtod(s, &end);
    while (end && *end == ' ')
        end++;
    return (end != s && end && *end == '\0' && isfinite(v) && v > 0) ? v : NAN;
}

typedef struct {
    double x, y;
    size_t i;
} xyi;

static int cmp_xyi(const void *a, const void *b)
{
    const xyi *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    if (p->y != q->y)
        return p->y < q->y ? -1 : 1;
    return (p->i > q->i) - (p->i < q->i);
}

trygg_status trygg_io_read_lamps(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                 trygg_lamps *out, trygg_input_report *report)
{
    trygg_status st;
    trygg__reader rd;
    trygg_lamps tmp = {0};
    point_buf pb = {0};
    loop_state ls = {0};
    unsigned char *bad = NULL;
    xyi *order = NULL;
    size_t *keeper = NULL;
    int height_idx = -1, lumen_idx = -1;
    OGRFeatureH f = NULL;

    if ((st = trygg__reader_open(&rd, ctx, cfg, TRYGG__ROLE_LAMPS, working_crs, report)))
        goto done;
    if ((st = common_fields(&rd, &ls)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_height, "height_field", names_height, &height_idx)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_lumen, "lumen_field", names_lumen, &lumen_idx)))
        goto done;
    while ((f = trygg__reader_next(&rd)) != NULL) {
        report->read++;
        int np = feature_points(&rd, &ls, f, &pb);
        if (np > 0) {
            note_synthetic(&rd, &ls, f);
            double h = positive_field(f, height_idx), lm = positive_field(f, lumen_idx);
            int64_t fid = feature_id(&ls, f);
            for (int k = 0; k < np; k++) {
                trygg_lamp *l = trygg_lamps_push(&tmp);
                l->height_m = h;
                l->lumen = lm;
                l->fid = fid;
            }
        }
        OGR_F_Destroy(f);
        f = NULL;
    }
    if (tmp.n == 0 || rd.gdal_msg[0]) {
        /* GDAL reported a failure while reading: the layer may be cut short, so it is not used. */
        st = fail_unusable(&rd, &ls, _("Point or MultiPoint"));
        goto done;
    }
    if ((st = trygg__reader_setup_crs(&rd, pb.xy, pb.n)))
        goto done;
    bad = trygg__xcalloc(pb.n, 1);
    trygg__reader_transform_points(&rd, pb.xy, pb.n, pb.gfid, bad);

    /* Exact duplicates: sorted by (x, y, index) the first of each run is the one kept, so the
     * lamp that stays is the first in file order. */
    order = trygg__xmalloc(pb.n * sizeof *order);
    keeper = trygg__xmalloc(pb.n * sizeof *keeper);
    size_t m = 0;
    for (size_t i = 0; i < pb.n; i++) {
        keeper[i] = i;
        if (!bad[i])
            order[m++] = (xyi){pb.xy[2 * i], pb.xy[2 * i + 1], i};
    }
    qsort(order, m, sizeof *order, cmp_xyi);
    for (size_t k = 1; k < m; k++)
        if (order[k].x == order[k - 1].x && order[k].y == order[k - 1].y)
            keeper[order[k].i] = keeper[order[k - 1].i];
    size_t kept = 0;
    for (size_t i = 0; i < pb.n; i++) {
        if (bad[i])
            continue;
        if (keeper[i] != i) {
            char w1[64], w2[64];
            trygg__reader_where(&rd, pb.gfid[i], w1, sizeof w1);
            trygg__reader_where(&rd, pb.gfid[keeper[i]], w2, sizeof w2);
            trygg_input_report_reject(report, _("duplicate lamp"), _("%s (same point as %s)"), w1, w2);
            continue;
        }
        trygg_lamp l = tmp.v[i];
        l.x = pb.xy[2 * i];
        l.y = pb.xy[2 * i + 1];
        tmp.v[kept++] = l;
    }
    tmp.n = kept;
    report->kept = kept;
    if (kept == 0) {
        st = fail_unusable(&rd, &ls, _("Point or MultiPoint"));
        goto done;
    }
    trygg_lamps_fini(out);
    *out = tmp;
    memset(&tmp, 0, sizeof tmp);
done:
    if (f)
        OGR_F_Destroy(f);
    trygg_lamps_fini(&tmp);
    free(pb.xy);
    free(pb.gfid);
    free(pb.unmapped);
    free(bad);
    free(order);
    free(keeper);
    trygg__reader_close(&rd);
    return st;
}

/* ---------------------------------------------------------------- incidents */

/* Time of an incident: GDAL date-time fields with their time-zone flag, numbers as Unix
 * seconds, text through trygg_io_parse_time. False when present but not a valid time. */
static bool feature_time(const trygg_config *cfg, OGRFeatureH f, int idx, OGRFieldType type, int64_t *t)
{
    *t = TRYGG_TIME_UNKNOWN;
    if (idx < 0 || !OGR_F_IsFieldSetAndNotNull(f, idx))
        return true;
    if (type == OFTDateTime || type == OFTDate) {
        int y, mo, d, h, mi, tz;
        float sec;
        if (!OGR_F_GetFieldAsDateTimeEx(f, idx, &y, &mo, &d, &h, &mi, &sec, &tz))
            return false;
        int isec = (int)floorf(sec);
        if (!trygg__civil_valid(y, mo, d, h, mi, isec > 59 ? 59 : isec))
            return false;
        int64_t wall = trygg__days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + isec;
        /* OGR time-zone flag: 0 unknown, 1 local, 100 UTC, 100 +/- n: offset of n quarter hours
         * (ogr_core.h, OGRField.Date.TZFlag). */
        if (tz <= 1)
            *t = trygg__local_to_utc(wall, cfg->utc_offset_h, cfg->eu_summer_time);
        else
            *t = wall - (int64_t)(tz - 100) * 15 * 60;
        return true;
    }
    if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
        double v = OGR_F_GetFieldAsDouble(f, idx);
        if (!isfinite(v))
            return false;
        if (fabs(v) > 1e11) /* milliseconds, as many exports write them */
            v /= 1000.0;
        *t = (int64_t)floor(v);
        return true;
    }
    const char *s = OGR_F_GetFieldAsString(f, idx);
    if (!s[0])
        return true;
    return trygg_io_parse_time(s, cfg->utc_offset_h, cfg->eu_summer_time, t);
}

trygg_status trygg_io_read_incidents(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_incidents *out, trygg_input_report *report)
{
    trygg_status st;
    trygg__reader rd;
    trygg_incidents tmp = {0};
    point_buf pb = {0};
    loop_state ls = {0};
    unsigned char *bad = NULL;
    int cat_idx = -1, time_idx = -1, age_idx = -1;
    OGRFieldType time_type = OFTString;
    OGRFeatureH f = NULL;
    char *last_value = NULL; /* the category mapping of the previous value, reused for runs */
    trygg_category last_cat = TRYGG_CAT_OTHER;
    bool last_mapped = false, warned_time = false;

    if ((st = trygg__reader_open(&rd, ctx, cfg, TRYGG__ROLE_INCIDENTS, working_crs, report)))
        goto done;
    if ((st = common_fields(&rd, &ls)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_category, "category_field", names_category, &cat_idx)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_time, "time_field", names_time, &time_idx)) ||
        (st = trygg__reader_field(&rd, rd.lc->field_victim_age, "victim_age_field", NULL, &age_idx)))
        goto done;
    if (cat_idx < 0)
        trygg__warn(ctx, "%s: layer %s has no category field (looked for category, type, kategori, brottstyp, "
                         "crime_type; set category_field): every incident counts as other",
                    rd.source, rd.layer_name);
    if (time_idx < 0)
        trygg__warn(ctx, "%s: layer %s has no time field (looked for occurred_at, date, time, datetime, ts, "
                         "timestamp, datum, tid; set time_field): incident times are unknown",
                    rd.source, rd.layer_name);
    else
        time_type = OGR_Fld_GetType(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(rd.layer), time_idx));
    if (cfg->synthetic_incidents)
        report->synthetic = true;

    while ((f = trygg__reader_next(&rd)) != NULL) {
        report->read++;
        int np = feature_points(&rd, &ls, f, &pb);
        if (np <= 0)
            goto next;
        note_synthetic(&rd, &ls, f);
        int64_t gfid = OGR_F_GetFID(f), fid = feature_id(&ls, f), t;
        if (!feature_time(cfg, f, time_idx, time_type, &t)) {
            if (!warned_time) {
                char where[64];
                trygg__reader_where(&rd, gfid, where, sizeof where);
                trygg__warn(ctx, "%s %s: time '%s' is not a valid date and time; such incidents are kept with an "
                                 "unknown time",
                            rd.source, where, OGR_F_GetFieldAsString(f, time_idx));
                warned_time = true;
            }
            t = TRYGG_TIME_UNKNOWN;
        }
        char *value = trygg__reader_text(&rd, f, cat_idx, gfid);
        trygg_category cat = TRYGG_CAT_OTHER;
        if (value) {
            if (!last_value || strcmp(value, last_value) != 0) {
                free(last_value);
                last_value = trygg__xstrdup(value);
                last_mapped = trygg_config_map_category(cfg, value, &last_cat);
            }
            if (last_mapped)
                cat = last_cat;
        }
        /* Fraud against someone 65 or older is a crime against an older person (brott mot äldre),
         * whatever the source's category calls it. */
        if (cat == TRYGG_CAT_FRAUD && age_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, age_idx) &&
            OGR_F_GetFieldAsDouble(f, age_idx) >= 65)
            cat = TRYGG_CAT_FRAUD_ELDERLY;
        for (int k = 0; k < np; k++) {
            trygg_incident *inc = trygg_incidents_push(&tmp);
            inc->category = cat;
            inc->t_utc = t;
            inc->source_category = k == 0 ? value : trygg__xstrdup(value);
            inc->fid = fid;
            inc->seg_id = -1;
            inc->snap_dist_m = NAN;
            pb.unmapped[pb.n - np + k] = value && !last_mapped;
        }
    next:
        OGR_F_Destroy(f);
        f = NULL;
    }
    if (tmp.n == 0 || rd.gdal_msg[0]) {
        /* GDAL reported a failure while reading: the layer may be cut short, so it is not used. */
        st = fail_unusable(&rd, &ls, _("Point or MultiPoint"));
        goto done;
    }
    if ((st = trygg__reader_setup_crs(&rd, pb.xy, pb.n)))
        goto done;
    bad = trygg__xcalloc(pb.n, 1);
    trygg__reader_transform_points(&rd, pb.xy, pb.n, pb.gfid, bad);
    size_t kept = 0;
    for (size_t i = 0; i < pb.n; i++) {
        trygg_incident inc = tmp.v[i];
        if (bad[i]) {
            free(inc.source_category);
            continue;
        }
        inc.x = pb.xy[2 * i];
        inc.y = pb.xy[2 * i + 1];
        /* Counted over kept incidents only, so that the report adds up. */
        if (pb.unmapped[i])
            trygg_input_report_unmapped(report, inc.source_category);
        if (inc.t_utc == TRYGG_TIME_UNKNOWN)
            report->time_unparsed++;
        tmp.v[kept++] = inc;
    }
    tmp.n = kept;
    report->kept = kept;
    if (kept == 0) {
        st = fail_unusable(&rd, &ls, _("Point or MultiPoint"));
        goto done;
    }
    trygg_incidents_fini(out);
    *out = tmp;
    memset(&tmp, 0, sizeof tmp);
done:
    if (f)
        OGR_F_Destroy(f);
    trygg_incidents_fini(&tmp);
    free(pb.xy);
    free(pb.gfid);
    free(pb.unmapped);
    free(bad);
    free(last_value);
    trygg__reader_close(&rd);
    return st;
}

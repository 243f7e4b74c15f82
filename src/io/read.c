/*
 * The input readers: streets, lamps and incidents from any GDAL vector source into the
 * in-memory model in the working CRS, each a callback of the read driver (read_layer.c), which
 * hands it every usable feature with its geometry already transformed. Features that cannot be
 * used are counted in the report, never fatal.
 */
#include <cpl_conv.h>
#include <math.h>
#include <ogr_api.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/io.h"
#include "io/read_internal.h"

static const char *const names_name[] = {"name", "street", "namn", "gatunamn", NULL};
static const char *const names_class[] = {"class", "road_class", "highway", "vagklass", "vägklass", NULL};
static const char *const names_lit[] = {"lit", "belysning", NULL};
static const char *const names_height[] = {"height", "hojd", "höjd", "light_height", NULL};
static const char *const names_lumen[] = {"lumen", "lm", "flux", NULL};
static const char *const names_category[] = {"category", "type", "kategori", "brottstyp", "crime_type", NULL};
static const char *const names_time[] = {"occurred_at", "date", "time", "datetime", "ts", "timestamp", "datum",
                                         "tid", NULL};

/* ---------------------------------------------------------------- streets */

enum { F_NAME, F_CLASS, F_LIT };

typedef struct {
    trygg_streets out;
    int tags_idx; /* OSM: other_tags */
} streets_read;

static trygg_status streets_begin(trygg__reader *rd, void *user)
{
    streets_read *sr = user;
    sr->tags_idx = rd->is_osm ? OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(rd->layer), "other_tags") : -1;
    return TRYGG_OK;
}

/* One part of a street. */
static void street_part(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    streets_read *sr = user;
    int lit_idx = rd->field[F_LIT], lit = TRYGG_LIT_UNKNOWN, attach = TRYGG_ATTACH_NONE;
    const char *tags = sr->tags_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, sr->tags_idx)
                           ? OGR_F_GetFieldAsString(f, sr->tags_idx)
                           : NULL;
    if (lit_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, lit_idx)) {
        lit = trygg__lit_from_text(OGR_F_GetFieldAsString(f, lit_idx));
    } else if (tags) {
        char v[64];
        if (trygg__hstore_get(tags, "lit", v, sizeof v))
            lit = trygg__lit_from_text(v);
    }
    if (tags)
        attach = trygg__osm_attach_from_tags(tags);
    trygg_street *s = trygg_streets_push(&sr->out);
    s->xy = trygg__xmalloc(2 * g->n * sizeof *s->xy);
    memcpy(s->xy, g->xy, 2 * g->n * sizeof *s->xy);
    s->nv = g->n;
    s->name = trygg__reader_text(rd, f, rd->field[F_NAME], g->gfid);
    s->road_class = trygg__reader_text(rd, f, rd->field[F_CLASS], g->gfid);
    s->lit = lit;
    s->attach = attach;
    s->fid = trygg__reader_fid(rd, f);
    rd->kept++;
}

static void streets_fini(void *user) { trygg_streets_fini(&((streets_read *)user)->out); }

/* A field of an input, configured by `option` ([streets] name_field = ...) into `member`. */
#define INPUT_FIELD(member, option_, names)                                                                             \
    {.input = offsetof(trygg_layer_config, member), .option = option_, .usual = names}

static const trygg__field street_fields[] = {
    [F_NAME] = INPUT_FIELD(field_name, "name_field", names_name),
    [F_CLASS] = INPUT_FIELD(field_class, "class_field", names_class),
    [F_LIT] = INPUT_FIELD(field_lit, "lit_field", names_lit),
};

static const trygg__read_kind streets_kind = {
    .role = TRYGG__ROLE_STREETS, .geom = TRYGG__GEOM_LINES, .want = N_("LineString or MultiLineString"), .ids = true,
    .fields = street_fields, .nfields = 3, .begin = streets_begin, .feature = street_part,
    .size = sizeof(streets_read), .result_size = sizeof(trygg_streets), .fini = streets_fini,
};

trygg_status trygg_io_read_streets(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                   trygg_streets *out, trygg_input_report *report)
{
    return trygg__read_input(ctx, cfg, working_crs, report, &streets_kind, out);
}

/* ---------------------------------------------------------------- lamps */

enum { F_HEIGHT, F_LUMEN };

typedef struct {
    trygg_lamps out;
    int64_t *gfid; /* GDAL's id of each lamp, for messages */
    size_t capgfid;
} lamps_read;

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

static void lamp_feature(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    lamps_read *lr = user;
    double h = positive_field(f, rd->field[F_HEIGHT]), lm = positive_field(f, rd->field[F_LUMEN]);
    int64_t fid = trygg__reader_fid(rd, f);
    for (size_t k = 0; k < g->n; k++) {
        trygg_lamp *l = trygg_lamps_push(&lr->out);
        l->x = g->xy[2 * k];
        l->y = g->xy[2 * k + 1];
        l->height_m = h;
        l->lumen = lm;
        l->fid = fid;
        trygg__grow((void **)&lr->gfid, &lr->capgfid, lr->out.n, sizeof *lr->gfid);
        lr->gfid[lr->out.n - 1] = g->gfid;
    }
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

/* Exact duplicates: sorted by (x, y, index) the first of each run is the one kept, so the lamp
 * that stays is the first in file order. */
static trygg_status lamps_end(trygg__reader *rd, void *user)
{
    lamps_read *lr = user;
    trygg_lamps *t = &lr->out;
    xyi *order = trygg__xmalloc((t->n ? t->n : 1) * sizeof *order);
    size_t *keeper = trygg__xmalloc((t->n ? t->n : 1) * sizeof *keeper);
    for (size_t i = 0; i < t->n; i++) {
        keeper[i] = i;
        order[i] = (xyi){t->v[i].x, t->v[i].y, i};
    }
    qsort(order, t->n, sizeof *order, cmp_xyi);
    for (size_t k = 1; k < t->n; k++)
        if (order[k].x == order[k - 1].x && order[k].y == order[k - 1].y)
            keeper[order[k].i] = keeper[order[k - 1].i];
    size_t kept = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (keeper[i] != i) {
            char w1[64], w2[64];
            trygg__reader_where(rd, lr->gfid[i], w1, sizeof w1);
            trygg__reader_where(rd, lr->gfid[keeper[i]], w2, sizeof w2);
            trygg__reader_reject_ex(rd, _("duplicate lamp"), _("%s (same point as %s)"), w1, w2);
            continue;
        }
        t->v[kept++] = t->v[i];
    }
    t->n = rd->kept = kept;
    free(order);
    free(keeper);
    return TRYGG_OK;
}

static void lamps_fini(void *user)
{
    lamps_read *lr = user;
    trygg_lamps_fini(&lr->out);
    free(lr->gfid);
    lr->gfid = NULL;
    lr->capgfid = 0;
}

static const trygg__field lamp_fields[] = {
    [F_HEIGHT] = INPUT_FIELD(field_height, "height_field", names_height),
    [F_LUMEN] = INPUT_FIELD(field_lumen, "lumen_field", names_lumen),
};

static const trygg__read_kind lamps_kind = {
    .role = TRYGG__ROLE_LAMPS, .geom = TRYGG__GEOM_POINTS, .want = N_("Point or MultiPoint"), .ids = true,
    .fields = lamp_fields, .nfields = 2, .feature = lamp_feature, .end = lamps_end,
    .size = sizeof(lamps_read), .result_size = sizeof(trygg_lamps), .fini = lamps_fini,
};

trygg_status trygg_io_read_lamps(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                 trygg_lamps *out, trygg_input_report *report)
{
    return trygg__read_input(ctx, cfg, working_crs, report, &lamps_kind, out);
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

enum { F_CATEGORY, F_TIME, F_VICTIM_AGE };

typedef struct {
    trygg_incidents out;
    OGRFieldType time_type;
    char *last_value; /* the category mapping of the previous value, reused for runs */
    trygg_category last_cat;
    bool last_mapped, warned_time;
} incidents_read;

static trygg_status incidents_begin(trygg__reader *rd, void *user)
{
    incidents_read *ir = user;
    ir->time_type = OFTString;
    ir->last_cat = TRYGG_CAT_OTHER;
    if (rd->field[F_CATEGORY] < 0)
        trygg__warn(rd->ctx, "%s: layer %s has no category field (looked for category, type, kategori, brottstyp, "
                             "crime_type; set category_field): every incident counts as other",
                    rd->source, rd->layer_name);
    if (rd->field[F_TIME] < 0)
        trygg__warn(rd->ctx, "%s: layer %s has no time field (looked for occurred_at, date, time, datetime, ts, "
                             "timestamp, datum, tid; set time_field): incident times are unknown",
                    rd->source, rd->layer_name);
    else
        ir->time_type = OGR_Fld_GetType(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(rd->layer), rd->field[F_TIME]));
    if (rd->cfg->synthetic_incidents)
        rd->report->synthetic = true;
    return TRYGG_OK;
}

static void incident_feature(trygg__reader *rd, OGRFeatureH f, const trygg__geom *g, void *user)
{
    incidents_read *ir = user;
    const trygg_config *cfg = rd->cfg;
    int time_idx = rd->field[F_TIME], age_idx = rd->field[F_VICTIM_AGE];
    int64_t fid = trygg__reader_fid(rd, f), t;
    if (!feature_time(cfg, f, time_idx, ir->time_type, &t)) {
        if (!ir->warned_time) {
            char where[64];
            trygg__reader_where(rd, g->gfid, where, sizeof where);
            trygg__warn(rd->ctx, "%s %s: time '%s' is not a valid date and time; such incidents are kept with an "
                                 "unknown time",
                        rd->source, where, OGR_F_GetFieldAsString(f, time_idx));
            ir->warned_time = true;
        }
        t = TRYGG_TIME_UNKNOWN;
    }
    char *value = trygg__reader_text(rd, f, rd->field[F_CATEGORY], g->gfid);
    trygg_category cat = TRYGG_CAT_OTHER;
    if (value) {
        if (!ir->last_value || strcmp(value, ir->last_value) != 0) {
            free(ir->last_value);
            ir->last_value = trygg__xstrdup(value);
            ir->last_mapped = trygg_config_map_category(cfg, value, &ir->last_cat);
        }
        if (ir->last_mapped)
            cat = ir->last_cat;
    }
    /* Fraud against someone 65 or older is a crime against an older person (brott mot äldre),
     * whatever the source's category calls it. */
    if (cat == TRYGG_CAT_FRAUD && age_idx >= 0 && OGR_F_IsFieldSetAndNotNull(f, age_idx) &&
        OGR_F_GetFieldAsDouble(f, age_idx) >= 65)
        cat = TRYGG_CAT_FRAUD_ELDERLY;
    for (size_t k = 0; k < g->n; k++) {
        trygg_incident *inc = trygg_incidents_push(&ir->out);
        inc->x = g->xy[2 * k];
        inc->y = g->xy[2 * k + 1];
        inc->category = cat;
        inc->t_utc = t;
        inc->source_category = k == 0 ? value : trygg__xstrdup(value);
        inc->fid = fid;
        inc->seg_id = -1;
        inc->snap_dist_m = NAN;
        /* Counted over kept incidents only, so that the report adds up. */
        if (value && !ir->last_mapped)
            trygg_input_report_unmapped(rd->report, value);
        if (t == TRYGG_TIME_UNKNOWN)
            rd->report->time_unparsed++;
    }
    rd->kept += g->n;
}

static void incidents_fini(void *user)
{
    incidents_read *ir = user;
    trygg_incidents_fini(&ir->out);
    free(ir->last_value);
    ir->last_value = NULL;
}

static const trygg__field incident_fields[] = {
    [F_CATEGORY] = INPUT_FIELD(field_category, "category_field", names_category),
    [F_TIME] = INPUT_FIELD(field_time, "time_field", names_time),
    [F_VICTIM_AGE] = INPUT_FIELD(field_victim_age, "victim_age_field", NULL),
};

static const trygg__read_kind incidents_kind = {
    .role = TRYGG__ROLE_INCIDENTS, .geom = TRYGG__GEOM_POINTS, .want = N_("Point or MultiPoint"), .ids = true,
    .fields = incident_fields, .nfields = 3, .begin = incidents_begin, .feature = incident_feature,
    .size = sizeof(incidents_read), .result_size = sizeof(trygg_incidents), .fini = incidents_fini,
};

trygg_status trygg_io_read_incidents(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_incidents *out, trygg_input_report *report)
{
    return trygg__read_input(ctx, cfg, working_crs, report, &incidents_kind, out);
}

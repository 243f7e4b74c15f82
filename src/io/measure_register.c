/*
 * The measure register file ([plan] register = PATH.gpkg; src/io/register.h): a
 * GeoPackage written and updated through GDAL's GPKG driver only. A new register is written
 * aside and linked into place (never replacing a file that appeared meanwhile); an existing
 * one is updated in one OGR transaction that takes the write lock first (a statement that
 * writes nothing), waits up to the busy timeout for another writer (QGIS saving edits), and
 * then reads each entry it refreshes inside that transaction, so what a person saved before
 * is written back unchanged and what a person saves later waits for the commit.
 *
 * A register in PostgreSQL ([plan] register = PG:..., register_layer = schema.table) goes through
 * GDAL's PostgreSQL driver with the same fields and rules: created in one transaction (the schema
 * must exist; the table and its QGIS style in public.layer_styles commit together), updated in one
 * transaction that first locks the table (LOCK TABLE ... IN SHARE ROW EXCLUSIVE MODE, waiting at
 * most the busy timeout), so an edit QGIS saves meanwhile either lands before and is kept or waits.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "geom/crs_internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/register.h"

enum { R_RULE, R_FOCUS, R_MEASURE, R_MEASURE_EN, R_RESPONSIBLE, R_STATUS, R_DECIDED, R_DONE, R_PROMISE, R_NOTE,
       R_PRIORITY, R_EVIDENCE, R_INDICATOR, R_FEATURES, R_SOURCE_LAYER, R_SOURCE_IDS, R_STATE, R_FIRST, R_LAST,
       R_NFIELDS };

static const struct {
    const char *name;
    OGRFieldType type;
} fields[R_NFIELDS] = {
    [R_RULE] = {"rule", OFTString},
    [R_FOCUS] = {"focus_area", OFTString},
    [R_MEASURE] = {"measure", OFTString},
    [R_MEASURE_EN] = {"measure_en", OFTString},
    [R_RESPONSIBLE] = {"responsible", OFTString},
    [R_STATUS] = {"status", OFTString},
    [R_DECIDED] = {"decided_on", OFTDate},
    [R_DONE] = {"done_on", OFTDate},
    [R_PROMISE] = {"promise", OFTString},
    [R_NOTE] = {"note", OFTString},
    [R_PRIORITY] = {"priority", OFTInteger},
    [R_EVIDENCE] = {"evidence", OFTString},
    [R_INDICATOR] = {"indicator", OFTString},
    [R_FEATURES] = {"features", OFTInteger},
    [R_SOURCE_LAYER] = {"source_layer", OFTString},
    [R_SOURCE_IDS] = {"source_ids", OFTString},
    [R_STATE] = {"evidence_state", OFTString},
    [R_FIRST] = {"first_seen", OFTDateTime},
    [R_LAST] = {"last_seen", OFTDateTime},
};

#define LAYER "measures"
#define FID_COLUMN "measure_id"

/* A plain identifier (lower-case letters, digits, _): no quoting needed in SQL or QGIS. */
static bool plain_identifier(const char *s, size_t n)
{
    if (n == 0 || n > 63 || isdigit((unsigned char)s[0]))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '_'))
            return false;
    return true;
}

/* [plan] register_layer split into schema and table. */
static trygg_status pg_table(trygg_ctx *ctx, const char *path, const char *layer, char schema[64], char table[64])
{
    const char *dot = layer ? strchr(layer, '.') : NULL;
    if (!dot || !plain_identifier(layer, (size_t)(dot - layer)) || !plain_identifier(dot + 1, strlen(dot + 1)))
        return trygg__fail(ctx, TRYGG_E_CONFIG,
                           "measure register %s: [plan] register_layer '%s': give schema.table in lower-case "
                           "letters, digits and _ (trygg.measures)",
                           path, layer ? layer : "");
    snprintf(schema, 64, "%.*s", (int)(dot - layer), layer);
    snprintf(table, 64, "%s", dot + 1);
    return TRYGG_OK;
}

/* One statement; false when PostgreSQL refused it (the message in msg). */
static bool pg_exec(GDALDatasetH ds, const char *sql)
{
    CPLErrorReset();
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
    if (r)
        GDALDatasetReleaseResultSet(ds, r);
    return CPLGetLastErrorType() < CE_Failure;
}

/* Whether the schema exists; it must, trygg never creates one for the register. */
static trygg_status pg_schema_check(trygg_ctx *ctx, GDALDatasetH ds, const char *path, const char *schema,
                                    const char *layer, const char *msg)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT count(*) AS n FROM pg_namespace WHERE nspname = '%s'", schema);
    CPLErrorReset();
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
    GIntBig n = -1;
    OGRFeatureH f = r ? OGR_L_GetNextFeature(r) : NULL;
    if (f) {
        n = OGR_F_GetFieldAsInteger64(f, 0);
        OGR_F_Destroy(f);
    }
    if (r)
        GDALDatasetReleaseResultSet(ds, r);
    if (n < 0)
        return trygg__fail(ctx, TRYGG_E_OPEN, "measure register %s: cannot look up schema %s: %s", path, schema,
                           msg[0] ? msg : CPLGetLastErrorMsg());
    if (n == 0)
        return trygg__fail(ctx, TRYGG_E_OPEN,
                           "measure register %s: the schema '%s' does not exist in that database; create it "
                           "(CREATE SCHEMA %s) or name another in [plan] register_layer (now %s)",
                           path, schema, schema, layer);
    return TRYGG_OK;
}

static void set_busy_timeout(GDALDatasetH ds, double wait_s)
{
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA busy_timeout = %ld", (long)lround(fmax(0, wait_s) * 1000));
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
    if (r)
        GDALDatasetReleaseResultSet(ds, r);
}

/* Field indices by name: a register a person reorganised in QGIS still reads. */
static trygg_status field_indices(trygg_ctx *ctx, const char *path, OGRLayerH lyr, int idx[R_NFIELDS])
{
    const char *fid = OGR_L_GetFIDColumn(lyr);
    if (!fid || strcmp(fid, FID_COLUMN) != 0)
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "measure register %s: layer measures has the key column '%s', "
                                                "not measure_id: not a trygg register",
                           path, fid ? fid : "");
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(lyr);
    for (int i = 0; i < R_NFIELDS; i++)
        if ((idx[i] = OGR_FD_GetFieldIndex(d, fields[i].name)) < 0)
            return trygg__fail(ctx, TRYGG_E_SCHEMA, "measure register %s: layer measures has no field '%s'", path,
                               fields[i].name);
    return TRYGG_OK;
}

/* The register's fields in a new layer or table, and their indices. */
static trygg_status create_fields(trygg_ctx *ctx, const char *path, OGRLayerH lyr, const char *msg,
                                  int idx[R_NFIELDS])
{
    for (int i = 0; i < R_NFIELDS; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(fields[i].name, fields[i].type);
        OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE)
            return trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: creating field %s: %s", path,
                               fields[i].name, msg);
    }
    return field_indices(ctx, path, lyr, idx);
}

/* Open the register's measures layer (read only or for update), with the busy timeout, and
 * find its fields. Errors name the path; GDAL's messages go to msg (pushed by the caller). */
static trygg_status open_register(trygg_ctx *ctx, const char *path, const char *pg_layer, bool update,
                                  double wait_s, const char *msg, GDALDatasetH *ds, OGRLayerH *lyr,
                                  int idx[R_NFIELDS])
{
    bool pg = trygg_io_is_pg(path);
    const char *drivers[] = {pg ? "PostgreSQL" : "GPKG", NULL};
    *ds = GDALOpenEx(path, GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY), drivers, NULL, NULL);
    if (!*ds)
        return trygg__fail(ctx, update ? TRYGG_E_WRITE : TRYGG_E_OPEN, "measure register %s: cannot open %s%s%s", path,
                           update ? _("for update") : pg ? _("as PostgreSQL") : _("as a GeoPackage"),
                           msg[0] ? ": " : "", msg);
    if (!pg)
        set_busy_timeout(*ds, wait_s);
    const char *name = pg ? pg_layer : LAYER;
    if (!(*lyr = GDALDatasetGetLayerByName(*ds, name)))
        return trygg__fail(ctx, TRYGG_E_NOLAYER, "measure register %s: no layer '%s'", path, name);
    return field_indices(ctx, path, *lyr, idx);
}

static char *field_text(OGRFeatureH f, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return NULL;
    OGRFieldType t = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i));
    if (t == OFTDate || t == OFTDateTime) {
        int y, mo, d, h, mi, tz;
        float s;
        if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &mo, &d, &h, &mi, &s, &tz))
            return NULL;
        return trygg__xasprintf("%04d-%02d-%02d", y, mo, d);
    }
    const char *s = OGR_F_GetFieldAsString(f, i);
    return s && *s ? trygg__xstrdup(s) : NULL;
}

void trygg_register_fini(trygg_register *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        trygg_register_entry *e = &r->v[i];
        free(e->rule);
        free(e->wkb);
        free(e->status);
        free(e->decided_on);
        free(e->done_on);
        free(e->responsible);
        free(e->promise);
        free(e->note);
        free(e->first_seen);
    }
    free(r->v);
    memset(r, 0, sizeof *r);
}

trygg_status trygg_io_register_read(trygg_ctx *ctx, const char *path, const char *pg_layer, double wait_s,
                                    trygg_register *out, bool *exists)
{
    trygg_status st = TRYGG_OK;
    char msg[1024];
    GDALDatasetH ds = NULL;
    OGRFeatureH f = NULL;
    int idx[R_NFIELDS];
    struct stat sb;
    char schema[64], table[64];
    bool pg = trygg_io_is_pg(path);
    memset(out, 0, sizeof *out);
    *exists = false;
    if (pg && (st = pg_table(ctx, path, pg_layer, schema, table)) != TRYGG_OK)
        return st;
    if (!pg && stat(path, &sb) != 0 && errno == ENOENT)
        return TRYGG_OK;
    OGRLayerH lyr = NULL;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    msg[0] = '\0';
    if (pg) {
        /* No table yet: a new register, in a schema that must be there (checked now, before the
         * run writes anything). */
        const char *drivers[] = {"PostgreSQL", NULL};
        ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, NULL, NULL);
        if (!ds) {
            st = trygg__fail(ctx, TRYGG_E_OPEN, "measure register %s: cannot open %s%s%s", path, _("as PostgreSQL"),
                             msg[0] ? ": " : "", msg);
            goto done;
        }
        bool has = GDALDatasetGetLayerByName(ds, pg_layer) != NULL;
        msg[0] = '\0';
        if (!has) {
            st = pg_schema_check(ctx, ds, path, schema, pg_layer, msg);
            goto done;
        }
        GDALClose(ds);
        ds = NULL;
    }
    if ((st = open_register(ctx, path, pg_layer, false, wait_s, msg, &ds, &lyr, idx)) != TRYGG_OK)
        goto done;
    *exists = true;
    msg[0] = '\0';
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr))) {
        if (out->n == out->cap) {
            out->cap = out->cap ? 2 * out->cap : 64;
            out->v = trygg__xrealloc(out->v, out->cap * sizeof *out->v);
        }
        trygg_register_entry *e = &out->v[out->n++];
        memset(e, 0, sizeof *e);
        e->measure_id = OGR_F_GetFID(f);
        e->rule = field_text(f, idx[R_RULE]);
        e->status = field_text(f, idx[R_STATUS]);
        e->decided_on = field_text(f, idx[R_DECIDED]);
        e->done_on = field_text(f, idx[R_DONE]);
        e->responsible = field_text(f, idx[R_RESPONSIBLE]);
        e->promise = field_text(f, idx[R_PROMISE]);
        e->note = field_text(f, idx[R_NOTE]);
        e->first_seen = field_text(f, idx[R_FIRST]);
        char *state = field_text(f, idx[R_STATE]);
        e->gone = state && strcmp(state, "gone") == 0;
        free(state);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (g && !OGR_G_IsEmpty(g)) {
            e->wkb_size = (size_t)OGR_G_WkbSize(g);
            e->wkb = trygg__xmalloc(e->wkb_size);
            if (OGR_G_ExportToIsoWkb(g, wkbNDR, e->wkb) != OGRERR_NONE) {
                free(e->wkb);
                e->wkb = NULL;
                e->wkb_size = 0;
            }
        }
        if (e->measure_id > out->max_id)
            out->max_id = e->measure_id;
        OGR_F_Destroy(f);
        f = NULL;
    }
    if (msg[0]) {
        st = trygg__fail(ctx, TRYGG_E_OPEN, "measure register %s: reading layer measures: %s", path, msg);
        goto done;
    }
done:
    trygg__gdal_errors_pop();
    if (ds)
        GDALClose(ds);
    if (st != TRYGG_OK) {
        trygg_register_fini(out);
        *exists = false;
    }
    return st;
}

static void set_text(OGRFeatureH f, int i, const char *s)
{
    if (s)
        OGR_F_SetFieldString(f, i, s);
    else
        OGR_F_SetFieldNull(f, i);
}

static bool parse_utc(const char *s, int v[6])
{
    return s && sscanf(s, "%d-%d-%dT%d:%d:%dZ", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) == 6;
}

/* The fields trygg owns, from proposal i. */
static void set_machine_fields(OGRFeatureH f, const int idx[R_NFIELDS], const trygg_register_write *w, size_t i)
{
    const trygg_measure *x = &w->proposals->v[i];
    int t[6];
    set_text(f, idx[R_RULE], x->rule);
    set_text(f, idx[R_FOCUS], x->focus_area);
    set_text(f, idx[R_MEASURE], x->measure);
    set_text(f, idx[R_MEASURE_EN], x->measure_en);
    OGR_F_SetFieldInteger(f, idx[R_PRIORITY], x->priority);
    set_text(f, idx[R_EVIDENCE], x->evidence);
    set_text(f, idx[R_INDICATOR], x->indicator);
    OGR_F_SetFieldInteger64(f, idx[R_FEATURES], (GIntBig)x->features);
    set_text(f, idx[R_SOURCE_LAYER], w->source_layer ? w->source_layer[i] : NULL);
    set_text(f, idx[R_SOURCE_IDS], x->source_ids);
    set_text(f, idx[R_STATE], "current");
    if (parse_utc(w->run_at, t))
        OGR_F_SetFieldDateTimeEx(f, idx[R_LAST], t[0], t[1], t[2], t[3], t[4], (float)t[5], 100);
    OGRGeometryH g = NULL;
    if (x->wkb && OGR_G_CreateFromWkbEx(x->wkb, NULL, &g, x->wkb_size) == OGRERR_NONE && g)
        OGR_F_SetGeometryDirectly(f, OGR_G_ForceToMultiPolygon(g));
    else
        OGR_F_SetGeometry(f, NULL);
}

/* A new entry: the machine fields, the person's with their defaults. */
static void set_new_entry(OGRFeatureH f, const int idx[R_NFIELDS], const trygg_register_write *w, size_t i)
{
    int t[6];
    OGR_F_SetFID(f, w->ids[i]);
    set_machine_fields(f, idx, w, i);
    set_text(f, idx[R_STATUS], TRYGG_REGISTER_STATUS_DEFAULT);
    set_text(f, idx[R_RESPONSIBLE], w->proposals->v[i].responsible);
    if (parse_utc(w->run_at, t))
        OGR_F_SetFieldDateTimeEx(f, idx[R_FIRST], t[0], t[1], t[2], t[3], t[4], (float)t[5], 100);
}

static trygg_status create_register(trygg_ctx *ctx, const trygg_register_write *w)
{
    trygg_status st = TRYGG_OK;
    char msg[1024];
    char *dir = trygg__dir_of(w->path), *tmp = NULL, *qml = NULL;
    const char *base = trygg__base_of(w->path);
    GDALDatasetH ds = NULL;
    OGRSpatialReferenceH srs = NULL;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    int idx[R_NFIELDS];
    /* The style first: a missing one fails before anything is written. */
    if ((st = trygg__style_read(ctx, w->styles_dir, "register_measures", &qml)) != TRYGG_OK)
        goto done;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    tmp = trygg__xasprintf("%s/.%s.tmp-%ld.gpkg", dir, base, (long)getpid());
    unlink(tmp);
    srs = OSRNewSpatialReference(NULL);
    if (OSRSetFromUserInput(srs, w->crs ? w->crs : "EPSG:3006") != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_CRS, "measure register %s: working CRS '%s' is not a known CRS", w->path,
                         w->crs);
        goto done;
    }
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    ds = drv ? GDALCreate(drv, tmp, 0, 0, 0, GDT_Unknown, NULL) : NULL;
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot create %s%s%s", w->path, tmp,
                         msg[0] ? ": " : "", msg);
        goto done;
    }
    char *desc = trygg__xasprintf("DESCRIPTION=%s",
                                  _("Measure register (åtgärdsregister): the action plan across runs. trygg "
                                    "refreshes the evidence fields; status, decided_on, done_on, responsible, promise "
                                    "and note are yours"));
    char *ident = trygg__xasprintf("IDENTIFIER=%s", _("Measure register"));
    char *opts[] = {"FID=" FID_COLUMN, "GEOMETRY_NAME=geom", desc, ident, NULL};
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, LAYER, srs, wkbMultiPolygon, opts);
    free(desc);
    free(ident);
    if (!lyr) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: creating layer measures: %s", w->path, msg);
        goto done;
    }
    if ((st = create_fields(ctx, w->path, lyr, msg, idx)) != TRYGG_OK)
        goto done;
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot start a transaction: %s", w->path, msg);
        goto done;
    }
    in_tx = true;
    for (size_t i = 0; i < w->proposals->n; i++) {
        f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
        set_new_entry(f, idx, w, i);
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: writing measure %lld: %s", w->path,
                             (long long)w->ids[i], msg);
            goto done;
        }
        OGR_F_Destroy(f);
        f = NULL;
    }
    in_tx = false;
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: commit failed: %s", w->path, msg);
        goto done;
    }
    int t[6] = {1970, 1, 1, 0, 0, 0};
    parse_utc(w->run_at, t);
    int64_t when = trygg__days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5];
    trygg__style_row row = {LAYER, "geom", _("QGIS edit form of the measure register"), qml};
    if ((st = trygg__styles_write(ctx, ds, &row, 1, when)) != TRYGG_OK)
        goto done;
    msg[0] = '\0';
    GDALClose(ds);
    ds = NULL;
    if (msg[0]) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: closing %s: %s", w->path, tmp, msg);
        goto done;
    }
    /* link, not rename: a register another run created meanwhile is never replaced. */
    if (link(tmp, w->path) != 0) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot put it in place: %s%s", w->path,
                         strerror(errno), errno == EEXIST ? _(" (another run created it meanwhile; run again)") : "");
        goto done;
    }
done:
    if (f)
        OGR_F_Destroy(f);
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (ds)
        GDALClose(ds);
    if (srs)
        OSRDestroySpatialReference(srs);
    if (tmp) {
        unlink(tmp);
        trygg__gdal_errors_pop();
    }
    free(tmp);
    free(dir);
    free(qml);
    return st;
}

/* The register as a new table in PostgreSQL, its rows and its QGIS style in one transaction. */
static trygg_status create_register_pg(trygg_ctx *ctx, const trygg_register_write *w)
{
    trygg_status st = TRYGG_OK;
    char msg[1024] = "", schema[64], table[64];
    char *qml = NULL, *sql = NULL;
    GDALDatasetH ds = NULL;
    OGRSpatialReferenceH srs = NULL;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    int idx[R_NFIELDS];
    char **lco = NULL;
    if ((st = pg_table(ctx, w->path, w->layer, schema, table)) != TRYGG_OK)
        return st;
    if ((st = trygg__style_read(ctx, w->styles_dir, "register_measures", &qml)) != TRYGG_OK)
        return st;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    srs = OSRNewSpatialReference(NULL);
    if (OSRSetFromUserInput(srs, w->crs ? w->crs : "EPSG:3006") != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_CRS, "measure register %s: working CRS '%s' is not a known CRS", w->path,
                         w->crs);
        goto done;
    }
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    const char *drivers[] = {"PostgreSQL", NULL};
    ds = GDALOpenEx(w->path, GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, NULL, NULL);
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot open %s%s%s", w->path, _("for update"),
                         msg[0] ? ": " : "", msg);
        goto done;
    }
    msg[0] = '\0';
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot start a transaction: %s", w->path, msg);
        goto done;
    }
    in_tx = true;
    if ((st = pg_schema_check(ctx, ds, w->path, schema, w->layer, msg)) != TRYGG_OK)
        goto done;
    const char *desc = _("Measure register (åtgärdsregister): the action plan across runs. trygg refreshes the "
                         "evidence fields; status, decided_on, done_on, responsible, promise and note are yours");
    lco = CSLSetNameValue(lco, "SCHEMA", schema);
    lco = CSLSetNameValue(lco, "FID", FID_COLUMN);
    lco = CSLSetNameValue(lco, "GEOMETRY_NAME", "geom");
    lco = CSLSetNameValue(lco, "LAUNDER", "NO");
    lco = CSLSetNameValue(lco, "SPATIAL_INDEX", "GIST");
    lco = CSLSetNameValue(lco, "DESCRIPTION", desc);
    /* A table another run created meanwhile: CREATE TABLE fails, nothing is replaced. */
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, table, srs, wkbMultiPolygon, lco);
    if (!lyr) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: creating table %s: %s", w->path, w->layer, msg);
        goto done;
    }
    if ((st = create_fields(ctx, w->path, lyr, msg, idx)) != TRYGG_OK)
        goto done;
    for (size_t i = 0; i < w->proposals->n; i++) {
        f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
        set_new_entry(f, idx, w, i);
        if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: writing measure %lld: %s", w->path,
                             (long long)w->ids[i], msg);
            goto done;
        }
        OGR_F_Destroy(f);
        f = NULL;
    }
    if (OGR_L_SyncToDisk(lyr) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: writing %s: %s", w->path, w->layer, msg);
        goto done;
    }
    /* The key's sequence past the ids written, for rows a person adds in QGIS. */
    sql = trygg__xasprintf("SELECT setval(pg_get_serial_sequence('%s.%s', '" FID_COLUMN "'), "
                           "GREATEST((SELECT max(" FID_COLUMN ") FROM %s.%s), 1))",
                           schema, table, schema, table);
    if (!pg_exec(ds, sql)) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: setting the key's sequence: %s", w->path, msg);
        goto done;
    }
    int t[6] = {1970, 1, 1, 0, 0, 0};
    parse_utc(w->run_at, t);
    int64_t when = trygg__days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5];
    if ((st = trygg__pg_style_store(ctx, ds, schema, table, "geom", qml, _("QGIS edit form of the measure register"),
                                    when, "measure register: storing its QGIS style in public.layer_styles", msg)) !=
        TRYGG_OK)
        goto done;
    in_tx = false;
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: commit failed: %s", w->path, msg);
        goto done;
    }
done:
    if (f)
        OGR_F_Destroy(f);
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (ds)
        GDALClose(ds);
    if (srs)
        OSRDestroySpatialReference(srs);
    trygg__gdal_errors_pop();
    CSLDestroy(lco);
    free(sql);
    free(qml);
    return st;
}

static trygg_status update_register(trygg_ctx *ctx, const trygg_register_write *w)
{
    char schema[64] = "", table[64] = "";
    bool pg = trygg_io_is_pg(w->path);
    if (pg) {
        trygg_status pst = pg_table(ctx, w->path, w->layer, schema, table);
        if (pst != TRYGG_OK)
            return pst;
    }
    trygg_status st = TRYGG_OK;
    char msg[1024];
    GDALDatasetH ds = NULL;
    OGRFeatureH f = NULL;
    bool in_tx = false;
    int idx[R_NFIELDS];
    OGRLayerH lyr = NULL;
    trygg__gdal_init();
    trygg__gdal_errors_push(msg, sizeof msg);
    if ((st = open_register(ctx, w->path, w->layer, true, w->wait_s, msg, &ds, &lyr, idx)) != TRYGG_OK)
        goto done;
    msg[0] = '\0';
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: cannot start a transaction: %s", w->path, msg);
        goto done;
    }
    in_tx = true;
    /* Take the write lock before reading anything in this transaction: SQLite waits (busy
     * timeout) only for a lock it can wait for without a deadlock, which a reader upgrading to a
     * writer cannot. PostgreSQL: the table locked against other writers (readers go on), waiting
     * at most the busy timeout. */
    if (pg) {
        char sql[192];
        snprintf(sql, sizeof sql, "SET LOCAL lock_timeout = %ld", (long)fmax(1, lround(fmax(0, w->wait_s) * 1000)));
        if (pg_exec(ds, sql)) {
            snprintf(sql, sizeof sql, "LOCK TABLE %s.%s IN SHARE ROW EXCLUSIVE MODE", schema, table);
            pg_exec(ds, sql);
        }
    } else {
        OGRLayerH r = GDALDatasetExecuteSQL(ds, "UPDATE " LAYER " SET evidence_state = evidence_state WHERE 0", NULL,
                                            NULL);
        if (r)
            GDALDatasetReleaseResultSet(ds, r);
    }
    if (msg[0]) {
        st = trygg__fail(ctx, TRYGG_E_WRITE,
                         "measure register %s is locked by another writer (QGIS saving edits, another run) and "
                         "stayed locked for %g s; the register is unchanged (%s)",
                         w->path, w->wait_s, msg);
        goto done;
    }
    for (size_t i = 0; i < w->proposals->n; i++) {
        if (!w->is_new[i])
            continue;
        OGRFeatureH old = OGR_L_GetFeature(lyr, w->ids[i]);
        if (old) {
            OGR_F_Destroy(old);
            st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: measure_id %lld was added by someone else "
                                                 "since the run read the register; the register is unchanged, run "
                                                 "again",
                             w->path, (long long)w->ids[i]);
            goto done;
        }
    }
    CPLErrorReset();
    for (size_t i = 0; i < w->proposals->n; i++) {
        if (w->is_new[i]) {
            f = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
            set_new_entry(f, idx, w, i);
            if (OGR_L_CreateFeature(lyr, f) != OGRERR_NONE) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: adding measure %lld: %s", w->path,
                                 (long long)w->ids[i], msg);
                goto done;
            }
        } else {
            /* An entry a person deleted stays deleted. */
            if (!(f = OGR_L_GetFeature(lyr, w->ids[i])))
                continue;
            set_machine_fields(f, idx, w, i);
            if (OGR_L_SetFeature(lyr, f) != OGRERR_NONE) {
                st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: refreshing measure %lld: %s", w->path,
                                 (long long)w->ids[i], msg);
                goto done;
            }
        }
        OGR_F_Destroy(f);
        f = NULL;
    }
    for (size_t k = 0; k < w->ngone; k++) {
        if (!(f = OGR_L_GetFeature(lyr, w->gone[k])))
            continue;
        set_text(f, idx[R_STATE], "gone");
        if (OGR_L_SetFeature(lyr, f) != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: marking measure %lld gone: %s", w->path,
                             (long long)w->gone[k], msg);
            goto done;
        }
        OGR_F_Destroy(f);
        f = NULL;
    }
    in_tx = false;
    if (GDALDatasetCommitTransaction(ds) != OGRERR_NONE) {
        GDALDatasetRollbackTransaction(ds);
        st = trygg__fail(ctx, TRYGG_E_WRITE, "measure register %s: commit failed, the register is unchanged: %s",
                         w->path, msg);
        goto done;
    }
done:
    if (f)
        OGR_F_Destroy(f);
    if (in_tx)
        GDALDatasetRollbackTransaction(ds);
    if (ds)
        GDALClose(ds);
    trygg__gdal_errors_pop();
    return st;
}

trygg_status trygg_io_register_write(trygg_ctx *ctx, const trygg_register_write *w)
{
    if (w->exists)
        return update_register(ctx, w);
    return trygg_io_is_pg(w->path) ? create_register_pg(ctx, w) : create_register(ctx, w);
}

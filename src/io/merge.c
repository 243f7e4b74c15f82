/*
 * Joining the outputs of the parts of a partitioned run (trygg_merge_parts in
 * src/pipeline/partition.c stages the output and adds the overview). GDAL creates every table as
 * the first part that has it defines it (with a `partition` field, without a spatial index) and
 * copies layer_styles from the first part (the styles are the same). SQLite then copies the rows,
 * part by part (each part attached in turn), with INSERT ... SELECT, the part's name in
 * `partition`, the fids numbered anew in that order: what GDAL's feature-by-feature copy wrote,
 * in a tenth of the time on a country's parts. Each R-tree is packed from the rows' envelopes
 * (src/io/rtree.c), and the feature counts and extents set as GDAL sets them. The QGIS project is
 * made anew over the joined file.
 */
#include <cpl_string.h>
#include <gdal.h>
#include <math.h>
#include <ogr_api.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/qgsproject.h"

#define PARTITION_FIELD "partition"

/* The part's name from its run_info (key `partition`); NULL when it has none. Caller frees. */
static char *part_name(GDALDatasetH ds)
{
    OGRLayerH info = GDALDatasetGetLayerByName(ds, "run_info");
    if (!info)
        return NULL;
    int key = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(info), "key");
    int value = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(info), "value");
    char *name = NULL;
    OGR_L_ResetReading(info);
    OGRFeatureH f;
    while (key >= 0 && value >= 0 && (f = OGR_L_GetNextFeature(info)) != NULL) {
        if (!name && strcmp(OGR_F_GetFieldAsString(f, key), "partition") == 0)
            name = trygg__xstrdup(OGR_F_GetFieldAsString(f, value));
        OGR_F_Destroy(f);
    }
    return name;
}

/* A table of the output: created in `out` from the first part that has it. */
static OGRLayerH create_like(trygg_ctx *ctx, GDALDatasetH out, OGRLayerH src, bool add_partition)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(src);
    char **opts = NULL;
    const char *description = GDALGetMetadataItem((GDALMajorObjectH)src, "DESCRIPTION", NULL);
    const char *identifier = GDALGetMetadataItem((GDALMajorObjectH)src, "IDENTIFIER", NULL);
    if (description && *description)
        opts = CSLSetNameValue(opts, "DESCRIPTION", description);
    if (identifier && *identifier)
        opts = CSLSetNameValue(opts, "IDENTIFIER", identifier);
    bool spatial = OGR_FD_GetGeomFieldCount(defn) > 0;
    if (!spatial)
        opts = CSLSetNameValue(opts, "ASPATIAL_VARIANT", "GPKG_ATTRIBUTES");
    else
        opts = CSLSetNameValue(opts, "SPATIAL_INDEX", "NO"); /* packed once the rows are in */
    opts = CSLSetNameValue(opts, "GEOMETRY_NAME", spatial ? OGR_L_GetGeometryColumn(src) : "geom");
    const char *fid = OGR_L_GetFIDColumn(src);
    if (fid && *fid)
        opts = CSLSetNameValue(opts, "FID", fid); /* layer_styles: QGIS's "id" */
    OGRLayerH l = GDALDatasetCreateLayer(out, OGR_L_GetName(src), spatial ? OGR_L_GetSpatialRef(src) : NULL,
                                         spatial ? OGR_L_GetGeomType(src) : wkbNone, opts);
    CSLDestroy(opts);
    if (!l) {
        trygg__fail(ctx, TRYGG_E_WRITE, "merge: table %s cannot be created", OGR_L_GetName(src));
        return NULL;
    }
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); i++)
        if (OGR_L_CreateField(l, OGR_FD_GetFieldDefn(defn, i), TRUE) != OGRERR_NONE) {
            trygg__fail(ctx, TRYGG_E_WRITE, "merge: field %s of %s cannot be created",
                        OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), OGR_L_GetName(src));
            return NULL;
        }
    if (add_partition && OGR_FD_GetFieldIndex(defn, PARTITION_FIELD) < 0) {
        OGRFieldDefnH fd = OGR_Fld_Create(PARTITION_FIELD, OFTString);
        OGRErr e = OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            trygg__fail(ctx, TRYGG_E_WRITE, "merge: field partition of %s cannot be created", OGR_L_GetName(src));
            return NULL;
        }
    }
    return l;
}

static trygg_status copy_features(trygg_ctx *ctx, OGRLayerH src, OGRLayerH dst, const char *part, const char *path)
{
    OGRFeatureDefnH ddefn = OGR_L_GetLayerDefn(dst);
    int pidx = OGR_FD_GetFieldIndex(ddefn, PARTITION_FIELD);
    if (OGR_FD_GetGeomFieldCount(ddefn) != OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(src)) ||
        (OGR_FD_GetGeomFieldCount(ddefn) > 0 && wkbFlatten(OGR_L_GetGeomType(src)) != wkbFlatten(OGR_L_GetGeomType(dst))))
        return trygg__fail(ctx, TRYGG_E_SCHEMA, "merge: %s: table %s has another geometry type than in the first part",
                           path, OGR_L_GetName(src));
    /* The fields by name, mapped once per table (a field the first part lacks is left out):
     * mapping them per feature was most of the time on a country's parts. */
    OGRFeatureDefnH sdefn = OGR_L_GetLayerDefn(src);
    int nsrc = OGR_FD_GetFieldCount(sdefn);
    int *map = trygg__xmalloc(((size_t)nsrc + 1) * sizeof *map);
    for (int i = 0; i < nsrc; i++)
        map[i] = OGR_FD_GetFieldIndex(ddefn, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(sdefn, i)));
    OGR_L_ResetReading(src);
    OGRFeatureH f;
    trygg_status st = TRYGG_OK;
    while (st == TRYGG_OK && (f = OGR_L_GetNextFeature(src)) != NULL) {
        OGRFeatureH g = OGR_F_Create(ddefn);
        OGR_F_SetFromWithMap(g, f, TRUE, map);
        if (pidx >= 0)
            OGR_F_SetFieldString(g, pidx, part);
        OGR_F_SetFID(g, OGRNullFID);
        if (OGR_L_CreateFeature(dst, g) != OGRERR_NONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: a feature of %s from %s cannot be written", OGR_L_GetName(src),
                             path);
        OGR_F_Destroy(g);
        OGR_F_Destroy(f);
        if (trygg__interrupted(ctx))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "merge interrupted; nothing was written");
    }
    free(map);
    return st;
}

/* ---- The rows, through SQLite ---- */

/* A table of the output: its name, its geometry column (NULL: none) and the first part with it. */
typedef struct {
    char *name, *geom;
    size_t first;
} out_table;

/* The envelope of a GeoPackage geometry blob (GPKG 1.2 section 2.1.3: "GP", version, flags with
 * the byte order, the envelope kind and the empty bit; a point without envelope has its x, y in
 * the WKB after the header). False for an empty or unreadable one, which the index leaves out. */
static bool blob_box(const unsigned char *b, int n, trygg__rtree_box *box)
{
    if (!b || n < 8 || b[0] != 'G' || b[1] != 'P' || (b[3] & 0x10))
        return false;
    bool le = b[3] & 1;
    int kind = (b[3] >> 1) & 7;
    static const int env_doubles[] = {0, 4, 6, 6, 8};
    if (kind > 4 || n < 8 + 8 * env_doubles[kind])
        return false;
    double v[4];
    const unsigned char *p = b + 8;
    int count = kind ? 4 : 2;
    if (!kind) { /* a point: skip the WKB's byte order and type */
        if (n < 8 + 5 + 16)
            return false;
        le = p[0] == 1;
        p += 5;
    }
    for (int k = 0; k < count; k++) {
        uint64_t u = 0;
        for (int i = 0; i < 8; i++)
            u |= (uint64_t)p[8 * k + (le ? i : 7 - i)] << (8 * i);
        memcpy(&v[k], &u, sizeof v[k]);
    }
    if (kind) /* minx, maxx, miny, maxy */
        *box = (trygg__rtree_box){0, v[0], v[1], v[2], v[3]};
    else
        *box = (trygg__rtree_box){0, v[0], v[0], v[1], v[1]};
    return !isnan(box->minx) && !isnan(box->miny);
}

/* The column names of schema.table, fid first when it is the key. */
static char **table_columns(sqlite3 *db, const char *schema, const char *table, size_t *n)
{
    char **cols = NULL;
    size_t cap = 0;
    *n = 0;
    sqlite3_stmt *q = NULL;
    char *sql = sqlite3_mprintf("PRAGMA \"%w\".table_info(\"%w\")", schema, table);
    if (sql && sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK)
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__grow((void **)&cols, &cap, *n + 1, sizeof *cols);
            cols[(*n)++] = trygg__xstrdup((const char *)sqlite3_column_text(q, 1));
        }
    sqlite3_finalize(q);
    sqlite3_free(sql);
    return cols;
}

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static bool has(char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return true;
    return false;
}

/* The rows of `table` of the attached part "part" appended to main's, the part's name in
 * `partition`, new fids; columns the part lacks stay NULL, and so does a part without the table. */
static trygg_status copy_rows(trygg_ctx *ctx, sqlite3 *db, const char *table, const char *name, const char *path)
{
    size_t nd = 0, ns = 0;
    char **src = table_columns(db, "part", table, &ns);
    if (ns == 0) {
        free(src);
        return TRYGG_OK;
    }
    char **dst = table_columns(db, "main", table, &nd);
    trygg__strbuf into = {0}, from = {0};
    for (size_t i = 0; i < nd; i++) {
        if (strcmp(dst[i], "fid") == 0)
            continue;
        char *col = sqlite3_mprintf("\"%w\"", dst[i]);
        trygg__sb_printf(&into, "%s%s", into.n ? ", " : "", col);
        trygg__sb_printf(&from, "%s%s", from.n ? ", " : "",
                         strcmp(dst[i], PARTITION_FIELD) == 0 ? "?1" : has(src, ns, dst[i]) ? col : "NULL");
        sqlite3_free(col);
    }
    char *sql = sqlite3_mprintf("INSERT INTO main.\"%w\" (%s) SELECT %s FROM part.\"%w\" ORDER BY rowid", table,
                                into.s ? into.s : "", from.s ? from.s : "", table);
    sqlite3_stmt *q = NULL;
    trygg_status st = TRYGG_OK;
    if (!sql || sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: table %s from %s: %s", table, path, sqlite3_errmsg(db));
    else {
        sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_DONE)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: table %s from %s: %s", table, path, sqlite3_errmsg(db));
    }
    sqlite3_finalize(q);
    sqlite3_free(sql);
    free(into.s);
    free(from.s);
    free_strings(dst, nd);
    free_strings(src, ns);
    return st;
}

static trygg_status exec(trygg_ctx *ctx, sqlite3 *db, const char *sql, const char *what)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK)
        return TRYGG_OK;
    return trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s: %s", what, sqlite3_errmsg(db));
}

/* A table's R-tree packed from its rows' envelopes, its feature count and extent as GDAL sets them. */
static trygg_status finish_table(trygg_ctx *ctx, sqlite3 *db, const char *path, const out_table *t)
{
    trygg_status st = TRYGG_OK;
    trygg__rtree_box *boxes = NULL;
    size_t nb = 0, cap = 0;
    double ext[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    sqlite3_stmt *q = NULL;
    char *sql = t->geom ? sqlite3_mprintf("SELECT fid, \"%w\" FROM main.\"%w\" ORDER BY fid", t->geom, t->name)
                        : NULL;
    if (sql && sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        while (sqlite3_step(q) == SQLITE_ROW) {
            trygg__rtree_box b;
            if (!blob_box(sqlite3_column_blob(q, 1), sqlite3_column_bytes(q, 1), &b))
                continue;
            b.id = sqlite3_column_int64(q, 0);
            ext[0] = fmin(ext[0], b.minx), ext[1] = fmin(ext[1], b.miny);
            ext[2] = fmax(ext[2], b.maxx), ext[3] = fmax(ext[3], b.maxy);
            trygg__grow((void **)&boxes, &cap, nb + 1, sizeof *boxes);
            boxes[nb++] = b;
        }
    } else if (t->geom) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: reading %s: %s", t->name, sqlite3_errmsg(db));
    }
    sqlite3_finalize(q);
    sqlite3_free(sql);
    if (st == TRYGG_OK && t->geom)
        st = trygg__gpkg_rtree_build(ctx, db, path, t->name, t->geom, "fid", boxes, nb);
    free(boxes);
    char *upd = NULL;
    if (st == TRYGG_OK)
        upd = sqlite3_mprintf("UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM main.\"%w\") "
                              "WHERE lower(table_name) = lower(%Q)",
                              t->name, t->name);
    if (upd)
        st = exec(ctx, db, upd, t->name);
    sqlite3_free(upd);
    upd = NULL;
    /* the extent printed by SQLite's %.18g, as GDAL writes it */
    if (st == TRYGG_OK && ext[0] <= ext[2])
        upd = sqlite3_mprintf("UPDATE main.gpkg_contents SET min_x = %.18g, min_y = %.18g, max_x = %.18g, max_y = "
                              "%.18g WHERE table_name = %Q",
                              ext[0], ext[1], ext[2], ext[3], t->name);
    if (upd)
        st = exec(ctx, db, upd, t->name);
    sqlite3_free(upd);
    return st;
}

/* GDAL's feature-count triggers of main's tables: taken off for the copies (saved in *saved as
 * their CREATE statements), put back by restore_triggers. */
static trygg_status drop_triggers(trygg_ctx *ctx, sqlite3 *db, char ***saved, size_t *n)
{
    sqlite3_stmt *q = NULL;
    size_t cap = 0;
    *saved = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE "
                           "'trigger\\_%\\_feature\\_count\\_%' ESCAPE '\\' ORDER BY rowid",
                           -1, &q, NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_WRITE, "merge: triggers: %s", sqlite3_errmsg(db));
    char **names = NULL;
    size_t ncap = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)saved, &cap, *n + 1, sizeof **saved);
        trygg__grow((void **)&names, &ncap, *n + 1, sizeof *names);
        names[*n] = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
        (*saved)[(*n)++] = trygg__xstrdup((const char *)sqlite3_column_text(q, 1));
    }
    sqlite3_finalize(q);
    trygg_status st = TRYGG_OK;
    for (size_t i = 0; i < *n && st == TRYGG_OK; i++) {
        char *drop = sqlite3_mprintf("DROP TRIGGER main.\"%w\"", names[i]);
        st = exec(ctx, db, drop, "triggers");
        sqlite3_free(drop);
    }
    free_strings(names, *n);
    return st;
}

/* The rows of every part into the tables at `staged` (made by GDAL, empty but layer_styles). */
static trygg_status copy_parts(trygg_ctx *ctx, const char *staged, const out_table *tables, size_t nt,
                               const char *const *parts, char **names, size_t nparts)
{
    sqlite3 *db = NULL;
    char **triggers = NULL;
    size_t ntrig = 0;
    trygg_status st = TRYGG_OK;
    if (sqlite3_open_v2(staged, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s cannot be opened: %s", staged,
                         db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    /* The staged file is moved into place only when complete (and synced then): no syncs here. */
    if ((st = exec(ctx, db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY", "pragmas")) != TRYGG_OK ||
        (st = exec(ctx, db, "BEGIN", "begin")) != TRYGG_OK ||
        (st = drop_triggers(ctx, db, &triggers, &ntrig)) != TRYGG_OK ||
        (st = exec(ctx, db, "COMMIT", "commit")) != TRYGG_OK)
        goto done;
    /* One part attached at a time (SQLite attaches at most ten), its rows appended to each table. */
    for (size_t p = 0; p < nparts && st == TRYGG_OK; p++) {
        char *attach = sqlite3_mprintf("ATTACH %Q AS part", parts[p]);
        st = exec(ctx, db, attach, parts[p]);
        sqlite3_free(attach);
        if (st != TRYGG_OK)
            break;
        if ((st = exec(ctx, db, "BEGIN", "begin")) == TRYGG_OK) {
            for (size_t t = 0; t < nt && st == TRYGG_OK; t++) {
                if (strcmp(tables[t].name, "layer_styles") == 0)
                    continue; /* from the first part, by GDAL */
                if (tables[t].first <= p)
                    st = copy_rows(ctx, db, tables[t].name, names[p], parts[p]);
                if (trygg__interrupted(ctx))
                    st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "merge interrupted; nothing was written");
            }
            if (st == TRYGG_OK)
                st = exec(ctx, db, "COMMIT", "commit");
            else
                sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        }
        trygg_status dt = exec(ctx, db, "DETACH part", parts[p]);
        if (st == TRYGG_OK)
            st = dt;
    }
    /* gpkg_extensions as GPKG 1.2 table 18 defines it, for the R-trees' rows (GDAL made none). */
    if (st == TRYGG_OK && (st = exec(ctx, db,
                                     "BEGIN; CREATE TABLE IF NOT EXISTS main.gpkg_extensions (table_name TEXT, "
                                     "column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, "
                                     "scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, "
                                     "extension_name))",
                                     "gpkg_extensions")) == TRYGG_OK) {
        for (size_t t = 0; t < nt && st == TRYGG_OK; t++)
            if (strcmp(tables[t].name, "layer_styles") != 0)
                st = finish_table(ctx, db, staged, &tables[t]);
        for (size_t i = 0; i < ntrig && st == TRYGG_OK; i++)
            st = exec(ctx, db, triggers[i], "triggers");
        if (st == TRYGG_OK)
            st = exec(ctx, db, "COMMIT", "commit");
    }
done:
    free_strings(triggers, ntrig);
    if (db)
        sqlite3_close(db);
    return st;
}

trygg_status trygg_io_merge_parts(trygg_ctx *ctx, const char *staged, const char *out_name, const char *const *parts,
                                  size_t nparts)
{
    trygg__gdal_init();
    trygg_status st = TRYGG_OK;
    GDALDatasetH *in = trygg__xcalloc(nparts + 1, sizeof *in);
    char **names = trygg__xcalloc(nparts + 1, sizeof *names);
    out_table *tables = NULL;
    size_t nt = 0, tcap = 0;
    GDALDatasetH out = NULL;
    if (nparts == 0) {
        st = trygg__fail(ctx, TRYGG_E_USAGE, "merge: no part outputs given");
        goto done;
    }
    for (size_t i = 0; i < nparts; i++) {
        in[i] = GDALOpenEx(parts[i], GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
        if (!in[i]) {
            st = trygg__fail(ctx, TRYGG_E_OPEN, "merge: %s: cannot open as a GeoPackage", parts[i]);
            goto done;
        }
        names[i] = part_name(in[i]);
        if (!names[i]) {
            st = trygg__fail(ctx, TRYGG_E_USAGE,
                             "merge: %s is not the output of a part (no partition in its run_info; written by trygg "
                             "run --part NAME)",
                             parts[i]);
            goto done;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[i], names[j]) == 0) {
                st = trygg__fail(ctx, TRYGG_E_USAGE, "merge: %s and %s are both part '%s'", parts[j], parts[i],
                                 names[i]);
                goto done;
            }
    }
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    out = drv ? GDALCreate(drv, staged, 0, 0, 0, GDT_Unknown, NULL) : NULL;
    if (!out) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s cannot be created", staged);
        goto done;
    }
    GDALDatasetStartTransaction(out, FALSE);
    /* Tables in the order of the first part that has them; their rows come in below. */
    for (size_t p = 0; p < nparts && st == TRYGG_OK; p++) {
        for (int li = 0; li < GDALDatasetGetLayerCount(in[p]) && st == TRYGG_OK; li++) {
            OGRLayerH src = GDALDatasetGetLayer(in[p], li);
            const char *table = OGR_L_GetName(src);
            if (GDALDatasetGetLayerByName(out, table))
                continue;
            bool styles = strcmp(table, "layer_styles") == 0;
            OGRLayerH dst = create_like(ctx, out, src, !styles);
            if (!dst) {
                st = TRYGG_E_WRITE;
                break;
            }
            bool spatial = OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(src)) > 0;
            trygg__grow((void **)&tables, &tcap, nt + 1, sizeof *tables);
            tables[nt++] = (out_table){trygg__xstrdup(table),
                                       spatial ? trygg__xstrdup(OGR_L_GetGeometryColumn(src)) : NULL, p};
            if (styles) /* the same styles in every part */
                st = copy_features(ctx, src, dst, names[p], parts[p]);
        }
    }
    if (st == TRYGG_OK && GDALDatasetCommitTransaction(out) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "merge: %s cannot be committed", staged);
    GDALClose(out);
    out = NULL;
    for (size_t i = 0; i < nparts; i++) { /* read by SQLite from here */
        GDALClose(in[i]);
        in[i] = NULL;
    }
    if (st == TRYGG_OK)
        st = copy_parts(ctx, staged, tables, nt, parts, names, nparts);
    if (st == TRYGG_OK)
        st = trygg_io_add_qgis_project(ctx, staged, out_name, TRYGG_QGIS_PROJECT_NAME, NULL);
done:
    if (out)
        GDALClose(out);
    for (size_t i = 0; i < nparts; i++) {
        if (in[i])
            GDALClose(in[i]);
        free(names[i]);
    }
    for (size_t t = 0; t < nt; t++) {
        free(tables[t].name);
        free(tables[t].geom);
    }
    free(tables);
    free(in);
    free(names);
    return st;
}

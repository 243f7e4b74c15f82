/*
 * The GeoPackage writer: every output layer, described by the code that computes it
 * (trygg_layer_desc, src/io/io.h), its QGIS default style and spatial index, written into a
 * temporary file beside the output and renamed into place when complete.
 *
 * GDAL's GPKG driver creates the tables (with gpkg_contents, gpkg_geometry_columns,
 * gpkg_ogr_contents and their triggers) and the style rows; once it has closed the file, the
 * rows are inserted with SQLite directly (insert_rows): prepared INSERTs of 32 rows each, the
 * geometry as the GeoPackage blob GDAL writes (src/io/layer_rows.c), reals as the layer rounded
 * them, NULL for what is not set. GDAL's feature-count triggers are taken off for the inserts and
 * put back as they were, and gpkg_ogr_contents.feature_count and gpkg_contents' extent are set as
 * GDAL sets them. Then each layer's R-tree is packed from the rows' boxes (src/io/rtree.c). Every
 * table, trigger and gpkg_* row is what GDAL itself writes for the same features.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>

#include "core/i18n.h"
#include "core/internal.h"
#include "io/gpkg_internal.h"
#include "io/io.h"
#include "io/layer_titles.h"
#include "io/qgsproject.h"
#include "io/spatialite.h"

/* Progress across all layers, reported every PROGRESS_STEP rows. */
#define PROGRESS_STEP 4096
typedef struct {
    GDALProgressFunc fn;
    void *arg;
    size_t done, total;
} progress_state;

static bool progress_tick(progress_state *p, size_t n)
{
    p->done += n;
    if (!p->fn)
        return true;
    double frac = p->total ? (double)p->done / (double)p->total : 1.0;
    return p->fn(frac > 1.0 ? 1.0 : frac, "writing GeoPackage", p->arg) != FALSE;
}

/* The table of one layer, empty, through GDAL (no spatial index: insert_rows packs it). */
static trygg_status create_table(trygg_ctx *ctx, GDALDatasetH ds, OGRSpatialReferenceH srs, const trygg_layer_desc *L)
{
    static const OGRFieldType types[] = {[TRYGG_FIELD_INT] = OFTInteger64, [TRYGG_FIELD_REAL] = OFTReal,
                                         [TRYGG_FIELD_TEXT] = OFTString, [TRYGG_FIELD_INT32] = OFTInteger,
                                         [TRYGG_FIELD_DATETIME] = OFTDateTime};
    trygg_status st = TRYGG_OK;
    /* The description as the layer wrote it (English, marked N_()) in the run's language. */
    char *desc = trygg__xasprintf("DESCRIPTION=%s", L->description ? _(L->description) : "");
    char *ident = trygg__xasprintf("IDENTIFIER=%s", trygg__layer_title(L->name));
    char *opts[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=NO", desc, ident, NULL};
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, L->name, L->geometry == wkbNone ? NULL : srs,
                                           (OGRwkbGeometryType)L->geometry, opts);
    if (!lyr) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "creating layer %s: %s", L->name, CPLGetLastErrorMsg());
        goto done;
    }
    for (size_t i = 0; i < L->nfields; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(L->fields[i].name, types[L->fields[i].type]);
        OGRErr err = OGR_L_CreateField(lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE) {
            st = trygg__fail(ctx, TRYGG_E_WRITE, "creating field %s.%s: %s", L->name, L->fields[i].name,
                             CPLGetLastErrorMsg());
            goto done;
        }
    }
    /* GDAL creates the table itself at the first transaction (or when it closes the file): now,
     * so that the gpkg_contents rows come in layer order, before layer_styles. */
    if (GDALDatasetStartTransaction(ds, FALSE) != OGRERR_NONE || GDALDatasetCommitTransaction(ds) != OGRERR_NONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "creating layer %s: %s", L->name, CPLGetLastErrorMsg());
done:
    free(desc);
    free(ident);
    return st;
}

/* Bind field f's value `v` to column col as GDAL stores it. */
static void bind_value(sqlite3_stmt *q, int col, const trygg_field_def *f, const trygg_value *v)
{
    if (v->null || (f->type == TRYGG_FIELD_TEXT && !v->s) || (f->type == TRYGG_FIELD_REAL && !isfinite(v->r))) {
        sqlite3_bind_null(q, col);
        return;
    }
    switch (f->type) {
    case TRYGG_FIELD_INT:
    case TRYGG_FIELD_INT32:
        sqlite3_bind_int64(q, col, (sqlite3_int64)v->i);
        return;
    case TRYGG_FIELD_REAL:
        sqlite3_bind_double(q, col, v->r);
        return;
    case TRYGG_FIELD_TEXT:
        sqlite3_bind_text(q, col, v->s, -1, SQLITE_STATIC);
        return;
    case TRYGG_FIELD_DATETIME: {
        int y, mo, d, h, mi, s;
        char when[40];
        if (!trygg__utc_fields(v->i, &y, &mo, &d, &h, &mi, &s)) {
            sqlite3_bind_null(q, col);
            return;
        }
        snprintf(when, sizeof when, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, h, mi, s);
        sqlite3_bind_text(q, col, when, -1, SQLITE_TRANSIENT);
        return;
    }
    }
}

/* The boxes of one layer's rows, for its R-tree. */
typedef struct {
    trygg__rtree_box *v;
    size_t n, cap;
} box_list;

/* The INSERT of `m` rows of L into schema's table: fid, geom (when L has a geometry), then its
 * fields, per row. */
static char *insert_sql(const trygg_layer_desc *L, const char *schema, size_t m)
{
    bool geom = L->geometry != wkbNone;
    trygg__strbuf sql = {0};
    trygg__sb_printf(&sql, "INSERT INTO %s.\"%s\" (fid%s", schema, L->name, geom ? ", geom" : "");
    for (size_t f = 0; f < L->nfields; f++)
        trygg__sb_printf(&sql, ", \"%s\"", L->fields[f].name);
    trygg__sb_printf(&sql, ") VALUES ");
    for (size_t r = 0; r < m; r++) {
        trygg__sb_printf(&sql, "%s(?%s", r ? ", " : "", geom ? ", ?" : "");
        for (size_t f = 0; f < L->nfields; f++)
            trygg__sb_printf(&sql, ", ?");
        trygg__sb_printf(&sql, ")");
    }
    return trygg__sb_steal(&sql);
}

/* Rows per INSERT. The tables' fid is AUTOINCREMENT (as GDAL creates them), so every statement
 * reads and updates sqlite_sequence once: in batches that is once per BATCH rows, not per row.
 * A divisor of PROGRESS_STEP, so progress is reported at the same rows. */
#define BATCH 32

/* Layer L's srs_id (gpkg_geometry_columns of main), 0 for a table without geometry. */
static trygg_status layer_srs(trygg_ctx *ctx, sqlite3 *db, const char *path, const trygg_layer_desc *L,
                              int32_t *srs_id)
{
    sqlite3_stmt *q = NULL;
    *srs_id = 0;
    if (L->geometry == wkbNone)
        return TRYGG_OK;
    bool ok = sqlite3_prepare_v2(db, "SELECT srs_id FROM main.gpkg_geometry_columns WHERE table_name = ?", -1, &q,
                                 NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(q, 1, L->name, -1, SQLITE_STATIC);
        ok = sqlite3_step(q) == SQLITE_ROW;
        if (ok)
            *srs_id = sqlite3_column_int(q, 0);
    }
    trygg_status st = ok ? TRYGG_OK : trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing %s: %s", path, L->name,
                                                  sqlite3_errmsg(db));
    sqlite3_finalize(q);
    return st;
}

/* The rows of L (nrows of them, fids 1..n) into its empty table of schema `schema`, in the
 * caller's transaction, 32 a statement: each row's box into `boxes`, their extent into box. */
static trygg_status insert_batches(trygg_ctx *ctx, sqlite3 *db, const char *path, const trygg_layer_desc *L,
                                   const char *schema, int32_t srs_id, progress_state *ps, box_list *boxes,
                                   double box[4])
{
    trygg_status st = TRYGG_OK;
    sqlite3_stmt *batch = NULL;
    char *sql = NULL;
    trygg_layer_row row[BATCH];
    bool geom = L->geometry != wkbNone;
    int ncol = (geom ? 2 : 1) + (int)L->nfields;
    for (size_t k = 0; k < BATCH; k++) {
        trygg__layer_row_init(&row[k], L->nfields, 0, L->geometry);
        row[k].srs_id = srs_id;
    }
    box[0] = box[1] = INFINITY;
    box[2] = box[3] = -INFINITY;
    for (size_t i0 = 0; i0 < L->nrows; i0 += BATCH) {
        size_t m = L->nrows - i0 < BATCH ? L->nrows - i0 : BATCH;
        if (!batch || m < BATCH) { /* the full batch's statement, then one for the last rows */
            sqlite3_finalize(batch);
            batch = NULL;
            free(sql);
            sql = insert_sql(L, schema, m);
            if (sqlite3_prepare_v2(db, sql, -1, &batch, NULL) != SQLITE_OK)
                goto fail;
        }
        for (size_t k = 0; k < m; k++) {
            trygg_layer_row *r = &row[k];
            size_t i = i0 + k;
            int c = (int)k * ncol + 1;
            trygg__layer_row_reset(r);
            if ((st = L->fill(ctx, L->arg, i, r)) != TRYGG_OK)
                goto done;
            sqlite3_bind_int64(batch, c++, (sqlite3_int64)(i + 1));
            if (geom && r->blob_size)
                sqlite3_bind_blob(batch, c++, r->blob, (int)r->blob_size, SQLITE_STATIC);
            else if (geom)
                sqlite3_bind_null(batch, c++);
            for (size_t f = 0; f < L->nfields; f++)
                bind_value(batch, c++, &L->fields[f], &r->values[f]);
            if (geom && r->blob_size && r->has_box) {
                trygg__rtree_box b = r->box;
                b.id = (int64_t)i + 1;
                box[0] = fmin(box[0], b.minx), box[1] = fmin(box[1], b.miny);
                box[2] = fmax(box[2], b.maxx), box[3] = fmax(box[3], b.maxy);
                trygg__grow((void **)&boxes->v, &boxes->cap, boxes->n + 1, sizeof *boxes->v);
                boxes->v[boxes->n++] = b;
            }
        }
        if (sqlite3_step(batch) != SQLITE_DONE || sqlite3_reset(batch) != SQLITE_OK)
            goto fail;
        if (ps && (i0 + m) % PROGRESS_STEP == 0 && !progress_tick(ps, PROGRESS_STEP)) {
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", L->name);
            goto done;
        }
        if (!ps && trygg__interrupted(ctx)) {
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", L->name);
            goto done;
        }
    }
    goto done;
fail:
    st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing %s: %s", path, L->name, sqlite3_errmsg(db));
done:
    sqlite3_finalize(batch);
    free(sql);
    for (size_t k = 0; k < BATCH; k++)
        trygg__layer_row_fini(&row[k]);
    return st;
}

/* The rows of L into its empty table in main, in the caller's transaction: inserted here, or,
 * when `aside` (its extent in aside_box), copied whole from the table of the same name and
 * definition that a helper wrote into the attached database "aside" (SQLite transfers such
 * records without decoding them). GDAL's feature-count triggers are off meanwhile and put back
 * as they were; then the feature count and the extent as GDAL sets them. */
static trygg_status insert_rows(trygg_ctx *ctx, sqlite3 *db, const char *path, const trygg_layer_desc *L,
                                progress_state *ps, box_list *boxes, bool aside, const double aside_box[4])
{
    trygg_status st = TRYGG_OK;
    sqlite3_stmt *q = NULL;
    char **trig_sql = NULL;
    size_t ntrig = 0, captrig = 0;
    int32_t srs_id = 0;
    double box[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
    if (L->nrows == 0)
        return TRYGG_OK;
    /* GDAL's feature-count triggers, kept to be put back after the inserts */
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
                           "name LIKE 'trigger\\_%\\_feature\\_count\\_%' ESCAPE '\\' ORDER BY rowid",
                           -1, &q, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_text(q, 1, L->name, -1, SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW) {
        trygg__grow((void **)&trig_sql, &captrig, 2 * (ntrig + 1), sizeof *trig_sql);
        trig_sql[2 * ntrig] = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
        trig_sql[2 * ntrig + 1] = trygg__xstrdup((const char *)sqlite3_column_text(q, 1));
        ntrig++;
    }
    sqlite3_finalize(q);
    q = NULL;
    for (size_t t = 0; t < ntrig; t++) {
        char *drop = trygg__xasprintf("DROP TRIGGER main.\"%s\"", trig_sql[2 * t]);
        int rc = sqlite3_exec(db, drop, NULL, NULL, NULL);
        free(drop);
        if (rc != SQLITE_OK)
            goto fail;
    }
    if (aside) {
        char *copy = sqlite3_mprintf("INSERT INTO main.\"%w\" SELECT * FROM aside.\"%w\"", L->name, L->name);
        int rc = copy ? sqlite3_exec(db, copy, NULL, NULL, NULL) : SQLITE_NOMEM;
        sqlite3_free(copy);
        if (rc != SQLITE_OK)
            goto fail;
        memcpy(box, aside_box, sizeof box);
        if (ps && !progress_tick(ps, L->nrows - L->nrows % PROGRESS_STEP))
            st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", L->name);
    } else if ((st = layer_srs(ctx, db, path, L, &srs_id)) == TRYGG_OK) {
        st = insert_batches(ctx, db, path, L, "main", srs_id, ps, boxes, box);
    }
    if (st != TRYGG_OK)
        goto done;
    for (size_t t = 0; t < ntrig; t++)
        if (sqlite3_exec(db, trig_sql[2 * t + 1], NULL, NULL, NULL) != SQLITE_OK)
            goto fail;
    if (sqlite3_prepare_v2(db,
                           "UPDATE main.gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                           -1, &q, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_int64(q, 1, (sqlite3_int64)L->nrows);
    sqlite3_bind_text(q, 2, L->name, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        goto fail;
    sqlite3_finalize(q);
    q = NULL;
    /* The extent as GDAL stores it: formatted by SQLite's printf (%.18g, which keeps 16 significant
     * digits) into the statement. */
    if (box[0] <= box[2]) {
        char *upd = sqlite3_mprintf("UPDATE main.gpkg_contents SET min_x = %.18g, min_y = %.18g, max_x = %.18g, "
                                    "max_y = %.18g WHERE table_name = '%q'",
                                    box[0], box[1], box[2], box[3], L->name);
        int rc = upd ? sqlite3_exec(db, upd, NULL, NULL, NULL) : SQLITE_NOMEM;
        sqlite3_free(upd);
        if (rc != SQLITE_OK)
            goto fail;
    }
    if (ps && !progress_tick(ps, L->nrows % PROGRESS_STEP))
        st = trygg__fail(ctx, TRYGG_E_INTERRUPTED, "writing %s: interrupted", L->name);
    goto done;
fail:
    st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: writing %s: %s", path, L->name, sqlite3_errmsg(db));
done:
    sqlite3_finalize(q);
    for (size_t t = 0; t < 2 * ntrig; t++)
        free(trig_sql[t]);
    free(trig_sql);
    return st;
}

static void unsynced(sqlite3 *db);

/* ---- Layers written aside ----
 *
 * SQLite writes with one thread, and the rows' fill callbacks, their binding and the B-tree
 * inserts were the whole write stage: about 0.2 s on the Lund case, a minute on a country. So
 * fill_layers gives a share of the layers to a helper thread, which writes them into the same
 * tables (the same CREATE statements) of a database of its own beside the temporary GeoPackage,
 * while the main thread writes the others. The main thread then copies the helper's tables into
 * the GeoPackage whole (INSERT ... SELECT *, which SQLite transfers record by record without
 * decoding: 50 000 incidents in 15 ms). Which layers go aside depends on their sizes alone, and
 * with one thread the helper's part runs here first, so the file is the same with any number of
 * threads. */

/* Layers are written aside when the run writes at least this many rows... */
#define ASIDE_MIN_ROWS 20000
/* ...the largest first while the aside share (rows x fields) stays within this part of the
 * whole: on the Lund case both threads' rows then take about 0.09 s. */
#define ASIDE_SHARE 0.55

static double layer_cost(const trygg_layer_desc *L) { return (double)L->nrows * (2.0 + (double)L->nfields); }

/* aside[l]: layer l goes to the helper. False when nothing is worth it. */
static bool choose_aside(const trygg_layer_desc *layers, size_t n, bool *aside)
{
    double total = 0;
    size_t rows = 0;
    for (size_t l = 0; l < n; l++) {
        aside[l] = false;
        total += layer_cost(&layers[l]);
        rows += layers[l].nrows;
    }
    if (rows < ASIDE_MIN_ROWS || n < 2)
        return false;
    double share = 0;
    bool any = false;
    for (;;) { /* the largest layer not yet taken that still fits */
        size_t best = n;
        for (size_t l = 0; l < n; l++)
            if (!aside[l] && layers[l].nrows > 0 && share + layer_cost(&layers[l]) <= ASIDE_SHARE * total &&
                (best == n || layer_cost(&layers[l]) > layer_cost(&layers[best])))
                best = l;
        if (best == n)
            return any;
        aside[best] = any = true;
        share += layer_cost(&layers[best]);
    }
}

typedef struct {
    sqlite3 *db; /* the aside database, its tables made */
    const char *path;
    const trygg_layer_desc *layers;
    size_t n;
    const bool *aside;
    const int32_t *srs;
    box_list *boxes;
    double (*extent)[4];
} aside_job;

/* A helper's work on its own database is one transaction, after which the helper closes it. */
static trygg_status helper_begin(trygg_ctx *ctx, sqlite3 *db, const char *path)
{
    return sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK
               ? TRYGG_OK
               : trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", path, sqlite3_errmsg(db));
}

static trygg_status helper_end(trygg_ctx *ctx, sqlite3 **db, const char *path, trygg_status st)
{
    if (st == TRYGG_OK && sqlite3_exec(*db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", path, sqlite3_errmsg(*db));
    sqlite3_close(*db);
    *db = NULL;
    return st;
}

static trygg_status write_aside(trygg_ctx *ctx, void *arg)
{
    aside_job *job = arg;
    trygg_status st = helper_begin(ctx, job->db, job->path);
    for (size_t l = 0; l < job->n && st == TRYGG_OK; l++)
        if (job->aside[l])
            st = insert_batches(ctx, job->db, job->path, &job->layers[l], "main", job->srs[l], NULL, &job->boxes[l],
                                job->extent[l]);
    return helper_end(ctx, &job->db, job->path, st);
}

/* The aside database at aside_path with the tables of the layers going aside (their CREATE
 * statements as GDAL wrote them into main, and their srs_id), attached to db as "aside". */
static trygg_status aside_open(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *aside_path,
                               const trygg_layer_desc *layers, size_t n, const bool *aside, int32_t *srs,
                               sqlite3 **adb)
{
    trygg_status st = TRYGG_OK;
    sqlite3_stmt *q = NULL;
    *adb = NULL;
    if (sqlite3_open_v2(aside_path, adb, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", -1, &q,
                           NULL) != SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", aside_path,
                           *adb ? sqlite3_errmsg(*adb) : sqlite3_errmsg(db));
    unsynced(*adb);
    for (size_t l = 0; l < n && st == TRYGG_OK; l++) {
        if (!aside[l])
            continue;
        sqlite3_bind_text(q, 1, layers[l].name, -1, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_ROW ||
            sqlite3_exec(*adb, (const char *)sqlite3_column_text(q, 0), NULL, NULL, NULL) != SQLITE_OK)
            st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: the table of %s: %s", aside_path, layers[l].name,
                             sqlite3_errmsg(*adb));
        sqlite3_reset(q);
        if (st == TRYGG_OK)
            st = layer_srs(ctx, db, path, &layers[l], &srs[l]);
    }
    sqlite3_finalize(q);
    char *attach = sqlite3_mprintf("ATTACH %Q AS aside", aside_path);
    if (st == TRYGG_OK && sqlite3_exec(db, attach, NULL, NULL, NULL) != SQLITE_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", aside_path, sqlite3_errmsg(db));
    sqlite3_free(attach);
    return st;
}

/* ---- Spatial indexes packed aside ----
 *
 * Packing an R-tree is a few SQLite inserts per row (its _rowid table): on the Lund case 60 ms
 * for the analysis layers, after the copies of the helper's rows, on the main thread alone. So
 * once every layer's rows (and so their boxes) are there, a helper packs the R-trees of some
 * layers into a database of its own while the main thread copies the rows written aside and
 * packs the others; the main thread then copies the helper's shadow tables whole
 * (trygg__gpkg_rtree_copy). Which go aside depends on the sizes alone, and with one thread the
 * helper's part runs here first, so the file is the same with any number of threads. */

/* What copying a row written aside costs against packing it into an R-tree (measured on the
 * Lund case: 0.3 and 0.5 us a row). */
#define COPY_PER_RTREE_ROW 0.6

/* rt_aside[l]: layer l's R-tree is packed by the helper. The largest first, each to the side
 * with less to do; the main thread starts with the copies. False when nothing goes aside. */
static bool choose_rtree_aside(const trygg_layer_desc *layers, size_t n, const bool *aside, bool *rt_aside)
{
    double main_load = 0, helper_load = 0;
    size_t rows = 0;
    bool *taken = trygg__xcalloc(n + 1, sizeof *taken);
    for (size_t l = 0; l < n; l++) {
        rt_aside[l] = false;
        main_load += aside[l] ? COPY_PER_RTREE_ROW * (double)layers[l].nrows : 0;
        rows += layers[l].geometry != wkbNone ? layers[l].nrows : 0;
    }
    bool any = false;
    while (rows >= ASIDE_MIN_ROWS) {
        size_t best = n;
        for (size_t l = 0; l < n; l++)
            if (!taken[l] && layers[l].geometry != wkbNone && layers[l].nrows > 0 &&
                (best == n || layers[l].nrows > layers[best].nrows))
                best = l;
        if (best == n)
            break;
        taken[best] = true;
        if (helper_load <= main_load) {
            rt_aside[best] = any = true;
            helper_load += (double)layers[best].nrows;
        } else {
            main_load += (double)layers[best].nrows;
        }
    }
    free(taken);
    return any;
}

typedef struct {
    sqlite3 *db; /* the R-trees' database */
    const char *path;
    const trygg_layer_desc *layers;
    size_t n;
    const bool *rt_aside;
    const box_list *boxes;
} rtree_job;

static trygg_status pack_aside(trygg_ctx *ctx, void *arg)
{
    rtree_job *job = arg;
    trygg_status st = helper_begin(ctx, job->db, job->path);
    for (size_t l = 0; l < job->n && st == TRYGG_OK; l++)
        if (job->rt_aside[l])
            st = trygg__gpkg_rtree_pack(ctx, job->db, job->path, job->layers[l].name, "geom", job->boxes[l].v,
                                        job->boxes[l].n);
    return helper_end(ctx, &job->db, job->path, st);
}

/* The R-trees' database at rt_path, attached to db as "rtrees" (before the transaction: SQLite
 * attaches nothing within one); the helper packs into it on its own connection, *rdb. */
static trygg_status rtrees_open(trygg_ctx *ctx, sqlite3 *db, const char *rt_path, sqlite3 **rdb)
{
    if (sqlite3_open_v2(rt_path, rdb, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK)
        return trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", rt_path, *rdb ? sqlite3_errmsg(*rdb) : "no memory");
    unsynced(*rdb);
    char *attach = sqlite3_mprintf("ATTACH %Q AS rtrees", rt_path);
    trygg_status st = sqlite3_exec(db, attach, NULL, NULL, NULL) == SQLITE_OK
                          ? TRYGG_OK
                          : trygg__fail(ctx, TRYGG_E_WRITE, "%s: %s", rt_path, sqlite3_errmsg(db));
    sqlite3_free(attach);
    return st;
}

/* The rows and spatial indexes of `layers` (n of them, their tables made and empty) in the
 * closed GeoPackage at `path`, in one transaction: every layer's rows first (some written aside
 * on a helper thread, above), then the R-trees (some packed aside, above). */
static trygg_status fill_layers(trygg_ctx *ctx, const char *path, const trygg_layer_desc *layers, size_t n,
                                progress_state *ps)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    box_list *boxes = trygg__xcalloc(n + 1, sizeof *boxes);
    bool *aside = trygg__xcalloc(n + 1, sizeof *aside);
    bool *rt_aside = trygg__xcalloc(n + 1, sizeof *rt_aside);
    int32_t *srs = trygg__xcalloc(n + 1, sizeof *srs);
    double(*extent)[4] = trygg__xcalloc(n + 1, sizeof *extent);
    char *aside_path = NULL, *rt_path = NULL;
    aside_job job = {0};
    rtree_job rjob = {0};
    trygg__side helper = {0}, packer = {0}; /* one thread: their parts first, here, so the file is the same */
    bool attached = false, rt_attached = false, begun = false;

    bool opened = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK;
    if (!opened) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: spatial index: %s", path, db ? sqlite3_errmsg(db) : "no memory");
        goto done;
    }
    unsynced(db);
    if (choose_aside(layers, n, aside)) {
        aside_path = trygg__xasprintf("%s-aside", path);
        unlink(aside_path);
        if ((st = aside_open(ctx, db, path, aside_path, layers, n, aside, srs, &job.db)) != TRYGG_OK)
            goto done;
        attached = true;
    }
    if (choose_rtree_aside(layers, n, aside, rt_aside)) {
        rt_path = trygg__xasprintf("%s-rtree", path);
        unlink(rt_path);
        if ((st = rtrees_open(ctx, db, rt_path, &rjob.db)) != TRYGG_OK)
            goto done;
        rt_attached = true;
    }
    if (attached) {
        job = (aside_job){job.db, aside_path, layers, n, aside, srs, boxes, extent};
        trygg__side_start(ctx, &helper, write_aside, &job);
    }
    /* gpkg_extensions as defined in GPKG 1.2 table 18 (GDAL creates it only when needed). */
    if (sqlite3_exec(db,
                     "BEGIN; CREATE TABLE IF NOT EXISTS main.gpkg_extensions (table_name TEXT, column_name TEXT, "
                     "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
                     "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
                     NULL, NULL, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: spatial index: %s", path, sqlite3_errmsg(db));
        goto done;
    }
    begun = true;
    for (size_t l = 0; l < n && st == TRYGG_OK; l++)
        if (!aside[l])
            st = insert_rows(ctx, db, path, &layers[l], ps, &boxes[l], false, NULL);
    st = trygg__side_join(ctx, &helper, st);
    /* every box is there: the helper's R-trees beside the copies and the others */
    if (st == TRYGG_OK && rt_attached) {
        rjob = (rtree_job){rjob.db, rt_path, layers, n, rt_aside, boxes};
        trygg__side_start(ctx, &packer, pack_aside, &rjob);
    }
    for (size_t l = 0; l < n && st == TRYGG_OK; l++)
        if (aside[l])
            st = insert_rows(ctx, db, path, &layers[l], ps, &boxes[l], true, extent[l]);
    for (size_t l = 0; l < n && st == TRYGG_OK; l++)
        if (layers[l].geometry != wkbNone && !rt_aside[l])
            st = trygg__gpkg_rtree_build(ctx, db, path, layers[l].name, "geom", "fid", boxes[l].v, boxes[l].n);
    st = trygg__side_join(ctx, &packer, st);
    for (size_t l = 0; l < n && st == TRYGG_OK; l++)
        if (rt_aside[l])
            st = trygg__gpkg_rtree_copy(ctx, db, path, "rtrees", layers[l].name, "geom", "fid");
    if (st == TRYGG_OK && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "%s: spatial index: %s", path, sqlite3_errmsg(db));
    begun = begun && st != TRYGG_OK;
done:
    trygg__side_stop(&helper);
    trygg__side_stop(&packer);
    if (job.db)
        sqlite3_close(job.db);
    if (rjob.db)
        sqlite3_close(rjob.db);
    if (begun)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    if (attached)
        sqlite3_exec(db, "DETACH aside", NULL, NULL, NULL);
    if (rt_attached)
        sqlite3_exec(db, "DETACH rtrees", NULL, NULL, NULL);
    if (aside_path) {
        unlink(aside_path);
        free(aside_path);
    }
    if (rt_path) {
        unlink(rt_path);
        free(rt_path);
    }
    for (size_t l = 0; l < n; l++)
        free(boxes[l].v);
    free(boxes);
    free(aside);
    free(rt_aside);
    free(srs);
    free(extent);
    if (db)
        sqlite3_close(db);
    return st;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return trygg__xstrdup(".");
    if (slash == path)
        return trygg__xstrdup("/");
    char *d = trygg__xmalloc((size_t)(slash - path) + 1);
    memcpy(d, path, (size_t)(slash - path));
    d[slash - path] = '\0';
    return d;
}

static trygg_status check_destination(trygg_ctx *ctx, const char *out_path, const char *dir)
{
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", out_path, dir, strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: %s is not a directory", out_path, dir);
    if (access(dir, W_OK | X_OK) != 0)
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: directory %s: %s", out_path, dir, strerror(errno));
    if (stat(out_path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: it is a directory", out_path);
    return TRYGG_OK;
}

/* Remove a temporary GeoPackage and whatever SQLite left beside it. */
static void remove_temp(const char *tmp)
{
    static const char *const suffixes[] = {"", "-journal", "-wal", "-shm", "-aside", "-aside-journal"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char *p = trygg__xasprintf("%s%s", tmp, suffixes[i]);
        unlink(p);
        free(p);
    }
}

static atomic_uint temp_counter;

struct trygg_gpkg_writer {
    char *out_path, *tmp, *base, *styles_dir, *crs, *title;
    int64_t now;
};

void trygg_io_gpkg_abort(trygg_gpkg_writer *w)
{
    if (!w)
        return;
    if (w->tmp)
        remove_temp(w->tmp);
    free(w->out_path);
    free(w->tmp);
    free(w->base);
    free(w->styles_dir);
    free(w->crs);
    free(w->title);
    free(w);
}

const char *trygg_io_gpkg_temp_path(const trygg_gpkg_writer *w) { return w->tmp; }

/* GDAL stamps gpkg_contents.last_change with OGR_CURRENT_DATE when set (DESIGN.md 9): set it
 * for this thread from SOURCE_DATE_EPOCH while trygg writes, and put back what was there.
 *
 * While trygg writes, the temporary file is also written without SQLite's syncs (synchronous
 * OFF) and with the rollback journal in memory: the file is renamed into place only when
 * complete, after one fsync (trygg_io_gpkg_commit), and a run that stops half-way leaves a
 * temporary file that is removed anyway, so the hundreds of syncs of a run (one per transaction
 * and per layer GDAL closes) bought nothing but wall time on a busy disk. A failed transaction
 * still rolls back (the journal is kept, in memory). */
typedef struct {
    bool set;
    char *old;
    char *old_sync, *old_journal;
} date_pin;

static char *config_swap(const char *key, const char *value)
{
    const char *prev = CPLGetThreadLocalConfigOption(key, NULL);
    char *old = prev ? trygg__xstrdup(prev) : NULL;
    CPLSetThreadLocalConfigOption(key, value);
    return old;
}

static void date_pin_push(date_pin *p, int64_t now)
{
    p->set = false;
    p->old = NULL;
    p->old_sync = config_swap("OGR_SQLITE_SYNCHRONOUS", "OFF");
    p->old_journal = config_swap("OGR_SQLITE_JOURNAL", "MEMORY");
    if (!getenv("SOURCE_DATE_EPOCH"))
        return;
    int y, mo, d, h, mi, s;
    trygg__utc_fields(now, &y, &mo, &d, &h, &mi, &s);
    char stamp[40];
    snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", y, mo, d, h, mi, s);
    const char *prev = CPLGetThreadLocalConfigOption("OGR_CURRENT_DATE", NULL);
    p->old = prev ? trygg__xstrdup(prev) : NULL;
    CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", stamp);
    p->set = true;
}

static void date_pin_pop(date_pin *p)
{
    if (p->set)
        CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", p->old);
    CPLSetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", p->old_sync);
    CPLSetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", p->old_journal);
    free(p->old);
    free(p->old_sync);
    free(p->old_journal);
    p->old = p->old_sync = p->old_journal = NULL;
    p->set = false;
}

/* The same for trygg's own connections to the temporary file. */
static void unsynced(sqlite3 *db) { sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY", NULL, NULL, NULL); }

/* fsync of a finished file before it is renamed into place. */
static bool sync_file(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = fsync(fd) == 0;
    return close(fd) == 0 && ok;
}

trygg_status trygg_io_gpkg_begin(trygg_ctx *ctx, const char *out_path, const char *crs, const char *title,
                                 const char *styles_dir, const trygg_layer_desc *layers, size_t n,
                                 GDALProgressFunc progress, void *progress_arg, trygg_gpkg_writer **writer)
{
    trygg_status st = TRYGG_OK;
    char *dir = NULL, *tmp = NULL;
    date_pin pin = {false, NULL, NULL, NULL};
    bool handler_pushed = false, tmp_made = false;
    char **qml = trygg__xcalloc(n + 1, sizeof *qml);
    trygg__style_row *rows = trygg__xcalloc(n + 1, sizeof *rows);
    OGRSpatialReferenceH srs = NULL;
    GDALDatasetH ds = NULL;
    int64_t now = 0;

    dir = dir_of(out_path);
    if ((st = check_destination(ctx, out_path, dir)) != TRYGG_OK)
        goto done;
    /* Styles first: a missing one fails the run before anything is written. */
    for (size_t l = 0; l < n; l++)
        if ((st = trygg__style_read(ctx, styles_dir, layers[l].name, &qml[l])) != TRYGG_OK)
            goto done;
    if ((st = trygg__source_date(ctx, (int64_t)time(NULL), &now)) != TRYGG_OK)
        goto done;

    CPLPushErrorHandler(CPLQuietErrorHandler);
    handler_pushed = true;
    CPLErrorReset();

    date_pin_push(&pin, now);

    srs = OSRNewSpatialReference(NULL);
    if (OSRSetFromUserInput(srs, crs) != OGRERR_NONE) {
        st = trygg__fail(ctx, TRYGG_E_CRS, "working CRS '%s' is not a known CRS: %s", crs, CPLGetLastErrorMsg());
        goto done;
    }
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);

    trygg__gdal_init();
    GDALDriverH drv = GDALGetDriverByName("GPKG");
    if (!drv) {
        st = trygg__fail(ctx, TRYGG_E_INTERNAL, "GDAL has no GPKG driver");
        goto done;
    }
    /* Hidden, unique temporary name in the output's own directory, so rename() is atomic. */
    const char *base = strrchr(out_path, '/');
    base = base ? base + 1 : out_path;
    tmp = trygg__xasprintf("%s/.%s.tmp-%ld-%u.gpkg", dir, base, (long)getpid(), atomic_fetch_add(&temp_counter, 1));
    remove_temp(tmp);
    ds = GDALCreate(drv, tmp, 0, 0, 0, GDT_Unknown, NULL);
    tmp_made = true;
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: creating %s: %s", out_path, tmp, CPLGetLastErrorMsg());
        goto done;
    }
    progress_state ps = {progress, progress_arg, 0, 0};
    for (size_t l = 0; l < n; l++) {
        ps.total += layers[l].nrows;
        if ((st = create_table(ctx, ds, srs, &layers[l])) != TRYGG_OK)
            goto done;
        rows[l] = (trygg__style_row){layers[l].name, layers[l].geometry == wkbNone ? "" : "geom",
                                     layers[l].description ? _(layers[l].description) : "", qml[l]};
    }
    if ((st = trygg__styles_write(ctx, ds, rows, n, now)) != TRYGG_OK)
        goto done;

    /* A failure while GDAL finishes the file is a failed write. */
    CPLErrorReset();
    GDALClose(ds);
    ds = NULL;
    if (CPLGetLastErrorType() >= CE_Failure) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: finishing %s: %s", out_path, tmp, CPLGetLastErrorMsg());
        goto done;
    }
    if ((st = fill_layers(ctx, tmp, layers, n, &ps)) != TRYGG_OK)
        goto done;
    trygg_gpkg_writer *w = trygg__xcalloc(1, sizeof *w);
    w->out_path = trygg__xstrdup(out_path);
    w->tmp = tmp;
    w->base = trygg__xstrdup(base);
    w->styles_dir = trygg__xstrdup(styles_dir);
    w->crs = trygg__xstrdup(crs);
    w->title = trygg__xstrdup(title);
    w->now = now;
    *writer = w;
    tmp = NULL;
    tmp_made = false;
    if (progress)
        progress(1.0, "writing GeoPackage", progress_arg);

done:
    if (ds)
        GDALClose(ds);
    if (tmp_made)
        remove_temp(tmp);
    if (srs)
        OSRDestroySpatialReference(srs);
    date_pin_pop(&pin);
    if (handler_pushed)
        CPLPopErrorHandler();
    for (size_t l = 0; l < n; l++)
        free(qml[l]);
    free(qml);
    free(rows);
    free(tmp);
    free(dir);
    return st;
}

trygg_status trygg_io_gpkg_commit(trygg_ctx *ctx, trygg_gpkg_writer *w)
{
    /* The project's layers point at the file under its final name, not the temporary one. */
    trygg_status st = trygg_io_add_qgis_project(ctx, w->tmp, w->base, TRYGG_QGIS_PROJECT_NAME, w->title);
    if (st == TRYGG_OK && !sync_file(w->tmp))
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: syncing %s: %s", w->out_path, w->tmp, strerror(errno));
    if (st == TRYGG_OK && rename(w->tmp, w->out_path) != 0)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: renaming %s: %s", w->out_path, w->tmp,
                         strerror(errno));
    if (st == TRYGG_OK) {
        free(w->tmp);
        w->tmp = NULL; /* renamed: nothing to remove */
    }
    trygg_io_gpkg_abort(w);
    return st;
}

/* A layer of the same name as L (an earlier `trygg report`) taken out of ds, with its style row;
 * the style ids stay 1..n, as trygg__styles_write numbers the next one count + 1. */
static trygg_status drop_existing(trygg_ctx *ctx, trygg_gpkg_writer *w, GDALDatasetH ds, const trygg_layer_desc *L)
{
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); i++) {
        if (strcmp(OGR_L_GetName(GDALDatasetGetLayer(ds, i)), L->name) != 0)
            continue;
        if (GDALDatasetDeleteLayer(ds, i) != OGRERR_NONE)
            return trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: replacing layer %s: %s", w->out_path, L->name,
                               CPLGetLastErrorMsg());
        char *sql = trygg__xasprintf("SELECT id FROM layer_styles WHERE f_table_name = '%s'", L->name);
        OGRLayerH q = GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
        free(sql);
        OGRFeatureH sf = q ? OGR_L_GetNextFeature(q) : NULL;
        long long old_id = sf ? OGR_F_GetFieldAsInteger64(sf, 0) : -1;
        if (sf)
            OGR_F_Destroy(sf);
        if (q)
            GDALDatasetReleaseResultSet(ds, q);
        if (old_id > 0) {
            sql = trygg__xasprintf("DELETE FROM layer_styles WHERE id = %lld", old_id);
            GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
            free(sql);
            sql = trygg__xasprintf("UPDATE layer_styles SET id = id - 1 WHERE id > %lld", old_id);
            GDALDatasetExecuteSQL(ds, sql, NULL, NULL);
            free(sql);
        }
        break;
    }
    return TRYGG_OK;
}

/* Layers added after the first write: their tables and styles in one GDAL session (opening the
 * file is most of a small layer's cost), then their rows and indexes (fill_layers). */
static trygg_status add_layers(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_desc *layers, size_t n)
{
    trygg_status st = TRYGG_OK;
    char **qml = trygg__xcalloc(n + 1, sizeof *qml);
    GDALDatasetH ds = NULL;
    OGRSpatialReferenceH srs = NULL;
    date_pin pin = {false, NULL, NULL, NULL};
    for (size_t l = 0; l < n; l++)
        if ((st = trygg__style_read(ctx, w->styles_dir, layers[l].name, &qml[l])) != TRYGG_OK)
            goto out;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    date_pin_push(&pin, w->now);
    ds = GDALOpenEx(w->tmp, GDAL_OF_VECTOR | GDAL_OF_UPDATE, NULL, NULL, NULL);
    if (!ds) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: reopening %s: %s", w->out_path, w->tmp,
                         CPLGetLastErrorMsg());
        goto done;
    }
    srs = OSRNewSpatialReference(NULL);
    OSRSetFromUserInput(srs, w->crs);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    for (size_t l = 0; l < n && st == TRYGG_OK; l++) {
        const trygg_layer_desc *L = &layers[l];
        trygg__style_row row = {L->name, L->geometry == wkbNone ? "" : "geom",
                                L->description ? _(L->description) : "", qml[l]};
        if ((st = drop_existing(ctx, w, ds, L)) == TRYGG_OK &&
            (st = create_table(ctx, ds, L->geometry != wkbNone ? srs : NULL, L)) == TRYGG_OK)
            st = trygg__styles_write(ctx, ds, &row, 1, w->now);
    }
    if (st != TRYGG_OK)
        goto done;
    CPLErrorReset();
    GDALClose(ds);
    ds = NULL;
    if (CPLGetLastErrorType() >= CE_Failure) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: finishing layer %s: %s", w->out_path,
                         layers[n - 1].name, CPLGetLastErrorMsg());
        goto done;
    }
    st = fill_layers(ctx, w->tmp, layers, n, NULL);
done:
    if (ds)
        GDALClose(ds);
    if (srs)
        OSRDestroySpatialReference(srs);
    date_pin_pop(&pin);
    CPLPopErrorHandler();
out:
    for (size_t l = 0; l < n; l++)
        free(qml[l]);
    free(qml);
    return st;
}

trygg_status trygg_io_gpkg_add_layer(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_desc *L)
{
    return add_layers(ctx, w, L, 1);
}

void trygg_layer_batch_add(trygg_layer_batch *b, const trygg_layer_desc *layer)
{
    trygg__grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
    b->v[b->n++] = *layer;
}

void *trygg_layer_batch_keep(trygg_layer_batch *b, void *p)
{
    trygg__grow((void **)&b->kept, &b->capkept, b->nkept + 1, sizeof *b->kept);
    b->kept[b->nkept++] = p;
    return p;
}

trygg_status trygg_io_gpkg_add_batch(trygg_ctx *ctx, trygg_gpkg_writer *w, trygg_layer_batch *b)
{
    trygg_status st = b->n ? add_layers(ctx, w, b->v, b->n) : TRYGG_OK;
    trygg_layer_batch_fini(b);
    return st;
}

void trygg_layer_batch_fini(trygg_layer_batch *b)
{
    for (size_t i = 0; i < b->nkept; i++)
        free(b->kept[i]);
    free(b->kept);
    free(b->v);
    memset(b, 0, sizeof *b);
}

trygg_status trygg_io_gpkg_add_run_info(trygg_ctx *ctx, trygg_gpkg_writer *w, const char *key, const char *value)
{
    trygg_status st = TRYGG_OK;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    bool opened = sqlite3_open_v2(w->tmp, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
    if (opened)
        unsynced(db);
    if (!opened ||
        sqlite3_prepare_v2(db, "INSERT INTO run_info (key, value) VALUES (?, ?)", -1, &q, NULL) != SQLITE_OK) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: run_info: %s", w->out_path,
                         db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, value, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot write %s: run_info row %s: %s", w->out_path, key,
                         sqlite3_errmsg(db));
done:
    sqlite3_finalize(q);
    if (db)
        sqlite3_close(db);
    return st;
}

trygg_status trygg_io_gpkg_reopen(trygg_ctx *ctx, const char *out_path, const char *styles_dir,
                                  trygg_gpkg_writer **writer)
{
    trygg_status st = TRYGG_OK;
    char *dir = dir_of(out_path), *tmp = NULL, *crs = NULL, *title = NULL;
    FILE *in = NULL, *outf = NULL;
    bool tmp_made = false;
    int64_t now = 0;
    sqlite3 *db = NULL;
    if ((st = check_destination(ctx, out_path, dir)) != TRYGG_OK || (st = trygg__source_date(ctx, (int64_t)time(NULL), &now)) != TRYGG_OK)
        goto done;
    /* The CRS and title the run wrote, for the layers added and the project. */
    if ((st = trygg__spatialite_open(ctx, out_path, true, &db)) != TRYGG_OK)
        goto done;
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT s.organization || ':' || s.organization_coordsys_id FROM gpkg_geometry_columns g "
                           "JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id WHERE g.table_name = 'street_segments'",
                           -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
        crs = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    q = NULL;
    if (trygg__gpkg_has_table(db, "run_info") &&
        sqlite3_prepare_v2(db, "SELECT value FROM run_info WHERE key = 'study_area'", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0) && *sqlite3_column_text(q, 0))
        title = trygg__xstrdup((const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(db);
    db = NULL;
    if (!crs) {
        st = trygg__fail(ctx, TRYGG_E_SCHEMA, "%s: no street_segments layer with a CRS: not a trygg output", out_path);
        goto done;
    }
    const char *base = strrchr(out_path, '/');
    base = base ? base + 1 : out_path;
    tmp = trygg__xasprintf("%s/.%s.tmp-%ld-%u.gpkg", dir, base, (long)getpid(), atomic_fetch_add(&temp_counter, 1));
    remove_temp(tmp);
    in = fopen(out_path, "rb");
    outf = in ? fopen(tmp, "wb") : NULL;
    tmp_made = outf != NULL;
    if (!in || !outf) {
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot update %s: copying to %s: %s", out_path, tmp, strerror(errno));
        goto done;
    }
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, outf) != n)
            break;
    if (ferror(in) || ferror(outf) || fclose(outf) != 0) {
        outf = NULL;
        st = trygg__fail(ctx, TRYGG_E_WRITE, "cannot update %s: copying to %s: %s", out_path, tmp, strerror(errno));
        goto done;
    }
    outf = NULL;
    trygg_gpkg_writer *w = trygg__xcalloc(1, sizeof *w);
    w->out_path = trygg__xstrdup(out_path);
    w->tmp = tmp;
    w->base = trygg__xstrdup(base);
    w->styles_dir = trygg__xstrdup(styles_dir);
    w->crs = crs;
    w->title = title ? title : trygg__xstrdup("trygg");
    w->now = now;
    *writer = w;
    tmp = crs = title = NULL;
    tmp_made = false;
done:
    if (db)
        sqlite3_close(db);
    if (in)
        fclose(in);
    if (outf)
        fclose(outf);
    if (tmp_made)
        remove_temp(tmp);
    free(tmp);
    free(crs);
    free(title);
    free(dir);
    return st;
}


/*
 * Internal to the GeoPackage writer: QGIS default styles (styles/<layer>.qml) and the
 * layer_styles table QGIS reads them from, the packed spatial index, and the row a layer's
 * fill callback sets.
 */
#ifndef TRYGG_IO_GPKG_INTERNAL_H
#define TRYGG_IO_GPKG_INTERNAL_H

#include <gdal.h>
#include <sqlite3.h>
#include <stdint.h>

#include "io/io.h"
#include "trygg/trygg.h"

/* One default style to embed: the table it styles, that table's geometry column ("" for a
 * table without geometry), a description in plain words and the QML text (borrowed). */
typedef struct {
    const char *table;
    const char *geometry_column;
    const char *description;
    const char *qml;
} trygg__style_row;

/* Read `styles_dir`/`layer`.qml into *qml (caller frees with free), its aliases and labels
 * translated into the run's language (trygg__style_translate). A missing, unreadable or
 * non-QML file is TRYGG_E_OPEN naming the path. */
trygg_status trygg__style_read(trygg_ctx *ctx, const char *styles_dir, const char *layer, char **qml);

/* Looks up the translation of `msgid` (with `context`, NULL for none); returns `msgid` itself
 * when there is none. The result is borrowed until the next call. */
typedef const char *(*trygg__style_tr_fn)(const char *context, const char *msgid, void *arg);

/* `qml` with the texts people read (field aliases, legend labels, value-map labels, the words of
 * label expressions; src/io/style_text.c lists them) replaced by `tr`'s translations, escaped
 * for XML and, inside expressions, for QGIS string literals. Never NULL; caller frees. */
char *trygg__style_translate(const char *qml, trygg__style_tr_fn tr, void *arg);

/* The run's language through the gettext catalog (trygg__tr; "CONTEXT\004msgid" for a context). */
const char *trygg__style_tr_gettext(const char *context, const char *msgid, void *arg);

/* Create QGIS's layer_styles table in `ds` when it has none (registered in gpkg_contents as
 * an attributes table by GDAL) and add one row per style with useAsDefault = 1, f_table_catalog and
 * f_table_schema '' (QGIS matches on those), and update_time = `update_time` (seconds since
 * the epoch, UTC). Runs in its own transaction. */
trygg_status trygg__styles_write(trygg_ctx *ctx, GDALDatasetH ds, const trygg__style_row *rows, size_t n,
                                 int64_t update_time);

/* Store `qml` as the default style of `schema`.`table` in public.layer_styles of the PostgreSQL
 * dataset `ds` (the table created when missing, an earlier style of that table replaced), as
 * QGIS's PostgreSQL provider finds it; stylename is the table's name. The caller holds the
 * transaction. Errors are TRYGG_E_WRITE "PostGIS output: `what`: ..." (src/io/pg_publish.c). */
trygg_status trygg__pg_style_store(trygg_ctx *ctx, GDALDatasetH ds, const char *schema, const char *table,
                                   const char *geom_col, const char *qml, const char *description,
                                   int64_t update_time, const char *what, const char *gdal_msg);

/* Bounding box of one feature for the spatial index. */
typedef struct {
    int64_t id; /* the feature's fid */
    double minx, maxx, miny, maxy;
} trygg__rtree_box;

/* Create the GeoPackage R-tree index rtree_<table>_<geom_col> in `db` (a GeoPackage whose
 * table has no index yet), packed from `boxes` (n of them, in any order), with its triggers
 * and gpkg_extensions row. The caller holds the transaction. `path` names the file in
 * messages. */
trygg_status trygg__gpkg_rtree_build(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *table,
                                     const char *geom_col, const char *fid_col, const trygg__rtree_box *boxes,
                                     size_t n);

/* The same index in two steps, for a writer that packs it on another thread: its R*Tree table
 * alone (no triggers, no gpkg_extensions row) in `db`, any database... */
trygg_status trygg__gpkg_rtree_pack(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *table,
                                    const char *geom_col, const trygg__rtree_box *boxes, size_t n);
/* ...then copied into main from the database attached to `db` as `schema`, with the triggers and
 * the gpkg_extensions row (the caller's transaction). */
trygg_status trygg__gpkg_rtree_copy(trygg_ctx *ctx, sqlite3 *db, const char *path, const char *schema,
                                    const char *table, const char *geom_col, const char *fid_col);

/* The row a layer's fill callback sets (src/io/layer_rows.c): values, owned texts, and the
 * geometry as a GeoPackage binary geometry in blob (blob_size 0: no geometry) with its
 * envelope in box (has_box false: none or empty, not indexed). */
struct trygg__layer_row {
    trygg_value *values;
    size_t nfields;
    char **owned;
    size_t nowned, capowned;
    unsigned char *blob, *wkb;
    size_t blob_size, capblob, nwkb, capwkb;
    trygg__rtree_box box;
    bool has_box;
    int32_t srs_id;
    int geometry; /* the layer's */
};

void trygg__layer_row_init(trygg_layer_row *row, size_t nfields, int32_t srs_id, int geometry);
/* Back to all NULL and no geometry, the owned texts freed. */
void trygg__layer_row_reset(trygg_layer_row *row);
void trygg__layer_row_fini(trygg_layer_row *row);

#endif

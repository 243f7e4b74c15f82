/*
 * I/O: the only module that opens GDAL datasets.
 *
 * Readers load one input layer into the in-memory model, reprojected to the working CRS,
 * cleaning as they go: every dropped feature is counted in the trygg_input_report with its
 * reason and the first example (feature id or CSV line). A reader fails (and leaves `out`
 * untouched) only when the layer as a whole is unusable: missing file, missing layer, no
 * CRS and none assumed, wrong geometry type throughout, or no usable feature at all.
 *
 * The writer builds the whole GeoPackage in a temporary file beside `out_path` and renames it
 * into place only when complete, so an existing output survives any failure unchanged.
 */
#ifndef TRYGG_IO_H
#define TRYGG_IO_H

#include <gdal.h>
#include <geos_c.h>
#include <stdbool.h>

#include "core/time.h" /* trygg_io_parse_time, trygg_io_local_time: the readers' time stamps */
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/layer.h"
#include "trygg/run.h" /* trygg_io_info */
#include "trygg/source.h"
#include "trygg/trygg.h"


/* True when `schema` can be an output schema: lower-case letters, digits and '_', not starting
 * with a digit, at most 63 bytes, not public, information_schema or pg_*. */
bool trygg_io_pg_schema_ok(const char *schema);

/* Copy every layer of the finished output GeoPackage `gpkg_path` into `schema` of the PostGIS
 * database `conn` ("PG:dbname=... host=..."): the same fields, features and fids (geometry column
 * "geom", primary key "fid", a GiST index), replacing tables of the same name; its default styles
 * go into public.layer_styles (created as QGIS creates it when missing) for the schema's tables,
 * replacing the schema's earlier rows. One transaction: on any failure or interruption the
 * database is as it was. The schema is created when missing; other tables in it are left alone.
 * TRYGG_E_USAGE for a bad schema name, TRYGG_E_OPEN when either side cannot be opened,
 * TRYGG_E_WRITE when the database refuses. Borrows every argument. */
trygg_status trygg_io_pg_publish(trygg_ctx *ctx, const char *gpkg_path, const char *conn, const char *schema);

/* Whether the PostGIS database `conn` opens for writing (for trygg check; nothing is written).
 * TRYGG_E_OPEN naming the (masked) connection when not. */
trygg_status trygg_io_pg_check(trygg_ctx *ctx, const char *conn);

/* Read streets (LineString/MultiLineString; OSM: the `lines` layer, highway=* only) into out.
 * `working_crs` is e.g. "EPSG:3006". report is filled (role, path, counts, reasons, sha256). */
trygg_status trygg_io_read_streets(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                   trygg_streets *out, trygg_input_report *report);

/* Read lamps (points; OSM: highway=street_lamp nodes). */
trygg_status trygg_io_read_lamps(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                 trygg_lamps *out, trygg_input_report *report);

/* Read incidents (points), mapping categories with trygg_config_map_category and parsing
 * times to UTC (local times without an offset use cfg's time zone rule). */
trygg_status trygg_io_read_incidents(trygg_ctx *ctx, const trygg_config *cfg, const char *working_crs,
                                     trygg_incidents *out, trygg_input_report *report);

/* SHA-256 of a file as 64 hex digits into hex[65]. */
trygg_status trygg_io_sha256_file(trygg_ctx *ctx, const char *path, char hex[65]);

/* ---- The one way to write an output layer: a descriptor ----
 *
 * Every layer of the GeoPackage is described where it is computed: its name, geometry type,
 * description, field table and a callback that fills row i (values and geometry) when the
 * writer asks for it, so that the rows are never held twice. The writer knows nothing of what
 * the layers hold; it creates the table (GDAL's GPKG driver), inserts the rows with prepared
 * SQLite statements (GeoPackage binary geometry, as GDAL writes it), packs the spatial index and
 * stores the default style styles/<name>.qml. Row i gets fid i + 1. */

/* Values: a NULL text and a non-finite real are NULL; a real is rounded to 1/scale (scale > 0). */
static inline trygg_value trygg_value_int(int64_t i) { return (trygg_value){.i = i}; }
static inline trygg_value trygg_value_text(const char *s) { return (trygg_value){.null = s == NULL, .s = s}; }
trygg_value trygg_value_real(double r, double scale);
/* A p-value to six significant digits (exact ones reach 1e-100, which a fixed decimal would make
 * 0), through the C library's correctly rounded printf so every machine writes the same value. */
trygg_value trygg_value_p(double p);

/* The row being filled: values[nfields] (all NULL on entry) and its geometry (none on entry),
 * set with the trygg_row_* functions below. Valid only inside the fill callback. */
typedef struct trygg__layer_row trygg_layer_row;
trygg_value *trygg_row_values(trygg_layer_row *row);
/* Field f becomes `text`, which the row frees once written (NULL: a NULL value). */
void trygg_row_take_text(trygg_layer_row *row, size_t f, char *text);
/* The geometry: a point, a line through nv vertices (interleaved xy; nv = 0: an empty line), a
 * polygon of nrings rings (the first starting at vertex v0, ring r ending before vertex
 * ring_end[r]), or ISO WKB (either byte order;
 * a Polygon is made a MultiPolygon on a MultiPolygon layer and a one-part MultiPolygon a Polygon
 * on a Polygon layer, as GDAL would; unreadable WKB: no geometry). Copied: the arguments stay
 * the caller's. */
void trygg_row_point(trygg_layer_row *row, double x, double y);
void trygg_row_line(trygg_layer_row *row, const double *xy, size_t nv);
void trygg_row_polygon(trygg_layer_row *row, const double *xy, const size_t *ring_end, size_t nrings, size_t v0);
void trygg_row_wkb(trygg_layer_row *row, const unsigned char *wkb, size_t size);
/* The same for a GEOS geometry, normalised first so that equal geometries give equal bytes
 * (trygg__geos_wkb_normalized: `g` is changed). NULL: no geometry. */
void trygg_row_geos(trygg_layer_row *row, GEOSContextHandle_t geos, GEOSGeometry *g);

/* Fill row i of the layer from `arg`. A failure stops the write with that status. */
typedef trygg_status (*trygg_layer_fill_fn)(trygg_ctx *ctx, const void *arg, size_t i, trygg_layer_row *row);

typedef struct {
    const char *name;
    int geometry;            /* OGRwkbGeometryType: wkbPoint, wkbLineString, wkbPolygon, wkbMultiPolygon or wkbNone */
    const char *description; /* English (marked N_()), written in the run's language */
    const trygg_field_def *fields;
    size_t nfields;
    size_t nrows; /* 0: the layer is written empty, with its schema and style */
    trygg_layer_fill_fn fill;
    const void *arg; /* borrowed until the layer is written */
} trygg_layer_desc;

/* ---- Writing in steps: the analysis layers first, then layers computed from them (the action
 * plan reads the written layers with SQL), then the QGIS project and the rename into place. ---- */

typedef struct trygg_gpkg_writer trygg_gpkg_writer;

/* Write `layers` (n of them, in this order, with styles and spatial indexes) into a temporary
 * GeoPackage beside out_path, in the CRS `crs` ("EPSG:3006"); `title` names the QGIS project.
 * Sets OGR_CURRENT_DATE from SOURCE_DATE_EPOCH when that is set, so files are reproducible.
 * Nothing at out_path changes until trygg_io_gpkg_commit. On success *writer is set; finish it
 * with trygg_io_gpkg_commit or trygg_io_gpkg_abort. */
trygg_status trygg_io_gpkg_begin(trygg_ctx *ctx, const char *out_path, const char *crs, const char *title,
                                 const char *styles_dir, const trygg_layer_desc *layers, size_t n,
                                 GDALProgressFunc progress, void *progress_arg, trygg_gpkg_writer **writer);

/* The temporary file being written (borrowed): complete GeoPackage, readable with SQL. */
const char *trygg_io_gpkg_temp_path(const trygg_gpkg_writer *writer);

/* Add a layer (with its style styles/<name>.qml as the default and a spatial index) to the
 * temporary GeoPackage; a layer of the same name is replaced. */
trygg_status trygg_io_gpkg_add_layer(trygg_ctx *ctx, trygg_gpkg_writer *writer, const trygg_layer_desc *layer);

/* Layers gathered to be added in one go: one GDAL session makes all their tables (it is most of
 * the cost of a small layer). The batch keeps what the layers' rows are made from until it is
 * written (trygg_layer_batch_keep: freed by trygg_layer_batch_fini). */
typedef struct {
    trygg_layer_desc *v;
    size_t n, cap;
    void **kept;
    size_t nkept, capkept;
} trygg_layer_batch;
void trygg_layer_batch_add(trygg_layer_batch *b, const trygg_layer_desc *layer);
void *trygg_layer_batch_keep(trygg_layer_batch *b, void *p);
/* Add the batch's layers in their order, as trygg_io_gpkg_add_layer does one; the batch is then
 * empty (and its kept allocations freed) whatever the outcome. */
trygg_status trygg_io_gpkg_add_batch(trygg_ctx *ctx, trygg_gpkg_writer *writer, trygg_layer_batch *b);
void trygg_layer_batch_fini(trygg_layer_batch *b);

/* The layer held as values in `table` through trygg_io_gpkg_add_layer (src/io/layer_rows.c). */
trygg_status trygg_io_gpkg_add_table(trygg_ctx *ctx, trygg_gpkg_writer *writer, const trygg_layer_data *table);

/* The `lighting_conflicts` layer, into the batch: every place with a lighting conflict
 * (src/score/lamp_evidence.c), with what conflicts and the register densities
 * (src/io/lighting_conflicts_layer.c). streets and places are borrowed until it is written. */
void trygg_io_add_lighting_conflicts(trygg_layer_batch *b, const trygg_streets *streets, const trygg_places *places,
                                     double area_lamps_per_km);

/* The `emerging_hotspots` layer, into the batch: every cell and category with an emerging hot or
 * cold spot class (src/io/emerging_layer.c). Needs trygg_emerging_compute to have run; r is
 * borrowed until it is written. */
struct trygg_hotspot_result;
void trygg_io_add_emerging_hotspots(trygg_layer_batch *b, const struct trygg_hotspot_result *r);

/* Append a key/value row to the temporary file's run_info (what later steps found). */
trygg_status trygg_io_gpkg_add_run_info(trygg_ctx *ctx, trygg_gpkg_writer *writer, const char *key,
                                        const char *value);

/* Store the QGIS project and rename the file into place; frees the writer either way (on
 * failure the temporary file is removed and out_path is untouched). */
trygg_status trygg_io_gpkg_commit(trygg_ctx *ctx, trygg_gpkg_writer *writer);

/* Start writing the file at path (the temporary GeoPackage) to disk in the background (Linux:
 * sync_file_range; elsewhere nothing), so that the commit's fsync, after the last layers, waits
 * for little: for a step that still reads and computes before it adds them (the reports,
 * src/pipeline/reports.c). src/io/writeback.c. */
void trygg__start_writeback(const char *path);

/* Continue an existing output: copy out_path to a temporary file beside it and return a writer
 * over the copy, so layers can be added (or replaced: trygg_io_gpkg_add_layer replaces a layer
 * of the same name) and the result committed; out_path is untouched until the commit. */
trygg_status trygg_io_gpkg_reopen(trygg_ctx *ctx, const char *out_path, const char *styles_dir,
                                  trygg_gpkg_writer **writer);

/* Remove the temporary file and free the writer (accepts NULL). */
void trygg_io_gpkg_abort(trygg_gpkg_writer *writer);


/* The part outputs joined into the new GeoPackage `staged` (src/io/merge.c): every table of the
 * parts in the first part's order with a `partition` field, the first part's styles, and a QGIS
 * project naming out_name. TRYGG_E_USAGE when a file is not a part output or two parts share a
 * name; TRYGG_E_SCHEMA when a table's geometry type or CRS differs between parts. */
trygg_status trygg_io_merge_parts(trygg_ctx *ctx, const char *staged, const char *out_name, const char *const *parts,
                                  size_t nparts);

#endif

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
#include <stdbool.h>

#include "core/time.h" /* trygg_io_parse_time, trygg_io_local_time: the readers' time stamps */
#include "score/hotspot.h"
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

/* Everything a run writes. Borrowed by the writer. */
typedef struct {
    const trygg_config *cfg;
    const trygg_streets *streets;
    const trygg_places *places;
    const trygg_dark_stretches *stretches;
    const trygg_incidents *incidents; /* may be empty */
    const trygg_lamps *lamps;         /* may be empty */
    const trygg_kv *run_info;
    bool have_lamps, have_incidents;
    const trygg_hotspot_result *hotspots; /* grid_cells, hotspots, temporal_profiles; NULL: written empty */
} trygg_output;

/* Write the GeoPackage (layers of DESIGN.md section 4, styles from `styles_dir`, run_info).
 * Sets OGR_CURRENT_DATE from SOURCE_DATE_EPOCH when that is set, so files are reproducible. */
trygg_status trygg_io_write_gpkg(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg);

/* ---- Writing in steps: the analysis layers first, then layers computed from them (the action
 * plan reads the written layers with SQL), then the QGIS project and the rename into place. ---- */

typedef struct trygg_gpkg_writer trygg_gpkg_writer;

/* Write every analysis layer of `out` (with styles and spatial indexes) into a temporary
 * GeoPackage beside out_path. Nothing at out_path changes until trygg_io_gpkg_commit. On
 * success *writer is set; finish it with trygg_io_gpkg_commit or trygg_io_gpkg_abort. */
trygg_status trygg_io_gpkg_begin(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg,
                                 trygg_gpkg_writer **writer);

/* The temporary file being written (borrowed): complete GeoPackage, readable with SQL. */
const char *trygg_io_gpkg_temp_path(const trygg_gpkg_writer *writer);


/* Add a layer (with its style styles/<name>.qml as the default and a spatial index) to the
 * temporary GeoPackage. */
trygg_status trygg_io_gpkg_add_layer(trygg_ctx *ctx, trygg_gpkg_writer *writer, const trygg_layer_data *layer);

/* Values: a NULL text and a non-finite real are NULL; a real is rounded to 1/scale (scale > 0). */
static inline trygg_value trygg_value_int(int64_t i) { return (trygg_value){.i = i}; }
static inline trygg_value trygg_value_text(const char *s) { return (trygg_value){.null = s == NULL, .s = s}; }
trygg_value trygg_value_real(double r, double scale);

/* The rows of a layer being built: values, one geometry blob per row and the texts the rows own
 * (trygg_layer_rows_set_text), freed together. */
typedef struct {
    trygg_value *values; /* nrows x nfields */
    unsigned char **wkb;
    size_t *wkb_size;
    char **texts; /* nrows x nfields, owned */
    size_t nrows, nfields;
    bool wkb_borrowed; /* the geometries belong to the caller (trygg_layer_rows_borrow_wkb) */
} trygg_layer_rows;

void trygg_layer_rows_init(trygg_layer_rows *r, size_t nrows, size_t nfields);
/* Row i's values (nfields of them). */
trygg_value *trygg_layer_rows_row(trygg_layer_rows *r, size_t i);
/* Field f of row i becomes `text`, which the rows take over (NULL: a NULL value). */
void trygg_layer_rows_set_text(trygg_layer_rows *r, size_t i, size_t f, char *text);
/* Row i's geometry is `wkb`, which stays the caller's and must outlive the write. Rows either
 * own all their geometries (set r->wkb[i] to a malloc'd blob) or borrow all of them. */
void trygg_layer_rows_borrow_wkb(trygg_layer_rows *r, size_t i, const unsigned char *wkb, size_t size);
/* The layer `name` of these rows through trygg_io_gpkg_add_layer. */
trygg_status trygg_layer_rows_write(trygg_ctx *ctx, trygg_gpkg_writer *w, const trygg_layer_rows *r, const char *name,
                                    const char *description, int geometry, const trygg_field_def *fields);
void trygg_layer_rows_fini(trygg_layer_rows *r);

/* The `lighting_conflicts` layer: every place with a lighting conflict (src/score/lamp_evidence.c),
 * with what conflicts and the register densities (src/io/lighting_conflicts_layer.c). */
trygg_status trygg_io_add_lighting_conflicts(trygg_ctx *ctx, trygg_gpkg_writer *writer, const trygg_streets *streets,
                                             const trygg_places *places, double area_lamps_per_km);

/* The `emerging_hotspots` layer: every cell and category with an emerging hot or cold spot class
 * (src/io/emerging_layer.c). Needs trygg_emerging_compute to have run. */
struct trygg_hotspot_result;
trygg_status trygg_io_add_emerging_hotspots(trygg_ctx *ctx, trygg_gpkg_writer *w, const struct trygg_hotspot_result *r);

/* Append a key/value row to the temporary file's run_info (what later steps found). */
trygg_status trygg_io_gpkg_add_run_info(trygg_ctx *ctx, trygg_gpkg_writer *writer, const char *key,
                                        const char *value);

/* Store the QGIS project and rename the file into place; frees the writer either way (on
 * failure the temporary file is removed and out_path is untouched). */
trygg_status trygg_io_gpkg_commit(trygg_ctx *ctx, trygg_gpkg_writer *writer);

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

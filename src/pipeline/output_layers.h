/*
 * The analysis layers of a run (src/pipeline/output_layers.c, src/pipeline/hotspot_layers.c),
 * described for the GeoPackage writer (trygg_layer_desc, src/io/io.h) and written as the first
 * step of the output.
 *
 *   street_segments    LineString    one row per place, fid = seg_id = place index + 1
 *   dark_stretches     LineString    fid = stretch_id
 *   incidents          Point         fid = incident_id; empty (with its schema) when the run had
 *                                    no incident layer, so QGIS projects and styles still find it
 *   lamps              Point         fid = lamp_id; empty when the run had no lamp layer
 *   run_info           attributes    key, value in run order
 *   grid_cells         Polygon       one row per analysis cell, fid = cell_id = cell index + 1
 *   hotspots           MultiPolygon  merged hot cells of one category, fid = hotspot_id
 *   temporal_profiles  attributes    incidents per local hour of the week, for the whole area
 *                                    (scope 'area') and for each hotspot (scope 'hotspot')
 *
 * Reals are rounded (lengths and distances to cm, lux to 0.001, scores to 0.01) so outputs are
 * stable across platforms; NaN is written as NULL.
 */
#ifndef TRYGG_PIPELINE_OUTPUT_LAYERS_H
#define TRYGG_PIPELINE_OUTPUT_LAYERS_H

#include <gdal.h>
#include <stdbool.h>

#include "io/io.h"
#include "pipeline/hotspots.h"
#include "trygg/config.h"
#include "trygg/data.h"
#include "trygg/trygg.h"

/* Everything the analysis layers hold. Borrowed. */
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

/* Begin the output at out_path with the analysis layers of `out` (trygg_io_gpkg_begin, in
 * cfg's working CRS, the project titled by cfg's name). */
trygg_status trygg__output_begin(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg,
                                 trygg_gpkg_writer **writer);

/* The same, committed at once: a GeoPackage of the analysis layers alone. */
trygg_status trygg__output_write(trygg_ctx *ctx, const trygg_output *out, const char *out_path,
                                 const char *styles_dir, GDALProgressFunc progress, void *progress_arg);

#define TRYGG__HOTSPOT_LAYERS 3

/* The descriptors of grid_cells, hotspots and temporal_profiles over `r` (NULL: empty), which
 * they borrow (src/pipeline/hotspot_layers.c). */
void trygg__hotspot_layers(const trygg_hotspot_result *r, trygg_layer_desc out[TRYGG__HOTSPOT_LAYERS]);

#endif

/*
 * Area reports and the municipality's summary, built FROM AN OUTPUT GEOPACKAGE (DESIGN.md
 * sections 1, 3 and 4): the same code serves `trygg run` (on the temporary file the writer is
 * filling) and `trygg report` (on an existing output).
 *
 * Contract. Everything is read from the GeoPackage with SpatiaLite SQL: street_segments
 * (scores, lighting class, length), incidents (category, occurred_at), lamps, dark_stretches,
 * hotspots, measures (when present) and run_info (the two periods of `trend.periods`, the
 * synthetic flag, the study-area name, the date of the run, the time-zone rule of the run's
 * config). The area polygons come from any GDAL source, reprojected to the output's CRS.
 *
 * For each area, the figures cover the area and `buffer_m` around it (a `buffer_m` field of the
 * area overrides the option): incidents per category in the two periods (points inside the
 * buffered area), lamps inside it, the street length per lighting class of the places clipped
 * to it, the dark stretches touching it, the mean scores of the places touching it against the
 * distribution over all places, and the measures whose geometry touches it. Area PDFs are named
 * after the area (trygg_reports_file_name); the lägesbild PDF is OUT_lagesbild.pdf beside the
 * GeoPackage OUT.gpkg. Outputs are deterministic: the PDFs carry the date of the run.
 *
 * Ownership: trygg_reports_result_fini frees the result; nothing is borrowed past a call.
 */
#ifndef TRYGG_REPORTS_H
#define TRYGG_REPORTS_H

#include <stdbool.h>
#include <stddef.h>

#include "trygg/config.h"
#include "trygg/layer.h"
#include "trygg/trygg.h"

/* Opaque here: the staged outputs of a run (src/io/output_set.h). */
typedef struct trygg_output_set trygg_output_set;

typedef struct {
    const char *areas;        /* SRC[:LAYER]; NULL: the summary only */
    const char *name_field;   /* NULL: recognised */
    double buffer_m;          /* negative: from the run's config in run_info, else 200 */
    const char *out_dir;      /* directory of the area PDFs (created); NULL: OUT_reports beside the output */
    const char *final_path;   /* the GeoPackage's final name (OUT.gpkg): names the defaults and report_file */
    bool summary;             /* write OUT_lagesbild.pdf when the output has incidents */
    trygg_output_set *set;    /* write every PDF to its staged path in this set; NULL: in place */
    /* Who reads the area PDFs: "owner" (counts below min_count as "<N", reports counted per
     * square on the map, never a point, sensitive categories left off the map) or "internal"
     * (exact counts and every point). NULL: the run's [reports] audience in run_info, else owner.
     * The area_reports layer keeps exact counts either way. */
    const char *audience;
    int min_count;            /* <= 0: the run's [privacy] min_count, else 3 */
    const char *sensitive;    /* categories, comma-separated (names trygg does not know are ignored);
                               * NULL: the run's [privacy] sensitive, else violence_close,fraud_elderly */
    /* The previous edition (an earlier output) the lägesbild compares with, as trygg compare
     * does; NULL: the run's [plan] previous, else none. One that cannot be read is an error
     * naming it. */
    const char *previous;
} trygg_reports_options;

typedef struct {
    trygg_layer_data layer; /* the area_reports layer (nrows = 0 without areas) */
    char **pdfs;            /* every PDF written, areas first, then the summary */
    size_t npdfs;
    void *storage;          /* owned values, strings and geometries behind `layer` */
} trygg_reports_result;

void trygg_reports_result_fini(trygg_reports_result *r);

/* Build the area reports (when o->areas) and the summary (when o->summary and the output has
 * incidents) from the GeoPackage at gpkg_path (read only), writing the PDFs, and fill out with
 * the area_reports layer and the PDFs written. Nothing is written when the areas cannot be read.
 * TRYGG_E_CONFIG naming [reports] audience when the audience is not owner or internal.
 * TRYGG_E_OPEN for an unreadable GeoPackage or areas source; TRYGG_E_SCHEMA for an output
 * without street_segments or run_info; TRYGG_E_WRITE naming a PDF that cannot be written. */
trygg_status trygg_reports_build(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                 trygg_reports_result *out);

/* `trygg report`: reports from the existing output at gpkg_path, whose area_reports layer is
 * added or replaced on a copy. The GeoPackage and the PDFs are one output set
 * (src/io/output_set.h): locked, staged and moved into place together only when complete, so a
 * failure or an interruption leaves the output and its PDFs unchanged. */
trygg_status trygg_reports_update(trygg_ctx *ctx, const char *gpkg_path, const trygg_reports_options *o,
                                  const char *styles_dir, trygg_reports_result *out);

#endif

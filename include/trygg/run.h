/*
 * The pipeline (DESIGN.md section 2), in the stages of src/pipeline/run.c: load, prepare,
 * index, measure, surroundings, statistics, hotspots, score, write, plan, report. trygg_run does a whole run; trygg_check loads and reports without
 * writing. Both take the configuration by borrowed pointer and own nothing of the caller's.
 */
#ifndef TRYGG_RUN_H
#define TRYGG_RUN_H

#include "trygg/config.h"
#include "trygg/trygg.h"

typedef struct {
    const char *out_path;   /* GeoPackage to write */
    const char *styles_dir; /* directory of <layer>.qml files */
    trygg_progress_fn progress; /* stage messages and fractions; NULL: silent; 0 cancels */
    void *progress_arg;
    const char *reports_dir; /* area PDFs here (--reports); NULL: [reports] out_dir or OUT_reports */
    /* With out_path "PG:...": the schema to write the layers into (--schema). The GeoPackage is
     * made in a temporary folder, copied into the database in one transaction (its styles into
     * public.layer_styles) and removed; area PDFs and the lägesbild (SCHEMA_lagesbild.pdf) go to
     * reports_dir when given, else nowhere. */
    const char *pg_schema;
    /* With [partition] source: the part to analyse (--part NAME; include/trygg/partition.h). */
    const char *part;
} trygg_run_options;

#define TRYGG_MAX_STAGES 16

typedef struct {
    const char *name; /* static: "load", "prepare", ... */
    double wall_s, cpu_s, peak_mb;
} trygg_stage_timing;

typedef struct {
    size_t streets, places, lamps, incidents, incidents_snapped, dark_stretches;
    size_t rejected; /* features dropped over all inputs */
    size_t measures, patrol_areas;
    trygg_stage_timing stages[TRYGG_MAX_STAGES];
    size_t nstages;
} trygg_run_summary;

/* Run the pipeline and write out_path (a GeoPackage, or a PostGIS schema, see pg_schema). On
 * failure nothing at out_path changes. summary may be NULL. */
trygg_status trygg_run(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt,
                       trygg_run_summary *summary);

/* Load every configured input and describe what would be used and dropped, without writing.
 * With opt (may be NULL) also check its outputs: the GeoPackage's folder and the reports folder
 * exist (the reports folder or its parent) and are writable, and no output is an input.
 * *report (caller frees) gets the text. TRYGG_OK only when every input and output is usable. */
trygg_status trygg_check(trygg_ctx *ctx, const trygg_config *cfg, const trygg_run_options *opt, char **report);

/* Print a summary of an output GeoPackage (layers, counts, lighting classes, least safe
 * places, provenance) computed with SpatiaLite SQL. Text is appended to *text (caller frees). */
trygg_status trygg_io_info(trygg_ctx *ctx, const char *gpkg_path, char **text);

#endif

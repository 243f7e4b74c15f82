/*
 * The reports' pieces inside the library (src/pipeline/reports.c): the run's report step. The
 * area polygons are in io/named_areas.h, the file names and period labels in
 * report/report_names.h, `trygg report` and the reports' options and result in
 * include/trygg/reports.h.
 */
#ifndef TRYGG_PIPELINE_REPORTS_H
#define TRYGG_PIPELINE_REPORTS_H

#include <stdbool.h>
#include <stddef.h>

#include "io/io.h"
#include "io/named_areas.h"
#include "io/output_set.h"
#include "trygg/config.h"
#include "trygg/reports.h"
#include "trygg/trygg.h"

/* The run's last step on the GeoPackage: the summary of every run with incidents and, when cfg
 * names [reports] areas (or reports_dir is given), the area reports and their layer, added to
 * the writer's temporary GeoPackage, which is then committed (trygg_io_gpkg_commit, while the
 * lägesbild is drawn) or, on failure, aborted: the writer is consumed either way. */
trygg_status trygg_reports_run_step(trygg_ctx *ctx, const trygg_config *cfg, trygg_gpkg_writer *writer,
                                    const char *out_path, const char *reports_dir, trygg_output_set *set);

#endif

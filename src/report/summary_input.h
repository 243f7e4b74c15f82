/*
 * The lägesbild's input gathered from the output model (src/report/summary_input.c): the
 * summary's figures, tables and overview map, and the lägesbild's further figures
 * (report/lagesbild_read.h). Gathered with the GEOS handle and bag of the model given (the
 * reports give each document a context and bag of its own, src/pipeline/reports.c), so that it
 * can run beside the area reports. Library-internal.
 */
#ifndef TRYGG_REPORT_SUMMARY_INPUT_H
#define TRYGG_REPORT_SUMMARY_INPUT_H

#include "report/lagesbild_read.h"
#include "report/report_model.h"
#include "report/map_parts.h"
#include "report/report.h"

typedef struct {
    trygg_summary_report s;
    trygg_report_hotspot *hs;
    trygg__map_parts mp;
    trygg__lagesbild_data *lb;
} trygg__summary_input;

/* Gather d from the model read from gpkg (the lägesbild's further figures are read from it
 * too). On failure d is finished. Free with trygg__summary_input_fini (also a zeroed d). */
trygg_status trygg__summary_input_gather(trygg__report_model *m, const char *gpkg, trygg__summary_input *d);
/* The same from the lägesbild's own reads of that output (trygg__lagesbild_read_own, taken),
 * which may have been made beside the model's. Reads no file. */
void trygg__summary_input_from(trygg__report_model *m, trygg__lagesbild_data *lb, trygg__summary_input *d);
void trygg__summary_input_fini(trygg__summary_input *d);

#endif

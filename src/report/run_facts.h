/*
 * What the reports say about the run, from its run_info (src/report/run_facts.c).
 * Library-internal.
 */
#ifndef TRYGG_REPORT_RUN_FACTS_H
#define TRYGG_REPORT_RUN_FACTS_H

#include "report/report_model.h"

/* From the model's run_info: the municipality as sentences name it (study_area without a
 * trailing parenthesis), the date of the run, the synthetic flag, the sources footer (the inputs
 * by file, OpenStreetMap attributed as its licence asks, secrets masked) and the maps'
 * attribution, [reports] buffer_m of the run's config, and the two periods with their labels in
 * the run's time-zone rule ("earlier period", "later period" without them). */
void trygg__report_run_facts(trygg__report_model *m);

#endif
